"""The indicator return walked over HTTP: a Liège staff member prepares it, the SPP sends it back
and accepts it; exports opened with openpyxl; what is refused; who sees what; the Access Log.

A fiche, a module, participants and enrolments of their own are made in-process and committed
(the web server sees only committed data), and removed at the end.
"""

import csv
import io
import json
import uuid

import pytest

from tests.integration.support import messages_of
from tests.integration.test_project_fiche import fiche_payload

UID = uuid.uuid4().hex[:6]
APPLY = "/api/method/frappe.model.workflow.apply_workflow"
RETURNS = "/api/resource/Indicator Return"
DOWNLOAD = "/api/method/amif_network.api.indicators.download_return"
ROWS = "/api/method/amif_network.api.indicators.participant_rows"


def raw_insert(frappe, doc: dict) -> str:
	"""Set-up rows written as they are, without the enrolment's contract and consent checks."""
	record = frappe.get_doc(doc)
	record.name = doc.get("name") or f"{doc['doctype'][:3].upper()}-T{UID}-{uuid.uuid4().hex[:6]}"
	record.db_insert()
	for table in record.get_all_children():
		table.parent, table.parenttype = record.name, record.doctype
		table.db_insert()
	return record.name


@pytest.fixture(scope="module")
def world(site, users):
	"""An approved Liège fiche (2025-2026) whose language course has three enrolments."""
	frappe = site
	from frappe.model.workflow import apply_workflow

	frappe.set_user("Administrator")
	fiche = frappe.get_doc(
		{
			"doctype": "Project Fiche",
			**fiche_payload(f"Indicators {UID}", period_start="2025-03-01", period_end="2026-12-31"),
		}
	).insert()
	for action in ("Submit to SPP", "Approve"):
		fiche = apply_workflow(fiche, action)
	module = raw_insert(
		frappe,
		{
			"doctype": "Activity Module",
			"name": f"MOD-T{UID}",
			"cpas": "LIEGE",
			"module_name_fr": f"FLE {UID}",
			"kind": "Language course",
			"is_active": 1,
			"indicator_kinds": [{"indicator_kind": "Language course"}],
		},
	)
	# the fiche's second module is carried out by this language course
	frappe.db.set_value("Project Fiche Module", fiche.modules[1].name, "activity_module", module)
	people = [
		raw_insert(
			frappe,
			{
				"doctype": "Participant",
				"cpas": "LIEGE",
				"first_name": f"P{i}",
				"last_name": f"Indic{UID}",
				"full_name": f"P{i} Indic{UID}",
			},
		)
		for i in range(3)
	]
	enrolments = [
		raw_insert(
			frappe,
			{
				"doctype": "Module Enrolment",
				"participant": people[0],
				"participant_name": f"P0 Indic{UID}",
				"cpas": "LIEGE",
				"module": module,
				"status": "Completed",
				"from_date": "2025-09-01",
				"to_date": "2026-02-15",
				"cefr_entry": "A1",
				"cefr_exit": "A2",
				"cefr_exit_on": "2026-02-15",
			},
		),
		raw_insert(
			frappe,
			{
				"doctype": "Module Enrolment",
				"participant": people[0],
				"participant_name": f"P0 Indic{UID}",
				"cpas": "LIEGE",
				"module": module,
				"status": "Active",
				"from_date": "2026-09-01",
			},
		),
		raw_insert(
			frappe,
			{
				"doctype": "Module Enrolment",
				"participant": people[1],
				"participant_name": f"P1 Indic{UID}",
				"cpas": "LIEGE",
				"module": module,
				"status": "Active",
				"from_date": "2026-03-01",
			},
		),
		raw_insert(
			frappe,
			{
				"doctype": "Module Enrolment",
				"participant": people[2],
				"participant_name": f"P2 Indic{UID}",
				"cpas": "LIEGE",
				"module": module,
				"status": "Proposed",
				"from_date": "2026-03-01",
			},
		),
	]
	frappe.db.commit()
	made = {"fiche": fiche.name, "module": module, "people": people, "enrolments": enrolments}
	yield made
	frappe.db.rollback()
	returns = frappe.get_all("Indicator Return", {"fiche": fiche.name}, pluck="name")
	for name in returns:
		frappe.db.delete("Indicator Return Line", {"parent": name})
		frappe.db.delete("Indicator Return", {"name": name})
		frappe.db.delete("Version", {"ref_doctype": "Indicator Return", "docname": name})
		frappe.db.delete("Comment", {"reference_doctype": "Indicator Return", "reference_name": name})
		frappe.db.delete("Access Log", {"export_from": "Indicator Return", "reference_document": name})
	frappe.db.delete("Sub-objective Rating", {"fiche": fiche.name})
	frappe.db.delete("Procedure Application", {"participant": ["in", people]})
	frappe.db.delete("Module Enrolment", {"name": ["in", enrolments]})
	frappe.db.delete("Participant", {"name": ["in", people]})
	frappe.db.delete("AMIF Indicator Kind", {"parent": module})
	frappe.db.delete("Activity Module", {"name": module})
	for table in frappe.get_meta("Project Fiche").get_table_fields():
		frappe.db.delete(table.options, {"parent": fiche.name, "parenttype": "Project Fiche"})
	frappe.db.delete("Comment", {"reference_doctype": "Project Fiche", "reference_name": fiche.name})
	frappe.db.delete("Version", {"ref_doctype": "Project Fiche", "docname": fiche.name})
	frappe.db.delete("Project Fiche", {"name": fiche.name})
	frappe.db.commit()


@pytest.fixture(scope="module")
def http(server, users):
	return {key: server.session(users[key]) for key in ("liege_staff", "gent_staff", "spp_manager", "member")}


def call(session, method, path, **kwargs):
	return getattr(session, method)(session.base_url + path, **kwargs)


def act(session, name, action):
	doc = call(session, "get", f"{RETURNS}/{name}").json()["data"]
	return call(session, "post", APPLY, data={"doc": json.dumps(doc), "action": action})


def figures(session, name) -> dict:
	data = call(session, "get", f"{RETURNS}/{name}").json()["data"]
	return {line["indicator"]: line["participant_count"] for line in data["lines"]}


def test_the_return_is_walked_by_the_cpas_and_the_spp_over_http(world, http, site):
	liege, spp, gent = http["liege_staff"], http["spp_manager"], http["gent_staff"]
	made = call(liege, "post", RETURNS, json={"fiche": world["fiche"], "period_kind": "Annual", "year": 2026})
	assert made.status_code == 200, messages_of(made)
	name = made.json()["data"]["name"]
	counted = figures(liege, name)
	# P0 (two enrolments, counted once) and P1; P2's enrolment never started
	assert counted["O.2.3.1"] == 2 and counted["O.2.3"] == 2
	assert counted["R.2.8"] == 1  # P0 left in February 2026 one level higher
	assert counted["O.2.3.2"] == 0

	# a draft is the CPAS's own: neither the SPP nor another CPAS reads it
	assert call(spp, "get", f"{RETURNS}/{name}").status_code == 403
	assert call(gent, "get", f"{RETURNS}/{name}").status_code == 403
	assert name not in call(spp, "get", RETURNS, params={"limit_page_length": 0}).text

	assert act(liege, name, "Submit to SPP").status_code == 200
	assert call(spp, "get", f"{RETURNS}/{name}").status_code == 200
	# the SPP never sees the participants behind a figure
	refused = call(spp, "get", ROWS, params={"name": name, "indicator": "O.2.3.1"})
	assert refused.status_code == 403 and f"Indic{UID}" not in refused.text
	# sending back needs a reason, then the CPAS resubmits and the SPP accepts
	no_reason = act(spp, name, "Send Back")
	assert no_reason.status_code == 417 and "motif du renvoi" in messages_of(no_reason)
	site.db.rollback()
	assert site.db.get_value("Indicator Return", name, "workflow_state") == "Submitted"
	# the SPP writes its reason on the return it reviews, then sends it back
	modified = call(spp, "get", f"{RETURNS}/{name}").json()["data"]["modified"]
	reason = {"send_back_reason": "R.2.8: vérifier les niveaux de sortie", "modified": modified}
	assert call(spp, "put", f"{RETURNS}/{name}", json=reason).status_code == 200
	sent_back = act(spp, name, "Send Back")
	assert sent_back.status_code == 200, messages_of(sent_back)
	assert call(liege, "get", f"{RETURNS}/{name}").json()["data"]["workflow_state"] == "Sent back"
	assert act(liege, name, "Resubmit to SPP").status_code == 200
	assert act(liege, name, "Accept").status_code != 200  # the CPAS cannot accept its own return
	assert act(spp, name, "Accept").status_code == 200
	site.db.rollback()
	assert site.db.get_value("Indicator Return", name, "workflow_state") == "Accepted"

	# the SPP's report: the accepted returns of every CPAS and the network total
	report = call(
		spp,
		"get",
		"/api/method/frappe.desk.query_report.run",
		params={
			"report_name": "AMIF Indicator Return",
			"filters": json.dumps({"year": 2026, "period_kind": "Annual"}),
		},
	)
	assert report.status_code == 200
	result = report.json()["message"]
	line = next(
		row for row in result["result"] if isinstance(row, dict) and row.get("indicator") == "O.2.3.1"
	)
	assert line["network_total"] >= 2 and line["liege"] >= 2
	assert f"Indic{UID}" not in report.text

	# the CPAS drills down to its participant rows
	rows = call(liege, "get", ROWS, params={"name": name, "indicator": "O.2.3.1"})
	assert rows.status_code == 200
	assert {row["participant"] for row in rows.json()["message"]} == set(world["people"][:2])


def test_the_exports_open_in_each_language_and_every_read_is_in_the_access_log(world, http, site):
	liege, spp = http["liege_staff"], http["spp_manager"]
	name = call(
		liege, "post", RETURNS, json={"fiche": world["fiche"], "period_kind": "Cumulative", "year": 2026}
	).json()["data"]["name"]
	from openpyxl import load_workbook

	xlsx = call(liege, "get", DOWNLOAD, params={"name": name, "file_format": "xlsx", "language": "fr"})
	assert xlsx.status_code == 200, xlsx.text[:300]
	sheet = load_workbook(io.BytesIO(xlsx.content)).active
	rows = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
	by_code = {row[0]: row for row in rows if row and row[0] and str(row[0]).startswith(("O.", "R."))}
	assert by_code["O.2.3.1"][2] == 2 and by_code["R.2.8"][2] == 1
	assert "cours de langue" in by_code["O.2.3.1"][1]
	assert rows[0][0] == "Rapport d'indicateurs"
	nl = call(liege, "get", DOWNLOAD, params={"name": name, "file_format": "csv", "language": "nl"})
	table = list(csv.reader(io.StringIO(nl.content.decode("utf-8-sig"))))
	assert table[0][0] == "Indicatorrapport"
	assert any(row and row[0] == "O.2.3.1" and "taalcursus" in row[1] and row[2] == "2" for row in table)
	en = call(liege, "get", DOWNLOAD, params={"name": name, "file_format": "csv", "language": "en"})
	assert "language course" in en.content.decode("utf-8-sig")
	bad = call(liege, "get", DOWNLOAD, params={"name": name, "file_format": "pdf", "language": "fr"})
	assert 400 <= bad.status_code < 500
	# a draft is not exported by the SPP
	assert (
		call(spp, "get", DOWNLOAD, params={"name": name, "file_format": "csv", "language": "fr"}).status_code
		== 403
	)
	call(
		liege,
		"get",
		"/api/method/frappe.desk.form.load.getdoc",
		params={"doctype": "Indicator Return", "name": name},
	)
	site.db.rollback()  # a fresh read of what the server committed
	logged = site.db.get_all(
		"Access Log", {"export_from": "Indicator Return", "reference_document": name}, ["method", "file_type"]
	)
	assert {("Export", "XLSX"), ("Export", "CSV")} <= {(r.method, r.file_type) for r in logged}
	assert sum(1 for r in logged if r.method == "Export") == 3
	assert any(r.method == "Open" for r in logged)


def test_refused_returns_say_why_and_save_nothing(world, http, site):
	liege, spp, gent = http["liege_staff"], http["spp_manager"], http["gent_staff"]
	site.db.rollback()
	before = site.db.count("Indicator Return")
	outside = call(
		liege, "post", RETURNS, json={"fiche": world["fiche"], "period_kind": "Annual", "year": 2028}
	)
	assert outside.status_code == 417 and "2028" in messages_of(outside)
	first = call(
		liege, "post", RETURNS, json={"fiche": world["fiche"], "period_kind": "Annual", "year": 2025}
	)
	assert first.status_code == 200
	second = call(
		liege, "post", RETURNS, json={"fiche": world["fiche"], "period_kind": "Annual", "year": 2025}
	)
	assert second.status_code == 417 and first.json()["data"]["name"] in messages_of(second)
	assert call(
		gent, "post", RETURNS, json={"fiche": world["fiche"], "period_kind": "Annual", "year": 2025}
	).status_code in (403, 417)
	assert (
		call(
			spp, "post", RETURNS, json={"fiche": world["fiche"], "period_kind": "Cumulative", "year": 2025}
		).status_code
		== 403
	)
	site.db.rollback()
	assert site.db.count("Indicator Return") == before + 1


def test_an_indicator_whose_rule_reads_nothing_is_refused_in_the_users_language(world, http, site):
	spp = http["spp_manager"]  # French
	site.db.rollback()
	before = site.db.count("AMIF Indicator")
	response = call(
		spp,
		"post",
		"/api/resource/AMIF Indicator",
		json={
			"code": f"X.{UID}",
			"funding_period": "2021-2027",
			"counting_rule": "Participants in modules of a kind",
			"wording_fr": "x",
			"wording_nl": "x",
			"wording_en": "x",
		},
	)
	assert response.status_code == 417 and "ne lit rien" in messages_of(response)
	assert site.db.count("AMIF Indicator") == before


def test_a_rating_for_another_modules_sub_objective_is_refused_and_an_own_one_saved(world, http, site):
	liege = http["liege_staff"]
	from frappe.model.workflow import apply_workflow

	fiche = site.get_doc("Project Fiche", world["fiche"])
	site.db.set_value(
		"Project Fiche Module",
		fiche.modules[1].name,
		"activity_module",
		world["module"],
		update_modified=False,
	)
	site.db.commit()
	own, other = fiche.modules[1].module_name, fiche.modules[0].module_name
	payload = {"enrolment": world["enrolments"][2], "fiche": world["fiche"], "rating_entry": "Not yet"}
	wrong = call(
		liege,
		"post",
		"/api/resource/Sub-objective Rating",
		json={**payload, "fiche_module": other, "sub_objective": f"{other}: changement 1"},
	)
	assert wrong.status_code == 417 and own in messages_of(wrong)
	right = call(
		liege,
		"post",
		"/api/resource/Sub-objective Rating",
		json={
			**payload,
			"fiche_module": own,
			"sub_objective": f"{own}: changement 1",
			"rating_midway": "Partly",
			"midway_on": "2026-06-01",
		},
	)
	assert right.status_code == 200, messages_of(right)
	assert right.json()["data"]["cpas"] == "LIEGE"
	site.db.rollback()
	assert site.db.count("Sub-objective Rating", {"fiche": world["fiche"]}) == 1
	# "Rate Sub-objectives" on the enrolment adds the two sub-objectives not rated yet, for its CPAS only
	add = "/api/method/amif_network.api.indicators.add_ratings"
	assert (
		call(http["gent_staff"], "post", add, data={"enrolment": world["enrolments"][2]}).status_code == 403
	)
	added = call(liege, "post", add, data={"enrolment": world["enrolments"][2]})
	assert added.status_code == 200 and len(added.json()["message"]) == 2
	site.db.rollback()
	assert site.db.count("Sub-objective Rating", {"fiche": world["fiche"]}) == 3


def test_ratings_and_applications_stay_within_their_cpas_on_every_read_path(world, http, site):
	liege, gent, spp = http["liege_staff"], http["gent_staff"], http["spp_manager"]
	rating = site.get_all("Sub-objective Rating", {"fiche": world["fiche"]}, pluck="name")
	application = raw_insert(
		site,
		{
			"doctype": "Procedure Application",
			"participant": world["people"][1],
			"cpas": "LIEGE",
			"procedure": "Citizenship",
			"applied_on": "2026-05-04",
		},
	)
	site.db.commit()
	records = [("Procedure Application", application)] + [("Sub-objective Rating", r) for r in rating]
	for doctype, name in records:
		assert call(liege, "get", f"/api/resource/{doctype}/{name}").status_code == 200
		for session in (gent, spp):
			assert call(session, "get", f"/api/resource/{doctype}/{name}").status_code == 403
			form = call(
				session,
				"get",
				"/api/method/frappe.desk.form.load.getdoc",
				params={"doctype": doctype, "name": name},
			)
			assert form.status_code == 403
			listed = call(session, "get", f"/api/resource/{doctype}", params={"limit_page_length": 0})
			assert name not in listed.text
			search = call(
				session,
				"get",
				"/api/method/frappe.desk.search.search_link",
				params={"doctype": doctype, "txt": "", "ignore_user_permissions": 1, "page_length": 100},
			)
			assert name not in search.text
			report = call(
				session,
				"post",
				"/api/method/frappe.desk.reportview.get",
				data={"doctype": doctype, "fields": json.dumps([f"`tab{doctype}`.`name`"])},
			)
			assert name not in report.text
			printed = call(
				session,
				"get",
				"/api/method/frappe.utils.print_format.download_pdf",
				params={"doctype": doctype, "name": name},
			)
			assert printed.status_code == 403
			exported = call(
				session,
				"post",
				"/api/method/frappe.desk.reportview.export_query",
				data={
					"doctype": doctype,
					"file_format_type": "CSV",
					"fields": json.dumps([f"`tab{doctype}`.`name`"]),
					"filters": json.dumps([]),
				},
			)
			assert name not in exported.text
	# the CEFR levels sit on the enrolment, which the CPAS scope already keeps
	enrolment = world["enrolments"][0]
	assert call(gent, "get", f"/api/resource/Module Enrolment/{enrolment}").status_code == 403
	assert (
		call(liege, "get", f"/api/resource/Module Enrolment/{enrolment}").json()["data"]["cefr_exit"] == "A2"
	)


def test_the_return_reads_in_the_desk_for_its_cpas_and_the_spp_report_sums_the_network(
	world, http, users, server, browser_ready, tmp_path, site
):
	from tests.integration.support import PASSWORD, node, printed_json

	liege = http["liege_staff"]
	name = call(
		liege, "post", RETURNS, json={"fiche": world["fiche"], "period_kind": "Cumulative", "year": 2025}
	).json()["data"]["name"]
	run = node(
		"indicator_return_screen.mjs",
		server.base_url,
		server.site,
		users["liege_staff"],
		PASSWORD,
		f"indicator-return/{name}",
		str(tmp_path / "return.png"),
	)
	assert run.returncode == 0, run.stderr
	seen = printed_json(run)
	# the French desk: the wordings in French, the counts, the export menu and the drill-down
	assert any(
		row.startswith("2 O.2.3.1 dont : nombre de participants à un cours de langue") for row in seen["rows"]
	)
	assert "Exporter" in seen["buttons"] and "Participants derrière un chiffre" in seen["buttons"]
	assert (tmp_path / "return.png").stat().st_size > 10_000
	report = node(
		"indicator_return_screen.mjs",
		server.base_url,
		server.site,
		users["spp_manager"],
		PASSWORD,
		"query-report/AMIF Indicator Return?year=2025&period_kind=Annual",
		str(tmp_path / "report.png"),
	)
	assert report.returncode == 0, report.stderr
	header = printed_json(report)["rows"][0]
	assert "Total du réseau" in header and f"Indic{UID}" not in report.stdout

"""Recruitment funnel and dashboards on a real site: a CPAS sees its exact figures, the SPP only
protected ones, by every path (dashboard card and chart, report, REST, export)."""

import csv
import json
import tempfile
import uuid

import pytest

from tests.integration.support import messages_of
from tests.unit.disclosure_attacker import Attacker

PARTICIPANTS = "amif_network.api.participants"
FIGURES = "amif_network.api.figures"
CHART_SOURCE = (
	"amif_network.amif_network.dashboard_chart_source.amif_network_figures.amif_network_figures.get"
)
COUNT_COLUMNS = ("referred", "in_intake", "active", "completed", "withdrawn", "total", "new_referrals")


@pytest.fixture(autouse=True)
def kept_releases(site):
	"""The releases of the network figures the site keeps, put back as they were after each test
	(what the SPP is shown here is the tests' own data)."""
	from frappe.defaults import clear_default

	from amif_network.amif_network.figures import RELEASES_PARENT, clear_figures_cache

	query = "select defkey, defvalue from `tabDefaultValue` where parent = %s"
	site.db.rollback()
	before = dict(site.db.sql(query, RELEASES_PARENT))
	yield
	site.db.rollback()
	clear_default(parent=RELEASES_PARENT)
	for key, value in before.items():
		site.db.set_default(key, value, parent=RELEASES_PARENT)
	clear_figures_cache()
	site.db.commit()


@pytest.fixture
def liege_records(site):
	"""Three Liège participants (a count the SPP must never see) and a Liège information session."""
	uid = uuid.uuid4().hex[:6]
	made = []
	for i in range(3):
		made.append(
			site.get_doc(
				{"doctype": "Participant", "cpas": "LIEGE", "first_name": "Dash", "last_name": f"Fig{uid}{i}"}
			).insert()
		)
	module = site.get_doc(
		{
			"doctype": "Activity Module",
			"cpas": "LIEGE",
			"module_name_fr": f"Séance d'information {uid}",
			"kind": "Collective workshop",
		}
	).insert()
	session = site.get_doc(
		{
			"doctype": "Module Session",
			"module": module.name,
			"session_date": "2026-11-20",
			"start_time": "09:00:00",
			"end_time": "11:00:00",
			"cap_override": 0,
		}
	).insert()
	site.db.commit()
	yield {"uid": uid, "participants": made, "session": session.name, "module": module.name}
	site.db.rollback()  # a fresh snapshot: see what the server committed
	for campaign in site.get_all(
		"Recruitment Campaign", filters={"campaign_name": ["like", f"%{uid}%"]}, pluck="name"
	):
		for prospect in site.get_all(
			"Recruitment Prospect", filters={"campaign": campaign}, fields=["name", "participant"]
		):
			site.delete_doc("Recruitment Prospect", prospect.name, force=True)
			if prospect.participant:
				site.delete_doc("Participant", prospect.participant, force=True)
		site.delete_doc("Recruitment Campaign", campaign, force=True)
	site.delete_doc("Module Session", session.name, force=True)
	site.delete_doc("Activity Module", module.name, force=True)
	for doc in made:
		site.delete_doc("Participant", doc.name, force=True)
	site.db.commit()


def call(http, method, **data):
	return http.post(http.base_url + "/api/method/" + method, data=data)


def test_a_campaign_goes_through_its_stages_with_imported_prospects(
	site, users, server, as_user, liege_records
):
	from frappe.core.doctype.data_import.importer import Importer

	uid = liege_records["uid"]
	staff = server.session(users["liege_staff"])
	response = staff.post(
		staff.base_url + "/api/resource/Recruitment Campaign",
		json={
			"campaign_name": f"Module test {uid}",
			"cpas": "LIEGE",
			"from_date": "2026-09-01",
			"to_date": "2027-06-30",
			"counted_from": "Prospects",
		},
	)
	assert response.status_code == 200, response.text
	campaign = response.json()["data"]["name"]

	# Frappe's Data Import, as the CPAS user: four listed people.
	with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="") as handle:
		writer = csv.writer(handle)
		writer.writerow(["Recruitment Campaign", "First name", "Last name", "Date of birth", "Stage"])
		for i, stage in enumerate(["Invited", "Invited", "Kept", "Listed"]):
			writer.writerow([campaign, "Prospect", f"Imp{uid}{i}", f"198{i}-05-0{i + 1}", stage])
	language = site.local.lang
	as_user(users["liege_staff"])
	Importer(
		"Recruitment Prospect", file_path=handle.name, import_type="Insert New Records", console=True
	).import_data()
	site.set_user("Administrator")
	site.local.lang = language  # the import runs in the user's language; later tests expect the site's
	site.db.commit()
	prospects = site.get_all(
		"Recruitment Prospect",
		filters={"campaign": campaign},
		fields=["name", "cpas", "stage"],
		order_by="last_name",
	)
	assert len(prospects) == 4 and {p.cpas for p in prospects} == {"LIEGE"}

	# Two came to the information session; coming needs the session.
	no_session = staff.put(
		staff.base_url + f"/api/resource/Recruitment Prospect/{prospects[0].name}", json={"stage": "Came"}
	)
	assert no_session.status_code == 417 and "séance d'information" in messages_of(no_session)
	for prospect in prospects[:2]:
		came = staff.put(
			staff.base_url + f"/api/resource/Recruitment Prospect/{prospect.name}",
			json={"stage": "Came", "information_session": liege_records["session"]},
		)
		assert came.status_code == 200, came.text

	# One enrols: a Participant without retyping, through the duplicate check.
	enrolled = call(staff, f"{PARTICIPANTS}.enrol", prospect=prospects[0].name)
	assert enrolled.status_code == 200, enrolled.text
	site.db.rollback()  # a fresh snapshot: the server committed
	participant = site.get_doc("Participant", enrolled.json()["message"])
	assert (participant.cpas, participant.last_name, participant.status) == (
		"LIEGE",
		f"Imp{uid}0",
		"Referred",
	)

	counts = site.db.get_value(
		"Recruitment Campaign", campaign, ["listed", "kept", "invited", "came", "enrolled"]
	)
	assert tuple(counts) == (4, 3, 2, 2, 1)

	report = call(
		staff,
		"frappe.desk.query_report.run",
		report_name="Recruitment Funnel",
		filters=json.dumps({"campaign": campaign}),
	)
	line = report.json()["message"]["result"][0]
	assert line["invited_to_came"] == 100.0 and line["overall"] == 25.0

	# Another CPAS sees none of it: not the campaign, not its prospects.
	gent = server.session(users["gent_staff"])
	assert gent.get(gent.base_url + f"/api/resource/Recruitment Campaign/{campaign}").status_code == 403
	listed = gent.get(
		gent.base_url + "/api/resource/Recruitment Prospect",
		params={"filters": json.dumps([["campaign", "=", campaign]])},
	)
	assert listed.json()["data"] == []


def test_bad_funnel_input_is_refused_and_nothing_saved(site, users, server, liege_records):
	uid = liege_records["uid"]
	staff = server.session(users["liege_staff"])
	base = {
		"campaign_name": f"Bad {uid}",
		"cpas": "LIEGE",
		"from_date": "2026-09-01",
		"to_date": "2027-06-30",
	}
	for extra, words in (
		(
			{"invited": 100, "came": 110},
			"Venus à une séance d'information (110) ne peut pas dépasser Invités (100)",
		),
		({"kept": -5}, "négatif"),
		({"from_date": None, "to_date": None}, "date"),
	):
		response = staff.post(staff.base_url + "/api/resource/Recruitment Campaign", json={**base, **extra})
		assert 400 <= response.status_code < 500, response.text
		assert words in messages_of(response)
	assert not site.db.exists("Recruitment Campaign", {"campaign_name": f"Bad {uid}"})

	good = staff.post(staff.base_url + "/api/resource/Recruitment Campaign", json=base).json()["data"]["name"]
	gent = server.session(users["gent_staff"])
	response = gent.post(
		gent.base_url + "/api/resource/Recruitment Prospect",
		json={"campaign": good, "cpas": "GENT", "first_name": "Other", "last_name": f"Cpas{uid}"},
	)
	assert 400 <= response.status_code < 500
	assert not site.db.exists("Recruitment Prospect", {"last_name": f"Cpas{uid}"})


def test_a_cpas_manager_sees_the_exact_figures_of_their_own_cpas_only(site, users, server, liege_records):
	from amif_network.amif_network.figures import clear_figures_cache

	clear_figures_cache()
	manager = server.session(users["liege_manager"])
	report = call(manager, "frappe.desk.query_report.run", report_name="AMIF Network Dashboard", filters="{}")
	assert report.status_code == 200, report.text
	lines = [line for line in report.json()["message"]["result"] if isinstance(line, dict)]
	assert [line["cpas"] for line in lines[:-1]] == ["LIEGE"]
	exact_total = site.db.count("Participant", {"cpas": "LIEGE"})
	assert lines[0]["total"] == exact_total

	card = call(
		manager,
		"frappe.desk.doctype.number_card.number_card.get_result",
		doc=json.dumps({"document_type": "Participant", "function": "Count"}),
		filters=json.dumps([["Participant", "status", "=", "Referred", False]]),
	)
	assert card.json()["message"] == site.db.count("Participant", {"cpas": "LIEGE", "status": "Referred"})


def shown_count(value):
	return None if value == "x" else int(value)


def figures_quarters(site) -> list[str]:
	"""Every quarter from the first referral to the current one (each can be asked for)."""
	from amif_network.amif_network.figures import quarter_of, quarter_range

	first, last = site.db.sql("select min(referral_date), max(referral_date) from `tabParticipant`")[0]
	current = quarter_of(site.utils.getdate(site.utils.today()))
	first, last = quarter_of(first) if first else current, quarter_of(last) if last else current
	return quarter_range(min(first, current), max(last, current))


def spp_values(lines):
	return [line[key] for line in lines for key in COUNT_COLUMNS if key in line]


def test_the_spp_sees_only_protected_figures_by_every_path(site, users, server, liege_records):
	from amif_network.amif_network.figures import clear_figures_cache

	clear_figures_cache()  # figures are kept a few minutes; this test compares them with the truth
	spp = server.session(users["spp_manager"])
	uid = liege_records["uid"]

	# Report (what the dashboard, the REST method and the export all run).
	report = call(spp, "frappe.desk.query_report.run", report_name="AMIF Network Dashboard", filters="{}")
	assert report.status_code == 200, report.text
	body = report.text
	assert f"Fig{uid}" not in body
	lines = [line for line in report.json()["message"]["result"] if isinstance(line, dict)]
	assert len(lines) >= 6 and lines[-1]["cpas"] != "LIEGE"
	assert not [v for v in spp_values(lines) if isinstance(v, int) and 1 <= v <= 4]
	# An attacker of its own (tests/unit/disclosure_attacker.py) reads the status table as shown,
	# with every quarter's new referrals: no hidden count can be narrowed below the protection rule.
	statuses = ("referred", "in_intake", "active", "completed", "withdrawn")
	attacker = Attacker()
	cells = [
		[attacker.read(f"{line['cpas']}.{s}", shown_count(line[s])) for s in statuses] for line in lines[:-1]
	]
	totals = [attacker.read(f"{line['cpas']}.total", shown_count(line["total"])) for line in lines[:-1]]
	for total, row in zip(totals, cells, strict=True):
		attacker.sums_to(total, row)
	for j, s in enumerate(statuses):
		attacker.sums_to(attacker.read(f"network.{s}", shown_count(lines[-1][s])), [row[j] for row in cells])
	attacker.sums_to(attacker.read("network.total", shown_count(lines[-1]["total"])), totals)
	quarters = {}
	for quarter in figures_quarters(site):
		quarter_lines = report_lines_of(spp, quarter)
		quarters[quarter] = [
			attacker.read(f"{code}.{quarter}", shown_count(line["new_referrals"]))
			for code, line in quarter_lines[0].items()
		]
		attacker.sums_to(
			attacker.read(f"network.{quarter}", shown_count(quarter_lines[1]["new_referrals"])),
			quarters[quarter],
		)
	undated = {
		line["cpas"]: site.db.count("Participant", {"cpas": line["cpas"], "referral_date": ["is", "not set"]})
		for line in lines[:-1]
	}
	for i, line in enumerate(lines[:-1]):
		if not undated[line["cpas"]]:  # the total is the sum of the quarters' referrals
			attacker.sums_to(totals[i], [quarters[q][i] for q in quarters])
	assert attacker.targets and attacker.broken() == {}
	# The release just shown is on record, and out of every user's reach but the system's.
	from amif_network.amif_network.figures import RELEASES_PARENT

	site.db.rollback()
	assert site.db.sql("select count(*) from `tabDefaultValue` where parent = %s", RELEASES_PARENT)[0][0]
	kept = spp.get(
		spp.base_url + "/api/resource/DefaultValue",
		params={"filters": json.dumps({"parent": RELEASES_PARENT})},
	)
	assert kept.status_code >= 400 or kept.json().get("data") == []
	# The Participants per CPAS report shows the very same protected table.
	per_cpas = call(spp, "frappe.desk.query_report.run", report_name="Participants per CPAS", filters="{}")
	rows = [row for row in per_cpas.json()["message"]["result"] if isinstance(row, dict)]
	for row, line in zip(rows, lines[:-1], strict=True):
		assert [str(row[s]) for s in (*statuses, "total")] == [str(line[s]) for s in (*statuses, "total")]

	# Export (CSV) of the same report.
	export = spp.post(
		spp.base_url + "/api/method/frappe.desk.query_report.export_query",
		data={
			"report_name": "AMIF Network Dashboard",
			"file_format_type": "CSV",
			"filters": "{}",
			"visible_idx": "[]",
		},
	)
	assert export.status_code == 200, export.text[:300]
	rows = list(csv.reader(export.text.splitlines()))
	header = rows[0]
	for row in rows[1:]:
		for label, value in zip(header, row, strict=False):
			if label in (
				"Referred",
				"In intake",
				"Active",
				"Completed",
				"Withdrawn",
				"Total",
				"New referrals",
			):
				assert value not in {"1", "2", "3", "4"}, (label, row)

	# Dashboard: the network cards and charts; the CPAS cards and lists are closed to the SPP.
	for method in ("network_active_participants", "network_new_referrals"):
		value = call(spp, f"{FIGURES}.{method}").json()["message"]
		assert value == "x" or not 1 <= value["value"] <= 4
	chart = call(spp, CHART_SOURCE, filters=json.dumps({"figure": "active"})).json()["message"]
	assert not [v for v in chart["datasets"][0]["values"] if 1 <= v <= 4]
	closed = call(
		spp,
		"frappe.desk.doctype.number_card.number_card.get_result",
		doc=json.dumps({"document_type": "Participant", "function": "Count"}),
		filters="[]",
	)
	assert closed.status_code == 403
	for doctype in ("Recruitment Campaign", "Recruitment Prospect", "Participant"):
		assert spp.get(spp.base_url + f"/api/resource/{doctype}").status_code == 403
	assert (
		call(spp, "frappe.desk.query_report.run", report_name="Recruitment Funnel", filters="{}").status_code
		== 403
	)


def test_one_new_referral_keeps_the_earlier_decision_for_every_count_that_did_not_change(
	site, users, server, liege_records
):
	from amif_network.amif_network.figures import clear_figures_cache, quarter_of

	statuses = ("referred", "in_intake", "active", "completed", "withdrawn", "total")
	quarter = quarter_of(site.utils.getdate(site.utils.today()))
	spp = server.session(users["spp_manager"])
	clear_figures_cache()
	before, _network = report_lines_of(spp, quarter)
	newcomer = site.get_doc(
		{"doctype": "Participant", "cpas": "GENT", "first_name": "Next", "last_name": liege_records["uid"]}
	).insert()
	site.db.commit()
	try:
		clear_figures_cache()  # the figures are computed again; the release shown before is on record
		after, _network = report_lines_of(spp, quarter)
	finally:
		site.delete_doc("Participant", newcomer.name, force=True)
		site.db.commit()
	changed = {("GENT", "referred"), ("GENT", "total")}
	kept = [
		(code, status)
		for code, line in before.items()
		for status in statuses
		if line[status] == "x" and (code, status) not in changed
	]
	assert kept, "the demo's small counts are hidden"
	for code, status in kept:
		assert after[code][status] == "x", (code, status)
	assert not [v for line in after.values() for v in line.values() if isinstance(v, int) and 1 <= v <= 4]


def test_network_roles_do_not_see_frappes_generic_workspaces(users, server):
	for key in ("liege_staff", "spp_manager"):
		http = server.session(users[key])
		pages = call(http, "frappe.desk.desktop.get_workspace_sidebar_items").json()["message"]["pages"]
		names = {page["name"] for page in pages}
		assert "AMIF Network" in names and not names & {"Build", "Tools", "Integrations", "Website", "Users"}


SURVEY_QUARTER = "2019-Q2"
SURVEY_PERIOD = "Test 2019-Q2"


def insert_survey_responses(site, uid: str, cpas: str, module: str, answer_sets):
	"""Released survey responses of a release period starting in the quarter (no day, no person)."""
	names = []
	for number, faces in enumerate(answer_sets):
		name = f"SR-{uid}-{cpas}-{number}"
		site.db.sql(
			"""insert into `tabSurvey Response` (name, creation, modified, owner, modified_by, cpas, module,
			template, release_period, released) values (%s, '2019-04-01', '2019-04-01', 'Administrator',
			'Administrator', %s, %s, 'test', %s, 1)""",
			(name, cpas, module, SURVEY_PERIOD),
		)
		answers = [("Faces (5)", face) for face in faces] + [("Choice", "5")]
		for idx, (kind, answer) in enumerate(answers, start=1):
			site.db.sql(
				"""insert into `tabSurvey Answer` (name, creation, modified, owner, modified_by, parent,
				parenttype, parentfield, idx, question_key, answer_kind, answer) values (%s, '2019-05-01',
				'2019-05-01', 'Administrator', 'Administrator', %s, 'Survey Response', 'answers', %s, %s, %s, %s)""",
				(f"{name}-{idx}", name, idx, f"Q{idx}", kind, answer),
			)
		names.append(name)
	return names


@pytest.fixture
def survey_responses(site, liege_records):
	"""Liège 20 responses (75 % positive face answers), Gent 3 (a count the SPP must never see),
	Charleroi 8 (50 %), in a quarter with no other responses."""
	uid = liege_records["uid"]
	module = liege_records["module"]
	site.db.sql(
		"""insert ignore into `tabSurvey Release Period` (name, creation, modified, owner, modified_by,
		period_name, start_date, end_date) values (%(name)s, now(), now(), 'Administrator', 'Administrator',
		%(name)s, '2019-04-01', '2019-06-30')""",
		{"name": SURVEY_PERIOD},
	)
	made = insert_survey_responses(site, uid, "LIEGE", module, [("5", "4")] * 15 + [("2", "3")] * 5)
	made += insert_survey_responses(site, uid, "GENT", module, [("5", "5")] * 3)
	made += insert_survey_responses(site, uid, "CHARLEROI", module, [("1", "5")] * 8)
	site.db.commit()
	yield made
	site.db.sql("delete from `tabSurvey Answer` where parent in %(names)s", {"names": tuple(made)})
	site.db.sql("delete from `tabSurvey Response` where name in %(names)s", {"names": tuple(made)})
	site.db.sql("delete from `tabSurvey Release Period` where name = %s", SURVEY_PERIOD)
	site.db.commit()


def report_lines_of(http, quarter: str):
	report = call(
		http,
		"frappe.desk.query_report.run",
		report_name="AMIF Network Dashboard",
		filters=json.dumps({"quarter": quarter}),
	)
	assert report.status_code == 200, report.text
	lines = [line for line in report.json()["message"]["result"] if isinstance(line, dict)]
	return {line["cpas"]: line for line in lines[:-1]}, lines[-1]


def test_satisfaction_reaches_the_network_dashboard_only_where_its_responses_are_shown(
	site, users, server, survey_responses
):
	from amif_network.amif_network.figures import clear_figures_cache

	clear_figures_cache()
	spp, network = report_lines_of(server.session(users["spp_manager"]), SURVEY_QUARTER)
	assert (spp["LIEGE"]["survey_responses"], spp["LIEGE"]["satisfaction"]) == (20, 75.0)
	assert (spp["GENT"]["survey_responses"], spp["GENT"]["satisfaction"]) == ("x", "x")
	for code, line in spp.items():
		assert line["survey_responses"] not in (1, 2, 3, 4), code
		if line["survey_responses"] in ("x", 0):
			assert line["satisfaction"] == "x", code  # a share whose base is hidden is hidden
	# Gent's 3 cannot be worked out: another count of the column, or the total, is hidden too.
	hidden = [code for code, line in spp.items() if line["survey_responses"] == "x"]
	assert len(hidden) >= 2
	assert network["satisfaction"] in ("x", 71.0)  # 44 positive of 62 face answers

	# A CPAS manager sees their own CPAS's exact figures.
	own, _network = report_lines_of(server.session(users["liege_manager"]), SURVEY_QUARTER)
	assert (own["LIEGE"]["survey_responses"], own["LIEGE"]["satisfaction"]) == (20, 75.0)
	assert "GENT" not in own and "CHARLEROI" not in own


def test_an_information_session_shows_the_prospects_who_came(site, users, server, liege_records):
	uid = liege_records["uid"]
	session = liege_records["session"]
	assert "Recruitment Prospect" in [
		item
		for group in site.get_meta("Module Session").get_dashboard_data().transactions
		for item in group["items"]
	]
	campaign = site.get_doc(
		{
			"doctype": "Recruitment Campaign",
			"campaign_name": f"Session {uid}",
			"cpas": "LIEGE",
			"from_date": "2026-09-01",
			"to_date": "2027-06-30",
			"counted_from": "Prospects",
		}
	).insert()
	for i, stage in enumerate(("Came", "Invited")):
		site.get_doc(
			{
				"doctype": "Recruitment Prospect",
				"campaign": campaign.name,
				"first_name": "Came",
				"last_name": f"Sess{uid}{i}",
				"stage": stage,
				"information_session": session if stage == "Came" else None,
			}
		).insert()
	site.db.commit()

	def connections(http):
		return call(http, "frappe.desk.notifications.get_open_count", doctype="Module Session", name=session)

	staff = server.session(users["liege_staff"])
	found = connections(staff)
	assert found.status_code == 200, found.text
	counts = {
		row["doctype"]: row["count"] for row in found.json()["message"]["count"]["external_links_found"]
	}
	assert counts == {"Recruitment Prospect": 1}
	listed = staff.get(
		staff.base_url + "/api/resource/Recruitment Prospect",
		params={"filters": json.dumps([["information_session", "=", session]]), "fields": '["last_name"]'},
	)
	assert [row["last_name"] for row in listed.json()["data"]] == [f"Sess{uid}0"]
	# CPAS-private: another CPAS and the SPP neither open the session nor list its prospects.
	for key in ("gent_staff", "spp_manager"):
		other = server.session(users[key])
		assert connections(other).status_code == 403, key
		listed = other.get(
			other.base_url + "/api/resource/Recruitment Prospect",
			params={"filters": json.dumps([["information_session", "=", session]])},
		)
		assert listed.status_code == 403 or listed.json()["data"] == [], key


def test_every_session_keeps_the_counts_of_its_register(site):
	mismatched = site.db.sql(
		"""select s.name from `tabModule Session` s left join (
			select parent, sum(status = 'Present') present, sum(status = 'Late') late,
				sum(status = 'Excused') excused, sum(status = 'Absent') absent
			from `tabSession Attendance` where parenttype = 'Module Session' group by parent
		) c on c.parent = s.name
		where s.present_count != ifnull(c.present, 0) or s.late_count != ifnull(c.late, 0)
			or s.excused_count != ifnull(c.excused, 0) or s.absent_count != ifnull(c.absent, 0)"""
	)
	assert site.db.count("Module Session", {"present_count": [">", 0]}) > 0
	assert mismatched == ()

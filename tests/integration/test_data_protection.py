"""A participant's rights on their data: see it all, take it away, nothing kept too long.

The Liège manager answers Zora's access request: her name, planted in every text column of every
table that links to her (found at run time) and in the session she attends, is in the export, and
nothing of Quentin, who attends the same session, is. Gent's manager is refused. The nightly
retention job, run for a day in the future over Binche, erases exactly the participant whose
period is over and spares those under an obligation; afterwards the erased name is in no text
column of the site. A second run while one is under way is refused. A consent with an end date
expires by itself and its participant leaves the survey queue.
"""

import json
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

from tests.integration import support

UID = uuid.uuid4().hex[:8]
EXPORT = "/api/method/amif_network.api.participants.download_access_request"
# the export's PDF and its pages as PNG, kept for a look at them
SHOTS = Path(tempfile.gettempdir()) / "amif-access-request"


def raw_insert(frappe, record: dict):
	"""A record as the test needs it, past the app's checks (they have their own tests)."""
	doc = frappe.get_doc(record)
	doc.flags.update(ignore_validate=True, ignore_mandatory=True, ignore_links=True, ignore_permissions=True)
	doc.insert(set_name=record.get("name"))
	return doc


def remove(frappe, doctype: str, name: str):
	"""Delete a test record and its child rows, submitted or not."""
	for table in frappe.get_meta(doctype).get_table_fields():
		frappe.db.delete(table.options, {"parent": name, "parenttype": doctype})
	frappe.db.delete(doctype, {"name": name})
	frappe.db.delete("Version", {"ref_doctype": doctype, "docname": name})
	frappe.db.delete("Comment", {"reference_doctype": doctype, "reference_name": name})
	frappe.db.delete("Access Log", {"reference_document": name})
	frappe.db.delete("View Log", {"reference_name": name})


def own_rows(frappe, participant: str) -> list[tuple[str, str]]:
	"""Every (DocType, row) about the participant: tables linking to them, and their child tables."""
	from amif_network.amif_participants.personal_data import participant_links

	rows = [("Participant", participant)]
	for doctype, field in participant_links():
		for name in frappe.get_all(doctype, {field: participant}, pluck="name", ignore_permissions=True):
			rows.append((doctype, name))
			meta = frappe.get_meta(doctype)
			if meta.istable:
				continue
			for table in meta.get_table_fields():
				for child in frappe.get_all(
					table.options, {"parent": name, "parenttype": doctype}, pluck="name"
				):
					rows.append((table.options, child))
	return rows


def plant(frappe, rows, make_token) -> dict[str, tuple[str, str, str]]:
	"""Write a token in every text column of `rows` (names kept); token -> (DocType, row, column)."""
	from amif_network.amif_participants.personal_data import text_columns

	planted = {}
	for doctype, name in rows:
		meta = frappe.get_meta(doctype)
		for column in text_columns(doctype):
			df = meta.get_field(column)
			if column in ("first_name", "last_name", "full_name") or df.unique:
				continue
			token = make_token(len(planted))
			frappe.db.set_value(doctype, name, column, token, update_modified=False)
			planted[token] = (doctype, name, column)
	return planted


def plant_mentions(frappe, reader: str, full_name: str, planted: dict):
	"""Her name in every text column of every other table of the app, in a row `reader` may read.

	Returns the values replaced (to restore) and the tables with no row the reader may read."""
	from amif_network.amif_participants.personal_data import (
		participant_links,
		searchable_doctypes,
		text_columns,
	)

	about_participants = {"Participant"} | {doctype for doctype, _field in participant_links()}
	about_participants |= {
		table.options
		for doctype in list(about_participants)
		for table in frappe.get_meta(doctype).get_table_fields()
	}
	originals, unreadable = {}, []
	for doctype in searchable_doctypes():
		if doctype in about_participants or doctype == "Module Session":
			continue
		meta = frappe.get_meta(doctype)
		columns = ["name", *(["parent", "parenttype"] if meta.istable else []), *text_columns(doctype)]
		row = None
		for candidate in frappe.get_all(doctype, fields=columns, limit=50, order_by="creation desc"):
			target = (candidate.parenttype, candidate.parent) if meta.istable else (doctype, candidate.name)
			if target[0] and frappe.has_permission(target[0], "read", doc=target[1], user=reader):
				row = candidate
				break
		if row is None:
			unreadable.append(doctype)
			continue
		for column in text_columns(doctype):
			if meta.get_field(column).unique:
				continue
			token = f"{full_name} M{len(planted):03d}"
			originals[(doctype, row.name, column)] = row.get(column)
			frappe.db.set_value(doctype, row.name, column, token, update_modified=False)
			planted[token] = (doctype, row.name, column)
	return originals, unreadable


@pytest.fixture(scope="module")
def liege_story(site, users):
	frappe = site
	made = []

	def insert(record):
		doc = raw_insert(frappe, record)
		made.append((doc.doctype, doc.name))
		return doc

	module = insert(
		{
			"doctype": "Activity Module",
			"cpas": "LIEGE",
			"module_name_fr": f"Atelier {UID}",
			"kind": "Collective workshop",
		}
	)
	people = {}
	for key, first, last in (("zora", "Zora", f"Plantée{UID}"), ("quentin", "Quentin", f"Autre{UID}")):
		person = insert(
			{
				"doctype": "Participant",
				"cpas": "LIEGE",
				"first_name": first,
				"last_name": last,
				"full_name": f"{first} {last}",
				"status": "Active",
				"referral_date": "2026-01-05",
				"correspondence_language": "French",
			}
		)
		people[key] = person
		insert(
			{
				"doctype": "Participant Consent",
				"participant": person.name,
				"cpas": "LIEGE",
				"consent_type": "Processing for the project",
				"given": 1,
				"given_on": "2026-01-05",
				"consent_status": "Valid",
			}
		)
		insert(
			{
				"doctype": "Intake Assessment",
				"participant": person.name,
				"cpas": "LIEGE",
				"interview_date": "2026-01-12",
				"proposed_modules": [{"module": module.name, "approved": 1}],
			}
		)
		insert(
			{
				"doctype": "Module Enrolment",
				"participant": person.name,
				"cpas": "LIEGE",
				"module": module.name,
				"status": "Active",
				"from_date": "2026-01-19",
			}
		)
		insert(
			{
				"doctype": "Participant Contract",
				"participant": person.name,
				"cpas": "LIEGE",
				"contract_type": "Module",
				"module": module.name,
			}
		)
		insert(
			{
				"doctype": "Recruitment Prospect",
				"cpas": "LIEGE",
				"first_name": first,
				"last_name": last,
				"participant": person.name,
				"stage": "Listed",
			}
		)
	session = insert(
		{
			"doctype": "Module Session",
			"module": module.name,
			"cpas": "LIEGE",
			"session_date": "2026-02-02",
			"attendance": [
				{"participant": people["zora"].name, "status": "Present"},
				{"participant": people["quentin"].name, "status": "Late", "late_minutes": 10},
			],
		}
	)
	frappe.get_doc(
		{
			"doctype": "Comment",
			"comment_type": "Comment",
			"reference_doctype": "Participant",
			"reference_name": people["zora"].name,
			"content": "Appel du 3 février.",
		}
	).insert(ignore_permissions=True)
	zora, quentin = people["zora"], people["quentin"]
	planted = plant(frappe, own_rows(frappe, zora.name), lambda i: f"{zora.full_name} {i:03d}")
	# the session is shared: a note naming her in it is a mention, found as such
	for column in ("title", "place", "theme", "cap_override_reason"):
		token = f"{zora.full_name} S{column}"
		frappe.db.set_value("Module Session", session.name, column, token, update_modified=False)
		planted[token] = ("Module Session", session.name, column)
	# every other text column of the app, in a record the Liège manager reads (signals, fiches,
	# reports...): her name typed there is a mention the export finds
	originals, unreadable = plant_mentions(frappe, users["liege_manager"], zora.full_name, planted)
	frappe.set_user("Administrator")
	marker = f"QMARK{UID}"
	other = plant(frappe, own_rows(frappe, quentin.name), lambda i: f"{marker} {i:03d}")
	frappe.db.commit()
	yield {
		"unreadable": unreadable,
		"zora": zora,
		"quentin": quentin,
		"planted": planted,
		"other": other,
		"marker": marker,
		"session": session,
	}
	frappe.db.rollback()
	for (doctype, name, column), value in originals.items():
		frappe.db.set_value(doctype, name, column, value, update_modified=False)
	for doctype, name in reversed(made):
		remove(frappe, doctype, name)
	frappe.db.commit()


def test_the_access_export_holds_every_planted_value_and_nothing_of_another_participant(
	liege_story, server, users, site
):
	luc = server.session(users["liege_manager"])
	zora = liege_story["zora"]
	answer = luc.get(luc.base_url + EXPORT, params={"participant": zora.name, "format": "json"})
	assert answer.status_code == 200, answer.text[:500]
	text = answer.content.decode()
	export = json.loads(text)
	assert len(liege_story["planted"]) > 30  # every text column of every table about her, found at run time
	missing = {token: where for token, where in liege_story["planted"].items() if token not in text}
	assert not missing, f"the export misses {missing}"
	# rows about her and mentions elsewhere: the fiches, signals and reports she may be named in
	mentioned = {doctype for doctype, _name, _column in liege_story["planted"].values()}
	for doctype in ("Field Signal", "Project Fiche", "Network Meeting Section"):
		if doctype not in liege_story["unreadable"] and site.db.count(doctype):
			assert doctype in mentioned
	assert liege_story["marker"] not in text and liege_story["quentin"].last_name not in text
	assert export["language"] == "fr" and export["not_included"]  # survey answers: said, not shown
	assert "anonymes" in export["not_included"][0]
	headings = [section["heading"] for section in export["sections"]]
	assert "Ce que vous avez accepté" in headings and "Votre présence aux séances" in headings
	# the export is logged, and shows in the next one
	again = luc.get(luc.base_url + EXPORT, params={"participant": zora.name, "format": "json"}).json()
	assert any(read["who"] == users["liege_manager"] for read in again["reads"])


def test_the_access_export_pdf_reads_in_the_participants_language(liege_story, server, users):
	luc = server.session(users["liege_manager"])
	zora = liege_story["zora"]
	pdf = luc.get(luc.base_url + EXPORT, params={"participant": zora.name, "format": "pdf"})
	assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF"), pdf.text[:300]
	SHOTS.mkdir(parents=True, exist_ok=True)
	path = SHOTS / "access-request.pdf"
	path.write_bytes(pdf.content)
	if shutil.which("pdftotext"):
		words = subprocess.run(
			["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
		).stdout
		assert "Ce que le CPAS conserve à votre sujet" in words and zora.last_name in words
		assert liege_story["marker"] not in words
	if shutil.which("pdftoppm"):
		subprocess.run(["pdftoppm", "-r", "70", "-png", str(path), str(SHOTS / "access-request")], check=True)


def test_another_cpas_cannot_have_the_export(liege_story, server, users):
	geert = server.session(users["gent_manager"])
	refused = geert.get(
		geert.base_url + EXPORT, params={"participant": liege_story["zora"].name, "format": "json"}
	)
	assert refused.status_code == 403, refused.text[:300]
	assert liege_story["zora"].last_name not in refused.text
	assert "OCMW" in support.messages_of(refused)  # in Dutch
	lise = server.session(users["liege_staff"])  # staff of her own CPAS: a manager answers
	assert (
		lise.get(lise.base_url + EXPORT, params={"participant": liege_story["zora"].name}).status_code == 403
	)


# --- retention -------------------------------------------------------------------------------


@pytest.fixture
def binche_story(site):
	"""Binche (no participant of its own on a test site): a fiche 2019-2020 paid last in 2021, so
	records are kept until 31 December 2026 and erased from 31 January 2027."""
	frappe = site
	made = []

	def insert(record):
		doc = raw_insert(frappe, record)
		made.append((doc.doctype, doc.name))
		return doc

	settings = frappe.db.get_singles_dict("Retention Settings")
	frappe.db.set_single_value(
		"Retention Settings", {"retention_years": 5, "grace_days": 30, "erase_automatically": 1}
	)
	insert(
		{
			"doctype": "Project Fiche",
			"cpas": "BINCHE",
			"project_name": f"Retention {UID}",
			"period_start": "2019-09-01",
			"period_end": "2020-06-30",
			"last_payment_year": 2021,
		}
	)
	insert(
		{
			"doctype": "Project Fiche",
			"cpas": "BINCHE",
			"project_name": f"Running {UID}",
			"period_start": "2025-09-01",
			"period_end": "2026-06-30",
		}
	)
	module = insert(
		{
			"doctype": "Activity Module",
			"cpas": "BINCHE",
			"module_name_fr": f"Cours {UID}",
			"kind": "Language course",
		}
	)
	people = {}
	for key, referral, enrolment_status, open_intake in (
		("due", "2019-10-01", "Completed", False),
		("enrolled", "2019-10-01", "Active", False),
		("intake", "2019-10-01", None, True),
		("recent", "2025-10-01", "Completed", False),
	):
		person = insert(
			{
				"doctype": "Participant",
				"cpas": "BINCHE",
				"first_name": "Ilse",
				"last_name": f"Efface{key}{UID}",
				"full_name": f"Ilse Efface{key}{UID}",
				"status": "Active",
				"referral_date": referral,
				"phone": "+32 470 12 34 56",
				"family_situation": f"Ilse Efface{key}{UID} vit seule",
			}
		)
		people[key] = person
		insert(
			{
				"doctype": "Participant Consent",
				"participant": person.name,
				"participant_name": person.full_name,
				"cpas": "BINCHE",
				"consent_type": "Processing for the project",
				"given": 1,
				"given_on": referral,
			}
		)
		if enrolment_status:
			insert(
				{
					"doctype": "Module Enrolment",
					"participant": person.name,
					"participant_name": person.full_name,
					"cpas": "BINCHE",
					"module": module.name,
					"status": enrolment_status,
					"from_date": referral,
					"to_date": referral.replace("-10-01", "-12-20"),
					"drop_reason": f"Ilse Efface{key}{UID} a déménagé",
				}
			)
		intake = insert(
			{
				"doctype": "Intake Assessment",
				"participant": person.name,
				"participant_name": person.full_name,
				"cpas": "BINCHE",
				"interview_date": referral,
				"goals": f"Pour Ilse Efface{key}{UID}",
			}
		)
		if not open_intake:
			frappe.db.set_value("Intake Assessment", intake.name, "docstatus", 1)
		insert(
			{
				"doctype": "Recruitment Prospect",
				"cpas": "BINCHE",
				"first_name": "Ilse",
				"last_name": f"Efface{key}{UID}",
				"full_name": person.full_name,
				"participant": person.name,
				"stage": "Enrolled",
			}
		)
	insert(
		{
			"doctype": "Module Session",
			"module": module.name,
			"cpas": "BINCHE",
			"session_date": "2019-11-04",
			"attendance": [
				{"participant": p.name, "status": "Present", "note": f"{p.full_name} en retard"}
				for p in people.values()
			],
		}
	)
	# a shared record naming two of them: the erased one's name goes, the spared one's stays
	frappe.db.set_value(
		"Module Session",
		made[-1][1],
		{"title": f"Cours avec {people['due'].full_name}", "place": f"Chez {people['intake'].full_name}"},
		update_modified=False,
	)
	due = frappe.get_doc("Participant", people["due"].name)
	due.social_office = "Antenne Centre"
	due.flags.ignore_validate = True
	due.save(ignore_permissions=True)  # a Version row holding her name
	frappe.get_doc(
		{
			"doctype": "Comment",
			"comment_type": "Comment",
			"reference_doctype": "Participant",
			"reference_name": due.name,
			"content": f"Ilse Efface{'due'}{UID} a appelé",
		}
	).insert(ignore_permissions=True)
	frappe.db.commit()
	yield people
	frappe.db.rollback()
	for doctype, name in reversed(made):
		remove(frappe, doctype, name)
	frappe.db.delete("Erasure Run", {"as_of": "2027-03-01"})
	frappe.db.set_single_value(
		"Retention Settings",
		{
			k: settings.get(k)
			for k in ("retention_years", "grace_days", "erase_automatically", "last_run", "last_run_on")
		},
	)
	frappe.db.commit()


def text_columns_holding(frappe, text: str) -> list[str]:
	"""Every table.column of the site's database whose text holds `text`."""
	columns = frappe.db.sql(
		"""select table_name, column_name from information_schema.columns
		where table_schema = database() and data_type in ('varchar', 'text', 'mediumtext', 'longtext', 'tinytext', 'char', 'json')""",
	)
	tables = {}
	for table, column in columns:
		tables.setdefault(table, []).append(column)
	found = []
	for table, cols in tables.items():
		condition = " or ".join(f"`{c}` like %(v)s" for c in cols)
		for row in frappe.db.sql(
			f"select {', '.join(f'`{c}`' for c in cols)} from `{table}` where {condition}", {"v": f"%{text}%"}
		):
			found += [
				f"{table}.{c}" for c, value in zip(cols, row, strict=True) if value and text in str(value)
			]
	return found


def test_the_nightly_job_in_the_future_erases_exactly_the_due_and_spares_the_obligated(binche_story, site):
	frappe = site
	from amif_network.amif_participants.retention import run_erasure, verdicts

	states = {v.participant: v for _c, v in verdicts(on="2027-03-01", cpas=["BINCHE"])}
	assert states[binche_story["enrolled"].name].reasons == ("An enrolment is still active.",)
	assert states[binche_story["intake"].name].reasons == ("An intake is still open.",)
	assert states[binche_story["recent"].name].state == "Kept"
	# the manager's report looks ahead to the same day and says why
	from amif_network.amif_participants.report.due_for_erasure.due_for_erasure import execute

	_columns, rows = execute({"cpas": "BINCHE", "as_of": "2027-03-01"})
	reasons = {row["participant"]: row["reason"] for row in rows}
	assert reasons[binche_story["intake"].name] == "An intake is still open."
	assert binche_story["recent"].name not in reasons

	# an indicator return of her period still waiting for the SPP keeps her too
	waiting = raw_insert(
		frappe,
		{
			"doctype": "Indicator Return",
			"cpas": "BINCHE",
			"title": f"Return {UID}",
			"year": 2020,
			"period_start": "2019-09-01",
			"period_end": "2020-06-30",
			"workflow_state": "Draft",
		},
	)
	held = {v.participant: v for _c, v in verdicts(on="2027-03-01", cpas=["BINCHE"])}[
		binche_story["due"].name
	]
	remove(frappe, "Indicator Return", waiting.name)
	assert held.state == "Held" and "indicator return" in held.reasons[0]

	result = run_erasure(on="2027-03-01", cpas=["BINCHE"])
	assert result["erased"] == [binche_story["due"].name]
	assert result["held"] == 2
	run = frappe.get_doc("Erasure Run", result["run"])
	assert run.status == "Done" and run.erased_count == 1 and run.participants_checked == 4
	anonymised = {
		key: frappe.db.get_value("Participant", p.name, "anonymised") for key, p in binche_story.items()
	}
	assert anonymised == {"due": 1, "enrolled": 0, "intake": 0, "recent": 0}
	assert text_columns_holding(frappe, binche_story["due"].last_name) == []
	assert binche_story["intake"].last_name in str(
		frappe.get_all("Module Session", {"cpas": "BINCHE"}, pluck="place")
	)
	# the spared ones keep their name
	assert (
		frappe.db.get_value("Participant", binche_story["intake"].name, "last_name")
		== binche_story["intake"].last_name
	)


def test_a_second_run_while_one_is_under_way_is_refused(site, server, users):
	frappe = site
	from amif_network.amif_participants.retention import LOCK_NAME

	runs = frappe.db.count("Erasure Run")
	# another worker holds the job's lock, on its own database connection
	import pymysql

	conf = frappe.conf
	other = pymysql.connect(
		host=conf.db_host or "127.0.0.1",
		port=int(conf.db_port or 3306),
		user=conf.db_name,
		password=conf.db_password,
		database=conf.db_name,
	)
	try:
		with other.cursor() as cursor:
			cursor.execute("select get_lock(%s, 0)", (LOCK_NAME,))
			assert cursor.fetchone()[0] == 1
		sophie = server.session(users["spp_manager"])
		run_now = sophie.base_url + "/api/method/amif_network.api.participants.run_retention_now"
		unconfirmed = sophie.post(run_now, data={"confirmation": "yes"})
		assert unconfirmed.status_code == 417 and "date" in support.messages_of(unconfirmed)
		refused = sophie.post(run_now, data={"confirmation": frappe.utils.today()})
		assert refused.status_code == 409, refused.text[:300]
		assert "déjà en cours" in support.messages_of(refused)
	finally:
		other.close()
	frappe.db.rollback()
	assert frappe.db.count("Erasure Run") == runs


def test_rules_shorter_than_the_law_and_payments_before_the_project_are_refused(site, server, users):
	frappe = site
	geert = server.session(users["gent_manager"])
	before = frappe.db.count("CPAS Retention Rule")
	refused = geert.post(
		geert.base_url + "/api/resource/CPAS Retention Rule",
		json={"cpas": "GENT", "applies_to": "Every participant", "years": 3},
	)
	assert refused.status_code == 417, refused.text[:300]
	assert "wettelijke minimum" in support.messages_of(refused)
	frappe.db.rollback()
	assert frappe.db.count("CPAS Retention Rule") == before

	from amif_network.rules import retention

	problem = retention.last_payment_year_problem(2016, frappe.utils.getdate("2017-09-01"), 2026)
	assert problem and problem.args == (2016, 2017)
	sophie = server.session(users["spp_manager"])
	settings = frappe.db.get_singles_dict("Retention Settings")
	shorter = sophie.put(
		sophie.base_url + "/api/resource/Retention Settings/Retention Settings", json={"retention_years": 4}
	)
	assert shorter.status_code == 417 and "minimum légal" in support.messages_of(shorter)
	frappe.db.rollback()
	assert frappe.db.get_singles_dict("Retention Settings").get("retention_years") == settings.get(
		"retention_years"
	)


def test_a_consent_with_an_end_date_expires_by_itself(site, liege_story):
	frappe = site
	from amif_network.amif_participants import steps
	from amif_network.amif_participants.retention import expire_consents
	from amif_network.amif_surveys.survey import consenting_participants

	quentin = liege_story["quentin"].name
	consent = frappe.get_all("Participant Consent", {"participant": quentin}, pluck="name")[0]
	frappe.db.set_value(
		"Participant Consent", consent, {"valid_until": "2026-02-28", "consent_status": "Valid"}
	)
	assert steps.has_valid_processing_consent(quentin, on="2026-02-28")
	expired = expire_consents(on="2026-03-01")
	try:
		assert consent in expired
		# a consent given without an end date never expires by itself
		assert not frappe.get_all(
			"Participant Consent", {"name": ["in", expired], "valid_until": ["is", "not set"]}, pluck="name"
		)
		assert frappe.db.get_value("Participant Consent", consent, "consent_status") == "Expired"
		assert not steps.has_valid_processing_consent(quentin, on="2026-03-01")
		assert quentin not in consenting_participants({quentin, liege_story["zora"].name})
		assert liege_story["zora"].name in consenting_participants({quentin, liege_story["zora"].name})
	finally:
		frappe.db.set_value("Participant Consent", consent, {"valid_until": None, "consent_status": "Valid"})
		for other in set(expired) - {consent}:
			# the demo's own consents that the job expired on this date: the site is left as found
			frappe.db.set_value("Participant Consent", other, "consent_status", "Valid")
		frappe.db.commit()


def test_staff_who_recorded_a_consent_are_reminded_before_it_ends(site, liege_story, users):
	frappe = site
	from frappe.email.doctype.notification.notification import trigger_daily_alerts
	from frappe.utils import add_days, today

	consent = frappe.get_all("Participant Consent", {"participant": liege_story["zora"].name}, pluck="name")[
		0
	]
	frappe.db.set_value(
		"Participant Consent",
		consent,
		{
			"valid_until": add_days(today(), 14),
			"consent_status": "Valid",
			"recorded_by": users["liege_staff"],
		},
	)
	try:
		in_test, frappe.flags.in_test = frappe.flags.in_test, True  # the alert's log written now, not queued
		try:
			trigger_daily_alerts()
		finally:
			frappe.flags.in_test = in_test
		reminders = frappe.get_all(
			"Notification Log",
			{"document_type": "Participant Consent", "document_name": consent},
			["for_user", "subject"],
		)
		assert [r.for_user for r in reminders] == [users["liege_staff"]], reminders
	finally:
		frappe.db.delete(
			"Notification Log", {"document_type": "Participant Consent", "document_name": consent}
		)
		frappe.db.set_value("Participant Consent", consent, {"valid_until": None})
		frappe.db.commit()


def test_the_due_for_erasure_report_stays_within_the_managers_cpas(site, server, users):
	def run(http, filters):
		return http.post(
			http.base_url + "/api/method/frappe.desk.query_report.run",
			data={"report_name": "Due for Erasure", "filters": json.dumps(filters)},
		)

	luc, geert = server.session(users["liege_manager"]), server.session(users["gent_manager"])
	mine = run(luc, {"as_of": "2040-01-01"})
	assert mine.status_code == 200, mine.text[:300]
	assert {row["cpas"] for row in mine.json()["message"]["result"]} <= {"LIEGE"}
	refused = run(geert, {"cpas": "LIEGE"})
	assert refused.status_code == 403 and "OCMW LIEGE" in support.messages_of(refused)
	staff = server.session(users["liege_staff"])
	assert run(staff, {}).status_code == 403

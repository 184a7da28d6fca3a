"""The three contracts of a Liège participant, the enrolment that waits for them, the printed
contract, and the Gent users who must not see any of it.

Lise (Liège staff) and Luc (Liège manager) work over HTTP against gunicorn on 127.0.0.1, as
from the desk; Griet and Geert (Gent) try every read path Frappe offers.
"""

import html
import io
import json
import shutil
import subprocess
import uuid

import pytest

from tests.integration.support import messages_of

UID = uuid.uuid4().hex[:8]
CONTRACT = "Participant Contract"
ENROLMENT = "Module Enrolment"
DEFAULTS = "CPAS Contract Defaults"
LIEGE_DEFAULTS = {
	"min_attendance_rate": 80,
	"max_unexcused_absences": 3,
	"max_late_arrivals": 2,
	"late_period": "Per month",
	"validity_months": 10,
}


def api(http, method, path, **kwargs):
	return getattr(http, method)(http.base_url + path, **kwargs)


def data_of(response):
	body = response.json()
	return body.get("data", body.get("message"))


def said(response) -> str:
	"""What the user reads of a refusal, HTML entities undone."""
	return html.unescape(messages_of(response))


def fr(text: str, *args) -> str:
	"""The French message Lise and Luc read."""
	import frappe

	return frappe._(text, lang="fr").format(*args)


def today():
	import frappe

	return frappe.utils.today()


def days_from_today(days: int) -> str:
	import frappe

	return frappe.utils.add_days(frappe.utils.today(), days)


@pytest.fixture(scope="module")
def people(server, users):
	return {key: server.session(email) for key, email in users.items()}


@pytest.fixture(scope="module")
def liege_defaults(site):
	"""Liège's default contract rules, as the test expects them; the former ones come back afterwards."""
	frappe = site
	former = frappe.db.get_value(DEFAULTS, {"cpas": "LIEGE"}, list(LIEGE_DEFAULTS), as_dict=True)
	if former:
		doc = frappe.get_doc(DEFAULTS, "LIEGE")
	else:
		doc = frappe.get_doc({"doctype": DEFAULTS, "cpas": "LIEGE"})
	doc.update(LIEGE_DEFAULTS)
	doc.save(ignore_permissions=True)
	frappe.db.commit()
	yield LIEGE_DEFAULTS
	if former:
		frappe.get_doc(DEFAULTS, "LIEGE").update(former).save(ignore_permissions=True)
	else:
		frappe.delete_doc(DEFAULTS, "LIEGE", force=True)
	frappe.db.commit()


@pytest.fixture(scope="module")
def catalogue(site, users):
	"""The Liège creative workshop led by Luc, and a Gent language course."""
	frappe = site
	made = {}
	for key, cpas, name_fr, name_nl, kind, lead in (
		(
			"creative",
			"LIEGE",
			f"Atelier Créatif {UID}",
			f"Creatieve workshop {UID}",
			"Collective workshop",
			users["liege_manager"],
		),
		(
			"computer",
			"LIEGE",
			f"Atelier Informatique {UID}",
			f"Computerworkshop {UID}",
			"Collective workshop",
			users["liege_manager"],
		),
		(
			"gent_course",
			"GENT",
			f"Cours de néerlandais {UID}",
			f"Cursus Nederlands {UID}",
			"Language course",
			users["gent_manager"],
		),
	):
		made[key] = frappe.get_doc(
			{
				"doctype": "Activity Module",
				"cpas": cpas,
				"module_name_fr": name_fr,
				"module_name_nl": name_nl,
				"kind": kind,
				"lead": lead,
				"period_from": "2026-09-01",
				"period_to": "2027-06-30",
				"capacity": 12,
			}
		).insert(ignore_permissions=True)
	frappe.db.commit()
	yield made
	for doc in made.values():
		for doctype in (ENROLMENT, CONTRACT):
			for name in frappe.get_all(doctype, filters={"module": doc.name}, pluck="name"):
				frappe.delete_doc(doctype, name, force=True)
		frappe.delete_doc("Activity Module", doc.name, force=True)
	frappe.db.commit()


@pytest.fixture(scope="module")
def participants(site):
	"""Made by the Administrator with the few fields a participant needs, and a processing consent."""
	frappe = site
	made = {}
	for key, cpas, first_name in (
		("amina", "LIEGE", "Amina"),
		("yusuf", "LIEGE", "Yusuf"),
		("bad_input", "LIEGE", "Nadia"),
		("griet_client", "GENT", "Pieter"),
	):
		participant = frappe.get_doc(
			{
				"doctype": "Participant",
				"cpas": cpas,
				"first_name": first_name,
				"last_name": f"Contract{key.title().replace('_', '')}{UID}",
				"date_of_birth": "1988-04-12",
			}
		).insert(ignore_permissions=True)
		# Given an approved intake: how an intake is approved is the intake story's concern.
		frappe.db.set_value("Participant", participant.name, "status", "Active")
		frappe.get_doc(
			{
				"doctype": "Participant Consent",
				"participant": participant.name,
				"cpas": cpas,
				"consent_type": "Processing for the project",
				"given": 1,
				"given_on": "2026-01-05",
			}
		).insert(ignore_permissions=True)
		made[key] = participant
	frappe.db.commit()
	yield made
	for participant in made.values():
		for doctype in (ENROLMENT, CONTRACT, "Participant Consent"):
			for name in frappe.get_all(doctype, filters={"participant": participant.name}, pluck="name"):
				frappe.delete_doc(doctype, name, force=True)
		frappe.delete_doc("Participant", participant.name, force=True)
	frappe.db.commit()


def new_contract(http, participant, contract_type, **fields):
	record = {"participant": participant, "contract_type": contract_type} | fields
	return api(http, "post", f"/api/resource/{CONTRACT}", json=record)


def signed_contract(http, participant, contract_type, users, **fields):
	fields = {"counterpart": users["liege_staff"], "signed_by_participant": 1, "signed_on": today()} | fields
	response = new_contract(http, participant, contract_type, **fields)
	assert response.status_code == 200, said(response)
	return data_of(response)


def activate(http, enrolment):
	return api(http, "put", f"/api/resource/{ENROLMENT}/{enrolment}", json={"status": "Active"})


def status_of(site, enrolment) -> str:
	site.db.rollback()  # see what the server committed
	return site.db.get_value(ENROLMENT, enrolment, "status")


def contracts_count(site) -> int:
	site.db.rollback()
	return site.db.count(CONTRACT)


# The story: an enrolment waits for its third contract


def test_an_enrolment_becomes_active_only_once_the_third_contract_is_signed(
	site, users, people, liege_defaults, catalogue, participants
):
	lise = people["liege_staff"]
	amina, creative = participants["amina"].name, catalogue["creative"]

	response = api(
		lise, "post", f"/api/resource/{ENROLMENT}", json={"participant": amina, "module": creative.name}
	)
	assert response.status_code == 200, said(response)
	enrolment = data_of(response)
	assert (enrolment["status"], enrolment["cpas"]) == ("Proposed", "LIEGE")

	# With no contract at all, the refusal names all three.
	refused = activate(lise, enrolment["name"])
	assert refused.status_code == 417
	assert fr("There is no social-worker contract.") in said(refused)
	assert fr("There is no intake contract.") in said(refused)
	assert fr("There is no contract for module {0}.", creative.module_name_fr) in said(refused)

	# Lise records the social-worker and intake contracts the participant signed today.
	social = signed_contract(lise, amina, "Social worker", users)
	signed_contract(lise, amina, "Intake", users)
	# The module contract is drawn up, with Luc (the module's lead) as counterpart, but not signed yet.
	module_contract = data_of(new_contract(lise, amina, "Module", module=creative.name))
	assert module_contract["counterpart"] == users["liege_manager"]

	refused = activate(lise, enrolment["name"])
	assert refused.status_code == 417
	assert fr(
		"The contract for module {0} is not signed by the participant.", creative.module_name_fr
	) in said(refused)
	assert fr("There is no social-worker contract.") not in said(refused)
	assert fr("There is no intake contract.") not in said(refused)
	assert status_of(site, enrolment["name"]) == "Proposed"

	signing = api(
		lise,
		"put",
		f"/api/resource/{CONTRACT}/{module_contract['name']}",
		json={"signed_by_participant": 1, "signed_on": today()},
	)
	assert signing.status_code == 200, said(signing)
	accepted = activate(lise, enrolment["name"])
	assert accepted.status_code == 200, said(accepted)
	assert status_of(site, enrolment["name"]) == "Active"

	# A signed contract takes its end date from Liège's validity period (10 months).
	assert social["valid_until"] == str(site.utils.add_months(today(), 10))


def test_an_expired_contract_keeps_the_enrolment_proposed(
	site, users, people, liege_defaults, catalogue, participants
):
	lise = people["liege_staff"]
	yusuf, computer = participants["yusuf"].name, catalogue["computer"]
	signed_contract(
		lise, yusuf, "Social worker", users, signed_on=days_from_today(-300), valid_until=days_from_today(-1)
	)
	signed_contract(lise, yusuf, "Intake", users)
	signed_contract(lise, yusuf, "Module", users, module=computer.name)
	enrolment = data_of(
		api(lise, "post", f"/api/resource/{ENROLMENT}", json={"participant": yusuf, "module": computer.name})
	)

	refused = activate(lise, enrolment["name"])
	assert refused.status_code == 417
	expired_on = site.utils.getdate(days_from_today(-1))
	assert fr("The social-worker contract expired on {1}.", None, expired_on) in said(refused)
	assert status_of(site, enrolment["name"]) == "Proposed"

	# A renewed contract lets the participant start.
	signed_contract(lise, yusuf, "Social worker", users)
	assert activate(lise, enrolment["name"]).status_code == 200
	assert status_of(site, enrolment["name"]) == "Active"


# Default rules: set per CPAS by its manager, copied by each new contract


def test_a_contract_copies_liege_defaults_and_keeps_what_lise_adjusts(
	users, people, liege_defaults, participants
):
	lise = people["liege_staff"]
	amina = participants["amina"].name
	copied = data_of(new_contract(lise, amina, "Intake", counterpart=users["liege_staff"]))
	assert {
		field: copied[field]
		for field in ("min_attendance_rate", "max_unexcused_absences", "max_late_arrivals", "late_period")
	} == {
		"min_attendance_rate": 80,
		"max_unexcused_absences": 3,
		"max_late_arrivals": 2,
		"late_period": "Per month",
	}
	adjusted = data_of(
		new_contract(
			lise,
			amina,
			"Intake",
			counterpart=users["liege_staff"],
			min_attendance_rate=90,
			max_late_arrivals=0,
		)
	)
	assert (
		adjusted["min_attendance_rate"],
		adjusted["max_late_arrivals"],
		adjusted["max_unexcused_absences"],
	) == (90, 0, 3)


def test_only_a_liege_manager_changes_liege_defaults(site, users, people, liege_defaults, participants):
	lise, luc, geert = people["liege_staff"], people["liege_manager"], people["gent_manager"]
	path = f"/api/resource/{DEFAULTS}/LIEGE"
	try:
		# The whole network may read the defaults (no personal data); only Luc may change them.
		assert api(geert, "get", path).status_code == 200
		assert api(lise, "put", path, json={"min_attendance_rate": 50}).status_code == 403
		assert api(geert, "put", path, json={"min_attendance_rate": 50}).status_code == 403
		changed = api(
			luc,
			"put",
			path,
			json={"min_attendance_rate": 75, "max_late_arrivals": 1, "late_period": "Per week"},
		)
		assert changed.status_code == 200, said(changed)
		copied = data_of(
			new_contract(lise, participants["amina"].name, "Social worker", counterpart=users["liege_staff"])
		)
		assert (copied["min_attendance_rate"], copied["max_late_arrivals"], copied["late_period"]) == (
			75,
			1,
			"Per week",
		)
		too_high = api(luc, "put", path, json={"min_attendance_rate": 120})
		assert too_high.status_code == 417
		assert fr("The minimum attendance rate must lie between 0 and 100 %, not {0}.", 120) in said(too_high)
		site.db.rollback()
		assert site.db.get_value(DEFAULTS, "LIEGE", "min_attendance_rate") == 75
	finally:
		site.get_doc(DEFAULTS, "LIEGE").update(liege_defaults).save(ignore_permissions=True)
		site.db.commit()


# Bad input: refused with a clear message, nothing saved


def test_bad_contracts_are_refused_and_nothing_is_saved(
	site, users, people, liege_defaults, catalogue, participants
):
	lise = people["liege_staff"]
	nadia = participants["bad_input"].name
	before = contracts_count(site)
	cases = [
		(
			{"contract_type": "Intake", "min_attendance_rate": 101},
			fr("The minimum attendance rate must lie between 0 and 100 %, not {0}.", 101),
		),
		(
			{"contract_type": "Intake", "min_attendance_rate": -5},
			fr("The minimum attendance rate must lie between 0 and 100 %, not {0}.", -5),
		),
		({"contract_type": "Module"}, None),
		(
			{"contract_type": "Module", "module": catalogue["gent_course"].name},
			fr("The module belongs to CPAS {0}, not to CPAS {1}.", "GENT", "LIEGE"),
		),
		(
			{
				"contract_type": "Intake",
				"valid_until": "2026-01-01",
				"signed_by_participant": 1,
				"signed_on": "2026-02-01",
			},
			fr("The contract cannot end ({0}) before it is signed ({1}).", "2026-01-01", "2026-02-01"),
		),
	]
	for fields, message in cases:
		response = new_contract(lise, nadia, counterpart=users["liege_staff"], **fields)
		assert response.status_code == 417, (fields, response.text[:300])
		if message:
			assert message in said(response), (fields, said(response))
	# A module contract without a module: the module is mandatory for that kind.
	no_module = new_contract(lise, nadia, "Module", counterpart=users["liege_staff"])
	assert "module" in said(no_module).lower()

	# A contract for a participant of another CPAS: Lise is not bound to Gent.
	gent = new_contract(lise, participants["griet_client"].name, "Intake", counterpart=users["liege_staff"])
	assert gent.status_code in (403, 417)
	assert contracts_count(site) == before


# The printed contract


def pdf_text(content: bytes) -> str:
	from pypdf import PdfReader

	reader = PdfReader(io.BytesIO(content))
	text = " ".join(page.extract_text() for page in reader.pages)
	return " ".join(text.replace("\ufb01", "fi").replace("\ufb02", "fl").split())


def test_the_contract_pdf_shows_the_rules_in_both_languages(
	site, users, people, liege_defaults, catalogue, participants, tmp_path
):
	lise = people["liege_staff"]
	contract = signed_contract(
		lise, participants["amina"].name, "Module", users, module=catalogue["creative"].name
	)
	pdf = api(
		lise,
		"get",
		"/api/method/frappe.utils.print_format.download_pdf",
		params={"doctype": CONTRACT, "name": contract["name"], "format": "Participant Contract FR NL"},
	)
	assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF"), pdf.text[:300]
	text = pdf_text(pdf.content)
	for lang, name in (
		("fr", catalogue["creative"].module_name_fr),
		("nl", catalogue["creative"].module_name_nl),
	):
		expected = [
			site._("Contract for the module {0}", lang=lang).format(name),
			site._("I come to at least {0} % of the activities.", lang=lang).format(80),
			site._("I am absent without a valid reason at most {0} times.", lang=lang).format(3),
			site._("I arrive late at most {0} times a month.", lang=lang).format(2),
			site._("Signature of the participant", lang=lang),
		]
		for sentence in expected:
			assert " ".join(sentence.split()) in text, (lang, sentence)
	assert (
		"Contract van de deelnemer" not in text
	)  # the Dutch sentences come from the translations, not labels

	# The one-language contract holds French only.
	french = api(
		lise,
		"get",
		"/api/method/frappe.utils.print_format.download_pdf",
		params={"doctype": CONTRACT, "name": contract["name"], "format": "Participant Contract FR"},
	)
	french_text = pdf_text(french.content)
	assert site._("I come to at least {0} % of the activities.", lang="fr").format(80) in french_text
	assert site._("I come to at least {0} % of the activities.", lang="nl").format(80) not in french_text

	# The page renders as an image (what the participant gets on paper).
	if shutil.which("pdftoppm"):
		(tmp_path / "contract.pdf").write_bytes(pdf.content)
		subprocess.run(
			[
				"pdftoppm",
				"-r",
				"40",
				"-png",
				"-f",
				"1",
				"-l",
				"1",
				str(tmp_path / "contract.pdf"),
				str(tmp_path / "page"),
			],
			check=True,
		)
		pages = list(tmp_path.glob("page*.png"))
		assert pages and pages[0].stat().st_size > 2000


# Gent users must not see Liège contracts by any path


def names_in(response) -> set:
	body = response.json()
	data = body.get("data", body.get("message"))
	if isinstance(data, dict) and "values" in data:  # reportview.get packs keys and values
		return {dict(zip(data["keys"], row, strict=False)).get("name") for row in data["values"]}
	return {row.get("name") if isinstance(row, dict) else row for row in data or []}


@pytest.fixture(scope="module")
def liege_contract(people, users, liege_defaults, catalogue, participants):
	contract = signed_contract(
		people["liege_staff"], participants["amina"].name, "Module", users, module=catalogue["creative"].name
	)
	return contract


@pytest.mark.parametrize("who", ["gent_staff", "gent_manager"])
def test_gent_users_cannot_see_liege_contracts_by_any_path(who, people, participants, liege_contract):
	gent = people[who]
	name = liege_contract["name"]
	secret = participants["amina"].last_name
	fields = json.dumps([f"`tab{CONTRACT}`.`name`", f"`tab{CONTRACT}`.`participant_name`"])

	listed = api(
		gent,
		"get",
		f"/api/resource/{CONTRACT}",
		params={"fields": json.dumps(["name", "participant_name"]), "limit_page_length": 0},
	)
	assert listed.status_code == 200 and name not in names_in(listed) and secret not in listed.text

	assert api(gent, "get", f"/api/resource/{CONTRACT}/{name}").status_code == 403
	got = api(gent, "get", "/api/method/frappe.client.get", params={"doctype": CONTRACT, "name": name})
	assert got.status_code == 403 and secret not in got.text
	form = api(
		gent, "get", "/api/method/frappe.desk.form.load.getdoc", params={"doctype": CONTRACT, "name": name}
	)
	assert form.status_code == 403 and secret not in form.text

	client_list = api(
		gent,
		"get",
		"/api/method/frappe.client.get_list",
		params={"doctype": CONTRACT, "fields": fields, "limit_page_length": 0},
	)
	assert name not in names_in(client_list) and secret not in client_list.text
	value = api(
		gent,
		"get",
		"/api/method/frappe.client.get_value",
		params={"doctype": CONTRACT, "filters": json.dumps({"name": name}), "fieldname": "participant_name"},
	)
	assert secret not in value.text
	count = api(
		gent,
		"get",
		"/api/method/frappe.client.get_count",
		params={"doctype": CONTRACT, "filters": json.dumps({"name": name})},
	)
	assert count.json()["message"] == 0

	for flag in (0, 1):
		for txt in (UID, name, secret):
			search = api(
				gent,
				"get",
				"/api/method/frappe.desk.search.search_link",
				params={"doctype": CONTRACT, "txt": txt, "ignore_user_permissions": flag, "page_length": 50},
			)
			assert search.status_code == 200
			assert (
				name not in {row["value"] for row in search.json()["message"]} and secret not in search.text
			)

	report = api(
		gent,
		"post",
		"/api/method/frappe.desk.reportview.get",
		data={"doctype": CONTRACT, "fields": fields, "page_length": 500},
	)
	assert report.status_code == 200 and name not in names_in(report) and secret not in report.text

	page = api(
		gent,
		"get",
		"/printview",
		params={"doctype": CONTRACT, "name": name, "format": "Participant Contract FR NL"},
	)
	assert secret not in page.text
	assert page.status_code == 403 or "permission" in page.text.lower()
	pdf = api(
		gent,
		"get",
		"/api/method/frappe.utils.print_format.download_pdf",
		params={"doctype": CONTRACT, "name": name, "format": "Participant Contract FR NL"},
	)
	assert pdf.status_code == 403 and not pdf.content.startswith(b"%PDF")

	export = api(
		gent,
		"post",
		"/api/method/frappe.desk.reportview.export_query",
		data={"doctype": CONTRACT, "file_format_type": "CSV", "fields": fields, "filters": json.dumps([])},
	)
	assert name not in export.text and secret not in export.text


def test_lise_sees_her_own_contract_by_the_same_paths(people, participants, liege_contract):
	lise = people["liege_staff"]
	name = liege_contract["name"]
	assert api(lise, "get", f"/api/resource/{CONTRACT}/{name}").status_code == 200
	listed = api(lise, "get", f"/api/resource/{CONTRACT}", params={"limit_page_length": 0})
	assert name in names_in(listed)
	search = api(
		lise, "get", "/api/method/frappe.desk.search.search_link", params={"doctype": CONTRACT, "txt": name}
	)
	assert name in {row["value"] for row in search.json()["message"]}
	page = api(
		lise,
		"get",
		"/printview",
		params={"doctype": CONTRACT, "name": name, "format": "Participant Contract FR NL"},
	)
	assert page.status_code == 200 and participants["amina"].last_name in page.text


def test_the_spp_reads_no_contract(people, liege_contract):
	spp = people["spp_manager"]
	assert api(spp, "get", f"/api/resource/{CONTRACT}/{liege_contract['name']}").status_code == 403
	listed = api(spp, "get", f"/api/resource/{CONTRACT}")
	assert listed.status_code == 403 or liege_contract["name"] not in names_in(listed)


def test_gent_reads_the_liege_catalogue_but_neither_changes_it_nor_sees_enrolments(
	site, people, catalogue, participants
):
	geert, lise = people["gent_manager"], people["liege_staff"]
	creative = catalogue["creative"].name
	# The catalogue is shared knowledge of the network.
	assert api(geert, "get", f"/api/resource/Activity Module/{creative}").status_code == 200
	assert (
		api(geert, "put", f"/api/resource/Activity Module/{creative}", json={"capacity": 99}).status_code
		== 403
	)
	# Staff read their own catalogue; changing it is for the CPAS Manager.
	assert (
		api(lise, "put", f"/api/resource/Activity Module/{creative}", json={"capacity": 99}).status_code
		== 403
	)
	site.db.rollback()
	assert site.db.get_value("Activity Module", creative, "capacity") == 12
	# Who is enrolled is personal data of Liège.
	proposed = site.get_doc(
		{"doctype": ENROLMENT, "participant": participants["bad_input"].name, "module": creative}
	).insert(ignore_permissions=True)
	site.db.commit()
	enrolments = site.get_all(ENROLMENT, filters={"module": creative}, pluck="name")
	assert proposed.name in enrolments
	listed = api(geert, "get", f"/api/resource/{ENROLMENT}", params={"limit_page_length": 0})
	assert not set(enrolments) & names_in(listed)
	assert api(geert, "get", f"/api/resource/{ENROLMENT}/{proposed.name}").status_code == 403
	# Nor can Geert enrol a Liège participant in a Gent module.
	refused = api(
		geert,
		"post",
		f"/api/resource/{ENROLMENT}",
		json={"participant": participants["amina"].name, "module": catalogue["gent_course"].name},
	)
	assert refused.status_code in (403, 417)
	site.db.rollback()
	assert not site.db.exists(
		ENROLMENT, {"participant": participants["amina"].name, "module": catalogue["gent_course"].name}
	)

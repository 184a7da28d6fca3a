"""A participant's way in: referral, consent, intake and its approval, erasure, bulk referral.

Liège staff (Lise) and her manager (Luc), Gent staff (Griet) and her manager (Geert) work
over HTTP against gunicorn on 127.0.0.1, as they would from the desk or a script.
"""

import json
import time
import uuid

import pytest

from tests.integration.support import messages_of

UID = uuid.uuid4().hex[:8]
INTAKE = "Intake Assessment"
APPLY = "/api/method/frappe.model.workflow.apply_workflow"
REASON = "/api/method/amif_network.api.participants.record_decision_reason"
PARTICIPANTS = "/api/method/amif_network.api.participants"


def fr(text: str) -> str:
	"""The French translation the Liège users read."""
	import frappe

	return frappe._(text, lang="fr")


def api(http, method, path, **kwargs):
	return getattr(http, method)(http.base_url + path, **kwargs)


def data_of(response):
	body = response.json()
	return body.get("data", body.get("message"))


CREATED: list[str] = []


@pytest.fixture(scope="module", autouse=True)
def clean_up(site):
	"""Remove what the stories created: participants with their consents, intakes, enrolments, history."""
	yield
	site.db.rollback()
	names = CREATED + site.get_all("Participant", filters={"last_name": ["like", f"%{UID}%"]}, pluck="name")
	intakes = site.get_all(INTAKE, filters={"participant": ["in", names or [""]]}, pluck="name")
	consents = site.get_all(
		"Participant Consent", filters={"participant": ["in", names or [""]]}, pluck="name"
	)
	enrolments = site.get_all(
		"Module Enrolment", filters={"participant": ["in", names or [""]]}, pluck="name"
	)
	for doctype, docnames in (
		(INTAKE, intakes),
		("Participant Consent", consents),
		("Module Enrolment", enrolments),
		("Participant", names),
	):
		if docnames:
			site.db.delete("Version", {"ref_doctype": doctype, "docname": ["in", docnames]})
			site.db.delete("Comment", {"reference_doctype": doctype, "reference_name": ["in", docnames]})
			site.db.delete(doctype, {"name": ["in", docnames]})
	if intakes:
		site.db.delete("Intake Module Proposal", {"parent": ["in", intakes]})
		site.db.delete("Notification Log", {"document_type": INTAKE, "document_name": ["in", intakes]})
	site.db.delete("Activity Module", {"module_name_fr": ["like", f"%{UID}"]})
	for file in site.get_all(
		"File", filters={"file_name": ["like", f"referrals-{UID}%"]}, fields=["name", "attached_to_name"]
	):
		site.db.delete("Data Import Log", {"data_import": file.attached_to_name})
		site.db.delete("Data Import", {"name": file.attached_to_name})
		site.delete_doc("File", file.name, ignore_permissions=True, force=True)
	site.db.commit()


@pytest.fixture(scope="module")
def people(server, users):
	return {key: server.session(email) for key, email in users.items()}


@pytest.fixture(scope="module")
def modules(site):
	"""Two Liège modules and one Gent module of the catalogue."""
	frappe = site
	made = {}
	for key, cpas, kind in (
		("liege_workshop", "LIEGE", "Collective workshop"),
		("liege_coaching", "LIEGE", "Individual follow-up"),
		("gent_course", "GENT", "Language course"),
	):
		made[key] = (
			frappe.get_doc(
				{
					"doctype": "Activity Module",
					"cpas": cpas,
					"module_name_fr": f"{kind} {UID}",
					"kind": kind,
					"is_active": 1,
				}
			)
			.insert(ignore_permissions=True)
			.name
		)
	frappe.db.commit()
	return made


def new_participant(http, last_name, cpas="LIEGE", **extra):
	record = {
		"cpas": cpas,
		"first_name": "Amina",
		"last_name": last_name,
		"date_of_birth": "1990-05-03",
	} | extra
	response = api(http, "post", "/api/resource/Participant", json=record)
	if response.status_code == 200:
		CREATED.append(data_of(response)["name"])
	return response


def give_consent(http, participant, kind="Processing for the project"):
	response = api(
		http,
		"post",
		"/api/resource/Participant Consent",
		json={"participant": participant, "consent_type": kind, "given": 1, "given_on": "2026-01-05"},
	)
	assert response.status_code == 200, messages_of(response)
	return data_of(response)["name"]


def new_intake(http, participant, modules=()):
	response = api(
		http,
		"post",
		f"/api/resource/{INTAKE}",
		json={
			"participant": participant,
			"interview_date": "2026-01-06",
			"goals": "Speak French at the market",
			"proposed_modules": [{"module": m, "approved": 1} for m in modules],
		},
	)
	assert response.status_code == 200, messages_of(response)
	return data_of(response)["name"]


def act(http, intake, action):
	doc = {"doctype": INTAKE, "name": intake}
	return api(http, "post", APPLY, json={"doc": json.dumps(doc), "action": action})


def state_of(site, intake):
	site.db.rollback()  # see what the server committed
	return site.db.get_value(INTAKE, intake, ["workflow_state", "docstatus"], as_dict=True)


def status_of(site, participant):
	site.db.rollback()
	return site.db.get_value("Participant", participant, "status")


@pytest.fixture
def referred(people):
	"""A fresh Liège participant referred by Lise, with a processing consent."""
	response = new_participant(people["liege_staff"], f"Referee{uuid.uuid4().hex[:8]}")
	assert response.status_code == 200, messages_of(response)
	name = data_of(response)["name"]
	give_consent(people["liege_staff"], name)
	return name


def pending_intake(people, participant, modules=()):
	intake = new_intake(people["liege_staff"], participant, modules)
	response = act(people["liege_staff"], intake, "Submit for Approval")
	assert response.status_code == 200, messages_of(response)
	return intake


def test_the_whole_way_from_referral_to_active_with_proposed_enrolments(site, users, people, modules):
	lise, luc = people["liege_staff"], people["liege_manager"]
	response = new_participant(lise, f"Whole{UID}", nationality="Morocco")
	assert response.status_code == 200, messages_of(response)
	participant = data_of(response)
	assert participant["status"] == "Referred" and participant["nationality_group"] == "non-EU"
	give_consent(lise, participant["name"])

	intake = new_intake(lise, participant["name"], [modules["liege_workshop"], modules["liege_coaching"]])
	assert status_of(site, participant["name"]) == "In intake"
	# Luc leaves the coaching out before deciding: only approved modules become enrolments.
	assert act(lise, intake, "Submit for Approval").status_code == 200
	assert state_of(site, intake).workflow_state == "Pending approval"
	# Luc hears of it, in French.
	notices = site.get_all(
		"Notification Log",
		filters={"document_name": intake, "for_user": users["liege_manager"]},
		pluck="subject",
	)
	assert notices == [fr("The intake of {0} is waiting for your approval.").format(f"Amina Whole{UID}")]

	assert (
		api(luc, "post", REASON, json={"intake": intake, "reason": "Obstacles are not described"}).status_code
		== 200
	)
	assert act(luc, intake, "Send Back").status_code == 200
	assert state_of(site, intake).workflow_state == "Sent back"

	doc = data_of(api(lise, "get", f"/api/resource/{INTAKE}/{intake}"))
	doc["obstacles"] = "No childcare on Tuesdays"
	doc["proposed_modules"][1]["approved"] = 0
	assert api(lise, "put", f"/api/resource/{INTAKE}/{intake}", json=doc).status_code == 200
	assert act(lise, intake, "Resubmit").status_code == 200
	assert state_of(site, intake).workflow_state == "Pending approval"

	response = act(luc, intake, "Approve")
	assert response.status_code == 200, messages_of(response)
	assert state_of(site, intake) == {"workflow_state": "Approved", "docstatus": 1}
	assert status_of(site, participant["name"]) == "Active"
	enrolments = site.get_all(
		"Module Enrolment", filters={"participant": participant["name"]}, fields=["module", "status", "cpas"]
	)
	assert [(e.module, e.status, e.cpas) for e in enrolments] == [
		(modules["liege_workshop"], "Proposed", "LIEGE")
	]
	approved = site.get_doc(INTAKE, intake)
	assert (approved.submitted_by, approved.decided_by) == (users["liege_staff"], users["liege_manager"])
	# The change history keeps each step of the participant and the intake.
	assert site.db.count("Version", {"ref_doctype": "Participant", "docname": participant["name"]}) >= 2
	assert site.db.count("Version", {"ref_doctype": INTAKE, "docname": intake}) >= 4


def test_staff_cannot_approve_even_through_rest(site, people, referred):
	intake = pending_intake(people, referred)
	response = act(people["liege_staff"], intake, "Approve")
	assert response.status_code != 200
	assert fr("Not a valid Workflow Action") in messages_of(response)
	assert state_of(site, intake).workflow_state == "Pending approval"
	assert status_of(site, referred) == "In intake"
	# Nor can she rewrite it while it waits for Luc.
	edit = api(
		people["liege_staff"],
		"put",
		f"/api/resource/{INTAKE}/{intake}",
		json={"goals": "Changed behind his back"},
	)
	assert edit.status_code == 417
	assert fr(
		"While the intake is pending approval, only a CPAS Manager of the participant's CPAS can change it."
	) in messages_of(edit)
	site.db.rollback()
	assert site.db.get_value(INTAKE, intake, "goals") == "Speak French at the market"


def test_a_send_back_or_reject_without_reason_is_refused_and_nothing_moves(site, people, referred):
	intake = pending_intake(people, referred)
	for action, message in (
		("Send Back", "Give the reason for sending the intake back."),
		("Reject", "Give the reason for rejecting the intake."),
	):
		response = act(people["liege_manager"], intake, action)
		assert response.status_code == 417, messages_of(response)
		assert fr(message) in messages_of(response)
		assert fr(message) != message  # the Liège manager reads it in French
		assert state_of(site, intake).workflow_state == "Pending approval"
	assert status_of(site, referred) == "In intake"


def test_a_rejection_with_reason_withdraws_the_new_participant(site, people, referred):
	intake = pending_intake(people, referred)
	assert api(
		people["liege_manager"], "post", REASON, json={"intake": intake, "reason": "Lives outside Liège"}
	).ok
	response = act(people["liege_manager"], intake, "Reject")
	assert response.status_code == 200, messages_of(response)
	assert state_of(site, intake) == {"workflow_state": "Rejected", "docstatus": 1}
	assert status_of(site, referred) == "Withdrawn"


def test_staff_cannot_write_the_managers_reason(people, referred):
	intake = pending_intake(people, referred)
	response = api(people["liege_staff"], "post", REASON, json={"intake": intake, "reason": "I decide"})
	assert response.status_code == 417


def test_no_approval_without_a_valid_processing_consent(site, people, modules):
	lise, luc = people["liege_staff"], people["liege_manager"]
	participant = data_of(new_participant(lise, f"Noconsent{UID}"))["name"]
	give_consent(lise, participant, kind="Photo and film")
	intake = pending_intake(people, participant, [modules["liege_workshop"]])
	response = act(luc, intake, "Approve")
	assert response.status_code == 417
	assert fr(
		"The participant has no valid consent to the processing of their data for the project: an intake cannot be approved without it."
	) in messages_of(response)
	assert state_of(site, intake).workflow_state == "Pending approval"
	assert status_of(site, participant) == "In intake"
	assert not site.db.exists("Module Enrolment", {"participant": participant})


def test_a_manager_never_approves_an_intake_of_their_own(site, people, referred):
	luc = people["liege_manager"]
	# Luc writes and submits the intake himself (he also works as staff) ...
	intake = new_intake(luc, referred)
	assert act(luc, intake, "Submit for Approval").status_code == 200
	response = act(luc, intake, "Approve")
	assert response.status_code != 200
	assert fr("Self approval is not allowed") in messages_of(response) or fr(
		"You cannot decide on an intake you created or submitted yourself: another CPAS Manager must do it."
	) in messages_of(response)
	assert state_of(site, intake).workflow_state == "Pending approval"


def test_a_manager_cannot_approve_an_intake_he_submitted_for_staff(site, people, referred):
	lise, luc = people["liege_staff"], people["liege_manager"]
	intake = new_intake(lise, referred)
	assert act(luc, intake, "Submit for Approval").status_code == 200
	response = act(luc, intake, "Approve")
	assert response.status_code == 417
	assert fr(
		"You cannot decide on an intake you created or submitted yourself: another CPAS Manager must do it."
	) in messages_of(response)
	assert state_of(site, intake).workflow_state == "Pending approval"


def test_a_gent_manager_cannot_see_or_act_on_a_liege_intake(site, people, referred):
	geert = people["gent_manager"]
	intake = pending_intake(people, referred)
	assert api(geert, "get", f"/api/resource/{INTAKE}/{intake}").status_code == 403
	listed = data_of(api(geert, "get", f"/api/resource/{INTAKE}", params={"limit_page_length": 0}))
	assert intake not in {row["name"] for row in listed}
	for action in ("Approve", "Send Back", "Reject"):
		response = act(geert, intake, action)
		assert response.status_code in (403, 417), response.text
	assert api(geert, "post", REASON, json={"intake": intake, "reason": "x"}).status_code in (403, 417)
	assert state_of(site, intake).workflow_state == "Pending approval"
	assert api(geert, "get", f"/api/resource/Participant/{referred}").status_code == 403
	consents = data_of(
		api(
			geert,
			"get",
			"/api/resource/Participant Consent",
			params={"filters": json.dumps({"participant": referred})},
		)
	)
	assert consents == []


def test_an_intake_for_a_participant_of_another_cpas_is_refused(site, people, referred):
	"""Griet (Gent) links a Liège participant: refused in Dutch, nothing saved."""
	import frappe

	griet = people["gent_staff"]
	expected = frappe._(
		"Participant {0} belongs to another CPAS: you cannot record data for them.", lang="nl"
	)
	for doctype, record in (
		(INTAKE, {"participant": referred, "interview_date": "2026-01-06"}),
		(
			"Participant Consent",
			{"participant": referred, "consent_type": "Photo and film", "given_on": "2026-01-05"},
		),
	):
		response = api(griet, "post", f"/api/resource/{doctype}", json=record)
		assert response.status_code == 417
		assert expected.format(referred) in messages_of(response)
	site.db.rollback()
	assert site.db.count(INTAKE, {"participant": referred}) == 0
	assert site.db.count("Participant Consent", {"participant": referred}) == 1  # Lise's own


def test_a_birth_date_in_the_future_is_refused_and_nothing_saved(site, people):
	last_name = f"Future{UID}"
	response = new_participant(people["liege_staff"], last_name, date_of_birth="2999-01-01")
	assert response.status_code == 417
	assert fr("The date of birth {0} lies in the future.").format("2999-01-01") in messages_of(response)
	site.db.rollback()
	assert not site.db.exists("Participant", {"last_name": last_name})


def test_a_possible_duplicate_needs_a_managers_confirmation(site, people):
	lise, luc = people["liege_staff"], people["liege_manager"]
	first = data_of(new_participant(lise, f"Lévêque-Martin{UID}"))["name"]
	again = new_participant(lise, f"LEVEQUE MARTIN{UID}")
	assert again.status_code == 417 and first in messages_of(again)
	# Lise ticking the confirmation herself does not help: only a CPAS Manager may confirm.
	assert new_participant(lise, f"leveque-martin{UID}", duplicate_confirmed=1).status_code == 417
	confirmed = new_participant(luc, f"Leveque-Martin{UID}", duplicate_confirmed=1)
	assert confirmed.status_code == 200, messages_of(confirmed)
	assert data_of(confirmed)["duplicate_confirmed_by"] == "liege.manager@amif.test"
	# A Gent namesake with the same birth date is another CPAS's business: no duplicate there.
	assert new_participant(people["gent_staff"], f"Leveque-Martin{UID}", cpas="GENT").status_code == 200
	site.db.rollback()
	assert (
		site.db.count(
			"Participant",
			{"cpas": "LIEGE", "last_name": ["like", f"%{UID}"], "full_name": ["like", "%Martin%"]},
		)
		== 2
	)


def test_the_status_cannot_be_typed_by_hand(site, people, referred):
	response = api(
		people["liege_manager"], "put", f"/api/resource/Participant/{referred}", json={"status": "Active"}
	)
	assert response.status_code == 417
	assert status_of(site, referred) == "Referred"


def test_sensitive_fields_are_for_the_manager_only(site, people, referred):
	luc, lise = people["liege_manager"], people["liege_staff"]
	response = api(
		luc,
		"put",
		f"/api/resource/Participant/{referred}",
		json={"health_condition": "Back pain, no lifting"},
	)
	assert response.status_code == 200, messages_of(response)
	assert (
		data_of(api(luc, "get", f"/api/resource/Participant/{referred}"))["health_condition"]
		== "Back pain, no lifting"
	)
	assert "health_condition" not in data_of(api(lise, "get", f"/api/resource/Participant/{referred}"))
	assert api(people["spp_manager"], "get", f"/api/resource/Participant/{referred}").status_code == 403


def tables_holding(site, text: str) -> set[str]:
	"""Every table of the site with a text column containing `text`."""
	columns = site.db.sql(
		"""select table_name, column_name from information_schema.columns
		where table_schema = database() and data_type in ('varchar', 'text', 'mediumtext', 'longtext', 'json')"""
	)
	by_table: dict[str, list[str]] = {}
	for table, column in columns:
		by_table.setdefault(table, []).append(column)
	found = set()
	for table, names in by_table.items():
		condition = " or ".join(f"`{name}` like %(text)s" for name in names)
		if site.db.sql(f"select 1 from `{table}` where {condition} limit 1", {"text": f"%{text}%"}):
			found.add(table)
	return found


def all_values(site, doctype, filters) -> str:
	rows = site.db.get_all(doctype, filters=filters, fields=["*"])
	return json.dumps(rows, default=str)


def test_after_anonymisation_no_column_holds_the_former_name(site, people, modules):
	lise, luc = people["liege_staff"], people["liege_manager"]
	secret = uuid.uuid4().hex[:10]  # this person's alone: the whole database is searched for it
	last_name = f"Erasable{secret}"
	participant = data_of(
		new_participant(lise, last_name, first_name=f"Zainab{secret}", phone="+32 470 00 00 00")
	)["name"]
	api(lise, "put", f"/api/resource/Participant/{participant}", json={"last_name": f"{last_name}-Okafor"})
	consent = give_consent(lise, participant)
	intake = pending_intake(people, participant, [modules["liege_workshop"]])
	api(luc, "post", REASON, json={"intake": intake, "reason": f"Ask Zainab{secret} about Tuesdays"})
	assert act(luc, intake, "Send Back").status_code == 200
	assert act(lise, intake, "Resubmit").status_code == 200
	assert act(luc, intake, "Approve").status_code == 200
	site.db.rollback()
	before = site.db.count("Participant", {"cpas": "LIEGE"})
	assert last_name in all_values(site, "Version", {"docname": participant})

	# Neither Lise nor a Gent manager may erase; Luc must confirm with the ID.
	assert api(
		lise,
		"post",
		f"{PARTICIPANTS}.anonymise",
		json={"participant": participant, "confirmation": participant},
	).status_code in (403, 417)
	assert api(
		people["gent_manager"],
		"post",
		f"{PARTICIPANTS}.anonymise",
		json={"participant": participant, "confirmation": participant},
	).status_code in (403, 417)
	refused = api(
		luc, "post", f"{PARTICIPANTS}.anonymise", json={"participant": participant, "confirmation": "yes"}
	)
	assert refused.status_code == 417
	site.db.rollback()
	assert site.db.get_value("Participant", participant, "last_name") == f"{last_name}-Okafor"

	done = api(
		luc,
		"post",
		f"{PARTICIPANTS}.anonymise",
		json={"participant": participant, "confirmation": participant},
	)
	assert done.status_code == 200, messages_of(done)
	site.db.rollback()
	records = {
		"Participant": {"name": participant},
		"Participant Consent": {"participant": participant},
		INTAKE: {"participant": participant},
		"Intake Module Proposal": {"parent": intake},
		"Module Enrolment": {"participant": participant},
		"Version": {"docname": ["in", [participant, consent, intake]]},
		"Comment": {"reference_name": ["in", [participant, consent, intake]]},
	}
	for doctype, filters in records.items():
		text = all_values(site, doctype, filters)
		for former in (last_name, f"Zainab{secret}", "470 00 00"):
			assert former.lower() not in text.lower(), f"{doctype} still holds {former}"
	# Nor does any other table of the site (logs, notifications, mails, search index).
	assert tables_holding(site, secret) == set()
	# History and counts stay: the records and their versions are still there.
	assert site.db.count("Participant", {"cpas": "LIEGE"}) == before
	assert site.db.count("Version", {"docname": participant}) >= 2
	assert site.db.get_value("Participant", participant, ["status", "anonymised"]) == ("Active", 1)
	assert site.db.get_value(INTAKE, intake, "workflow_state") == "Approved"


def upload_import(http, rows) -> str:
	"""Lise's bulk referral: a CSV of participants through Frappe's Data Import."""
	header = "CPAS,First Name,Last Name,Date of Birth\n"
	content = header + "".join(",".join(row) + "\n" for row in rows)
	created = api(
		http,
		"post",
		"/api/resource/Data Import",
		json={"reference_doctype": "Participant", "import_type": "Insert New Records"},
	)
	assert created.status_code == 200, messages_of(created)
	name = data_of(created)["name"]
	uploaded = api(
		http,
		"post",
		"/api/method/upload_file",
		files={"file": (f"referrals-{UID}.csv", content.encode(), "text/csv")},
		data={"doctype": "Data Import", "docname": name, "fieldname": "import_file", "is_private": 1},
	)
	assert uploaded.status_code == 200, messages_of(uploaded)
	file_url = data_of(uploaded)["file_url"]
	assert (
		api(http, "put", f"/api/resource/Data Import/{name}", json={"import_file": file_url}).status_code
		== 200
	)
	started = api(
		http,
		"post",
		"/api/method/frappe.core.doctype.data_import.data_import.form_start_import",
		json={"data_import": name},
	)
	assert started.status_code == 200, messages_of(started)
	wait_for_import(http, name)
	return name


def wait_for_import(http, name, seconds=120):
	"""The import runs as a background job (at once only in developer mode): wait for its end."""
	deadline = time.time() + seconds
	while time.time() < deadline:
		status = data_of(api(http, "get", f"/api/resource/Data Import/{name}"))["status"]
		if status != "Pending":
			return status
		time.sleep(1)
	raise AssertionError(f"Data Import {name} still pending after {seconds} s")


def test_a_bulk_referral_cannot_import_into_another_cpas(site, people):
	lise = people["liege_staff"]
	name = upload_import(
		lise,
		[
			["LIEGE", "Nadia", f"Bulkliege{UID}", "1985-02-01"],
			["GENT", "Noor", f"Bulkgent{UID}", "1986-03-02"],
		],
	)
	site.db.rollback()
	assert site.db.exists("Participant", {"last_name": f"Bulkliege{UID}", "cpas": "LIEGE"})
	assert not site.db.exists("Participant", {"last_name": f"Bulkgent{UID}"})
	failed = site.get_all("Data Import Log", filters={"data_import": name, "success": 0}, pluck="messages")
	assert failed and "GENT" in " ".join(failed)
	# Gent staff do not see Lise's import and its file of names.
	assert api(people["gent_staff"], "get", f"/api/resource/Data Import/{name}").status_code == 403


def test_no_enrolment_without_a_valid_processing_consent(site, people, modules):
	lise = people["liege_staff"]
	participant = data_of(new_participant(lise, f"Enrolnoconsent{UID}"))["name"]
	enrolment = {"participant": participant, "module": modules["liege_workshop"], "status": "Proposed"}
	refused = api(lise, "post", "/api/resource/Module Enrolment", json=enrolment)
	assert refused.status_code == 417
	assert fr(
		"The participant has no valid consent to the processing of their data for the project. Record it first."
	) in messages_of(refused)
	give_consent(lise, participant)
	assert api(lise, "post", "/api/resource/Module Enrolment", json=enrolment).status_code == 200

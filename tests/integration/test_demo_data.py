"""The demo data is what the app itself accepts: every record passes its rules again.

`make run` loads fixtures/ through the app's own controllers (amif_network.demo); this test takes
every demo record found on the site and runs its validation again, checks the trajectory rules
over the demo's enrolments, and that every demo CPAS has a running module with sessions and
registers around today. It changes nothing: each validation runs in a transaction rolled back.
"""

import json
from datetime import timedelta

import pytest

from tests.integration.support import FIXTURES

DEMO_CPAS = ("LIEGE", "GENT", "CHARLEROI", "ANTWERPEN", "BRUXELLES")
# Records the loader keeps by another key, or not documents: they are checked by the tests below.
NOT_DOCUMENTS = {"Demo Timetable"}


def demo_records():
	for path in sorted(FIXTURES.glob("*.json")):
		for record in json.loads(path.read_text(encoding="utf-8")):
			yield path.name, record


def _stored_name(frappe, record):
	if record["doctype"] == "User":
		return record["email"] if frappe.db.exists("User", record["email"]) else None
	if frappe.get_meta(record["doctype"]).issingle:
		return record["doctype"]
	if record.get("name"):
		return record["name"] if frappe.db.exists(record["doctype"], record["name"]) else None
	keys = record.get("_match")
	if keys:
		return frappe.db.get_value(record["doctype"], {k: record[k] for k in keys}, "name")
	return None


@pytest.fixture(scope="module")
def demo(site):
	frappe = site
	if not frappe.db.exists("Module Enrolment", "ENR-DEMO-LIEGE-2-ACTIVATION"):
		pytest.skip("the demo data is not loaded on this site")
	return frappe


def test_every_demo_record_passes_the_apps_own_validation_again(demo):
	frappe = demo
	refused, checked = [], 0
	for file_name, record in demo_records():
		if record["doctype"] in NOT_DOCUMENTS or not frappe.db.exists("DocType", record["doctype"]):
			continue  # steps of the demo's story, not documents
		name = _stored_name(frappe, record)
		assert name, (
			f"{file_name}: {record['doctype']} {record.get('name') or record.get('email')} was not loaded"
		)
		doc = frappe.get_doc(record["doctype"], name)
		doc._action = "save"
		doc.load_doc_before_save()
		frappe.db.savepoint("demo_check")
		try:
			doc._validate_links()
			doc._validate_mandatory()
			doc.run_method("validate")
			checked += 1
		except Exception as error:
			refused.append(f"{file_name}: {record['doctype']} {name}: {error}")
		finally:
			frappe.db.rollback(save_point="demo_check")
			frappe.local.message_log = []
	assert not refused, "\n".join(refused)
	assert checked > 150


def test_the_demo_breaks_no_rule_of_the_trajectory(demo):
	from amif_network.amif_activities.report.trajectory_breaches.trajectory_breaches import find_breaches

	demo_breaches = [b for b in find_breaches(ignore_permissions=True) if "-DEMO-" in b.participant]
	assert demo_breaches == []
	# a participant whose trajectory ended keeps no open enrolment; the completed one closed it that day
	for participant in demo.get_all(
		"Participant", {"status": ["in", ["Completed", "Withdrawn"]]}, pluck="name"
	):
		assert not demo.db.exists(
			"Module Enrolment", {"participant": participant, "status": ["in", ["Proposed", "Active"]]}
		), participant
	closed = demo.get_doc("Module Enrolment", "ENR-DEMO-LIEGE-5-ACTIVATION")
	assert closed.status == "Completed" and closed.end_reason


def test_every_demo_cpas_runs_a_module_with_sessions_and_registers_around_today(demo):
	frappe = demo
	today = frappe.utils.getdate()
	for cpas in DEMO_CPAS:
		past = frappe.get_all(
			"Module Session",
			filters={
				"cpas": cpas,
				"session_date": ["between", [today - timedelta(weeks=8), today - timedelta(days=1)]],
			},
			fields=["name", "present_count", "late_count", "absent_count", "excused_count"],
		)
		ahead = frappe.get_all(
			"Module Session",
			filters={"cpas": cpas, "session_date": ["between", [today, today + timedelta(weeks=4)]]},
			pluck="name",
		)
		registered = [s for s in past if s.present_count + s.late_count + s.absent_count + s.excused_count]
		assert len(registered) >= 6, f"{cpas}: {len(registered)} registers in the last 8 weeks"
		assert len(ahead) >= 3, f"{cpas}: {len(ahead)} sessions in the next 4 weeks"
		assert frappe.db.exists("Module Session", {"cpas": cpas, "sensitive_optional": 1})
	# the notices show something: a coming session moved or cancelled, its participants to tell
	assert frappe.db.count("Session Notice", {"participant": ["like", "PART-DEMO-%"]}) >= 3
	# the contract flags show something: at least one demo participant breaks a contract's limit
	assert frappe.db.count("Participant", {"name": ["like", "PART-DEMO-%"], "attendance_flag": 1}) >= 1

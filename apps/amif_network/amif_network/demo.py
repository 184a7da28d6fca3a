"""Demo data of the network, drawn from the network's own documents.

`make run` calls `load` with the repository's `fixtures/` folder:
	bench --site SITE execute amif_network.demo.load --kwargs '{"folder": ".../fixtures"}'
Each JSON file holds a list of documents; files load in name order and loading twice is safe.
Every record goes through the app's own controllers and rules, as a user's would
(`tests/integration/test_demo_data.py` validates every one again).

A "Demo Timetable" entry is not a document: it plans a module's weekly sessions from 8 weeks
before the day the demo is loaded to 4 weeks after it, with the registers of the past weeks, so
the timetable, the attendance cards, the contract flags and the survey lists show something
whatever the day `make run` runs.
"""

import json
import zlib
from datetime import date, timedelta
from pathlib import Path

import frappe
from frappe.model.workflow import apply_workflow
from frappe.utils import getdate, today

DEMO_PASSWORD_KEY = "password"
DEMO_UPDATE = "Demo Update"  # not a DocType: {"document_type", "document_name", "values"}


def load(folder: str) -> list[str]:
	loaded = []
	for path in sorted(Path(folder).glob("*.json")):
		loaded.extend(load_records(path))
	frappe.db.commit()
	return loaded


def load_records(path) -> list[str]:
	names = []
	for record in json.loads(Path(path).read_text(encoding="utf-8")):
		names.append(upsert(record))
	return names


def upsert(record: dict) -> str:
	record = dict(record)
	doctype = record["doctype"]
	if doctype == DEMO_UPDATE:  # a later file adds values to a record of an earlier one
		return _update(record["document_type"], record["document_name"], record.get("values") or {})
	if doctype == "User":
		return _upsert_user(record)
	if doctype == TIMETABLE:
		return plan_timetable(record)
	# a record under a workflow reaches its state through the workflow's own actions
	workflow_actions = record.pop("_workflow_actions", [])
	after_calls = record.pop("_after", [])
	if frappe.get_meta(doctype).issingle:  # settings: the fixture's values are set, then its calls run
		frappe.get_single(doctype).update(record).save(ignore_permissions=True)
		for call in after_calls:
			frappe.get_attr(call["method"])(**call.get("kwargs", {}))
		return doctype
	key = record.get("name") or _natural_key(record)
	if key and frappe.db.exists(doctype, key):
		return key
	doc = frappe.get_doc(record)
	doc.flags.ignore_permissions = True
	doc.insert(ignore_permissions=True, set_name=record.get("name"))
	if record.get("docstatus") == 1 and doc.docstatus == 0:
		doc.submit()
	for action in workflow_actions:
		# {"action": ..., "set": {...}}: values the actor writes just before acting (a reason)
		if isinstance(action, dict):
			if action.get("set"):
				frappe.db.set_value(doctype, doc.name, action["set"])
			action = action["action"]
		doc = apply_workflow(doc, action)
	# later steps of the story, e.g. a trajectory that ended: [{"method": "dotted.path", "kwargs": {...}}]
	for call in after_calls:
		frappe.get_attr(call["method"])(**call.get("kwargs", {}))
	return doc.name


def _update(doctype: str, key: str, values: dict) -> str:
	doc = frappe.get_doc(doctype, key)
	doc.update(values)
	doc.save(ignore_permissions=True)
	return doc.name


def _natural_key(record: dict):
	"""Records without a fixed name are found again by their identifying fields."""
	keys = record.pop("_match", None)
	if not keys:
		return None
	return frappe.db.get_value(record["doctype"], {k: record[k] for k in keys}, "name")


def _upsert_user(record: dict) -> str:
	password = record.pop(DEMO_PASSWORD_KEY, None)
	cpas = record.pop("cpas", [])
	roles = record.pop("roles", [])
	email = record["email"]
	user = frappe.get_doc("User", email) if frappe.db.exists("User", email) else frappe.new_doc("User")
	user.update(record)
	user.send_welcome_email = 0
	user.set("roles", [{"role": role} for role in roles])
	if password:
		user.new_password = password
	user.flags.ignore_password_policy = True
	user.save(ignore_permissions=True)
	for code in cpas:
		if not frappe.db.exists("CPAS Membership", {"user": email, "cpas": code}):
			frappe.get_doc({"doctype": "CPAS Membership", "user": email, "cpas": code}).insert(
				ignore_permissions=True
			)
	return email


# --- timetables relative to the day the demo is loaded ----------------------------------------

TIMETABLE = "Demo Timetable"
WEEKS_BEFORE, WEEKS_AFTER = 8, 4
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def timetable_days(on: date, weekday: str) -> list[tuple[int, date]]:
	"""(week offset, day) of the module's weekday from 8 weeks back to 4 weeks ahead of `on`."""
	monday = on - timedelta(days=on.weekday())
	shift = WEEKDAYS.index(weekday)
	return [(week, monday + timedelta(days=7 * week + shift)) for week in range(-WEEKS_BEFORE, WEEKS_AFTER)]


def register_mark(plan: dict, participant: str, week: int, optional: bool) -> tuple[str, int]:
	"""A plausible, repeatable register line: mostly present, the plan's absentee and latecomer."""
	if participant in plan.get("often_absent", ()) and (week % 2 == 0 or optional):
		return "Absent", 0
	if participant in plan.get("often_late", ()) and week % 3 == 0:
		return "Late", 10 + abs(week)
	if zlib.crc32(f"{participant}{week}".encode()) % 11 == 0:
		return "Excused", 0
	return "Present", 0


def plan_timetable(plan: dict) -> str:
	"""Create the module's sessions of the 12 weeks around today that do not exist yet."""
	module = frappe.db.get_value(
		"Activity Module", plan["module"], ["name", "period_from", "period_to"], as_dict=True
	)
	on = getdate(today())
	themes = plan.get("themes") or [None]
	every = plan.get("optional_every") or 0
	for week, day in timetable_days(on, plan["weekday"]):
		if (module.period_from and day < getdate(module.period_from)) or (
			module.period_to and day > getdate(module.period_to)
		):
			continue
		if frappe.db.exists("Module Session", {"module": module.name, "session_date": day}):
			continue
		optional = bool(every) and (week + WEEKS_BEFORE) % every == every - 1
		session = frappe.get_doc(
			{
				"doctype": "Module Session",
				"module": module.name,
				"session_date": day,
				"start_time": plan["start_time"],
				"end_time": plan["end_time"],
				"place": plan.get("place"),
				"theme": plan.get("optional_theme")
				if optional
				else themes[(week + WEEKS_BEFORE) % len(themes)],
				"sensitive_optional": 1 if optional else 0,
				"trainers": [{"trainer": trainer} for trainer in plan.get("trainers", [])],
			}
		)
		if day < on:
			for row in _enrolled_on(module.name, day):
				status, late = register_mark(plan, row.participant, week, optional)
				session.append(
					"attendance",
					{
						"participant": row.participant,
						"enrolment": row.name,
						"status": status,
						"late_minutes": late,
					},
				)
		session.insert(ignore_permissions=True)
		if week in plan.get("moved_in_weeks", ()) or week in plan.get("cancelled_in_weeks", ()):
			change_session(session, cancel=week in plan.get("cancelled_in_weeks", ()))
	return plan["module"]


def change_session(session, cancel: bool):
	"""A coming session moved a day later, or cancelled: its participants are told at once.

	Saving queues the notices as on any site; the demo also writes them now, so the staff list of
	participants to tell shows them without waiting for the worker (a notice is never written twice).
	"""
	from amif_network.amif_activities import notices
	from amif_network.rules import notices as notice_rules

	if cancel:
		session.cancelled = 1
		session.cancel_reason = "Formateur absent / Begeleider afwezig"
	else:
		session.session_date = getdate(session.session_date) + timedelta(days=1)
	session.save(ignore_permissions=True)
	previous = session.get_doc_before_save()
	changes = notice_rules.session_changes(notices.session_facts(previous), notices.session_facts(session))
	key = notice_rules.change_key(session.name, notices.session_facts(session), changes)
	notices.send_session_notices(session.name, key, changes, str(previous.session_date))


def _enrolled_on(module: str, day: date):
	rows = frappe.get_all(
		"Module Enrolment",
		filters={"module": module, "status": "Active"},
		fields=["name", "participant", "from_date", "to_date"],
		order_by="participant asc",
	)
	return [
		row
		for row in rows
		if (not row.from_date or getdate(row.from_date) <= day)
		and (not row.to_date or day <= getdate(row.to_date))
	]

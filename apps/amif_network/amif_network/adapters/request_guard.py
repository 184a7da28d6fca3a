"""Request guard of the app: a clear 4xx for bad input, no traceback for users who are not System Managers.

`after_request` runs once Frappe has answered and rolled back a failed write, so what it turns
into a 400 has changed nothing. Frappe itself is not changed.
"""

import json

import frappe
from frappe import _

from amif_network.adapters.problems import text
from amif_network.rules import requests as rules

SYSTEM_MANAGER = "System Manager"


def app_doctypes() -> set[str]:
	"""The DocTypes of the app's modules, read at run time (DocTypes are added as the app grows)."""
	cached = frappe.cache.get_value("amif_network:doctypes")
	if cached is None:
		modules = frappe.get_module_list("amif_network")
		cached = frappe.get_all("DocType", filters={"module": ["in", modules]}, pluck="name")
		frappe.cache.set_value("amif_network:doctypes", cached, expires_in_sec=300)
	return set(cached)


def sees_tracebacks(user: str) -> bool:
	return user == "Administrator" or SYSTEM_MANAGER in frappe.get_roles(user)


def before_request():
	"""hooks before_request: Frappe's HTML error pages show a traceback unless told not to."""
	session = getattr(frappe.local, "session", None)
	if not session or not sees_tracebacks(session.user):
		frappe.local.flags.disable_traceback = True
	from amif_network.adapters.values import check_request_values

	check_request_values()


def after_request(response=None, request=None):
	"""hooks after_request: refuse with 400 what Frappe failed on, strip tracebacks."""
	if response is None or request is None or not getattr(response, "is_json", False):
		return
	status = response.status_code
	if status < 400:
		return
	try:
		body = json.loads(response.get_data(as_text=True) or "{}")
	except ValueError:
		return
	if not isinstance(body, dict):
		return
	user = frappe.session.user if getattr(frappe.local, "session", None) else "Guest"
	if rules.guarded_answer(status, body.get("exc_type")) and rules.reaches_app(
		request.path, frappe.form_dict.get("cmd"), dict(frappe.form_dict), app_doctypes()
	):
		last_line = body.get("exception") or _last_traceback_line(body)
		problem = rules.bad_request_problem(body.get("exc_type"), last_line)
		busy = None if problem else rules.busy_problem(body.get("exc_type"), last_line)
	else:
		problem = busy = None
	if busy:
		message = text(busy)
		body["_server_messages"] = json.dumps(
			[json.dumps({"message": message, "title": _("Please try again"), "indicator": "orange"})]
		)
		body["exc_type"], body["message"] = "QueryDeadlockError", message
		response.status_code = 409
	if problem:
		message = text(problem)
		body["_server_messages"] = json.dumps(
			[json.dumps({"message": message, "title": _("Invalid request"), "indicator": "red"})]
		)
		body["exc_type"] = "ValidationError"
		body["message"] = message
		response.status_code = 400
	if not sees_tracebacks(user):
		body = rules.without_traceback(body)
	response.set_data(json.dumps(body))


def _last_traceback_line(body: dict) -> str:
	try:
		tracebacks = json.loads(body.get("exc") or "[]")
	except ValueError:
		return ""
	return tracebacks[-1].strip().splitlines()[-1] if tracebacks and tracebacks[-1].strip() else ""

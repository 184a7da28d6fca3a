"""What the app answers to a malformed request, and what of an error answer a user may read.

Frappe answers some malformed requests with HTTP 500 (child rows that are not objects, JSON that
does not parse, list filters naming unknown columns...). For the app's DocTypes and methods such
an answer is turned into a 400 with a message saying what was wrong; tracebacks, which name the
server's files, are only for System Managers.
"""

import json

from amif_network.rules.messages import Problem, _

# Frappe's generic RPC methods that read or write records of a DocType named in the request.
GENERIC_METHOD_PREFIXES = (
	"frappe.client.",
	"frappe.desk.reportview.",
	"frappe.desk.form.",
	"frappe.desk.search.",
	"frappe.desk.listview.",
	"frappe.desk.query_report.",
	"frappe.model.workflow.",
	"frappe.utils.print_format.",
	"frappe.www.printview.",
	"run_doc_method",
	"frappe.core.doctype.data_import.",
)
APP_METHOD_PREFIX = "amif_network."
# Request arguments that name a DocType in Frappe's generic methods.
DOCTYPE_ARGUMENTS = ("doctype", "parent", "reference_doctype", "dt", "ref_doctype")
# Answer keys that carry a traceback or the server-side source of an error.
TRACEBACK_KEYS = ("exc", "exception", "_exc_source", "_debug_messages")
TRACEBACK_MARKERS = ("Traceback (most recent call last)", 'File "/', "site-packages/", "/apps/")


def method_of(path: str, cmd: str | None = None) -> str | None:
	"""The RPC method a request calls (`/api/method/x` or the older `cmd` form)."""
	if path.startswith("/api/method/"):
		return path[len("/api/method/") :].strip("/") or None
	return cmd or None


def resource_doctype(path: str) -> str | None:
	"""The DocType of a REST resource path (`/api/resource/<doctype>[/<name>]`, v2 `/api/v2/document/`)."""
	for prefix in ("/api/resource/", "/api/v2/document/"):
		if path.startswith(prefix):
			rest = path[len(prefix) :]
			return rest.split("/", 1)[0] or None
	return None


def named_doctypes(arguments: dict) -> set[str]:
	"""DocType names a request mentions: in its arguments or in a document it sends."""
	names = set()
	for key in DOCTYPE_ARGUMENTS:
		value = arguments.get(key)
		if isinstance(value, str):
			names.add(value)
	for key in ("doc", "docs", "doclist"):
		value = arguments.get(key)
		if isinstance(value, str):
			try:
				value = json.loads(value)
			except ValueError:
				continue
		for item in value if isinstance(value, list) else [value]:
			if isinstance(item, dict) and isinstance(item.get("doctype"), str):
				names.add(item["doctype"])
	return names


def reaches_app(path: str, cmd: str | None, arguments: dict, app_doctypes) -> bool:
	"""Does the request reach one of the app's DocTypes or methods?"""
	app_doctypes = set(app_doctypes)
	doctype = resource_doctype(path)
	if doctype:
		return doctype in app_doctypes
	method = method_of(path, cmd)
	if not method:
		return False
	if method.startswith(APP_METHOD_PREFIX):
		return True
	if method.startswith(GENERIC_METHOD_PREFIXES):
		return bool(named_doctypes(arguments) & app_doctypes)
	return False


# Frappe's casting of dates, times and numbers: a 20-digit date overflows, dateutil cannot parse "abc".
DATE_OR_NUMBER_ERRORS = ("OverflowError", "ParserError", "InvalidOperation", "OutOfBoundsDatetime")


def guarded_answer(status: int, exc_type: str | None) -> bool:
	"""Answers the guard looks at: Frappe's 500s, and its 417 for a method argument of the wrong
	type (an English message naming Python types); other 417s carry Frappe's own translated message."""
	return status == 500 or (status == 417 and exc_type == "FrappeTypeError")


# Database errors that say the server, not the request, is in trouble: these stay 5xx.
SERVER_TROUBLE = ("Lost connection", "gone away", "Deadlock", "Lock wait timeout", "Too many connections")


def bad_request_problem(exc_type: str | None, exception_text: str | None) -> Problem | None:
	"""Say, without server details, what was wrong with a request Frappe could not process.

	None when the failure is not the request's fault (a PDF converter or the database failing).
	"""
	text = exception_text or ""
	if "Unknown column" in text:
		problem = _("The request names a field that does not exist.")
	elif exc_type == "JSONDecodeError":
		problem = _("A value sent is not valid JSON.")
	elif exc_type in ("DataError", "DataTooLongError", "CharacterLengthExceededError"):
		problem = _("A value sent is too long or not in the expected format.")
	elif exc_type in DATE_OR_NUMBER_ERRORS:
		problem = _("A date, time or number sent is not valid.")
	elif exc_type == "FrappeTypeError":
		problem = _("A value sent has the wrong type for this method.")
	elif exc_type in ("TypeError", "AttributeError", "KeyError", "IndexError", "ValueError"):
		problem = _("A value sent has the wrong form (for example a table row that is not an object).")
	elif exc_type in ("ProgrammingError", "OperationalError", "InternalError", "SQLError"):
		if any(trouble in text for trouble in SERVER_TROUBLE):
			return None
		problem = _("A filter, field or sort order sent is not valid.")
	else:
		return None
	return Problem(_("{0} Check the values sent: nothing was changed."), (problem,), translated_args=(0,))


# Two writes that wait on each other: the database rolled one back. The request was fine and
# nothing of it was saved, so the user is asked to send it again (409) rather than shown a 5xx.
BUSY_ERRORS = ("QueryDeadlockError", "QueryTimeoutError")
BUSY_TEXTS = ("Deadlock found", "Lock wait timeout")
BUSY = Problem(
	_("The record was busy with another change at the same moment: nothing was saved. Please try again.")
)


def busy_problem(exc_type: str | None, exception_text: str | None) -> Problem | None:
	"""The answer to a write the database gave up on because of another one, or None."""
	if exc_type in BUSY_ERRORS or any(text in (exception_text or "") for text in BUSY_TEXTS):
		return BUSY
	return None


def without_traceback(body: dict) -> dict:
	"""An error answer with the traceback, its source and any server path taken out."""
	clean = {key: value for key, value in body.items() if key not in TRACEBACK_KEYS}
	if isinstance(clean.get("errors"), list):
		clean["errors"] = [
			{k: v for k, v in error.items() if k not in TRACEBACK_KEYS} if isinstance(error, dict) else error
			for error in clean["errors"]
		]
	messages = clean.get("_server_messages")
	if isinstance(messages, str) and any(marker in messages for marker in TRACEBACK_MARKERS):
		try:
			kept = [raw for raw in json.loads(messages) if not has_traceback(str(raw))]
		except ValueError:
			kept = []
		clean["_server_messages"] = json.dumps(kept)
	return clean


def has_traceback(text: str) -> bool:
	return any(marker in text for marker in TRACEBACK_MARKERS)

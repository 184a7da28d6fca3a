"""Systematic bad input: every typed field and every method parameter of the app, a fixed list of
malformed values, as each role, by POST and PUT.

Beside the random fuzz of test_bad_requests.py, nothing here is drawn: the DocTypes, their typed
fields (rows of child tables included) and the whitelisted methods with their parameters are read
at run time, so a new DocType or method joins by itself. Each of the five roles sends every
request: CPAS staff, CPAS manager, the SPP, a network member and a form administrator. Each
answer must be a 4xx without a traceback; a field's value must be refused by a check (the app's or
Frappe's), not by the request guard's last resort, and a refusal of several fields must name each;
the tables of the app must hold the same rows afterwards, and every role must have sent every
field x value x method (a role left out fails the test).
"""

import inspect
import json
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from amif_network.rules.requests import has_traceback
from tests.integration import support

# One user of each role of the app (tests/integration/conftest.py makes them).
ROLES = ("liege_staff", "liege_manager", "spp_manager", "member", "form_admin")
APP_ROLES = {
	"CPAS Staff",
	"CPAS Manager",
	"AMIF Network Manager",
	"AMIF Network Member",
	"AMIF Form Administrator",
}
INFINITY = "__infinity__"  # written as the JSON number 1e999, which Python reads as inf
# None of these is a value any typed field may hold.
MALFORMED = [
	"12345678901234567890",
	12345678901234567890,
	"abc",
	"2026-02-30",
	"%s%s%s",
	"9999-99-99 99:99:99",
	"00:00:99",
	"NaN",
	-1.5e308,
	INFINITY,
	[1, 2],
	{"name": {}},
	"' or 1=1 --",
]
STANDARD = {"name", "owner", "creation", "modified", "modified_by", "idx", "docstatus", "parent"}
# The suite's server runs two gunicorn workers: on two cores more workers gain nothing (the
# requests are CPU-bound); four threads keep both busy, the others' requests wait in its queue.
THREADS = 4
BUSY_RETRIES = 5
# The request guard's last resort: a 500 (Frappe, or a record's own code, failing on a value) it
# turned into a 400. A typed field's malformed value must be refused by a check before that.
LAST_RESORT = 400


def as_json(document: dict) -> str:
	return json.dumps(document, default=str).replace(f'"{INFINITY}"', "1e999")


SCALAR = ("Date", "Datetime", "Time", "Int", "Float", "Currency", "Percent", "Check", "Rating", "Duration")
ONE_BY_ONE = ("Select", "Link", "Dynamic Link", "Table", "Table MultiSelect")


def typed_fields(frappe, doctype: str) -> dict:
	"""A DocType's typed fields: the scalar ones (its own and its tables' rows'), and the others."""
	scalar, one_by_one, rows = [], [], {}
	for df in frappe.get_meta(doctype).fields:
		if df.read_only or df.permlevel:  # Frappe keeps the stored value of these whatever is sent
			continue
		if df.fieldtype in SCALAR:
			scalar.append(df.fieldname)
		elif df.fieldtype in ONE_BY_ONE:
			one_by_one.append(df.fieldname)
		if df.fieldtype in ("Table", "Table MultiSelect"):
			rows[df.fieldname] = [
				f.fieldname for f in frappe.get_meta(df.options).fields if f.fieldtype in SCALAR
			]
	return {"scalar": scalar, "one_by_one": one_by_one, "rows": {t: f for t, f in rows.items() if f}}


def field_names(fields: dict) -> list[str]:
	"""Every typed field of a DocType as the coverage counts it (a row's field as table.field)."""
	rows = [f"{table}.{field}" for table, row in fields["rows"].items() for field in row]
	return fields["scalar"] + rows + fields["one_by_one"]


def base_document(frappe, doctype: str, name: str | None) -> dict:
	"""An existing record as a careless client would send it back: standard fields and row names out."""
	if not name:
		return {}
	doc = frappe.get_doc(doctype, name).as_dict(convert_dates_to_str=True, no_default_fields=True)
	for key, value in list(doc.items()):
		if isinstance(value, list):
			doc[key] = [
				{k: v for k, v in row.items() if k not in STANDARD and k not in ("parentfield", "parenttype")}
				for row in value
			]
	return {k: v for k, v in doc.items() if k not in STANDARD and not k.startswith("_")}


def writable_record(frappe, doctype: str, user: str, fallback: str | None) -> str | None:
	"""The oldest record of a DocType the user may change, so that an update reaches the app's checks;
	any record if the user may change none (their refusal must be a clean 4xx too)."""
	frappe.set_user(user)
	try:
		names = frappe.get_list(doctype, pluck="name", order_by="creation asc", limit=20)
		return next((name for name in names if frappe.has_permission(doctype, "write", name)), fallback)
	except frappe.PermissionError:
		return fallback
	finally:
		frappe.set_user("Administrator")


class Client:
	"""One logged-in session per role and thread, reused for every request of that thread."""

	def __init__(self, server, users):
		self.server, self.users, self.local = server, users, threading.local()
		self.lock = threading.Lock()
		self.sent = 0
		self.statuses = Counter()
		self.created = []

	def send(self, role: str, verb: str, path: str, body: str) -> tuple[int, str]:
		sessions = self.local.__dict__.setdefault("sessions", {})
		if role not in sessions:
			sessions[role] = self.server.session(self.users[role])
		http = sessions[role]
		response = http.request(
			verb, http.base_url + path, data=body, headers={"Content-Type": "application/json"}, timeout=120
		)
		with self.lock:
			self.sent += 1
			if self.sent % 2000 == 0:
				print(f"  {self.sent} requests sent", flush=True)
			self.statuses[response.status_code] += 1
		return response.status_code, response.text


class Sweep:
	"""What one batch of requests found: failures, requests per role and method, what each role sent."""

	def __init__(self):
		self.failures = []
		self.per_role = Counter()
		self.covered = set()
		self.busy = []
		self.elapsed = 0.0


def busy(status: int, text: str) -> bool:
	return status == 409 and '"QueryDeadlockError"' in text


def refused_fields(text: str) -> int:
	"""How many problems a refusal lists: one message, or one item of its list per problem."""
	try:
		messages = [
			json.loads(raw).get("message", "") for raw in json.loads(json.loads(text)["_server_messages"])
		]
	except (ValueError, KeyError, TypeError, AttributeError):
		return 0
	return sum(message.count("<li>") or 1 for message in messages if message)


def fault(status: int, text: str, grouped: int, typed: bool) -> str | None:
	"""What is wrong with an answer to a malformed value, or None for a clean refusal.

	Any request: no 5xx, no traceback. A typed field's value (`typed`): not accepted, and refused by
	a check, not by the request guard's last resort. Scalar fields sent together (`grouped` of them):
	the refusal names each, so that a check missing for one field is not hidden by the others'."""
	if status >= 500 or has_traceback(text):
		return "a server error or a traceback"
	if not typed:
		return None
	if status < 400:
		return "accepted"
	if status == LAST_RESORT:
		return "refused by no check: Frappe or the record's own code failed on the value"
	if grouped and refused_fields(text) != grouped:
		return f"the refusal names {refused_fields(text)} of the {grouped} fields sent"
	return None


def sweep(client: Client, requests: list[tuple], typed: bool = True) -> Sweep:
	"""Send every request (role, verb, path, body, (doctype or method, fields, value index, what,
	fields sent together)) on a few threads; the answers with a fault are failures. A request counts
	as sent by its role once answered; one the database gave up on because of another at the same
	moment (the app's 409 "please try again") is sent again, as the answer asks: it says nothing
	yet of the value sent."""
	found = Sweep()

	def one(request):
		role, verb, path, body, (target, fields, value, what, grouped) = request
		status, text = client.send(role, verb, path, body)
		for attempt in range(BUSY_RETRIES):
			if not busy(status, text):
				break
			with client.lock:
				found.busy.append(f"{role} {verb} {path} {what}")
			time.sleep(0.2 * (attempt + 1))
			status, text = client.send(role, verb, path, body)
		with client.lock:
			found.per_role[role, verb] += 1
			if not busy(status, text):
				found.covered.update((role, verb, target, field, value) for field in fields)
			if status < 300 and verb == "POST" and path.startswith("/api/resource/"):
				# accepted by mistake: removed after the run
				client.created.append((target, (json.loads(text).get("data") or {}).get("name")))
		wrong = fault(status, text, grouped, typed)
		return f"{role} {verb} {path} {what}: {wrong}: {status} {text[:300]}" if wrong else None

	started = time.monotonic()
	with ThreadPoolExecutor(THREADS) as pool:
		found.failures = [failure for failure in pool.map(one, requests) if failure]
	found.elapsed = time.monotonic() - started
	return found


def missing_coverage(found: Sweep, expected: set) -> list[str]:
	"""(verb, target, field, value index) that a role did not send, one line per role."""
	lines = []
	for role in ROLES:
		missing = sorted(
			(verb, target, field, value)
			for verb, target, field, value in expected
			if (role, verb, target, field, value) not in found.covered
		)
		if missing:
			lines.append(f"{role}: {len(missing)} not sent, e.g. {missing[:5]}")
	return lines


def report(title: str, found: Sweep, client: Client, detail: str):
	verbs = sorted({verb for _role, verb in found.per_role})
	per_role = ", ".join(
		f"{role} " + " + ".join(f"{found.per_role[role, verb]} {verb}" for verb in verbs) for role in ROLES
	)
	print(
		f"\n{title}: {sum(found.per_role.values())} requests in {found.elapsed:.0f} s ({detail}); "
		f"per role: {per_role}; answers so far {dict(sorted(client.statuses.items()))}"
	)
	for request in found.busy:
		print(f"  busy, sent again: {request}")


def table_states(frappe, tables) -> dict:
	"""The row names of each table and a checksum of their content, read afresh."""
	frappe.db.rollback()
	return {table: support._table(frappe, table) for table in tables}


@pytest.fixture(scope="module")
def world(site, users, server):
	frappe = site
	assert {role for key in ROLES for role in frappe.get_roles(users[key])} >= APP_ROLES, (
		"a role of the app has no user in the fuzz"
	)
	doctypes = support.app_doctypes(frappe)
	parents = [d.name for d in doctypes if not d.istable and not d.issingle and not d.is_virtual]
	tables = [d.name for d in doctypes if not d.is_virtual and not d.issingle]
	targets = {}
	for doctype in parents:
		first = next(iter(frappe.get_all(doctype, pluck="name", limit=1, order_by="creation asc")), None)
		if first:
			for role in ROLES:
				targets[doctype, role] = writable_record(frappe, doctype, users[role], first)
	records = {(doctype, name) for (doctype, _role), name in targets.items()}
	snapshots = {
		(dt, name): frappe.get_doc(dt, name).as_dict(convert_dates_to_str=True) for dt, name in records
	}
	world = {
		"frappe": frappe,
		"client": Client(server, users),
		"parents": parents,
		"tables": tables,
		"targets": targets,
		"bases": {
			(dt, role): base_document(frappe, dt, targets.get((dt, role))) for dt in parents for role in ROLES
		},
	}
	yield world
	frappe.db.rollback()
	for doctype, name in world["client"].created:
		if name and frappe.db.exists(doctype, name):
			frappe.delete_doc(doctype, name, force=True, ignore_permissions=True)
	for (doctype, name), snapshot in snapshots.items():
		support.restore(frappe, doctype, name, snapshot)
	frappe.db.commit()


def field_requests(world, doctype: str, fields: dict, role: str) -> list[tuple]:
	"""One role's requests for one DocType: `what` is (DocType, fields set, value index, description).

	Its scalar fields (date, time, numbers, check; its tables' rows included) take each malformed
	value together, by POST and PUT: the app checks every one of them before Frappe casts any.
	Selects, links and tables fail one by one in Frappe (the first stops the save), so each takes
	each value alone. Fields the user cannot write (read-only, higher permission level) are left
	out: Frappe keeps their stored value whatever is sent. A POST sends back the record the role
	updates (one it may change, if any), with the malformed values in it.
	"""
	requests = []
	target = world["targets"].get((doctype, role))
	base = world["bases"][doctype, role]
	scalar = fields["scalar"] + [f"{t}.{f}" for t, row in fields["rows"].items() for f in row]
	for index, value in enumerate(MALFORMED):
		if scalar:
			changed = {name: value for name in fields["scalar"]}
			changed.update({table: [dict.fromkeys(row, value)] for table, row in fields["rows"].items()})
			what = (doctype, scalar, index, f"{len(scalar)} typed fields={value!r}", len(scalar))
			requests.append((role, "POST", f"/api/resource/{doctype}", as_json({**base, **changed}), what))
			if target:
				requests.append((role, "PUT", f"/api/resource/{doctype}/{target}", as_json(changed), what))
		for field in fields["one_by_one"]:
			what = (doctype, [field], index, f"{field}={value!r}", 0)
			requests.append((role, "POST", f"/api/resource/{doctype}", as_json({**base, field: value}), what))
			if target:
				requests.append(
					(role, "PUT", f"/api/resource/{doctype}/{target}", as_json({field: value}), what)
				)
	return requests


def interleaved(by_role: dict) -> list[tuple]:
	"""The roles' requests taken in turn, so that every role is busy all through the run."""
	queues = [by_role[role] for role in ROLES]
	return [request for batch in zip(*queues, strict=True) for request in batch]


def test_every_typed_field_refuses_every_malformed_value_as_every_role(world):
	frappe = world["frappe"]
	client = world["client"]
	fields = {doctype: typed_fields(frappe, doctype) for doctype in world["parents"]}
	assert "date_of_birth" in fields["Participant"]["scalar"]
	assert "start_time" in fields["Module Session"]["scalar"]
	assert any(f["rows"] for f in fields.values()), "no field of a child table was tried"
	expected = {
		(verb, doctype, field, index)
		for doctype, typed in fields.items()
		for field in field_names(typed)
		for index in range(len(MALFORMED))
		for verb in ("POST", "PUT")
		if verb == "POST" or (doctype, ROLES[0]) in world["targets"]
	}
	before = table_states(frappe, world["tables"])
	by_role = {
		role: [
			r for doctype in world["parents"] for r in field_requests(world, doctype, fields[doctype], role)
		]
		for role in ROLES
	}
	found = sweep(client, interleaved(by_role))
	typed = sum(len(field_names(f)) for f in fields.values())
	report(
		"field fuzz",
		found,
		client,
		f"{typed} typed fields of {len(fields)} DocTypes x {len(MALFORMED)} values x {len(ROLES)} roles,"
		" by POST and PUT",
	)
	assert not found.failures, f"{len(found.failures)} answers were not a clean 4xx:\n" + "\n".join(
		found.failures[:40]
	)
	missing = missing_coverage(found, expected)
	assert not missing, "a role did not try every field x value x method:\n" + "\n".join(missing)
	changed = support.snapshot_differences(before, table_states(frappe, world["tables"]))
	assert not changed, "refused requests changed the app's tables:\n" + "\n".join(changed)


def companion(parameter: inspect.Parameter):
	"""A value of the parameter's declared type, for the required parameters beside the one under
	test: the malformed value then reaches Frappe's type check and the method's own code, not a
	"missing argument" answer."""
	kinds = str(parameter.annotation)
	for name, value in (("dict", {}), ("list", []), ("bool", 0), ("int", 1), ("float", 1.0)):
		if name in kinds and "str" not in kinds.split("|")[0]:
			return value
	return "x"


def method_requests(path: str, fn, role: str) -> list[tuple]:
	"""Each parameter of a method given each malformed value, its other required parameters a value
	of their declared type, by one role."""
	allowed = getattr(fn, "allowed_methods", None) or ["GET", "POST"]
	verb = "POST" if "POST" in allowed else allowed[0]
	parameters = inspect.signature(fn).parameters
	required = {
		name: companion(parameter)
		for name, parameter in parameters.items()
		if parameter.default is inspect.Parameter.empty
		and parameter.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
	}
	return [
		(
			role,
			verb,
			f"/api/method/{path}",
			as_json({**required, parameter: value}),
			(path, [parameter], index, f"{parameter}={value!r}", 0),
		)
		for parameter in parameters
		for index, value in enumerate(MALFORMED)
	]


def test_every_method_parameter_refuses_every_malformed_value_as_every_role(world):
	frappe = world["frappe"]
	methods = support.app_methods(frappe)
	assert "amif_network.api.participants.anonymise" in methods
	client = world["client"]
	before = table_states(frappe, world["tables"])
	by_role = {
		role: [r for path, fn in sorted(methods.items()) for r in method_requests(path, fn, role)]
		for role in ROLES
	}
	expected = {
		(verb, target, field, index)
		for _r, verb, _p, _b, (target, [field], index, _w, _g) in by_role[ROLES[0]]
	}
	found = sweep(client, interleaved(by_role), typed=False)
	parameters = sum(len(inspect.signature(fn).parameters) for fn in methods.values())
	report(
		"method fuzz",
		found,
		client,
		f"{len(methods)} methods, {parameters} parameters x {len(MALFORMED)} values x {len(ROLES)} roles",
	)
	assert not found.failures, f"{len(found.failures)} answers were not a clean 4xx:\n" + "\n".join(
		found.failures[:40]
	)
	missing = missing_coverage(found, expected)
	assert not missing, "a role did not try every parameter x value:\n" + "\n".join(missing)
	changed = support.snapshot_differences(before, table_states(frappe, world["tables"]))
	assert not changed, "refused requests changed the app's tables:\n" + "\n".join(changed)

"""Systematic bad input: every typed field and every method parameter of the app, a fixed list of
malformed values, every role, by POST and PUT.

Beside the random fuzz of test_bad_requests.py, nothing here is drawn: the DocTypes, their typed
fields (rows of child tables included) and the whitelisted methods with their parameters are read
at run time, so a new DocType or method joins by itself. Each answer must be a 4xx without a
traceback, and the tables of the app must hold the same rows afterwards.
"""

import inspect
import json
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from amif_network.rules.requests import has_traceback
from tests.integration import support

ROLES = support.FUZZ_ROLES
TYPED = (
	"Date",
	"Datetime",
	"Time",
	"Int",
	"Float",
	"Currency",
	"Percent",
	"Check",
	"Rating",
	"Duration",
	"Select",
	"Link",
	"Dynamic Link",
	"Table",
	"Table MultiSelect",
)
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
THREADS = 4  # the test server runs two workers; the others' requests wait ready in its queue


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


class Client:
	"""One logged-in session per role and thread, reused for every request of that thread."""

	def __init__(self, server, users):
		self.server, self.users, self.local = server, users, threading.local()
		self.lock = threading.Lock()
		self.sent = 0
		self.statuses = {}
		self.created = []

	def send(self, role: str, verb: str, path: str, body: str) -> tuple[int, str]:
		sessions = self.local.__dict__.setdefault("sessions", {})
		if role not in sessions:
			sessions[role] = self.server.session(self.users[role])
		http = sessions[role]
		response = http.request(
			verb,
			http.base_url + path,
			data=body,
			headers={"Content-Type": "application/json"},
			timeout=120,
		)
		with self.lock:
			self.sent += 1
			if self.sent % 1000 == 0:
				print(f"  {self.sent} requests sent", flush=True)
			self.statuses[response.status_code] = self.statuses.get(response.status_code, 0) + 1
		return response.status_code, response.text


def failures_of(client: Client, requests: list[tuple], accepted_is_failure: bool = True) -> list[str]:
	"""Send every request (role, verb, path, body, what); the answers that are not a clean 4xx
	(a method may also answer 2xx: junk in an optional filter is ignored)."""

	def one(request):
		role, verb, path, body, (_doctype, _scalar_count, what) = request
		status, text = client.send(role, verb, path, body)
		if status >= 500 or (accepted_is_failure and status < 400) or has_traceback(text):
			return f"{role} {verb} {path} {what}: {status} {text[:300]}"
		if status < 300 and verb == "POST":
			with client.lock:  # accepted by mistake: removed after the run
				client.created.append((_doctype, (json.loads(text).get("data") or {}).get("name")))
		return None

	with ThreadPoolExecutor(THREADS) as pool:
		return [failure for failure in pool.map(one, requests) if failure]


@pytest.fixture(scope="module")
def world(site, users, server):
	frappe = site
	doctypes = support.app_doctypes(frappe)
	parents = [d.name for d in doctypes if not d.istable and not d.issingle and not d.is_virtual]
	tables = [d.name for d in doctypes if not d.is_virtual and not d.issingle]
	targets = {}
	for doctype in parents:
		names = frappe.get_all(doctype, pluck="name", limit=1, order_by="creation asc")
		if names:
			targets[doctype] = names[0]
	snapshots = {
		dt: frappe.get_doc(dt, name).as_dict(convert_dates_to_str=True) for dt, name in targets.items()
	}
	world = {
		"frappe": frappe,
		"client": Client(server, users),
		"parents": parents,
		"tables": tables,
		"targets": targets,
		"bases": {dt: base_document(frappe, dt, targets.get(dt)) for dt in parents},
	}
	yield world
	frappe.db.rollback()
	for doctype, name in world["client"].created:
		if name and frappe.db.exists(doctype, name):
			frappe.delete_doc(doctype, name, force=True, ignore_permissions=True)
	for doctype, name in targets.items():
		support.restore(frappe, doctype, name, snapshots[doctype])
	frappe.db.commit()


def field_requests(world, doctype: str, fields: dict) -> list[tuple]:
	"""The requests for one DocType: `what` is (DocType, number of scalar fields set, description).

	Its scalar fields (date, time, numbers, check; its tables' rows included) take each malformed
	value together, by POST and PUT: the app checks every one of them before Frappe casts any.
	Selects, links and tables fail one by one in Frappe (the first stops the save), so each takes
	each value alone. Fields the user cannot write (read-only, higher permission level) are left
	out: Frappe keeps their stored value whatever is sent. The role rotates over the
	five from one request to the next, so each role sends every kind of request to every DocType.
	"""
	requests = []
	target = world["targets"].get(doctype)
	base = world["bases"][doctype]
	scalar_count = len(fields["scalar"]) + sum(len(row) for row in fields["rows"].values())
	for value in MALFORMED:
		if scalar_count:
			changed = {name: value for name in fields["scalar"]}
			changed.update({table: [dict.fromkeys(row, value)] for table, row in fields["rows"].items()})
			what = (doctype, scalar_count, f"{scalar_count} typed fields={value!r}")
			role = ROLES[len(requests) % len(ROLES)]
			requests.append((role, "POST", f"/api/resource/{doctype}", as_json({**base, **changed}), what))
			if target:
				role = ROLES[len(requests) % len(ROLES)]
				requests.append((role, "PUT", f"/api/resource/{doctype}/{target}", as_json(changed), what))
		for field in fields["one_by_one"]:
			what = (doctype, 0, f"{field}={value!r}")
			role = ROLES[len(requests) % len(ROLES)]
			requests.append((role, "POST", f"/api/resource/{doctype}", as_json({**base, field: value}), what))
			if target:
				role = ROLES[len(requests) % len(ROLES)]
				requests.append(
					(role, "PUT", f"/api/resource/{doctype}/{target}", as_json({field: value}), what)
				)
	return requests


def test_every_typed_field_refuses_every_malformed_value(world):
	frappe = world["frappe"]
	fields = {doctype: typed_fields(frappe, doctype) for doctype in world["parents"]}
	assert "date_of_birth" in fields["Participant"]["scalar"]
	assert "start_time" in fields["Module Session"]["scalar"]
	assert any(f["rows"] for f in fields.values()), "no field of a child table was tried"
	before = support.row_counts(frappe, world["tables"])
	requests = [r for doctype in world["parents"] for r in field_requests(world, doctype, fields[doctype])]
	failures = failures_of(world["client"], requests)
	client = world["client"]
	typed = sum(
		len(f["scalar"]) + sum(map(len, f["rows"].values())) + len(f["one_by_one"]) for f in fields.values()
	)
	print(
		f"\nfield fuzz: {client.sent} requests, {typed} typed fields of {len(fields)} DocTypes x "
		f"{len(MALFORMED)} values, by POST and PUT; answers {dict(sorted(client.statuses.items()))}"
	)
	assert not failures, f"{len(failures)} answers were not a clean 4xx:\n" + "\n".join(failures[:40])
	assert support.row_counts(frappe, world["tables"]) == before


def method_requests(path: str, fn, first: int) -> list[tuple]:
	"""Each parameter of a method given each malformed value (the others left out), the role
	rotating over the five from one request to the next."""
	allowed = getattr(fn, "allowed_methods", None) or ["GET", "POST"]
	verb = "POST" if "POST" in allowed else allowed[0]
	requests = []
	for parameter in inspect.signature(fn).parameters:
		for value in MALFORMED:
			role = ROLES[(first + len(requests)) % len(ROLES)]
			what = (path, 0, f"{parameter}={value!r}")
			requests.append((role, verb, f"/api/method/{path}", as_json({parameter: value}), what))
	return requests


def test_every_method_parameter_refuses_every_malformed_value(world):
	frappe = world["frappe"]
	methods = support.app_methods(frappe)
	assert "amif_network.api.participants.anonymise" in methods
	before = support.row_counts(frappe, world["tables"])
	client = world["client"]
	sent_before = client.sent
	requests = []
	for path, fn in sorted(methods.items()):
		requests += method_requests(path, fn, len(requests))
	failures = failures_of(client, requests, accepted_is_failure=False)
	parameters = sum(len(inspect.signature(fn).parameters) for fn in methods.values())
	print(
		f"\nmethod fuzz: {client.sent - sent_before} requests, {len(methods)} methods, {parameters} parameters"
		f" x {len(MALFORMED)} values, roles in turn"
	)
	assert not failures, f"{len(failures)} answers were not a clean 4xx:\n" + "\n".join(failures[:40])
	assert support.row_counts(frappe, world["tables"]) == before

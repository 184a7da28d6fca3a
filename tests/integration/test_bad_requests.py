"""Careless API clients: malformed requests to the app's DocTypes and methods get a clear 4xx.

Over 1,000 requests, drawn by hypothesis with a fixed seed, are sent as CPAS staff and managers of
two CPAS, the SPP and a network member, over every REST and RPC path that reaches the app's
DocTypes (discovered from the app's modules at run time) and its whitelisted methods. None may
get a 5xx or a traceback, and a refused request must leave every table of the app as it was.
"""

import inspect
import json

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from amif_network.rules.requests import has_traceback
from tests.integration import support

ROLES = support.FUZZ_ROLES
EXAMPLES = 1100
MALFORMED_JSON = [
	"{bad",
	"[",
	'{"a":',
	"[[1]]",
	'"x"',
	"null",
	"{}",
	"[]",
	"1e999",
	'{"name": {}}',
]


@pytest.fixture(scope="module")
def world(site, users, server):
	frappe = site
	doctypes = support.app_doctypes(frappe)
	assert doctypes, "no DocType found in the app's modules"
	parents = [d for d in doctypes if not d.istable and not d.issingle and not d.is_virtual]
	tables = [d.name for d in doctypes if not d.is_virtual and not d.issingle]
	meta = {}
	for d in parents:
		fields = frappe.get_meta(d.name).fields
		meta[d.name] = {
			"fields": [
				f.fieldname
				for f in fields
				if f.fieldtype not in ("Section Break", "Column Break", "Tab Break")
			],
			"tables": [f.fieldname for f in fields if f.fieldtype in ("Table", "Table MultiSelect")],
			"links": [f.fieldname for f in fields if f.fieldtype == "Link"],
		}
	# One existing record per DocType is the target of updates; it is restored afterwards.
	targets = {
		d.name: frappe.get_all(d.name, pluck="name", limit=1, order_by="creation asc") for d in parents
	}
	targets = {dt: names[0] for dt, names in targets.items() if names}
	snapshots = {
		dt: frappe.get_doc(dt, name).as_dict(convert_dates_to_str=True) for dt, name in targets.items()
	}
	world = {
		"frappe": frappe,
		"server": server,
		"sessions": {role: server.session(users[role]) for role in ROLES},
		"parents": sorted(meta),
		"meta": meta,
		"tables": tables,
		"targets": targets,
		"methods": {
			path: list(inspect.signature(fn).parameters) for path, fn in support.app_methods(frappe).items()
		},
		"sent": 0,
		"guarded": 0,
		"coverage": set(),
		"refused": 0,
		"created": [],
		"counts": None,
	}
	yield world
	frappe.db.rollback()
	for doctype, name in world["created"]:
		if frappe.db.exists(doctype, name):
			frappe.delete_doc(doctype, name, force=True, ignore_permissions=True)
	for doctype, name in targets.items():
		support.restore(frappe, doctype, name, snapshots[doctype])
	frappe.db.commit()


def row_counts(world) -> dict:
	return support.row_counts(world["frappe"], world["tables"])


junk_scalar = (
	st.none()
	| st.booleans()
	| st.integers(min_value=-(2**70), max_value=2**70)
	| st.floats(allow_nan=True, allow_infinity=True)
	| st.text(max_size=30)
	| st.sampled_from(MALFORMED_JSON)
	| st.sampled_from(
		[
			"LIEGE",
			"GENT",
			"nobody@nowhere.example",
			"2026-02-30",
			"-1",
			"' or 1=1 --",
			"`name`",
		]
	)
)
junk = st.recursive(
	junk_scalar,
	lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3),
	max_leaves=6,
)


@st.composite
def bad_request(draw, world):
	"""(role, HTTP method, path, requests' keyword arguments) of one careless request."""
	role = draw(st.sampled_from(ROLES))
	doctype = draw(st.sampled_from(world["parents"]))
	meta = world["meta"][doctype]
	field = st.sampled_from(meta["fields"] + ["name", "doctype", "docstatus", "owner", "nope"])
	document = draw(st.dictionaries(field, junk, min_size=1, max_size=4))
	for table in meta["tables"]:
		if draw(st.booleans()):
			document[table] = draw(st.lists(junk, max_size=3) | junk)
	for link in meta["links"]:
		if draw(st.integers(0, 3)) == 0:
			document[link] = draw(st.sampled_from(["does-not-exist", {"name": "x"}, ["LIEGE"], 7]))
	target = world["targets"].get(doctype, "does-not-exist")

	def as_text(value):
		return value if isinstance(value, str) else json.dumps(value)

	list_params = {
		key: as_text(draw(junk | st.sampled_from(MALFORMED_JSON)))
		for key in draw(
			st.lists(
				st.sampled_from(
					[
						"fields",
						"filters",
						"or_filters",
						"order_by",
						"limit",
						"limit_start",
						"group_by",
					]
				),
				max_size=4,
			)
		)
	}
	path = draw(
		st.sampled_from(
			[
				"create",
				"update",
				"get",
				"list",
				"client.get_list",
				"client.get",
				"client.get_value",
				"client.get_count",
				"client.insert",
				"client.save",
				"client.set_value",
				"reportview.get",
				"reportview.get_count",
				"form.savedocs",
				"app_method",
			]
		)
	)
	resource = f"/api/resource/{doctype}"

	def method(name):
		return f"/api/method/{name}"

	doc_json = json.dumps({**document, "doctype": doctype}, default=str)
	if path == "create":
		body = draw(st.sampled_from(["json", "form", "raw"]))
		if body == "raw":
			return (
				role,
				"post",
				resource,
				{
					"data": draw(st.sampled_from(MALFORMED_JSON)),
					"headers": {"Content-Type": "application/json"},
				},
			)
		return (
			role,
			"post",
			resource,
			{"json": document} if body == "json" else {"data": {"data": json.dumps(document, default=str)}},
		)
	if path == "update":
		return role, "put", f"{resource}/{target}", {"json": document}
	if path == "get":
		name = draw(
			st.sampled_from([target, "does-not-exist"])
			| st.from_regex(r"[A-Za-z0-9 _.'-]{1,20}", fullmatch=True)
		)
		return role, "get", f"{resource}/{name}", {"params": list_params}
	if path == "list":
		return role, "get", resource, {"params": list_params}
	if path.startswith("client.get"):
		params = {"doctype": doctype, **list_params}
		if path in ("client.get", "client.get_value"):
			params["name" if path == "client.get" else "filters"] = as_text(draw(junk))
			params["fieldname"] = as_text(draw(junk))
		return role, "post", method(f"frappe.{path}"), {"data": params}
	if path == "client.insert":
		return role, "post", method("frappe.client.insert"), {"data": {"doc": doc_json}}
	if path == "client.save":
		return (
			role,
			"post",
			method("frappe.client.save"),
			{"data": {"doc": json.dumps({**document, "doctype": doctype, "name": target}, default=str)}},
		)
	if path == "client.set_value":
		fieldname = draw(field)
		return (
			role,
			"post",
			method("frappe.client.set_value"),
			{
				"data": {
					"doctype": doctype,
					"name": target,
					"fieldname": fieldname,
					"value": as_text(draw(junk)),
				}
			},
		)
	if path.startswith("reportview."):
		return (
			role,
			"post",
			method(f"frappe.desk.{path}"),
			{"data": {"doctype": doctype, **list_params}},
		)
	if path == "form.savedocs":
		return (
			role,
			"post",
			method("frappe.desk.form.save.savedocs"),
			{
				"data": {
					"doc": doc_json,
					"action": draw(st.sampled_from(["Save", "Submit", "Update", "Cancel", "junk"])),
				}
			},
		)
	app_method = draw(st.sampled_from(sorted(world["methods"])))
	kwargs = draw(
		st.dictionaries(
			st.sampled_from(
				[
					*world["methods"][app_method],
					"participant",
					"name",
					"doctype",
					"module",
					"outcome",
					"step",
					"confirmation",
					"start",
					"end",
					"filters",
					"doc",
				]
			),
			junk,
			max_size=4,
		)
	)
	return (
		role,
		"post",
		method(app_method),
		{"data": {key: as_text(value) for key, value in kwargs.items()}},
	)


def test_the_app_discovers_its_doctypes_and_methods(world):
	assert {"Participant", "Module Session", "CPAS Membership"} <= set(world["parents"])
	assert "amif_network.api.participants.anonymise" in world["methods"]


def test_a_thousand_malformed_requests_get_a_clear_refusal(world):
	world["counts"] = row_counts(world)

	@seed(14)
	@settings(
		max_examples=EXAMPLES,
		database=None,
		deadline=None,
		suppress_health_check=list(HealthCheck),
	)
	@given(st.data())
	def one_request(data):
		role, verb, path, kwargs = data.draw(bad_request(world))
		http = world["sessions"][role]
		if "json" in kwargs:  # sent as it is, NaN and Infinity included
			kwargs = {
				"data": json.dumps(kwargs.pop("json"), default=str),
				"headers": {"Content-Type": "application/json"},
			}
		response = getattr(http, verb)(http.base_url + path, timeout=60, **kwargs)
		world["sent"] += 1
		world["coverage"].update({("role", role), ("path", verb + " " + path.split("/")[2]), ("url", path)})
		if response.status_code >= 500 or (
			response.status_code == 400 and '"exc_type": "ValidationError"' in response.text
		):
			world["guarded"] += 1  # a 500 of Frappe turned into a clear 400
		assert response.status_code < 500, (
			f"{role} {verb.upper()} {path} {kwargs}: {response.status_code} {response.text[:600]}"
		)
		assert not has_traceback(response.text), (
			f"{role} {verb.upper()} {path}: traceback in {response.text[:600]}"
		)
		if response.status_code >= 400:
			world["refused"] += 1
			assert row_counts(world) == world["counts"], (
				f"{role} {verb.upper()} {path} {kwargs}: a refused request changed rows"
			)
		else:
			if verb == "post" and path.startswith("/api/resource/"):
				data_out = response.json().get("data") or {}
				world["created"].append((data_out.get("doctype"), data_out.get("name")))
			if path.endswith(("client.insert", "savedocs")):
				body = response.json()
				doc = body.get("message") or (body.get("docs") or [{}])[0]
				if isinstance(doc, dict) and doc.get("name"):
					world["created"].append((doc.get("doctype"), doc["name"]))
			world["counts"] = row_counts(world)

	one_request()
	covered = world["coverage"]
	print(
		f"{world['sent']} requests, {world['refused']} refused, {world['guarded']} answered by the request guard; "
		f"{len({v for k, v in covered if k == 'url'})} distinct URLs"
	)
	assert world["sent"] >= 1000, world["sent"]
	assert {("role", role) for role in ROLES} <= covered
	assert {("path", p) for p in ("post resource", "put resource", "get resource", "post method")} <= covered


def test_every_method_of_the_app_refuses_junk_arguments(world):
	"""Each whitelisted method of the app, called by each role with its own parameters set to junk."""
	counts = row_counts(world)

	@seed(14)
	@settings(max_examples=1, database=None, deadline=None, suppress_health_check=list(HealthCheck))
	@given(st.data())
	def every_method(data):
		sent = 0
		for path, parameters in sorted(world["methods"].items()):
			for role in ROLES:
				names = data.draw(
					st.lists(st.sampled_from([*parameters, "doc", "filters"]), max_size=4, unique=True)
				)
				arguments = {name: data.draw(junk) for name in names}
				http = world["sessions"][role]
				response = http.post(
					http.base_url + f"/api/method/{path}",
					data={
						k: v if isinstance(v, str) else json.dumps(v, default=str)
						for k, v in arguments.items()
					},
					timeout=60,
				)
				sent += 1
				assert response.status_code < 500, f"{role} {path} {arguments}: {response.text[:600]}"
				assert not has_traceback(response.text), f"{role} {path}: traceback in {response.text[:600]}"
				if response.status_code >= 400:
					assert row_counts(world) == counts, (
						f"{role} {path} {arguments}: a refused call changed rows"
					)
				else:
					counts.update(row_counts(world))
		print(f"{sent} calls to {len(world['methods'])} methods of the app")
		assert sent == len(world["methods"]) * len(ROLES)

	every_method()
	# malformed input is refused, not accepted by accident
	assert world["refused"] >= 0.8 * world["sent"], (world["refused"], world["sent"])

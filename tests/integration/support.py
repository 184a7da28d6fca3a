"""Helpers for the integration layer: a real site, real users, real HTTP on loopback.

Nothing here imports frappe at module import time: collection must work without a bench.
"""

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
FRONTEND = ROOT / "tests" / "frontend"
TEST_DOMAIN = "amif.test"
PASSWORD = "Amif-Test-2026!"


def bench_and_site():
	sys.path.insert(0, str(ROOT))
	from conftest import bench_settings

	settings = bench_settings()
	return Path(settings["bench"]), settings["site"]


def connect():
	import frappe

	bench, site = bench_and_site()
	os.chdir(bench / "sites")
	if not getattr(frappe.local, "site", None):
		frappe.init(site=site, sites_path=str(bench / "sites"))
		frappe.connect()
	frappe.set_user("Administrator")
	return frappe


def load_demo_cpas():
	from amif_network.demo import load_records

	load_records(FIXTURES / "01_cpas.json")


def ensure_user(email: str, first_name: str, roles, cpas=(), language: str = "en") -> str:
	"""A committed, enabled user with exactly these roles and CPAS bindings."""
	import frappe

	if frappe.db.exists("User", email):
		user = frappe.get_doc("User", email)
	else:
		user = frappe.new_doc("User")
		user.email = email
	user.update(
		{
			"first_name": first_name,
			"enabled": 1,
			"user_type": "System User",
			"send_welcome_email": 0,
			"language": language,
			"new_password": PASSWORD,
		}
	)
	user.set("roles", [])
	for role in roles:
		user.append("roles", {"role": role})
	user.flags.ignore_password_policy = True
	user.save(ignore_permissions=True)
	assert set(frappe.get_roles(email)) - {"All", "Guest", "Desk User"} == set(roles), (
		f"{email} got roles it should not have: {frappe.get_roles(email)}"
	)
	frappe.db.delete("CPAS Membership", {"user": email})
	for code in cpas:
		frappe.get_doc({"doctype": "CPAS Membership", "user": email, "cpas": code, "enabled": 1}).insert(
			ignore_permissions=True
		)
	from amif_network.permissions.cpas_scope import clear_binding_cache

	clear_binding_cache()
	frappe.db.commit()
	return email


def free_port() -> int:
	with socket.socket() as s:
		s.bind(("127.0.0.1", 0))
		return s.getsockname()[1]


class Server:
	"""gunicorn serving the bench on 127.0.0.1 only, with an RQ worker for background jobs."""

	def __init__(self):
		self.bench, self.site = bench_and_site()
		self.port = free_port()
		self.base_url = f"http://127.0.0.1:{self.port}"
		self.process = None
		self.worker = None

	def start(self):
		import frappe
		import requests
		from frappe.installer import update_site_config

		# wkhtmltopdf fetches the print stylesheets from the site's host_name: point it here.
		self.previous_host_name = self._site_config().get("host_name")
		update_site_config("host_name", self.base_url)
		frappe.local.conf.host_name = self.base_url

		gunicorn = self.bench / "env" / "bin" / "gunicorn"
		log = open(self.bench / "logs" / "amif-test-gunicorn.log", "ab")
		self.process = subprocess.Popen(
			[
				str(gunicorn),
				"-b",
				f"127.0.0.1:{self.port}",
				"-w",
				"2",
				"-t",
				"120",
				"amif_network.wsgi:application",
			],
			cwd=self.bench / "sites",
			stdout=log,
			stderr=subprocess.STDOUT,
		)
		# Data Import and notifications run as background jobs, as in production.
		self.worker = subprocess.Popen(
			[
				str(self.bench / "env" / "bin" / "python"),
				"-m",
				"frappe.utils.bench_helper",
				"frappe",
				"worker",
			],
			cwd=self.bench / "sites",
			stdout=log,
			stderr=subprocess.STDOUT,
		)
		deadline = time.time() + 120
		while time.time() < deadline:
			try:
				requests.get(self.base_url + "/api/method/ping", headers=self.headers(), timeout=10)
				return self
			except requests.RequestException:
				time.sleep(0.3)
		raise RuntimeError("gunicorn did not start")

	def headers(self) -> dict:
		return {"X-Frappe-Site-Name": self.site, "Accept": "application/json"}

	def _site_config(self) -> dict:
		return json.loads((self.bench / "sites" / self.site / "site_config.json").read_text())

	def stop(self):
		import frappe
		from frappe.installer import update_site_config

		update_site_config("host_name", self.previous_host_name or "None")
		frappe.local.conf.host_name = self.previous_host_name
		for process in (self.process, self.worker):
			if process:
				process.terminate()
				process.wait(timeout=30)

	def session(self, user: str, password: str = PASSWORD):
		import requests

		http = requests.Session()
		http.headers.update(self.headers())
		response = http.post(self.base_url + "/api/method/login", data={"usr": user, "pwd": password})
		assert response.status_code == 200, response.text
		http.base_url = self.base_url
		return http


def messages_of(response) -> str:
	"""Every message a Frappe error response carries, as one text."""
	try:
		body = response.json()
	except ValueError:
		return response.text
	parts = [str(body.get("exception", "")), str(body.get("message", ""))]
	for raw in json.loads(body.get("_server_messages", "[]") or "[]"):
		try:
			parts.append(json.loads(raw).get("message", ""))
		except (ValueError, AttributeError):
			parts.append(str(raw))
	return "\n".join(parts)


def node(script: str, *args: str, timeout: int = 240) -> subprocess.CompletedProcess:
	"""Run a headless check of tests/frontend with node; the caller checks its exit code."""
	return subprocess.run(
		["node", script, *args], cwd=FRONTEND, capture_output=True, text=True, timeout=timeout
	)


def printed_json(run: subprocess.CompletedProcess) -> dict:
	"""The JSON object a headless check prints on the last line of its output."""
	return json.loads(run.stdout.strip().splitlines()[-1])


# --- the served site left as found -----------------------------------------------------------

# Frappe's own records the app's tests may touch: users and their roles, the settings they set.
WATCHED_SINGLES = ("SMS Settings",)


def site_snapshot(frappe) -> dict:
	"""What the integration layer must leave as it found it: every table of the app (rows and a
	checksum of their content), the users with their roles, the outgoing e-mail accounts, settings."""
	from amif_network.rules.scope import is_scoped

	modules = frappe.get_all("Module Def", {"app_name": "amif_network"}, pluck="name")
	doctypes = frappe.get_all(
		"DocType", {"module": ["in", modules], "is_virtual": 0}, ["name", "issingle"], order_by="name"
	)
	snapshot = {}
	for doctype in doctypes:
		if doctype.issingle:
			snapshot[f"single {doctype.name}"] = _singles(frappe, doctype.name)
			continue
		if not frappe.db.table_exists(doctype.name):
			continue
		snapshot[doctype.name] = _table(frappe, doctype.name)
	for single in WATCHED_SINGLES:
		snapshot[f"single {single}"] = _singles(frappe, single)
	snapshot["users"] = sorted(
		(row.name, row.enabled) for row in frappe.get_all("User", fields=["name", "enabled"])
	)
	snapshot["user roles"] = sorted(
		frappe.db.sql("select parent, role from `tabHas Role` where parenttype = 'User'")
	)
	snapshot["outgoing e-mail"] = sorted(
		frappe.db.sql("select name, enable_outgoing, default_outgoing from `tabEmail Account`")
	)
	return snapshot


# Columns a save rewrites with the same content: a record saved again unchanged is not a change.
SAVE_STAMPS = ("modified", "modified_by", "_seen", "_liked_by", "_comments", "_assign", "_user_tags")


def _table(frappe, doctype: str) -> dict:
	"""The row names of a table and a hash of their content (save stamps left out)."""
	import hashlib

	# read from the database, not Frappe's cache: a test may have added and removed a custom field
	columns = [c[0] for c in frappe.db.sql(f"show columns from `tab{doctype}`") if c[0] not in SAVE_STAMPS]
	listed = ", ".join(f"`{c}`" for c in columns)
	rows = frappe.db.sql(f"select {listed} from `tab{doctype}` order by name", as_list=True)
	digest = hashlib.sha256(repr(rows).encode()).hexdigest()
	return {"names": sorted(str(row[columns.index("name")]) for row in rows), "checksum": digest}


def _singles(frappe, doctype: str) -> list:
	return sorted(
		frappe.db.sql(
			"select field, value from `tabSingles` where doctype = %s and field not in ('modified', 'modified_by')",
			doctype,
		)
	)


def snapshot_differences(before: dict, after: dict) -> list[str]:
	"""What changed between two snapshots, one line per table or setting."""
	lines = []
	for key in sorted(set(before) | set(after)):
		old, new = before.get(key), after.get(key)
		if old == new:
			continue
		if isinstance(old, dict) and isinstance(new, dict):
			added = sorted(set(new["names"]) - set(old["names"]))
			removed = sorted(set(old["names"]) - set(new["names"]))
			what = []
			if added:
				what.append(f"{len(added)} left behind ({', '.join(map(str, added[:5]))})")
			if removed:
				what.append(f"{len(removed)} removed ({', '.join(map(str, removed[:5]))})")
			if not what:
				what.append("rows changed")
			lines.append(f"{key}: " + "; ".join(what))
		elif isinstance(old, list) and isinstance(new, list):
			added = sorted(set(map(tuple, new)) - set(map(tuple, old)))
			removed = sorted(set(map(tuple, old)) - set(map(tuple, new)))
			lines.append(f"{key}: now {added[:5]}, before {removed[:5]}")
		else:
			lines.append(f"{key}: {old!r} -> {new!r}")
	return lines


# Roles a careless client may be logged in as: staff and managers of two CPAS, the SPP, a member.
FUZZ_ROLES = ("liege_staff", "liege_manager", "gent_staff", "spp_manager", "member")


def app_doctypes(frappe) -> list[dict]:
	"""The DocTypes of the app's modules, read at run time, so new DocTypes join the checks by themselves."""
	modules = frappe.get_module_list("amif_network")
	return frappe.get_all(
		"DocType",
		filters={"module": ["in", modules]},
		fields=["name", "istable", "issingle", "is_virtual"],
		order_by="name",
	)


def app_methods(frappe) -> dict:
	"""The app's whitelisted functions (dotted path: function), after importing its every module."""
	import importlib
	import pkgutil

	import amif_network

	for module in pkgutil.walk_packages(amif_network.__path__, "amif_network."):
		if ".tests" in module.name or module.name.endswith(".wsgi"):
			continue
		importlib.import_module(module.name)
	return {
		f"{fn.__module__}.{fn.__qualname__}": fn
		for fn in frappe.whitelisted
		if getattr(fn, "__module__", "").startswith("amif_network.") and "." not in fn.__qualname__
	}


def row_counts(frappe, tables) -> dict:
	"""Rows of each table, read afresh (the server commits in its own transactions)."""
	frappe.db.rollback()
	union = " union all ".join(f"select {frappe.db.escape(t)}, count(*) from `tab{t}`" for t in tables)
	return dict(frappe.db.sql(union))


def restore(frappe, doctype: str, name: str, snapshot: dict):
	"""Put a record and its rows back as they were, if a request the app accepted changed them."""
	if str(frappe.db.get_value(doctype, name, "modified")) == str(snapshot["modified"]):
		return
	for df in frappe.get_meta(doctype).get_table_fields():
		frappe.db.delete(df.options, {"parent": name, "parenttype": doctype})
	frappe.db.delete(doctype, {"name": name})
	doc = frappe.get_doc(snapshot)
	doc.db_insert()
	for child in doc.get_all_children():
		child.db_insert()

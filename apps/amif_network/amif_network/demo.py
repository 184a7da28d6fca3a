"""Demo data of the network, drawn from the network's own documents.

`make run` calls `load` with the repository's `fixtures/` folder:
	bench --site SITE execute amif_network.demo.load --kwargs '{"folder": ".../fixtures"}'
Each JSON file holds a list of documents; files load in name order and loading twice is safe.
"""

import json
from pathlib import Path

import frappe
from frappe.model.workflow import apply_workflow

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

"""Typed values checked before Frappe casts them (a 20-digit date, a time "abc", a float in a
Link, which Frappe would resolve to another record), with the field named (rules/values.py).

`check_typed_values` (doc_events before_validate of the app's DocTypes) sees every save;
`check_request_values` (the request guard's before_request) sees a REST write before Frappe reads
it, since Frappe resolves links before any doc_event runs.
"""

import json

import frappe
from frappe import _

from amif_network.adapters.problems import field_label, refuse
from amif_network.rules import values
from amif_network.rules.requests import resource_doctype

TITLE = "Invalid value"


def app_doctypes() -> set[str]:
	from amif_network.adapters.request_guard import app_doctypes as doctypes

	return doctypes()


def check_typed_values(doc, method=None):
	if frappe.flags.in_install or frappe.flags.in_migrate or doc.doctype not in app_doctypes():
		return
	fields = [
		(
			field_label(df, record.idx if record.get("parentfield") else None),
			df.fieldtype,
			record.get(df.fieldname),
		)
		for record in [doc, *doc.get_all_children()]
		for df in record.meta.fields
		if df.fieldtype in values.EXPECTED and df.fieldtype not in values.TABLES  # rows are built by now
	]
	refuse(values.value_problems(fields), title=_(TITLE))


def sent_fields(doctype: str, document: dict) -> list[tuple]:
	"""(label, fieldtype, value) of the typed fields a request sends, its tables' rows included."""
	fields = []
	for df in frappe.get_meta(doctype).fields:
		if df.fieldname not in document:
			continue
		value = document[df.fieldname]
		if df.fieldtype in values.EXPECTED:
			fields.append((field_label(df), df.fieldtype, value))
		if df.fieldtype in values.TABLES and isinstance(value, list):
			row_fields = [f for f in frappe.get_meta(df.options).fields if f.fieldtype in values.EXPECTED]
			for number, row in enumerate(value, start=1):
				if isinstance(row, dict):
					fields += [
						(field_label(f, number), f.fieldtype, row[f.fieldname])
						for f in row_fields
						if f.fieldname in row
					]
	return fields


def check_request_values():
	"""A REST POST or PUT to an app DocType: refused before Frappe reads it if a value cannot fit."""
	request = getattr(frappe.local, "request", None)
	if request is None or request.method not in ("POST", "PUT") or frappe.session.user == "Guest":
		return  # a token's user is known only later: its save is checked by check_typed_values
	doctype = resource_doctype(request.path)
	if not doctype or doctype not in app_doctypes():
		return
	raw = frappe.form_dict.get("data")
	try:
		document = json.loads(raw if isinstance(raw, str) else request.get_data(as_text=True) or "{}")
	except ValueError:
		return  # Frappe answers, the request guard turns it into a 400
	if isinstance(document, dict):
		refuse(values.value_problems(sent_fields(doctype, document)), title=_(TITLE))

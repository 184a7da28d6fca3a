"""doc_events before_validate of the app's DocTypes: a value its field cannot hold is refused
before Frappe casts it (a 20-digit date, a time "abc"), with the field named (rules/values.py)."""

import frappe
from frappe import _

from amif_network.adapters.problems import field_label, refuse
from amif_network.adapters.request_guard import app_doctypes
from amif_network.rules import values


def check_typed_values(doc, method=None):
	if frappe.flags.in_install or frappe.flags.in_migrate or doc.doctype not in app_doctypes():
		return
	fields = [
		(field_label(record, df), df.fieldtype, record.get(df.fieldname))
		for record in [doc, *doc.get_all_children()]
		for df in record.meta.fields
		if df.fieldtype in values.EXPECTED
	]
	refuse(values.value_problems(fields), title=_("Invalid value"))

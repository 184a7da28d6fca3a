"""doc_events before_validate for every DocType of the app: no Link pointing at a missing record,
refused before the record's own validate reads the record it links to."""

import frappe
from frappe import _

from amif_network.adapters.problems import field_label, refuse
from amif_network.adapters.request_guard import app_doctypes
from amif_network.rules import links as rules


def validate_links(doc, method=None):
	"""Check the Link fields Frappe 15 leaves unchecked (those with fetch-from fields), rows included."""
	if frappe.flags.in_install or frappe.flags.in_migrate or frappe.flags.in_patch:
		return
	if doc.doctype not in app_doctypes():
		return
	problems = []
	for record in [doc, *doc.get_all_children()]:
		links = []
		for df in record.meta.get_link_fields():
			if df.options and record.meta.get_fields_to_fetch(df.fieldname):
				links.append(
					(
						field_label(df, record.idx if record.get("parentfield") else None),
						df.options,
						record.get(df.fieldname),
					)
				)
		problems += rules.dangling_links(links, lambda target, name: bool(frappe.db.exists(target, name)))
	refuse(problems, title=_("Missing record"), exc=frappe.LinkValidationError)

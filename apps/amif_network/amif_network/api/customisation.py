"""Form administrators customising the app's forms: the DocTypes Customize Form offers, its row
size gauge, Frappe's export of customisations, and each label's wording in French, Dutch and
English.

The checks are in `customisation/guard.py` and `rules/customisation.py`; the labels' wording in
`customisation/labels.py`. `get_row_size_utilization` and `export_customizations` replace Frappe's
own (hooks.override_whitelisted_methods).
"""

import frappe
from frappe import _

from amif_network.customisation import guard, labels
from amif_network.rules import customisation as rules


@frappe.whitelist()
def app_doctype_query(
	doctype: str, txt: str, searchfield: str, start: int, page_len: int, filters: str | dict | list | None
) -> list:
	"""The DocTypes a form administrator can pick in Customize Form: the app's own."""
	names = [name for name in guard.app_doctypes() if not txt or txt.lower() in name.lower()]
	singles = set(
		frappe.get_all("DocType", filters={"issingle": 1, "name": ["in", names or [""]]}, pluck="name")
	)
	names = [name for name in names if name not in singles]
	return [(name, _(name)) for name in names[int(start) : int(start) + int(page_len)]]


@frappe.whitelist()
def get_row_size_utilization(doctype: str) -> float:
	"""Customize Form shows how full the table row is; Frappe asks DocType read, which only the technician has."""
	from frappe.core.doctype.doctype.doctype import get_row_size_utilization as frappe_row_size

	if frappe.has_permission("DocType"):
		return frappe_row_size(doctype)
	if rules.customise_problem(doctype, guard.app_doctypes(), frappe.get_roles()):
		return 0.0  # a gauge only: nothing to show before an app form is chosen
	return frappe.utils.flt(frappe.db.get_row_size(doctype) / frappe.db.MAX_ROW_SIZE_LIMIT * 100, 2)


@frappe.whitelist()
def export_customizations(
	module: str, doctype: str, sync_on_migrate: bool = False, with_permissions: bool = False
):
	"""Frappe writes customisations into an app's folder (developer mode) for any user; the technician's job."""
	from frappe.modules.utils import export_customizations as frappe_export

	frappe.only_for("System Manager")
	return frappe_export(module, doctype, sync_on_migrate=sync_on_migrate, with_permissions=with_permissions)


@frappe.whitelist()
def labels_to_translate(doctype: str, everything: int = 0) -> list[dict]:
	"""The labels to word in three languages: those just changed, or all that miss a language."""
	return labels.labels_to_translate(doctype, everything)


@frappe.whitelist(methods=["POST"])
def save_label_translations(doctype: str, rows: str | list) -> int:
	"""Store the French, Dutch and English wording of labels of an app form, all or nothing."""
	return labels.save_label_translations(doctype, rows)

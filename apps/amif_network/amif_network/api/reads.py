"""Whitelisted reads of Frappe that skip permission checks, made to respect them.

Each replaces Frappe's own method of the same name (hooks.override_whitelisted_methods): counts,
the list sidebar's "assigned to" counts and link search, for the DocTypes the app restricts.
"""

import frappe
from frappe.client import get_count as frappe_get_count
from frappe.desk.listview import get_group_by_count as frappe_get_group_by_count
from frappe.desk.search import search_link as frappe_search_link
from frappe.desk.search import search_widget as frappe_search_widget

from amif_network.adapters.compat import count_column
from amif_network.permissions.meeting_report import REPORT as MEETING_REPORT
from amif_network.rules import scope


def is_guarded(doctype: str) -> bool:
	"""DocTypes whose reads this app restricts: the CPAS scope, meeting reports, field signals."""
	return scope.is_scoped(doctype) or doctype in (MEETING_REPORT, "Field Signal")


@frappe.whitelist()
def get_count(
	doctype: str, filters: str | dict | list | None = None, debug: bool = False, cache: bool = False
) -> int:
	"""`frappe.client.get_count` counts with `frappe.db.count`, which ignores permissions."""
	if not is_guarded(doctype):
		return frappe_get_count(doctype, filters=filters, debug=debug, cache=cache)
	frappe.has_permission(doctype, "read", throw=True)
	rows = frappe.get_list(
		doctype, filters=frappe.parse_json(filters) if filters else None, fields=[count_column("total")]
	)
	return rows[0].total if rows else 0


@frappe.whitelist()
def get_group_by_count(doctype: str, current_filters: str, field: str) -> list[dict]:
	"""The "assigned to" sidebar count of Frappe reads the DocType without permission checks."""
	if is_guarded(doctype) and field == "assigned_to":
		frappe.has_permission(doctype, "read", throw=True)
		names = frappe.get_list(doctype, filters=frappe.parse_json(current_filters), pluck="name")
		if not names:
			return []
		return frappe.db.sql(
			"""select `tabToDo`.allocated_to as name, count(*) as count
			from `tabToDo` join `tabUser` on `tabUser`.name = `tabToDo`.allocated_to
			where `tabToDo`.status != 'Cancelled' and `tabUser`.user_type = 'System User'
				and `tabToDo`.reference_type = %(doctype)s and `tabToDo`.reference_name in %(names)s
			group by `tabToDo`.allocated_to order by count desc limit 50""",
			{"doctype": doctype, "names": tuple(names)},
			as_dict=True,
		)
	return frappe_get_group_by_count(doctype, current_filters, field)


@frappe.whitelist()
def search_link(
	doctype: str,
	txt: str,
	query: str | None = None,
	filters: str | dict | list | None = None,
	page_length: int = 10,
	searchfield: str | None = None,
	reference_doctype: str | None = None,
	ignore_user_permissions: bool = False,
) -> list:
	"""Link search lets the client send `ignore_user_permissions=1`, which skips every permission query."""
	return frappe_search_link(
		doctype,
		txt,
		query=query,
		filters=filters,
		page_length=page_length,
		searchfield=searchfield,
		reference_doctype=reference_doctype,
		ignore_user_permissions=False if is_guarded(doctype) else ignore_user_permissions,
	)


@frappe.whitelist()
def search_widget(
	doctype: str,
	txt: str,
	query: str | None = None,
	searchfield: str | None = None,
	start: int = 0,
	page_length: int = 10,
	filters: str | dict | list | None = None,
	filter_fields: str | list | None = None,
	as_dict: bool = False,
	reference_doctype: str | None = None,
	ignore_user_permissions: bool = False,
):
	return frappe_search_widget(
		doctype,
		txt,
		query=query,
		searchfield=searchfield,
		start=start,
		page_length=page_length,
		filters=filters,
		filter_fields=filter_fields,
		as_dict=as_dict,
		reference_doctype=reference_doctype,
		ignore_user_permissions=False if is_guarded(doctype) else ignore_user_permissions,
	)

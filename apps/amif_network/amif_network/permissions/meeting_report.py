"""Access to network meeting reports: a draft is read by its authors and the SPP, a published
report by every network role.

Reports are not CPAS-owned, so the CPAS scope does not apply; `condition` is the one place
where a user's roles become access, feeding both the list query and the per-record check.
"""

import frappe

from amif_network.rules import meeting_report as rules

REPORT = "Network Meeting Report"
CO_AUTHORS = "Network Meeting Co-author"


def condition(user: str | None = None) -> rules.ReportAccess:
	user = user or frappe.session.user
	return rules.report_access(user, frappe.get_roles(user))


def get_permission_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	return condition(user).sql(REPORT, CO_AUTHORS, frappe.db.escape)


def has_permission(doc, ptype: str = "read", user: str | None = None, debug: bool = False):
	access = condition(user)
	if access.may(ptype, doc.get("docstatus"), doc.get("owner"), stored_co_authors(doc)):
		return None
	return False


def stored_co_authors(doc) -> list[str]:
	"""Authorship as saved: a user cannot gain access by adding themselves in the request."""
	if not doc.get("name") or doc.get("__islocal"):
		return []
	return frappe.get_all(CO_AUTHORS, filters={"parent": doc.get("name"), "parenttype": REPORT}, pluck="user")

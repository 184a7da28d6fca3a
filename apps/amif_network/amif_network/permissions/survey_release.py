"""Survey responses are read only once released: a waiting response stays out of every read path.

This adds to the CPAS scope (which keeps a response within its CPAS): lists, counts, report view,
exports and link search get the condition, form, REST get, print and PDF the per-record check.
The decision lives in rules.surveys (K_ANONYMITY, batches of a release group).
"""

import frappe

from amif_network.rules import scope

RESPONSE = "Survey Response"


def get_permission_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	user = user or frappe.session.user
	if scope.is_unrestricted(frappe.get_roles(user)):
		return ""
	return f"`tab{RESPONSE}`.`released` = 1"


def has_permission(doc, ptype: str = "read", user: str | None = None, debug: bool = False):
	user = user or frappe.session.user
	if scope.is_unrestricted(frappe.get_roles(user)):
		return None
	released = doc.get("released")
	if doc.get("name") and not doc.get("__islocal"):
		released = frappe.db.get_value(RESPONSE, doc.get("name"), "released")
	return None if released else False

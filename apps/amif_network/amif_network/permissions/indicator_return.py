"""Who reaches an Indicator Return: its CPAS prepares it, the SPP reviews and reads what it accepted
(decisions in rules.indicators)."""

import frappe

from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules import indicators


def get_permission_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	user = user or frappe.session.user
	return indicators.return_query_condition(
		"Indicator Return", bound_cpas(user), frappe.get_roles(user), frappe.db.escape
	)


def has_permission(doc, ptype: str = "read", user: str | None = None, debug: bool = False):
	user = user or frappe.session.user
	stored = (
		frappe.db.get_value("Indicator Return", doc.name, "workflow_state")
		if doc.get("name") and not doc.is_new()
		else doc.get("workflow_state")
	)
	return indicators.return_access(ptype, doc.get("cpas"), stored, bound_cpas(user), frappe.get_roles(user))

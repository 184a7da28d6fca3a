"""Workflow actions on CPAS-owned records, checked against the CPAS scope first.

Frappe's `apply_workflow` offers a transition to every holder of its role and only then finds
that the user may not write the record ("Insufficient Permission"). A CPAS Manager of another
CPAS gets a message that says why instead.
"""

import frappe
from frappe import _
from frappe.model.workflow import apply_workflow as frappe_apply_workflow

from amif_network.adapters.problems import refuse
from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules import scope


@frappe.whitelist()
def apply_workflow(doc: str | dict, action: str):
	record = frappe.parse_json(doc)
	doctype, name = record.get("doctype"), record.get("name")
	if doctype and name and scope.is_scoped(doctype):
		record_cpas = frappe.db.get_value(doctype, name, "cpas")
		user = frappe.session.user
		problem = scope.workflow_action_problem(record_cpas, bound_cpas(user), frappe.get_roles(user))
		refuse(problem, title=_("CPAS scope"), exc=frappe.PermissionError)
	return frappe_apply_workflow(doc, action)

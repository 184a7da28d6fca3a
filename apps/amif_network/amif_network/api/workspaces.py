"""Frappe's generic workspaces are hidden from the CPAS and network roles (see rules.workspaces)."""

import frappe
from frappe import _
from frappe.desk import desktop

from amif_network.rules import workspaces


@frappe.whitelist()
@frappe.read_only()
def get_workspace_sidebar_items():
	items = desktop.get_workspace_sidebar_items()
	items["pages"] = workspaces.visible_workspaces(items["pages"], frappe.get_roles())
	return items


@frappe.whitelist()
@frappe.read_only()
def get_desktop_page(page: str) -> dict:
	name = (frappe.parse_json(page) or {}).get("name")
	if name in workspaces.GENERIC_WORKSPACES and workspaces.hides_generic_workspaces(frappe.get_roles()):
		frappe.throw(_("This workspace is not part of the AMIF Network desk."), frappe.PermissionError)
	return desktop.get_desktop_page(page)


def extend_bootinfo(bootinfo):
	"""boot: the sidebar the desk opens with."""
	if bootinfo.get("allowed_workspaces"):
		bootinfo.allowed_workspaces = workspaces.visible_workspaces(
			bootinfo.allowed_workspaces, frappe.get_roles()
		)

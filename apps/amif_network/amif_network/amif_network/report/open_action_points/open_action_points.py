# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

"""Every open action point of the network with its owner, once each.

Only reports the user may read count (the meeting report access rule applies through
`frappe.get_list`); a point carried over to a later report is shown on that report.
"""

import frappe
from frappe import _

from amif_network.adapters import language
from amif_network.rules import meeting_report as rules


def execute(filters=None):
	filters = frappe._dict(filters or {})
	return columns(), rows(filters)


def columns() -> list[dict]:
	return [
		{
			"fieldname": "action_owner",
			"label": _("Owner"),
			"fieldtype": "Link",
			"options": "Network Contact",
			"width": 130,
		},
		{"fieldname": "owner_name", "label": _("Owner Name"), "fieldtype": "Data", "width": 170},
		{"fieldname": "organisation", "label": _("Organisation"), "fieldtype": "Data", "width": 160},
		{"fieldname": "action", "label": _("Action"), "fieldtype": "Small Text", "width": 320},
		{"fieldname": "due_date", "label": _("Due Date"), "fieldtype": "Date", "width": 100},
		{
			"fieldname": "report",
			"label": _("Meeting Report"),
			"fieldtype": "Link",
			"options": "Network Meeting Report",
			"width": 140,
		},
		{"fieldname": "meeting_date", "label": _("Meeting Date"), "fieldtype": "Date", "width": 100},
		{
			"fieldname": "carried_from",
			"label": _("Carried From"),
			"fieldtype": "Link",
			"options": "Network Meeting Report",
			"width": 140,
		},
	]


def rows(filters) -> list[dict]:
	reports = frappe.get_list(
		"Network Meeting Report",
		filters={"docstatus": ["<", 2]},
		fields=["name", "meeting_date"],
		limit_page_length=0,
	)
	if not reports:
		return []
	meeting_dates = {report.name: report.meeting_date for report in reports}
	point_filters = {"parenttype": "Network Meeting Report", "parent": ["in", list(meeting_dates)]}
	if filters.get("action_owner"):
		point_filters["action_owner"] = filters.action_owner
	points = frappe.get_all(
		"Network Meeting Action Point",
		filters=point_filters,
		fields=["parent", "action_owner", "owner_name", "action", "due_date", "status", "carried_from"],
		order_by="due_date asc, idx asc",
	)
	organisations = dict(
		frappe.get_all("Network Contact", fields=["name", language.column("organisation")], as_list=True)
	)
	return [
		{
			"action_owner": point.action_owner,
			"owner_name": point.owner_name,
			"organisation": organisations.get(point.action_owner),
			"action": point.action,
			"due_date": point.due_date,
			"report": point.parent,
			"meeting_date": meeting_dates.get(point.parent),
			"carried_from": point.carried_from,
		}
		for point in rules.open_action_points(points)
	]

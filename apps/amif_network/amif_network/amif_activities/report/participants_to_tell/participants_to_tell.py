# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _

from amif_network.amif_activities.doctype.session_notice.session_notice import TO_TELL


def execute(filters=None):
	"""Participants to tell by phone or in person of a changed session: no channel, or it kept failing.

	Read with the user's permissions: each CPAS sees its own participants only.
	"""
	filters = frappe._dict(filters or {})
	conditions = {"status": ["in", list(TO_TELL)]}
	if filters.get("cpas"):
		conditions["cpas"] = filters.cpas
	rows = frappe.get_list(
		"Session Notice",
		filters=conditions,
		fields=[
			"name",
			"participant",
			"participant_name",
			"session",
			"session_date",
			"changes",
			"optional_session",
			"status",
			"last_error",
		],
		order_by="session_date asc, participant_name asc",
		limit_page_length=0,
	)
	phones = dict(
		frappe.get_list(
			"Participant",
			filters={"name": ["in", sorted({r.participant for r in rows}) or [""]]},
			fields=["name", "phone"],
			as_list=True,
		)
	)
	for row in rows:
		row["phone"] = phones.get(row.participant)
		row["reason"] = _("Failed: {0}").format(row.last_error) if row.status == "Failed" else _("No channel")
	return columns(), rows


def columns():
	return [
		{
			"fieldname": "name",
			"label": _("Notice"),
			"fieldtype": "Link",
			"options": "Session Notice",
			"width": 120,
		},
		{
			"fieldname": "participant",
			"label": _("Participant"),
			"fieldtype": "Link",
			"options": "Participant",
			"width": 140,
		},
		{"fieldname": "participant_name", "label": _("Participant Name"), "fieldtype": "Data", "width": 170},
		{"fieldname": "phone", "label": _("Phone"), "fieldtype": "Data", "width": 130},
		{
			"fieldname": "session",
			"label": _("Session"),
			"fieldtype": "Link",
			"options": "Module Session",
			"width": 110,
		},
		{"fieldname": "session_date", "label": _("Session Date"), "fieldtype": "Date", "width": 100},
		{"fieldname": "changes", "label": _("What Changed"), "fieldtype": "Data", "width": 160},
		{"fieldname": "optional_session", "label": _("Optional Session"), "fieldtype": "Check", "width": 80},
		{"fieldname": "reason", "label": _("Why"), "fieldtype": "Data", "width": 220},
	]

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

"""The network dashboard: per CPAS and quarter, counts and rates that can never point at a person.

The SPP sees every CPAS through disclosure control (rules.disclosure); a CPAS manager sees the
exact figures of the CPAS they are bound to.
"""

import frappe
from frappe import _

from amif_network.amif_network import figures
from amif_network.rules.aggregates import PARTICIPANT_STATUSES
from amif_network.rules.disclosure import HIDDEN_MARK


def execute(filters=None):
	filters = frappe._dict(filters or {})
	data = figures.network_figures(filters.get("quarter") or None)
	lines = figures.report_lines(data) if data["cpas"] else []
	return columns("surveys" in data["tables"]), [shown(line) for line in lines], message(data), chart(lines)


def shown(line: dict) -> dict:
	"""Hidden entries read as the one mark of a hidden figure."""
	return {key: HIDDEN_MARK if value is None else value for key, value in line.items()}


def columns(with_surveys: bool):
	cols = [
		{"fieldname": "cpas", "label": _("CPAS"), "fieldtype": "Data", "width": 130},
		{"fieldname": "quarter", "label": _("Quarter"), "fieldtype": "Data", "width": 90},
	]
	for status in PARTICIPANT_STATUSES:
		cols.append(
			{
				"fieldname": status.lower().replace(" ", "_"),
				"label": _(status),
				"fieldtype": "Data",
				"width": 90,
			}
		)
	cols += [
		{"fieldname": "total", "label": _("Total"), "fieldtype": "Data", "width": 80},
		{"fieldname": "new_referrals", "label": _("New referrals"), "fieldtype": "Data", "width": 110},
		{
			"fieldname": "attendance_rate",
			"label": _("Attendance rate (%)"),
			"fieldtype": "Data",
			"width": 130,
		},
		{"fieldname": "funnel_invited", "label": _("Invited"), "fieldtype": "Data", "width": 80},
		{
			"fieldname": "funnel_came",
			"label": _("Came to an information session"),
			"fieldtype": "Data",
			"width": 120,
		},
		{"fieldname": "funnel_enrolled", "label": _("Enrolled"), "fieldtype": "Data", "width": 80},
		{"fieldname": "funnel_turnout", "label": _("Turnout (%)"), "fieldtype": "Data", "width": 100},
		{
			"fieldname": "funnel_conversion",
			"label": _("Overall conversion (%)"),
			"fieldtype": "Data",
			"width": 130,
		},
	]
	if with_surveys:
		cols.append(
			{
				"fieldname": "survey_responses",
				"label": _("Survey responses"),
				"fieldtype": "Data",
				"width": 120,
			}
		)
		cols.append(
			{
				"fieldname": "satisfaction",
				"label": _("Satisfaction (% positive answers)"),
				"fieldtype": "Data",
				"width": 150,
			}
		)
	return cols


def message(data: dict) -> str | None:
	if data.get("protected"):
		return _(
			"Counts from 1 to 4, and the figures from which they could be worked out, are shown as x. A rate is shown only when its counts are."
		)
	return None


def chart(lines: list[dict]):
	"""Active participants per CPAS: only the figures the table shows."""
	shown_lines = [line for line in lines[:-1] if line.get("active") is not None]
	if not any(line["active"] for line in shown_lines):
		return None
	return {
		"data": {
			"labels": [line["cpas"] for line in shown_lines],
			"datasets": [{"name": _("Active"), "values": [line["active"] for line in shown_lines]}],
		},
		"type": "bar",
	}

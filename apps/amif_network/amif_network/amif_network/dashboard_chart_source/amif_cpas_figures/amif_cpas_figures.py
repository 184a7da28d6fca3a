# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

"""Charts of a CPAS's own dashboard, read through the user's list permissions.

Frappe's Count and Group By charts keep one cached result per chart for every user, which would
show one CPAS's figures to another: these are computed per request, within the user's scope.
"""

from datetime import timedelta

import frappe
from frappe import _
from frappe.utils import getdate, today

from amif_network.adapters.compat import count_column
from amif_network.rules.aggregates import PARTICIPANT_STATUSES

WEEKS = 13
FIGURES = ("sessions_per_week", "participants_by_status")


@frappe.whitelist()
def get(
	chart_name: str | None = None,
	chart: str | dict | None = None,
	no_cache: bool | int | str | None = None,
	filters: str | dict | None = None,
	from_date: str | None = None,
	to_date: str | None = None,
	timespan: str | None = None,
	time_interval: str | None = None,
	heatmap_year: int | str | None = None,
	refresh: bool | int | str | None = None,
) -> dict:
	filters = frappe.parse_json(filters) or {}
	figure = filters.get("figure") or FIGURES[0]
	if figure not in FIGURES:
		frappe.throw(_("Unknown figure: {0}").format(figure), frappe.ValidationError)
	if figure == "participants_by_status":
		return participants_by_status()
	return sessions_per_week()


def participants_by_status():
	rows = frappe.get_list(
		"Participant", fields=["status", count_column("count")], group_by="status", order_by="status"
	)
	counts = {row.status: row.count for row in rows}
	shown = [status for status in PARTICIPANT_STATUSES if counts.get(status)]
	return {
		"labels": [_(status) for status in shown],
		"datasets": [{"name": _("Participants"), "values": [counts[status] for status in shown]}],
	}


def sessions_per_week():
	"""Sessions of the last 13 weeks, Monday to Sunday, the current week last."""
	monday = getdate(today()) - timedelta(days=getdate(today()).weekday())
	first = monday - timedelta(weeks=WEEKS - 1)
	rows = frappe.get_list(
		"Module Session",
		fields=["session_date", count_column("count")],
		filters=[["session_date", ">=", first], ["session_date", "<", monday + timedelta(days=7)]],
		group_by="session_date",
		order_by="session_date",
	)
	weeks = [first + timedelta(weeks=i) for i in range(WEEKS)]
	values = [0] * WEEKS
	for row in rows:
		values[(getdate(row.session_date) - first).days // 7] += row.count
	return {
		"labels": [frappe.format(week, {"fieldtype": "Date"}) for week in weeks],
		"datasets": [{"name": _("Sessions"), "values": values}],
	}

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

"""Field signals by theme and state over time (periods of the date the situation was observed).

Only signals the user may read count: the field signal access rule applies through `frappe.get_list`.
"""

import frappe
from frappe import _
from frappe.utils import getdate

from amif_network.amif_network.doctype.field_signal.field_signal import theme_labels
from amif_network.rules import signals as rules


def execute(filters=None):
	filters = frappe._dict(filters or {})
	granularity = filters.get("period") or "Quarter"
	data = rules.signals_by_theme(signals(filters), granularity)
	labels = theme_labels()
	rows = [as_row(counts) | {"theme_label": labels.get(counts["theme"], counts["theme"])} for counts in data]
	return columns(), rows, None, chart(data)


def as_row(counts: dict) -> dict:
	"""Report columns take plain field names: `under_review` for the state "Under review"."""
	return {
		key if key in ("period", "theme", "total") else frappe.scrub(key): value
		for key, value in counts.items()
	}


def columns() -> list[dict]:
	return [
		{"fieldname": "period", "label": _("Period"), "fieldtype": "Data", "width": 90},
		{"fieldname": "theme_label", "label": _("Theme"), "fieldtype": "Data", "width": 180},
		*(
			{"fieldname": frappe.scrub(state), "label": _(state), "fieldtype": "Int", "width": 95}
			for state in rules.STATES
		),
		{"fieldname": "total", "label": _("Total"), "fieldtype": "Int", "width": 70},
	]


def signals(filters) -> list[dict]:
	conditions = {}
	if filters.get("theme"):
		conditions["theme"] = filters.theme
	if filters.get("reporting_cpas"):
		conditions["reporting_cpas"] = filters.reporting_cpas
	if filters.get("from_date") and filters.get("to_date"):
		conditions["observed_on"] = ["between", [filters.from_date, filters.to_date]]
	rows = frappe.get_list(
		"Field Signal",
		filters=conditions,
		fields=["observed_on", "theme", "workflow_state"],
		limit_page_length=0,
	)
	for row in rows:
		row.observed_on = getdate(row.observed_on) if row.observed_on else None
	return rows


def chart(data: list[dict]) -> dict | None:
	"""Signals per period, stacked by state."""
	if not data:
		return None
	periods = sorted({row["period"] for row in data})
	datasets = []
	for state in rules.STATES:
		values = [sum(row[state] for row in data if row["period"] == period) for period in periods]
		if any(values):
			datasets.append({"name": _(state), "values": values})
	return {"data": {"labels": periods, "datasets": datasets}, "type": "bar", "barOptions": {"stacked": 1}}

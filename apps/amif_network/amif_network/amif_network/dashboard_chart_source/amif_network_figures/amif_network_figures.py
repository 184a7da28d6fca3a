# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

"""Network charts per CPAS: only figures that disclosure control lets through are drawn."""

import frappe
from frappe import _

from amif_network.amif_network import figures

FIGURES = {"active": _("Active"), "attendance_rate": _("Attendance rate (%)")}


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
	frappe.only_for(figures.NETWORK_FIGURE_ROLES)
	filters = frappe.parse_json(filters) or {}
	figure = filters.get("figure") or "active"
	if figure not in FIGURES:
		frappe.throw(_("Unknown network figure: {0}").format(figure), frappe.ValidationError)
	data = figures.network_figures(filters.get("quarter") or None, tables=(figures.FIGURE_TABLES[figure],))
	lines = figures.report_lines(data)[:-1] if data["cpas"] else []
	drawn = [line for line in lines if line.get(figure) is not None]
	return {
		"labels": [line["cpas"] for line in drawn],
		"datasets": [{"name": _(FIGURES[figure]), "values": [line[figure] for line in drawn]}],
	}

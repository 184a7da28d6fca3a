# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

"""Participants per CPAS and status: counts only, never a name.

The SPP sees every CPAS through disclosure control (counts from 1 to 4, and the counts that would
reveal them, hidden); a CPAS manager sees the exact counts of the
CPAS they are bound to.
"""

import frappe
from frappe import _

from amif_network.amif_network import figures
from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules import scope
from amif_network.rules.aggregates import PARTICIPANT_STATUSES, fieldname, status_table
from amif_network.rules.disclosure import shown_value


def execute(filters=None):
	roles = frappe.get_roles()
	network_wide = scope.is_unrestricted(roles) or scope.SPP_ROLE in roles
	cpas_order = (
		frappe.get_all("CPAS", filters={"partner_of": ("is", "not set")}, pluck="name", order_by="name asc")
		+ frappe.get_all("CPAS", filters={"partner_of": ("is", "set")}, pluck="name", order_by="name asc")
		if network_wide
		else sorted(bound_cpas())
	)
	if not cpas_order:
		return columns(), []
	rows = frappe.db.sql(
		"""select cpas, status, count(*) from `tabParticipant`
		where cpas in %(cpas)s group by cpas, status""",
		{"cpas": tuple(cpas_order)},
	)
	suppress_small = not scope.is_unrestricted(roles) and scope.SPP_ROLE in roles
	data = status_table(rows, cpas_order, suppress_small=False)
	if suppress_small:
		data = protected_lines(data, cpas_order)
	# A chart would show the exact small counts that the table coarsens for the SPP.
	return columns(), data, None, None if suppress_small else chart(rows, cpas_order)


def protected_lines(data: list[dict], cpas_order: list[str]) -> list[dict]:
	"""The SPP's view: the very status table the network dashboard shows, protected together with
	the referrals of every quarter (two protections of one table would give each other away)."""
	keys = [fieldname(status) for status in PARTICIPANT_STATUSES]
	protected = figures.network_figures_of(cpas_order, tables=("status",))["tables"]["status"]
	lines = []
	for i, line in enumerate(data):
		shown = {"cpas": line["cpas"]}
		shown.update({key: shown_value(value) for key, value in zip(keys, protected.cells[i], strict=True)})
		shown["total"] = shown_value(protected.row_totals[i])
		lines.append(shown)
	return lines


def columns():
	cols = [{"fieldname": "cpas", "label": _("CPAS"), "fieldtype": "Link", "options": "CPAS", "width": 160}]
	for status in PARTICIPANT_STATUSES:
		cols.append({"fieldname": fieldname(status), "label": _(status), "fieldtype": "Data", "width": 110})
	cols.append({"fieldname": "total", "label": _("Total"), "fieldtype": "Data", "width": 100})
	return cols


def chart(rows, cpas_order):
	active = dict.fromkeys(cpas_order, 0)
	for cpas, status, count in rows:
		if status == "Active" and cpas in active:
			active[cpas] += count
	return {
		"data": {
			"labels": list(active),
			"datasets": [{"name": _("Active"), "values": list(active.values())}],
		},
		"type": "bar",
	}

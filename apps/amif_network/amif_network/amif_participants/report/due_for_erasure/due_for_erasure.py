# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _

from amif_network.adapters.problems import refuse
from amif_network.amif_participants.retention import settings, verdicts
from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules import retention as rules
from amif_network.rules.messages import Problem
from amif_network.rules.scope import is_unrestricted

MANAGER_ROLES = {"CPAS Manager", "System Manager"}
LISTED = (rules.DUE, rules.ERASE, rules.HELD)
STATE_LABELS = {
	rules.DUE: "Due: erased after the grace period",
	rules.ERASE: "Erased by the next nightly run",
	rules.HELD: "Kept: open obligation",
}


def execute(filters=None):
	"""The participants of the manager's CPAS whose retention period is over, and why some are kept."""
	filters = frappe._dict(filters or {})
	roles = frappe.get_roles()
	if not MANAGER_ROLES & set(roles):
		refuse(Problem(_("Only a CPAS manager sees who is due for erasure.")), exc=frappe.PermissionError)
	cpas = None if is_unrestricted(roles) else bound_cpas()
	if filters.cpas:
		if cpas is not None and filters.cpas not in cpas:
			refuse(
				Problem(
					_("You are not bound to CPAS {0}: you can only list {1}."),
					(str(filters.cpas), ", ".join(cpas) or "-"),
				),
				exc=frappe.PermissionError,
			)
		cpas = [filters.cpas]
	_years, _grace, erase = settings()
	# a manager may look ahead: who will be due on a later day
	found = [(c, v) for c, v in verdicts(on=filters.as_of or None, cpas=cpas) if v.state in LISTED]
	names = {
		row.name: row
		for row in frappe.get_all(
			"Participant",
			filters={"name": ["in", [v.participant for _c, v in found] or [""]]},
			fields=["name", "full_name", "status"],
			ignore_permissions=True,
		)
	}
	rows = []
	for participant_cpas, verdict in found:
		state = rules.DUE if verdict.state == rules.ERASE and not erase else verdict.state
		person = names.get(verdict.participant) or frappe._dict()
		rows.append(
			{
				"participant": verdict.participant,
				"full_name": person.full_name,
				"cpas": participant_cpas,
				"status": _(person.status or ""),
				"keep_until": verdict.keep_until,
				"erase_from": verdict.erase_from,
				"state": _(STATE_LABELS[state]),
				"reason": "; ".join(_(reason) for reason in verdict.reasons),
			}
		)
	rows.sort(key=lambda row: (row["erase_from"], row["participant"]))
	return columns(), rows


def columns() -> list[dict]:
	return [
		{
			"fieldname": "participant",
			"label": _("Participant"),
			"fieldtype": "Link",
			"options": "Participant",
			"width": 130,
		},
		{"fieldname": "full_name", "label": _("Name"), "fieldtype": "Data", "width": 180},
		{"fieldname": "cpas", "label": _("CPAS"), "fieldtype": "Link", "options": "CPAS", "width": 100},
		{"fieldname": "status", "label": _("Status"), "fieldtype": "Data", "width": 100},
		{"fieldname": "keep_until", "label": _("Kept Until"), "fieldtype": "Date", "width": 110},
		{"fieldname": "erase_from", "label": _("Erased From"), "fieldtype": "Date", "width": 110},
		{"fieldname": "state", "label": _("Retention"), "fieldtype": "Data", "width": 220},
		{"fieldname": "reason", "label": _("Why It Is Kept"), "fieldtype": "Data", "width": 260},
	]

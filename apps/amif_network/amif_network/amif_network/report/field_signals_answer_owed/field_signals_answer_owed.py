# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

"""The "answer owed" list: signals forwarded more than 90 days ago with no answer, and answers
not yet fed back to the network.

Only signals the user may read count: the field signal access rule applies through `frappe.get_list`.
"""

import frappe
from frappe import _
from frappe.utils import cint, getdate, today

from amif_network.amif_network.doctype.field_signal.field_signal import theme_labels
from amif_network.rules import signals as rules


def execute(filters=None):
	filters = frappe._dict(filters or {})
	due_days = cint(filters.get("due_days")) or rules.ANSWER_DUE_DAYS
	return columns(), rows(due_days)


def columns() -> list[dict]:
	return [
		{
			"fieldname": "name",
			"label": _("Field Signal"),
			"fieldtype": "Link",
			"options": "Field Signal",
			"width": 130,
		},
		{"fieldname": "title", "label": _("Title"), "fieldtype": "Data", "width": 220},
		{"fieldname": "theme_label", "label": _("Theme"), "fieldtype": "Data", "width": 150},
		{
			"fieldname": "reporting_cpas",
			"label": _("Reporting CPAS"),
			"fieldtype": "Link",
			"options": "CPAS",
			"width": 110,
		},
		{"fieldname": "workflow_state", "label": _("Status"), "fieldtype": "Data", "width": 120},
		{"fieldname": "policy_level", "label": _("Policy Level"), "fieldtype": "Data", "width": 150},
		{"fieldname": "forwarded_to", "label": _("Forwarded To"), "fieldtype": "Data", "width": 200},
		{"fieldname": "forwarded_on", "label": _("Forwarded On"), "fieldtype": "Date", "width": 100},
		{"fieldname": "owed", "label": _("Owed"), "fieldtype": "Data", "width": 200},
		{"fieldname": "days", "label": _("Days"), "fieldtype": "Int", "width": 70},
	]


def rows(due_days: int) -> list[dict]:
	signals = frappe.get_list(
		"Field Signal",
		filters={"workflow_state": ["in", [rules.FORWARDED, rules.ANSWER_RECEIVED]]},
		fields=[
			"name",
			"title",
			"theme",
			"reporting_cpas",
			"workflow_state",
			"policy_level",
			"forwarded_to",
			"forwarded_on",
			"answer_received_on",
		],
		limit_page_length=0,
	)
	for signal in signals:
		signal.forwarded_on = getdate(signal.forwarded_on) if signal.forwarded_on else None
		signal.answer_received_on = getdate(signal.answer_received_on) if signal.answer_received_on else None
	labels = theme_labels()
	result = []
	for owed in rules.answer_owed(signals, getdate(today()), due_days):
		signal = owed["signal"]
		result.append(
			{
				**signal,
				"theme_label": labels.get(signal.theme, signal.theme),
				"workflow_state": _(signal.workflow_state),
				"policy_level": _(signal.policy_level) if signal.policy_level else "",
				"owed": _(owed["reason"]).format(due_days),
				"days": owed["days"],
			}
		)
	return result

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

"""The recruitment funnel of a CPAS: each stage, each step's conversion and the overall one.

CPAS-private (the campaigns' list scope applies): a CPAS sees its own campaigns, side by side.
"""

import frappe
from frappe import _

from amif_network.rules import funnel


def execute(filters=None):
	filters = frappe._dict(filters or {})
	conditions = {}
	if filters.get("campaign"):
		conditions["name"] = filters.campaign
	if filters.get("cpas"):
		conditions["cpas"] = filters.cpas
	campaigns = frappe.get_list(
		"Recruitment Campaign",
		filters=conditions,
		fields=["name", "campaign_name", "cpas", "from_date", "to_date", "counted_from", *funnel.STAGES],
		order_by="from_date asc",
	)
	data = [line(campaign) for campaign in campaigns]
	return columns(), data, None, chart(data)


def line(campaign) -> dict:
	counts = funnel.known_counts(campaign, campaign.counted_from)
	row = {
		"campaign": campaign.name,
		"campaign_name": campaign.campaign_name,
		"cpas": campaign.cpas,
		"from_date": campaign.from_date,
		"to_date": campaign.to_date,
		**counts,
	}
	for before, after, rate in funnel.conversions(counts):
		row[f"{before}_to_{after}"] = rate
	row["overall"] = funnel.overall_conversion(counts)[1]
	return row


def columns():
	cols = [
		{
			"fieldname": "campaign",
			"label": _("Recruitment Campaign"),
			"fieldtype": "Link",
			"options": "Recruitment Campaign",
			"width": 160,
		},
		{"fieldname": "campaign_name", "label": _("Campaign"), "fieldtype": "Data", "width": 200},
		{"fieldname": "cpas", "label": _("CPAS"), "fieldtype": "Link", "options": "CPAS", "width": 100},
		{"fieldname": "from_date", "label": _("From"), "fieldtype": "Date", "width": 100},
		{"fieldname": "to_date", "label": _("To"), "fieldtype": "Date", "width": 100},
	]
	for stage in funnel.STAGES:
		cols.append(
			{"fieldname": stage, "label": _(funnel.STAGE_LABELS[stage]), "fieldtype": "Int", "width": 110}
		)
	for before, after in zip(funnel.STAGES, funnel.STAGES[1:], strict=False):
		cols.append(
			{
				"fieldname": f"{before}_to_{after}",
				"label": _("{0} → {1} (%)").format(
					_(funnel.STAGE_LABELS[before]), _(funnel.STAGE_LABELS[after])
				),
				"fieldtype": "Percent",
				"width": 150,
			}
		)
	cols.append(
		{"fieldname": "overall", "label": _("Overall conversion (%)"), "fieldtype": "Percent", "width": 130}
	)
	return cols


def chart(data: list[dict]):
	"""The campaigns side by side, one bar per stage."""
	if not data:
		return None
	return {
		"data": {
			"labels": [_(funnel.STAGE_LABELS[stage]) for stage in funnel.STAGES],
			"datasets": [
				{"name": row["campaign_name"], "values": [row[stage] or 0 for stage in funnel.STAGES]}
				for row in data
			],
		},
		"type": "bar",
	}

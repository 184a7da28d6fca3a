"""The indicator return in the desk: a CPAS sees its own returns of a period, the SPP the accepted
returns of every CPAS with the network's total. Each opening goes to the Access Log."""

import json

import frappe
from frappe import _
from frappe.utils import nowdate

from amif_network.amif_indicators.returns import accepted_figures
from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules import indicators, scope

NETWORK = "network_total"


def execute(filters=None):
	filters = frappe._dict(filters or {})
	year = int(filters.get("year") or nowdate()[:4])
	period_kind = filters.get("period_kind") or "Annual"
	if period_kind not in indicators.PERIOD_KINDS:
		frappe.throw(_("Unknown reporting period {0}.").format(period_kind))
	roles = frappe.get_roles()
	from frappe.core.doctype.access_log.access_log import make_access_log

	make_access_log(
		report_name="AMIF Indicator Return",
		filters=json.dumps({"year": year, "period_kind": period_kind}),
		method="Report",
	)
	if any(r in scope.CPAS_ROLES for r in roles) and not scope.is_unrestricted(roles):
		codes, figures, states = own_returns(year, period_kind)
		total = False
	else:
		codes, figures = accepted_figures(year, period_kind)
		states = {code: _("Accepted") for code in codes}
		total = True
	indicator_rows = frappe.get_all(
		"AMIF Indicator",
		filters={"is_active": 1},
		fields=["name", "wording_fr", "wording_nl", "wording_en"],
		order_by="sort_order asc, code asc",
	)
	lang = (frappe.local.lang or "en")[:2]
	columns = [
		{
			"fieldname": "indicator",
			"label": _("Indicator"),
			"fieldtype": "Link",
			"options": "AMIF Indicator",
			"width": 90,
		},
		{"fieldname": "wording", "label": _("Wording"), "fieldtype": "Data", "width": 460},
	]
	for code in codes:
		columns.append(
			{
				"fieldname": code.lower(),
				"label": f"{code} ({states.get(code, '')})",
				"fieldtype": "Int",
				"width": 150,
			}
		)
	totals = indicators.network_totals(figures) if total else {}
	if total:
		columns.append({"fieldname": NETWORK, "label": _("Network Total"), "fieldtype": "Int", "width": 130})
	data = []
	for row in indicator_rows:
		line = {"indicator": row.name, "wording": row.get(f"wording_{lang}") or row.wording_en}
		for code, per_indicator in zip(codes, figures, strict=True):
			line[code.lower()] = per_indicator.get(row.name)
		if total:
			line[NETWORK] = totals.get(row.name, 0) if codes else None
		data.append(line)
	message = None if codes else _("No return for this period yet.")
	return columns, data, message


def own_returns(year: int, period_kind: str):
	"""The user's own CPAS's returns of the period, whatever their state."""
	returns = frappe.get_all(
		"Indicator Return",
		filters={"year": year, "period_kind": period_kind, "cpas": ["in", bound_cpas() or [""]]},
		fields=["name", "cpas", "workflow_state"],
		order_by="cpas asc",
	)
	codes, figures, states = [], [], {}
	for row in returns:
		lines = frappe.get_all(
			"Indicator Return Line",
			filters={"parent": row.name, "parenttype": "Indicator Return"},
			fields=["indicator", "participant_count"],
			ignore_permissions=True,
		)
		codes.append(row.cpas)
		figures.append({line.indicator: int(line.participant_count or 0) for line in lines})
		states[row.cpas] = _(row.workflow_state or "Draft")
	return codes, figures, states

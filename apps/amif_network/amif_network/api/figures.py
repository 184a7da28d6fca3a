"""The dashboard's number cards (type Custom): the network's protected figures and a CPAS's own.

The figures are made in `amif_network/figures.py`; Frappe passes each card's `filters`, which
these cards do not use.
"""

import frappe

from amif_network.amif_network import figures


@frappe.whitelist()
def network_active_participants(filters: str | dict | None = None):
	return figures.network_card("active")


@frappe.whitelist()
def network_new_referrals(filters: str | dict | None = None):
	return figures.network_card("new_referrals")


@frappe.whitelist()
def network_attendance_rate(filters: str | dict | None = None):
	return figures.network_card("attendance_rate", "Percent")


@frappe.whitelist()
def network_information_session_turnout(filters: str | dict | None = None):
	return figures.network_card("turnout", "Percent")


@frappe.whitelist()
def cpas_attendance_rate(filters: str | dict | None = None):
	"""Attended share of the register lines of the last four weeks, for the user's own CPAS."""
	return figures.cpas_attendance_rate()


@frappe.whitelist()
def cpas_funnel_conversion(filters: str | dict | None = None):
	"""Overall conversion of the user's running recruitment campaign (enrolled out of the first stage)."""
	return figures.cpas_funnel_conversion()

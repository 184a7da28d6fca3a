"""Participant contracts: the form's defaults, the rules a CPAS has set for its new contracts."""

import frappe

from amif_network.amif_activities.doctype.participant_contract.participant_contract import (
	contract_defaults,
)


@frappe.whitelist()
def get_contract_defaults(cpas: str) -> dict:
	"""The form fills a new contract's rules with these as soon as the participant is chosen."""
	frappe.has_permission("Participant Contract", "create", throw=True)
	return contract_defaults(cpas)

"""Import from text: the report list's dialog reads an old meeting report, then saves the draft.

The work is done in `amif_network/report_import.py` (the site's side) and `rules/report_import.py`
(the recognisers).
"""

import frappe

from amif_network.amif_network import report_import


@frappe.whitelist(methods=["POST"])
def recognise(text: str | None = None, filename: str | None = None, content: str | None = None) -> dict:
	"""What the import finds in a report's text; nothing is saved."""
	return report_import.recognise(text, filename, content)


@frappe.whitelist(methods=["POST"])
def create_draft(draft: str | dict) -> str:
	"""Saves the confirmed draft (and the new contacts ticked in the dialog); all or nothing."""
	return report_import.create_draft(draft)

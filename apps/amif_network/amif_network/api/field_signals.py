"""Field signals from network meeting reports: raised from a section (the report form's "Raise
Field Signal"), or an existing signal linked to a section that discussed it again.

The signal is made in its controller module (`doctype/field_signal/field_signal.py`), whose
validation applies the rules of `rules/signals.py`.
"""

import frappe

from amif_network.amif_network.doctype.field_signal import field_signal


@frappe.whitelist()
def reporting_cpas_choices() -> list[dict]:
	"""The CPAS the user may report for, with their names; none for the SPP, which reports itself."""
	return field_signal.reporting_cpas_choices()


@frappe.whitelist(methods=["POST"])
def raise_from_meeting_section(
	meeting_report: str,
	section_number: int,
	theme: str,
	title: str | None = None,
	reporting_cpas: str | None = None,
) -> str:
	"""Raise a field signal from a section of a network meeting report; returns the new signal.

	A user bound to several CPAS names the one that reports; the controller refuses any other.
	"""
	return field_signal.raise_from_meeting_section(
		meeting_report, section_number, theme, title=title, reporting_cpas=reporting_cpas
	)


@frappe.whitelist(methods=["POST"])
def link_meeting_section(signal: str, meeting_report: str, section_number: int) -> str:
	"""Record that an existing signal was discussed again in a meeting report section."""
	return field_signal.link_meeting_section(signal, meeting_report, section_number)

"""AMIF indicators: the indicator return's exports and the participants behind a figure, and the
sub-objective ratings that measure progress (the fiche's evaluation, an enrolment's ratings).

The work is done in `amif_indicators/returns.py` and `amif_indicators/progress.py`, the decisions
in `rules/indicators.py` and `rules/progress.py`.
"""

import frappe

from amif_network.amif_indicators import progress, returns


@frappe.whitelist()
def download_return(name: str, file_format: str = "xlsx", language: str = "fr"):
	"""The return as an XLSX or CSV file in French, Dutch or English, logged in the Access Log."""
	return returns.download_return(name, file_format, language)


@frappe.whitelist()
def participant_rows(name: str, indicator: str) -> list[dict]:
	"""The participant rows that make one figure, recounted now: for the return's own CPAS only."""
	return returns.participant_rows(name, indicator)


@frappe.whitelist()
def fiche_progress(fiche: str) -> dict:
	"""Exact for the users of the fiche's CPAS; through the disclosure control for everyone else."""
	return progress.fiche_progress(fiche)


@frappe.whitelist()
def rating_choices(enrolment: str) -> dict:
	"""What a rating of this enrolment may name: the fiche, its module and sub-objectives."""
	return progress.rating_choices(enrolment)


@frappe.whitelist(methods=["POST"])
def add_ratings(enrolment: str) -> list[str]:
	"""One rating per sub-objective of the enrolment's fiche module, for staff to fill in."""
	return progress.add_ratings(enrolment)

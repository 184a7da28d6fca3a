"""Participants: the form's duplicate check, the end of a trajectory, erasure and the answer to an
access request; a recruitment prospect enrolled, an intake's decision reason; the retention job run
by hand.

The work is done in `amif_participants/` (steps.py, access_request.py, retention.py and the
controllers), the decisions in `rules/participant.py`, `rules/intake.py` and `rules/retention.py`.
"""

import frappe

from amif_network.amif_participants import access_request, retention, steps
from amif_network.amif_participants.doctype.intake_assessment import intake_assessment
from amif_network.amif_participants.doctype.recruitment_prospect import recruitment_prospect


@frappe.whitelist()
def possible_duplicates(
	cpas: str,
	last_name: str,
	date_of_birth: str | None = None,
	national_number: str | None = None,
	name: str | None = None,
) -> list[dict]:
	"""For the form: the existing records the user may open before going on."""
	return steps.possible_duplicates(cpas, last_name, date_of_birth, national_number, name)


@frappe.whitelist(methods=["POST"])
def end_trajectory(participant: str, outcome: str) -> str:
	"""A CPAS Manager of the participant's CPAS closes the trajectory: Completed or Withdrawn."""
	return steps.end_trajectory(participant, outcome)


@frappe.whitelist(methods=["POST"])
def anonymise(participant: str, confirmation: str | None = None) -> dict:
	"""A CPAS Manager of the participant's CPAS erases their identity by hand (see steps.erase_participant)."""
	return steps.anonymise(participant, confirmation)


@frappe.whitelist()
def download_access_request(participant: str, format: str = "pdf", language: str | None = None):
	"""The access request's answer as a file: `format` pdf or json; `language` fr, nl or en."""
	return access_request.download(participant, format, language)


@frappe.whitelist(methods=["POST"])
def run_retention_now(confirmation: str = "") -> dict:
	"""The SPP (or a System Manager) runs the retention job now, after typing today's date."""
	return retention.run_now(confirmation)


@frappe.whitelist(methods=["POST"])
def enrol(prospect: str, duplicate_confirmed: int = 0) -> str:
	"""The prospect becomes a Participant without retyping; the Participant's duplicate check applies."""
	return recruitment_prospect.enrol(prospect, duplicate_confirmed)


@frappe.whitelist(methods=["POST"])
def record_decision_reason(intake: str, reason: str) -> str:
	"""The deciding manager writes why the intake is sent back or rejected, before the action."""
	return intake_assessment.record_decision_reason(intake, reason)

"""Satisfaction surveys: the tablet page (a survey opened, a session's queue, the answers sent
back), its read-aloud audio, the paper version and the templates as XLSForm workbooks.

The work is done in `amif_surveys/` (survey.py, audio.py, paper.py, xlsform.py), the decisions in
`rules/surveys.py` and `rules/xlsform.py`.
"""

import frappe

from amif_network.amif_surveys import audio, paper, survey, xlsform


@frappe.whitelist()
def open_survey(enrolment: str) -> dict:
	"""The survey of one enrolment, for the tablet page."""
	return survey.open_survey(enrolment)


@frappe.whitelist()
def session_queue(session: str) -> dict:
	"""Who answers next: those present or late at the session who have not answered for its module.

	The names are for staff only: once a participant has been handed the tablet, the list stays
	locked until the staff member types their password again (`unlock_session_list`).
	"""
	return survey.session_queue(session)


@frappe.whitelist(methods=["POST"])
def unlock_session_list(password: str = "") -> dict:
	"""Staff take the tablet back: their own password opens the list of names again.

	After a few wrong tries the login session ends, so nobody can guess on with the tablet.
	"""
	return survey.unlock_session_list(password)


@frappe.whitelist(methods=["POST"])
def submit_survey(enrolment: str, language: str, answers: dict | str, channel: str = "Tablet") -> dict:
	"""Store the answers with no link to the participant and mark the enrolment's survey as done.

	The channel (tablet, or paper keyed in by staff) is checked but kept nowhere: staff know it.
	"""
	return survey.submit_survey(enrolment, language, answers, channel)


@frappe.whitelist(methods=["GET"])
def speak(
	template: str,
	language: str,
	question: str | None = None,
	option: str | None = None,
	word: str | None = None,
):
	"""The audio of a question, one of its options, or a word of the page, as WAV."""
	return audio.speak(template, language, question, option, word)


@frappe.whitelist(methods=["GET"])
def survey_pdf(template: str, languages: str = "fr"):
	"""The paper survey as a PDF: one language, or two side by side (`languages` such as "fr,ar")."""
	return paper.survey_pdf(template, languages)


@frappe.whitelist(methods=["GET"])
def export_xlsform(template: str):
	"""The template as an XLSForm workbook (.xlsx)."""
	return xlsform.export_xlsform(template)


@frappe.whitelist(methods=["POST"])
def import_xlsform(file_url: str = "") -> dict:
	"""A new, inactive survey template from an uploaded XLSForm (multipart `file`, or a File's URL)."""
	return xlsform.import_xlsform(file_url)

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe.model.document import Document

from amif_network.amif_surveys.recordings import check_recording
from amif_network.amif_surveys.survey import question_dicts, wording_dicts


class SurveyLanguage(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		direction: DF.Literal["Left to right", "Right to left"]
		enabled: DF.Check
		language_code: DF.Data
		language_name: DF.Data
		name_audio: DF.Attach | None
		voice: DF.Data | None
		word_back: DF.Data | None
		word_done: DF.Data
		word_dont_know: DF.Data
		word_face_bad: DF.Data
		word_face_good: DF.Data
		word_face_neutral: DF.Data
		word_face_very_bad: DF.Data
		word_face_very_good: DF.Data
		word_listen: DF.Data | None
		word_no: DF.Data
		word_skip: DF.Data
		word_thank_you: DF.Data
		word_yes: DF.Data
	# end: auto-generated types

	def validate(self):
		check_recording(self.name_audio)

	def on_update(self):
		refresh_missing_wordings()

	def on_trash(self):
		refresh_missing_wordings(leaving=self.name)


def refresh_missing_wordings(leaving: str | None = None):
	"""A language enabled or removed changes what each template lacks: the desk warns at once."""
	for name in frappe.get_all("Survey Template", pluck="name"):
		template = frappe.get_doc("Survey Template", name)
		missing = template.describe_missing_wordings(
			question_dicts(template), wording_dicts(template), leaving=leaving
		)
		if missing != (template.missing_wordings or ""):
			template.db_set("missing_wordings", missing, update_modified=False)

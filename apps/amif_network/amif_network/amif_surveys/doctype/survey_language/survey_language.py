# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

# import frappe
from frappe.model.document import Document


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
		voice: DF.Data | None
		word_done: DF.Data
		word_dont_know: DF.Data
		word_face_bad: DF.Data
		word_face_good: DF.Data
		word_face_neutral: DF.Data
		word_face_very_bad: DF.Data
		word_face_very_good: DF.Data
		word_no: DF.Data
		word_skip: DF.Data
		word_thank_you: DF.Data
		word_yes: DF.Data
	# end: auto-generated types
	pass

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe.model.document import Document


class SurveyAnswer(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		answer: DF.Data | None
		answer_kind: DF.Data | None
		domain: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		question_key: DF.Data
	# end: auto-generated types

	def autoname(self):
		# Not Frappe's hash naming: its names begin with the time the answer was given.
		self.name = frappe.generate_hash(length=12)

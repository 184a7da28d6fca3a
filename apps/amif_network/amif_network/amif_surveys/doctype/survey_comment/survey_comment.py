# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe.model.document import Document


class SurveyComment(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		cpas: DF.Link
		language: DF.Data | None
		module: DF.Link
		question_key: DF.Data
		release_period: DF.Link
		released: DF.Check
		template: DF.Link
		text: DF.SmallText | None
		withheld: DF.Check
	# end: auto-generated types

	def autoname(self):
		# Not Frappe's hash naming: its names begin with the time the comment was written.
		self.name = frappe.generate_hash(length=12)

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class Participant(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		cpas: DF.Link
		first_name: DF.Data
		full_name: DF.Data | None
		last_name: DF.Data
	# end: auto-generated types

	def validate(self):
		self.full_name = " ".join(part for part in (self.first_name, self.last_name) if part)

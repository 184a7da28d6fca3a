# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document


class ProcedureApplication(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		applied_on: DF.Date
		cpas: DF.Link
		participant: DF.Link
		procedure: DF.Literal["", "Long-term resident status", "Citizenship", "Family reunification"]
	# end: auto-generated types

	def validate(self):
		cpas = frappe.db.get_value("Participant", self.participant, "cpas")
		if not cpas:
			frappe.throw(_("Choose the participant who applied."))
		self.cpas = cpas

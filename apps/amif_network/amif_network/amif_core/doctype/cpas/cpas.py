# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from amif_network.adapters.problems import refuse
from amif_network.rules.network import partner_problem


class CPAS(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		city: DF.Data | None
		code: DF.Data
		is_active: DF.Check
		name_fr: DF.Data
		name_nl: DF.Data
		partner_of: DF.Link | None
		working_language: DF.Literal["French", "Dutch", "French and Dutch"]
	# end: auto-generated types

	def validate(self):
		lead_of_partner = (
			frappe.db.get_value("CPAS", self.partner_of, "partner_of") if self.partner_of else None
		)
		refuse(partner_problem(self.code, self.partner_of, lead_of_partner))

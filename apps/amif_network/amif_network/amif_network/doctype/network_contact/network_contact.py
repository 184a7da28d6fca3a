# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe.model.document import Document

from amif_network.rules import meeting_report as rules


class NetworkContact(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		cpas: DF.Link | None
		email: DF.Data | None
		full_name: DF.Data
		is_active: DF.Check
		language: DF.Literal["French", "Dutch"]
		organisation_fr: DF.Data | None
		organisation_nl: DF.Data | None
		organisation_type: DF.Literal["CPAS", "SPP"]
		role: DF.Data | None
		user: DF.Link | None
	# end: auto-generated types

	def validate(self):
		if self.organisation_type != "CPAS":
			self.cpas = None
		names = frappe.db.get_value("CPAS", self.cpas, ["name_fr", "name_nl"]) if self.cpas else None
		self.organisation_fr, self.organisation_nl = rules.organisation_names(self.organisation_type, names)

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document


class CPASMembership(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		cpas: DF.Link
		enabled: DF.Check
		full_name: DF.Data | None
		user: DF.Link
	# end: auto-generated types

	def validate(self):
		duplicate = frappe.db.exists(
			"CPAS Membership", {"user": self.user, "cpas": self.cpas, "name": ("!=", self.name)}
		)
		if duplicate:
			frappe.throw(_("{0} is already bound to CPAS {1}.").format(self.user, self.cpas))

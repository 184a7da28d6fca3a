# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

# import frappe
from frappe.model.document import Document


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
	pass

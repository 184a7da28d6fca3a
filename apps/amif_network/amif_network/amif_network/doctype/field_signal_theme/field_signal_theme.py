# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

# import frappe
from frappe.model.document import Document


class FieldSignalTheme(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		enabled: DF.Check
		label_fr: DF.Data
		label_nl: DF.Data
		theme: DF.Data
	# end: auto-generated types
	pass

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

# import frappe
from frappe.model.document import Document


class TargetGroupOption(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		dimension: DF.Literal[
			"Age", "Education Level", "Language Level", "Nationality", "Gender", "Physical Condition"
		]
		display_order: DF.Int
		label_fr: DF.Data
		label_nl: DF.Data
		option_label: DF.Data
	# end: auto-generated types
	pass

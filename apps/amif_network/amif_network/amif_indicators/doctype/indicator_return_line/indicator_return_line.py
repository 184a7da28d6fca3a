# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

# import frappe
from frappe.model.document import Document


class IndicatorReturnLine(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		counting_rule: DF.Data | None
		indicator: DF.Link | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		participant_count: DF.Int
		wording: DF.SmallText | None
	# end: auto-generated types
	pass

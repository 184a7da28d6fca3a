# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

# import frappe
from frappe.model.document import Document


class FieldSignalMeeting(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		meeting_date: DF.Date | None
		meeting_report: DF.Link
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		section_heading: DF.Data | None
		section_number: DF.Int
	# end: auto-generated types
	pass

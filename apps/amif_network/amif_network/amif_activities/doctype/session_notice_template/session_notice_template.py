# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

# import frappe
from frappe.model.document import Document


class SessionNoticeTemplate(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		change_kind: DF.Literal["Moved", "Cancelled", "Place changed", "Trainer changed"]
		enabled: DF.Check
		language: DF.Link
		message: DF.SmallText
		subject: DF.Data
	# end: auto-generated types
	pass

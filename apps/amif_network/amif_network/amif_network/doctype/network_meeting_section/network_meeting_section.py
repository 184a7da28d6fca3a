# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

# import frappe
from frappe.model.document import Document


class NetworkMeetingSection(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		body_fr: DF.TextEditor | None
		body_nl: DF.TextEditor | None
		heading_fr: DF.Data | None
		heading_nl: DF.Data | None
		level: DF.Int
		number: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		remark_fr: DF.SmallText | None
		remark_nl: DF.SmallText | None
	# end: auto-generated types
	pass

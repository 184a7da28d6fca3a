# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

# import frappe
from frappe.model.document import Document


class NetworkMeetingActionPoint(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		action: DF.SmallText
		action_owner: DF.Link | None
		carried_from: DF.Link | None
		due_date: DF.Date | None
		owner_cpas: DF.Link | None
		owner_name: DF.Data | None
		owner_type: DF.Literal["Network Contact", "Several Network Contacts", "CPAS", "SPP", "To Be Assigned"]
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		second_owner: DF.Link | None
		status: DF.Literal["Open", "Done"]
		third_owner: DF.Link | None
	# end: auto-generated types
	pass

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document


class SessionNotice(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		attempts: DF.Int
		change_key: DF.Data | None
		changes: DF.Data | None
		channel: DF.Literal["SMS", "E-mail", "In person", "Refused"]
		cpas: DF.Link
		idempotency_key: DF.Data | None
		language: DF.Link | None
		last_error: DF.SmallText | None
		message: DF.SmallText | None
		next_try_at: DF.Datetime | None
		optional_session: DF.Check
		participant: DF.Link
		participant_name: DF.Data | None
		sent_on: DF.Datetime | None
		session: DF.Link
		session_date: DF.Date | None
		subject: DF.Data | None
		status: DF.Literal["Queued", "Sent", "Failed", "To tell", "Told", "Not sent"]
		told_by: DF.Link | None
	# end: auto-generated types

	def validate(self):
		"""Staff change one thing: a participant on their list was told by phone or in person."""
		before = self.get_doc_before_save()
		if not before or before.status == self.status:
			return
		if self.status != "Told" or before.status not in TO_TELL:
			frappe.throw(_("Only a notice still to tell can be marked as told by phone or in person."))
		self.told_by = frappe.session.user


# The staff list "to tell by phone or in person": no channel, or a channel that kept failing.
TO_TELL = ("To tell", "Failed")

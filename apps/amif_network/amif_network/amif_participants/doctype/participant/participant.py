# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, today

from amif_network.adapters.problems import refuse
from amif_network.amif_participants import steps
from amif_network.rules import notices
from amif_network.rules import participant as rules


class Participant(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		anonymised: DF.Check
		anonymised_on: DF.Datetime | None
		attendance_flag: DF.Check
		attendance_flag_reason: DF.SmallText | None
		correspondence_language: DF.Literal["", "French", "Dutch", "English"]
		cpas: DF.Link
		date_of_birth: DF.Date | None
		duplicate_confirmed: DF.Check
		duplicate_confirmed_by: DF.Link | None
		education_level: DF.Literal["", "Low", "Medium", "High"]
		email: DF.Data | None
		family_situation: DF.SmallText | None
		first_name: DF.Data
		full_name: DF.Data | None
		gender: DF.Literal["", "Female", "Male", "Other"]
		health_condition: DF.SmallText | None
		language_level: DF.Literal["", "Illiterate", "Beginner", "Advanced"]
		languages_spoken: DF.SmallText | None
		last_name: DF.Data
		message_channel: DF.Literal["", "SMS", "E-mail"]
		message_language: DF.Link | None
		messages_refused: DF.Check
		national_number: DF.Data | None
		nationality: DF.Link | None
		nationality_group: DF.Literal["", "EU", "non-EU"]
		phone: DF.Data | None
		physical_condition: DF.Literal["", "Restricted", "Normal", "Demanding"]
		referral_date: DF.Date | None
		referring_social_worker: DF.Link | None
		residence_status: DF.SmallText | None
		social_office: DF.Data | None
		status: DF.Literal["Referred", "In intake", "Active", "Completed", "Withdrawn"]
	# end: auto-generated types

	def validate(self):
		self.full_name = " ".join(part for part in (self.first_name, self.last_name) if part)
		self.nationality_group = rules.nationality_group(self.nationality)
		before = self.get_doc_before_save()
		if self.is_new() and frappe.session.user != "Administrator":
			self.status = "Referred"
		refuse(
			[
				rules.birth_date_problem(
					getdate(self.date_of_birth) if self.date_of_birth else None, getdate(today())
				),
				rules.national_number_problem(self.national_number),
				rules.status_change_problem(
					before.status if before else None, self.status, bool(self.flags.moved_by_step)
				),
			]
		)
		self.check_contact_data()
		if self.is_new():
			self.check_duplicates()

	def check_contact_data(self):
		"""A phone that cannot receive SMS or an invalid e-mail is refused, with the reason."""
		if self.anonymised:
			return
		refuse(
			notices.contact_problems(
				self.message_channel, steps.phone_is_mobile(self.phone), steps.email_is_valid(self.email)
			)
		)

	def check_duplicates(self):
		"""Within the CPAS: a possible duplicate needs a CPAS Manager's confirmation."""
		duplicates = steps.find_duplicates(
			self.cpas, self.last_name, self.date_of_birth, self.national_number, exclude=self.name
		)
		confirmed = bool(self.duplicate_confirmed)
		roles = frappe.get_roles()
		if frappe.session.user == "Administrator":
			roles = [*roles, "CPAS Manager"]
		refuse([rules.duplicate_problem(duplicates, confirmed, roles)], title=_("Possible duplicate"))
		if confirmed:
			self.duplicate_confirmed_by = frappe.session.user
		else:
			self.duplicate_confirmed_by = None

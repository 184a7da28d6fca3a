# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import today

from amif_network.adapters.problems import refuse
from amif_network.amif_participants.doctype.recruitment_campaign.recruitment_campaign import refresh_counts
from amif_network.rules import funnel

# What a prospect brings to the Participant they become.
CARRIED_TO_PARTICIPANT = (
	"cpas",
	"first_name",
	"last_name",
	"date_of_birth",
	"gender",
	"phone",
	"email",
	"social_office",
)


class RecruitmentProspect(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		campaign: DF.Link
		cpas: DF.Link
		date_of_birth: DF.Date | None
		email: DF.Data | None
		first_name: DF.Data
		full_name: DF.Data | None
		gender: DF.Literal["", "Female", "Male", "Other"]
		information_session: DF.Link | None
		invited_on: DF.Date | None
		last_name: DF.Data
		participant: DF.Link | None
		phone: DF.Data | None
		social_office: DF.Data | None
		stage: DF.Literal["Listed", "Kept", "Invited", "Came", "Enrolled"]
	# end: auto-generated types

	def validate(self):
		self.full_name = " ".join(part for part in (self.first_name, self.last_name) if part)
		campaign_cpas = (
			frappe.db.get_value("Recruitment Campaign", self.campaign, "cpas") if self.campaign else None
		)
		if not self.cpas:
			self.cpas = campaign_cpas
		refuse(
			funnel.prospect_problems(
				self.cpas,
				campaign_cpas,
				self.stage,
				bool(self.participant) or bool(self.flags.enrolling),
				bool(self.information_session),
				frappe.db.get_value("Module Session", self.information_session, "cpas")
				if self.information_session
				else None,
			),
			title=_("Recruitment Prospect"),
		)

	def on_update(self):
		refresh_counts(self.campaign)
		before = self.get_doc_before_save()
		if before and before.campaign != self.campaign:
			refresh_counts(before.campaign)

	def after_delete(self):
		refresh_counts(self.campaign)


def enrol(prospect: str, duplicate_confirmed: int = 0) -> str:
	doc = frappe.get_doc("Recruitment Prospect", prospect)
	doc.check_permission("write")
	if doc.participant:
		return doc.participant
	participant = frappe.get_doc(
		{
			"doctype": "Participant",
			**{field: doc.get(field) for field in CARRIED_TO_PARTICIPANT},
			"referral_date": today(),
			"duplicate_confirmed": 1 if int(duplicate_confirmed or 0) else 0,
		}
	)
	participant.insert()
	doc.participant = participant.name
	doc.stage = "Enrolled"
	doc.flags.enrolling = True
	doc.save()
	return participant.name

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe.model.document import Document
from frappe.utils import getdate, today

from amif_network.adapters.problems import refuse
from amif_network.amif_participants.doctype.intake_assessment.intake_assessment import (
	participant_access_problem,
)
from amif_network.rules import participant as rules


class ParticipantConsent(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		consent_status: DF.Literal["Valid", "Refused", "Withdrawn", "Expired"]
		consent_type: DF.Literal[
			"Processing for the project", "Photo and film", "Sharing with named partners"
		]
		cpas: DF.Link
		given: DF.Check
		given_on: DF.Date
		participant: DF.Link
		participant_name: DF.Data | None
		partners: DF.SmallText | None
		recorded_by: DF.Link | None
		signed_form: DF.Attach | None
		valid_until: DF.Date | None
		withdrawn_on: DF.Date | None
	# end: auto-generated types

	def validate(self):
		participant_cpas = frappe.db.get_value("Participant", self.participant, "cpas")
		refuse([participant_access_problem(self.participant, participant_cpas, self.cpas)])
		if self.is_new() or not self.recorded_by:
			self.recorded_by = frappe.session.user
		consent = rules.Consent(
			self.consent_type,
			bool(self.given),
			getdate(self.given_on) if self.given_on else None,
			getdate(self.withdrawn_on) if self.withdrawn_on else None,
			getdate(self.valid_until) if self.valid_until else None,
		)
		refuse(rules.consent_problems(consent, self.partners, getdate(today())))
		self.consent_status = rules.consent_status(consent, getdate(today()))

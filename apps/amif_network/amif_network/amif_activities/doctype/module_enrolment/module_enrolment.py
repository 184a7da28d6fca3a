# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe.model.document import Document
from frappe.utils import getdate

from amif_network.amif_activities.problems import throw_problems
from amif_network.rules import modules


class ModuleEnrolment(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		cpas: DF.Link
		drop_reason: DF.SmallText | None
		from_date: DF.Date | None
		module: DF.Link
		module_name: DF.Data | None
		participant: DF.Link
		participant_name: DF.Data | None
		status: DF.Literal["Proposed", "Active", "Completed", "Dropped"]
		to_date: DF.Date | None
	# end: auto-generated types

	def validate(self):
		self.cpas = self.cpas or frappe.db.get_value("Participant", self.participant, "cpas")
		before = self.get_doc_before_save()
		throw_problems(
			[
				*modules.same_cpas_problems(
					self.cpas,
					participant_cpas=frappe.db.get_value("Participant", self.participant, "cpas"),
					module_cpas=frappe.db.get_value("Activity Module", self.module, "cpas"),
				),
				modules.period_problem(_date(self.from_date), _date(self.to_date)),
				modules.enrolment_transition_problem(before.status if before else None, self.status),
				modules.drop_reason_problem(self.status, self.drop_reason),
			]
		)


def _date(value):
	return getdate(value) if value else None

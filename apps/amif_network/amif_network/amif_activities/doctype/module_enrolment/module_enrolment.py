# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, today

from amif_network.adapters.problems import refuse
from amif_network.amif_activities.doctype.activity_module.activity_module import module_label
from amif_network.amif_activities.doctype.participant_contract.participant_contract import contracts_of
from amif_network.rules import contracts, indicators, modules, trajectory


class ModuleEnrolment(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		cefr_entry: DF.Literal["", "Pre-A1", "A1", "A2", "B1", "B2", "C1", "C2"]
		cefr_exit: DF.Literal["", "Pre-A1", "A1", "A2", "B1", "B2", "C1", "C2"]
		cefr_exit_below_entry: DF.Check
		cefr_exit_on: DF.Date | None
		cpas: DF.Link
		drop_reason: DF.SmallText | None
		end_reason: DF.SmallText | None
		from_date: DF.Date | None
		integration_question_asked: DF.Check
		module: DF.Link
		module_name: DF.Data | None
		participant: DF.Link
		participant_name: DF.Data | None
		status: DF.Literal["Proposed", "Active", "Completed", "Dropped"]
		survey_release_period: DF.Link | None
		to_date: DF.Date | None
	# end: auto-generated types

	def validate(self):
		self.cpas = self.cpas or frappe.db.get_value("Participant", self.participant, "cpas")
		before = self.get_doc_before_save()
		refuse(
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
		self.check_trajectory(before)
		if self.status == "Active" and (not before or before.status != "Active"):
			self.check_contracts_in_force()
		# A lower exit level is kept (it is a fact) but flagged for the team to look at.
		self.cefr_exit_below_entry = int(indicators.exit_below_entry(self.cefr_entry, self.cefr_exit))
		if self.cefr_exit_below_entry:
			frappe.msgprint(
				_("The exit level {0} is below the entry level {1}: it is kept, and flagged.").format(
					self.cefr_exit, self.cefr_entry
				),
				indicator="orange",
				alert=True,
			)
		if self.cefr_exit and not self.cefr_exit_on:
			self.cefr_exit_on = self.to_date

	def check_trajectory(self, before):
		"""The participant's way decides: Active after an approved intake, nothing open once ended."""
		status, anonymised = frappe.db.get_value(
			"Participant", self.participant, ["status", "anonymised"]
		) or (
			None,
			0,
		)
		becomes_active = self.status == "Active" and (not before or before.status != "Active")
		ended = trajectory.open_enrolment_problem(status, bool(anonymised), self.status)
		refuse([ended or (becomes_active and trajectory.activation_problem(status, bool(anonymised)))])

	def check_contracts_in_force(self):
		"""An enrolment becomes Active only with the three contracts signed and valid."""
		on_date = contracts.activation_date(getdate(today()), _date(self.from_date))
		refuse(
			contracts.enrolment_can_activate(
				self.module, contracts_of(self.participant), on_date, self.module_label()
			),
			title=_("Contracts missing"),
			intro=_("The enrolment cannot become Active on {0}:").format(frappe.format(on_date, "Date")),
		)

	def module_label(self) -> str:
		return module_label(self.module)


def _date(value):
	return getdate(value) if value else None

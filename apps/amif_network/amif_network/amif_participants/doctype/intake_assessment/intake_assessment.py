# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import now_datetime

from amif_network.adapters.problems import refuse
from amif_network.amif_participants import steps
from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules import intake as rules
from amif_network.rules import participant as participant_rules
from amif_network.rules.scope import is_unrestricted


class IntakeAssessment(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from amif_network.amif_participants.doctype.intake_module_proposal.intake_module_proposal import (
			IntakeModuleProposal,
		)

		amended_from: DF.Link | None
		conclusion: DF.SmallText | None
		cpas: DF.Link
		decided_by: DF.Link | None
		decided_on: DF.Datetime | None
		decision_reason: DF.SmallText | None
		goals: DF.SmallText | None
		interview_date: DF.Date
		interviewer: DF.Link | None
		motivation: DF.SmallText | None
		need_administration: DF.Literal["", "No need", "Some need", "Strong need"]
		need_digital: DF.Literal["", "No need", "Some need", "Strong need"]
		need_health: DF.Literal["", "No need", "Some need", "Strong need"]
		need_housing: DF.Literal["", "No need", "Some need", "Strong need"]
		need_language: DF.Literal["", "No need", "Some need", "Strong need"]
		need_social_contact: DF.Literal["", "No need", "Some need", "Strong need"]
		need_work_training: DF.Literal["", "No need", "Some need", "Strong need"]
		needs_notes: DF.SmallText | None
		obstacles: DF.SmallText | None
		participant: DF.Link
		participant_name: DF.Data | None
		path_so_far: DF.SmallText | None
		proposed_modules: DF.Table[IntakeModuleProposal]
		submitted_by: DF.Link | None
		submitted_on: DF.Datetime | None
		workflow_state: DF.Link | None
	# end: auto-generated types

	def validate(self):
		participant_cpas = frappe.db.get_value("Participant", self.participant, "cpas")
		refuse([participant_access_problem(self.participant, participant_cpas, self.cpas)])
		self.cpas = participant_cpas
		if not self.interviewer:
			self.interviewer = frappe.session.user
		if self.is_new():
			status = frappe.db.get_value("Participant", self.participant, "status")
			refuse([participant_rules.status_after("intake_started", status)[1]])
		refuse(rules.proposal_problems(self.cpas, self.module_proposals()))
		self.check_transition()

	def after_insert(self):
		steps.move_status(self.participant, "intake_started")

	def on_update(self):
		if self.flags.intake_moved_to:
			steps.notify_intake_move(self, self.flags.intake_moved_to)

	def on_submit(self):
		step = rules.PARTICIPANT_STEP.get(self.workflow_state)
		if step:
			steps.move_status(self.participant, step)
		if self.workflow_state == rules.APPROVED:
			self.create_proposed_enrolments()

	def module_proposals(self) -> list[rules.ModuleProposal]:
		return [
			rules.ModuleProposal(
				row.module, frappe.db.get_value("Activity Module", row.module, "cpas"), bool(row.approved)
			)
			for row in self.proposed_modules
		]

	def check_transition(self):
		"""Guard every move of the workflow, whether from the desk, REST or a script."""
		before = self.get_doc_before_save()
		previous = (before.workflow_state if before else None) or rules.DRAFT
		new = self.workflow_state or rules.DRAFT
		if previous == new:
			if not self.is_new():
				refuse([rules.edit_problem(previous, current_actor(self.cpas))])
			return
		user = frappe.session.user
		problems = rules.transition_problems(
			previous,
			new,
			current_actor(self.cpas),
			owner=self.owner,
			submitted_by=self.submitted_by,
			reason=self.decision_reason,
			has_processing_consent=new != rules.APPROVED
			or steps.has_valid_processing_consent(self.participant),
		)
		refuse(problems, title=_("Intake not moved"))
		if new == rules.PENDING:
			self.submitted_by, self.submitted_on, self.decision_reason = user, now_datetime(), None
		if new in rules.DECISIONS:
			self.decided_by, self.decided_on = user, now_datetime()
		self.flags.intake_moved_to = new
		if new in (rules.SENT_BACK, rules.REJECTED):
			self.add_comment("Comment", f"{_(new)}: {self.decision_reason}")

	def create_proposed_enrolments(self):
		already = set(
			frappe.get_all(
				"Module Enrolment",
				filters={"participant": self.participant, "status": ["in", ["Proposed", "Active"]]},
				pluck="module",
				ignore_permissions=True,
			)
		)
		for module in rules.enrolments_to_create(self.module_proposals(), already):
			frappe.get_doc(
				{
					"doctype": "Module Enrolment",
					"participant": self.participant,
					"module": module,
					"cpas": self.cpas,
					"status": "Proposed",
				}
			).insert(ignore_permissions=True)


def current_actor(intake_cpas: str) -> rules.Actor:
	return rules.Actor(frappe.session.user, frozenset(frappe.get_roles()), intake_cpas in bound_cpas())


def participant_access_problem(participant: str, participant_cpas: str | None, record_cpas: str | None):
	may_read = is_unrestricted(frappe.get_roles()) or participant_cpas in bound_cpas()
	return participant_rules.participant_link_problem(participant, participant_cpas, record_cpas, may_read)


def record_decision_reason(intake: str, reason: str) -> str:
	doc = frappe.get_doc("Intake Assessment", intake)
	doc.check_permission("read")
	refuse([rules.reason_entry_problem(doc.workflow_state, current_actor(doc.cpas))])
	doc.db_set("decision_reason", (reason or "").strip(), update_modified=False)
	return doc.decision_reason

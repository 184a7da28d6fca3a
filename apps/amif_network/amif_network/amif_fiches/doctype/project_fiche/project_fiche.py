# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model import no_value_fields, table_fields
from frappe.model.document import Document
from frappe.model.workflow import get_workflow_name
from frappe.utils import cint, cstr, flt, getdate

from amif_network.adapters.problems import refuse
from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules import fiche, retention, scope

# Each target-group field holds the choices of one dimension of Target Group Option.
TARGET_GROUP_FIELDS = {
	"target_age": "Age",
	"target_education_level": "Education Level",
	"target_language_level": "Language Level",
	"target_nationality": "Nationality",
	"target_gender": "Gender",
	"target_physical_condition": "Physical Condition",
}
# Not content of the CPAS: set by the workflow, by Frappe, or computed.
NOT_CONTENT = {"workflow_state", "amended_from", "total_fte"}


class ProjectFiche(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from amif_network.amif_fiches.doctype.project_fiche_funding_line.project_fiche_funding_line import (
			ProjectFicheFundingLine,
		)
		from amif_network.amif_fiches.doctype.project_fiche_module.project_fiche_module import (
			ProjectFicheModule,
		)
		from amif_network.amif_fiches.doctype.project_fiche_partner.project_fiche_partner import (
			ProjectFichePartner,
		)
		from amif_network.amif_fiches.doctype.project_fiche_staff_line.project_fiche_staff_line import (
			ProjectFicheStaffLine,
		)
		from amif_network.amif_fiches.doctype.project_fiche_sub_objective.project_fiche_sub_objective import (
			ProjectFicheSubobjective,
		)
		from amif_network.amif_fiches.doctype.project_fiche_target_group.project_fiche_target_group import (
			ProjectFicheTargetGroup,
		)

		amended_from: DF.Link | None
		contact_email: DF.Data | None
		contact_person: DF.Data | None
		cpas: DF.Link
		duration: DF.Data | None
		funding_lines: DF.Table[ProjectFicheFundingLine]
		funding_type: DF.Literal["", "Own Means", "Subsidies", "Both"]
		inspiration_source: DF.Literal["", "Field", "Science", "Both"]
		key_success_factors: DF.Text | None
		last_payment_year: DF.Int
		location: DF.Data | None
		main_objective: DF.Text
		modules: DF.Table[ProjectFicheModule]
		participant_evaluation: DF.Text | None
		partners: DF.Table[ProjectFichePartner]
		period_end: DF.Date
		period_start: DF.Date
		project_name: DF.Data
		recruitment_method: DF.Text | None
		return_reason: DF.SmallText | None
		staff_lines: DF.Table[ProjectFicheStaffLine]
		sub_objectives: DF.Table[ProjectFicheSubobjective]
		target_age: DF.TableMultiSelect[ProjectFicheTargetGroup]
		target_education_level: DF.TableMultiSelect[ProjectFicheTargetGroup]
		target_gender: DF.TableMultiSelect[ProjectFicheTargetGroup]
		target_language_level: DF.TableMultiSelect[ProjectFicheTargetGroup]
		target_nationality: DF.TableMultiSelect[ProjectFicheTargetGroup]
		target_physical_condition: DF.TableMultiSelect[ProjectFicheTargetGroup]
		team_profiles: DF.SmallText | None
		team_size: DF.Int
		total_fte: DF.Float
		transversal_activities: DF.SmallText | None
		workflow_state: DF.Link | None
	# end: auto-generated types

	def validate(self):
		self.check_workflow_rules()
		self.total_fte = fiche.total_fte(row.fte for row in self.staff_lines)
		problems = [
			*fiche.sub_objective_problems(
				[row.module_name for row in self.modules], [row.module_name for row in self.sub_objectives]
			),
			*fiche.funding_share_problems([(row.source, row.share_percent) for row in self.funding_lines]),
			*fiche.staff_fte_problems([(row.profile, row.fte) for row in self.staff_lines]),
			*fiche.target_group_problems(self.target_group_choices()),
		]
		if problem := fiche.period_problem(self.period_start, self.period_end):
			problems.append(problem)
		if problem := retention.last_payment_year_problem(
			self.last_payment_year,
			getdate(self.period_start) if self.period_start else None,
			getdate().year,
		):
			problems.append(problem)
		refuse(problems, title=_("Project Fiche"))

	def on_update(self):
		if self.has_value_changed("workflow_state") and self.workflow_state == fiche.RETURNED_FOR_CHANGES:
			# the reason is cleared at resubmission; the timeline keeps it
			self.add_comment("Comment", _("Returned for changes: {0}").format(self.return_reason))

	def target_group_choices(self) -> list[tuple[str, str, str]]:
		return [
			(
				dimension,
				row.target_group_option,
				row.dimension
				or frappe.db.get_value("Target Group Option", row.target_group_option, "dimension"),
			)
			for fieldname, dimension in TARGET_GROUP_FIELDS.items()
			for row in self.get(fieldname)
		]

	def check_workflow_rules(self):
		"""Who may change the fiche in its current state; the SPP writes only its review."""
		before = self.get_doc_before_save()
		previous_state = before.workflow_state if before else None
		self.refuse(fiche.return_reason_problem(previous_state, self.workflow_state, self.return_reason))
		self.refuse(fiche.approval_problem(self._action, previous_state, self.workflow_state))
		if previous_state == fiche.RETURNED_FOR_CHANGES and self.workflow_state == fiche.SUBMITTED_TO_SPP:
			self.return_reason = None
		roles = frappe.get_roles()
		if not before or scope.is_unrestricted(roles):
			return
		if previous_state == self.workflow_state:  # a plain save, not a workflow action
			self.refuse(
				fiche.state_edit_problem(previous_state, roles, editing_roles(self.doctype, previous_state))
			)
		if scope.spp_reviews(self.doctype, "write", previous_state, roles) and self.cpas not in bound_cpas():
			changed = changed_content(before, self)
			labels = {df.fieldname: _(df.label) for df in self.meta.fields if df.label}
			self.refuse(fiche.spp_review_problem(changed, labels))

	def refuse(self, problem):
		refuse(problem, title=_("Project Fiche"))


def editing_roles(doctype: str, state: str | None) -> list[str]:
	"""The roles the workflow lets edit a document in `state` (its allow_edit rows)."""
	workflow = frappe.get_cached_doc("Workflow", get_workflow_name(doctype))
	return [row.allow_edit for row in workflow.states if row.state == state]


def changed_content(before: Document, after: Document) -> list[str]:
	"""Fields (tables included) whose content differs between two versions of a fiche."""
	return [
		df.fieldname
		for df in after.meta.fields
		if df.fieldname not in NOT_CONTENT
		and (df.fieldtype in table_fields or df.fieldtype not in no_value_fields)
		and _content(before, df) != _content(after, df)
	]


def _content(doc: Document, df):
	if df.fieldtype in table_fields:
		return [
			tuple(
				_plain(row.get(cdf.fieldname), cdf)
				for cdf in row.meta.fields
				if cdf.fieldtype not in no_value_fields
			)
			for row in doc.get(df.fieldname)
		]
	return _plain(doc.get(df.fieldname), df)


def _plain(value, df):
	"""Values as a REST client and the database give them compare alike (dates, numbers)."""
	if df.fieldtype in ("Float", "Percent", "Currency"):
		return flt(value, 6)
	if df.fieldtype in ("Int", "Check"):
		return cint(value)
	if df.fieldtype == "Date":
		return str(getdate(value)) if value else ""
	return cstr(value)

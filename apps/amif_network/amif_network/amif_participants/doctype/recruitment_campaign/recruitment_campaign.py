# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from amif_network.adapters.problems import refuse
from amif_network.rules import funnel
from amif_network.rules.messages import Problem


class RecruitmentCampaign(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		came: DF.Int
		campaign_name: DF.Data
		counted_from: DF.Literal["Numbers", "Prospects"]
		cpas: DF.Link
		enrolled: DF.Int
		from_date: DF.Date
		invited: DF.Int
		kept: DF.Int
		listed: DF.Int
		module: DF.Link | None
		notes: DF.SmallText | None
		to_date: DF.Date
	# end: auto-generated types

	def validate(self):
		refuse(
			[
				funnel.campaign_period_problem(
					getdate(self.from_date) if self.from_date else None,
					getdate(self.to_date) if self.to_date else None,
				)
			]
		)
		if self.counted_from == "Prospects" and not self.is_new():
			self.set_counts(prospect_counts(self.name))
		problems = funnel.stage_count_problems(self.stage_counts())
		# Stage names are arguments of the message: they are translated too.
		problems = [
			Problem(p.message, tuple(_(a) if isinstance(a, str) else a for a in p.args)) for p in problems
		]
		refuse(problems, title=_("Stage counts"))

	def stage_counts(self) -> dict:
		return funnel.known_counts({stage: self.get(stage) for stage in funnel.STAGES}, self.counted_from)

	def set_counts(self, counts: dict):
		for stage in funnel.STAGES:
			self.set(stage, counts.get(stage, 0))


def prospect_counts(campaign: str) -> dict[str, int]:
	stages = frappe.get_all(
		"Recruitment Prospect", filters={"campaign": campaign}, pluck="stage", ignore_permissions=True
	)
	return funnel.counts_from_prospects(stages)


def refresh_counts(campaign: str):
	"""A campaign counted from its prospects follows them."""
	if frappe.db.get_value("Recruitment Campaign", campaign, "counted_from") != "Prospects":
		return
	frappe.db.set_value("Recruitment Campaign", campaign, prospect_counts(campaign))

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from amif_network.adapters.problems import refuse
from amif_network.rules import surveys


class SurveyReleasePeriod(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		end_date: DF.Date
		period_name: DF.Data
		start_date: DF.Date
	# end: auto-generated types

	def validate(self):
		start, end = (
			getdate(self.start_date) if self.start_date else None,
			getdate(self.end_date) if self.end_date else None,
		)
		others = [
			(row.name, getdate(row.start_date), getdate(row.end_date))
			for row in frappe.get_all(
				"Survey Release Period",
				filters={"name": ("!=", self.name or "")},
				fields=["name", "start_date", "end_date"],
			)
		]
		problems = surveys.period_problems(start, end, others)
		before = self.get_doc_before_save()
		if before:
			problems.append(
				surveys.period_change_problem(
					self.has_responses(),
					(getdate(before.start_date), getdate(before.end_date)),
					(start, end),
				)
			)
		refuse(problems, title=_("Release period not saved"))

	def on_trash(self):
		if self.has_responses():
			frappe.throw(
				_("This release period already holds responses: it cannot be deleted."),
				frappe.ValidationError,
			)

	def has_responses(self) -> bool:
		return bool(frappe.db.exists("Survey Response", {"release_period": self.name}))

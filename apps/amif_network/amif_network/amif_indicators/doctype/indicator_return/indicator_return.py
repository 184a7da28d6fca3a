# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, now_datetime

from amif_network.adapters import language as languages
from amif_network.adapters.problems import refuse
from amif_network.amif_indicators import counting
from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules import indicators, scope


class IndicatorReturn(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from amif_network.amif_indicators.doctype.indicator_return_line.indicator_return_line import (
			IndicatorReturnLine,
		)

		counted_on: DF.Datetime | None
		cpas: DF.Link
		fiche: DF.Link
		lines: DF.Table[IndicatorReturnLine]
		period_end: DF.Date | None
		period_kind: DF.Literal["Annual", "Cumulative"]
		period_start: DF.Date | None
		project_name: DF.Data | None
		send_back_reason: DF.SmallText | None
		title: DF.Data | None
		workflow_state: DF.Link | None
		year: DF.Int
	# end: auto-generated types

	def onload(self):
		log_access(self.name, "Open")
		# each reader sees the wordings in their own language (the figures stay as counted)
		lang = language()
		for line in self.lines:
			line.wording = (
				frappe.db.get_value("AMIF Indicator", line.indicator, f"wording_{lang}") or line.wording
			)

	def validate(self):
		fiche = frappe.db.get_value(
			"Project Fiche",
			self.fiche,
			["cpas", "project_name", "period_start", "period_end", "docstatus"],
			as_dict=True,
		)
		if not fiche:
			frappe.throw(_("Choose the project fiche of the return."))
		if fiche.docstatus != 1:
			frappe.throw(_("A return is made for an approved project fiche only."))
		self.cpas, self.project_name = fiche.cpas, fiche.project_name
		self.check_binding()
		period, problem = indicators.return_period(
			self.period_kind, self.year, getdate(fiche.period_start), getdate(fiche.period_end)
		)
		existing = frappe.db.get_value(
			"Indicator Return",
			{
				"fiche": self.fiche,
				"period_kind": self.period_kind,
				"year": self.year,
				"name": ["!=", self.name or ""],
			},
		)
		refuse([problem, indicators.duplicate_return_problem(existing, _(self.period_kind), self.year)])
		self.period_start, self.period_end = period.start, period.end
		self.title = f"{self.project_name} – {_(self.period_kind)} {self.year}"
		before = self.get_doc_before_save()
		stored_state = before.workflow_state if before else ""
		if self.workflow_state == "Sent back" and stored_state != "Sent back":
			refuse([indicators.send_back_problem(self.send_back_reason)])
		if (stored_state or "") in indicators.RECOUNTED_STATES and (
			(self.workflow_state or "") in indicators.RECOUNTED_STATES or self.workflow_state == "Submitted"
		):
			self.recount(period)

	def check_binding(self):
		"""The CPAS prepares its own return; the SPP only reviews (the workflow says what it may do)."""
		roles = frappe.get_roles()
		if scope.SPP_ROLE in roles and not any(r in scope.CPAS_ROLES for r in roles):
			before = self.get_doc_before_save()
			if not before or before.cpas != self.cpas:
				frappe.throw(_("The SPP reviews returns; the CPAS prepares them."), frappe.PermissionError)
			return
		problem = scope.binding_problem(
			self.cpas,
			self.get_doc_before_save().cpas if self.get_doc_before_save() else None,
			bound_cpas(),
			roles,
		)
		refuse(problem, title=_("CPAS scope"), exc=frappe.PermissionError)

	def recount(self, period: indicators.Period):
		"""Each figure from the named rule function of its indicator, until the return is submitted."""
		self.set("lines", [])
		for indicator, figure in counting.count_return(
			self.cpas, period, counting.active_indicators(), counting.fiche_modules(self.fiche)
		):
			self.append(
				"lines",
				{
					"indicator": indicator.name,
					"wording": indicator.get(f"wording_{language()}") or indicator.wording_en,
					"counting_rule": indicator.counting_rule,
					"participant_count": figure.count,
				},
			)
		self.counted_on = now_datetime()


def language() -> str:
	return languages.wording_language(frappe.local.lang)


def log_access(name: str, method: str, file_type: str | None = None):
	"""Every opening and export of a return goes to Frappe's Access Log."""
	from frappe.core.doctype.access_log.access_log import make_access_log

	make_access_log(doctype="Indicator Return", document=name, method=method, file_type=file_type)

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from amif_network.adapters.problems import refuse
from amif_network.rules import progress


class SubobjectiveRating(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		cpas: DF.Link
		enrolment: DF.Link
		entry_on: DF.Date | None
		exit_on: DF.Date | None
		fiche: DF.Link
		fiche_module: DF.Data
		midway_on: DF.Date | None
		module: DF.Link | None
		participant: DF.Link | None
		rating_entry: DF.Literal["", "Not yet", "Partly", "Reached"]
		rating_exit: DF.Literal["", "Not yet", "Partly", "Reached"]
		rating_midway: DF.Literal["", "Not yet", "Partly", "Reached"]
		sub_objective: DF.SmallText
	# end: auto-generated types

	def validate(self):
		enrolment = frappe.db.get_value(
			"Module Enrolment", self.enrolment, ["participant", "cpas", "module"], as_dict=True
		)
		if not enrolment:
			frappe.throw(_("Choose the enrolment whose progress is rated."))
		self.participant, self.cpas, self.module = enrolment.participant, enrolment.cpas, enrolment.module
		fiche = frappe.db.get_value("Project Fiche", self.fiche, ["cpas", "docstatus"], as_dict=True)
		if not fiche or fiche.docstatus != 1 or fiche.cpas != self.cpas:
			frappe.throw(_("Rate against an approved project fiche of the enrolment's CPAS."))
		fiche_doc = frappe.get_doc("Project Fiche", self.fiche)
		refuse(
			progress.rating_problems(
				self.module,
				{row.activity_module: row.module_name for row in fiche_doc.modules if row.activity_module},
				self.fiche_module,
				self.sub_objective,
				[(row.module_name, row.sub_objective) for row in fiche_doc.sub_objectives],
				[self.rating_entry, self.rating_midway, self.rating_exit],
			)
		)

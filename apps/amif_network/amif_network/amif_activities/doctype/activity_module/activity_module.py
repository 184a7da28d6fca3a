# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe.model.document import Document
from frappe.utils import getdate

from amif_network.adapters import language
from amif_network.adapters.problems import refuse
from amif_network.rules import modules


class ActivityModule(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		capacity: DF.Int
		cpas: DF.Link
		description: DF.SmallText | None
		is_active: DF.Check
		kind: DF.Literal[
			"Individual follow-up",
			"Collective workshop",
			"Collective coaching",
			"Information session",
			"Outing",
			"Language course",
		]
		lead: DF.Link | None
		module_name_fr: DF.Data
		module_name_nl: DF.Data | None
		period_from: DF.Date | None
		period_to: DF.Date | None
		target_language_level: DF.Literal["", "Illiterate", "Beginner", "Advanced"]
	# end: auto-generated types

	def validate(self):
		self.module_name_nl = self.module_name_nl or self.module_name_fr
		refuse(
			[
				modules.period_problem(_date(self.period_from), _date(self.period_to)),
				modules.capacity_problem(self.capacity),
			]
		)


def module_label(module: str) -> str:
	"""A module's name in the reader's language (French for everyone but Dutch readers)."""
	name_fr, name_nl = frappe.db.get_value("Activity Module", module, ["module_name_fr", "module_name_nl"])
	return language.pick(name_fr, name_nl) or module


def _date(value):
	return getdate(value) if value else None

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from amif_network.adapters.problems import refuse
from amif_network.amif_participants.retention import settings
from amif_network.rules import retention as rules
from amif_network.rules.messages import Problem


class CPASRetentionRule(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		applies_to: DF.Literal["People who never took part in a module", "Every participant"]
		cpas: DF.Link
		reason: DF.SmallText | None
		years: DF.Int
	# end: auto-generated types

	def validate(self):
		legal_years, _grace, _erase = settings()
		refuse(rules.cpas_rule_problems(self.applies_to, self.years, legal_years), title=_("Retention rule"))
		if frappe.db.exists(
			"CPAS Retention Rule",
			{"cpas": self.cpas, "applies_to": self.applies_to, "name": ["!=", self.name]},
		):
			refuse(
				Problem(
					_("CPAS {0} already has a retention rule for: {1}."), (self.cpas, _(self.applies_to))
				),
				title=_("Retention rule"),
			)

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from amif_network.adapters.problems import refuse
from amif_network.rules import retention as rules


class RetentionSettings(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		erase_automatically: DF.Check
		grace_days: DF.Int
		last_run: DF.Data | None
		last_run_on: DF.Datetime | None
		retention_years: DF.Int
	# end: auto-generated types

	def validate(self):
		refuse(rules.network_rule_problems(self.retention_years, self.grace_days), title=_("Retention rule"))

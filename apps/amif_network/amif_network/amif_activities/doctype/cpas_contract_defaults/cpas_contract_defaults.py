# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

from frappe.model.document import Document

from amif_network.adapters.problems import refuse
from amif_network.rules import contracts


class CPASContractDefaults(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		cpas: DF.Link
		late_period: DF.Literal["Per week", "Per month", "Per module"]
		max_late_arrivals: DF.Int
		max_unexcused_absences: DF.Int
		min_attendance_rate: DF.Percent
		validity_months: DF.Int
	# end: auto-generated types

	def validate(self):
		refuse(
			contracts.contract_rule_problems(
				self.min_attendance_rate,
				self.max_unexcused_absences,
				self.max_late_arrivals,
				self.late_period,
			)
		)

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

from frappe.model.document import Document
from frappe.utils import getdate

from amif_network.adapters.problems import refuse
from amif_network.rules import group_size


class GroupSizeRule(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		cpas: DF.Link
		max_participants: DF.Int
		note: DF.SmallText | None
		per_trainers: DF.Int
		rule_label: DF.Data | None
		valid_from: DF.Date
		valid_to: DF.Date | None
	# end: auto-generated types

	def validate(self):
		refuse(
			group_size.rule_problems(
				getdate(self.valid_from) if self.valid_from else None,
				getdate(self.valid_to) if self.valid_to else None,
				self.max_participants,
				self.per_trainers,
			)
		)
		self.rule_label = f"{self.max_participants} + {self.per_trainers}"

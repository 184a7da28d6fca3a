# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

from frappe.model.document import Document

from amif_network.adapters.problems import refuse
from amif_network.rules import indicators


class AMIFIndicator(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from amif_network.amif_indicators.doctype.amif_indicator_kind.amif_indicator_kind import (
			AMIFIndicatorKind,
		)

		code: DF.Data
		counting_rule: DF.Literal[
			"Participants in modules of a kind",
			"Language-course participants who rose a CEFR level",
			"Positive answers to a survey domain",
			"Participants who applied for a procedure",
		]
		definition: DF.Text | None
		funding_period: DF.Data
		is_active: DF.Check
		module_kinds: DF.Table[AMIFIndicatorKind]
		procedure: DF.Literal["", "Long-term resident status", "Citizenship", "Family reunification"]
		reference_data: DF.Check
		sort_order: DF.Int
		survey_domain: DF.Literal[
			"",
			"Content",
			"Trainer",
			"Group",
			"Practical organisation",
			"Use in daily life",
			"Overall",
			"Integration",
		]
		wording_en: DF.SmallText
		wording_fr: DF.SmallText
		wording_nl: DF.SmallText
	# end: auto-generated types

	def validate(self):
		refuse(indicators.indicator_problems(self.spec()))

	def spec(self) -> indicators.IndicatorSpec:
		"""What the counting rule reads; the rule never looks at the code."""
		return indicators.IndicatorSpec(
			counting_rule=self.counting_rule,
			module_kinds=frozenset(row.indicator_kind for row in self.module_kinds),
			survey_domain=self.survey_domain or None,
			procedure=self.procedure or None,
		)

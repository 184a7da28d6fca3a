# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

# import frappe
from frappe.model.document import Document


class SurveyQuestion(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		answer_kind: DF.Literal["Faces (3)", "Faces (5)", "Yes / No / Don't know", "Choice", "Free text"]
		choice_options: DF.SmallText | None
		domain: DF.Literal[
			"Content",
			"Trainer",
			"Group",
			"Practical organisation",
			"Use in daily life",
			"Overall",
			"Integration",
		]
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		question_key: DF.Data | None
		required: DF.Check
		retired: DF.Check
	# end: auto-generated types
	pass

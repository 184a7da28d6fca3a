# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from amif_network.adapters.problems import refuse
from amif_network.amif_surveys.recordings import check_recording
from amif_network.amif_surveys.survey import question_dicts, wording_dicts
from amif_network.rules import surveys


class SurveyTemplate(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from amif_network.amif_surveys.doctype.survey_question.survey_question import SurveyQuestion
		from amif_network.amif_surveys.doctype.survey_wording.survey_wording import SurveyWording

		is_active: DF.Check
		missing_wordings: DF.SmallText | None
		module_kind: DF.Literal[
			"",
			"Individual follow-up",
			"Collective workshop",
			"Collective coaching",
			"Information session",
			"Outing",
			"Language course",
		]
		questions: DF.Table[SurveyQuestion]
		title: DF.Data
		wordings: DF.Table[SurveyWording]
	# end: auto-generated types

	def validate(self):
		for row in self.questions:
			if not row.question_key:
				row.question_key = surveys.next_question_key([q.question_key for q in self.questions])
		questions, wordings = question_dicts(self), wording_dicts(self)
		refuse(surveys.template_problems(questions, wordings), title=_("Survey template not saved"))
		before = self.get_doc_before_save()
		if before:
			refuse(
				surveys.answered_question_changes(
					question_dicts(before), questions, wording_dicts(before), wordings, self.answered_keys()
				),
				title=_("Survey template not saved"),
			)
		self.missing_wordings = self.describe_missing_wordings(questions, wordings)
		for row in self.wordings:
			check_recording(row.audio)

	def answered_keys(self) -> list[str]:
		rows = frappe.db.sql(
			"""select distinct a.question_key from `tabSurvey Answer` a
			join `tabSurvey Response` r on r.name = a.parent
			where a.parenttype = 'Survey Response' and r.template = %s
			union select distinct question_key from `tabSurvey Comment` where template = %s""",
			(self.name, self.name),
		)
		return [row[0] for row in rows]

	def describe_missing_wordings(self, questions, wordings, leaving: str | None = None) -> str:
		languages = [
			code
			for code in frappe.get_all("Survey Language", filters={"enabled": 1}, pluck="name")
			if code != leaving
		]
		missing: dict[str, list[str]] = {}
		for key, language in surveys.missing_wordings(questions, wordings, languages):
			missing.setdefault(key, []).append(language)
		return "\n".join(f"{key}: {', '.join(langs)}" for key, langs in missing.items())

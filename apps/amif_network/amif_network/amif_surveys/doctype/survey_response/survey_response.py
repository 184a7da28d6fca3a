# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe.model.document import Document

from amif_network.amif_activities.problems import throw_problems
from amif_network.amif_surveys.survey import question_dicts
from amif_network.rules import surveys


class SurveyResponse(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from amif_network.amif_surveys.doctype.survey_answer.survey_answer import SurveyAnswer

		answers: DF.Table[SurveyAnswer]
		channel: DF.Literal["Tablet", "Paper"]
		cpas: DF.Link
		language: DF.Link
		module: DF.Link
		module_kind: DF.Data | None
		period: DF.Data
		template: DF.Link
	# end: auto-generated types

	def template_questions(self) -> list[dict]:
		return question_dicts(frappe.get_doc("Survey Template", self.template))

	def set_answers(self, answers):
		"""One row per answered question; the rules check the answers again at validation."""
		self.flags.given_answers = answers
		if not isinstance(answers, dict):
			return
		questions = {q["key"]: q for q in self.template_questions()}
		self.set("answers", [])
		for key, value in answers.items():
			question = questions.get(key)
			if not question or value in (None, "") or not isinstance(value, str):
				continue
			free = question["kind"] == surveys.FREE_TEXT
			self.append(
				"answers",
				{
					"question_key": key,
					"domain": question["domain"],
					"answer_kind": question["kind"],
					"answer": "" if free else value,
					"free_text": value if free else None,
				},
			)

	def validate(self):
		self.module_kind = frappe.db.get_value("Activity Module", self.module, "kind")
		given = self.flags.given_answers
		if given is None:
			given = {row.question_key: (row.free_text or row.answer) for row in self.answers}
		throw_problems(surveys.answer_problems(self.template_questions(), given))

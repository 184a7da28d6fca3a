# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe.model.document import Document

from amif_network.adapters.problems import refuse
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
		cpas: DF.Link
		module: DF.Link
		module_kind: DF.Data | None
		pending_language: DF.Data | None
		release_period: DF.Link
		released: DF.Check
		template: DF.Link
	# end: auto-generated types

	def template_questions(self) -> list[dict]:
		skipped = self.flags.skipped_domains or ()  # the integration answer is kept apart
		return [
			q
			for q in question_dicts(frappe.get_doc("Survey Template", self.template))
			if q["domain"] not in skipped
		]

	def _all_keys(self) -> set:
		return {q["key"] for q in question_dicts(frappe.get_doc("Survey Template", self.template))}

	def autoname(self):
		# Not Frappe's hash naming: its names begin with the time the survey was answered.
		self.name = frappe.generate_hash(length=12)

	def set_answers(self, answers):
		"""One row per answered question, in the template's order; free texts apart (Survey Comment).

		The rules check the answers again at validation.
		"""
		self.flags.given_answers = answers
		self.flags.free_texts = []
		if not isinstance(answers, dict):
			return
		self.set("answers", [])
		for question in self.template_questions():
			value = answers.get(question["key"])
			if question.get("retired") or value in (None, "") or not isinstance(value, str):
				continue
			if question["kind"] == surveys.FREE_TEXT:
				self.flags.free_texts.append((question["key"], value))
				continue
			row = self.append(
				"answers",
				{
					"question_key": question["key"],
					"domain": question["domain"],
					"answer_kind": question["kind"],
					"answer": value,
				},
			)
			row.name = frappe.generate_hash(length=12)

	def validate(self):
		self.module_kind = frappe.db.get_value("Activity Module", self.module, "kind")
		questions = self.template_questions()
		given = self.flags.given_answers
		if given is None:  # saved again: free texts live in Survey Comments, not in the rows
			given = {row.question_key: row.answer for row in self.answers}
			questions = [q for q in questions if q["kind"] != surveys.FREE_TEXT]
		if isinstance(given, dict) and self.flags.skipped_domains:
			kept = {q["key"] for q in questions}
			given = {key: value for key, value in given.items() if key in kept or key not in self._all_keys()}
		refuse(surveys.answer_problems(questions, given))

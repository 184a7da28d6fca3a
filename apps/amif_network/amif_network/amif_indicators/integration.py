"""The fund's integration question in the satisfaction survey: asked once per participant and
project, its answer kept apart from the response and from the person.

The answer is an Integration Answer holding only its CPAS and release period, released (counted)
in groups of at least five per CPAS and period; the enrolment keeps only that the question was
asked. A response carries no integration answer, so the flag cannot point at one response.
"""

import frappe

from amif_network.adapters.problems import refuse
from amif_network.amif_indicators import counting
from amif_network.rules import indicators, surveys


def project_modules_of(module: str) -> tuple[str, ...]:
	"""The modules of the approved fiche that carries out `module` (the module alone without one)."""
	fiches = frappe.get_all(
		"Project Fiche Module",
		filters={"activity_module": module, "parenttype": "Project Fiche"},
		pluck="parent",
		ignore_permissions=True,
	)
	approved = [f for f in fiches if frappe.db.get_value("Project Fiche", f, "docstatus") == 1]
	modules = {module}
	for fiche in approved:
		modules.update(counting.fiche_modules(fiche))
	return tuple(sorted(modules))


def already_asked(enrolment) -> bool:
	return bool(
		frappe.db.exists(
			"Module Enrolment",
			{
				"participant": enrolment.participant,
				"module": ["in", project_modules_of(enrolment.module)],
				"integration_question_asked": 1,
			},
		)
	)


def skipped_domains(enrolment) -> frozenset:
	return indicators.skipped_survey_domains(already_asked(enrolment))


def record_integration_answer(enrolment, questions: list[dict], answers: dict, period: str, at: str):
	"""Keep the answer apart (if the question was asked now) and flag the enrolment as asked."""
	asked = [q for q in questions if q["domain"] == indicators.INTEGRATION_DOMAIN and not q.get("retired")]
	if not asked or already_asked(enrolment):
		return
	question = asked[0]
	value = answers.get(question["key"]) if isinstance(answers, dict) else None
	refuse([indicators.integration_answer_problem(value, surveys.allowed_answers(question))])
	if value not in (None, ""):
		answer = frappe.get_doc(
			{
				"doctype": "Integration Answer",
				"cpas": enrolment.cpas,
				"release_period": period,
				"answer_kind": question["kind"],
				"answer": value,
				"released": 0,
			}
		)
		answer.name = frappe.generate_hash(length=12)  # random: Frappe's hash names tell the time
		answer.db_insert()
		frappe.db.sql(
			"""update `tabIntegration Answer` set creation=%(at)s, modified=%(at)s, owner='Administrator',
			modified_by='Administrator' where name=%(name)s""",
			{"at": at, "name": answer.name},
		)
	frappe.db.set_value(
		"Module Enrolment", enrolment.name, "integration_question_asked", 1, update_modified=False
	)
	release_ready_answers(enrolment.cpas, period)


def release_ready_answers(cpas: str, period: str) -> bool:
	"""The waiting answers of a CPAS and period are released together once there are k of them."""
	pending = frappe.db.sql(
		"""select name from `tabIntegration Answer` where cpas=%s and release_period=%s and released=0
		for update""",
		(cpas, period),
	)
	if not surveys.batch_to_release(len(pending)):
		return False
	frappe.db.sql(
		"update `tabIntegration Answer` set released=1 where name in %(names)s",
		{"names": tuple(name for (name,) in pending)},
	)
	return True

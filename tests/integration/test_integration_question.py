"""The fund's integration question: asked once per participant and project, its answer kept apart
from the response and from the person, counted only once released in a group of five."""

import uuid

import pytest

from tests.integration.test_indicator_returns import raw_insert

UID = uuid.uuid4().hex[:6]


@pytest.fixture
def survey_world(site):
	"""A template asking a satisfaction and the integration question; six participants of a
	Liège module; everything is rolled back at the end (nothing here goes over HTTP)."""
	frappe = site
	frappe.db.rollback()
	from frappe.utils import add_days, today

	from amif_network.amif_surveys import survey

	periods = [
		p
		for p in frappe.get_all("Survey Release Period", fields=["name", "start_date", "end_date"])
		if str(p.start_date) <= today() <= str(p.end_date)
	]
	period = (
		periods[0].name
		if periods
		else frappe.get_doc(
			{
				"doctype": "Survey Release Period",
				"period_name": f"Test {UID}",
				"start_date": add_days(today(), -3),
				"end_date": add_days(today(), 30),
			}
		)
		.insert()
		.name
	)
	template = frappe.get_doc(
		{
			"doctype": "Survey Template",
			"title": f"Integration {UID}",
			"module_kind": "",
			"is_active": 0,
			"questions": [
				{"question_key": "Q1", "domain": "Overall", "answer_kind": "Faces (5)", "required": 1},
				{"question_key": "Q2", "domain": "Integration", "answer_kind": "Faces (5)", "required": 0},
			],
			"wordings": [
				{"question_key": "Q1", "language": "fr", "wording": "Le module vous a plu ?"},
				{
					"question_key": "Q2",
					"language": "fr",
					"wording": "Le module vous aide à vivre en Belgique ?",
				},
			],
		}
	).insert()
	modules = [
		raw_insert(
			frappe,
			{
				"doctype": "Activity Module",
				"name": f"MOD-Q{UID}-{n}",
				"cpas": "LIEGE",
				"module_name_fr": f"M{n}",
				"kind": "Outing",
			},
		)
		for n in (1, 2)
	]
	fiche = raw_insert(
		frappe,
		{
			"doctype": "Project Fiche",
			"name": f"PF-Q{UID}",
			"project_name": f"Q {UID}",
			"cpas": "LIEGE",
			"period_start": "2026-01-01",
			"period_end": "2027-12-31",
			"main_objective": "x",
			"docstatus": 1,
			"modules": [
				{"module_name": f"M{n}", "activity_type": "Collective", "activity_module": m}
				for n, m in enumerate(modules)
			],
		},
	)
	people = [
		raw_insert(
			frappe, {"doctype": "Participant", "cpas": "LIEGE", "first_name": f"Q{i}", "last_name": UID}
		)
		for i in range(6)
	]
	enrolments = {
		(i, n): frappe.get_doc(
			"Module Enrolment",
			raw_insert(
				frappe,
				{
					"doctype": "Module Enrolment",
					"participant": p,
					"cpas": "LIEGE",
					"module": modules[n],
					"status": "Active",
					"from_date": "2026-09-01",
				},
			),
		)
		for i, p in enumerate(people)
		for n in (0, 1)
	}
	yield {
		"survey": survey,
		"template": template.name,
		"enrolments": enrolments,
		"period": period,
		"fiche": fiche,
		"modules": modules,
	}
	frappe.db.rollback()


def answers_kept(frappe, period):
	return frappe.get_all(
		"Integration Answer",
		{"cpas": "LIEGE", "release_period": period},
		["answer", "released", "owner", "creation"],
	)


def test_the_question_is_asked_once_per_participant_and_project_and_kept_apart(survey_world, site):
	frappe, w = site, survey_world
	from amif_network.amif_indicators import integration

	before = len(answers_kept(frappe, w["period"]))
	first = w["enrolments"][(0, 0)]
	assert integration.skipped_domains(first) == frozenset()
	w["survey"].record_response(first, w["template"], "fr", {"Q1": "4", "Q2": "5"})
	kept = answers_kept(frappe, w["period"])
	assert len(kept) == before + 1
	assert all(row.owner == "Administrator" for row in kept)
	# the response holds no integration answer; the enrolment only that the question was asked
	domains = frappe.db.sql(
		"""select a.domain from `tabSurvey Answer` a join `tabSurvey Response` r on r.name = a.parent
		where r.module = %s""",
		first.module,
	)
	assert [d for (d,) in domains] == ["Overall"]
	assert frappe.db.get_value("Module Enrolment", first.name, "integration_question_asked") == 1
	# the same participant's other module of the project: not asked again, a sent answer is not kept
	second = w["enrolments"][(0, 1)]
	assert integration.skipped_domains(second) == frozenset({"Integration"})
	w["survey"].record_response(second, w["template"], "fr", {"Q1": "3", "Q2": "5"})
	assert len(answers_kept(frappe, w["period"])) == before + 1
	assert frappe.db.get_value("Module Enrolment", second.name, "integration_question_asked") == 0


def test_answers_count_only_once_released_in_a_group_of_five(survey_world, site):
	frappe, w = site, survey_world
	from frappe.utils import getdate

	from amif_network.amif_indicators import counting
	from amif_network.rules import indicators

	start, end = frappe.db.get_value("Survey Release Period", w["period"], ["start_date", "end_date"])
	period = indicators.Period(getdate(start), getdate(end))
	released_before = sum(1 for r in answers_kept(frappe, w["period"]) if r.released)
	for i in range(4):
		w["survey"].record_response(w["enrolments"][(i, 0)], w["template"], "fr", {"Q1": "4", "Q2": "5"})
	pending = [r for r in answers_kept(frappe, w["period"]) if not r.released]
	if len(pending) == 4:  # nothing else waited in this period: four stay hidden
		assert len(counting.answer_rows("LIEGE", period, {"Integration"}, [])) == released_before
	w["survey"].record_response(w["enrolments"][(4, 0)], w["template"], "fr", {"Q1": "2", "Q2": "1"})
	assert all(r.released for r in answers_kept(frappe, w["period"]))
	rows = counting.answer_rows("LIEGE", period, {"Integration"}, [])
	assert len(rows) >= released_before + 5
	spec = indicators.IndicatorSpec(indicators.RULE_SURVEY_DOMAIN, survey_domain="Integration")
	positive = indicators.count_figure(
		indicators.ReturnData(answers=tuple(rows)), spec, period, "LIEGE"
	).count
	assert positive >= 4 and positive <= len(rows) - 1


def test_an_answer_off_the_scale_is_refused(survey_world, site):
	w = survey_world
	with pytest.raises(site.ValidationError):
		w["survey"].record_response(w["enrolments"][(5, 0)], w["template"], "fr", {"Q1": "4", "Q2": "9"})

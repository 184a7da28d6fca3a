"""The counting rules of the AMIF indicators, on hand-made cases."""

from datetime import date

from amif_network.rules import indicators as ind
from amif_network.rules.indicators import (
	EnrolmentRow,
	IndicatorSpec,
	Period,
	ProcedureRow,
	ReturnData,
	SurveyAnswerRow,
)

YEAR_2026 = Period(date(2026, 1, 1), date(2026, 12, 31))
LANGUAGE = frozenset({"Language course"})
CIVIC = frozenset({"Civic orientation"})


def enrolment(
	name,
	participant,
	cpas="LIEGE",
	kinds=LANGUAGE,
	status="Active",
	start=date(2026, 3, 1),
	end=None,
	**kw,
):
	return EnrolmentRow(
		name,
		participant,
		cpas,
		f"MOD-{name}",
		frozenset(kinds),
		status,
		start,
		end,
		**kw,
	)


def count(rule, data, kinds=LANGUAGE, cpas="LIEGE", period=YEAR_2026, **kw):
	return ind.count_figure(data, IndicatorSpec(rule, frozenset(kinds), **kw), period, cpas)


def test_a_participant_in_two_modules_of_the_same_kind_counts_once():
	data = ReturnData(enrolments=(enrolment("E1", "P1"), enrolment("E2", "P1"), enrolment("E3", "P2")))
	figure = count(ind.RULE_MODULE_KINDS, data)
	assert figure.count == 2 and figure.participants == {"P1", "P2"}
	assert figure.records == ("E1", "E2", "E3")


def test_a_module_of_several_kinds_counts_for_each_kind_it_serves():
	data = ReturnData(enrolments=(enrolment("E1", "P1", kinds={"Language course", "Civic orientation"}),))
	assert count(ind.RULE_MODULE_KINDS, data, kinds=CIVIC).count == 1
	assert count(ind.RULE_MODULE_KINDS, data, kinds={"Professional guidance"}).count == 0


def test_a_participant_who_moved_counts_for_each_cpas_through_its_own_enrolments():
	data = ReturnData(
		enrolments=(
			enrolment("E1", "P1", cpas="LIEGE", end=date(2026, 5, 31)),
			enrolment("E2", "P1", cpas="CHARLEROI", start=date(2026, 9, 1)),
		)
	)
	assert count(ind.RULE_MODULE_KINDS, data, cpas="LIEGE").records == ("E1",)
	assert count(ind.RULE_MODULE_KINDS, data, cpas="CHARLEROI").records == ("E2",)
	assert ind.network_totals([{"O.2.3": 1}, {"O.2.3": 1}]) == {"O.2.3": 2}


def test_enrolments_straddling_a_period_edge_count_in_both_periods_and_outside_ones_do_not():
	straddling = enrolment("E1", "P1", start=date(2025, 9, 1), end=date(2026, 6, 30))
	ended_before = enrolment("E2", "P2", start=date(2025, 1, 1), end=date(2025, 12, 31))
	starts_after = enrolment("E3", "P3", start=date(2027, 1, 1))
	open_ended = enrolment("E4", "P4", start=date(2026, 12, 31))
	data = ReturnData(enrolments=(straddling, ended_before, starts_after, open_ended))
	assert count(ind.RULE_MODULE_KINDS, data).participants == {"P1", "P4"}
	year_2025 = Period(date(2025, 1, 1), date(2025, 12, 31))
	assert count(ind.RULE_MODULE_KINDS, data, period=year_2025).participants == {
		"P1",
		"P2",
	}


def test_a_proposed_enrolment_never_started_and_does_not_count():
	data = ReturnData(
		enrolments=(
			enrolment("E1", "P1", status="Proposed"),
			enrolment("E2", "P2", status="Dropped"),
		)
	)
	assert count(ind.RULE_MODULE_KINDS, data).participants == {"P2"}


def test_cefr_gain_counts_a_rise_of_at_least_one_level_assessed_in_the_period_once():
	data = ReturnData(
		enrolments=(
			enrolment(
				"E1",
				"P1",
				cefr_entry="A1",
				cefr_exit="A2",
				cefr_exit_on=date(2026, 6, 30),
			),
			enrolment(
				"E2",
				"P1",
				cefr_entry="Pre-A1",
				cefr_exit="A2",
				cefr_exit_on=date(2026, 12, 1),
			),
			enrolment(
				"E3",
				"P2",
				cefr_entry="A2",
				cefr_exit="A2",
				cefr_exit_on=date(2026, 6, 30),
			),
			enrolment(
				"E4",
				"P3",
				cefr_entry="B1",
				cefr_exit="A2",
				cefr_exit_on=date(2026, 6, 30),
			),
			enrolment(
				"E5",
				"P4",
				cefr_entry="A1",
				cefr_exit="B1",
				cefr_exit_on=date(2027, 1, 15),
			),
			enrolment("E6", "P5", cefr_entry="A1", cefr_exit=None),
			enrolment(
				"E7",
				"P6",
				kinds=CIVIC,
				cefr_entry="A1",
				cefr_exit="B1",
				cefr_exit_on=date(2026, 6, 1),
			),
		)
	)
	figure = count(ind.RULE_CEFR_GAIN, data)
	assert figure.count == 1 and figure.participants == {"P1"}


def test_an_exit_below_entry_is_a_fact_that_is_flagged():
	assert ind.exit_below_entry("B1", "A2") and not ind.exit_below_entry("A1", "A2")
	assert ind.cefr_rise("Pre-A1", "C2") == 6 and ind.cefr_rise(None, "A1") is None


def test_positive_survey_answers_of_the_domain_the_cpas_and_the_period():
	data = ReturnData(
		answers=(
			SurveyAnswerRow("LIEGE", date(2026, 3, 1), "Integration", True),
			SurveyAnswerRow("LIEGE", date(2026, 4, 1), "Integration", True),
			SurveyAnswerRow("LIEGE", date(2026, 4, 1), "Integration", False),
			SurveyAnswerRow("LIEGE", date(2026, 4, 1), "Overall", True),
			SurveyAnswerRow("GENT", date(2026, 4, 1), "Integration", True),
			SurveyAnswerRow("LIEGE", date(2027, 1, 1), "Integration", True),
		)
	)
	figure = count(ind.RULE_SURVEY_DOMAIN, data, kinds=(), survey_domain="Integration")
	assert figure.count == 2 and figure.records is None  # anonymous: no rows behind it


def test_procedure_applications_count_distinct_participants_in_the_period():
	data = ReturnData(
		procedures=(
			ProcedureRow("A1", "P1", "LIEGE", "Citizenship", date(2026, 2, 1)),
			ProcedureRow("A2", "P1", "LIEGE", "Citizenship", date(2026, 8, 1)),
			ProcedureRow("A3", "P2", "LIEGE", "Long-term resident status", date(2026, 8, 1)),
			ProcedureRow("A4", "P3", "LIEGE", "Citizenship", date(2025, 8, 1)),
			ProcedureRow("A5", "P4", "GENT", "Citizenship", date(2026, 8, 1)),
		)
	)
	assert count(ind.RULE_PROCEDURE, data, kinds=(), procedure="Citizenship").participants == {"P1"}


def test_every_counting_rule_is_a_named_function_and_reads_something():
	for rule, function in ind.COUNTING_RULES.items():
		assert function.__name__ != "<lambda>" and rule in ind.RULE_READS


def test_an_indicator_whose_rule_reads_nothing_is_refused():
	assert ind.indicator_problems(IndicatorSpec(ind.RULE_MODULE_KINDS))
	assert ind.indicator_problems(IndicatorSpec(ind.RULE_CEFR_GAIN))
	assert ind.indicator_problems(IndicatorSpec(ind.RULE_SURVEY_DOMAIN, module_kinds=LANGUAGE))
	assert ind.indicator_problems(IndicatorSpec(ind.RULE_PROCEDURE))
	assert ind.indicator_problems(IndicatorSpec("Count by code"))
	assert ind.indicator_problems(IndicatorSpec(ind.RULE_MODULE_KINDS, frozenset({"Cooking"})))
	assert not ind.indicator_problems(IndicatorSpec(ind.RULE_MODULE_KINDS, LANGUAGE))
	assert not ind.indicator_problems(IndicatorSpec(ind.RULE_SURVEY_DOMAIN, survey_domain="Integration"))


def test_the_return_period_is_the_year_within_the_project_or_its_start_to_the_year_end():
	start, end = date(2025, 9, 1), date(2027, 6, 30)
	assert ind.return_period("Annual", 2025, start, end)[0] == Period(date(2025, 9, 1), date(2025, 12, 31))
	assert ind.return_period("Annual", 2027, start, end)[0] == Period(date(2027, 1, 1), date(2027, 6, 30))
	assert ind.return_period("Cumulative", 2026, start, end)[0] == Period(start, date(2026, 12, 31))
	period, problem = ind.return_period("Annual", 2028, start, end)
	assert period is None and "outside the project's dates" in problem.message
	assert ind.return_period("Annual", 2024, start, end)[1] is not None
	assert ind.return_period("Quarterly", 2026, start, end)[1] is not None


def test_a_second_return_for_the_same_period_and_a_send_back_without_reason_are_refused():
	assert ind.duplicate_return_problem("IR-LIEGE-2026-01", "Annual", 2026)
	assert ind.duplicate_return_problem(None, "Annual", 2026) is None
	assert ind.send_back_problem("  ") and ind.send_back_problem("Figures of O.2.3 missing") is None


def test_the_spp_reads_submitted_and_accepted_returns_and_never_the_participant_rows():
	spp, staff = ["AMIF Network Manager"], ["CPAS Staff"]
	assert ind.return_access("read", "LIEGE", "Draft", [], spp) is False
	assert ind.return_access("read", "LIEGE", "Accepted", [], spp) is None
	assert ind.return_access("write", "LIEGE", "Submitted", [], spp) is None
	assert ind.return_access("write", "LIEGE", "Accepted", [], spp) is False
	assert ind.return_access("read", "LIEGE", "Draft", ["LIEGE"], staff) is None
	assert ind.return_access("read", "LIEGE", "Accepted", ["GENT"], staff) is False
	assert ind.return_access("read", "LIEGE", "Accepted", [], ["AMIF Network Member"]) is False
	assert not ind.may_drill_down("LIEGE", [], spp)
	assert not ind.may_drill_down("LIEGE", ["GENT"], staff)
	assert ind.may_drill_down("LIEGE", ["LIEGE"], staff)
	condition = ind.return_query_condition("Indicator Return", ["LIEGE"], staff, lambda v: f"'{v}'")
	assert condition == "(`tabIndicator Return`.`cpas` in ('LIEGE'))"
	assert "workflow_state" in ind.return_query_condition("Indicator Return", [], spp, lambda v: f"'{v}'")
	assert ind.return_query_condition("Indicator Return", [], ["AMIF Network Member"], repr) == "1=0"

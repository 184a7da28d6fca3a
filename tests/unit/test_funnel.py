"""The recruitment funnel's arithmetic: Charleroi's modules 1 and 2."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from amif_network.rules.funnel import (
	STAGES,
	campaign_period_problem,
	conversions,
	counts_from_prospects,
	known_counts,
	overall_conversion,
	prospect_problems,
	running_campaign,
	stage_count_problems,
)

MODULE_1 = {"listed": 1000, "kept": 315, "invited": 315, "came": 110, "enrolled": 60}


def test_charleroi_module_1_conversions():
	steps = {(a, b): r for a, b, r in conversions(MODULE_1)}
	assert steps[("invited", "came")] == 34.9
	assert steps[("kept", "invited")] == 100.0
	assert overall_conversion(MODULE_1) == ("listed", 6.0)


def test_module_2_came_thirty_percent():
	steps = {(a, b): r for a, b, r in conversions({"kept": 199, "invited": 199, "came": 60})}
	assert steps[("invited", "came")] == 30.2
	assert steps[("listed", "kept")] is None  # nobody listed here: unknown, not zero


def test_overall_conversion_starts_at_the_first_stage_counted():
	assert overall_conversion({"kept": 199, "invited": 199, "came": 60, "enrolled": 20}) == ("kept", 10.1)
	assert overall_conversion({}) == (None, None)


def test_more_came_than_were_invited_is_refused():
	problems = stage_count_problems({"invited": 100, "came": 110})
	assert len(problems) == 1
	assert "cannot be more than" in problems[0].message and problems[0].args[1] == 110


def test_an_unknown_stage_is_skipped_in_the_comparison():
	assert stage_count_problems({"listed": 1000, "invited": 315, "came": 110}) == []
	assert len(stage_count_problems({"listed": 100, "came": 110})) == 1


def test_negative_counts_are_refused():
	problems = stage_count_problems({"listed": -1, "kept": 0})
	assert len(problems) == 1 and "negative" in problems[0].message


@given(st.lists(st.integers(0, 500), min_size=5, max_size=5))
def test_decreasing_counts_pass_and_give_rates_between_0_and_100(values):
	counts = dict(zip(STAGES, sorted(values, reverse=True), strict=True))
	assert stage_count_problems(counts) == []
	for _before, _after, rate in conversions(counts):
		assert rate is None or 0 <= rate <= 100


@given(st.lists(st.sampled_from(["Listed", "Kept", "Invited", "Came", "Enrolled"]), max_size=50))
def test_prospects_make_a_funnel_that_never_grows(stages):
	counts = counts_from_prospects(stages)
	assert counts["listed"] == len(stages)
	assert stage_count_problems(counts) == []
	assert counts["enrolled"] == stages.count("Enrolled")


def test_a_campaign_needs_its_period():
	assert campaign_period_problem(None, date(2016, 6, 30)) is not None
	assert campaign_period_problem(date(2016, 6, 30), date(2015, 9, 1)) is not None
	assert campaign_period_problem(date(2015, 9, 1), date(2016, 6, 30)) is None


def test_a_prospect_of_another_cpas_is_refused():
	problems = prospect_problems("GENT", "CHARLEROI", "Listed", False, False)
	assert len(problems) == 1 and problems[0].args == ("GENT", "CHARLEROI")
	assert prospect_problems("CHARLEROI", "CHARLEROI", "Listed", False, False) == []


def test_enrolled_only_through_a_participant_and_came_needs_a_session():
	assert len(prospect_problems("GENT", "GENT", "Enrolled", False, True)) == 1
	assert prospect_problems("GENT", "GENT", "Enrolled", True, False) == []
	assert len(prospect_problems("GENT", "GENT", "Came", False, False)) == 1


def test_the_running_campaign_is_the_one_of_today():
	campaigns = [
		{"name": "M1", "from_date": date(2015, 9, 1), "to_date": date(2016, 6, 30)},
		{"name": "M2", "from_date": date(2016, 9, 1), "to_date": date(2017, 6, 30)},
	]
	assert running_campaign(campaigns, date(2016, 1, 1))["name"] == "M1"
	assert running_campaign(campaigns, date(2016, 7, 15))["name"] == "M1"  # between campaigns: the last
	assert running_campaign(campaigns, date(2015, 1, 1)) is None


def test_the_information_session_is_one_of_the_prospects_cpas():
	problems = prospect_problems("GENT", "GENT", "Came", False, True, session_cpas="LIEGE")
	assert len(problems) == 1 and problems[0].args == ("LIEGE",)


def test_a_typed_zero_is_not_counted_but_a_counted_zero_is():
	typed = known_counts({"kept": 199, "invited": 199, "came": 60, "enrolled": 0, "listed": 0}, "Numbers")
	assert typed["enrolled"] is None and typed["listed"] is None
	assert overall_conversion(typed) == ("kept", None)
	assert known_counts({"kept": 3}, "Prospects")["enrolled"] == 0

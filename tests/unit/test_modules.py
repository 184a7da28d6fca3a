"""The module catalogue and enrolments: periods, CPAS, the way an enrolment moves."""

from datetime import date

import pytest

from amif_network.rules.modules import (
	capacity_problem,
	drop_reason_problem,
	enrolment_transition_problem,
	period_problem,
	same_cpas_problems,
)


def test_a_school_year_module_runs_from_september_to_june():
	assert period_problem(date(2026, 9, 1), date(2027, 6, 30)) is None
	assert period_problem(date(2026, 9, 1), None) is None


def test_a_period_that_ends_before_it_starts_is_refused():
	assert period_problem(date(2027, 6, 30), date(2026, 9, 1)).render() == (
		"The end date 2026-09-01 comes before the start date 2027-06-30."
	)


def test_capacity_may_be_zero_but_not_negative():
	assert capacity_problem(0) is None
	assert capacity_problem(12) is None
	assert capacity_problem(-1).render() == "The capacity of a module cannot be negative."


def test_a_liege_enrolment_takes_a_liege_participant_and_a_liege_module():
	assert same_cpas_problems("LIEGE", participant_cpas="LIEGE", module_cpas="LIEGE") == []


def test_a_gent_participant_or_module_in_a_liege_record_is_refused():
	problems = same_cpas_problems("LIEGE", participant_cpas="GENT", module_cpas="CHARLEROI")
	assert [p.render() for p in problems] == [
		"The participant belongs to CPAS GENT, not to CPAS LIEGE.",
		"The module belongs to CPAS CHARLEROI, not to CPAS LIEGE.",
	]


@pytest.mark.parametrize(
	"previous,new",
	[
		(None, "Proposed"),
		("Proposed", "Active"),
		("Active", "Completed"),
		("Proposed", "Dropped"),
		("Active", "Dropped"),
		("Active", "Active"),
	],
)
def test_an_enrolment_moves_forward(previous, new):
	assert enrolment_transition_problem(previous, new) is None


@pytest.mark.parametrize(
	"previous,new",
	[("Proposed", "Completed"), ("Completed", "Active"), ("Dropped", "Active"), ("Active", "Proposed")],
)
def test_an_enrolment_does_not_skip_or_go_back(previous, new):
	assert (
		enrolment_transition_problem(previous, new).render()
		== f"An enrolment cannot go from {previous} to {new}."
	)


def test_an_unknown_status_is_refused():
	assert enrolment_transition_problem(None, "Paused").render() == "Unknown enrolment status Paused."


def test_dropping_needs_a_reason():
	assert (
		drop_reason_problem("Dropped", " ").render()
		== "Give the reason why the participant dropped the module."
	)
	assert drop_reason_problem("Dropped", "Found a job") is None
	assert drop_reason_problem("Active", None) is None

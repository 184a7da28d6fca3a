"""One coherent trajectory: enrolments and surveys follow the participant's way."""

from datetime import date

import pytest

from amif_network.rules import trajectory
from amif_network.rules.trajectory import EnrolmentFacts, ParticipantFacts

DAY = date(2026, 12, 3)


@pytest.mark.parametrize("status", ["Referred", "In intake"])
def test_an_enrolment_stays_proposed_until_the_intake_is_approved(status):
	problem = trajectory.activation_problem(status)
	assert "only once the participant's intake is approved" in problem.render()


def test_an_approved_participant_may_start_a_module():
	assert trajectory.activation_problem("Active") is None


@pytest.mark.parametrize("status", ["Completed", "Withdrawn"])
def test_a_participant_whose_trajectory_ended_keeps_no_open_enrolment(status):
	assert trajectory.activation_problem(status) is not None
	assert trajectory.open_enrolment_problem(status, False, "Active") is not None
	assert trajectory.open_enrolment_problem(status, False, "Proposed") is not None
	# closing it is always allowed
	assert trajectory.open_enrolment_problem(status, False, "Dropped") is None
	assert trajectory.open_enrolment_problem(status, False, "Completed") is None


def test_an_anonymised_participant_cannot_follow_a_module():
	assert trajectory.activation_problem("Active", anonymised=True).render() == (
		"An anonymised participant cannot follow a module."
	)
	assert "Anonymised" in trajectory.open_enrolment_problem("Active", True, "Proposed").render()


@pytest.mark.parametrize(
	"outcome,before,after",
	[
		("Completed", "Active", "Completed"),
		("Completed", "Proposed", "Dropped"),
		("Withdrawn", "Active", "Dropped"),
		("Withdrawn", "Proposed", "Dropped"),
		("Anonymised", "Active", "Dropped"),
		("Completed", "Dropped", None),
		("Withdrawn", "Completed", None),
	],
)
def test_the_end_of_a_trajectory_closes_each_open_enrolment(outcome, before, after):
	assert trajectory.enrolment_status_after_end(outcome, before) == after


def test_an_enrolment_closed_by_the_end_of_the_trajectory_ends_that_day_with_its_reason():
	assert trajectory.end_date(date(2027, 6, 30), DAY) == DAY
	assert trajectory.end_date(None, DAY) == DAY
	assert trajectory.end_date(date(2026, 11, 1), DAY) == date(2026, 11, 1)
	assert trajectory.end_reason("Withdrawn", DAY).render() == (
		"The participant withdrew from the project on 2026-12-03."
	)


def test_anonymising_ends_contracts_still_in_force():
	assert trajectory.contract_valid_until_after_end(None, DAY) == DAY
	assert trajectory.contract_valid_until_after_end(date(2027, 6, 30), DAY) == DAY
	assert trajectory.contract_valid_until_after_end(date(2026, 1, 1), DAY) is None


@pytest.mark.parametrize("status", ["Proposed", "Dropped", None])
def test_no_survey_for_an_enrolment_never_active(status):
	assert trajectory.survey_problem(status, "Active") is not None


def test_no_survey_for_a_participant_never_past_intake_even_with_an_active_enrolment():
	assert trajectory.survey_problem("Active", "Referred") is not None
	assert trajectory.survey_problem("Active", "Active") is None
	assert trajectory.survey_problem("Completed", "Completed") is None


def test_the_breaches_of_an_existing_site_are_listed_per_cpas_and_participant():
	people = [
		ParticipantFacts("P-REF", "LIEGE", "Referred"),
		ParticipantFacts("P-WD", "LIEGE", "Withdrawn"),
		ParticipantFacts("P-OK", "GENT", "Active"),
		ParticipantFacts("P-ANON", "GENT", "Active", anonymised=True),
	]
	enrolments = [
		EnrolmentFacts("E1", "P-REF", "Active", survey_done=True),
		EnrolmentFacts("E2", "P-WD", "Active"),
		EnrolmentFacts("E3", "P-OK", "Active", survey_done=True),
		EnrolmentFacts("E4", "P-OK", "Proposed", survey_done=True),
		EnrolmentFacts("E5", "P-ANON", "Proposed"),
		EnrolmentFacts("E6", "P-WD", "Dropped", drop_reason="moved"),
	]
	found = [(b.cpas, b.record) for b in trajectory.trajectory_breaches(people, enrolments)]
	assert found == [("GENT", "E5"), ("GENT", "E4"), ("LIEGE", "E1"), ("LIEGE", "E1"), ("LIEGE", "E2")]

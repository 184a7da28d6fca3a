"""One coherent trajectory: what a participant's way allows of their enrolments and surveys.

- an enrolment becomes Active only for a participant whose intake was approved (the participant's
  status is Active: only the intake's approval moves it there) and whose trajectory has not ended;
- withdrawing or completing a participant ends their open enrolments on that day, with a reason;
- anonymising a participant ends everything: enrolments and contracts;
- a survey is answered only for an enrolment that has been Active.

The same rules list the records of an existing site that break them (`trajectory_breaches`).
"""

from dataclasses import dataclass
from datetime import date

from amif_network.rules.messages import Problem, _

INTAKE_APPROVED = "Active"
ENDED = ("Completed", "Withdrawn")
BEFORE_APPROVAL = ("Referred", "In intake")
OPEN_ENROLMENT = ("Proposed", "Active")
# Statuses an enrolment only reaches by having been Active (Completed follows Active only).
WAS_ACTIVE = ("Active", "Completed")

COMPLETED, WITHDRAWN, ANONYMISED = "Completed", "Withdrawn", "Anonymised"

_END_REASONS = {
	COMPLETED: _("The participant's trajectory was completed on {0}."),
	WITHDRAWN: _("The participant withdrew from the project on {0}."),
	ANONYMISED: _("The participant was anonymised on {0}."),
}


def activation_problem(participant_status: str | None, anonymised: bool = False) -> Problem | None:
	"""Why an enrolment may not become Active for this participant; None when it may."""
	if anonymised:
		return Problem(_("An anonymised participant cannot follow a module."))
	if participant_status in ENDED:
		return Problem(
			_("The participant's trajectory has ended ({0}): no enrolment can become Active."),
			(participant_status,),
		)
	if participant_status != INTAKE_APPROVED:
		return Problem(
			_(
				"An enrolment becomes Active only once the participant's intake is approved (the participant is {0})."
			),
			(participant_status or "-",),
		)
	return None


def open_enrolment_problem(
	participant_status: str | None, anonymised: bool, enrolment_status: str
) -> Problem | None:
	"""A participant whose trajectory ended keeps no open enrolment: none is created or reopened."""
	if enrolment_status not in OPEN_ENROLMENT:
		return None
	if anonymised or participant_status in ENDED:
		return Problem(
			_("The participant's trajectory has ended ({0}): their enrolments can only be closed."),
			(ANONYMISED if anonymised else participant_status,),
		)
	return None


def enrolment_status_after_end(outcome: str, enrolment_status: str) -> str | None:
	"""The status an open enrolment takes when the trajectory ends; None for one already closed.

	A completed trajectory completes the modules being followed and drops the ones only proposed;
	a withdrawal or an anonymisation drops them all.
	"""
	if enrolment_status not in OPEN_ENROLMENT:
		return None
	if outcome == COMPLETED and enrolment_status == "Active":
		return "Completed"
	return "Dropped"


def end_reason(outcome: str, day: date) -> Problem:
	"""The reason written on each enrolment the end of a trajectory closes."""
	return Problem(_END_REASONS[outcome], (day.isoformat(),))


def end_date(to_date: date | None, day: date) -> date:
	"""An enrolment closed by the end of the trajectory ends that day, or earlier if planned so."""
	return min(to_date, day) if to_date else day


def contract_valid_until_after_end(valid_until: date | None, day: date) -> date | None:
	"""Anonymising ends every contract still in force that day; an earlier end is kept."""
	if valid_until and valid_until <= day:
		return None
	return day


def survey_problem(enrolment_status: str | None, participant_status: str | None = None) -> Problem | None:
	"""No survey for an enrolment that never was Active (nor for a participant never past intake)."""
	if enrolment_status in WAS_ACTIVE and participant_status not in BEFORE_APPROVAL:
		return None
	return Problem(
		_("A survey is answered only for an enrolment that has been Active, not a {0} one."),
		(enrolment_status or "-",)
		if participant_status not in BEFORE_APPROVAL
		else ("{} ({})".format(enrolment_status or "-", participant_status),),
	)


@dataclass(frozen=True)
class ParticipantFacts:
	name: str
	cpas: str
	status: str
	anonymised: bool = False


@dataclass(frozen=True)
class EnrolmentFacts:
	name: str
	participant: str
	status: str
	survey_done: bool = False
	drop_reason: str | None = None


@dataclass(frozen=True)
class Breach:
	cpas: str
	doctype: str
	record: str
	participant: str
	problem: Problem


def trajectory_breaches(participants, enrolments) -> list[Breach]:
	"""Every enrolment of an existing site that breaks one of the trajectory's rules."""
	people = {p.name: p for p in participants}
	breaches = []
	for enrolment in enrolments:
		person = people.get(enrolment.participant)
		if not person:
			continue

		def breach(problem, enrolment=enrolment, person=person):
			breaches.append(Breach(person.cpas, "Module Enrolment", enrolment.name, person.name, problem))

		if enrolment.status in OPEN_ENROLMENT and (person.anonymised or person.status in ENDED):
			breach(open_enrolment_problem(person.status, person.anonymised, enrolment.status))
		elif enrolment.status == "Active" and person.status != INTAKE_APPROVED:
			breach(activation_problem(person.status, person.anonymised))
		# A participant still before or in intake never had an Active enrolment to answer for.
		never_active = enrolment.status == "Proposed" or person.status in BEFORE_APPROVAL
		if enrolment.survey_done and never_active:
			breach(
				Problem(
					_(
						"A survey was recorded for this enrolment, which was never Active (the participant is {0})."
					)
					if enrolment.status != "Proposed"
					else _(
						"A survey was recorded for this enrolment, which is still Proposed (the participant is {0})."
					),
					(person.status,),
				)
			)
	return sorted(breaches, key=lambda b: (b.cpas, b.participant, b.record))

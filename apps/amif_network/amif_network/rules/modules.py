"""The module catalogue and enrolments: what a module and an enrolment must hold together."""

from datetime import date

from amif_network.rules.messages import Problem, _

ENROLMENT_STATUSES = ("Proposed", "Active", "Completed", "Dropped")

# Proposed -> Active -> Completed, or Dropped (with a reason) from Proposed or Active.
ENROLMENT_TRANSITIONS: dict[str, frozenset[str]] = {
	"Proposed": frozenset({"Active", "Dropped"}),
	"Active": frozenset({"Completed", "Dropped"}),
	"Completed": frozenset(),
	"Dropped": frozenset(),
}


def period_problem(period_from: date | None, period_to: date | None) -> Problem | None:
	"""A period (of a module, of an enrolment) ends on or after the day it starts."""
	if period_from and period_to and period_to < period_from:
		return Problem(_("The end date {0} comes before the start date {1}."), (period_to, period_from))
	return None


def capacity_problem(capacity: int | None) -> Problem | None:
	if capacity is not None and capacity < 0:
		return Problem(_("The capacity of a module cannot be negative."))
	return None


def same_cpas_problems(
	record_cpas: str | None, participant_cpas: str | None = None, module_cpas: str | None = None
) -> list[Problem]:
	"""The participant and the module of a record belong to the record's own CPAS."""
	problems = []
	if participant_cpas is not None and participant_cpas != record_cpas:
		problems.append(
			Problem(
				_("The participant belongs to CPAS {0}, not to CPAS {1}."),
				(participant_cpas, record_cpas or "-"),
			)
		)
	if module_cpas is not None and module_cpas != record_cpas:
		problems.append(
			Problem(_("The module belongs to CPAS {0}, not to CPAS {1}."), (module_cpas, record_cpas or "-"))
		)
	return problems


def enrolment_transition_problem(previous: str | None, new: str) -> Problem | None:
	"""A new enrolment may start in any status (imports); later changes follow ENROLMENT_TRANSITIONS."""
	if new not in ENROLMENT_STATUSES:
		return Problem(_("Unknown enrolment status {0}."), (new,))
	if previous is None or previous == new:
		return None
	if new not in ENROLMENT_TRANSITIONS.get(previous, frozenset()):
		return Problem(_("An enrolment cannot go from {0} to {1}."), (previous, new))
	return None


def drop_reason_problem(status: str, drop_reason: str | None) -> Problem | None:
	if status == "Dropped" and not (drop_reason or "").strip():
		return Problem(_("Give the reason why the participant dropped the module."))
	return None

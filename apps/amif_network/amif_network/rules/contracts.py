"""The three contracts of a participant (social worker, intake, module) and their rules.

In Liège every participant signs a contract with the social worker, one with the intake
interviewer and one with the lead of each module followed; they fix the rules on attendance
rate and punctuality. An enrolment becomes Active only when all three are in force.
"""

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from amif_network.rules import attendance
from amif_network.rules.messages import Problem, _

SOCIAL_WORKER = "Social worker"
INTAKE = "Intake"
MODULE = "Module"
CONTRACT_TYPES = (SOCIAL_WORKER, INTAKE, MODULE)
LATE_PERIODS = ("Per week", "Per month", "Per module")

# The rules a contract fixes; a CPAS sets their defaults in CPAS Contract Defaults.
RULE_FIELDS = ("min_attendance_rate", "max_unexcused_absences", "max_late_arrivals", "late_period")


@dataclass(frozen=True)
class ContractFacts:
	"""What the activation rule needs to know of one contract."""

	contract_type: str
	module: str | None = None
	signed_by_participant: bool = False
	signed_on: date | None = None
	valid_until: date | None = None


def is_signed_on(contract: ContractFacts, on_date: date) -> bool:
	return bool(contract.signed_by_participant and contract.signed_on and contract.signed_on <= on_date)


def is_expired_on(contract: ContractFacts, on_date: date) -> bool:
	return bool(contract.valid_until and contract.valid_until < on_date)


def is_in_force(contract: ContractFacts, on_date: date) -> bool:
	"""Signed by the participant on or before `on_date` and not expired on that day."""
	return is_signed_on(contract, on_date) and not is_expired_on(contract, on_date)


# One template per contract kind and situation, so each translates as a whole sentence.
_MISSING = {
	SOCIAL_WORKER: _("There is no social-worker contract."),
	INTAKE: _("There is no intake contract."),
	MODULE: _("There is no contract for module {0}."),
}
_UNSIGNED = {
	SOCIAL_WORKER: _("The social-worker contract is not signed by the participant."),
	INTAKE: _("The intake contract is not signed by the participant."),
	MODULE: _("The contract for module {0} is not signed by the participant."),
}
_EXPIRED = {
	SOCIAL_WORKER: _("The social-worker contract expired on {1}."),
	INTAKE: _("The intake contract expired on {1}."),
	MODULE: _("The contract for module {0} expired on {1}."),
}


def _missing_contract(
	kind: str, candidates: list[ContractFacts], on_date: date, module_label: str
) -> Problem | None:
	if any(is_in_force(c, on_date) for c in candidates):
		return None
	expired = [c for c in candidates if is_signed_on(c, on_date) and is_expired_on(c, on_date)]
	if expired:
		last = max(c.valid_until for c in expired)
		return Problem(_EXPIRED[kind], (module_label, last))
	if candidates:
		return Problem(_UNSIGNED[kind], (module_label,))
	return Problem(_MISSING[kind], (module_label,))


def enrolment_can_activate(
	module: str, contracts: Iterable[ContractFacts], on_date: date, module_label: str | None = None
) -> list[Problem]:
	"""What keeps an enrolment in `module` from becoming Active on `on_date`; empty when nothing does.

	The participant needs a social-worker contract, an intake contract and a contract for this
	module, each signed by the participant and not expired on that day. Each missing one is
	named, with the reason (none, not signed, expired on a date).
	"""
	contracts = list(contracts)
	label = module_label or module
	problems = []
	for kind in CONTRACT_TYPES:
		candidates = [
			c for c in contracts if c.contract_type == kind and (kind != MODULE or c.module == module)
		]
		problem = _missing_contract(kind, candidates, on_date, label)
		if problem:
			problems.append(problem)
	return problems


def activation_date(today: date, from_date: date | None) -> date:
	"""The day the contracts must be in force: the enrolment's start, or today if it started already."""
	return max(today, from_date) if from_date else today


def contract_rule_problems(
	min_attendance_rate: float | None,
	max_unexcused_absences: int | None,
	max_late_arrivals: int | None,
	late_period: str | None = None,
) -> list[Problem]:
	"""The attendance and punctuality rules of a contract or of a CPAS's defaults."""
	problems = []
	if min_attendance_rate is not None and not 0 <= min_attendance_rate <= 100:
		problems.append(
			Problem(
				_("The minimum attendance rate must lie between 0 and 100 %, not {0}."),
				(min_attendance_rate,),
			)
		)
	if max_unexcused_absences is not None and max_unexcused_absences < 0:
		problems.append(Problem(_("The maximum number of unexcused absences cannot be negative.")))
	if max_late_arrivals is not None and max_late_arrivals < 0:
		problems.append(Problem(_("The maximum number of late arrivals cannot be negative.")))
	if late_period and late_period not in LATE_PERIODS:
		problems.append(Problem(_("Unknown period for late arrivals: {0}."), (late_period,)))
	return problems


def contract_problems(
	contract_type: str | None,
	module: str | None,
	signed_by_participant: bool,
	signed_on: date | None,
	valid_until: date | None,
) -> list[Problem]:
	"""A contract names its kind, a module exactly when it is a module contract, and coherent dates."""
	problems = []
	if contract_type not in CONTRACT_TYPES:
		problems.append(Problem(_("Choose the kind of contract: social worker, intake or module.")))
	elif contract_type == MODULE and not module:
		problems.append(Problem(_("A module contract needs the module it is about.")))
	elif contract_type != MODULE and module:
		problems.append(Problem(_("Only a module contract names a module.")))
	if signed_by_participant and not signed_on:
		problems.append(Problem(_("Give the date on which the participant signed the contract.")))
	if signed_on and valid_until and valid_until < signed_on:
		problems.append(
			Problem(_("The contract cannot end ({0}) before it is signed ({1})."), (valid_until, signed_on))
		)
	return problems


def _unset(value) -> bool:
	return value is None or value == ""


def rules_with_defaults(contract_rules: dict, defaults: dict) -> dict:
	"""The rules of a new contract: what it sets itself, else the CPAS default.

	A value given on the contract (even 0) wins; only unset rules take the default.
	"""
	merged = {}
	for field in RULE_FIELDS:
		own = contract_rules.get(field)
		merged[field] = defaults.get(field) if _unset(own) else own
	return merged


def add_months(day: date, months: int) -> date:
	"""The same day `months` later, kept inside shorter months (31 January + 1 = 28/29 February)."""
	month_index = day.month - 1 + months
	year, month = day.year + month_index // 12, month_index % 12 + 1
	return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_valid_until(signed_on: date | None, validity_months: int | None) -> date | None:
	"""A contract signed without an end date stays valid for the CPAS's validity period (0: no end)."""
	if not signed_on or not validity_months:
		return None
	return add_months(signed_on, validity_months)


def contract_breaches(marks, limits) -> list[Problem]:
	"""The limits of the contracts in force (the strictest of each) that a participant's register breaks.

	Sessions on a sensitive topic are optional: an absence or a late arrival there never counts
	against the attendance or punctuality rule, so it never raises the contract flag.
	"""
	limits = list(limits)
	if not limits:
		return []
	summary = attendance.summarise(attendance.compulsory(marks))
	return attendance.threshold_breaches(summary, attendance.strictest(limits))

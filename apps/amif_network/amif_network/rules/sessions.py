"""Sessions of a module: when they take place, whose they are, and how a series is laid out."""

from datetime import date, time, timedelta

from amif_network.rules.messages import Problem, _

WEEKLY, FORTNIGHTLY = "Weekly", "Fortnightly"
STEP_DAYS = {WEEKLY: 7, FORTNIGHTLY: 14}
# A series longer than this is a typing error in the period, not a plan.
MAX_SERIES_LENGTH = 120


def time_problem(start: time | None, end: time | None) -> Problem | None:
	if start and end and end <= start:
		return Problem(_("The session cannot end ({0}) before or when it starts ({1})."), (end, start))
	return None


def module_cpas_problem(session_cpas: str | None, module_cpas: str | None, module: str) -> Problem | None:
	"""A session belongs to the CPAS that runs its module."""
	if session_cpas and module_cpas and session_cpas != module_cpas:
		return Problem(
			_("Module {0} belongs to CPAS {1}: a session of CPAS {2} cannot use it."),
			(module, module_cpas, session_cpas),
		)
	return None


def module_period_problem(
	day: date, period_from: date | None, period_to: date | None, module: str
) -> Problem | None:
	if (period_from and day < period_from) or (period_to and day > period_to):
		return Problem(
			_("The session date {0} is outside the period of module {1} ({2} to {3})."),
			(day, module, period_from or "-", period_to or "-"),
		)
	return None


def override_problem(cap_override: bool, reason: str | None, may_override: bool) -> Problem | None:
	"""Only a CPAS Manager may lift the group-size rule, and only with a recorded reason."""
	if not cap_override:
		return None
	if not may_override:
		return Problem(_("Only a CPAS Manager may override the group-size rule."))
	if not (reason or "").strip():
		return Problem(_("Give the reason for overriding the group-size rule."))
	return None


def series_problems(first_day: date | None, last_day: date | None, frequency: str) -> list[Problem]:
	problems = []
	if frequency not in STEP_DAYS:
		problems.append(Problem(_("Choose a weekly or fortnightly series.")))
	if not first_day or not last_day:
		problems.append(Problem(_("Give the first and the last day of the series.")))
	elif last_day < first_day:
		problems.append(
			Problem(_("The series cannot end ({0}) before it starts ({1})."), (last_day, first_day))
		)
	return problems


def series_dates(first_day: date, last_day: date, frequency: str, closure_days=()) -> list[date]:
	"""Every 7 or 14 days from `first_day` up to `last_day`, leaving out closure days.

	A closure day is skipped, not moved: the series keeps its rhythm (the next session is still
	one or two weeks after the skipped date).
	"""
	step = timedelta(days=STEP_DAYS[frequency])
	closed = set(closure_days)
	days = []
	day = first_day
	while day <= last_day:
		if day not in closed:
			days.append(day)
		day += step
	return days


def series_length_problem(days) -> Problem | None:
	if not days:
		return Problem(_("The series has no session left after the closure days."))
	if len(days) > MAX_SERIES_LENGTH:
		return Problem(_("A series is limited to {0} sessions; shorten the period."), (MAX_SERIES_LENGTH,))
	return None

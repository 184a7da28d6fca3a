"""How long a participant's records are kept, and when they must go.

The documents of an EU-funded operation are kept five years from 31 December of the year of the
last payment to the beneficiary (Regulation (EU) 2021/1060, Article 82); personal data no longer
than needed (GDPR Article 5(1)(e)). The SPP sets the network's rule and the grace period; a CPAS
may shorten it for people who never took part in a module (no document of the operation names
them). A participant under an open obligation is never erased.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from amif_network.rules.messages import Problem, _

LEGAL_MINIMUM_YEARS = 5  # CPR Article 82
DEFAULT_GRACE_DAYS = 30
MAX_GRACE_DAYS = 365

# What a CPAS's own rule applies to.
NEVER_TOOK_PART = "People who never took part in a module"
EVERY_PARTICIPANT = "Every participant"
RULE_SCOPES = (NEVER_TOOK_PART, EVERY_PARTICIPANT)

# A verdict on one participant on a given day.
KEPT = "Kept"  # the retention period runs
DUE = "Due"  # the period is over: listed for the CPAS manager during the grace period
ERASE = "Erase"  # the grace period is over too: the nightly job anonymises
HELD = "Held"  # due, but an open obligation keeps the records
UNKNOWN = "No date"  # no fiche says when the last payment was: nothing can be computed


@dataclass(frozen=True)
class Obligation:
	"""Records that keep a participant's data while they are open: DocType, the participant link,
	the field read and the values that mean "still open", and the reason shown to the manager."""

	doctype: str
	participant_field: str
	field: str
	open_values: tuple
	reason: str


# Read at run time: a DocType missing from the site is skipped.
OBLIGATIONS: tuple[Obligation, ...] = (
	Obligation("Intake Assessment", "participant", "docstatus", (0,), _("An intake is still open.")),
	Obligation("Module Enrolment", "participant", "status", ("Active",), _("An enrolment is still active.")),
)


@dataclass(frozen=True)
class PeriodObligation:
	"""Records of a CPAS covering a period that keep every participant of that period while they
	are not accepted: an indicator return counts them until the SPP accepts it."""

	doctype: str
	start_field: str
	end_field: str
	state_field: str
	accepted: tuple
	reason: str


PERIOD_OBLIGATIONS: tuple[PeriodObligation, ...] = (
	PeriodObligation(
		"Indicator Return",
		"period_start",
		"period_end",
		"workflow_state",
		("Accepted",),
		_("An indicator return counting this participant is not yet accepted."),
	),
)


def period_obligations(
	first_day: date, last_day: date, open_periods: list[tuple[date, date, str]]
) -> tuple[str, ...]:
	"""The reasons of the open periods (start, end, reason) of the CPAS overlapping the participant's time."""
	reasons = []
	for start, end, reason in open_periods:
		if (
			(start is None or start <= last_day)
			and (end is None or end >= first_day)
			and reason not in reasons
		):
			reasons.append(reason)
	return tuple(reasons)


@dataclass(frozen=True)
class Fiche:
	"""What a project fiche says about the end of the money: its period and last payment."""

	period_start: date | None
	period_end: date | None
	last_payment_year: int | None


@dataclass(frozen=True)
class Participant:
	name: str
	first_day: date  # referral (or creation)
	last_day: date  # the last day anything happened in the trajectory
	took_part: bool  # enrolled in a module or under contract: in the operation's documents
	obligations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
	participant: str
	state: str
	keep_until: date | None
	erase_from: date | None
	reasons: tuple[str, ...] = ()


def fiche_reference_year(fiche: Fiche) -> int | None:
	"""The year the retention period counts from: the last payment, or else the fiche's end."""
	if fiche.last_payment_year:
		return int(fiche.last_payment_year)
	return fiche.period_end.year if fiche.period_end else None


def covering_fiches(fiches: list[Fiche], first_day: date, last_day: date) -> list[Fiche]:
	"""The fiches of the CPAS whose period overlaps the participant's time in the project."""
	return [
		f
		for f in fiches
		if (f.period_start is None or f.period_start <= last_day)
		and (f.period_end is None or f.period_end >= first_day)
	]


def reference_year(fiches: list[Fiche], first_day: date, last_day: date) -> tuple[int | None, str | None]:
	"""The latest reference year among the covering fiches, or why there is none yet."""
	covering = covering_fiches(fiches, first_day, last_day)
	if not covering:
		return None, _("No project fiche of the CPAS covers this participant's time.")
	years = [fiche_reference_year(f) for f in covering]
	if any(year is None for year in years):
		return None, _("A project fiche has neither a year of last payment nor an end date yet.")
	return max(years), None


def keep_until(year: int, years: int) -> date:
	"""Kept for `years` years from 31 December of `year`: the last day the records must exist."""
	return date(year + years, 12, 31)


def erase_from(kept_until: date, grace_days: int) -> date:
	"""The first day the nightly job anonymises: the day after the period, plus the grace period."""
	return kept_until + timedelta(days=1 + grace_days)


def retention_verdict(
	person: Participant,
	fiches: list[Fiche],
	on: date,
	legal_years: int = LEGAL_MINIMUM_YEARS,
	grace_days: int = DEFAULT_GRACE_DAYS,
	cpas_rules: dict[str, int] | None = None,
) -> Verdict:
	"""Kept, due (listed), to erase, held by an obligation, or not computable, on day `on`."""
	cpas_rules = cpas_rules or {}
	if EVERY_PARTICIPANT in cpas_rules:
		legal_years = max(legal_years, cpas_rules[EVERY_PARTICIPANT])
	if not person.took_part and NEVER_TOOK_PART in cpas_rules:
		# no obligation from the fund: the CPAS's own period, from the end of the trajectory
		until = keep_until(person.last_day.year, cpas_rules[NEVER_TOOK_PART])
	else:
		year, why_not = reference_year(fiches, person.first_day, person.last_day)
		if year is None:
			return Verdict(person.name, UNKNOWN, None, None, (why_not,))
		until = keep_until(year, legal_years)
	start = erase_from(until, grace_days)
	if on <= until:
		return Verdict(person.name, KEPT, until, start)
	if person.obligations:
		return Verdict(person.name, HELD, until, start, tuple(person.obligations))
	return Verdict(person.name, ERASE if on >= start else DUE, until, start)


def open_obligations(
	rows: dict[str, list], registry: tuple[Obligation, ...] = OBLIGATIONS
) -> tuple[str, ...]:
	"""The reasons that keep one participant's records, from their rows per DocType.

	`rows` maps a DocType to the values of its obligation field for this participant.
	"""
	reasons = []
	for obligation in registry:
		values = rows.get(obligation.doctype) or []
		if any(value in obligation.open_values for value in values):
			reasons.append(obligation.reason)
	return tuple(reasons)


def network_rule_problems(years: int | None, grace_days: int | None) -> list[Problem]:
	"""The SPP's rule: never shorter than the fund's five years; a grace period of at most a year."""
	problems = []
	if years is None or int(years) < LEGAL_MINIMUM_YEARS:
		problems.append(
			Problem(
				_(
					"The retention period of {0} years is shorter than the legal minimum of {1} years "
					"(Regulation (EU) 2021/1060, Article 82)."
				),
				(years if years is not None else 0, LEGAL_MINIMUM_YEARS),
			)
		)
	if grace_days is None or int(grace_days) < 0 or int(grace_days) > MAX_GRACE_DAYS:
		problems.append(Problem(_("The grace period must lie between 0 and {0} days."), (MAX_GRACE_DAYS,)))
	return problems


def cpas_rule_problems(applies_to: str | None, years: int | None, legal_years: int) -> list[Problem]:
	"""A CPAS shortens the period only where no obligation of the fund applies."""
	if applies_to not in RULE_SCOPES:
		return [Problem(_("Choose whom the retention rule applies to."))]
	if years is None or int(years) < 1:
		return [Problem(_("A retention period lasts at least one year."))]
	if applies_to == EVERY_PARTICIPANT and int(years) < legal_years:
		return [
			Problem(
				_(
					"The retention period of {0} years is shorter than the legal minimum of {1} years "
					"(Regulation (EU) 2021/1060, Article 82)."
				),
				(years, legal_years),
			)
		]
	return []


def last_payment_year_problem(
	last_payment_year: int | None, period_start: date | None, this_year: int
) -> Problem | None:
	"""The year of the last payment lies within the project's life, and not in the future."""
	if not last_payment_year:
		return None
	year = int(last_payment_year)
	if period_start and year < period_start.year:
		return Problem(
			_("The last payment ({0}) cannot come before the project started ({1})."),
			(year, period_start.year),
		)
	if year > this_year:
		return Problem(_("The last payment year {0} lies in the future."), (year,))
	return None

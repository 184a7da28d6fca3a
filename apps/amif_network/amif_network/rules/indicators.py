"""The AMIF indicators: what each counting rule counts, for one project and one reporting period.

An indicator (a record the SPP edits) names one counting rule of COUNTING_RULES and what that rule
reads: module kinds, a survey domain or a procedure. No rule looks at an indicator's code.
Figures are exact counts of distinct participants (the fund's reporting needs exact numbers).
A participant counts for a CPAS through the enrolments, answers and applications of that CPAS:
a person who moved from one CPAS to another counts in the return of each CPAS that supported them.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from amif_network.rules.messages import Problem, _

# What a module serves, in the fund's words; a module may serve several.
INDICATOR_KINDS: tuple[str, ...] = (
	"Language course",
	"Civic orientation",
	"Professional guidance",
	"Social activation",
	"Other",
)

# The Common European Framework of Reference for Languages, lowest first.
CEFR_LEVELS: tuple[str, ...] = ("Pre-A1", "A1", "A2", "B1", "B2", "C1", "C2")

# Survey domains an indicator may read (the survey's own domains plus the fund's integration question).
INTEGRATION_DOMAIN = "Integration"

PROCEDURES: tuple[str, ...] = ("Long-term resident status", "Citizenship", "Family reunification")

# An enrolment that started: a Proposed enrolment never brought the participant to the module.
PARTICIPATING_STATUSES = frozenset({"Active", "Completed", "Dropped"})

PERIOD_KINDS = ("Annual", "Cumulative")


@dataclass(frozen=True)
class Period:
	start: date
	end: date

	def holds(self, day: date | None) -> bool:
		return day is not None and self.start <= day <= self.end


class EnrolmentRow(NamedTuple):
	name: str
	participant: str
	cpas: str
	module: str
	kinds: frozenset
	status: str
	from_date: date | None
	to_date: date | None = None
	cefr_entry: str | None = None
	cefr_exit: str | None = None
	cefr_exit_on: date | None = None


class SurveyAnswerRow(NamedTuple):
	"""One anonymous released answer: its CPAS, the first day of its release period, its domain."""

	cpas: str
	month: date
	domain: str
	positive: bool


class ProcedureRow(NamedTuple):
	name: str
	participant: str
	cpas: str
	procedure: str
	applied_on: date | None


@dataclass(frozen=True)
class IndicatorSpec:
	counting_rule: str
	module_kinds: frozenset = frozenset()
	survey_domain: str | None = None
	procedure: str | None = None


@dataclass(frozen=True)
class ReturnData:
	enrolments: tuple = ()
	answers: tuple = ()
	procedures: tuple = ()


@dataclass(frozen=True)
class Figure:
	"""A count and the records that make it (enrolments or applications); None for anonymous answers."""

	count: int
	participants: frozenset = frozenset()
	records: tuple | None = field(default=())


def participants_in_module_kinds(data: ReturnData, spec: IndicatorSpec, period: Period, cpas: str) -> Figure:
	"""Distinct participants with a started enrolment of the CPAS, in a module of one of the kinds,
	lying at least partly in the period (from its start to its end, open when it has none). Two
	modules of the same kind count a participant once."""
	start, end, kinds = period.start, period.end, spec.module_kinds
	rows = [
		row
		for row in data.enrolments
		if row.from_date is not None
		and row.from_date <= end
		and (row.to_date is None or row.to_date >= start)
		and row.cpas == cpas
		and row.status in PARTICIPATING_STATUSES
		and not row.kinds.isdisjoint(kinds)
	]
	people = frozenset(row.participant for row in rows)
	return Figure(len(people), people, tuple(sorted({row.name for row in rows})))


def cefr_rise(entry: str | None, exit_level: str | None) -> int | None:
	"""Levels gained from entry to exit (negative when the exit is lower); None when one is missing."""
	if entry not in CEFR_LEVELS or exit_level not in CEFR_LEVELS:
		return None
	return CEFR_LEVELS.index(exit_level) - CEFR_LEVELS.index(entry)


def exit_below_entry(entry: str | None, exit_level: str | None) -> bool:
	"""A lower exit level is a fact to keep, but one to look at."""
	rise = cefr_rise(entry, exit_level)
	return rise is not None and rise < 0


def participants_with_cefr_gain(data: ReturnData, spec: IndicatorSpec, period: Period, cpas: str) -> Figure:
	"""Distinct participants of a language course of the CPAS whose exit level, assessed in the
	period when leaving the course, is at least one CEFR level above their entry level."""
	rows = [
		row
		for row in data.enrolments
		if row.cpas == cpas
		and row.status in PARTICIPATING_STATUSES
		and row.cefr_exit_on is not None
		and not row.kinds.isdisjoint(spec.module_kinds)
		and period.holds(row.cefr_exit_on)
		and (cefr_rise(row.cefr_entry, row.cefr_exit) or 0) >= 1
	]
	people = frozenset(row.participant for row in rows)
	return Figure(len(people), people, tuple(sorted({row.name for row in rows})))


def positive_survey_answers(data: ReturnData, spec: IndicatorSpec, period: Period, cpas: str) -> Figure:
	"""Positive answers of the CPAS's responses of the period to the survey domain's question.

	The question is asked once per participant and project, so each answer is one participant;
	answers are anonymous, so the figure has no participant rows behind it.
	"""
	count = sum(
		1
		for row in data.answers
		if row.cpas == cpas and row.domain == spec.survey_domain and row.positive and period.holds(row.month)
	)
	return Figure(count, frozenset(), None)


def participants_applying_for_procedure(
	data: ReturnData, spec: IndicatorSpec, period: Period, cpas: str
) -> Figure:
	"""Distinct participants of the CPAS who applied for the procedure within the period."""
	rows = [
		row
		for row in data.procedures
		if row.cpas == cpas and row.procedure == spec.procedure and period.holds(row.applied_on)
	]
	people = frozenset(row.participant for row in rows)
	return Figure(len(people), people, tuple(sorted(row.name for row in rows)))


RULE_MODULE_KINDS = "Participants in modules of a kind"
RULE_CEFR_GAIN = "Language-course participants who rose a CEFR level"
RULE_SURVEY_DOMAIN = "Positive answers to a survey domain"
RULE_PROCEDURE = "Participants who applied for a procedure"

# The fixed set of counting rules: an indicator names one, never the other way round.
COUNTING_RULES: dict[str, Callable[[ReturnData, IndicatorSpec, Period, str], Figure]] = {
	RULE_MODULE_KINDS: participants_in_module_kinds,
	RULE_CEFR_GAIN: participants_with_cefr_gain,
	RULE_SURVEY_DOMAIN: positive_survey_answers,
	RULE_PROCEDURE: participants_applying_for_procedure,
}

# What each rule reads from its indicator.
RULE_READS: dict[str, str] = {
	RULE_MODULE_KINDS: "module_kinds",
	RULE_CEFR_GAIN: "module_kinds",
	RULE_SURVEY_DOMAIN: "survey_domain",
	RULE_PROCEDURE: "procedure",
}


def count_figure(data: ReturnData, spec: IndicatorSpec, period: Period, cpas: str) -> Figure:
	return COUNTING_RULES[spec.counting_rule](data, spec, period, cpas)


def indicator_problems(spec: IndicatorSpec) -> list[Problem]:
	"""An indicator names a known rule and gives that rule something to read."""
	if spec.counting_rule not in COUNTING_RULES:
		return [Problem(_("Unknown counting rule {0}."), (spec.counting_rule,))]
	problems = [
		Problem(_("Unknown module kind {0}."), (kind,))
		for kind in sorted(spec.module_kinds - set(INDICATOR_KINDS))
	]
	reads = RULE_READS[spec.counting_rule]
	if reads == "module_kinds" and not spec.module_kinds:
		problems.append(
			Problem(
				_("The rule {0} reads nothing: choose the module kinds it counts."), (spec.counting_rule,)
			)
		)
	if reads == "survey_domain" and not spec.survey_domain:
		problems.append(
			Problem(
				_("The rule {0} reads nothing: choose the survey domain it counts."), (spec.counting_rule,)
			)
		)
	if reads == "procedure" and not spec.procedure:
		problems.append(
			Problem(_("The rule {0} reads nothing: choose the procedure it counts."), (spec.counting_rule,))
		)
	return problems


def return_period(
	kind: str, year: int, project_start: date, project_end: date
) -> tuple[Period | None, Problem | None]:
	"""The calendar year within the project (annual), or the project's start to the year's end
	(cumulative); refused when the year lies outside the project's dates."""
	if kind not in PERIOD_KINDS:
		return None, Problem(_("Unknown reporting period {0}."), (kind,))
	if not year or year < 1900 or year > 9999:
		return None, Problem(_("Give the year of the return."))
	year_start, year_end = date(year, 1, 1), date(year, 12, 31)
	if year_end < project_start or year_start > project_end:
		return None, Problem(
			_("The year {0} lies outside the project's dates ({1} to {2})."),
			(year, project_start, project_end),
		)
	end = min(year_end, project_end)
	start = project_start if kind == "Cumulative" else max(year_start, project_start)
	return Period(start, end), None


def duplicate_return_problem(existing: str | None, kind: str, year: int) -> Problem | None:
	"""One return per project and period."""
	if existing:
		return Problem(
			_("The project already has a return {0} for this period ({1} {2})."), (existing, kind, year)
		)
	return None


def send_back_problem(reason: str | None) -> Problem | None:
	if not (reason or "").strip():
		return Problem(_("Write the reason for sending the return back."))
	return None


def network_totals(returns: Iterable[dict[str, int]]) -> dict[str, int]:
	"""The network's figure per indicator: the sum of the CPAS's accepted returns.

	Each CPAS's project reports its own participants, so a person supported by two projects counts
	in each, as in the projects' own reports to the fund.
	"""
	totals: dict[str, int] = {}
	for figures in returns:
		for indicator, count in figures.items():
			totals[indicator] = totals.get(indicator, 0) + int(count or 0)
	return totals


# --- who reaches a return ---------------------------------------------------------------------

# The SPP reads what was submitted to it and what it accepted; it writes only while it reviews.
SPP_READABLE_STATES = ("Submitted", "Accepted")
SPP_WRITABLE_STATES = ("Submitted",)
RECOUNTED_STATES = ("", "Draft", "Sent back")


def return_access(
	ptype: str, record_cpas: str | None, stored_state: str | None, bound_cpas, roles
) -> bool | None:
	"""None: no objection beyond the roles' permissions; False: refused.

	The CPAS that owns the return prepares it; the SPP reviews it once submitted; nobody else reads it.
	"""
	from amif_network.rules import scope

	if scope.is_unrestricted(roles):
		return None
	if any(role in scope.CPAS_ROLES for role in roles) and record_cpas and record_cpas in set(bound_cpas):
		return None
	if scope.SPP_ROLE in roles:
		if ptype in ("read", "print", "report", "export", "email"):
			return None if (stored_state or "") in SPP_READABLE_STATES or ptype == "report" else False
		if ptype in ("write", "submit"):
			return None if (stored_state or "") in SPP_WRITABLE_STATES else False
		return False
	return False


def return_query_condition(table: str, bound_cpas, roles, quote) -> str:
	"""The list condition matching `return_access` for reads."""
	from amif_network.rules import scope

	if scope.is_unrestricted(roles):
		return ""
	parts = []
	if any(role in scope.CPAS_ROLES for role in roles):
		parts.append(scope.sql_condition(table, bound_cpas, quote))
	if scope.SPP_ROLE in roles:
		states = ", ".join(quote(s) for s in SPP_READABLE_STATES)
		parts.append(f"`tab{table}`.`workflow_state` in ({states})")
	return "(" + " or ".join(parts) + ")" if parts else "1=0"


def may_drill_down(record_cpas: str | None, bound_cpas, roles) -> bool:
	"""The participant rows behind a figure: for the CPAS that owns them only, never the SPP."""
	from amif_network.rules import scope

	if scope.is_unrestricted(roles):
		return True
	return bool(record_cpas) and record_cpas in set(bound_cpas) and any(r in scope.CPAS_ROLES for r in roles)


# --- the survey's integration question ----------------------------------------------------------


def skipped_survey_domains(already_asked: bool) -> frozenset:
	"""The integration question is asked once per participant and project."""
	return frozenset({INTEGRATION_DOMAIN}) if already_asked else frozenset()


def integration_answer_problem(value, allowed) -> Problem | None:
	if value in (None, "") or allowed is None or value in allowed:
		return None
	return Problem(_("The answer {0} is not on the scale of the integration question."), (value,))

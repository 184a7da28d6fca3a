"""Attendance: what a session's register may hold, and how attendance compares with a contract.

Definitions used everywhere (reports, flags, contracts):
- attendance rate: sessions attended (present or late) over sessions that counted, i.e. all
  recorded sessions minus the excused ones; with no counted session the rate is undefined (None);
- late count: sessions marked Late; a contract may limit them per week (ISO week), per calendar
  month or per module (all sessions of the enrolment);
- unexcused absences: sessions marked Absent;
- longest absence run: the longest run of consecutive sessions (by date and start time) marked
  Absent; an excused session ends the run, as any attended one does;
- optional sessions (a sensitive topic such as sexuality or domestic violence, marked by staff)
  are counted apart: they never enter the rate, the absences, the late arrivals or the run.
"""

from dataclasses import dataclass
from datetime import date, time

from amif_network.rules.messages import Problem, _

PRESENT, LATE, EXCUSED, ABSENT = "Present", "Late", "Excused", "Absent"
STATUSES = (PRESENT, LATE, EXCUSED, ABSENT)
ATTENDED = frozenset({PRESENT, LATE})
PER_WEEK, PER_MONTH, PER_MODULE = "Per week", "Per month", "Per module"
LATE_PERIOD_ORDER = {PER_WEEK: 0, PER_MONTH: 1, PER_MODULE: 2}


@dataclass(frozen=True)
class Mark:
	"""One participant's line in one session's register."""

	session_date: date
	status: str
	late_minutes: int = 0
	start_time: time | None = None
	optional: bool = False


@dataclass(frozen=True)
class AttendanceSummary:
	sessions: int
	attended: int
	late: int
	excused: int
	unexcused_absences: int
	longest_absence_run: int
	most_late_in_a_week: int = 0
	most_late_in_a_month: int = 0
	optional_sessions: int = 0
	optional_attended: int = 0

	def late_in_period(self, period: str | None) -> int:
		"""The late count a contract's period looks at: the worst week or month, or all sessions."""
		if period == PER_WEEK:
			return self.most_late_in_a_week
		if period == PER_MONTH:
			return self.most_late_in_a_month
		return self.late

	@property
	def counted_sessions(self) -> int:
		return self.sessions - self.excused

	@property
	def attendance_rate(self) -> float | None:
		"""Percentage of counted sessions attended (0-100), None before any counted session."""
		if self.counted_sessions <= 0:
			return None
		return round(100.0 * self.attended / self.counted_sessions, 1)


@dataclass(frozen=True)
class Thresholds:
	"""A contract's attendance rules; None means the contract sets no limit."""

	min_attendance_rate: float | None = None
	max_unexcused_absences: int | None = None
	max_late_arrivals: int | None = None
	max_consecutive_absences: int | None = None
	late_period: str | None = None


def _in_order(marks):
	return sorted(marks, key=lambda mark: (mark.session_date, mark.start_time or time.min))


def longest_absence_run(marks) -> int:
	longest = current = 0
	for mark in _in_order(marks):
		current = current + 1 if mark.status == ABSENT else 0
		longest = max(longest, current)
	return longest


def _most_in_one(keys) -> int:
	counts = {}
	for key in keys:
		counts[key] = counts.get(key, 0) + 1
	return max(counts.values(), default=0)


def compulsory(marks) -> list[Mark]:
	"""The lines a contract may judge: every session but the optional (sensitive-topic) ones."""
	return [mark for mark in marks if not mark.optional]


def summarise(marks) -> AttendanceSummary:
	marks = list(marks)
	optional = [mark for mark in marks if mark.optional]
	marks = compulsory(marks)
	late_days = [mark.session_date for mark in marks if mark.status == LATE]
	return AttendanceSummary(
		sessions=len(marks),
		attended=sum(1 for mark in marks if mark.status in ATTENDED),
		late=sum(1 for mark in marks if mark.status == LATE),
		excused=sum(1 for mark in marks if mark.status == EXCUSED),
		unexcused_absences=sum(1 for mark in marks if mark.status == ABSENT),
		longest_absence_run=longest_absence_run(marks),
		most_late_in_a_week=_most_in_one(day.isocalendar()[:2] for day in late_days),
		most_late_in_a_month=_most_in_one((day.year, day.month) for day in late_days),
		optional_sessions=len(optional),
		optional_attended=sum(1 for mark in optional if mark.status in ATTENDED),
	)


def strictest(thresholds) -> Thresholds:
	"""Several contracts may set limits (social worker, intake, module lead): the strictest holds."""

	def tightest(values, pick):
		values = [value for value in values if value is not None]
		return pick(values) if values else None

	thresholds = list(thresholds)
	# The shortest late period is the strictest reading of the same maximum.
	periods = [t.late_period for t in thresholds if t.late_period and t.max_late_arrivals is not None]
	late_period = min(periods, key=lambda period: LATE_PERIOD_ORDER.get(period, 3), default=None)
	return Thresholds(
		min_attendance_rate=tightest([t.min_attendance_rate for t in thresholds], max),
		max_unexcused_absences=tightest([t.max_unexcused_absences for t in thresholds], min),
		max_late_arrivals=tightest([t.max_late_arrivals for t in thresholds], min),
		max_consecutive_absences=tightest([t.max_consecutive_absences for t in thresholds], min),
		late_period=late_period,
	)


def threshold_breaches(summary: AttendanceSummary, limits: Thresholds) -> list[Problem]:
	"""Each contract limit the attendance breaks; a limit equal to the value is kept, not broken."""
	breaches = []
	rate = summary.attendance_rate
	if limits.min_attendance_rate is not None and rate is not None and rate < limits.min_attendance_rate:
		breaches.append(
			Problem(
				_("attendance rate {0}% is below the contract's {1}%"), (rate, limits.min_attendance_rate)
			)
		)
	if (
		limits.max_unexcused_absences is not None
		and summary.unexcused_absences > limits.max_unexcused_absences
	):
		breaches.append(
			Problem(
				_("{0} unexcused absences exceed the contract's {1}"),
				(summary.unexcused_absences, limits.max_unexcused_absences),
			)
		)
	late = summary.late_in_period(limits.late_period)
	if limits.max_late_arrivals is not None and late > limits.max_late_arrivals:
		if limits.late_period == PER_WEEK:
			template = _("{0} late arrivals in one week exceed the contract's {1}")
		elif limits.late_period == PER_MONTH:
			template = _("{0} late arrivals in one month exceed the contract's {1}")
		else:
			template = _("{0} late arrivals exceed the contract's {1}")
		breaches.append(Problem(template, (late, limits.max_late_arrivals)))
	if (
		limits.max_consecutive_absences is not None
		and summary.longest_absence_run > limits.max_consecutive_absences
	):
		breaches.append(
			Problem(
				_("{0} consecutive absences exceed the contract's {1}"),
				(summary.longest_absence_run, limits.max_consecutive_absences),
			)
		)
	return breaches


def row_problems(row_number: int, status: str | None, late_minutes) -> list[Problem]:
	"""What is wrong with one line of a session's register as entered."""
	problems = []
	if status not in STATUSES:
		problems.append(Problem(_("Row {0}: choose Present, Late, Excused or Absent."), (row_number,)))
	if late_minutes is not None and late_minutes < 0:
		problems.append(
			Problem(_("Row {0}: late minutes cannot be negative ({1})."), (row_number, late_minutes))
		)
	if late_minutes and late_minutes > 0 and status != LATE:
		problems.append(
			Problem(
				_("Row {0}: late minutes are only recorded for a participant marked Late."), (row_number,)
			)
		)
	return problems


def duplicate_participant_problem(participants) -> Problem | None:
	seen = set()
	for participant in participants:
		if participant in seen:
			return Problem(_("Participant {0} appears twice in the register."), (participant,))
		seen.add(participant)
	return None


@dataclass(frozen=True)
class Enrolment:
	name: str
	participant: str
	module: str
	status: str
	from_date: date | None = None
	to_date: date | None = None

	def active_on(self, day: date) -> bool:
		return (
			self.status == "Active"
			and (self.from_date is None or self.from_date <= day)
			and (self.to_date is None or day <= self.to_date)
		)


def enrolment_for(participant: str, module: str, day: date, enrolments) -> Enrolment | None:
	"""The participant's enrolment in the module that is Active on the session's date."""
	for enrolment in enrolments:
		if enrolment.participant == participant and enrolment.module == module and enrolment.active_on(day):
			return enrolment
	return None


def enrolment_problem(
	row_number: int,
	participant: str,
	module: str,
	day: date,
	enrolments,
	chosen: str | None = None,
	already_recorded: bool = False,
) -> Problem | None:
	"""Attendance is recorded only for participants actively enrolled in the session's module.

	A line already saved in this session's register keeps its enrolment: a register stays
	correctable after the enrolment was completed or dropped.
	"""
	if already_recorded and chosen:
		return None
	active = enrolment_for(participant, module, day, enrolments)
	if active is None:
		return Problem(
			_("Row {0}: participant {1} is not actively enrolled in module {2} on {3}."),
			(row_number, participant, module, day),
		)
	if chosen and chosen != active.name:
		return Problem(
			_("Row {0}: enrolment {1} is not the active enrolment of participant {2} in module {3}."),
			(row_number, chosen, participant, module),
		)
	return None

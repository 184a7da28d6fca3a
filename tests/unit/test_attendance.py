"""Attendance of a participant against the thresholds of their contracts."""

from datetime import date, time

from amif_network.rules.attendance import (
	Enrolment,
	Mark,
	Thresholds,
	duplicate_participant_problem,
	enrolment_for,
	enrolment_problem,
	longest_absence_run,
	row_problems,
	strictest,
	summarise,
	threshold_breaches,
)


def marks(*statuses):
	"""Weekly sessions from 1 September 2025, one status each."""
	first = date(2025, 9, 1).toordinal()
	return [Mark(date.fromordinal(first + 7 * i), status) for i, status in enumerate(statuses)]


def test_rate_counts_present_and_late_over_sessions_not_excused():
	summary = summarise(marks("Present", "Late", "Absent", "Excused", "Present"))
	assert summary.sessions == 5
	assert summary.attended == 3
	assert summary.counted_sessions == 4
	assert summary.attendance_rate == 75.0
	assert summary.late == 1
	assert summary.unexcused_absences == 1
	assert summary.excused == 1


def test_no_counted_session_has_no_rate():
	assert summarise([]).attendance_rate is None
	assert summarise(marks("Excused", "Excused")).attendance_rate is None


def test_longest_absence_run_follows_dates_not_entry_order():
	ordered = marks("Absent", "Absent", "Present", "Absent", "Absent", "Absent", "Late")
	shuffled = list(reversed(ordered))
	assert longest_absence_run(ordered) == 3
	assert longest_absence_run(shuffled) == 3


def test_an_excused_session_ends_an_absence_run():
	assert longest_absence_run(marks("Absent", "Excused", "Absent")) == 1


def test_two_sessions_on_one_day_are_ordered_by_start_time():
	day = date(2025, 9, 1)
	morning_absent = Mark(day, "Absent", start_time=time(9))
	afternoon_present = Mark(day, "Present", start_time=time(14))
	next_day_absent = Mark(date(2025, 9, 2), "Absent", start_time=time(9))
	assert longest_absence_run([next_day_absent, afternoon_present, morning_absent]) == 1


def test_limits_equal_to_the_value_are_kept_and_beyond_are_broken():
	summary = summarise(marks("Present", "Late", "Late", "Absent", "Absent"))  # 60 %, 2 late, 2 absent, run 2
	at_limit = Thresholds(
		min_attendance_rate=60, max_unexcused_absences=2, max_late_arrivals=2, max_consecutive_absences=2
	)
	assert threshold_breaches(summary, at_limit) == []
	beyond = Thresholds(
		min_attendance_rate=80, max_unexcused_absences=1, max_late_arrivals=1, max_consecutive_absences=1
	)
	texts = [problem.render() for problem in threshold_breaches(summary, beyond)]
	assert len(texts) == 4
	assert "attendance rate 60.0% is below the contract's 80%" in texts


def test_no_limit_set_means_nothing_to_break():
	summary = summarise(marks("Absent", "Absent", "Absent"))
	assert threshold_breaches(summary, Thresholds()) == []


def test_the_strictest_of_several_contracts_holds():
	social_worker = Thresholds(min_attendance_rate=70, max_unexcused_absences=3)
	module_lead = Thresholds(min_attendance_rate=80, max_late_arrivals=2, max_unexcused_absences=5)
	combined = strictest([social_worker, module_lead])
	assert combined == Thresholds(min_attendance_rate=80, max_unexcused_absences=3, max_late_arrivals=2)
	assert strictest([]) == Thresholds()


def test_register_rows_refuse_negative_or_misplaced_late_minutes():
	assert row_problems(1, "Late", 10) == []
	assert row_problems(1, "Present", 0) == []
	assert "cannot be negative" in row_problems(2, "Late", -5)[0].render()
	assert "only recorded for a participant marked Late" in row_problems(3, "Present", 5)[0].render()
	assert row_problems(4, "Sick", 0)


def test_a_participant_appears_once_in_a_register():
	assert duplicate_participant_problem(["P1", "P2"]) is None
	assert "P1" in duplicate_participant_problem(["P1", "P2", "P1"]).render()


ENROLMENTS = [
	Enrolment("ENR-1", "P1", "MOD-A", "Active", date(2025, 9, 1), date(2026, 6, 30)),
	Enrolment("ENR-2", "P2", "MOD-A", "Proposed"),
	Enrolment("ENR-3", "P3", "MOD-A", "Dropped", date(2025, 9, 1), None),
	Enrolment("ENR-4", "P1", "MOD-B", "Active"),
]


def test_only_an_active_enrolment_in_that_module_on_that_date_admits_attendance():
	assert enrolment_for("P1", "MOD-A", date(2025, 10, 1), ENROLMENTS).name == "ENR-1"
	assert enrolment_for("P1", "MOD-A", date(2025, 8, 31), ENROLMENTS) is None  # before the enrolment
	assert enrolment_for("P2", "MOD-A", date(2025, 10, 1), ENROLMENTS) is None  # only proposed
	assert enrolment_for("P3", "MOD-A", date(2025, 10, 1), ENROLMENTS) is None  # dropped
	assert enrolment_for("P9", "MOD-A", date(2025, 10, 1), ENROLMENTS) is None  # never enrolled


def test_enrolment_problems_name_the_row_and_the_participant():
	assert enrolment_problem(1, "P1", "MOD-A", date(2025, 10, 1), ENROLMENTS) is None
	assert enrolment_problem(1, "P1", "MOD-A", date(2025, 10, 1), ENROLMENTS, chosen="ENR-1") is None
	wrong = enrolment_problem(2, "P1", "MOD-A", date(2025, 10, 1), ENROLMENTS, chosen="ENR-4")
	assert "ENR-4" in wrong.render()
	absent = enrolment_problem(3, "P2", "MOD-A", date(2025, 10, 1), ENROLMENTS)
	assert "Row 3" in absent.render() and "P2" in absent.render()


def test_late_arrivals_are_counted_in_the_contracts_period():
	# Two late arrivals in the week of 1 September, one in October.
	register = [
		Mark(date(2025, 9, 1), "Late", 5),
		Mark(date(2025, 9, 3), "Late", 10),
		Mark(date(2025, 9, 10), "Present"),
		Mark(date(2025, 10, 1), "Late", 5),
	]
	summary = summarise(register)
	assert (summary.late, summary.most_late_in_a_week, summary.most_late_in_a_month) == (3, 2, 2)
	assert threshold_breaches(summary, Thresholds(max_late_arrivals=2, late_period="Per week")) == []
	assert threshold_breaches(summary, Thresholds(max_late_arrivals=2, late_period="Per month")) == []
	per_module = threshold_breaches(summary, Thresholds(max_late_arrivals=2, late_period="Per module"))
	assert [p.render() for p in per_module] == ["3 late arrivals exceed the contract's 2"]
	per_week = threshold_breaches(summary, Thresholds(max_late_arrivals=1, late_period="Per week"))
	assert [p.render() for p in per_week] == ["2 late arrivals in one week exceed the contract's 1"]


def test_the_shortest_late_period_is_the_strictest():
	combined = strictest(
		[
			Thresholds(max_late_arrivals=3, late_period="Per module"),
			Thresholds(max_late_arrivals=2, late_period="Per week"),
		]
	)
	assert combined.max_late_arrivals == 2 and combined.late_period == "Per week"


def test_a_saved_line_stays_correctable_after_its_enrolment_ended():
	completed = [Enrolment("ENR-9", "P9", "MOD-A", "Completed", date(2025, 9, 1), date(2025, 12, 19))]
	day = date(2025, 10, 1)
	assert enrolment_problem(1, "P9", "MOD-A", day, completed, chosen="ENR-9") is not None  # a new line
	assert enrolment_problem(1, "P9", "MOD-A", day, completed, chosen="ENR-9", already_recorded=True) is None


def optional_marks(*statuses):
	"""Weekly sensitive-topic sessions from 4 September 2025 (a Thursday), one status each."""
	first = date(2025, 9, 4).toordinal()
	return [Mark(date.fromordinal(first + 7 * i), status, optional=True) for i, status in enumerate(statuses)]


def test_optional_sessions_are_counted_apart_and_never_enter_the_rate():
	summary = summarise([*marks("Present", "Present"), *optional_marks("Absent", "Late", "Present")])
	assert summary.sessions == 2
	assert summary.attendance_rate == 100.0
	assert summary.unexcused_absences == 0
	assert summary.late == 0
	assert summary.optional_sessions == 3
	assert summary.optional_attended == 2


def test_an_absence_from_an_optional_session_neither_extends_nor_ends_an_absence_run():
	# Absent on Monday, away from Thursday's sensitive topic, absent again next Monday: a run of two.
	week = [
		Mark(date(2025, 9, 1), "Absent"),
		Mark(date(2025, 9, 4), "Present", optional=True),
		Mark(date(2025, 9, 8), "Absent"),
		Mark(date(2025, 9, 11), "Absent", optional=True),
	]
	assert summarise(week).longest_absence_run == 2
	assert summarise(week).unexcused_absences == 2


def test_late_arrivals_at_optional_sessions_do_not_fill_the_week():
	week = [
		Mark(date(2025, 9, 1), "Late", 10),
		Mark(date(2025, 9, 2), "Late", 5, optional=True),
		Mark(date(2025, 9, 3), "Late", 5, optional=True),
	]
	assert summarise(week).most_late_in_a_week == 1
	assert not threshold_breaches(summarise(week), Thresholds(max_late_arrivals=1, late_period="Per week"))

"""Sessions: times, the module's CPAS, overrides and series of a module."""

from datetime import date, time

from amif_network.rules.sessions import (
	MAX_SERIES_LENGTH,
	module_cpas_problem,
	module_period_problem,
	override_problem,
	series_dates,
	series_length_problem,
	series_problems,
	time_problem,
)


def test_a_session_ends_after_it_starts():
	assert time_problem(time(9), time(12)) is None
	assert time_problem(time(12), time(9)) is not None
	assert time_problem(time(9), time(9)) is not None


def test_a_session_belongs_to_its_modules_cpas():
	assert module_cpas_problem("LIEGE", "LIEGE", "MOD-1") is None
	assert "GENT" in module_cpas_problem("LIEGE", "GENT", "MOD-1").render()


def test_a_session_falls_in_its_modules_period():
	assert module_period_problem(date(2025, 10, 1), date(2025, 9, 1), date(2026, 6, 30), "M") is None
	assert module_period_problem(date(2026, 7, 1), date(2025, 9, 1), date(2026, 6, 30), "M") is not None
	assert module_period_problem(date(2026, 7, 1), None, None, "M") is None


def test_only_a_manager_overrides_and_always_with_a_reason():
	assert override_problem(False, "", may_override=False) is None
	assert "Only a CPAS Manager" in override_problem(True, "outdoor session", may_override=False).render()
	assert "reason" in override_problem(True, "  ", may_override=True).render()
	assert override_problem(True, "outdoor session in the park", may_override=True) is None


def test_weekly_series_skips_closure_days_and_keeps_its_rhythm():
	# Charleroi's Tuesday computer workshop, autumn 2025, closed on 11 November (Armistice).
	days = series_dates(date(2025, 10, 28), date(2025, 11, 25), "Weekly", [date(2025, 11, 11)])
	assert days == [date(2025, 10, 28), date(2025, 11, 4), date(2025, 11, 18), date(2025, 11, 25)]


def test_fortnightly_series_for_individual_coaching():
	days = series_dates(date(2025, 9, 4), date(2025, 10, 31), "Fortnightly")
	assert days == [
		date(2025, 9, 4),
		date(2025, 9, 18),
		date(2025, 10, 2),
		date(2025, 10, 16),
		date(2025, 10, 30),
	]


def test_series_includes_its_last_day_and_a_single_day_period():
	assert series_dates(date(2025, 9, 1), date(2025, 9, 8), "Weekly") == [date(2025, 9, 1), date(2025, 9, 8)]
	assert series_dates(date(2025, 9, 1), date(2025, 9, 1), "Weekly") == [date(2025, 9, 1)]


def test_series_input_is_checked():
	assert series_problems(date(2025, 9, 1), date(2025, 8, 1), "Weekly")
	assert series_problems(date(2025, 9, 1), date(2025, 10, 1), "Monthly")
	assert series_problems(None, date(2025, 10, 1), "Weekly")
	assert series_problems(date(2025, 9, 1), date(2025, 10, 1), "Fortnightly") == []
	assert series_length_problem([]) is not None
	assert series_length_problem([date(2025, 9, 1)] * (MAX_SERIES_LENGTH + 1)) is not None
	assert series_length_problem([date(2025, 9, 1)]) is None

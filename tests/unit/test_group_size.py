"""The group-size rule of a CPAS: which rule is in force on a date, and what it allows."""

from datetime import date

from amif_network.rules.group_size import (
	GroupSizeRule,
	allowed_participants,
	group_size_problem,
	participants_in_room,
	rule_in_force,
	rule_problems,
)

# Liège in the pandemic: 3 + 1 from October 2020, relaxed to 6 + 1 in September 2021.
THREE_PLUS_ONE = GroupSizeRule("GSR-LIEGE-1", date(2020, 10, 1), date(2021, 8, 31), 3, 1)
SIX_PLUS_ONE = GroupSizeRule("GSR-LIEGE-2", date(2021, 9, 1), None, 6, 1)


def test_no_rule_before_the_first_one_starts():
	assert rule_in_force([THREE_PLUS_ONE, SIX_PLUS_ONE], date(2020, 9, 30)) is None


def test_the_rule_applies_on_its_first_and_last_day():
	rules = [THREE_PLUS_ONE]
	assert rule_in_force(rules, date(2020, 10, 1)) == THREE_PLUS_ONE
	assert rule_in_force(rules, date(2021, 8, 31)) == THREE_PLUS_ONE
	assert rule_in_force(rules, date(2021, 9, 1)) is None


def test_an_open_ended_rule_stays_in_force():
	assert rule_in_force([THREE_PLUS_ONE, SIX_PLUS_ONE], date(2030, 1, 1)) == SIX_PLUS_ONE


def test_overlapping_rules_the_most_recent_start_wins():
	# Gent decided 4 + 1 without closing its older open-ended 3 + 1 rule.
	old = GroupSizeRule("GSR-GENT-1", date(2020, 10, 1), None, 3, 1)
	newer = GroupSizeRule("GSR-GENT-2", date(2021, 1, 15), date(2021, 6, 30), 4, 1)
	rules = [newer, old]
	assert rule_in_force(rules, date(2020, 12, 1)) == old
	assert rule_in_force(rules, date(2021, 1, 15)) == newer
	assert rule_in_force(rules, date(2021, 7, 1)) == old  # back to the older rule once the newer ends


def test_on_the_same_start_day_the_stricter_rule_wins():
	loose = GroupSizeRule("A", date(2021, 1, 1), None, 6, 1)
	strict = GroupSizeRule("B", date(2021, 1, 1), None, 5, 2)
	assert rule_in_force([loose, strict], date(2021, 3, 1)) == strict
	assert rule_in_force([strict, loose], date(2021, 3, 1)) == strict


def test_allowed_participants_grow_with_trainers():
	assert allowed_participants(THREE_PLUS_ONE, 1) == 3
	assert allowed_participants(THREE_PLUS_ONE, 2) == 6
	assert allowed_participants(THREE_PLUS_ONE, 0) == 0
	per_two = GroupSizeRule("X", date(2021, 1, 1), None, 5, 2)
	assert allowed_participants(per_two, 1) == 2  # 2.5 rounded down
	assert allowed_participants(per_two, 2) == 5


def test_a_session_at_the_cap_passes_and_one_over_is_refused_naming_the_rule():
	assert group_size_problem(THREE_PLUS_ONE, 3, 1) is None
	problem = group_size_problem(THREE_PLUS_ONE, 4, 1)
	assert problem is not None
	text = problem.render()
	assert "GSR-LIEGE-1" in text and "at most 3" in text and "4 participants" in text


def test_no_rule_no_limit_and_an_empty_session_is_never_over():
	assert group_size_problem(None, 40, 1) is None
	assert group_size_problem(THREE_PLUS_ONE, 0, 0) is None
	assert group_size_problem(THREE_PLUS_ONE, 1, 0) is not None


def test_only_people_in_the_room_count():
	assert participants_in_room(["Present", "Late", "Excused", "Absent", "Present"]) == 3


def test_a_rule_as_entered_must_make_sense():
	assert rule_problems(date(2021, 1, 1), date(2020, 1, 1), 3, 1)
	assert rule_problems(date(2021, 1, 1), None, 0, 1)
	assert rule_problems(date(2021, 1, 1), None, 3, 0)
	assert rule_problems(date(2021, 1, 1), date(2021, 1, 1), 3, 1) == []

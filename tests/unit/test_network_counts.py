"""Counts the network figures rest on: a session's register counts and survey satisfaction."""

from hypothesis import given, settings
from hypothesis import strategies as st

from amif_network.rules.attendance import STATUSES
from amif_network.rules.disclosure import protect
from amif_network.rules.network_counts import attendance_parts, register_counts, satisfaction_counts
from amif_network.rules.network_publication import PeriodCounts, period_publication, share


def test_register_counts_count_each_status_and_ignore_blank_lines():
	statuses = [
		"Present",
		"Present",
		"Late",
		"Excused",
		"Absent",
		"Absent",
		"Absent",
		None,
		"",
	]
	assert register_counts(statuses) == {
		"present_count": 2,
		"late_count": 1,
		"excused_count": 1,
		"absent_count": 3,
	}
	assert register_counts([]) == dict.fromkeys(
		("present_count", "late_count", "excused_count", "absent_count"), 0
	)


@given(st.lists(st.sampled_from(STATUSES), max_size=40))
def test_register_counts_add_up_to_the_register(statuses):
	counts = register_counts(statuses)
	assert sum(counts.values()) == len(statuses)
	attended, absent = attendance_parts(**{k.replace("_count", ""): v for k, v in counts.items()})
	assert attended == sum(s in ("Present", "Late") for s in statuses)
	assert absent == statuses.count("Absent")


def test_excused_lines_count_neither_as_attended_nor_as_absent():
	assert attendance_parts(present=7, late=2, excused=5, absent=1) == (9, 1)
	assert attendance_parts(None, None, None, None) == (0, 0)


def test_satisfaction_counts_positive_faces_on_scales_only():
	answers = [
		("Faces (5)", "5"),
		("Faces (5)", "4"),
		("Faces (5)", "2"),
		("Faces (3)", "5"),
		("Faces (3)", "3"),
		("Faces (3)", "1"),
		("Choice", "5"),  # an option key, not a face
		("Yes / No / Don't know", "yes"),
		("Free text", None),
		(None, None),  # a response without answers (left join)
	]
	assert satisfaction_counts(answers) == (3, 6)


def test_a_share_is_shown_only_when_its_answers_and_its_responses_are():
	counts = PeriodCounts(
		responses=[20, 3, 8, 12],
		answers=[(15, 5), (0, 3), (6, 2), (9, 3)],
		answers_per_response=[(1, 1)] * 4,
	)
	publication, layouts = period_publication(counts)
	hidden = protect(publication).hidden
	answers = layouts["answers"].shown(publication, hidden)
	responses = layouts["surveys"].shown(publication, hidden)
	assert share(answers, responses, 0) == 75.0
	assert share(answers, responses, 1) is None  # 3 responses: hidden, and so is the share
	for row in range(4):
		if share(answers, responses, row) is not None:
			assert None not in (answers.cells[row][0], answers.row_totals[row], responses.cells[row][0])
	network = share(answers, responses, None)
	assert network is None or network == round(100 * 30 / 43, 1)


@given(st.lists(st.integers(min_value=0, max_value=30), min_size=2, max_size=5))
@settings(max_examples=25, deadline=None)
def test_no_share_rests_on_a_hidden_count(responses):
	counts = PeriodCounts(
		responses=responses,
		answers=[(count // 2, count - count // 2) for count in responses],
		answers_per_response=[(1, 1) if count else (0, 0) for count in responses],
	)
	publication, layouts = period_publication(counts)
	hidden = protect(publication).hidden
	answers = layouts["answers"].shown(publication, hidden)
	table = layouts["surveys"].shown(publication, hidden)
	for i, count in enumerate(responses):
		if share(answers, table, i) is not None:
			assert count >= 5 and table.cells[i][0] == count
			assert not 1 <= count - count // 2 <= 4 and not 1 <= count // 2 <= 4

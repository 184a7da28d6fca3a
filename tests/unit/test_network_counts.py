"""Counts the network figures rest on: a session's register counts and survey satisfaction."""

from hypothesis import given
from hypothesis import strategies as st

from amif_network.rules.attendance import STATUSES
from amif_network.rules.disclosure import protect_table
from amif_network.rules.network_counts import (
	attendance_parts,
	protected_network_satisfaction,
	protected_satisfaction,
	register_counts,
	satisfaction_counts,
)


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


def test_a_satisfaction_share_whose_responses_are_hidden_is_hidden():
	assert protected_satisfaction(3, 6, responses_shown=12) == 50.0
	assert protected_satisfaction(3, 6, responses_shown=None) is None
	assert protected_satisfaction(0, 0, responses_shown=0) is None
	assert protected_satisfaction(0, 0, responses_shown=7) is None  # no face answered: no share


def test_the_network_share_is_hidden_when_the_hidden_cpas_hold_one_to_four_responses():
	# Shown: 10 and 20; hidden rest 3 = one small group whose share would follow from the others'.
	assert protected_network_satisfaction(30, 40, 33, [10, 20, None]) is None
	assert protected_network_satisfaction(30, 40, 38, [10, 20, None, None]) == 75.0
	assert protected_network_satisfaction(30, 40, None, [10, 20, None]) is None


@given(st.lists(st.integers(min_value=0, max_value=30), min_size=2, max_size=6))
def test_satisfaction_is_shown_for_a_cpas_only_with_a_shown_response_count_of_5_or_more(
	responses,
):
	table = protect_table([[count] for count in responses])
	for i, count in enumerate(responses):
		share = protected_satisfaction(count, count, table.cells[i][0])
		if share is not None:
			assert count >= 5 and table.cells[i][0] == count
		elif count >= 5 and table.cells[i][0] is not None:
			raise AssertionError("a shown base must show its share")
	network = protected_network_satisfaction(
		sum(responses),
		sum(responses),
		table.grand_total,
		[row[0] for row in table.cells],
	)
	if network is not None:
		hidden = sum(c for c, row in zip(responses, table.cells, strict=True) if row[0] is None)
		assert table.grand_total is not None and not 1 <= hidden <= 4

"""Disclosure control: no count from 1 to 4 shown, no hidden entry recoverable from the totals."""

from itertools import product

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amif_network.rules.disclosure import (
	disclosed_entries,
	protect_count,
	protect_table,
	protected_rate,
	shown_value,
	suppression,
	table_entries,
)

small_or_not = st.one_of(st.integers(0, 6), st.integers(0, 60))
tables = st.integers(1, 5).flatmap(
	lambda rows: st.integers(1, 5).flatmap(
		lambda columns: st.lists(
			st.lists(small_or_not, min_size=columns, max_size=columns),
			min_size=rows,
			max_size=rows,
		)
	)
)
tiny_tables = st.integers(1, 2).flatmap(
	lambda rows: st.integers(1, 3).flatmap(
		lambda columns: st.lists(
			st.lists(st.integers(0, 6), min_size=columns, max_size=columns),
			min_size=rows,
			max_size=rows,
		)
	)
)


def shown_entries(protected, rows, columns):
	values = [v for line in protected.cells for v in line]
	return values + list(protected.row_totals) + list(protected.column_totals) + [protected.grand_total]


def consistent_alternatives(protected, rows, columns, bound):
	"""Brute force, independent of the audit: every table of counts up to `bound` showing the same."""
	hidden = [(i, j) for i in range(rows) for j in range(columns) if protected.cells[i][j] is None]
	for values in product(range(bound + 1), repeat=len(hidden)):
		cells = [[protected.cells[i][j] for j in range(columns)] for i in range(rows)]
		for (i, j), value in zip(hidden, values, strict=True):
			cells[i][j] = value
		entries = table_entries(cells)
		shown_totals_match = all(
			protected.row_totals[i] is None or protected.row_totals[i] == entries[("row", i)]
			for i in range(rows)
		) and all(
			protected.column_totals[j] is None or protected.column_totals[j] == entries[("column", j)]
			for j in range(columns)
		)
		if shown_totals_match and (
			protected.grand_total is None or protected.grand_total == entries[("grand",)]
		):
			yield cells


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(tables)
def test_no_count_from_one_to_four_is_ever_shown(cells):
	protected = protect_table(cells)
	assert not any(v is not None and 1 <= v <= 4 for v in shown_entries(protected, len(cells), len(cells[0])))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(tables)
def test_the_audit_finds_nothing_recoverable_in_a_protected_table(cells):
	entries, hidden = suppression(cells)
	assert disclosed_entries(entries, hidden) == set()
	# Shown entries are the true ones.
	protected = protect_table(cells)
	for i, line in enumerate(protected.cells):
		for j, value in enumerate(line):
			assert value is None or value == cells[i][j]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tiny_tables)
def test_every_hidden_cell_has_another_value_consistent_with_what_is_shown(cells):
	"""Checked by brute force over every small table, not by the audit itself."""
	rows, columns = len(cells), len(cells[0])
	protected = protect_table(cells)
	hidden = [(i, j) for i in range(rows) for j in range(columns) if protected.cells[i][j] is None]
	if not hidden:
		return
	bound = max(max(line) for line in cells) + 1
	alternatives = list(consistent_alternatives(protected, rows, columns, bound))
	assert cells in alternatives
	for i, j in hidden:
		assert len({alt[i][j] for alt in alternatives}) > 1, (cells, protected, (i, j))


def test_one_hidden_cell_in_a_row_with_its_total_shown_is_recoverable():
	cells = [[3, 10, 12], [8, 9, 20]]
	entries = table_entries(cells)
	assert disclosed_entries(entries, {("cell", 0, 0)}) == {("cell", 0, 0)}
	# The usual fix: a rectangle of four hidden cells.
	rectangle = {("cell", 0, 0), ("cell", 0, 1), ("cell", 1, 0), ("cell", 1, 1)}
	assert disclosed_entries(entries, rectangle) == set()


def test_a_hidden_zero_that_can_only_grow_is_protected_only_by_a_positive_partner():
	cells = [[0, 10], [7, 9]]
	entries = table_entries(cells)
	assert disclosed_entries(entries, {("cell", 0, 0), ("cell", 1, 0)}) == {
		("cell", 0, 0),
		("cell", 1, 0),
	}
	assert (
		disclosed_entries(entries, {("cell", 0, 0), ("cell", 0, 1), ("cell", 1, 0), ("cell", 1, 1)}) == set()
	)


def test_charleroi_funnel_table_hides_small_stage_counts_and_a_partner():
	# Enrolled 3 in module 2: hidden, and another cell so that 3 cannot be worked out.
	protected = protect_table([[315, 300, 110, 40], [199, 190, 60, 3]])
	assert protected.cells[1][3] is None
	assert sum(v is None for line in protected.cells for v in line) >= 2
	assert protected.grand_total == 315 + 300 + 110 + 40 + 199 + 190 + 60 + 3


def test_a_single_row_table_hides_the_totals_that_repeat_a_hidden_cell():
	protected = protect_table([[2, 30, 40]])
	assert protected.cells[0][0] is None and protected.column_totals[0] is None
	entries, hidden = suppression([[2, 30, 40]])
	assert disclosed_entries(entries, hidden) == set()


def test_a_single_column_table_hides_a_small_count_and_one_partner_not_the_whole_table():
	# Survey responses per CPAS: Gent's 3 and Charleroi's 8 hidden (cell and its equal row total).
	protected = protect_table([[0], [3], [8], [20], [0]])
	assert [row[0] for row in protected.cells] == [0, None, None, 20, 0]
	assert protected.row_totals == (0, None, None, 20, 0) and protected.grand_total == 31
	entries, hidden = suppression([[0], [3], [8], [20], [0]])
	assert disclosed_entries(entries, hidden) == set()


def test_a_table_without_small_counts_is_shown_whole():
	protected = protect_table([[10, 0], [7, 25]])
	assert protected.cells == ((10, 0), (7, 25)) and protected.grand_total == 42


def test_negative_counts_are_a_bug():
	with pytest.raises(ValueError):
		protect_table([[1, -2]])
	with pytest.raises(ValueError):
		protect_count(-1)


def test_single_counts_and_rates():
	assert protect_count(3) is None and protect_count(0) == 0 and protect_count(5) == 5
	assert protected_rate(110, 315) == 34.9
	assert protected_rate(None, 315) is None and protected_rate(60, None) is None
	assert protected_rate(0, 0) is None
	assert shown_value(None) == "x" and shown_value(12) == "12"

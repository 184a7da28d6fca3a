"""What the SPP sees of participants: counts per CPAS and status, small ones coarsened."""

import pytest

from amif_network.rules.aggregates import displayed_count, status_table


def test_small_counts_are_coarsened_for_the_spp_only():
	assert displayed_count(3, suppress_small=True) == "< 5"
	assert displayed_count(3, suppress_small=False) == "3"
	assert displayed_count(5, suppress_small=True) == "5"
	assert displayed_count(0, suppress_small=True) == "0"


def test_a_negative_count_is_a_bug():
	with pytest.raises(ValueError):
		displayed_count(-1, suppress_small=False)


def test_the_status_table_has_one_line_per_cpas_with_totals():
	rows = [("LIEGE", "Active", 7), ("LIEGE", "Referred", 2), ("GENT", "Active", 1), ("BRUGGE", "Active", 9)]
	table = status_table(rows, ["GENT", "LIEGE"], suppress_small=False)
	assert [line["cpas"] for line in table] == ["GENT", "LIEGE"]
	liege = table[1]
	assert (liege["active"], liege["referred"], liege["total"]) == ("7", "2", "9")
	assert table[0]["withdrawn"] == "0"


def test_the_spp_table_never_shows_a_count_between_one_and_four():
	rows = [("LIEGE", "Active", 7), ("LIEGE", "Referred", 2), ("GENT", "Active", 1)]
	table = status_table(rows, ["GENT", "LIEGE"], suppress_small=True)
	values = [value for line in table for key, value in line.items() if key != "cpas"]
	assert not any(value in {"1", "2", "3", "4"} for value in values)
	assert table[1]["active"] == "7" and table[1]["referred"] == "< 5"

"""Typed values the app refuses before Frappe casts them (a 20-digit date, a time "abc")."""

import datetime

import pytest

from amif_network.rules import values
from amif_network.rules.requests import bad_request_problem, guarded_answer

TWENTY_DIGITS = "12345678901234567890"


@pytest.mark.parametrize(
	"fieldtype, value",
	[
		("Date", "2026-03-02"),
		("Date", datetime.date(2026, 3, 2)),
		("Date", "2026-03-02 00:00:00"),
		("Datetime", "2026-03-02 09:30:00"),
		("Datetime", "2026-03-02T09:30:00.123456"),
		("Time", "09:30"),
		("Time", "23:59:59.5"),
		("Time", datetime.timedelta(hours=9)),
		("Int", 12),
		("Int", "-3"),
		("Check", 1),
		("Check", "0"),
		("Check", True),
		("Float", "12.50"),
		("Currency", 999_999_999.99),
		("Percent", 100),
		("Link", "LIEGE"),
		("Select", "Active"),
		("Select", 3),  # Frappe turns it into the text "3", one of the options or not
		("Table", []),
		("Table", [{"module": "MOD-LIEGE-FLE"}]),
		("Table MultiSelect", [{"age_group": "18-25"}]),
		("Select", ""),
		("Table", None),
		("Date", ""),
		("Time", None),
	],
)
def test_values_frappe_stores_pass(fieldtype, value):
	assert values.is_valid(fieldtype, value)


@pytest.mark.parametrize(
	"fieldtype, value",
	[
		("Date", TWENTY_DIGITS),
		("Date", int(TWENTY_DIGITS)),
		("Date", "2026-02-30"),
		("Date", "abc"),
		("Date", "%s%s%s"),
		("Datetime", "2026-03-02 25:00:00"),
		("Time", "abc"),
		("Time", "2026-02-30"),
		("Time", "%s%s%s"),
		("Time", "24:00"),
		("Time", 930),
		("Int", TWENTY_DIGITS),
		("Int", "1.5"),
		("Int", [1]),
		("Check", 2),
		("Check", "yes"),
		("Float", float("inf")),
		("Float", "1e999"),
		("Currency", 10**15),
		("Link", {"name": "LIEGE"}),
		("Link", ["LIEGE"]),
		("Link", -1.5e308),  # MariaDB would compare names as numbers and match another record
		("Link", 7),
		# a list, an object or an infinite number would reach the record's own checks (a lookup,
		# a query) before Frappe compares it with the options
		("Select", [1, 2]),
		("Select", {"name": {}}),
		("Select", float("inf")),
		# Frappe builds a child record of each row before any check: a row must be an object
		("Table", "abc"),
		("Table", 12),
		("Table", [1, 2]),
		("Table", {"name": {}}),
		("Table MultiSelect", "18-25, 26-35"),
	],
)
def test_malformed_values_are_refused(fieldtype, value):
	assert not values.is_valid(fieldtype, value)


def test_the_problem_names_the_field_the_value_and_what_is_expected():
	french = {
		"{0}: {1} is not {2}.": "{0} : {1} n'est pas {2}.",
		"a date (YYYY-MM-DD)": "une date (AAAA-MM-JJ)",
	}
	[problem] = values.value_problems([("Date de naissance", "Date", TWENTY_DIGITS), ("Nom", "Data", "x")])
	assert problem.render(lambda s: french.get(s, s)) == (
		'Date de naissance : "12345678901234567890" n\'est pas une date (AAAA-MM-JJ).'
	)


def test_a_table_that_is_not_a_list_of_rows_is_named_with_what_it_expects():
	[problem] = values.value_problems([("Modules", "Table", "abc"), ("Public", "Table MultiSelect", [])])
	assert problem.args == ("Modules", '"abc"', "a list of rows")


def test_a_long_value_is_shortened_in_the_message():
	assert values.shown("x" * 300) == '"' + "x" * 40 + '…"'


@pytest.mark.parametrize("exc_type", ["OverflowError", "ParserError", "InvalidOperation"])
def test_the_guard_turns_frappes_casting_failures_into_a_clear_refusal(exc_type):
	problem = bad_request_problem(exc_type, "")
	assert problem and problem.args == ("A date, time or number sent is not valid.",)


def test_the_guard_looks_at_500s_and_at_frappes_type_check_only():
	assert guarded_answer(500, "OverflowError")
	assert guarded_answer(417, "FrappeTypeError")
	assert not guarded_answer(417, "ValidationError")  # Frappe's own translated message stays
	assert not guarded_answer(403, "PermissionError")
	assert bad_request_problem("FrappeTypeError", "")

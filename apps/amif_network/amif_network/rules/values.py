"""Values of typed fields, checked before Frappe parses them.

Frappe casts a date, a time or a number when it saves a record; a 20-digit "date" or a time
such as "abc" then ends in an OverflowError or a parser error (HTTP 500). The app looks at the
value first and says, in the user's language, which field is wrong and what it expects.
"""

import datetime
import decimal
import math
import re

from amif_network.rules.messages import Problem, _

_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_TIME = re.compile(r"(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d{1,6})?)?")

# What each typed field expects, as the message names it (translated with the message).
EXPECTED = {
	"Date": _("a date (YYYY-MM-DD)"),
	"Datetime": _("a date and time (YYYY-MM-DD HH:MM:SS)"),
	"Time": _("a time (HH:MM or HH:MM:SS)"),
	"Int": _("a whole number"),
	"Duration": _("a whole number"),
	"Rating": _("a number from 0 to 1"),
	"Check": _("0 or 1"),
	"Float": _("a number"),
	"Currency": _("an amount"),
	"Percent": _("a percentage"),
	"Link": _("the name of a record"),
	"Dynamic Link": _("the name of a record"),
	"Select": _("a choice from the list"),
	"Table": _("a list of rows"),
	"Table MultiSelect": _("a list of rows"),
}
# Fields whose value is a list of rows: Frappe builds a child record of each before any check runs.
TABLES = ("Table", "Table MultiSelect")
# The database's columns: int(11) for whole numbers, decimal(21,9) for the others.
INT_LIMIT = 2**31
DECIMAL_LIMIT = 10**12


def _calendar_date(text: str) -> bool:
	match = _DATE.fullmatch(text)
	if not match:
		return False
	try:
		datetime.date(*(int(part) for part in match.groups()))
	except ValueError:
		return False
	return True


def _clock_time(text: str) -> bool:
	match = _TIME.fullmatch(text)
	if not match:
		return False
	hour, minute, second = (int(part or 0) for part in match.groups())
	return hour < 24 and minute < 60 and second < 60


def _number(value) -> decimal.Decimal | None:
	if isinstance(value, bool):
		return decimal.Decimal(int(value))
	if isinstance(value, int | decimal.Decimal):
		return decimal.Decimal(value)
	if isinstance(value, float):
		return decimal.Decimal(value) if math.isfinite(value) else None
	if isinstance(value, str) and re.fullmatch(r"\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*", value):
		return decimal.Decimal(value.strip())
	return None


def is_valid(fieldtype: str, value) -> bool:
	"""Whether Frappe can store `value` in a field of `fieldtype` (empty values always can)."""
	if value is None or value == "":
		return True
	if fieldtype in ("Date", "Datetime"):
		if isinstance(value, datetime.date):
			return True
		if not isinstance(value, str):
			return False
		day, _sep, clock = value.strip().replace("T", " ").partition(" ")
		return _calendar_date(day) and (not clock or _clock_time(clock))
	if fieldtype == "Time":
		if isinstance(value, datetime.time | datetime.timedelta):
			return True
		return isinstance(value, str) and _clock_time(value.strip())
	if fieldtype in ("Link", "Dynamic Link"):
		return isinstance(value, str)  # a number would be compared as a number, matching other names
	if fieldtype in TABLES:
		return isinstance(value, list) and all(isinstance(row, dict) for row in value)
	number = _number(value)
	if fieldtype == "Select":
		# a text (Frappe then checks it is one of the options) or a number Frappe turns into one;
		# a list, an object or an infinite number would reach the record's own checks first
		return isinstance(value, str) or number is not None
	if fieldtype in ("Int", "Duration"):
		return number is not None and number == number.to_integral_value() and abs(number) < INT_LIMIT
	if fieldtype == "Check":
		return number is not None and number in (0, 1)
	if fieldtype == "Rating":
		return number is not None and 0 <= number <= 1
	if fieldtype in ("Float", "Currency", "Percent"):
		return number is not None and abs(number) < DECIMAL_LIMIT
	return True


def shown(value) -> str:
	"""The value as the message repeats it: short, on one line."""
	text = value if isinstance(value, str) else repr(value)
	text = " ".join(text.split())
	return f'"{text[:40]}…"' if len(text) > 40 else f'"{text}"'


def value_problems(fields) -> list[Problem]:
	"""A problem for each (label, fieldtype, value) whose value its field cannot hold."""
	return [
		Problem(
			_("{0}: {1} is not {2}."),
			(label, shown(value), EXPECTED[fieldtype]),
			translated_args=(2,),
		)
		for label, fieldtype, value in fields
		if fieldtype in EXPECTED and not is_valid(fieldtype, value)
	]

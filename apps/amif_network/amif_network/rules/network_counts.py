"""Network figures built on stored counts: a session's register counts and survey satisfaction.

A session keeps how many of its register lines are present, late, excused and absent, so that the
network's attendance rate sums session rows instead of reading every register line. The attendance
rate follows the app's definition (rules.attendance): attended (present or late) over the lines that
counted (all lines but the excused ones).

Satisfaction is the share of positive answers (face 4 or 5) among the answers on a face scale; a
3-face scale uses faces 1, 3 and 5, so its happy face counts as positive too. It is shown outside a
CPAS only when the count of responses it rests on is shown.
"""

from collections.abc import Iterable

from amif_network.rules.attendance import ABSENT, EXCUSED, LATE, PRESENT
from amif_network.rules.disclosure import is_small_count
from amif_network.rules.surveys import SCALE_ANSWERS

REGISTER_COUNT_FIELDS = {
	PRESENT: "present_count",
	LATE: "late_count",
	EXCUSED: "excused_count",
	ABSENT: "absent_count",
}
POSITIVE_FACES = ("4", "5")
SCALE_FACES = ("1", "2", "3", "4", "5")


def register_counts(statuses: Iterable[str | None]) -> dict[str, int]:
	"""How many register lines have each status, by the session field that keeps the count."""
	counts = dict.fromkeys(REGISTER_COUNT_FIELDS.values(), 0)
	for status in statuses:
		field = REGISTER_COUNT_FIELDS.get(status)
		if field:
			counts[field] += 1
	return counts


def attendance_parts(present: int, late: int, excused: int, absent: int) -> tuple[int, int]:
	"""(attended, not attended) lines; excused lines do not count either way."""
	return int(present or 0) + int(late or 0), int(absent or 0)


def satisfaction_counts(answers: Iterable[tuple[str | None, str | None]]) -> tuple[int, int]:
	"""(positive answers, answers on a face scale) among (answer kind, answer) pairs."""
	positive = answered = 0
	for kind, face in answers:
		if kind in SCALE_ANSWERS and face in SCALE_FACES:
			answered += 1
			positive += face in POSITIVE_FACES
	return positive, answered


def protected_satisfaction(positive: int, answered: int, responses_shown: int | None) -> float | None:
	"""Positive share in percent, hidden when the responses it rests on are hidden or absent."""
	if responses_shown is None or responses_shown == 0 or not answered:
		return None
	return round(100.0 * positive / answered, 1)


def protected_network_satisfaction(
	positive: int, answered: int, grand_total_shown: int | None, shown_cells
) -> float | None:
	"""The network's share, hidden with its base, and when the hidden CPAS together hold 1 to 4
	responses (the total minus the cells shown): with the shown CPAS's shares it would give theirs."""
	if grand_total_shown is None:
		return None
	hidden_rest = grand_total_shown - sum(cell for cell in shown_cells if cell is not None)
	if is_small_count(hidden_rest):
		return None
	return protected_satisfaction(positive, answered, grand_total_shown)

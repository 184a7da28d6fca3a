"""Network figures built on stored counts: a session's register counts and survey satisfaction.

A session keeps how many of its register lines are present, late, excused and absent, so that the
network's attendance rate sums session rows instead of reading every register line. The attendance
rate follows the app's definition (rules.attendance): attended (present or late) over the lines that
counted (all lines but the excused ones).

Satisfaction is the share of positive answers (face 4 or 5) among the answers on a face scale; a
3-face scale uses faces 1, 3 and 5, so its happy face counts as positive too. Outside a CPAS it is
shown only when its positive answers, its face answers and its responses pass disclosure control
(rules.network_publication.share).
"""

from collections.abc import Iterable

from amif_network.rules.attendance import ABSENT, EXCUSED, LATE, PRESENT
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

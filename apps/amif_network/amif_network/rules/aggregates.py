"""Anonymised aggregates: counts that the SPP may see without seeing anyone."""

from amif_network.rules.messages import _

# A count this small could point at a person in a small CPAS: the SPP sees it as "< 5".
SMALL_COUNT_THRESHOLD = 5
PARTICIPANT_STATUSES = ("Referred", "In intake", "Active", "Completed", "Withdrawn")


def displayed_count(count: int, suppress_small: bool, threshold: int = SMALL_COUNT_THRESHOLD) -> str:
	"""A count as shown: exact for the CPAS that owns the data, coarsened below the threshold otherwise."""
	if count < 0:
		raise ValueError("a count cannot be negative")
	if suppress_small and 0 < count < threshold:
		return f"< {threshold}"
	return str(count)


def status_table(rows, cpas_order, suppress_small: bool) -> list[dict]:
	"""One line per CPAS with the number of participants at each status and in total.

	`rows` are (cpas, status, count) triples from a GROUP BY; no row identifies a person.
	"""
	counts: dict[str, dict[str, int]] = {code: dict.fromkeys(PARTICIPANT_STATUSES, 0) for code in cpas_order}
	for cpas, status, count in rows:
		if cpas in counts and status in counts[cpas]:
			counts[cpas][status] += count
	table = []
	for code in cpas_order:
		line = {"cpas": code}
		for status in PARTICIPANT_STATUSES:
			line[fieldname(status)] = displayed_count(counts[code][status], suppress_small)
		line["total"] = displayed_count(sum(counts[code].values()), suppress_small)
		table.append(line)
	return table


def fieldname(status: str) -> str:
	return status.lower().replace(" ", "_")


COLUMN_LABELS = {
	"Referred": _("Referred"),
	"In intake": _("In intake"),
	"Active": _("Active"),
	"Completed": _("Completed"),
	"Withdrawn": _("Withdrawn"),
}

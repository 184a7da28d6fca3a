"""The recruitment funnel: listed -> kept by the social workers -> invited -> came -> enrolled.

A campaign (a module or a period) counts how many people reached each stage, either typed as
numbers (the listing lives elsewhere, e.g. a local observatory) or counted from its prospects.
"""

from datetime import date
from itertools import pairwise

from amif_network.rules.messages import Problem, _

# Stages in order; each is a subset of the one before.
STAGES = ("listed", "kept", "invited", "came", "enrolled")
STAGE_LABELS = {
	"listed": _("Listed"),
	"kept": _("Kept by the social workers"),
	"invited": _("Invited"),
	"came": _("Came to an information session"),
	"enrolled": _("Enrolled"),
}
# A prospect's stage, as its Select option, to the funnel stage it has reached.
PROSPECT_STAGES = {
	"Listed": "listed",
	"Kept": "kept",
	"Invited": "invited",
	"Came": "came",
	"Enrolled": "enrolled",
}


def known_counts(values: dict, counted_from: str | None) -> dict:
	"""The stage counts as known: a typed 0 means "not counted here" (the figure lives elsewhere).

	Int fields cannot be left empty; counts made from prospects are exact, zeros included.
	"""
	counts = {stage: values.get(stage) for stage in STAGES}
	if counted_from == "Prospects":
		return {stage: value or 0 for stage, value in counts.items()}
	return {stage: value or None for stage, value in counts.items()}


def stage_count_problems(counts: dict) -> list[Problem]:
	"""Counts typed by a CPAS: none negative, and none larger than an earlier stage's.

	A stage left empty is unknown and is compared with nothing.
	"""
	problems = []
	for stage in STAGES:
		value = counts.get(stage)
		if value is not None and value < 0:
			problems.append(Problem(_("The number at stage {0} cannot be negative."), (STAGE_LABELS[stage],)))
	if problems:
		return problems
	previous = None
	for stage in STAGES:
		value = counts.get(stage)
		if value is None:
			continue
		if previous is not None and value > counts[previous]:
			problems.append(
				Problem(
					_(
						"{0} ({1}) cannot be more than {2} ({3}): each stage counts people of the stage before."
					),
					(STAGE_LABELS[stage], value, STAGE_LABELS[previous], counts[previous]),
				)
			)
		previous = stage
	return problems


def campaign_period_problem(from_date: date | None, to_date: date | None) -> Problem | None:
	if not from_date or not to_date:
		return Problem(_("A recruitment campaign needs a start date and an end date."))
	if to_date < from_date:
		return Problem(_("The campaign ends ({0}) before it starts ({1})."), (to_date, from_date))
	return None


def conversions(counts: dict) -> list[tuple[str, str, float | None]]:
	"""Each step's conversion (stage reached / stage before, in %), None where a count is unknown."""
	steps = []
	for before, after in pairwise(STAGES):
		steps.append((before, after, rate(counts.get(after), counts.get(before))))
	return steps


def overall_conversion(counts: dict) -> tuple[str | None, float | None]:
	"""Enrolled out of the first stage counted (e.g. out of those kept when nobody was listed here)."""
	first = next((stage for stage in STAGES[:-1] if counts.get(stage)), None)
	if first is None:
		return None, None
	return first, rate(counts.get("enrolled"), counts[first])


def rate(part: int | None, whole: int | None, digits: int = 1) -> float | None:
	if part is None or not whole:
		return None
	return round(100.0 * part / whole, digits)


def counts_from_prospects(prospect_stages) -> dict[str, int]:
	"""A prospect who reached a stage has passed every stage before it."""
	counts = dict.fromkeys(STAGES, 0)
	for option in prospect_stages:
		reached = STAGES.index(PROSPECT_STAGES[option])
		for stage in STAGES[: reached + 1]:
			counts[stage] += 1
	return counts


def prospect_problems(
	prospect_cpas: str | None,
	campaign_cpas: str | None,
	stage: str,
	has_participant: bool,
	has_session: bool,
	session_cpas: str | None = None,
) -> list[Problem]:
	"""A prospect belongs to its campaign's CPAS; enrolling goes through the Participant it becomes."""
	problems = []
	if campaign_cpas and prospect_cpas and prospect_cpas != campaign_cpas:
		problems.append(
			Problem(
				_(
					"This prospect belongs to CPAS {0}, the campaign to CPAS {1}: a campaign only keeps its own CPAS's prospects."
				),
				(prospect_cpas, campaign_cpas),
			)
		)
	if session_cpas and prospect_cpas and session_cpas != prospect_cpas:
		problems.append(Problem(_("This information session belongs to CPAS {0}."), (session_cpas,)))
	if stage == "Enrolled" and not has_participant:
		problems.append(
			Problem(_("A prospect is enrolled by the Enrol button, which creates their Participant."))
		)
	if stage in ("Came", "Enrolled") and not has_session and not has_participant:
		problems.append(Problem(_("Choose the information session this prospect came to.")))
	return problems


def running_campaign(campaigns, today: date):
	"""The campaign running today, the latest started first; else the latest one that started."""
	started = [c for c in campaigns if c["from_date"] and c["from_date"] <= today]
	running = [c for c in started if c["to_date"] and c["to_date"] >= today]
	pool = running or started
	return max(pool, key=lambda c: c["from_date"]) if pool else None

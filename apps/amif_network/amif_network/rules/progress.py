"""Progress against the fiche's own sub-objectives: ratings per enrolment, and who progressed.

Staff rate each sub-objective of the module an enrolment follows, on a short scale, at entry,
midway and at exit. A participant progressed on a sub-objective when the latest later rating
(exit, else midway) is above the entry rating.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from amif_network.rules import disclosure
from amif_network.rules.messages import Problem, _

RATINGS: tuple[str, ...] = ("Not yet", "Partly", "Reached")
MOMENTS: tuple[str, ...] = ("Entry", "Midway", "Exit")


def rating_problems(
	enrolment_module: str,
	fiche_module_of_activity: dict[str, str],
	rated_fiche_module: str,
	sub_objective: str,
	sub_objectives_of_fiche: Iterable[tuple[str, str]],
	ratings: Iterable[str | None],
) -> list[Problem]:
	"""A rating names a sub-objective of the fiche module that the enrolment's module carries out."""
	problems = [
		Problem(_("Unknown rating {0}: use Not yet, Partly or Reached."), (value,))
		for value in ratings
		if value and value not in RATINGS
	]
	own_module = fiche_module_of_activity.get(enrolment_module)
	if not own_module:
		problems.append(
			Problem(
				_("The module {0} of this enrolment carries out no module of the fiche."), (enrolment_module,)
			)
		)
		return problems
	if rated_fiche_module != own_module:
		problems.append(
			Problem(
				_("The sub-objective belongs to the module {0}; this enrolment follows {1}."),
				(rated_fiche_module, own_module),
			)
		)
		return problems
	if (rated_fiche_module, (sub_objective or "").strip()) not in {
		(module, text.strip()) for module, text in sub_objectives_of_fiche
	}:
		problems.append(
			Problem(
				_("The module {0} of the fiche has no sub-objective {1}."),
				(rated_fiche_module, sub_objective),
			)
		)
	return problems


@dataclass(frozen=True)
class RatingRow:
	fiche_module: str
	sub_objective: str
	entry: str | None
	midway: str | None
	exit: str | None
	midway_on: date | None = None
	exit_on: date | None = None


def later_rating(row: RatingRow) -> tuple[str | None, date | None]:
	"""The latest rating after entry (exit, else midway) and the day it was given."""
	if row.exit:
		return row.exit, row.exit_on
	if row.midway:
		return row.midway, row.midway_on
	return None, None


def progressed(row: RatingRow) -> bool | None:
	"""True or False once rated at entry and later; None when it cannot tell yet."""
	later, _day = later_rating(row)
	if row.entry not in RATINGS or later not in RATINGS:
		return None
	return RATINGS.index(later) > RATINGS.index(row.entry)


def rating_year(row: RatingRow) -> int | None:
	_later, day = later_rating(row)
	return day.year if day else None


@dataclass(frozen=True)
class ProgressLine:
	year: int
	fiche_module: str
	sub_objective: str
	rated: int | None
	progressed: int | None
	share: float | None  # percent


def progress_lines(
	rows: Iterable[RatingRow], order: list[tuple[str, str]], protect: bool
) -> list[ProgressLine]:
	"""Per period (year of the later rating), module and sub-objective: how many were rated at entry
	and later, how many progressed, and the share. Exact inside the CPAS; outside it each module's
	table (sub-objectives x progressed / not) goes through the network's disclosure control."""
	counts: dict[tuple[int, str, str], list[int]] = {}
	for row in rows:
		verdict = progressed(row)
		year = rating_year(row)
		if verdict is None or year is None:
			continue
		cell = counts.setdefault((year, row.fiche_module, row.sub_objective.strip()), [0, 0])
		cell[0 if verdict else 1] += 1
	lines = []
	for year in sorted({key[0] for key in counts}):
		modules = []
		for module, _text in order:
			if module not in modules:
				modules.append(module)
		for module in modules:
			subs = [text.strip() for m, text in order if m == module]
			cells = [counts.get((year, module, text), [0, 0]) for text in subs]
			if not any(sum(cell) for cell in cells):
				continue
			if protect:
				table = disclosure.protect_table(cells)
				shown = [(table.row_totals[i], table.cells[i][0]) for i in range(len(subs))]
			else:
				shown = [(sum(cell), cell[0]) for cell in cells]
			for text, (rated, yes) in zip(subs, shown, strict=True):
				lines.append(
					ProgressLine(year, module, text, rated, yes, disclosure.protected_rate(yes, rated))
				)
	return lines

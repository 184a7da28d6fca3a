"""Progress against the fiche's sub-objectives: which ratings are accepted, who progressed."""

from datetime import date

from amif_network.rules import progress
from amif_network.rules.progress import RatingRow

FICHE_MODULES = {"MOD-LIEGE-ACTIVATION": "Activation", "MOD-LIEGE-CREATIF": "Créatif"}
SUBS = [
	("Activation", "Parler français"),
	("Activation", "Thèmes du quotidien"),
	("Créatif", "Confiance en soi"),
]


def test_a_rating_for_a_sub_objective_of_another_module_is_refused():
	problems = progress.rating_problems(
		"MOD-LIEGE-ACTIVATION", FICHE_MODULES, "Créatif", "Confiance en soi", SUBS, []
	)
	assert problems and "belongs to the module Créatif" in problems[0].render()
	assert not progress.rating_problems(
		"MOD-LIEGE-ACTIVATION",
		FICHE_MODULES,
		"Activation",
		"Parler français",
		SUBS,
		["Partly"],
	)


def test_an_unknown_sub_objective_a_module_outside_the_fiche_and_a_bad_rating_are_refused():
	assert progress.rating_problems("MOD-LIEGE-ACTIVATION", FICHE_MODULES, "Activation", "Cuisiner", SUBS, [])
	assert progress.rating_problems(
		"MOD-LIEGE-SORTIE", FICHE_MODULES, "Activation", "Parler français", SUBS, []
	)
	assert progress.rating_problems(
		"MOD-LIEGE-ACTIVATION",
		FICHE_MODULES,
		"Activation",
		"Parler français",
		SUBS,
		["Excellent"],
	)


def row(sub, entry, midway=None, exit_rating=None, module="Activation"):
	return RatingRow(
		module,
		sub,
		entry,
		midway,
		exit_rating,
		date(2026, 12, 14) if midway else None,
		date(2027, 6, 20) if exit_rating else None,
	)


def test_progress_is_the_latest_later_rating_above_entry():
	assert progress.progressed(row("x", "Not yet", "Partly")) is True
	assert progress.progressed(row("x", "Partly", "Reached", "Partly")) is False  # exit wins over midway
	assert progress.progressed(row("x", "Reached", "Reached")) is False
	assert progress.progressed(row("x", "Partly")) is None


def test_progress_lines_are_exact_inside_the_cpas_and_protected_outside():
	rows = [row("Parler français", "Not yet", "Partly") for _ in range(6)] + [
		row("Parler français", "Partly", "Partly"),
		row("Thèmes du quotidien", "Not yet", "Partly"),
	]
	exact = progress.progress_lines(rows, SUBS, protect=False)
	assert [(l.sub_objective, l.rated, l.progressed, l.share) for l in exact] == [
		("Parler français", 7, 6, 85.7),
		("Thèmes du quotidien", 1, 1, 100.0),
	]
	protected = progress.progress_lines(rows, SUBS, protect=True)
	assert all(l.rated is None or not 1 <= l.rated <= 4 for l in protected)
	assert protected[1].rated is None and protected[1].share is None

"""How a task is worded, whatever its verb: the grammar of `rules/report_tasks.py`."""

import pytest

from amif_network.rules import report_tasks as tasks


@pytest.mark.parametrize(
	"text",
	[
		"Envoyer la présentation Activ'UP à tous les participants",
		"rédiger une nouvelle version de l’enquête",
		"Se renseigner sur le coût d'une interprétation",
		"Transmettre la brochure des formations",
		"Revoir le planning des modules",
		"Mise à jour du tableau des indicateurs",
		"Faire traduire l'enquête en arabe",
		"Sjabloon jaarlijks indicatorenrapport rondsturen",
		"Een gezamenlijke presentatie voorbereiden voor de eindconferentie",
		"Contact leggen met het regioteam",
		"Thema voor de volgende bijeenkomst voorstellen",
		"Aanwezigheidscijfers 2018 aanleveren volgens het nieuwe sjabloon",
		"Overzicht van de groepsregels per OCMW bijhouden",
		"Nalezen van de Franse versie",
		"De werkgroep evaluatie trekken",
		"Lijst met deelnemers die een ERK-niveau stegen aanleveren (KVL, AW, JS).",
	],
)
def test_a_task_worded_as_an_infinitive_or_a_task_noun(text):
	assert tasks.task_start(text)


@pytest.mark.parametrize(
	"text",
	[
		"voir point II.",
		"Dossier complet pour 12 participants",
		"Lettre d'information envoyée en mars",
		"nouveau partenariat avec le Huis van het Nederlands",
		"buitenactiviteiten werken goed: wandelingen met een taalopdracht",
		"De partner-OCMW’s sturen hun deelnemers naar de groepsmodules",
		"Rachid Benali liet het toestemmingsformulier in het Arabisch vertalen",
		"dank aan iedereen om door te werken in deze moeilijke periode",
		"Youssef geeft aan dat de partners hun deelnemers voortaan sturen",
		"in Binche gaan de AS langs bij de deelnemers",
		"",
	],
)
def test_a_statement_is_not_a_task(text):
	assert not tasks.task_start(text)


@pytest.mark.parametrize(
	"sentence, expected",
	[
		("Marie enverra la présentation à tous.", True),
		("Le SPP va vérifier si les frais sont éligibles.", True),
		("Chaque CPAS est invité à faire parvenir ses chiffres.", True),
		("Il appartiendra à chaque CPAS de vérifier les listes.", True),
		("Jan zal de lijst bezorgen.", True),
		("Elk OCMW wordt gevraagd de cijfers door te sturen.", True),
		("Agnès présente le projet bruxellois.", False),
		("Het project loopt goed.", False),
	],
)
def test_a_future_or_a_duty(sentence, expected):
	assert tasks.future_or_duty(sentence) is expected


@pytest.mark.parametrize(
	"word, expected",
	[
		("envoyer", True),
		("fournir", True),
		("dossier", False),
		("lettre", False),
		("lire", True),
		("premier", False),
	],
)
def test_french_infinitives(word, expected):
	assert tasks.french_infinitive(word) is expected

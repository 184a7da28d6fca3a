"""Import from text: each recogniser on small cases, in French and in Dutch, as the reports write them."""

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amif_network.rules import report_import as ri

TEXTS = Path(__file__).resolve().parents[2] / "fixtures" / "report_texts"
CONTACTS = [
	ri.Contact("lisa-asselman", "Lisa Asselman", None, "SPP"),
	ri.Contact("johan-maekelberg", "Johan Maekelberg", "GENT"),
	ri.Contact("mieke-de-roo", "Mieke De Roo", "GENT"),
	ri.Contact("frederic-darras", "Frederic Darras", "LIEGE"),
	ri.Contact("agnes-dubus", "Agnès Dubus", "BRUXELLES"),
	ri.Contact("marie-lambert", "Marie Lambert", "LIEGE"),
	ri.Contact("ibrahim-aguelmin", "Ibrahim Aguelmin", "LIEGE"),
	ri.Contact("ibrahim-laaroussi", "Ibrahim Laaroussi", "GENT"),
]

# People of the meeting, as its present list names them: first names resolve among them.
IN_THE_MEETING = [*CONTACTS, ri.Contact("", "Jan Peeters", "GENT"), ri.Contact("", "Sofie Claes", "GENT")]

# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
	"text, expected",
	[
		("FAMI 16 mei 2019 – 16 mai 2019", date(2019, 5, 16)),
		("3 april 2023 – 3 avril 2023", date(2023, 4, 3)),
		("AMIF 1 maart 2021 – 1er mars 2021", date(2021, 3, 1)),
		("Réunion du 1er août 2022", date(2022, 8, 1)),
		("le 28 février 2022 à Liège", date(2022, 2, 28)),
		("le 28 fevrier 2022", date(2022, 2, 28)),
		("Verslag van 10 december 2020", date(2020, 12, 10)),
		("jeudi 12 octobre 2023", date(2023, 10, 12)),
		("Gent, 16/05/2019", date(2019, 5, 16)),
		("op 3.04.2023", date(2023, 4, 3)),
		("8 juli 2021", date(2021, 7, 8)),
		("8 juillet 2021", date(2021, 7, 8)),
	],
)
def test_dates_are_read_in_dutch_and_french(text, expected):
	found = ri.find_date(text)
	assert found.value == expected and found.problem is None


@pytest.mark.parametrize("text", ["31 février 2023", "30 februari 2024", "31/04/2021", "32 mai 2019"])
def test_a_date_that_does_not_exist_is_found_with_a_problem(text):
	found = ri.find_date(text)
	if found is None:  # "32 mai" is not even read as a day
		assert text.startswith("32")
		return
	assert found.value is None
	assert found.problem.render() == f"The date {found.text} does not exist."


@pytest.mark.parametrize("text", ["", "Bienvenue à tous", "Module 2 van 2019", "Mai 2019"])
def test_no_date_is_invented(text):
	assert ri.find_date(text) is None


# --- organisations -------------------------------------------------------------------------


@pytest.mark.parametrize(
	"text, expected",
	[
		("CPAS Gand", ("CPAS", "GENT")),
		("OCMW Gent", ("CPAS", "GENT")),
		("CPAS de Gand", ("CPAS", "GENT")),
		("CPAS Liège", ("CPAS", "LIEGE")),
		("CPAS Liege", ("CPAS", "LIEGE")),
		("OCMW Luik", ("CPAS", "LIEGE")),
		("CPAS d'Anvers", ("CPAS", "ANTWERPEN")),
		("CPAS Anvers", ("CPAS", "ANTWERPEN")),
		("OCMW Antwerpen", ("CPAS", "ANTWERPEN")),
		("OCMW Brussel", ("CPAS", "BRUXELLES")),
		("CPAS de Bruxelles", ("CPAS", "BRUXELLES")),
		("CPAS Charleroi", ("CPAS", "CHARLEROI")),
		("OCMW Schoten", ("CPAS", "SCHOTEN")),
		("SPP IS-MI", ("SPP", None)),
		("SPP IS", ("SPP", None)),
		("POD MI", ("SPP", None)),
		("POD MI-IS", ("SPP", None)),
		("SPP Intégration Sociale", ("SPP", None)),
		("POD Maatschappelijke Integratie", ("SPP", None)),
		("CPAS de Namur", ("CPAS", None)),
		("Croix-Rouge", (None, None)),
		("", (None, None)),
	],
)
def test_organisations_are_recognised_whatever_the_language(text, expected):
	assert ri.recognise_organisation(text) == expected


# --- people ----------------------------------------------------------------------------------


def test_a_present_list_splits_each_person_and_organisation():
	people = ri.split_people(
		"Lisa Asselman (SPP IS-MI), Johan Maekelberg (CPAS Gand), Agnès Dubus (CPAS Bruxelles)"
	)
	assert [(p.full_name, p.organisation, p.organisation_type, p.cpas) for p in people] == [
		("Lisa Asselman", "SPP IS-MI", "SPP", None),
		("Johan Maekelberg", "CPAS Gand", "CPAS", "GENT"),
		("Agnès Dubus", "CPAS Bruxelles", "CPAS", "BRUXELLES"),
	]


def test_two_people_of_one_organisation_named_together():
	people = ri.split_people(
		"Jan Peeters en Sofie Claes (OCMW Gent); Marie Dubois et Paul Leroy (CPAS de Liège)"
	)
	assert [(p.full_name, p.cpas) for p in people] == [
		("Jan Peeters", "GENT"),
		("Sofie Claes", "GENT"),
		("Marie Dubois", "LIEGE"),
		("Paul Leroy", "LIEGE"),
	]


def test_a_person_and_organisation_joined_by_a_dash_or_grouped_under_the_organisation():
	dashed = ri.split_people("Marie Dubois – CPAS de Liège")
	assert [(p.full_name, p.cpas) for p in dashed] == [("Marie Dubois", "LIEGE")]
	grouped = ri.split_people("OCMW Gent: Johan Maekelberg, Mieke De Roo", "Excused")
	assert [(p.full_name, p.cpas, p.attendance) for p in grouped] == [
		("Johan Maekelberg", "GENT", "Excused"),
		("Mieke De Roo", "GENT", "Excused"),
	]


def test_an_organisation_excused_as_a_whole_is_no_person():
	people = ri.split_people("Silvia Soares (CPAS Liège), CPAS de Binche", "Excused")
	assert [(p.full_name, p.organisation, p.cpas) for p in people] == [
		("Silvia Soares", "CPAS Liège", "LIEGE"),
		("", "CPAS de Binche", "BINCHE"),
	]


@pytest.mark.parametrize(
	"name, expected",
	[
		("Agnès Dubus", "agnes-dubus"),
		("Agnes Dubus", "agnes-dubus"),
		("AGNÈS DUBUS", "agnes-dubus"),
		("agnes dubus", "agnes-dubus"),
		("Frédéric Darras", "frederic-darras"),
		("Mieke de Roo", "mieke-de-roo"),
		("Mieke De-Roo", "mieke-de-roo"),
		("Johan Maekelbergh", "johan-maekelberg"),
		("Marie", "marie-lambert"),
		("Ibrahim", None),  # two contacts have this first name
		("Jan Peeters", None),  # not a contact yet: proposed, never created here
	],
)
def test_people_are_matched_to_contacts_regardless_of_accents_and_case(name, expected):
	match = ri.match_contact(name, CONTACTS)
	assert (match.name if match else None) == expected


def test_a_first_name_shared_by_two_contacts_is_settled_by_the_cpas():
	assert ri.match_contact("Ibrahim", CONTACTS, cpas="GENT").name == "ibrahim-laaroussi"


# --- time slots ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
	"line, expected",
	[
		("10h00 à 10h45 : Accueil", ("10:00", "10:45", "Accueil")),
		("13:30 à 14:00 Bezoek aan het atelier", ("13:30", "14:00", "Bezoek aan het atelier")),
		("9u30 - 10u00: Onthaal met koffie", ("09:30", "10:00", "Onthaal met koffie")),
		("van 10u tot 11u: Stand van zaken", ("10:00", "11:00", "Stand van zaken")),
		("de 14h à 15h30 – Visite", ("14:00", "15:30", "Visite")),
		("- 10.00 - 10.30 Inleiding", ("10:00", "10:30", "Inleiding")),
		("14h Clôture", ("14:00", "", "Clôture")),
		("om 12u30: Lunch", ("12:30", "", "Lunch")),
	],
)
def test_time_slots_in_every_style(line, expected):
	slot = ri.parse_time_slot(line)
	assert (slot.from_time, slot.to_time, slot.title) == expected


@pytest.mark.parametrize("line", ["Accueil et introduction", "25h00 à 26h00 : Rien", "2019 - 2020 : rapport"])
def test_a_line_without_a_real_time_is_no_slot(line):
	assert ri.parse_time_slot(line) is None


# --- numbering styles ----------------------------------------------------------------------------


@pytest.mark.parametrize(
	"line, expected",
	[
		("I. Accueil et introduction", ("I", 1, "Accueil et introduction")),
		(
			"2. Mod' Actions : présentation du projet et de ses modules",
			("2", 1, "Mod' Actions : présentation du projet et de ses modules"),
		),
		("0. Accueil", ("0", 1, "Accueil")),
		("4.1 Gent", ("4.1", 2, "Gent")),
		("4.2. Luik", ("4.2", 2, "Luik")),
		("4.2.1 Werkpunten", ("4.2.1", 3, "Werkpunten")),
		("IV – Clôture", ("IV", 1, "Clôture")),
		("III) Brainstorm", ("III", 1, "Brainstorm")),
		("**3. Méthodologies**", ("3", 1, "Méthodologies")),
		("5 Feedback en brainstorm", ("5", 1, "Feedback en brainstorm")),
	],
)
def test_headings_in_every_numbering_style(line, expected):
	heading = ri.parse_heading(line)
	assert (heading.number, heading.level, heading.title) == expected


@pytest.mark.parametrize(
	"line",
	[
		"1. un contrat avec le travailleur social ;",
		"- 1) Module pour les personnes avec des très faibles compétences linguistiques",
		"2. een tweede met Claudine, die de intakegesprekken voert;",
		"3 participants + 1 formateur",
		"2019 was een goed jaar voor het project, met veel nieuwe deelnemers en partners.",
		"Accueil et introduction",
	],
)
def test_list_items_and_sentences_are_no_headings(line):
	assert ri.parse_heading(line) is None


def test_numbers_follow_each_other_with_gaps_and_sub_sections():
	assert ri.follows(None, (1,)) and ri.follows(None, (0,))
	assert ri.follows((2,), (4,))  # reports skip numbers
	assert ri.follows((4,), (4, 1)) and ri.follows((4, 1), (4, 2)) and ri.follows((4, 5), (5,))
	assert not ri.follows((2,), (1,))  # a list item "1." inside section 2
	assert not ri.follows((4,), (5, 1))
	assert ri.roman_value("IV") == 4 and ri.roman_value("IIII") is None


# --- action sentences --------------------------------------------------------------------------


@pytest.mark.parametrize(
	"sentence, owner_type, owners",
	[
		("Marie enverra la présentation à tous.", "Network Contact", ["Marie Lambert"]),
		("Johan Maekelberg va envoyer le planning aux CPAS.", "Network Contact", ["Johan Maekelberg"]),
		("Frédéric Darras se charge de la vidéo.", "Network Contact", ["Frederic Darras"]),
		(
			"Jan en Sofie bezorgen de lijst aan het POD.",
			"Several Network Contacts",
			["Jan Peeters", "Sofie Claes"],
		),
		("Mieke De Roo zal de vragenlijst vertalen.", "Network Contact", ["Mieke De Roo"]),
		(
			"Lisa Asselman et Agnès Dubus prépareront la rencontre.",
			"Several Network Contacts",
			["Lisa Asselman", "Agnès Dubus"],
		),
		("Le CPAS de Gand va organiser une visite.", "CPAS", ["CPAS de Gand"]),
		("Het OCMW van Antwerpen zal een bezoek organiseren.", "CPAS", ["OCMW van Antwerpen"]),
		("Le SPP enverra le modèle de rapport.", "SPP", ["SPP"]),
		("Het POD zal een sjabloon bezorgen.", "SPP", ["POD"]),
		("La date sera communiquée plus tard.", "To Be Assigned", []),
		("De datum wordt later meegedeeld.", "To Be Assigned", []),
		("Action : relancer les partenaires.", "To Be Assigned", []),
	],
)
def test_action_sentences_and_their_owner(sentence, owner_type, owners):
	point = ri.recognise_action(sentence, IN_THE_MEETING)
	assert point is not None
	assert (point.owner_type, point.owners) == (owner_type, owners)
	assert point.action


@pytest.mark.parametrize(
	"sentence",
	[
		"L'équipe du projet FAMI de Liège a accueilli les autres CPAS dans ses locaux.",
		"Une analyse des besoins est effectuée pour tous les nouveaux clients.",
		"Het OCMW van Charleroi organiseert opnieuw infosessies over het leven in België.",
		"Johan Maekelberg verwelkomt de OCMW's in Gent.",
		"Quelles leçons les autres CPAS peuvent-ils tirer ?",
		"Het POD herinnert eraan dat de eindrapporten tegen 30 juni moeten worden ingediend.",
		"Le client est ensuite orienté vers l'un des modules.",
	],
)
def test_narration_is_no_action_point(sentence):
	assert ri.recognise_action(sentence, CONTACTS) is None


# --- the report as a whole -----------------------------------------------------------------------


def test_the_2019_report_is_recognised_from_its_text():
	report = ri.recognise_report((TEXTS / "2019_liege_echange.txt").read_text(encoding="utf-8"), CONTACTS)
	assert report.problems == []
	assert (report.title_nl, report.title_fr, report.meeting_date) == (
		"Verslag uitwisseling OCMW's",
		"Rapport échange entre CPAS",
		"2019-05-16",
	)
	assert report.place == "L'Échelle des Mots, rue Général Bertrand 35, 4000 Liège"
	assert report.host_cpas == "LIEGE" and report.language == "fr" and not report.is_online
	assert ri.counts(report) == {"people": 11, "agenda": 0, "headings": 4, "actions": 0, "to_check": 0}
	assert [s.number for s in report.sections] == ["I", "2", "4", "5"]
	assert report.leftover == []


def test_an_online_meeting_with_interpretation_a_remark_and_a_next_meeting_without_date():
	report = ri.recognise_report(
		(TEXTS / "2021_online_interpretation.txt").read_text(encoding="utf-8"), CONTACTS
	)
	assert report.is_online and report.simultaneous_interpretation and report.place == ""
	assert [s.remarks for s in report.sections if s.remarks] == [
		["Commentaires du CPAS d'Anvers encore à ajouter."]
	]
	assert report.next_meeting_date is None
	assert report.next_meeting_note == "probablement au printemps, à Gand."
	excused = [p for p in report.attendees if p.attendance == "Excused"]
	assert [(p.full_name, p.organisation) for p in excused] == [
		("Silvia Soares", "CPAS Liège"),
		("Frédéric Darras", "CPAS Liège"),
		("", "CPAS de Binche"),
	]


def test_a_present_list_broken_over_lines_by_a_pdf_is_joined_again():
	text = (
		"Verslag bijeenkomst OCMW's\n3 april 2023\n\nAanwezig: Lisa Asselman (POD MI), Sofie Claes\n"
		"(OCMW Gent), Ibrahim Aguelmin (OCMW\nLuik), Pieter\nJanssens (OCMW Schoten)\n\n1. Onthaal\n\nTekst."
	)
	report = ri.recognise_report(text, CONTACTS)
	assert [(p.full_name, p.cpas) for p in report.attendees] == [
		("Lisa Asselman", None),
		("Sofie Claes", "GENT"),
		("Ibrahim Aguelmin", "LIEGE"),
		("Pieter Janssens", "SCHOTEN"),
	]


def test_a_present_list_one_person_a_line():
	text = "Rapport\n16 mai 2019\n\nPrésents :\n- Lisa Asselman (SPP IS)\n- Johan Maekelberg (CPAS Gand)\n\n1. Accueil\n\nTexte."
	report = ri.recognise_report(text, CONTACTS)
	assert [p.contact for p in report.attendees] == ["lisa-asselman", "johan-maekelberg"]


@pytest.mark.parametrize(
	"text, message",
	[
		("", "The text is empty"),
		("   \n  ", "The text is empty"),
		(
			"Bonjour, merci pour la réunion de ce matin et à bientôt à tous les collègues.",
			"does not look like",
		),
		("%PDF-1.4\x00\x00\x00 binary", "does not look like"),
		(
			"Rapport rencontre CPAS\n31 février 2023\n\n1. Accueil\n\nBienvenue à tous.",
			"The date 31 février 2023 does not exist.",
		),
	],
)
def test_bad_input_gives_a_problem_and_nothing_else(text, message):
	report = ri.recognise_report(text, CONTACTS)
	assert any(message in p.render() for p in report.problems)
	assert (report.meeting_date is None and report.sections == []) or message.startswith("The date")


def test_text_files_in_utf8_or_windows_encoding_are_read_and_binary_ones_refused():
	assert ri.text_of_bytes("Présents : Agnès".encode()) == "Présents : Agnès"
	assert ri.text_of_bytes("Présents : Agnès".encode("cp1252")) == "Présents : Agnès"
	assert ri.text_of_bytes(bytes(range(256)) * 4) is None


def test_a_confirmed_draft_becomes_the_fields_of_a_one_language_report():
	draft = {
		"language": "nl",
		"title_fr": "Rapport",
		"title_nl": "Verslag",
		"meeting_date": "2023-04-03",
		"attendees": [
			{"full_name": "Lisa Asselman", "contact": "lisa-asselman", "attendance": "Present"},
			{"full_name": "Jan Peeters", "contact": None, "create_contact": 1, "attendance": "Excused"},
		],
		"agenda": [{"title": "Onthaal", "from_time": "09:30", "to_time": "10:00"}, {"title": "Varia"}],
		"sections": [
			{"number": "4", "level": 1, "heading": "Stand van zaken", "body": ""},
			{
				"number": "4.1",
				"level": 2,
				"heading": "Gent",
				"body": "Eerste.\n- een\n- twee",
				"remarks": ["Nog aan te vullen."],
			},
		],
		"action_points": [
			{
				"action": "Jan en Lisa bezorgen de lijst.",
				"owner_type": "Several Network Contacts",
				"owners": ["Jan Peeters", "Lisa Asselman"],
			},
			{"action": "Het OCMW zal...", "owner_type": "CPAS", "owner_cpas": "ANTWERPEN"},
			{"action": "Iemand zal...", "owner_type": "Network Contact", "owners": ["Niemand Bekend"]},
		],
		"next_meeting_note": "najaar 2023",
		"remarks": ["Nog aan te vullen."],
	}
	assert ri.draft_problems(draft) == []
	fields = ri.report_fields(draft, {"Jan Peeters": "jan-new"}, CONTACTS)
	assert fields["report_languages"] == "Dutch only"
	assert fields["attendees"] == [
		{"attendance": "Present", "contact": "lisa-asselman"},
		{"attendance": "Excused", "contact": "jan-new"},
	]
	assert fields["agenda"][1] == {"from_time": "", "to_time": "", "title_nl": "Varia"}
	assert fields["sections"][1]["body_nl"] == "<p>Eerste.</p><ul><li>een</li><li>twee</li></ul>"
	assert fields["sections"][1]["remark_nl"] == "Nog aan te vullen."
	assert fields["action_points"][0]["action_owner"] == "jan-new"
	assert fields["action_points"][0]["second_owner"] == "lisa-asselman"
	assert fields["action_points"][1]["owner_cpas"] == "ANTWERPEN"
	# an owner who is no contact and was not created leaves the point to be assigned
	assert fields["action_points"][2]["owner_type"] == "To Be Assigned"
	assert fields["next_meeting_note_nl"] == "najaar 2023" and fields["comments_pending"] == 1


@pytest.mark.parametrize(
	"draft",
	[
		{"title_fr": "Rapport", "title_nl": "Verslag", "meeting_date": "2023-02-31"},
		{"title_fr": "Rapport", "title_nl": "", "meeting_date": "2023-02-03"},
		{
			"title_fr": "Rapport",
			"title_nl": "Verslag",
			"meeting_date": "2023-02-03",
			"sections": ["not a row"],
		},
	],
)
def test_a_draft_that_cannot_be_saved_is_refused(draft):
	assert ri.draft_problems(draft)


def test_only_the_spp_imports():
	assert ri.may_import(["AMIF Network Manager"]) and ri.may_import(["System Manager"])
	assert not ri.may_import(["CPAS Staff", "CPAS Manager", "AMIF Network Member"])


def test_people_with_courtesy_titles_and_organisations_after_a_comma():
	people = ri.split_people(
		"Mme Marie Dubois, CPAS de Liège, Dhr. Jan Peeters, Mevr. Sofie Claes, OCMW Gent"
	)
	assert [(p.full_name, p.cpas) for p in people] == [
		("Marie Dubois", "LIEGE"),
		("Jan Peeters", "GENT"),
		("Sofie Claes", "GENT"),
	]


def test_a_place_label_page_numbers_and_a_repeated_title_are_read_as_such():
	text = (
		"Verslag bijeenkomst OCMW's – Rapport rencontre CPAS\nDatum: 12 oktober 2023\nLocatie: Via Teams\n\n"
		"1. Onthaal\n\nHet POD opent de vergadering.\n\n2/4\nVerslag bijeenkomst OCMW's – Rapport rencontre CPAS\n"
		"Pagina 2\n\n2. Varia\n\nDe volgende bijeenkomst vindt plaats op 14 maart 2024."
	)
	report = ri.recognise_report(text, CONTACTS)
	assert report.is_online and report.meeting_date == "2023-10-12"
	assert [s.body for s in report.sections] == [
		"Het POD opent de vergadering.",
		"De volgende bijeenkomst vindt plaats op 14 maart 2024.",
	]
	assert report.next_meeting_date == "2024-03-14"
	assert report.leftover == []


@pytest.mark.parametrize(
	"sentence",
	[
		"Actiepunt: de vragenlijst vertalen.",
		"À faire : relancer les partenaires.",
		"→ envoyer le rapport aux CPAS",
	],
)
def test_marked_action_points_are_found_without_an_owner(sentence):
	point = ri.recognise_action(sentence, CONTACTS)
	assert point.owner_type == "To Be Assigned" and point.action


def test_bold_marked_in_a_converted_document_stays_bold():
	draft = {
		"title_fr": "Rapport",
		"title_nl": "Verslag",
		"meeting_date": "2019-05-16",
		"sections": [
			{"number": "2", "heading": "Modules", "body": "Nous avons vu **un film de Frederic Darras**."}
		],
	}
	body = ri.report_fields(draft)["sections"][0]["body_fr"]
	assert body == "<p>Nous avons vu <strong>un film de Frederic Darras</strong>.</p>"


@pytest.mark.parametrize(
	"line, expected",
	[
		("- Accueil (10h00 – 10h30)", ("10:00", "10:30", "Accueil")),
		("Lunch: 12u00-13u00", ("12:00", "13:00", "Lunch")),
		("10h00 – 10h45 | Accueil", ("10:00", "10:45", "Accueil")),
	],
)
def test_time_slots_after_the_title_or_in_table_cells(line, expected):
	slot = ri.parse_time_slot(line)
	assert (slot.from_time, slot.to_time, slot.title) == expected


@pytest.mark.parametrize(
	"line, present",
	[
		("Présent·e·s : Lisa Asselman (SPP IS)", True),
		("Présentes : Lisa Asselman (SPP IS)", True),
		("Excusé(e)s : Lisa Asselman (SPP IS)", False),
		("Personnes présentes : Lisa Asselman (SPP IS)", True),
		("Deelnemers: Lisa Asselman (POD MI)", True),
		("Verontschuldigingen: Lisa Asselman (POD MI)", False),
	],
)
def test_present_and_excused_labels_in_their_spellings(line, present):
	report = ri.recognise_report(
		f"Rapport rencontre CPAS\n16 mai 2019\n\n{line}\n\n1. Accueil\n\nTexte.", CONTACTS
	)
	assert [(p.full_name, p.attendance) for p in report.attendees] == [
		("Lisa Asselman", "Present" if present else "Excused")
	]


def test_a_title_line_holding_the_date_and_an_agenda_label_with_more_words():
	text = (
		"Compte rendu de la rencontre des CPAS du 12 octobre 2022\n\nOrdre du jour de la rencontre\n"
		"1. Accueil\n2. Tour de table\n\n1. Accueil\n\nTexte.\n\n2. Tour de table\n\nTexte."
	)
	report = ri.recognise_report(text, CONTACTS)
	assert report.meeting_date == "2022-10-12"
	assert [a.title for a in report.agenda] == ["Accueil", "Tour de table"]
	assert [s.number for s in report.sections] == ["1", "2"]


@pytest.mark.parametrize(
	"sentence, owner_type, owners",
	[
		("Ibrahim (Liège) enverra le protocole.", "Network Contact", ["Ibrahim Aguelmin"]),
		("Tous les CPAS enverront leurs chiffres au SPP.", "CPAS", ["Tous les CPAS"]),
		("Het POD bezorgt het verslag aan alle OCMW's.", "SPP", ["POD"]),
	],
)
def test_more_owners(sentence, owner_type, owners):
	point = ri.recognise_action(sentence, [ri.Contact("ibrahim-aguelmin", "Ibrahim Aguelmin", "LIEGE")])
	assert (point.owner_type, point.owners) == (owner_type, owners)


def test_a_numbered_agenda_with_blank_lines_between_items_is_not_taken_for_sections():
	text = (
		"Rapport rencontre CPAS\n20 octobre 2022\n\nOrdre du jour :\n\n1. Accueil\n\n2. Visite des ateliers\n\n"
		"I. Accueil\n\nTexte.\n\nII. Visite des ateliers\n\nTexte."
	)
	report = ri.recognise_report(text, CONTACTS)
	assert [a.title for a in report.agenda] == ["Accueil", "Visite des ateliers"]
	assert [s.number for s in report.sections] == ["I", "II"]


def test_sections_numbered_from_1_after_a_timed_agenda_are_sections():
	text = (
		"Verslag bijeenkomst OCMW's\n3 april 2023\n\nAgenda\n10u00 - 10u30: Onthaal\nVaria\n\n"
		"1. Onthaal\n\nTekst.\n\n2. Varia\n\nTekst."
	)
	report = ri.recognise_report(text, CONTACTS)
	assert [a.title for a in report.agenda] == ["Onthaal", "Varia"]
	assert [s.number for s in report.sections] == ["1", "2"]


def test_a_section_of_action_points_one_a_line():
	text = (
		"Rapport rencontre CPAS\n16 mai 2019\n\n1. Accueil\n\nTexte.\n\n2. Points d'action\n\n"
		"- Marie : envoyer la présentation à tous\n- POD MI – sjabloon bezorgen\n- Relancer les partenaires\n"
	)
	report = ri.recognise_report(text, CONTACTS)
	assert [(p.owner_type, p.owners) for p in report.action_points] == [
		("Network Contact", ["Marie Lambert"]),
		("SPP", ["POD MI"]),
		("To Be Assigned", []),
	]


def test_a_role_after_a_name_is_no_person():
	people = ri.split_people("Lisa Asselman, coordinatrice du réseau (SPP IS), Johan Maekelberg (OCMW Gent)")
	assert [(p.full_name, p.organisation_type) for p in people] == [
		("Lisa Asselman", "SPP"),
		("Johan Maekelberg", "CPAS"),
	]


def test_the_last_person_of_a_list_joined_with_and():
	people = ri.split_people("Agnès Dubus (CPAS Bruxelles) et Ozlem Baslari (CPAS Charleroi)")
	assert [(p.full_name, p.cpas) for p in people] == [
		("Agnès Dubus", "BRUXELLES"),
		("Ozlem Baslari", "CHARLEROI"),
	]


def test_an_agreed_action_names_its_owner_after_the_lead_in():
	point = ri.recognise_action("Il est convenu que Marie enverra la présentation à tous.", CONTACTS)
	assert (point.owner_type, point.owners) == ("Network Contact", ["Marie Lambert"])


# --- initials with a legend, side-by-side attendance columns ------------------------------------

LEGEND_REPORT = (
	"Verslag bijeenkomst OCMW's\n20 oktober 2016\n\n**Afkortingen:**\n\n"
	"LA = Lisa Asselman (POD MI)\n\nMDR = Mieke De Roo (OCMW Gent)\n\nIL = Ibrahim Laaroussi (OCMW Gent)\n\n"
	"Aanwezig: LA, MDR\n\nVerontschuldigd: IL\n\n**1. Stand van zaken**\n\nTekst.\n\n**2. Afspraken**\n\n"
	"- presentatie doorsturen naar alle OCMW's (MDR)\n- lijst delen als voorbeeld (LA/IL)\n"
	"- uitnodiging versturen (POD)\n- sjabloon bezorgen (OCMW Luik)\n- folder: eerste ontwerp (nog te bepalen)\n"
)


def test_initials_in_the_present_list_are_read_through_the_legend():
	report = ri.recognise_report(LEGEND_REPORT)
	assert [(p.full_name, p.attendance, p.cpas, p.organisation_type) for p in report.attendees] == [
		("Lisa Asselman", "Present", None, "SPP"),
		("Mieke De Roo", "Present", "GENT", "CPAS"),
		("Ibrahim Laaroussi", "Excused", "GENT", "CPAS"),
	]


def test_owners_in_brackets_at_the_end_of_an_action_line():
	report = ri.recognise_report(LEGEND_REPORT)
	assert [(p.owner_type, p.owners, p.owner_cpas) for p in report.action_points] == [
		("Network Contact", ["Mieke De Roo"], None),
		("Several Network Contacts", ["Lisa Asselman", "Ibrahim Laaroussi"], None),
		("SPP", ["POD"], None),
		("CPAS", ["OCMW Luik"], "LIEGE"),
		("To Be Assigned", [], None),
	]
	assert report.action_points[0].action == "presentatie doorsturen naar alle OCMW's"


def test_initials_that_do_not_fit_the_name_are_no_legend():
	assert not ri._initials_of("Lisa Asselman", "JM")
	assert ri._initials_of("Jan Van den Broeck", "JVDB")
	assert ri._initials_of("Mieke De Roo", "MDR")


SIDE_BY_SIDE = {
	"table": (
		"| Aanwezig: | Verontschuldigd: |\n| Nauar Elfargani (OCMW Antwerpen) | Bram Wouters (OCMW Mortsel) |\n"
		"| Els Peeters (OCMW Antwerpen) |  |\n"
	),
	"one line a row": (
		"Aanwezig: Verontschuldigd:\nNauar Elfargani (OCMW Antwerpen) Bram Wouters (OCMW Mortsel)\n"
		"Els Peeters (OCMW Antwerpen)\n"
	),
	"dashes, one line a row": (
		"Aanwezig Verontschuldigd\nNauar Elfargani – OCMW Antwerpen Bram Wouters – OCMW Mortsel\n"
		"Els Peeters – OCMW Antwerpen\n"
	),
	"one cell a line": (
		"Aanwezig\nVerontschuldigd\nNauar Elfargani (OCMW Antwerpen)\nBram Wouters (OCMW Mortsel)\n"
		"Els Peeters (OCMW Antwerpen)\n\n\n"
	),
	"columns of spaces": (
		"Aanwezig:                            Verontschuldigd:\n"
		"Nauar Elfargani (OCMW Antwerpen)     Bram Wouters (OCMW Mortsel)\n"
		"Els Peeters (OCMW Antwerpen)\n"
	),
}


@pytest.mark.parametrize("form", list(SIDE_BY_SIDE))
def test_present_and_excused_side_by_side(form):
	text = f"Verslag bijeenkomst\n14 juni 2018\n\n{SIDE_BY_SIDE[form]}\n# 1. Welkom\n\nTekst van de sectie.\n"
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Nauar Elfargani", "Present", "ANTWERPEN"),
		("Els Peeters", "Present", "ANTWERPEN"),
		("Bram Wouters", "Excused", "MORTSEL"),
	]


def test_qui_quoi_quand_blocks_are_action_points_with_their_owner():
	text = (
		"Rapport rencontre CPAS\njeudi 11 juin 2020\n\nÉtaient là : Samira El Amrani (CPAS Charleroi), "
		"Lisa Asselman (SPP IS-MI)\n\n**Pour la suite**\n\nQui ? Samira\n\nQuoi ? envoyer notre protocole à tout le monde\n\n"
		"Quand ? avant le 19/06\n\nQui ? le CPAS de Gand\n\nQuoi ? partager la fiche « règles corona »\n\n"
		"Quand ? fin juin\n\nQui ? personne pour l'instant\n\nQuoi ? faire une liste des outils en ligne\n\nQuand ? ?\n"
	)
	report = ri.recognise_report(text)
	assert [(p.owner_type, p.owners, p.owner_cpas, p.action) for p in report.action_points] == [
		("Network Contact", ["Samira El Amrani"], None, "envoyer notre protocole à tout le monde"),
		("CPAS", ["CPAS de Gand"], "GENT", "partager la fiche « règles corona »"),
		("To Be Assigned", [], None, "faire une liste des outils en ligne"),
	]
	assert [s.heading for s in report.sections] == ["Pour la suite"]


def test_the_next_time_with_a_day_and_month_takes_the_year_of_the_meeting():
	text = (
		"Rapport rencontre CPAS\njeudi 8 février 2024\n\nIl y avait : Lisa Asselman (SPP)\n\n**Accueil**\n\n"
		"Café et croissants pour tout le monde.\n\n**La prochaine fois c'est jeudi 14 mars à Liège !**\n"
	)
	report = ri.recognise_report(text)
	assert report.next_meeting_date == "2024-03-14"
	assert [s.heading for s in report.sections] == ["Accueil"]
	assert [p.full_name for p in report.attendees] == ["Lisa Asselman"]


def test_she_after_a_sentence_about_a_person_is_that_person():
	text = (
		"Compte rendu\n16 mai 2022\n\nPrésents : Aurélie Henrard (CPAS de Liège)\n\n1. Admission\n\n"
		"Aurélie Henrard a revu le modèle de bilan d'orientation. Elle enverra le modèle aux autres CPAS.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.owner_type, p.owners, p.check) for p in report.action_points] == [
		("Network Contact", ["Aurélie Henrard"], ri.CHECK_PRONOUN)
	]


def test_a_task_in_the_clause_after_a_semicolon_and_who_is_still_to_be_decided():
	text = (
		"Verslag\n24 november 2022\n\nAanwezig: Tine Claes (OCMW Antwerpen)\n\n# Stand van zaken\n\n"
		"Mortsel heeft een folder in eenvoudig Nederlands gemaakt; OCMW Mortsel zal de folder met de andere OCMW's delen. "
		"Iedereen vindt een infosessie een goed idee; wie die infosessie organiseert, is nog te bepalen.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.owner_type, p.owner_cpas, p.action[:20]) for p in report.action_points] == [
		("CPAS", "MORTSEL", "OCMW Mortsel zal de "),
		("To Be Assigned", None, "wie die infosessie o"),
	]


@pytest.mark.parametrize(
	"text",
	[
		"La réunion devait se tenir à Liège mais, vu les mesures, elle a été organisée en ligne via Teams.",
		"Vu la situation, on s'est retrouvés sur Zoom (merci à Lisa pour le lien).",
	],
)
def test_a_meeting_held_online_said_in_a_sentence(text):
	report = ri.RecognisedReport()
	ri._meeting_facts(report, text)
	assert report.is_online


def test_times_written_with_u_after_the_minutes():
	assert ri.parse_time_slot("14.00 u – 15.00 u Stand van zaken") == ri.AgendaItem(
		"Stand van zaken", "14:00", "15:00"
	)
	assert ri.parse_time_slot("à partir de 13h30 : brainstorm") == ri.AgendaItem("brainstorm", "13:30", "")


def test_an_action_table_under_a_heading_that_sums_up_the_actions():
	text = (
		"Compte rendu\n18 juin 2020\n\nPrésents : Véronique Lambot (CPAS de Charleroi)\n\n"
		"**Récapitulatif des actions**\n\n| Quoi | Qui | Pour quand |\n"
		"| Envoyer le modèle d'avenant | SPP IS | 30/06/2020 |\n"
		"| Partager le protocole sanitaire | Véronique | 25/06/2020 |\n"
		"| Organiser une petite formation Zoom | à définir | ? |\n"
	)
	report = ri.recognise_report(text)
	assert [(p.owner_type, p.owners) for p in report.action_points] == [
		("SPP", ["SPP IS"]),
		("Network Contact", ["Véronique Lambot"]),
		("To Be Assigned", []),
	]


def test_a_people_table_with_present_and_excused_as_rows_between_and_marked_actions():
	text = (
		"PROCÈS-VERBAL\nDate : jeudi 29 septembre 2022\n\n| Nom | Institution |\n| Présents |\n"
		"| Silvia Soares | CPAS de Liège |\n| Ann Van de Velde | CPAS de Gand |\n| Excusés |\n"
		"| Johan Maekelberg | CPAS de Gand |\n\n**1. Contrats**\n\nTexte de la section.\n\n"
		"**► Action : le SPP enverra aux CPAS une fiche explicative.**\n\n"
		"**► Action : Silvia et Ann rédigent une proposition de charte.**\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Silvia Soares", "Present", "LIEGE"),
		("Ann Van de Velde", "Present", "GENT"),
		("Johan Maekelberg", "Excused", "GENT"),
	]
	assert [(p.owner_type, p.owners) for p in report.action_points] == [
		("SPP", ["SPP"]),
		("Several Network Contacts", ["Silvia Soares", "Ann Van de Velde"]),
	]


@pytest.mark.parametrize(
	"line, kind, owners",
	[
		(
			"Julie : rédiger une nouvelle version de l’enquête (pour fin mars).",
			"Network Contact",
			["Julie Delvaux"],
		),
		("SPP IS : prévoir un budget pour la traduction.", "SPP", ["SPP IS"]),
		("Envoyer la présentation à tous les participants – Ozlem", "Network Contact", ["Ozlem Baslari"]),
		("Proposer une date pour la rencontre d'automne – SPP IS", "SPP", ["SPP IS"]),
		("Trouver qui présentera le projet de Gand – à déterminer", "To Be Assigned", []),
		("À désigner : centraliser les retours des tests.", "To Be Assigned", []),
		("Presentatie doorsturen naar alle OCMW's → Julie", "Network Contact", ["Julie Delvaux"]),
	],
)
def test_a_task_with_its_owner_before_a_colon_or_after_a_dash_in_any_section(line, kind, owners):
	people = [ri.Contact("", "Julie Delvaux", "BRUXELLES"), ri.Contact("", "Ozlem Baslari", "CHARLEROI")]
	point = ri._action_of(line, False, people, [], None, item=True)
	assert point is not None and (point.owner_type, point.owners) == (kind, owners)


@pytest.mark.parametrize(
	"line",
	[
		"Gand : nouveau partenariat avec le Huis van het Nederlands pour les cours de NT2.",
		"Charleroi : voir point II.",
		"Schoten: buitenactiviteiten werken goed: wandelingen met een taalopdracht.",
	],
)
def test_a_note_per_cpas_is_not_a_task(line):
	assert ri._action_of(line, False, [], [], None, item=True) is None


def test_an_action_table_exported_one_cell_a_line_with_a_number_column_and_bilingual_headers():
	text = (
		"Rapport / Verslag\n8 février 2022\n\nPrésents : Liesbeth Verstraeten (CPAS d'Anvers)\n\n"
		"5. Actions / Acties\nN°\nAction / Actie\nResponsable / Verantwoordelijke\nÉchéance / Termijn\n"
		"A1\nDiffuser la fiche technique des indicateurs communs.\nSPP IS / POD MI\n31/03/2022\n"
		"A2\nPartager la procédure d'archivage électronique.\nLiesbeth\n15/04/2022\n"
		"6. Prochaine réunion / Volgende vergadering\nLe 10 mai 2022.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.owner_type, p.owners) for p in report.action_points] == [
		("SPP", ["SPP IS"]),
		("Network Contact", ["Liesbeth Verstraeten"]),
	]
	assert [s.heading for s in report.sections] == [
		"Actions / Acties",
		"Prochaine réunion / Volgende vergadering",
	]


def test_an_action_table_exported_one_cell_a_line_whose_first_cell_is_the_owner():
	"""`Wie` first: `POD MI`, `Kristof`, `nog te bepalen` are a row's owner cell, not plain headings;
	a page-number-like date (`20/6`) and a date cell `volgende bijeenkomst` stay cells, and the next
	meeting after the table is not read as a cell."""
	text = (
		"Verslag netwerk / Rapport réseau\n10 juni 2025\n"
		"Aanwezig: Els Wuyts (OCMW Mortsel), Kristof Mertens (OCMW Edegem)\n"
		"I. Onthaal\nEls verwelkomt iedereen.\n"
		"VI. Afspraken\nWie\nWat\nTegen wanneer\n"
		"POD MI\nChecklist afsluiting projectperiode bezorgen aan alle OCMW's\neind juni\n"
		"Kristof\nAantal deelnemers Edegem 2024 doorgeven aan Els\n20/6\n"
		"nog te bepalen\nVerslag vertalen naar het Frans\nvolgende bijeenkomst\n"
		"Volgende bijeenkomst: najaar 2025.\n"
	)
	report = ri.recognise_report(text)
	assert [
		(p.owner_type, p.owners, p.action.split(":")[-1].split(" (")[0].strip()) for p in report.action_points
	] == [
		("SPP", ["POD MI"], "Checklist afsluiting projectperiode bezorgen aan alle OCMW's"),
		("Network Contact", ["Kristof Mertens"], "Aantal deelnemers Edegem 2024 doorgeven aan Els"),
		("To Be Assigned", [], "Verslag vertalen naar het Frans"),
	]
	assert [s.heading for s in report.sections] == ["Onthaal", "Afspraken"]
	assert report.next_meeting_note == "najaar 2025."


def test_a_task_cell_of_two_paragraphs_keeps_the_rows_of_a_one_cell_a_line_table_in_step():
	"""A task in French with its Dutch translation in the same cell: the translation is left out and
	the owner and date of each row stay where they belong."""
	text = (
		"Rapport / Verslag\n12 octobre 2016\n"
		"Présents : Julien Mathot (CPAS de Liège), Katrien Van Damme (OCMW Gent)\n"
		"VII. Points d'action – Actiepunten\nQui / Wie\nQuoi / Wat\nQuand / Wanneer\n"
		"SPP IS / POD MI\nEnvoyer la présentation à tous les CPAS.\n"
		"De presentatie naar alle OCMW's sturen.\nfin octobre / eind oktober\n"
		"Julien Mathot\nVérifier si les frais d'interprétation sont éligibles.\n"
		"Nagaan of tolkkosten subsidieerbaar zijn.\nnovembre / november\n"
		"Katrien Van Damme\nProposer deux dates pour la prochaine réunion.\n30/11/2016\n"
	)
	report = ri.recognise_report(text)
	assert [(p.owner_type, p.owners) for p in report.action_points] == [
		("SPP", ["SPP IS"]),
		("Network Contact", ["Julien Mathot"]),
		("Network Contact", ["Katrien Van Damme"]),
	]
	assert all("presentatie" not in p.action and "tolkkosten" not in p.action for p in report.action_points)


def test_the_heading_above_an_action_table_is_not_one_of_its_column_names():
	"""`Actiepunten` then `Wat`, `Wie`, `Tegen`: the section's heading, then a table of three columns;
	a numbered table ends at the first line that is not a row number."""
	text = (
		"Verslag\n15 maart 2017\nAanwezig: Jeroen Claes (OCMW Gent), Céline Wathelet (OCMW Luik)\n"
		"1. Welkom\nJeroen verwelkomt iedereen.\n"
		"Actiepunten\nWat\nWie\nTegen\n"
		"Powerpoint traject Gent rondsturen naar alle partners\nJeroen\n17/03\n"
		"Intakeformulier Luik delen (FR versie)\nCéline\neind maart\n"
		"Gezamenlijke folder voor maatschappelijk werkers\nnog te bepalen\n–\n"
	)
	report = ri.recognise_report(text)
	assert [(p.owner_type, p.owners) for p in report.action_points] == [
		("Network Contact", ["Jeroen Claes"]),
		("Network Contact", ["Céline Wathelet"]),
		("To Be Assigned", []),
	]
	numbered = (
		"Rapport\n28 novembre 2024\nPrésents : Inès Vandenbroeck (CPAS Bruxelles)\n"
		"6. Tableau des actions\nN°\nAction\nResponsable\nÉchéance\n"
		"1\nEnvoyer le modèle de collecte des indicateurs 2024\nSPP IS\n06/12/2024\n"
		"2\nVérifier avec le DPO du CPAS la procédure d'accès\nInès Vandenbroeck\n31/01/2025\n"
		"Annexes\nAnnexe 1 – Liste des indicateurs communs\n"
	)
	report = ri.recognise_report(numbered)
	assert [(p.owner_type, p.owners) for p in report.action_points] == [
		("SPP", ["SPP IS"]),
		("Network Contact", ["Inès Vandenbroeck"]),
	]
	assert "Annexe" not in " ".join(p.action for p in report.action_points)


def test_a_name_organisation_status_table_whose_header_and_rows_a_pdf_ran_together():
	text = (
		"Verslag netwerkdag AMIF\nDonderdag 9 maart 2017, OCMW Gent\n"
		"Aanwezigen en verontschuldigden\nNaam Organisatie Aanwezig?\n"
		"Katrien Vandamme POD Maatschappelijke Integratie aanwezig\n"
		"Leen Van Acker OCMW Gent aanwezig (verslag)\n"
		"Griet Lenaerts Interprète aanwezig\n"
		"Isabelle Deprez OCMW Charleroi verontschuldigd\n"
		"Agenda\n9u30 – 10u00 Onthaal met koffie\n1. Welkom\nBart verwelkomt iedereen.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.cpas or p.organisation_type) for p in report.attendees] == [
		("Katrien Vandamme", "Present", "SPP"),
		("Leen Van Acker", "Present", "GENT"),
		("Griet Lenaerts", "Present", None),
		("Isabelle Deprez", "Excused", "CHARLEROI"),
	]
	assert ri._named_rows_joined_header("Nom / Naam Organisation / Organisatie Présence")
	assert not ri._named_rows_joined_header("Naam Organisatie")


@pytest.mark.parametrize(
	"header, rows",
	[
		(
			"| Naam | Organisatie | Aanwezig? |",
			[
				"| An Janssens | OCMW Mortsel | ja |",
				"| Bram Van Looy | OCMW Antwerpen | nee, verontschuldigd |",
			],
		),
		(
			"| Naam | Organisatie | Aanw. | Verontsch. |",
			["| An Janssens | OCMW Mortsel | x |  |", "| Bram Van Looy | OCMW Antwerpen |  | x |"],
		),
		(
			"| Nom | Fonction | Institution | P/E |",
			[
				"| An Janssens | coordinatrice | CPAS de Mortsel | P |",
				"| Bram Van Looy | AS | CPAS d'Anvers | E |",
			],
		),
	],
)
def test_a_people_table_with_a_status_column_of_any_usual_heading(header, rows):
	text = "\n".join(
		["**Verslag netwerkdag AMIF – 8 juni 2017**", "", header, *rows, "", "**1. Onthaal**", "Welkom."]
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("An Janssens", "Present", "MORTSEL"),
		("Bram Van Looy", "Excused", "ANTWERPEN"),
	]


def test_a_pasted_distribution_list_gives_each_person_the_organisation_of_their_address():
	people = ri.split_people(
		"Marchal Julien <julien.marchal@mi-is.be>; Benali Nadia <nadia.benali@cpasdeliege.be>; "
		"Lambert Inès <ines.lambert@cpasbxl.brussels>; El Idrissi Samira <s.elidrissi@lire-et-ecrire.be>"
	)
	assert [(p.full_name, p.cpas or p.organisation_type) for p in people] == [
		("Marchal Julien", "SPP"),
		("Benali Nadia", "LIEGE"),
		("Lambert Inès", "BRUXELLES"),
		("El Idrissi Samira", None),
	]


def test_groups_per_organisation_separated_by_semicolons_each_keep_their_organisation():
	people = ri.split_people(
		"SPP IS : Julien Marchal, Sofie Claeys; Gand : Hanne Verstraete; Liège : Nadia Benali"
	)
	assert [(p.full_name, p.cpas or p.organisation_type) for p in people] == [
		("Julien Marchal", "SPP"),
		("Sofie Claeys", "SPP"),
		("Hanne Verstraete", "GENT"),
		("Nadia Benali", "LIEGE"),
	]


def test_a_courtesy_title_does_not_end_a_sentence():
	assert ri.split_sentences("Mme Lhoest et M. Piette proposeront une version illustrée. La date suit.") == [
		"Mme Lhoest et M. Piette proposeront une version illustrée.",
		"La date suit.",
	]


def test_someone_still_to_be_found_is_a_task_to_be_assigned():
	point = ri._action_of(
		"Quelqu’un devra se renseigner sur le coût d’une interprétation.", False, [], [], None
	)
	assert point is not None and point.owner_type == "To Be Assigned"


def test_an_action_table_whose_cells_run_together_on_each_line():
	text = (
		"Compte rendu\n18 juin 2020\nPrésents : Véronique Lambot (CPAS de Charleroi), Johan Maekelberg "
		"(CPAS de Gand), Nauar Elfargani (CPAS d'Anvers)\n"
		"5. Récapitulatif des actions\nQuoi Qui Pour quand\n"
		"Envoyer le modèle d'avenant pour la prolongation SPP IS 30/06/2020\n"
		"Partager le protocole sanitaire des ateliers (3 + 1) Véronique 25/06/2020\n"
		"Faire un relevé des participants sans smartphone ni\nordinateur\nTous les CPAS septembre\n"
		"Préparer une note sur le coaching par téléphone Johan + Nauar prochaine\nréunion\n"
		"Organiser une petite formation Zoom pour les\nanimateurs\nà définir ?\n"
		"Prochaine réunion : septembre 2020 (date via Doodle).\n"
	)
	report = ri.recognise_report(text)
	assert [(p.owner_type, p.owners) for p in report.action_points] == [
		("SPP", ["SPP IS"]),
		("Network Contact", ["Véronique Lambot"]),
		("CPAS", ["Tous les CPAS"]),
		("Several Network Contacts", ["Johan Maekelberg", "Nauar Elfargani"]),
		("To Be Assigned", []),
	]
	tasks = [
		"Envoyer le modèle",
		"Partager le protocole",
		"Faire un relevé",
		"Préparer une note",
		"Organiser une",
	]
	assert all(task in point.action for task, point in zip(tasks, report.action_points, strict=True))
	assert "ordinateur" in report.action_points[2].action  # a task wrapped over two lines
	assert report.next_meeting_note


def test_rows_of_a_run_together_table_joined_into_one_line_are_split_at_their_dates():
	assert ri._split_rows(
		"Envoyer le modèle SPP IS 30/06/2020 Partager le protocole Véronique 25/06/2020"
	) == [
		"Envoyer le modèle SPP IS 30/06/2020",
		"Partager le protocole Véronique 25/06/2020",
	]
	assert ri._split_rows("aan de partners Jan De Smedt 5 april 3 Nagaan of het POD betaalt POD MI mei") == [
		"aan de partners Jan De Smedt 5 april",
		"3 Nagaan of het POD betaalt POD MI mei",
	]


def test_the_first_heading_after_an_agenda_without_times_in_a_text_without_marks():
	text = (
		"Réunion du réseau – Netwerkvergadering\n22 janvier 2026\n\nPrésents : Sofie Janssens (CPAS de "
		"Bruxelles)\n\nOrdre du jour – Agenda\n1.   Accueil / Onthaal\n2.   Bilan 2025 / Balans 2025\n\n\n"
		"Accueil – Onthaal\nSofie Janssens accueille le réseau au CPAS de Bruxelles et présente la nouvelle "
		"équipe FAMI bruxelloise, installée depuis l’an dernier rue Haute.\n\n"
		"Bilan 2025 – Balans 2025\nKoen Wouters présente le tableau provisoire des indicateurs communs 2025 "
		"pour les cinq CPAS du réseau et leurs partenaires.\n"
	)
	report = ri.recognise_report(text)
	assert [a.title for a in report.agenda] == ["Accueil / Onthaal", "Bilan 2025 / Balans 2025"]
	assert [s.heading for s in report.sections] == ["Accueil – Onthaal", "Bilan 2025 – Balans 2025"]


@pytest.mark.parametrize(
	"sentence",
	[
		"Les présentations seront ajoutées en annexe à la version définitive du rapport.",
		"Opmerking: de Franse samenvatting moet nog worden nagelezen.",
		"Les observations du CPAS d’Anvers doivent encore être intégrées au présent procès-verbal.",
	],
)
def test_a_remark_about_the_report_itself_whatever_its_verb(sentence):
	assert ri.STILL_TO_BE_ADDED.search(sentence)


@pytest.mark.parametrize(
	"sentence",
	[
		"L'après-midi, deux groupes ont rassemblé des idées pour les années à venir.",
		"De deelnemers van Schoten volgen nog steeds de groepsmodules in Antwerpen.",
	],
)
def test_a_sentence_about_the_future_is_not_a_remark(sentence):
	assert not ri.STILL_TO_BE_ADDED.search(sentence)


def test_bullets_given_as_symbol_font_glyphs_are_list_items():
	text = (
		"Verslag\n14 mei 2024\nAanwezig: Mieke De Roo (OCMW Gent), Koen Wouters (POD MI)\n\n1. Afspraken\n"
		"\uf0b7 Koen Wouters zal de tabel tegen 13 februari bezorgen.\n"
		"\uf0b7 Mieke De Roo zal de planning doorsturen.\n"
	)
	report = ri.recognise_report(text)
	assert [p.owners for p in report.action_points] == [["Koen Wouters"], ["Mieke De Roo"]]


def test_a_people_table_per_organisation_exported_one_cell_a_line():
	text = (
		"Rapport de la réunion du réseau FAMI\nJeudi 6 février 2025 – Webex\nParticipants / Deelnemers\n"
		"Organisation\nPrésents\nExcusés\nSPP IS\nLisa Asselman, Koen Wouters\n–\nCPAS de Liège\n"
		"Nathalie Pirard\nFrederic Darras\nCPAS de Mortsel\n–\nGriet Van Looy\n\nOrdre du jour\n"
		"9h30 – 9h45 : Accueil\n1. Accueil\nLisa Asselman ouvre la réunion et présente l'ordre du jour.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.cpas or p.organisation_type) for p in report.attendees] == [
		("Lisa Asselman", "Present", "SPP"),
		("Koen Wouters", "Present", "SPP"),
		("Nathalie Pirard", "Present", "LIEGE"),
		("Frederic Darras", "Excused", "LIEGE"),
		("Griet Van Looy", "Excused", "MORTSEL"),
	]


def test_a_people_table_whose_first_label_is_joined_to_its_header():
	text = (
		"PROCÈS-VERBAL\nDate : jeudi 29 septembre 2022\n\n| Nom Présents | Institution |\n"
		"| Silvia Soares | CPAS de Liège |\n| Julie Delvaux | SPP Intégration Sociale |\n| Excusés |\n"
		"| Johan Maekelberg | CPAS de Gand |\n\n**1. Contrats**\n\nTexte de la section.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.cpas or p.organisation_type) for p in report.attendees] == [
		("Silvia Soares", "Present", "LIEGE"),
		("Julie Delvaux", "Present", "SPP"),
		("Johan Maekelberg", "Excused", "GENT"),
	]


@pytest.mark.parametrize(
	"line, number, title",
	[("I. – Accueil et tour de table", "I", "Accueil et tour de table"), ("IV.– Divers", "IV", "Divers")],
)
def test_a_roman_heading_with_a_dash_after_its_full_stop(line, number, title):
	found = ri.parse_heading(line)
	assert (found.number, found.title) == (number, title)


def test_the_last_item_of_a_numbered_list_in_a_section_is_not_a_heading():
	text = (
		"Compte rendu\n12 octobre 2023\nPrésents : Fatima Zahra El Idrissi (CPAS Charleroi)\n\n"
		"1) Tour de table\nChacun présente son projet.\n\n2) Le recrutement\n"
		"Fatima présente les chiffres du module :\n1) 620 personnes repérées ;\n2) 188 retenues ;\n"
		"3) 64 présentes à la séance ;\n4) 41 inscrites après l'entretien.\n\n3) Divers\nRien.\n"
	)
	report = ri.recognise_report(text)
	assert [(s.number, s.heading) for s in report.sections] == [
		("1", "Tour de table"),
		("2", "Le recrutement"),
		("3", "Divers"),
	]


@pytest.mark.parametrize(
	"sentence, kind",
	[
		(
			"Se pose la question des séances à distance : le SPP vérifiera auprès de l’autorité si elles comptent.",
			"SPP",
		),
		("Chaque CPAS est invité à faire parvenir ses chiffres au SPP avant le 15 avril.", "CPAS"),
		("Il appartiendra à chaque CPAS de vérifier ses listes de présence.", "CPAS"),
		(
			"Un modèle commun de fiche de présence sera proposé lors de la prochaine réunion.",
			"To Be Assigned",
		),
	],
)
def test_tasks_in_a_clause_as_a_duty_or_as_a_passive_future(sentence, kind):
	report = ri.recognise_report(f"Compte rendu\n12 mars 2021\n\n1. Divers\n{sentence}\n")
	assert [p.owner_type for p in report.action_points] == [kind]


@pytest.mark.parametrize(
	"sentence",
	[
		"M. Benali informe l’assemblée que le canevas du rapport annuel sera modifié.",
		"Chaque CPAS reste responsable ; aucun participant ne sera identifié nominativement.",
		"Tout le monde espère six plus un en septembre, mais personne ne sait ce qui sera permis.",
	],
)
def test_a_future_that_is_news_or_a_denial_is_not_a_task(sentence):
	report = ri.recognise_report(f"Compte rendu\n12 mars 2021\n\n1. Divers\n{sentence}\n")
	assert report.action_points == []


def test_a_row_of_an_action_table_holding_several_sentences_gives_one_task_a_sentence():
	text = (
		"Compte rendu – Verslag\n5 décembre 2019\nPrésents : Agnès Dubus (CPAS de Bruxelles), Hélène Nicaise "
		"(Lire et Écrire)\n\n5) Actions – Acties\n| Agnès envoie la présentation du projet à tous les partenaires. "
		"Hélène transmet le guide de repérage aux CPAS. Le SPP IS vérifie si une formation peut être financée. | "
		"Agnès stuurt de presentatie van het project naar alle partners. Hélène bezorgt de gids aan de OCMW's. "
		"De POD MI gaat na of een vorming gefinancierd kan worden. |\n"
	)
	report = ri.recognise_report(text)
	assert [(p.owner_type, p.owners) for p in report.action_points] == [
		("Network Contact", ["Agnès Dubus"]),
		("Network Contact", ["Hélène Nicaise"]),
		("SPP", ["SPP IS"]),
	]


def test_a_people_table_whose_cells_run_together_under_a_bilingual_header():
	text = (
		"Réunion du réseau FAMI – Netwerkvergadering AMIF\n22 janvier 2026 – 22 januari 2026\n"
		"Présents – Aanwezig\nNom – Naam Organisation – Organisatie\n"
		"Sofie Janssens CPAS de Bruxelles – OCMW van Brussel\nMehdi Bouzid idem\nMarc Debruyne Fedasil\n"
		"Olga Petrenko interprète – tolk\nExcusés – Verontschuldigd\nBart Wuyts OCMW Edegem\n"
		"Ordre du jour – Agenda\n1. Accueil / Onthaal\n2. Divers / Varia\nAccueil – Onthaal\n"
		"Sofie Janssens accueille le réseau au CPAS de Bruxelles et présente la nouvelle équipe FAMI bruxelloise.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Sofie Janssens", "Present", "BRUXELLES"),
		("Mehdi Bouzid", "Present", "BRUXELLES"),
		("Marc Debruyne", "Present", None),
		("Olga Petrenko", "Present", None),
		("Bart Wuyts", "Excused", "EDEGEM"),
	]
	assert [a.title for a in report.agenda] == ["Accueil / Onthaal", "Divers / Varia"]
	assert [s.heading for s in report.sections] == ["Accueil – Onthaal"]


def test_present_people_per_organisation_after_a_tab():
	text = (
		"Verslag netwerkbijeenkomst AMIF\n13 oktober 2016\n\nAanwezig / Présents\n\n"
		"| POD MI / SPP IS: | Pieter Van Hoorebeke, Lisa Asselman |\n| OCMW Gent / CPAS Gand: | Johan Maekelberg |\n\n"
		"1. Welkom\nPieter opent de vergadering.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.cpas or p.organisation_type) for p in report.attendees] == [
		("Pieter Van Hoorebeke", "SPP"),
		("Lisa Asselman", "SPP"),
		("Johan Maekelberg", "GENT"),
	]


def test_a_people_table_with_a_column_per_attendance_marked_with_a_cross():
	text = (
		"Verslag bijeenkomst OCMW's\n21 september 2023\n\nAanwezigheden\n\n"
		"| Naam | Organisatie | Aanwezig | Verontschuldigd |\n| Tom Claes | POD MI | x |  |\n"
		"| Elif Yilmaz | OCMW Antwerpen |  | x |\n\n1. Welkom\nTom opent de vergadering.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance) for p in report.attendees] == [
		("Tom Claes", "Present"),
		("Elif Yilmaz", "Excused"),
	]


@pytest.mark.parametrize(
	"sentence",
	[
		"L'ordre du jour est le suivant : tour de table des CPAS, présentation d'Activ'Up, repas et divers.",
		"Ordre du jour proposé : tour de table des projets, présentation d’Activ’Up, recrutement, divers.",
	],
)
def test_an_agenda_without_times_in_a_sentence_of_the_introduction(sentence):
	text = f"Compte rendu\n9 novembre 2017\n\nPrésents : Ozlem Baslari (CPAS de Charleroi)\n\n{sentence}\n\n1) Tour de table\nRien.\n"
	report = ri.recognise_report(text)
	assert len(report.agenda) >= 4 and report.agenda[0].title.startswith("tour de table")


def test_a_table_of_organisations_with_one_column_of_their_present_people():
	text = (
		"Verslag bijeenkomst OCMW's – Rapport rencontre CPAS\n21 maart 2024 – 21 mars 2024\n\n"
		"| Organisatie / Organisation | Aanwezig / Présents |\n| POD MI / SPP IS | Eline De Smet, Thomas Lejeune |\n"
		"| OCMW Gent / CPAS Gand | Lotte Vermeulen |\n\n| CPAS / OCMW | Participants / Deelnemers |\n| Gand / Gent | 61 |\n\n"
		"A. Welkom\nEline opent de vergadering.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.cpas or p.organisation_type) for p in report.attendees] == [
		("Eline De Smet", "SPP"),
		("Thomas Lejeune", "SPP"),
		("Lotte Vermeulen", "GENT"),
	]


def test_an_agenda_numbered_with_its_time_after_the_number_and_a_tab():
	text = (
		"Verslag\n16 juni 2026\n\nAgenda\n1. 9u30-9u45\tWelkom en technische afspraken\n"
		"2. 9u45-10u45\tStand van zaken per OCMW\n3. 10u45-11u00\tPauze\n\nI. Welkom\nTekst.\n"
	)
	report = ri.recognise_report(text)
	assert [(a.from_time, a.to_time, a.title) for a in report.agenda] == [
		("09:30", "09:45", "Welkom en technische afspraken"),
		("09:45", "10:45", "Stand van zaken per OCMW"),
		("10:45", "11:00", "Pauze"),
	]


_CORPUS_LINES = sorted(
	{
		line
		for path in (Path(__file__).resolve().parents[2] / "tests" / "data" / "report_corpus").glob("*.txt")
		for line in path.read_text(encoding="utf-8").splitlines()
		if line.strip()
	}
)
_AWKWARD = [
	"Quoi Qui Pour quand",
	"Nom – Naam Organisation – Organisatie",
	"Organisation",
	"Présents",
	"Excusés",
	"N°",
	"A1",
	"  ---------- ----------",
	"--------------------",
	"+-----+-----+",
	"\uf0b7",
	"→",
	"–",
	"|",
	"9u30-",
	"30/06/2020",
	"Il appartiendra à",
	"sera",
	"\t\t",
]


@settings(max_examples=150, deadline=None)
@given(
	st.lists(
		st.one_of(st.sampled_from(_CORPUS_LINES), st.sampled_from(_AWKWARD), st.text(max_size=40)),
		min_size=1,
		max_size=40,
	)
)
def test_any_mix_of_report_lines_is_read_without_an_error(lines):
	"""Lines of every converter's output, table borders and headers cut off from their rows, symbol
	bullets and stray dates, in any order: the import reads them or refuses them, it never fails."""
	report = ri.recognise_report("\n".join(["Compte rendu", "12 mars 2021", *lines]))
	assert isinstance(report.action_points, list) and isinstance(report.problems, list)


# --- people in a formal procès-verbal, a table of facts, initials before an organisation --------


@pytest.mark.parametrize(
	"label, expected",
	[
		("Étaient présents", "Present"),
		("Sont présentes", "Present"),
		("Assistent en outre à la réunion", "Present"),
		("Hebben deelgenomen", "Present"),
		("Est excusée", "Excused"),
		("Hebben zich verontschuldigd", "Excused"),
		("Les participants ont discuté", None),  # a sentence, not a label
		("Présentation", None),
		("Aanwezigen en", None),  # half of "Aanwezigen en verontschuldigden"
		("en verontschuldigden", None),
		("Aanwezigen en verontschuldigden", None),  # both: the status is in the list
	],
)
def test_a_label_of_presence_or_excuse_is_read_from_its_words(label, expected):
	assert ri._attendance_words(label) == expected


def test_people_of_a_formal_proces_verbal_are_read_with_their_roles_and_conjunctions():
	text = (
		"Procès-verbal de la réunion du réseau FAMI\nSéance du mardi 21 juin 2016\n\n"
		"Sont présents :\n"
		"Pour le CPAS de Gand : M. Bart De Smet, coordinateur du projet, et Mme Leen Van Acker, assistante sociale.\n"
		"Assistent en outre à la réunion : Mme Marie Dufresne et M. Jan Hermans, interprètes, qui assurent "
		"l'interprétation simultanée français-néerlandais.\n"
		"Est excusée : Mme Amélie Vandenberghe (CPAS de Bruxelles).\n\n"
		"I. Ouverture\nLa séance est ouverte.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Bart De Smet", "Present", "GENT"),
		("Leen Van Acker", "Present", "GENT"),
		("Marie Dufresne", "Present", None),
		("Jan Hermans", "Present", None),
		("Amélie Vandenberghe", "Excused", "BRUXELLES"),
	]
	assert report.simultaneous_interpretation  # said in the line of the interpreters


def test_a_table_of_facts_at_the_top_gives_people_and_not_an_agenda_item():
	text = (
		"Overleg AMIF-partners regio Antwerpen\n\n"
		"| Datum | donderdag 6 oktober 2022 |\n| Uur | 13u30 – 16u30 |\n| Plaats | Sociaal Huis Mortsel |\n"
		"| Aanwezig | Thomas Claeys (POD MI); Els Jacobs (OCMW Schoten); Stijn Wouters, Lotte Maes (OCMW Edegem) |\n"
		"| Verontschuldigd | Fatima El Idrissi (OCMW Antwerpen) |\n| Verslaggever | Koen Mertens |\n\n"
		"Agenda\n1. 13u30 Welkom\n2. 14u00 Stand van zaken\n\n## A. Welkom\nGreet verwelkomt iedereen.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Thomas Claeys", "Present", None),
		("Els Jacobs", "Present", "SCHOTEN"),
		("Stijn Wouters", "Present", "EDEGEM"),
		("Lotte Maes", "Present", "EDEGEM"),
		("Fatima El Idrissi", "Excused", "ANTWERPEN"),
	]
	assert [(a.from_time, a.title) for a in report.agenda] == [
		("13:30", "Welkom"),
		("14:00", "Stand van zaken"),
	]


def test_a_bilingual_table_of_organisations_with_present_and_excused_columns():
	text = (
		"Compte rendu – Verslag\nJeudi 15 juin 2023 – Donderdag 15 juni 2023\n\n"
		"| Organisation – Organisatie | Présents – Aanwezig | Excusés – Verontschuldigd |\n"
		"| CPAS de Liège – OCMW Luik | Sophie Grandjean | Karim Bensaïd |\n"
		"| CPAS d'Anvers – OCMW Antwerpen | Wim Goossens | Anke Verbist |\n\n"
		"| Heure – Uur | Point – Punt |\n| 9h30 – 10h00 | Accueil – Onthaal |\n\n# 1. Accueil\nBienvenue.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Sophie Grandjean", "Present", "LIEGE"),
		("Wim Goossens", "Present", "ANTWERPEN"),
		("Karim Bensaïd", "Excused", "LIEGE"),
		("Anke Verbist", "Excused", "ANTWERPEN"),
	]


def test_initials_in_brackets_before_the_organisation_are_kept_for_the_owners():
	text = (
		"Verslag AMIF-netwerkvergadering\nDatum: donderdag 16 februari 2017\n\nAanwezig:\n"
		"- Sarah Van Hoof (SVH) – POD MI\n- Katrien Van Damme (KVD) – OCMW Gent\n\n"
		"# 1. Actiepunten\n- KVD: het verslag rondsturen naar alle partners\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.cpas) for p in report.attendees] == [
		("Sarah Van Hoof", None),
		("Katrien Van Damme", "GENT"),
	]
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Network Contact", ["Katrien Van Damme"])
	]


@pytest.mark.parametrize(
	"line",
	[
		"Verslag netwerkvergadering AMIF 16/02/2017 – pagina 3",
		"Compte rendu réseau FAMI | page 2 / 4",
		"PV 2016/03 - p. 2",
	],
)
def test_a_page_footer_is_not_read_as_text(line):
	assert ri._BOILERPLATE.match(line)


# --- agendas announced in the introduction ------------------------------------------------------


def test_an_agenda_item_with_its_time_in_brackets():
	item = ri.parse_time_slot("accueil et café (9h30)")
	assert (item.title, item.from_time, item.to_time) == ("accueil et café", "09:30", "")
	assert ri.parse_time_slot("présentation du projet (vers 10 h)") is not None
	assert ri.parse_time_slot("le rapport annuel (2019)") is None  # a year is not a time


@pytest.mark.parametrize(
	"announcement",
	["L'ordre du jour, c'était :", "Pour rappel, l'ordre du jour était :", "Op de agenda stonden:"],
)
def test_an_agenda_announced_in_the_introduction_then_listed(announcement):
	text = (
		f"Compte rendu\nRéunion du 12 mars 2018\n\n{announcement}\n"
		"- accueil et café\n- le tour de table des projets\n- les divers\n\n"
		"**1) Accueil**\nNathalie a souhaité la bienvenue.\n"
	)
	report = ri.recognise_report(text)
	assert [a.title for a in report.agenda] == [
		"accueil et café",
		"le tour de table des projets",
		"les divers",
	]
	assert [(s.number, s.heading) for s in report.sections] == [("1", "Accueil")]


def test_an_agenda_in_a_long_sentence_and_one_parted_by_dashes():
	sentence = (
		"Compte rendu\nSéance du 21 juin 2016\n\nL'ordre du jour, tel qu'il a été communiqué avec la "
		"convocation du 3 juin 2016, comporte les points suivants : approbation du procès-verbal ; état "
		"d'avancement des projets ; indicateurs ; divers. L'ordre du jour est adopté.\n\n## I. Approbation\nAdopté.\n"
	)
	assert [a.title for a in ri.recognise_report(sentence).agenda] == [
		"approbation du procès-verbal",
		"état d'avancement des projets",
		"indicateurs",
		"divers",
	]
	dashed = (
		"Notities netwerk\n2 maart 2021\n\n**Agenda:** ronde OCMW's – nieuwe AMIF-periode – indicatoren – varia\n\n"
		"**Ronde OCMW's**\nGent start opnieuw.\n"
	)
	assert [a.title for a in ri.recognise_report(dashed).agenda] == [
		"ronde OCMW's",
		"nieuwe AMIF-periode",
		"indicatoren",
		"varia",
	]


# --- tasks that are agreed, left open or dated in a passive; tasks in a column beside their translation


def _points(sentence: str, people: str = "") -> list:
	text = f"Compte rendu\nRéunion du 12 mars 2020\n\n{people}\n## 1. Tour de table\n\n{sentence}\n"
	return [(a.owner_type, a.owners, a.owner_cpas) for a in ri.recognise_report(text).action_points]


def test_a_task_agreed_by_the_meeting_or_left_open():
	assert _points(
		"Il est par ailleurs convenu que le CPAS de Charleroi communiquera aux membres la liste des thèmes."
	) == [("CPAS", ["CPAS de Charleroi"], "CHARLEROI")]
	assert _points(
		"La question du CPAS qui accueillera la réunion de printemps reste à définir ; les CPAS intéressés se manifestent."
	) == [("To Be Assigned", [], None)]
	assert _points("L'organisation de ce webinaire est encore à définir, on en reparle.") == [
		("To Be Assigned", [], None)
	]
	assert _points("La date de la prochaine réunion reste à fixer.") == []  # the next meeting, not a task
	assert _points("Le budget reste stable en 2020.") == []


def test_a_dutch_present_passive_with_a_date_to_come_names_its_owner_at_the_end():
	assert _points(
		"De definitieve versie van het jaarverslag wordt eind maart ingediend door het POD MI."
	) == [("SPP", ["POD MI"], None)]
	assert _points("De vergadering wordt voorgezeten door het POD MI.") == []  # no date to come: a fact


def test_a_present_list_in_a_sentence_stops_at_its_end_and_an_excused_label_goes_on():
	text = (
		"Compte rendu\nRéunion du 12 mars 2020\n\nÉtaient présents : Pierre-Yves et moi pour le SPP, Bart De Smet "
		"et Yusuf Demir (Gand), M. Karim Bensaïd (Liège). Excusées : Véronique Dumont (Liège) et Caroline Mathy "
		"(Binche). Pas d'interprètes cette fois, merci à tous.\n\n## 1. Tour de table\nGand : les groupes sont arrêtés.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.cpas or p.organisation_type) for p in report.attendees] == [
		("Pierre-Yves", "Present", "SPP"),
		("Bart De Smet", "Present", "GENT"),
		("Yusuf Demir", "Present", "GENT"),
		("Karim Bensaïd", "Present", "LIEGE"),
		("Véronique Dumont", "Excused", "LIEGE"),
		("Caroline Mathy", "Excused", "BINCHE"),
	]
	assert report.no_interpretation


def test_a_task_list_beside_its_translation_in_a_two_column_table():
	text = (
		"Compte rendu – Verslag\n14 mai 2020\n\nPrésents : Thomas Lejeune (SPP)\n\n## 6. À faire / Te doen\n\n"
		"| Partager le modèle de convention (SPP); Transmettre les chiffres 2019 manquants (CPAS de Bruxelles); "
		"Organiser un échange sur les outils (Thomas) | Het model delen (POD); De cijfers bezorgen (OCMW Brussel); "
		"Een uitwisseling organiseren (Thomas) |\n"
	)
	report = ri.recognise_report(text)
	assert [(a.owner_type, a.owner_cpas) for a in report.action_points] == [
		("SPP", None),
		("CPAS", "BRUXELLES"),
		("Network Contact", None),
	]
	assert report.action_points[2].owners == ["Thomas Lejeune"]


def test_a_report_with_wide_table_borders_is_still_a_report():
	text = (
		"Compte rendu – Verslag\n\nJeudi 15 juin 2023 – Donderdag 15 juni 2023\n\n"
		+ ("  " + "-" * 71 + "\n  Organisation –          Présents – Aanwezig     Excusés –\n") * 6
	)
	assert ri.is_report_text(text)
	assert not ri.is_report_text("12 mars 2021\n" + "-|+=" * 200)


def test_a_two_column_table_of_organisations_and_their_people_exported_one_cell_a_line():
	text = (
		"Verslag bijeenkomst OCMW's\n21 maart 2024\n"
		"Organisatie / Organisation\nAanwezig / Présents\nPOD MI / SPP IS\nEline De Smet, Thomas Lejeune\n"
		"OCMW Gent / CPAS Gand\nLotte Vermeulen\nTolken / Interprètes\nGriet Lenaerts\n"
		"Verontschuldigd / Excusés: Nathalie Henrard (OCMW Luik / CPAS Liège)\n"
		"A. Welkom / Accueil\nEline De Smet opent de vergadering.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.cpas or p.organisation_type) for p in report.attendees] == [
		("Eline De Smet", "Present", "SPP"),
		("Thomas Lejeune", "Present", "SPP"),
		("Lotte Vermeulen", "Present", "GENT"),
		("Griet Lenaerts", "Present", None),
		("Nathalie Henrard", "Excused", "LIEGE"),
	]
	# "Nom", "Institution", "Présents", then a person: a table of people, not of organisations
	named = (
		"PROCÈS-VERBAL\nDate : jeudi 29 septembre 2022\nNom\nInstitution\nPrésents\nSilvia Soares\nCPAS de Liège\n"
		"Pieter Vanhoutte\nSPP Intégration Sociale\n\n1. Accueil\nBienvenue.\n"
	)
	attendees = ri.recognise_report(named).attendees
	assert [p.full_name for p in attendees] == ["Silvia Soares", "Pieter Vanhoutte"]
	assert attendees[0].cpas == "LIEGE"


@pytest.mark.parametrize(
	"body, remark",
	[
		(
			"- Tableau récapitulatif des chiffres de participation (à compléter)",
			"Tableau récapitulatif des chiffres de participation (à compléter)",
		),
		("| Bruxelles / Brussel | [chiffres à venir] |", "[chiffres à venir]"),
		(
			"- opm.: cijfers Brussel Q4 2020 nog aan te vullen",
			"opm.: cijfers Brussel Q4 2020 nog aan te vullen",
		),
		(
			"| Remarque : les chiffres seront ajoutés en annexe (à compléter). | Opmerking: cijfers in bijlage (aan te vullen). |",
			"Remarque : les chiffres seront ajoutés en annexe (à compléter).",
		),
	],
)
def test_a_remark_marked_as_such_in_a_list_or_a_table_cell(body, remark):
	for heading in ("## 3. Annexes", "## 6. Actiepunten"):
		report = ri.recognise_report(f"Compte rendu\n12 mars 2021\n\n{heading}\n\nDu texte.\n{body}\n")
		assert report.remarks == [remark]
		assert not [a for a in report.action_points if "compl" in a.action or "vullen" in a.action]


def test_a_task_to_complete_in_a_list_is_a_task_not_a_remark():
	report = ri.recognise_report(
		"Compte rendu\n12 mars 2021\n\n## 6. À faire\n\n- Fiche à compléter par chaque CPAS pour le 15 mai\n"
	)
	assert report.remarks == []
	assert [a.action for a in report.action_points] == ["Fiche à compléter par chaque CPAS pour le 15 mai"]


def test_people_grouped_per_organisation_with_nothing_between_them_and_their_organisation():
	text = (
		"Verslag netwerkbijeenkomst AMIF\n\nDonderdag 16 februari 2017\n\n"
		"Aanwezig: voor het OCMW Gent Griet Vermeulen en Bram De Smedt (verslag); voor het OCMW Luik "
		"Delphine Masset; voor Edegem Tom Van Looy; voor de POD Maatschappelijke Integratie Pieter Vanhoutte.\n\n"
		"1. Verwelkoming\nWelkom.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.cpas or p.organisation_type) for p in report.attendees] == [
		("Griet Vermeulen", "GENT"),
		("Bram De Smedt", "GENT"),  # "(verslag)": a role, not an organisation
		("Delphine Masset", "LIEGE"),
		("Tom Van Looy", "EDEGEM"),
		("Pieter Vanhoutte", "SPP"),
	]
	said = text.replace("Aanwezig: voor", "Aanwezig waren, voor")
	assert len(ri.recognise_report(said).attendees) == 5


def test_a_row_of_a_people_table_that_starts_like_the_tagline_is_a_row():
	text = (
		"Rapport de la rencontre\n\nJeudi 23 juin 2022\n\n| Organisation | Présents | Excusés |\n"
		"| SPP Intégration sociale | Sarah El Moussaoui, Wouter Claeys | Pieter Vanhoutte |\n\n"
		"| Verslag bijeenkomst 10/02/2026 | p. 2/3 |\n\n## 1. Accueil\nBienvenue.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance) for p in report.attendees] == [
		("Sarah El Moussaoui", "Present"),
		("Wouter Claeys", "Present"),
		("Pieter Vanhoutte", "Excused"),
	]


def test_lettered_bold_headings_and_an_odj_label_with_its_items():
	text = (
		"**Réunion réseau FAMI – Webex – 11/06/20**\n\nPrésents: Nathalie Verhaegen (NV, SPP)\n\n"
		"ODJ: tour de table covid / reprise des groupes / indicateurs\n\n**a) Tour de table covid**\n\n- Gand: groupes\n\n"
		"**b) Reprise des groupes**\n\n→ NV: renvoyer le modèle du rapport intermédiaire\n"
	)
	report = ri.recognise_report(text)
	assert [a.title for a in report.agenda] == ["tour de table covid", "reprise des groupes", "indicateurs"]
	assert [(s.number, s.heading) for s in report.sections] == [
		("a", "Tour de table covid"),
		("b", "Reprise des groupes"),
	]
	# "NV" are the initials of the one person present who has them: the owner, apart from the task
	assert [(a.owners, a.action) for a in report.action_points] == [
		(["Nathalie Verhaegen"], "renvoyer le modèle du rapport intermédiaire")
	]


def test_numbered_items_under_a_styled_action_heading_are_its_list_and_a_tab_after_a_number_is_a_space():
	text = (
		"Compte rendu\n\n12 mars 2023\n\n# Points d’action – Actiepunten\n\n"
		"1. Diffuser la note sur la conservation des documents – SPP\n"
		"2. Tester l’export des indicateurs communs – chaque CPAS\n"
	)
	report = ri.recognise_report(text)
	assert [s.heading for s in report.sections] == ["Points d’action – Actiepunten"]
	assert [a.owner_type for a in report.action_points] == ["SPP", "CPAS"]
	from amif_network.rules import report_documents as documents

	assert [
		line.text for line in documents.logical_lines("V.\tPoints d’action – Actiepunten") if line.text
	] == ["V. Points d’action – Actiepunten"]


def test_interpreters_under_their_label_or_named_in_a_sentence_are_present_with_no_organisation():
	text = (
		"Verslag bijeenkomst OCMW's\n\n25 maart 2021\n\nAanwezig:\n\n- Wim Peeters – POD MI\n\n"
		"Verontschuldigd: Tom Van den Broeck (OCMW Mortsel)\n\n"
		"Tolken: Claire Dumont en Jeroen Bral (simultaanvertaling via het tolkenkanaal)\n\n"
		"*Laurent Deprez zorgde voor fluistervertaling voor de Franstalige collega's.*\n\n# 1. Welkom\n\nTekst.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.organisation_type) for p in report.attendees] == [
		("Wim Peeters", "Present", "SPP"),
		("Tom Van den Broeck", "Excused", "CPAS"),
		("Claire Dumont", "Present", None),
		("Jeroen Bral", "Present", None),
		("Laurent Deprez", "Present", None),
	]
	assert ri.interpreters_named(
		"Interprétation simultanée en cabine assurée par Mme Anke Wouters et M. Laurent Deprez."
	) == ["Anke Wouters", "Laurent Deprez"]
	assert ri.interpreters_named("Wim Peeters zorgde voor de koffie.") == []


def test_a_group_heading_gives_its_organisation_to_the_people_listed_under_it():
	text = (
		"Compte rendu de la visite\n\njeudi 7 février 2019\n\nParticipants\n\nPour le CPAS de Binche :\n\n"
		"- Marc Delvaux, coordinateur\n- Céline Hubert, assistante sociale\n\nOCMW Gent\n- Jan Peeters\n\n"
		"Excusée : Sandrine Dufour (CPAS de Charleroi)\n\n# 1 - Accueil\n\nTexte.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Marc Delvaux", "Present", "BINCHE"),
		("Céline Hubert", "Present", "BINCHE"),
		("Jan Peeters", "Present", "GENT"),
		("Sandrine Dufour", "Excused", "CHARLEROI"),
	]
	# a person's own line is no group heading
	listed = ri.recognise_report(
		"Rapport\n\n22 novembre 2018\n\nPrésents :\n\n- Nathalie Degrève – SPP IS\n- Johan Maekelberg – OCMW Gent\n"
	)
	assert [(p.full_name, p.cpas) for p in listed.attendees] == [
		("Nathalie Degrève", None),
		("Johan Maekelberg", "GENT"),
	]


def test_people_told_in_sentences_of_the_introduction():
	text = (
		"Verslag bezoek OCMW Gent – dinsdag 20 mei 2025\n\nOp dinsdag 20 mei 2025 trokken we naar Gent. "
		"We waren met vier: Lies Mertens en Jonas Peeters van OCMW Schoten, Sara Dewulf van OCMW Antwerpen en "
		"Tom Van den Broeck van OCMW Mortsel. In Gent werden we ontvangen door Hanne Vermeulen en Bart De Smet. "
		"An Goossens (OCMW Edegem) was verontschuldigd.\n\n**Rondleiding**\n\nHet wijkcentrum ligt vlak bij een tramhalte.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Lies Mertens", "Present", "SCHOTEN"),
		("Jonas Peeters", "Present", "SCHOTEN"),
		("Sara Dewulf", "Present", "ANTWERPEN"),
		("Tom Van den Broeck", "Present", "MORTSEL"),
		("Hanne Vermeulen", "Present", "GENT"),
		("Bart De Smet", "Present", "GENT"),
		("An Goossens", "Excused", "EDEGEM"),
	]
	# a sentence naming one person at work says nothing of who was there
	assert ri.people_in_prose("Valérie Ghislain accueille le réseau à Marchienne.") == []


def test_a_first_name_that_starts_like_an_article_is_the_owner_and_plural_cpas_are_every_cpas():
	met = [ri.Contact("", "Delphine Masset", "LIEGE"), ri.Contact("", "Leen Claes", "GENT")]
	point = ri.recognise_action("Delphine zal het intakeformulier van Luik doorsturen.", met)
	assert (point.owner_type, point.owners) == ("Network Contact", ["Delphine Masset"])
	point = ri.recognise_action("Leen stuurt de lijst door.", met)
	assert (point.owner_type, point.owners) == ("Network Contact", ["Leen Claes"])
	text = (
		"Verslag\n\n25 maart 2021\n\nAanwezig: Hanne Vermeulen (OCMW Gent), Fabienne Collard (CPAS Liège)\n\n"
		"# 1. Cijfers\n\nDe OCMW’s bezorgen hun cijfers voor 2020 ten laatste op 30 april aan de POD. "
		"De vraag over de groepsgrootte wordt voorgelegd aan de juridische dienst door de POD. "
		"Hanne en Fabienne werken tegen de volgende vergadering een eenvoudiger versie uit.\n"
	)
	points = ri.recognise_report(text).action_points
	assert [(p.owner_type, p.owner_cpas) for p in points] == [
		("CPAS", None),
		("SPP", None),
		("Several Network Contacts", None),
	]


def test_a_people_table_exported_one_line_a_name_or_one_line_a_row():
	cell_by_cell = (
		"Rencontre du réseau – Netwerkbijeenkomst\nJeudi 19 mars 2026\nOrganisation – Organisatie\n"
		"Présents – Aanwezig\nExcusés – Verontschuldigd\nSPP IS – POD MI\nWim Peeters\nInès Bouchard\n–\n"
		"CPAS de Charleroi – OCMW Charleroi\nKarim Benali\nYoussef El Hamdaoui\nCPAS de Binche – OCMW Binche\n–\n"
		"Marc Delvaux\nInvité\nBart Coppens (Agentschap Integratie en Inburgering)\nOrdre du jour – Agenda\n"
	)
	rows = (
		"Verslag netwerkdag\nDatum: donderdag 15 maart 2018\nOrganisatie Aanwezig Verontschuldigd\n"
		"OCMW Gent (gastheer) Bart De Smet, Hanne\nVermeulen\n–\nPOD MI Elke Janssens –\n"
		"OCMW Charleroi Sandrine Dufour Youssef El Hamdaoui\nOCMW Brussel – Hélène Masson, Thomas\nLejeune\n"
		"Gasten Lotte Maes (tolk) –\nAgenda\n"
	)
	for text, expected in (
		(
			cell_by_cell,
			[
				("Wim Peeters", "Present", "SPP"),
				("Inès Bouchard", "Present", "SPP"),
				("Karim Benali", "Present", "CPAS"),
				("Bart Coppens", "Present", None),
				("Youssef El Hamdaoui", "Excused", "CPAS"),
				("Marc Delvaux", "Excused", "CPAS"),
			],
		),
		(
			rows,
			[
				("Bart De Smet", "Present", "CPAS"),
				("Hanne Vermeulen", "Present", "CPAS"),
				("Elke Janssens", "Present", "SPP"),
				("Sandrine Dufour", "Present", "CPAS"),
				("Lotte Maes", "Present", None),
				("Youssef El Hamdaoui", "Excused", "CPAS"),
				("Hélène Masson", "Excused", "CPAS"),
				("Thomas Lejeune", "Excused", "CPAS"),
			],
		),
	):
		report = ri.recognise_report(text)
		found = [(p.full_name, p.attendance, p.organisation_type) for p in report.attendees]
		assert sorted(found) == sorted(expected)
	assert ri._two_columns_of_names("Sarah El Moussaoui, Wouter Claeys Pieter Vanhoutte") == (
		"Sarah El Moussaoui, Wouter Claeys",
		"Pieter Vanhoutte",
	)
	assert ri._two_columns_of_names("Aurélie Van Cauwenberghe, Karim Haddouchi") == (
		"Aurélie Van Cauwenberghe, Karim Haddouchi",
		"",
	)


def test_an_agenda_told_with_a_verb_in_a_sentence_of_the_introduction():
	for sentence, titles in (
		(
			"L’ordre du jour prévoyait, après l’accueil, la visite du potager collectif, un retour sur les "
			"contrats et un tour de table sur les enquêtes.",
			[
				"l’accueil",
				"la visite du potager collectif",
				"un retour sur les contrats",
				"un tour de table sur les enquêtes",
			],
		),
		(
			"Op de agenda stonden een rondleiding in het Sociaal Huis, de resultaten van de enquête, de "
			"rapportering over 2025 en de planning van 2026.",
			[
				"een rondleiding in het Sociaal Huis",
				"de resultaten van de enquête",
				"de rapportering over 2025",
				"de planning van 2026",
			],
		),
		(
			"Het programma: 's morgens een rondleiding in het wijkcentrum, een voorstelling van de balans en een "
			"gesprek met twee deelnemers, 's middags een overleg over de samenwerking.",
			[
				"een rondleiding in het wijkcentrum",
				"een voorstelling van de balans",
				"een gesprek met twee deelnemers",
				"een overleg over de samenwerking",
			],
		),
	):
		report = ri.recognise_report(
			f"Verslag – Compte rendu\n\n5 februari 2026\n\nAanwezig: Sofie Mertens (OCMW Mortsel)\n\n{sentence}\n\n"
			"**1. Welkom**\n\nTekst.\n"
		)
		assert [a.title for a in report.agenda] == titles


def test_tasks_in_running_text_read_by_their_first_verb_or_after_a_label():
	met = [ri.Contact("", "Wim Peeters"), ri.Contact("", "Sarah Lemaire"), ri.Contact("", "Ludovic Henrard")]
	point = ri._action_of(
		"Wim zal de nieuwe indicatorenfiche bezorgen zodra de verordening gepubliceerd is.",
		False,
		met,
		[],
		None,
	)
	assert (point.owner_type, point.owners) == ("Network Contact", ["Wim Peeters"])  # "zodra" is no future
	text = (
		"Verslag\n\n25 maart 2021\n\nAanwezig: Wim Peeters (POD MI), Sarah Lemaire (OCMW Charleroi), "
		"Ludovic Henrard (OCMW Charleroi)\n\n# 1. Varia\n\n"
		"Ajout de Charleroi après la réunion : Sarah et Ludovic enverront le calendrier des séances.\n\n"
		"L’organisation d’une visite d’étude à Gand pour les équipes de terrain : à définir.\n"
	)
	points = ri.recognise_report(text).action_points
	assert [(p.owner_type, p.action[:26]) for p in points] == [
		("Several Network Contacts", "Sarah et Ludovic enverront"),
		("To Be Assigned", "L’organisation d’une visit"),
	]


def test_a_numbered_task_list_under_an_action_heading_of_a_plain_text_is_no_run_of_sections():
	text = (
		"Compte rendu\n\n12 mars 2023\n\nPrésents : Anne Dupont (SPP)\n\nI. Accueil\n\nTexte.\n\n"
		"Points d’action – Actiepunten\n"
		"1. Diffuser la note sur la conservation des documents – SPP\n"
		"        De nota over de bewaring van documenten verspreiden – POD\n"
		"2. Vérifier quelles données personnelles peuvent être supprimées – chaque CPAS\n"
		"        Nagaan welke persoonsgegevens gewist kunnen worden – elk OCMW\n"
	)
	report = ri.recognise_report(text)
	assert [s.number for s in report.sections] == ["I", ""]
	assert [(p.owner_type, p.action[:20]) for p in report.action_points] == [
		("SPP", "Diffuser la note sur"),
		("CPAS", "Vérifier quelles don"),
	]


def test_a_bilingual_agenda_table_run_together_keeps_the_first_language():
	text = (
		"Rapport rencontre CPAS – Verslag bijeenkomst OCMW's\n20 octobre 2016 – 20 oktober 2016\n"
		"Présents : Hélène Dujardin (SPP)\nOrdre du jour / Agenda :\nHeure – Uur Ordre du jour Agenda\n"
		"09:30-10:00 Accueil et café Onthaal en koffie\n10:00-10:30 Tour de table Voorstellingsronde\n"
		"10:30-11:30 Le FAMI et le rôle du SPP Het AMIF en de rol van de POD\n12:30-13:30 Lunch Lunch\n"
		"13:30-14:45 Atelier / Workshop\nI. Accueil\nTexte.\n"
	)
	report = ri.recognise_report(text)
	assert [a.title for a in report.agenda] == [
		"Accueil et café",
		"Tour de table",
		"Le FAMI et le rôle du SPP",
		"Lunch",
		"Atelier / Workshop",
	]
	assert ri.first_language_half("Pauze Pause") == "Pauze"
	assert ri.first_language_half("Accueil") == "Accueil"


def test_remarks_of_a_bracket_a_colon_or_a_short_item_and_not_the_next_meeting():
	text = (
		"Compte rendu\n\n11 juin 2020\n\nPrésents : Nathalie Verhaegen (SPP)\n\n# 1. Indicateurs\n\n"
		"[tableau des indicateurs par CPAS à insérer]\n\nChiffres du module de janvier (Binche) : à venir.\n\n"
		"- stats module 1: à compléter qd Sandrine rentre\n\n"
		"L'après-midi, deux groupes ont rassemblé des idées pour les années à venir.\n\n"
		"De volgende bijeenkomst vindt plaats in juni 2018 in Antwerpen; de datum volgt nog.\n"
	)
	assert ri.recognise_report(text).remarks == [
		"[tableau des indicateurs par CPAS à insérer]",
		"Chiffres du module de janvier (Binche) : à venir.",
		"stats module 1: à compléter qd Sandrine rentre",
	]


def test_lettered_sections_of_a_plain_text_and_roman_sections_of_a_pdf_layout():
	text = (
		"Réunion réseau FAMI – Webex – 11/06/20\n\nPrésents: Nathalie Verhaegen (SPP)\n\n"
		"ODJ: tour de table covid / reprise des groupes / divers\n\na) Tour de table covid\n\n"
		"- Gand: groupes 4+1 depuis le 18/05\n\nb) Reprise des groupes\n\n- pas de consigne fédérale\n\n"
		"c) Divers\n\nRien.\n"
	)
	report = ri.recognise_report(text)
	assert [(s.number, s.heading) for s in report.sections] == [
		("a", "Tour de table covid"),
		("b", "Reprise des groupes"),
		("c", "Divers"),
	]
	layout = (
		"Rapport rencontre CPAS\n20 octobre 2016\nPrésents : Hélène Dujardin (SPP)\n\n"
		"I.        Accueil et tour de table – Onthaal en voorstellingsronde\nHélène Dujardin souhaite la bienvenue.\n\n"
		"II.       Le FAMI et le rôle du SPP – Het AMIF en de rol van de POD\nPieter présente le cadre.\n"
	)
	report = ri.recognise_report(layout)
	assert [(s.number, s.heading) for s in report.sections] == [
		("I", "Accueil et tour de table – Onthaal en voorstellingsronde"),
		("II", "Le FAMI et le rôle du SPP – Het AMIF en de rol van de POD"),
	]


def test_how_the_meeting_was_held_as_the_report_says_it_and_a_short_next_meeting_label():
	cases = (
		(
			"aucune interprétation n’avait été prévue, Mme Vermeulen ayant indiqué ne pas en avoir besoin.",
			False,
			False,
		),
		("*Secrétariat: Caroline Dethier - Interprétation: non prévue*", False, False),
		("Voor de Franstalige collega’s zorgt Lotte Maes voor fluistertolken.", False, True),
		("Le rapport de la rencontre en ligne du 17 février est approuvé.", False, False),
		(
			"La réunion s’est déroulée sur Zoom, avec une interprétation assurée par Mme Claire Dumont.",
			True,
			True,
		),
	)
	for sentence, online, interpreted in cases:
		report = ri.recognise_report(
			f"Compte rendu\n\n28 mai 2024\n\nPrésents : Anne Dupont (SPP)\n\n# 1. Accueil\n\n{sentence}\n"
		)
		assert (report.is_online, report.simultaneous_interpretation) == (online, interpreted), sentence
	for line, next_date in (
		("Volgende werkgroep: dinsdag 23 maart 2021 om 14u via Zoom.", "2021-03-23"),
		("Prochaine: septembre, date via Doodle", None),
	):
		report = ri.recognise_report(f"Verslag\n\n2 maart 2021\n\n# 1. Varia\n\nTekst.\n\n{line}\n")
		assert report.next_meeting_note and report.next_meeting_date == next_date


def test_a_role_in_brackets_after_an_organisation_a_header_in_two_languages_and_no_remark_as_a_person():
	assert [(p.full_name, p.cpas) for p in ri.split_people("Julien Stiévenart, CPAS de Binche (PV)")] == [
		("Julien Stiévenart", "BINCHE")
	]
	assert [
		(p.full_name, p.cpas) for p in ri.split_people("Bram De Smedt (verslag), Griet Vermeulen (OCMW Gent)")
	] == [
		("Bram De Smedt", None),
		("Griet Vermeulen", "GENT"),
	]
	assert (
		ri.interpreters_named("Une interprétation simultanée a été assurée par Mmes Petrenko et Claes.") == []
	)
	text = (
		"Rapport rencontre CPAS\n\n23 novembre 2023\n\nParticipants – Deelnemers\n\n"
		"| Nom – Naam | Organisation – Organisatie | Présence – Aanwezigheid |\n"
		"| Nathalie Verhaegen | SPP IS – POD MI | présente – aanwezig |\n"
		"| Sandrine Dufour | CPAS de Charleroi – OCMW Charleroi | excusée – verontschuldigd |\n"
		"| Bruxelles / Brussel | [chiffres à venir] |\n\n## I. Accueil\n\n"
		"La séance est ouverte sous la présidence de Mme Delvaux, qui souhaite la bienvenue aux participants.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance) for p in report.attendees] == [
		("Nathalie Verhaegen", "Present"),
		("Sandrine Dufour", "Excused"),
	]


def test_a_name_organisation_status_table_exported_one_cell_a_line_or_joined():
	for text in (
		"Compte rendu\n20 novembre 2018\nParticipants\nNom\nOrganisation\nPrésence\nValérie Ghislain\n"
		"CPAS de Charleroi\nprésente\nPieter Vanhoutte\nSPP Intégration sociale\nexcusé\nOrdre du jour\n1. 9h30: Accueil\n",
		"Compte rendu\n20 novembre 2018\nParticipants\nNom\nOrganisation\nPrésence\nValérie Ghislain\n"
		"CPAS de Charleroi présente\nPieter Vanhoutte SPP Intégration sociale excusé\nOrdre du jour\n1. 9h30: Accueil\n",
	):
		report = ri.recognise_report(text)
		assert [(p.full_name, p.attendance, p.organisation_type, p.cpas) for p in report.attendees] == [
			("Valérie Ghislain", "Present", "CPAS", "CHARLEROI"),
			("Pieter Vanhoutte", "Excused", "SPP", None),
		]


def test_the_writer_who_names_themselves_is_an_owner_of_what_they_will_do():
	text = (
		"Rapport de la réunion du réseau FAMI\n\n28 mai 2024\n\nRédigé par Émilie Lambert, stagiaire au CPAS de Liège\n\n"
		"Étaient présents : M. Rachid Benmoussa (CPAS de Liège) ainsi que moi-même, Émilie Lambert (CPAS de Liège).\n\n"
		"# 1) Enquête\n\nM. Benmoussa et moi-même allons préparer une version simplifiée de l’enquête.\n"
	)
	report = ri.recognise_report(text)
	assert report.writer == "Émilie Lambert"
	assert [(p.owner_type, p.owners) for p in report.action_points] == [
		("Several Network Contacts", ["Rachid Benmoussa", "Émilie Lambert"])
	]
	assert report.action_points[0].action.startswith("M. Benmoussa et moi-même allons préparer")
	assert ri.writer_of("Verslag: Jan Peeters", []) == ""  # nobody of that name was there


def test_people_tables_whose_rows_say_who_their_people_are():
	text = (
		"Atelier commun Charleroi – Binche\n\nJeudi 21 septembre 2023 – CPAS de Binche\n\n"
		"| Pour le CPAS de Binche | Cédric Malengreau (rédaction), Valérie Dufrane |\n"
		"| Pour le SPP IS | Nathalie Derijcke |\n| Invitée | Camille Hubert, asbl Les Mots Passants |\n"
		"| Excusée | Mme Aurore Piette (CPAS de Binche) |\n\n**Déroulement**\n\n13h30 – Accueil\n\n**A. Pourquoi ?**\n\nTexte.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.organisation_type, p.cpas) for p in report.attendees] == [
		("Cédric Malengreau", "Present", "CPAS", "BINCHE"),
		("Valérie Dufrane", "Present", "CPAS", "BINCHE"),
		("Nathalie Derijcke", "Present", "SPP", None),
		("Camille Hubert", "Present", None, None),
		("Aurore Piette", "Excused", "CPAS", "BINCHE"),
	]
	text = (
		"Verslag online overleg\n\n4 juni 2020\n\n| Aanwezig / Présents |  |\n"
		"| Pieter Vanhaelewyn | POD MI (verslag / rapport) |\n| Hanne Vermeulen | OCMW Gent |\n"
		"| Verontschuldigd / Excusés |  |\n| An Wouters | OCMW Edegem |\n\n"
		"| Nom | Organisation | Présent(e) / Excusé(e) |\n| Lotte Vermeiren | SPP IS | Excusée |\n"
		"| Kevin Dumont | SPP IS | Présent |\n\n**1. Welkom**\n\nTekst.\n"
	)
	report = ri.recognise_report(text)
	assert sorted((p.full_name, p.attendance, p.organisation_type) for p in report.attendees) == [
		("An Wouters", "Excused", "CPAS"),
		("Hanne Vermeulen", "Present", "CPAS"),
		("Kevin Dumont", "Present", "SPP"),
		("Lotte Vermeiren", "Excused", "SPP"),
		("Pieter Vanhaelewyn", "Present", "SPP"),
	]


def test_a_bracket_still_to_come_in_a_long_paragraph_a_bold_remark_and_a_numbered_agenda_line():
	long_sentence = (
		"Gülsen Yilmaz présente les résultats du module 2 : " + "sur les 42 enquêtes rentrées, " * 9
	)
	text = (
		"Atelier\n\n21 septembre 2023\n\nPrésents : Anne Dupont (SPP)\n\n"
		"Agenda: 1. welkom – 2. rondje OCMW's – 3. tevredenheidsenquête – 4. varia\n\n**1. Welkom**\n\n"
		f"{long_sentence}pour Binche [chiffres à venir]. Les questions sont longues.\n\n"
		"**Cijfers Mortsel: nog aan te vullen / Chiffres Mortsel : à compléter**\n\n**2. Varia**\n\nNiets.\n"
	)
	report = ri.recognise_report(text)
	assert [a.title for a in report.agenda] == ["welkom", "rondje OCMW's", "tevredenheidsenquête", "varia"]
	assert report.remarks == [
		"[chiffres à venir]",
		"Cijfers Mortsel: nog aan te vullen / Chiffres Mortsel : à compléter",
	]
	assert [s.heading for s in report.sections] == ["Welkom", "Varia"]


def test_action_lines_of_labelled_fields_in_any_order_with_initials_of_a_hyphenated_name():
	text = (
		"Verslag netwerk\n\n10 februari 2026\n\n**Aanwezig**\n\n- Karim Ouali (KO) – CPAS Luik\n"
		"- Pieter-Jan Maes (PJM) – OCMW Brussel\n- Bert Claes (BC) – POD MI\n\n## 1. Acties\n\n"
		"Wie: BC – Wat: de definitieve indicatorentabel naar alle OCMW's sturen – Wanneer: 20/02\n\n"
		"Wie: KO + PJM – Wat: stappenplan voor inzageverzoeken uitschrijven – Wanneer: volgende vergadering\n\n"
		"Quoi : diffuser la note aux CPAS – Qui : nog te bepalen – Quand : mars\n"
	)
	report = ri.recognise_report(text)
	assert [(a.owner_type, a.owners, a.action) for a in report.action_points] == [
		("Network Contact", ["Bert Claes"], "de definitieve indicatorentabel naar alle OCMW's sturen"),
		(
			"Several Network Contacts",
			["Karim Ouali", "Pieter-Jan Maes"],
			"stappenplan voor inzageverzoeken uitschrijven",
		),
		("To Be Assigned", [], "diffuser la note aux CPAS"),
	]
	assert ri._fields_line("Wie: iedereen") is None  # one field is no action
	assert ri._initials_of("Pieter-Jan Maes", "PJM") and not ri._initials_of("Pieter-Jan Maes", "KO")


def test_a_report_that_is_one_decision_and_action_log_with_merged_rows_for_its_sections():
	text = (
		"**Besluitenlijst netwerk AMIF**\n\nVergadering 28 september 2023\n\n"
		"Aanwezig / Présents: Els Peeters (ANT), Inès Lambert (BXL), Sofie Claeys (POD MI)\n\n"
		"| Nr | Onderwerp / Sujet | Besluit / Décision | Actie / Action | Wie / Qui | Tegen / Pour le |\n"
		"| A. Opvolging vorige vergadering – Suivi de la réunion précédente |\n"
		"| 1 | Verslag 15 juni / PV du 15 juin | Goedgekeurd / Approuvé | – |\n"
		"| 2 | Vertaling enquête | Tigrinya volgt | Tigrinya-versie nalezen met een bemiddelaar | OCMW Gent | 31/10 |\n"
		"| B. Stand van zaken – État des lieux |\n"
		"| 5 | Cijfers Q3 | [nog aan te vullen – à compléter] | Cijfers Q3 bezorgen aan het POD | alle OCMW's | 20/10 |\n"
		"| 10 | Foto's | – | Toestemmingsformulier foto's delen met het netwerk | Inès | 30/10 |\n"
		"| Volgende vergadering / Prochaine réunion: donderdag 7 december 2023, Gent |\n"
	)
	report = ri.recognise_report(text)
	assert [(s.number, s.heading) for s in report.sections] == [
		("A", "Opvolging vorige vergadering – Suivi de la réunion précédente"),
		("B", "Stand van zaken – État des lieux"),
	]
	assert [p.full_name for p in report.attendees] == ["Els Peeters", "Inès Lambert", "Sofie Claeys"]
	assert [(a.owner_type, a.owners, a.owner_cpas) for a in report.action_points] == [
		("CPAS", ["OCMW Gent"], "GENT"),
		("CPAS", ["alle OCMW's"], None),
		("Network Contact", ["Inès Lambert"], None),
	]
	assert [a.action.split(": ", 1)[-1][:20] for a in report.action_points] == [
		"Tigrinya-versie nale",
		"Cijfers Q3 bezorgen ",
		"Toestemmingsformulie",
	]
	assert report.remarks == ["[nog aan te vullen – à compléter]"]
	assert report.next_meeting_date == "2023-12-07"


def test_a_narrative_report_without_headings_gives_its_people_tasks_and_next_meeting_from_its_prose():
	text = (
		"**Procès-verbal de la rencontre du réseau FAMI du 14 mars 2024**\n\n"
		"La rencontre s'est tenue le jeudi 14 mars 2024 au CPAS de Liège.\n\n"
		"Étaient présents, pour le CPAS de Liège, Madame Nadia Benali et Madame Aurélie Gilson ; pour le CPAS "
		"de Charleroi, Monsieur Fabrizio Russo ; et, pour le SPP Intégration sociale, Monsieur Julien Marchal. "
		"Madame Els Peeters (OCMW d'Anvers) et Monsieur Wouter De Smet (OCMW de Gand) s'étaient excusés.\n\n"
		"Monsieur Marchal a présenté les indicateurs communs que le SPP doit rapporter pour l'année 2023. "
		"Madame Benali transmettra aux membres du réseau, pour le 29 mars, le tableau de présence.\n\n"
		"Au titre des divers, le CPAS de Charleroi a proposé d'accueillir la prochaine rencontre. Il "
		"appartiendra au CPAS de Charleroi d'envoyer l'invitation trois semaines avant la date retenue.\n\n"
		"La prochaine rencontre se tiendra le jeudi 13 juin 2024 au CPAS de Charleroi.\n"
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.organisation_type, p.cpas) for p in report.attendees] == [
		("Nadia Benali", "Present", "CPAS", "LIEGE"),
		("Aurélie Gilson", "Present", "CPAS", "LIEGE"),
		("Fabrizio Russo", "Present", "CPAS", "CHARLEROI"),
		("Julien Marchal", "Present", "SPP", None),
		("Els Peeters", "Excused", "CPAS", "ANTWERPEN"),
		("Wouter De Smet", "Excused", "CPAS", "GENT"),
	]
	assert report.sections == []
	assert [(a.owner_type, a.owners, a.owner_cpas, a.action[:22]) for a in report.action_points] == [
		("Network Contact", ["Nadia Benali"], None, "Madame Benali transmet"),
		("CPAS", ["CPAS de Charleroi"], "CHARLEROI", "Il appartiendra au CPA"),
	]
	assert report.next_meeting_date == "2024-06-13"
	assert "prochaine rencontre se tiendra" in report.next_meeting_note


def test_initials_of_a_person_present_own_a_task_without_a_legend_unless_they_only_ask():
	text = (
		"Notulen overleg\n\n12 mei 2020\n\nAanwezig: Julien Marchal (POD MI), Hanne Verstraete (OCMW Gent)\n\n"
		"## 1. Budget\n\n-> JM stuurt de richtlijn van het POD door naar alle ocmw's\n\n"
		"-> JM checkt of een budgetwijziging nodig is bij minder deelnemers\n\n"
		"- HV: demande si qqn a une fiche consentement en arabe → non\n\n"
		"-> nog te bepalen wie: verslag van 6/2 nog eens rondsturen, niemand vindt het terug\n"
	)
	report = ri.recognise_report(text)
	assert [(a.owner_type, a.owners, a.action[:24]) for a in report.action_points] == [
		("Network Contact", ["Julien Marchal"], "JM stuurt de richtlijn v"),
		("Network Contact", ["Julien Marchal"], "JM checkt of een budgetw"),
		("To Be Assigned", [], "nog te bepalen wie: vers"),
	]
	# initials two people share stand for nobody
	twins = ri.RecognisedReport(
		attendees=[
			ri.Person("Jan Mertens", attendance="Present"),
			ri.Person("Julie Maes", attendance="Present"),
		]
	)
	assert "JM" not in ri._implied_legend(twins)


@pytest.mark.parametrize(
	"line, items",
	[
		(
			"Ordre du jour:1) accueil 2) enquête de satisfaction : retour des tests 3) divers",
			["accueil", "enquête de satisfaction : retour des tests", "divers"],
		),
		(
			"Agenda: (1) welkom, (2) rapportering 2025, (3) resultaten enquête, (4) varia",
			["welkom", "rapportering 2025", "resultaten enquête", "varia"],
		),
	],
)
def test_an_agenda_numbered_on_its_label_line(line, items):
	text = f"Verslag\n\n10 februari 2026\n\nAanwezig: Lien De Wilde (OCMW Gent)\n\n{line}\n\n## 1. Welkom\n\nTekst.\n"
	assert [(a.title, a.from_time) for a in ri.recognise_report(text).agenda] == [(i, "") for i in items]
	assert ri._inline_numbered_items("3) accueil 4) divers 5) fin") == []  # a list starts at 1
	assert ri._inline_numbered_items("Le point 2) est reporté") == []


def test_times_written_with_u_and_a_full_stop_and_a_tijdstip_column():
	assert ri.parse_time_slot("10.00 u. – 10.10 u. Welkom") == ri.AgendaItem("Welkom", "10:00", "10:10")
	assert ri.parse_time_slot("10.00 u.\tOpening") == ri.AgendaItem("Opening", "10:00", "")
	assert ri.parse_time_slot("12.00 u.") is None  # a time alone is no item
	text = (
		"Verslag\n\n28 september 2023\n\nAanwezig: Bert Claes (POD MI)\n\n**Agenda**\n\n"
		"| Tijdstip | Agendapunt |\n| 10.00 u. – 10.10 u. | Welkom |\n| 12.00 u. | Einde |\n\n# 1. Welkom\n\nTekst.\n"
	)
	assert [(a.from_time, a.to_time, a.title) for a in ri.recognise_report(text).agenda] == [
		("10:00", "10:10", "Welkom"),
		("12:00", "", "Einde"),
	]


@pytest.mark.parametrize(
	"line, number, title",
	[
		("2 . Enquête de satisfaction", "2", "Enquête de satisfaction"),
		("4 ) L'enquête de satisfaction", "4", "L'enquête de satisfaction"),
		("4.Divers", "4", "Divers"),
	],
)
def test_heading_numbers_typed_with_a_stray_space_or_none(line, number, title):
	found = ri.parse_heading(line)
	assert (found.number, found.title) == (number, title)


def test_lower_case_numbered_headings_of_a_text_export_keep_their_numbers_but_not_a_figure():
	text = (
		"Notulen\n\n12 mei 2020\n\nAanwezig: Julien Marchal (POD MI)\n\n1. rondje\n\n"
		"Gent start opnieuw met groepen van vier deelnemers.\n\n28 %\n\n2. varia\n\n"
		"Geen andere punten vandaag besproken.\n"
	)
	sections = [(s.number, s.heading) for s in ri.recognise_report(text).sections]
	assert ("1", "rondje") in sections and ("2", "varia") in sections
	assert all(number != "28" for number, _heading in sections)


def test_a_people_cell_run_together_by_a_pdf_a_template_prompt_and_a_status_legend():
	text = (
		"# Rapport rencontre CPAS\n\n## 24 novembre 2016\n\n"
		"| Présents / Aanwezig | Katrien Vanhoutte (SPP IS) Anke Verbist, Wim Goossens (OCMW Antwerpen) "
		"Els Jacobs (OCMW Schoten) |\n"
		"| Excusés / Verontschuldigd | Fabrizio Russo (CPAS Charleroi) [Nom Prénom (organisation)] |\n\n"
		"## I. Accueil\n\nTexte.\n"
	)
	people = [(p.full_name, p.attendance, p.cpas) for p in ri.recognise_report(text).attendees]
	assert people == [
		("Katrien Vanhoutte", "Present", None),
		("Anke Verbist", "Present", "ANTWERPEN"),
		("Wim Goossens", "Present", "ANTWERPEN"),
		("Els Jacobs", "Present", "SCHOTEN"),
		("Fabrizio Russo", "Excused", "CHARLEROI"),
	]
	table = (
		"# CPAS DE BINCHE – Comité de suivi FAMI Charleroi–Binche\nProcès-verbal de la réunion du mardi 13 mai 2025\n\n"
		"| Nom | Fonction | Institution | P/E |\n| Marc Lejeune | chef | CPAS de Charleroi | E |\n"
		"| Samira Haddad | médiatrice | ASBL Le Pont | P |\n*P = présent(e) ; E = excusé(e)*\n\n**Bilan**\n\nTexte.\n"
	)
	report = ri.recognise_report(table)
	assert [(p.full_name, p.attendance) for p in report.attendees] == [
		("Marc Lejeune", "Excused"),
		("Samira Haddad", "Present"),
	]
	assert [s.heading for s in report.sections] == ["Bilan"]  # the first line in large type is the title


def test_a_report_written_side_by_side_in_a_two_column_table_gives_its_actions_once():
	text = (
		"PV réunion réseau / Verslag netwerkvergadering\n\n15 juin 2021\n\n"
		"Présents / Aanwezig: Karim Benali (CPAS Bruxelles), Mieke Van Damme (OCMW Gent)\n\n"
		"## 1. Reprise des groupes / Heropstart van de groepen\n\n"
		"| Depuis le 9 juin, les groupes accueillent plus de participants. | Sinds 9 juni ontvangen de groepen "
		"opnieuw meer deelnemers. |\n"
		"| Action : chaque CPAS met à jour sa règle de groupe avant le 1er juillet. | Actie: elk OCMW past zijn "
		"groepsregel aan vóór 1 juli. |\n"
		"| Action : Karim envoie la version finale en FR et NL à tous les CPAS. | Actie: Karim stuurt de "
		"definitieve versie naar alle OCMW's. |\n"
		"| Le SPP enverra une note explicative en septembre aux CPAS. | [vertaling nog aan te vullen] |\n"
	)
	report = ri.recognise_report(text)
	assert [(a.owner_type, a.owners, a.action[:24]) for a in report.action_points] == [
		("CPAS", ["chaque CPAS"], "chaque CPAS met à jour s"),
		("Network Contact", ["Karim Benali"], "Karim envoie la version "),
		("SPP", ["SPP"], "Le SPP enverra une note "),
	]
	assert report.remarks == ["[vertaling nog aan te vullen]"]


@pytest.mark.parametrize(
	"sentence, owner_type, owners",
	[
		(
			"Elk OCMW controleert vóór 15 december of de aanwezigheidslijsten volledig zijn.",
			"CPAS",
			["Elk OCMW"],
		),
		(
			"Sarah vraagt aan de preventiedienst na of 6 + 1 mogelijk wordt vanaf maart.",
			"Network Contact",
			["Sarah Van den Broeck"],
		),
		(
			"Faire un tableau comparatif des tailles de groupe pour la plénière (à définir).",
			"To Be Assigned",
			[],
		),
	],
)
def test_present_tense_checks_and_an_infinitive_whose_owner_is_still_to_be_found(
	sentence, owner_type, owners
):
	in_meeting = [ri.Contact("", "Sarah Van den Broeck", "ANTWERPEN")]
	point = ri._action_of(sentence, False, in_meeting, [], None, {})
	assert (point.owner_type, point.owners) == (owner_type, owners)


def test_a_statement_with_a_present_verb_is_no_task():
	in_meeting = [ri.Contact("", "Sarah Van den Broeck", "ANTWERPEN")]
	assert (
		ri._action_of(
			"Le FAMI finance 75 % des frais ; le SPP prévoit une subvention.", False, in_meeting, [], None, {}
		)
		is None
	)
	assert ri._action_of("Faire la synthèse a pris du temps.", False, in_meeting, [], None, {}) is None


def test_remarks_in_a_long_paragraph_a_long_sentence_a_bracketed_item_and_a_people_line():
	long_sentence = (
		"Le tour des CPAS a permis à chacun de faire le point : à Gand les groupes sont complets, à Anvers "
		"l'accent est mis sur le coaching, à Bruxelles les chiffres manquent (chiffres de Bruxelles à compléter)."
	)
	text = (
		"Verslag\n\n18 maart 2025\n\nAanwezig: Els Peeters (OCMW Antwerpen)\n"
		"Verontschuldigd: Gaëlle Wauters (CPAS de Binche) (lijst verontschuldigden aan te vullen)\n\n"
		f"## 1. Tour de table\n\n{long_sentence}\n\n- [cijfers Edegem nog aanvullen]\n\n"
		"## 2. Instroom\n\nAntwerpen zit vol tot juni. "
		+ "Schoten heeft acht mensen die wachten. " * 8
		+ "Cijfers Edegem nog niet ontvangen, vul ik aan als ze er zijn.\n"
	)
	report = ri.recognise_report(text)
	assert report.remarks == [
		"(lijst verontschuldigden aan te vullen)",
		"(chiffres de Bruxelles à compléter)",
		"[cijfers Edegem nog aanvullen]",
		"Cijfers Edegem nog niet ontvangen, vul ik aan als ze er zijn.",
	]
	assert [(p.full_name, p.attendance) for p in report.attendees][-1] == ("Gaëlle Wauters", "Excused")
	assert report.action_points == []


def test_people_tables_per_organisation_a_members_column_and_groups_separated_by_bars():
	by_organisation = (
		"Relevé des décisions\n\n4 octobre 2018\n\n| CPAS / SPP | Présent(e)s | Excusé(e)s |\n"
		"| Gand | Pieter Claeys, Youssef El Amrani | – |\n| Liège | Nathalie Grosjean | Mehdi Benali |\n"
		"| SPP IS | Lotte Verhaegen | – |\n\n**Décisions**\n\nTexte.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in ri.recognise_report(by_organisation).attendees] == [
		("Pieter Claeys", "Present", "GENT"),
		("Youssef El Amrani", "Present", "GENT"),
		("Nathalie Grosjean", "Present", "LIEGE"),
		("Lotte Verhaegen", "Present", None),
		("Mehdi Benali", "Excused", "LIEGE"),  # the present first, then the excused
	]
	members = (
		"Verslag werkgroep\n\nDatum: dinsdag 17 mei 2022\n\n| Leden werkgroep | Organisatie |  |\n"
		"| Hanne Verstraete | OCMW Gent | aanwezig |\n| Tarik Ouchène | CPAS Charleroi | verontschuldigd |\n\n"
		"**1. Verslag**\n\nTekst.\n"
	)
	assert [(p.full_name, p.attendance) for p in ri.recognise_report(members).attendees] == [
		("Hanne Verstraete", "Present"),
		("Tarik Ouchène", "Excused"),
	]
	bars = (
		"Verslag\n\n16 maart 2017\n\nAanwezig – POD MI: Lotte Verhaegen | OCMW Antwerpen: Els Wouters, "
		"Bram Peeters | OCMW Luik: Nathalie Grosjean\n\nVerontschuldigd: Catherine Vanderhaegen (OCMW Brussel)\n\n"
		"## 1. Welkom\n\nTekst.\n"
	)
	assert [(p.full_name, p.organisation_type, p.cpas) for p in ri.recognise_report(bars).attendees] == [
		("Lotte Verhaegen", "SPP", None),
		("Els Wouters", "CPAS", "ANTWERPEN"),
		("Bram Peeters", "CPAS", "ANTWERPEN"),
		("Nathalie Grosjean", "CPAS", "LIEGE"),
		("Catherine Vanderhaegen", "CPAS", "BRUXELLES"),
	]


def test_a_table_of_decisions_and_actions_gives_only_the_rows_with_an_owner():
	text = (
		"**RELEVÉ DES DÉCISIONS**\n\nRéunion du 4 octobre 2018\n\n"
		"Présents : Nathalie Grosjean (CPAS de Liège), Youssef El Amrani (OCMW Gent)\n\n**Décisions et suites**\n\n"
		"| N° | Point | Décision / action | Qui ? | Pour quand ? |\n"
		"| 3 | Enquête | Le questionnaire actuel reste d'application jusqu'en juin 2019. | – |\n"
		"| 4 | Enquête | Simplifier les questions et tester une nouvelle version. | Nathalie G. / Youssef E.A. | mars |\n"
		"| 5 | Enquête | Faire traduire le questionnaire en arabe. | SPP IS | janvier |\n"
	)
	report = ri.recognise_report(text)
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Several Network Contacts", ["Nathalie Grosjean", "Youssef El Amrani"]),
		("SPP", ["SPP IS"]),
	]
	contacts = [ri.Contact("", "Youssef El Amrani"), ri.Contact("", "Youssef Bakkali")]
	assert ri.match_contact("Youssef E.A.", contacts).full_name == "Youssef El Amrani"


def test_a_to_do_list_of_initials_a_tab_and_a_task():
	text = (
		"Verslag netwerk\n\n29 januari 2026\n\nAanwezig: Pieter Claeys (OCMW Gent), Nathalie Grosjean (CPAS Luik), "
		"Mehdi Benali (CPAS Luik), Annelies De Smet (POD MI)\n\n## 1. Opening\n\nTekst.\n\n**To do**\n\n"
		"PC\toproep getuigenissen intern doorsturen naar de maatschappelijk werkers\n\n"
		"NG + MB\tFranse versie van de enquête nalezen\n\nAdS\tvertalingen aanvragen bij het vertaalbureau\n\n"
		"??\tArabische versie testen met een groep (wie?)\n"
	)
	report = ri.recognise_report(text)
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Network Contact", ["Pieter Claeys"]),
		("Several Network Contacts", ["Nathalie Grosjean", "Mehdi Benali"]),
		("Network Contact", ["Annelies De Smet"]),
		("To Be Assigned", []),
	]


def test_an_agenda_table_under_a_one_cell_label_and_timed_items_between_dashes():
	table = (
		"PV de la rencontre\n\n15 juin 2023\n\nPrésents : Marc Lejeune (CPAS de Charleroi)\n\n"
		"| Ordre du jour / Agenda |\n| 10h00 – 10h30 | Accueil / Onthaal |\n| 10h30 – 11h30 | Tour des CPAS |\n\n"
		"**I. Accueil / Onthaal**\n\nTexte.\n"
	)
	assert [(a.from_time, a.to_time, a.title) for a in ri.recognise_report(table).agenda] == [
		("10:00", "10:30", "Accueil / Onthaal"),
		("10:30", "11:30", "Tour des CPAS"),
	]
	dashes = (
		"Verslag\n\n29 januari 2026\n\nAanwezig: Pieter Claeys (OCMW Gent)\n\n"
		"Agenda: 10u00 Opening – 10u15 Stand van zaken per OCMW – 12u30 Varia\n\n**1) Opening**\n\nTekst.\n"
	)
	assert [(a.from_time, a.title) for a in ri.recognise_report(dashes).agenda] == [
		("10:00", "Opening"),
		("10:15", "Stand van zaken per OCMW"),
		("12:30", "Varia"),
	]


def test_people_whose_organisation_follows_a_preposition_and_an_excused_sentence_that_goes_on():
	text = (
		"**Réunion FAMI – échange entre CPAS**\n\n*Charleroi, jeudi 24 novembre 2016*\n\n"
		"Étaient présents : Lotte Verhaegen du SPP, Pieter et Hanne de Gand, Nathalie Grosjean pour Liège, "
		"ainsi que Tarik Ouchène et Aurélie Demoustier pour Charleroi. Christophe Lebrun (CPAS de Binche) "
		"s’est excusé ; il nous rejoindra à la prochaine rencontre.\n\n**Les modules**\n\nTexte.\n"
	)
	people = [
		(p.full_name, p.attendance, p.organisation_type, p.cpas) for p in ri.recognise_report(text).attendees
	]
	assert people == [
		("Lotte Verhaegen", "Present", "SPP", None),
		("Pieter", "Present", "CPAS", "GENT"),
		("Hanne", "Present", "CPAS", "GENT"),
		("Nathalie Grosjean", "Present", "CPAS", "LIEGE"),
		("Tarik Ouchène", "Present", "CPAS", "CHARLEROI"),
		("Aurélie Demoustier", "Present", "CPAS", "CHARLEROI"),
		("Christophe Lebrun", "Excused", "CPAS", "BINCHE"),
	]


def test_owners_written_as_initials_with_full_stops_after_a_dash():
	text = (
		"Verslag netwerkvergadering\n\n9 februari 2021\n\nAanwezig: Lien De Wilde (OCMW Gent), Koen Verhaeghe (POD MI), "
		"Bart Van Damme (OCMW Antwerpen), Nathalie Renard (CPAS Charleroi)\n\n# Actiepunten\n\n"
		"1. Verslag en presentaties rondsturen – L.D.W.\n2. Overzicht van de indicatoren in FR en NL bezorgen – K.V.\n"
		"3. Getuigenis deelnemer voor de nieuwsbrief zoeken – B.V.D. en N.R.\n"
	)
	assert [(a.owner_type, a.owners) for a in ri.recognise_report(text).action_points] == [
		("Network Contact", ["Lien De Wilde"]),
		("Network Contact", ["Koen Verhaeghe"]),
		("Several Network Contacts", ["Bart Van Damme", "Nathalie Renard"]),
	]


@pytest.mark.parametrize(
	"line, owner_type, owners, action",
	[
		(
			"Action (SPP) : publier la version simplifiée de l'enquête.",
			"SPP",
			["SPP"],
			"publier la version simplifiée de l'enquête.",
		),
		(
			"Actie (nog geen trekker): een datum prikken via Doodle.",
			"To Be Assigned",
			[],
			"een datum prikken via Doodle.",
		),
		(
			"ACTIE KVD: mail naar alle partners met de afspraken",
			"Network Contact",
			["Kris Van Dyck"],
			"mail naar alle partners met de afspraken",
		),
	],
)
def test_an_action_label_with_its_owner_between_the_label_and_the_colon(line, owner_type, owners, action):
	legend = {"KVD": ri.Person("Kris Van Dyck")}
	point = ri._action_of(line, False, [ri.Contact("", "Kris Van Dyck")], [], None, legend)
	assert (point.owner_type, point.owners, point.action) == (owner_type, owners, action)


def test_any_next_something_label_gives_the_next_meeting_and_a_day_in_figures_takes_the_meetings_year():
	for line, next_date in (
		("Volgend partneroverleg: dinsdag 25 september 2018 om 13u30 in Edegem.", "2018-09-25"),
		("vlgnd overleg: do 25/6, 10u, Zoom", "2018-06-25"),
		("Prochain check-in : même heure dans 15 jours (21/05).", "2018-05-21"),
		("Volgende keer: 17 juni, 14u, bij ons in Mortsel (live!)", "2018-06-17"),
		("Prochaine fois : en février 2019 à Liège.", None),
	):
		report = ri.recognise_report(f"Verslag\n\n2 mei 2018\n\n# 1. Varia\n\nTekst.\n\n{line}\n")
		assert report.next_meeting_note and report.next_meeting_date == next_date, line
	# the steps ahead are tasks, not the next meeting; a fraction is no date
	report = ri.recognise_report(
		"Verslag\n\n2 mei 2018\n\n# 1. Varia\n\nTekst.\n\nVolgende stappen:\n\n- Tom stuurt de fiche door\n"
	)
	assert not report.next_meeting_note and not report.next_meeting_date
	assert ri._date_in_year_of_meeting("1/3 des participants", "2018-05-02") is None


def test_a_role_in_brackets_keeps_the_organisation_of_its_group_and_prose_names_the_town_after_voor():
	assert [
		(p.full_name, p.cpas)
		for p in ri.split_people(
			"OCMW Gent: Bart Van Damme (coördinator AMIF), Sofie Claeys, Mieke (stagiaire)"
		)
	] == [("Bart Van Damme", "GENT"), ("Sofie Claeys", "GENT"), ("Mieke", "GENT")]
	report = ri.recognise_report(
		"Verslag\n\n9 februari 2021\n\nAanwezig waren Lien De Wilde en Koen Verhaeghe van de POD, Bart Van Damme"
		" en Sofie Claeys voor Gent, Aurélie Gilson voor Charleroi.\n\nKarim El Ouardi (Charleroi) en Anne-Sophie"
		" Dumont (Brussel) hadden zich verontschuldigd.\n\n# Welkom\n\nTekst.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas or p.organisation_type) for p in report.attendees] == [
		("Lien De Wilde", "Present", "SPP"),
		("Koen Verhaeghe", "Present", "SPP"),
		("Bart Van Damme", "Present", "GENT"),
		("Sofie Claeys", "Present", "GENT"),
		("Aurélie Gilson", "Present", "CHARLEROI"),
		("Karim El Ouardi", "Excused", "CHARLEROI"),
		("Anne-Sophie Dumont", "Excused", "BRUXELLES"),
	]


def test_one_sentence_with_those_there_then_those_excused_after_a_semicolon():
	sentence = (
		"La rencontre s’est tenue à Liège, où Mme Véronique Hardy, coordinatrice, a accueilli les représentants"
		" des autres CPAS, à savoir Mme Anneleen Bracke du CPAS de Gand et M. Youssef Amrani du CPAS d’Anvers ;"
		" Mme Isabelle Fontaine, du SPP, et M. Wim Goossens, du CPAS de Gand, s’étaient excusés."
	)
	people = ri.people_in_prose(sentence)
	assert [(p.full_name, p.attendance, p.cpas) for p in people] == [
		("Véronique Hardy", "Present", None),  # her organisation is not said: not Gand's
		("Anneleen Bracke", "Present", "GENT"),
		("Youssef Amrani", "Present", "ANTWERPEN"),
		("Isabelle Fontaine", "Excused", None),
		("Wim Goossens", "Excused", "GENT"),
	]


def test_a_table_of_contents_is_left_out_and_a_numbered_bilingual_agenda_heading_opens_the_agenda():
	text = (
		"Rapport rencontre CPAS\n\n5 décembre 2019\n\n**Table des matières / Inhoudstafel**\n\n"
		"1. Participants / Deelnemers\t2\n\n2. Ordre du jour / Agenda\t2\n\n3. Accueil / Onthaal\t3\n\n"
		"# 1. Participants / Deelnemers\n\n| Pieter Claeys | OCMW Gent | présent |\n| Karim Bouzid | SPP IS | présent |\n\n"
		"# 2. Ordre du jour / Agenda\n\n| 09:30 – 10:00 | Accueil et café |\n| 10:00 – 11:00 | Tour des CPAS |\n\n"
		"# 3. Accueil / Onthaal\n\nLe CPAS de Liège accueille le réseau.\n"
	)
	report = ri.recognise_report(text)
	assert [p.full_name for p in report.attendees] == ["Pieter Claeys", "Karim Bouzid"]
	assert [(a.from_time, a.title) for a in report.agenda] == [
		("09:30", "Accueil et café"),
		("10:00", "Tour des CPAS"),
	]
	assert [s.heading for s in report.sections][-1:] == ["Accueil / Onthaal"]
	assert not any(s.heading.endswith(("2", "3")) for s in report.sections)  # no entry of the contents


def test_people_there_in_the_room_and_online_groups_between_dashes_remarks_and_the_signature():
	report = ri.recognise_report(
		"Verslag AMIF-netwerkbijeenkomst (hybride)\n\n**Donderdag 9 juni 2022 – OCMW Mortsel**\n\n"
		"**Aanwezig in de zaal**\n\n- Wim De Backer (OCMW Mortsel, gastheer)\n- Ilse Goossens (OCMW Edegem)\n"
		"**Aanwezig via Teams**\n\n- Griet Van Damme (OCMW Gent)\n\nVerontschuldigd: Bart Van Looy (OCMW Schoten)\n\n"
		"# 1. Welkom\n\nParticipants ayant terminé le module 1 : XXX\n\n# 2. Acties\n\n"
		"- Presentatie doorsturen naar iedereen – Wie: Wim\n\n"
		"*Version provisoire – les commentaires des CPAS seront intégrés avant diffusion.*\n\n"
		"*Rapport rédigé par Ilse Goossens – relu par Wim De Backer.*\n\nPour le CPAS de Charleroi,\n\n"
		"Sophie Lejeune, assistante administrative\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Wim De Backer", "Present", "MORTSEL"),
		("Ilse Goossens", "Present", "EDEGEM"),
		("Griet Van Damme", "Present", "GENT"),
		("Bart Van Looy", "Excused", "SCHOTEN"),
	]
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Network Contact", ["Wim De Backer"])
	]
	assert report.remarks == [
		"Participants ayant terminé le module 1 : XXX",
		"Version provisoire – les commentaires des CPAS seront intégrés avant diffusion.",
	]
	people = ri.split_people(
		"SPP : Nathalie Delvaux, Pieter Claeys – Gand : Griet Van Damme – Liège : Marc Lejeune, Julie Lambotte"
	)
	assert [(p.full_name, p.cpas or p.organisation_type) for p in people] == [
		("Nathalie Delvaux", "SPP"),
		("Pieter Claeys", "SPP"),
		("Griet Van Damme", "GENT"),
		("Marc Lejeune", "LIEGE"),
		("Julie Lambotte", "LIEGE"),
	]


def test_an_owner_labelled_after_the_task_and_numbered_tasks_under_a_numbered_action_section():
	report = ri.recognise_report(
		"Verslag netwerkoverleg\n\n18 oktober 2018\n\nAanwezig: Tom Peeters (OCMW Antwerpen), Jean-Marc Nzeza"
		" (OCMW Brussel)\n\n**5. Planning**\n\nDrie bijeenkomsten.\n\n**6. Actiepunten**\n\n"
		"- Het aangepaste intakeformulier delen met het netwerk. Wie: Tom\n"
		"- Vertaling van de enquête in het Arabisch laten offreren. Wie: POD MI\n\n"
		"7. Template jaarrapportering 2025 invullen en terugsturen (elk OCMW)\n"
		"8. Jean-Marc: zaal in Brussel reserveren voor de fysieke bijeenkomst in juni\n\n"
		"-> nog te bepalen wie: verslag van 6/2 nog eens rondsturen\n"
	)
	assert [s.number for s in report.sections] == ["5", "6"]
	assert [(a.owner_type, a.owners, a.owner_cpas) for a in report.action_points][:4] == [
		("Network Contact", ["Tom Peeters"], None),
		("SPP", ["POD MI"], None),
		("CPAS", ["elk OCMW"], None),
		("Network Contact", ["Jean-Marc Nzeza"], None),
	]
	assert report.action_points[-1].owner_type == "To Be Assigned"
	assert report.action_points[-1].action.startswith("verslag van 6/2")


def test_a_people_table_of_organisations_and_their_names_exported_one_cell_a_line():
	report = ri.recognise_report(
		"Rapport\nJeudi 18 mars 2021\nParticipants\nOrganisation\nParticipant·e·s\nSPP IS\n"
		"Nathalie Delvaux, Pieter Claeys\nCPAS de Gand\nGriet Van Damme, Youssef El Amrani\n"
		"Excusé·e·s : Fatima Benali (Liège)\n1. Ouverture\nMarc ouvre la réunion.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas or p.organisation_type) for p in report.attendees] == [
		("Nathalie Delvaux", "Present", "SPP"),
		("Pieter Claeys", "Present", "SPP"),
		("Griet Van Damme", "Present", "GENT"),
		("Youssef El Amrani", "Present", "GENT"),
		("Fatima Benali", "Excused", "LIEGE"),
	]


def test_an_owner_between_the_action_label_and_its_colon_after_an_arrow_and_before_a_future():
	head = (
		"Verslag\n\n12 januari 2026\n\nAanwezig: Fabienne Collard (Lire et Écrire), Bart Van Looy (OCMW Schoten),"
		" Hanne Verbeke (OCMW Gent)\n\n# 1. Terugblik\n\nTekst over de terugblik.\n\n"
	)
	cases = (
		("Actie Gent: foto’s en het filmpje delen via de gedeelde map.", "CPAS", [], "GENT"),
		(
			"Actie Hanne en Bart: foto’s en het filmpje delen.",
			"Several Network Contacts",
			["Hanne Verbeke", "Bart Van Looy"],
			None,
		),
		(
			"Schoten bekijkt met de sociale dienst of er kan doorverwezen worden → actie Bart",
			"Network Contact",
			["Bart Van Looy"],
			None,
		),
		(
			"Fabienne Collard nous fera parvenir sa présentation.",
			"Network Contact",
			["Fabienne Collard"],
			None,
		),
	)
	for line, kind, owners, cpas in cases:
		points = ri.recognise_report(head + line + "\n").action_points
		assert len(points) == 1, line
		found = points[0]
		assert found.owner_type == kind, line
		assert found.owner_cpas == cpas, line
		if owners:
			assert found.owners == owners, line
	assert not ri.recognise_report(head + "Actiepunten vorige vergadering: alles afgewerkt.\n").action_points


def test_everyone_as_owner_is_each_cpas_and_dotted_initials_joined_by_en_after_the_action_label():
	for who in ("tous", "iedereen", "tout le monde"):
		point = ri.recognise_owner(who, [])
		assert (point.owner_type, point.owner_cpas) == ("CPAS", None), who
	report = ri.recognise_report(
		"Verslag\n\n13 oktober 2016\n\nAanwezig: Koen Verhaeghe (POD MI), Sofie Claeys (POD MI)\n\n# Acties\n\n"
		"Actie K.V. en S.C.: voorstel van gezamenlijke indicatoren uitwerken.\n"
	)
	assert [(p.owner_type, p.owners) for p in report.action_points] == [
		("Several Network Contacts", ["Koen Verhaeghe", "Sofie Claeys"])
	]


def test_people_in_a_town_online_in_brackets_an_interpreter_label_with_its_mode_and_a_tolk():
	report = ri.recognise_report(
		"Verslag AMIF-netwerk\n\nBijeenkomst van 24 november 2022 – Sociaal Huis Schoten en via Teams\n\n"
		"**Aanwezig in Schoten**\n\n- OCMW Schoten: Koen Van den Broeck (gastheer)\n- POD MI: Julie Renard\n"
		"**Online (Teams)**\n\n- OCMW Gent: Hanne Claeys\n- Tolk: Anne Gilson\n\n"
		"Tolken (simultaan NL-FR): Koen Mertens en Véronique Stas\n\n"
		"Verontschuldigd: Pieter Verhulst (OCMW Gent)\n\n# 1. Welkom\n\nTekst.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas or p.organisation_type) for p in report.attendees] == [
		("Koen Van den Broeck", "Present", "SCHOTEN"),
		("Julie Renard", "Present", "SPP"),
		("Hanne Claeys", "Present", "GENT"),
		("Anne Gilson", "Present", None),
		("Koen Mertens", "Present", None),
		("Véronique Stas", "Present", None),
		("Pieter Verhulst", "Excused", "GENT"),
	]
	table = ri.recognise_report(
		"Rapport\n\n12 octobre 2016\n\n**Participants**\n\n| Nom | Organisation | Présence |\n"
		"| Véronique Stas | Interprète (externe) | présente |\n| Amira Kassem | Université Saint-Louis (invitée) | présente |\n\n"
		"# 1. Accueil\n\nTexte.\n"
	)
	assert [p.full_name for p in table.attendees] == ["Véronique Stas", "Amira Kassem"]


def test_a_bold_action_line_a_heading_with_a_tab_figures_to_fill_in_and_lines_that_are_no_tasks():
	report = ri.recognise_report(
		"**Check-in AMIF – do 15/05/2025 – Webex**\n\nAanwezig: Bart Peeters (Antwerpen), Céline Dethier (Luik)\n\n"
		"## 1.\tIndicatoren\n\n- Indicatoren 2024: alle OCMW's hebben ingediend.\n"
		"**Actie: Bart bezorgt de cijfers van Edegem en Mortsel vóór 1 juni.**\n\n- Stand van zaken Edegem: XXX\n"
		"- Er is nog altijd nood aan een woordenlijst (zie ook het verslag van oktober).\n\n"
		"**Actie POD: nota over archivering rondsturen naar alle OCMW's**\n\n"
		"## 2.\tOpvolging\n\n- Envoi du calendrier 2017 des réunions par le SPP – fait.\n"
		"\nCommentaires de Charleroi sur le point A : encore à intégrer.\n\nVragen? Laat maar weten!\n\nGroetjes,\n"
	)
	assert [(s.number, s.heading) for s in report.sections] == [("1", "Indicatoren"), ("2", "Opvolging")]
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Network Contact", ["Bart Peeters"]),
		("SPP", ["POD"]),
	]
	assert report.remarks == [
		"Stand van zaken Edegem: XXX",
		"Commentaires de Charleroi sur le point A : encore à intégrer.",
	]


def test_a_summary_in_the_other_language_does_not_repeat_the_tasks_but_keeps_a_new_one():
	report = ri.recognise_report(
		"Verslag startvergadering\n\n13 oktober 2016\n\nAanwezig: Katrien Vandenbussche (POD MI), Sarah Lemaire"
		" (CPAS de Charleroi), Ludovic Henrard (CPAS de Charleroi)\n\n# 1. Actiepunten\n\n"
		"- Elk OCMW bezorgt zijn projectfiche aan de POD tegen 15/11/2016.\n"
		"- Katrien zal het model voor de trimestriële rapportering doorsturen.\n\n# Résumé en français\n\n"
		"Chaque CPAS envoie sa fiche projet au SPP pour le 15/11/2016. Katrien envoie le modèle de rapportage"
		" trimestriel. Ajout de Charleroi : Sarah et Ludovic enverront le calendrier des modules.\n"
	)
	assert [(p.owner_type, p.owners) for p in report.action_points] == [
		("CPAS", ["Elk OCMW"]),
		("Network Contact", ["Katrien Vandenbussche"]),
		("Several Network Contacts", ["Sarah Lemaire", "Ludovic Henrard"]),
	]


def test_a_meeting_online_by_its_title_and_interpreted_by_the_interpreters_among_those_there():
	report = ri.recognise_report(
		"**Réunion FAMI Charleroi – Binche – SPP (Webex)**\n\n3 février 2026\n\nPrésents : Damien Lefèvre (CPAS de"
		" Charleroi), Mme Catherine Vanhove et M. Olivier Dethier, interprètes\n\n# 1. Accueil\n\nTexte.\n"
	)
	assert (report.is_online, report.simultaneous_interpretation) == (True, True)
	assert [p.full_name for p in report.attendees] == [
		"Damien Lefèvre",
		"Catherine Vanhove",
		"Olivier Dethier",
	]
	plain = ri.recognise_report(
		"Réunion FAMI Charleroi\n\n3 février 2026\n\nPrésents : Damien Lefèvre (CPAS de Charleroi)\n\n"
		"# 1. Accueil\n\nLes équipes de Charleroi présentent leur travail.\n"
	)
	assert (plain.is_online, plain.simultaneous_interpretation) == (False, False)


def test_how_and_in_what_role_people_were_there_is_no_organisation_and_a_list_before_a_late_heading():
	people = ri.split_people(
		"Fabienne Lecomte, CPAS de Charleroi (sur place), Laura Di Stefano, CPAS de Charleroi – PV, Aline Dufrasne,"
		" SPP Intégration sociale (en ligne), Mme Isabelle Wattiez, assistante sociale, CPAS de Binche (rédaction du PV)"
	)
	assert [(p.full_name, p.cpas or p.organisation_type) for p in people] == [
		("Fabienne Lecomte", "CHARLEROI"),
		("Laura Di Stefano", "CHARLEROI"),
		("Aline Dufrasne", "SPP"),
		("Isabelle Wattiez", "BINCHE"),
	]
	assert [p.full_name for p in ri.split_people("Interprètes / Tolken : Anne-Marie Goffin")] == [
		"Anne-Marie Goffin"
	]
	report = ri.recognise_report(
		"Beste collega's,\n\nHierbij een kort verslag van onze netwerkdag van donderdag 21 juni 2018 in Gent.\n\n"
		"Aanwezig: Veerle Claeys (POD MI); Kenan Yildiz (Gent)\n\nWe hebben het volgende afgesproken:\n\n"
		"- Kenan stuurt de powerpoint van het intakegesprek naar iedereen.\n\n# Version française\n\nTexte.\n"
	)
	assert [(a.owner_type, a.owners) for a in report.action_points] == [("Network Contact", ["Kenan Yildiz"])]


def test_a_draft_line_above_the_title_and_something_the_writer_will_add_later_are_remarks():
	report = ri.recognise_report(
		"*Projet de rapport – les remarques d’Anne-Sophie doivent encore être intégrées.*\n\n"
		"Réunion du réseau FAMI des CPAS\n\n12 mars 2019\n\nPrésents : Anne-Sophie Dumont (CPAS de Bruxelles)\n\n"
		"# 1. Accueil\n\nTexte.\n\nPS: de foto's van de rondleiding voeg ik later nog toe.\n"
	)
	assert report.remarks == [
		"Projet de rapport – les remarques d’Anne-Sophie doivent encore être intégrées.",
		"PS: de foto's van de rondleiding voeg ik later nog toe.",
	]
	assert report.meeting_date == "2019-03-12"


def test_initials_after_a_title_a_writer_after_a_comma_an_agenda_table_under_people_and_initials_of_surname_first():
	report = ri.recognise_report(
		"**Procès-verbal – Rencontre des CPAS FAMI**\n\n**Jeudi 8 décembre 2022 – CPAS de Bruxelles**\n\n"
		"**Participant·e·s :**\n\n- Mme Amina Diallo (AD) – CPAS de Bruxelles\n"
		"- M. Thomas Verlinden (TV) – CPAS de Bruxelles, PV\n- RENARD Sophie – CPAS de Liège\n\n"
		"| Heure | Sujet | Intervenant |\n| 09h30-10h00 | Accueil – café |  |\n| 10h00-10h45 | Indicateurs FAMI | SPP |\n\n"
		"## Actions\n\n- S.R. : envoyer au SPP les chiffres agrégés du module 2.\n\n"
		"Volgende check-in / prochain check-in: donderdag 28/05, 10u, zelfde Teams-link.\n"
	)
	assert [(p.full_name, p.initials) for p in report.attendees] == [
		("Amina Diallo", "AD"),
		("Thomas Verlinden", "TV"),
		("RENARD Sophie", ""),
	]
	assert [(a.from_time, a.title) for a in report.agenda] == [
		("09:30", "Accueil – café"),
		("10:00", "Indicateurs FAMI"),
	]
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Network Contact", ["RENARD Sophie"])
	]
	assert report.next_meeting_date == "2023-05-28"


def test_people_first_listed_as_there_in_the_room_then_online():
	report = ri.recognise_report(
		"**Compte rendu de la réunion du réseau FAMI**\n\nJeudi 8 décembre 2022 – CPAS de Binche et en ligne via Teams\n\n"
		"**En présentiel :**\n\n- Julie Carlier, CPAS de Binche\n- Laure Vanden Eynde, interprète\n"
		"**En ligne (Teams) :**\n\n- Els Verhulst, OCMW Gent\n\nExcusés : Bram De Clercq (OCMW Gent)\n\n# 1. Accueil\n\nTexte.\n"
	)
	assert [(p.full_name, p.attendance) for p in report.attendees] == [
		("Julie Carlier", "Present"),
		("Laure Vanden Eynde", "Present"),
		("Els Verhulst", "Present"),
		("Bram De Clercq", "Excused"),
	]
	assert report.simultaneous_interpretation


def test_a_people_table_of_surnames_first_with_presence_letters():
	report = ri.recognise_report(
		"**Réunion du réseau FAMI – Charleroi, le 3 octobre 2019**\n\n"
		"| NOM Prénom | Institution | Présence |\n| GILSON Isabelle | CPAS de Charleroi | P |\n"
		"| LAMBOTTE Claire | CPAS de Liège | E |\n| VERCAUTEREN Anne | SPP Intégration Sociale | P |\n\n"
		"*P = présent(e) – E = excusé(e)*\n\n**A. Accueil**\n\nTexte.\n\n**F. Points d’action**\n\n"
		"1. Envoyer les chiffres de l’entonnoir au SPP (CPAS Charleroi)\n\n2. Proposer une version simplifiée de l’enquête – Isabelle\n\n"
		"3. Diffuser le PV à l’ensemble du réseau (SPP)\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("GILSON Isabelle", "Present", "CHARLEROI"),
		("LAMBOTTE Claire", "Excused", "LIEGE"),
		("VERCAUTEREN Anne", "Present", None),
	]
	# the numbered items under the lettered "F. Points d'action" are its tasks, not sections
	assert [(s.number, s.heading) for s in report.sections] == [("A", "Accueil"), ("F", "Points d’action")]
	assert [(a.owner_type, a.owner_cpas) for a in report.action_points] == [
		("CPAS", "CHARLEROI"),
		("Network Contact", None),
		("SPP", None),
	]


def test_people_in_the_room_and_an_interpreter_after_a_language_pair():
	report = ri.recognise_report(
		"Compte rendu – Réunion du réseau FAMI\n\nMardi 27 septembre 2022, 10h – 13h\n\n"
		"**Présent·e·s en salle :**\n\n- Agathe Dumont (CPAS de Bruxelles)\n- Nadia Benali (SPP IS)\n"
		"**En ligne :**\n\n- Yusuf Arslan (OCMW Gent)\n"
		"*Interprétation FR/NL : Dirk Hermans (en salle, casques disponibles)*\n\n"
		"**Excusé·e·s :**\n\n- Pieter Claeys (POD MI)\n\n# 1. Accueil\n\nTexte.\n"
	)
	assert [(p.full_name, p.attendance) for p in report.attendees] == [
		("Agathe Dumont", "Present"),
		("Nadia Benali", "Present"),
		("Yusuf Arslan", "Present"),
		("Dirk Hermans", "Present"),
		("Pieter Claeys", "Excused"),
	]


def test_an_action_table_whose_owner_column_is_eigenaar():
	report = ri.recognise_report(
		"Verslag netwerk 20 januari 2026\n\nAanwezig: Yusuf Arslan (OCMW Gent)\n\n# 1. Actiepunten\n\n"
		"| # | Actie / Action | Eigenaar / Responsable | Timing |\n"
		"| 1 | Eindrapportering voorbereiden / Préparer le rapport final | Alle OCMW’s / Tous les CPAS | 30/04 |\n"
		"| 2 | Archiveringsregels delen met het netwerk / Partager les règles | POD MI / SPP IS | 15/02 |\n"
	)
	assert [(a.owner_type, a.owner_cpas) for a in report.action_points] == [("CPAS", None), ("SPP", None)]
	assert "Eindrapportering voorbereiden" in report.action_points[0].action
	assert "Archiveringsregels delen" in report.action_points[1].action


def test_tasks_after_a_topic_an_arrow_or_with_the_owner_asked_after_the_arrow():
	report = ri.recognise_report(
		"Verslag partneroverleg 9 maart 2017\n\nAanwezig: Karim Benali (CPAS Liège), Nathalie Gobert (CPAS Binche)\n\n"
		"1. Varia\n\nTolkkosten: POD MI bekijkt of de kosten voor sociaal tolken subsidiabel zijn.\n\n"
		"=> Karim envoie le modèle de contrat à tout le monde\n\n"
		"Envoyer la liste des participants au CPAS de Charleroi → Qui : Nathalie\n"
	)
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("SPP", ["POD MI"]),
		("Network Contact", ["Karim Benali"]),
		("Network Contact", ["Nathalie Gobert"]),
	]


def test_who_signs_an_e_mail_is_no_section():
	report = ri.recognise_report(
		"De : Sophie Thiry\n\nObjet : Compte rendu réunion FAMI du 21/06 à Liège\n\nBonjour à tous,\n\n"
		"Étaient présents : Sophie Thiry, Karim Benali (Liège).\n\n1) Visite de la ferme\n\nTexte.\n\n"
		"Bonne soirée,\n\nSophie\n\n\n**Sophie Thiry**\n\nCoordinatrice projet FAMI – CPAS de Liège\n"
	)
	assert [(s.number, s.heading) for s in report.sections] == [("1", "Visite de la ferme")]


def test_a_bracket_to_complete_or_of_figures_to_follow_is_a_remark():
	report = ri.recognise_report(
		"Verslag netwerkdag 14 oktober 2024\n\nAanwezig: Leen Wouters (OCMW Antwerpen)\n\n# 1. Cijfers\n\n"
		"| Mortsel | [cijfers Mortsel volgen] |\n\nLiège 46, Gand [compléter avec les chiffres de Gand].\n"
	)
	assert report.remarks == ["[cijfers Mortsel volgen]", "[compléter avec les chiffres de Gand]"]


def test_a_present_tense_task_with_its_particle_last_needs_a_deadline():
	report = ri.recognise_report(
		"Verslag 12 februari 2026\n\nAanwezig: Tom Peeters (OCMW Gent)\n\n# 1. Indicatoren\n\n"
		"Elk OCMW levert zijn indicatoren 2025 aan vóór 28 februari.\n\n"
		"Het POD verzamelt de cijfers jaarlijks bij de OCMW's.\n\nHet POD organiseert de cijfers per OCMW.\n\n"
		"- Antwerpen: start module 1 in oktober. Tom Peeters bezorgt de cijfers aan Hanne vóór 1 december.\n"
	)
	assert [(a.owner_type, a.action[:20]) for a in report.action_points] == [
		("CPAS", "Elk OCMW levert zijn"),
		("Network Contact", "Tom Peeters bezorgt "),
	]


def test_a_numbered_agenda_slot_whose_number_follows_the_section_is_no_section():
	report = ri.recognise_report(
		"Verslag netwerkdag 3 maart 2026\n\nAanwezig: Tom Peeters (OCMW Gent)\n\n1. Verwelkoming\n\nTekst.\n\n"
		"2. Dagorde\n\n1. 10u00 – 11u15: verwelkoming en ronde\n2. 11u15 – 12u30: uitwisseling over de cijfers\n"
		"3. 13u30 – 15u00: werkgroepen\n\n3. Cijfers\n\nTekst.\n"
	)
	assert [a.title for a in report.agenda] == [
		"verwelkoming en ronde",
		"uitwisseling over de cijfers",
		"werkgroepen",
	]
	assert [(s.number, s.heading) for s in report.sections] == [
		("1", "Verwelkoming"),
		("2", "Dagorde"),
		("3", "Cijfers"),
	]


def test_the_report_title_in_large_print_is_no_section():
	report = ri.recognise_report(
		"SPP Intégration sociale\n\n# Rencontre du réseau FAMI – CPAS de Liège (hybride)\n\n"
		"Présents : Sophie Thiry (Liège)\n\n# 1. Accueil\n\nTexte.\n"
	)
	assert [(s.number, s.heading) for s in report.sections] == [("1", "Accueil")]


def test_an_offer_to_the_meeting_is_no_task():
	report = ri.recognise_report(
		"Compte rendu du 3 mars 2026\n\nPrésents : Sophie Thiry (Liège)\n\n1. Échanges\n\n"
		"Hélène Dupont propose de présenter le projet de Liège à la réunion du 12 mars.\n\n"
		"Wim Claes stelt voor om de cijfers te bezorgen vóór 1 april.\n\n"
		"Sophie Thiry envoie la note aux CPAS avant le 15 mars.\n"
	)
	assert [a.action for a in report.action_points] == [
		"Sophie Thiry envoie la note aux CPAS avant le 15 mars."
	]


def test_numbered_items_under_a_lettered_action_section_are_its_tasks():
	report = ri.recognise_report(
		"Compte rendu du 3 mars 2026\n\nPrésents : Sophie Thiry (Liège), Karim Hadji (Charleroi)\n\n"
		"A. Accueil\n\nTexte.\n\nB. Points d'action\n\n1. Visite à Charleroi\n\n2. Note aux CPAS\n\nC. Divers\n\nTexte.\n"
	)
	assert [(s.number, s.heading) for s in report.sections] == [
		("A", "Accueil"),
		("B", "Points d'action"),
		("C", "Divers"),
	]
	assert [a.action for a in report.action_points] == ["Visite à Charleroi", "Note aux CPAS"]


def test_a_task_whose_owner_is_a_question_mark_is_to_be_assigned():
	report = ri.recognise_report(
		"Compte rendu du 3 mars 2026\n\nPrésents : Sophie Thiry (Liège)\n\n1. Actions\n\n"
		"- Trouver une salle pour la prochaine réunion : ?\n- Sophie Thiry envoie la note avant le 15 mars.\n"
	)
	assert [(a.action, a.owner_type) for a in report.action_points] == [
		("Trouver une salle pour la prochaine réunion", "To Be Assigned"),
		("Sophie Thiry envoie la note avant le 15 mars.", "Network Contact"),
	]


def _remarks_of(body: str) -> list:
	return ri.recognise_report(
		f"Compte rendu du 3 mars 2026\n\nPrésents : Sophie Thiry (Liège)\n\n# 1. Échanges\n\n{body}\n"
	).remarks


def test_what_is_still_to_check_or_to_read_again_is_a_remark():
	assert _remarks_of("Verontschuldigd: Lotte Peeters (Mortsel: nog te bevestigen) is er niet.") == [
		"(Mortsel: nog te bevestigen)"
	]
	assert _remarks_of("[Élodie : ajouter les chiffres 2021 de Liège ?]") == [
		"[Élodie : ajouter les chiffres 2021 de Liège ?]"
	]
	assert _remarks_of("TODO: foto's flipover toevoegen") == ["TODO: foto's flipover toevoegen"]
	assert _remarks_of("**[DRAFT – nog na te lezen door POD MI]**") == [
		"[DRAFT – nog na te lezen door POD MI]"
	]
	assert _remarks_of("NB : compléter avec les chiffres de Charleroi (pas reçus)") == [
		"NB : compléter avec les chiffres de Charleroi (pas reçus)"
	]
	assert _remarks_of("- de vragen worden korter\n- (grafiek resultaten nog toe te voegen)") == [
		"(grafiek resultaten nog toe te voegen)"
	]
	# a draft mark is a remark (the later brief's convention): the report says it is not final yet
	assert _remarks_of("PROJET – à approuver lors de la prochaine réunion") == [
		"PROJET – à approuver lors de la prochaine réunion"
	]


def _people_of(text: str) -> list:
	return [(p.full_name, p.attendance, p.cpas) for p in ri.recognise_report(text).attendees]


def test_a_table_of_two_people_a_row_each_with_their_organisation():
	assert _people_of(
		"Verslag netwerkdag 28 november 2019\n\n**Aanwezig / Présents**\n\n"
		"| Lies Vanhove | POD MI | Olivier Renard | SPP IS |\n| Bram De Smet | OCMW Gent | Elif Demir | OCMW Gent |\n"
		"| Céline Masson | tolk / interprète |  |  |\n\n# 1. Welkom\n\nTekst.\n"
	) == [
		("Lies Vanhove", "Present", None),
		("Olivier Renard", "Present", None),
		("Bram De Smet", "Present", "GENT"),
		("Elif Demir", "Present", "GENT"),
		("Céline Masson", "Present", None),
	]


def test_online_and_interpreters_labels_alone_on_their_line():
	text = (
		"Rapport rencontre CPAS\n\n22 mai 2025\n\n**Présents sur place :**\n\nChristelle Dumont (CPAS Binche)\n\n"
		"**En ligne / Online :**\n\nElif Demir (OCMW Gent) ; Inès Moreau (Brux.)\n\n**Interprètes / Tolken :**\n\n"
		"Anne Lecocq et Wim Daels (cabine FR/NL sur place)\n\n**Excusés :**\n\nBram De Smet (OCMW Gent)\n\n"
		"# 1. Accueil\n\nTexte.\n"
	)
	report = ri.recognise_report(text)
	assert _people_of(text) == [
		("Christelle Dumont", "Present", "BINCHE"),
		("Elif Demir", "Present", "GENT"),
		("Inès Moreau", "Present", "BRUXELLES"),
		("Anne Lecocq", "Present", None),
		("Wim Daels", "Present", None),
		("Bram De Smet", "Excused", "GENT"),
	]
	assert report.simultaneous_interpretation
	assert [(s.number, s.heading) for s in report.sections] == [("1", "Accueil")]


def test_a_people_table_by_organisation_with_a_role_note_and_a_university():
	text = (
		"Verslag netwerkdag AMIF\n\ndonderdag 20 maart 2025\n\n**Deelnemers**\n\n"
		"| Organisatie | Aanwezig | Verontschuldigd |\n| OCMW Antwerpen | Hanne Goossens, Wouter Claes (verslag) | – |\n"
		"| Gast | Lien Vandaele (Universiteit Antwerpen) | – |\n\n# 1. Welkom\n\nTekst.\n"
	)
	assert _people_of(text) == [
		("Hanne Goossens", "Present", "ANTWERPEN"),
		("Wouter Claes", "Present", "ANTWERPEN"),
		("Lien Vandaele", "Present", None),
	]


def test_present_and_excused_side_by_side_each_cell_a_list():
	assert _people_of(
		"Verslag bijeenkomst 19 september 2019\n\n| Aanwezig – Présents; Griet Van Acker – OCMW Gent; Lotte Verhaegen – "
		"POD MI | Verontschuldigd – Excusés; Karim Haddouchi – CPAS Bruxelles |\n\n# 1. Welkom\n\nTekst.\n"
	) == [
		("Griet Van Acker", "Present", "GENT"),
		("Lotte Verhaegen", "Present", None),
		("Karim Haddouchi", "Excused", "BRUXELLES"),
	]


def _owners_of(body: str, people: str = "Sophie Thiry (Liège), Karim Benali (Charleroi)") -> list:
	report = ri.recognise_report(
		f"Compte rendu du 3 mars 2026\n\nPrésents : {people}\n\n# 1. Échanges\n\n{body}\n"
	)
	return [(a.action, a.owner_type, a.owner_cpas) for a in report.action_points]


def test_owners_written_in_more_ways():
	assert _owners_of("- alle partner-OCMW's: Aanwezigheidslijsten Q4 doorsturen naar Antwerpen") == [
		("alle partner-OCMW's: Aanwezigheidslijsten Q4 doorsturen naar Antwerpen", "CPAS", None)
	]
	assert _owners_of(
		"**TO DO**\n\n- oude Excel-lijsten met namen opkuisen (elk OCMW zelf, tegen de zomer)"
	) == [("oude Excel-lijsten met namen opkuisen", "CPAS", None)]
	assert _owners_of(
		"Actie voor iedereen: jullie aangepaste planning tegen 29/05 doorsturen naar Hanne."
	) == [("jullie aangepaste planning tegen 29/05 doorsturen naar Hanne.", "CPAS", None)]
	assert _owners_of("ACTIE / ACTION: Sophie Thiry bezorgt de cijfers aan het POD.") == [
		("Sophie Thiry bezorgt de cijfers aan het POD.", "Network Contact", None)
	]
	assert _owners_of(
		"- Rassembler les résultats du brainstorming dans une note commune (qui : SPP IS)."
	) == [("Rassembler les résultats du brainstorming dans une note commune", "SPP", None)]
	assert _owners_of(
		"Bruxelles propose une visite. Organiser la visite du projet en juin : qui ? à définir."
	) == [("Organiser la visite du projet en juin : qui ? à définir.", "To Be Assigned", None)]
	assert _owners_of("- réserver la salle du Centre culturel pour l’expo (qui ? à définir)") == [
		("réserver la salle du Centre culturel pour l’expo", "To Be Assigned", None)
	]


def test_an_action_table_whose_owner_column_is_resp():
	assert _owners_of(
		"| N° | Tâche | Resp. | Échéance |\n| T1 | Contacter les AS des antennes pour les bilans | KB | 03/05 |"
	) == [("Contacter les AS des antennes pour les bilans (03/05)", "Network Contact", None)]


def test_the_items_of_a_list_run_together_in_a_cell_are_each_a_task():
	report = ri.recognise_report(
		"Compte rendu du 3 mars 2026\n\nPrésents : Sarah El Khatib (SPP), Bart Wouters (Anvers), Els Peeters "
		"(Schoten)\n\n**5. Conclusions et actions / Besluiten en acties**\n\n| • Sarah El Khatib envoie la fiche à tous "
		"les CPAS. • Chaque CPAS vérifie comment compter les participants. • Bart Wouters et Els Peeters présentent le "
		"partenariat à la prochaine rencontre. | *• Sarah El Khatib stuurt de fiche naar alle OCMW's.* |\n"
	)
	assert [(a.owner_type, a.action[:25]) for a in report.action_points] == [
		("Network Contact", "Sarah El Khatib envoie la"),
		("CPAS", "Chaque CPAS vérifie comme"),
		("Several Network Contacts", "Bart Wouters et Els Peete"),
	]


def test_an_e_mail_copy_line_is_no_roman_section():
	report = ri.recognise_report(
		"Van: Bram De Smet\nAan: Hanne Claeys; Karim Benali\nCC: Elif Demir; Pieter Van Looy\n"
		"Onderwerp: samenvatting overleg 12/05\n\nAanwezig: Hanne Claeys (POD MI), Karim Benali (Charleroi)\n\n"
		"1. Groepsgrootte en heropstart\n\nTekst over de groepen.\n\n2. Varia\n\nTekst.\n"
	)
	assert [(s.number, s.heading) for s in report.sections] == [
		("1", "Groepsgrootte en heropstart"),
		("2", "Varia"),
	]


def test_the_follow_up_of_participants_is_no_action_list():
	report = ri.recognise_report(
		"Réunion d'équipe FAMI\n\nJeudi 23 avril 2020\n\nPrésents : Els Van Hove (CPAS Bruxelles), Karim Ouali "
		"(CPAS Bruxelles)\n\n**1. Suivi des participants / Opvolging deelnemers**\n\nSur 38 participants actifs, 31 ont "
		"pu être joints. Plusieurs participants ne comprennent pas les règles du confinement.\n\n"
		"→ Karim : appeler chaque semaine les participants du groupe du mardi.\n\n**2. Divers**\n\nTexte.\n"
	)
	assert [(a.action[:20], a.owner_type) for a in report.action_points] == [
		("Karim : appeler chaq", "Network Contact")
	]


def test_what_will_not_happen_or_is_done_in_turn_is_no_task():
	assert (
		_owners_of(
			"De vergadering wordt niet opgenomen.\n\nLes CPAS présentent leurs chiffres à tour de rôle."
		)
		== []
	)


def test_a_pdf_people_table_whose_header_word_broke_and_an_organisation_tabbed_to_its_people():
	assert _people_of(
		"Verslag partneroverleg 8 juni 2021\n\n| Naam | Organisatie | Aanwezig | Verontschuldig d |\n"
		"| Koen Aerts | OCMW Antwerpen | x |  |\n| Dirk Wouters | OCMW Schoten |  | x |\n\n# 1. Welkom\n\nTekst.\n"
	) == [("Koen Aerts", "Present", "ANTWERPEN"), ("Dirk Wouters", "Excused", "SCHOTEN")]
	assert _people_of(
		"Compte rendu du 3 mai 2023\n\n**Présents :**\n| SPP Intégration sociale | : VERMEULEN Elke, DESMET Bart |\n"
		"| CPAS de Liège | : PIROTTE Laura |\n\n# 1. Accueil\n\nTexte.\n"
	) == [
		("VERMEULEN Elke", "Present", None),
		("DESMET Bart", "Present", None),
		("PIROTTE Laura", "Present", "LIEGE"),
	]


def test_organisations_and_labels_before_their_people_without_a_colon():
	expected = [
		("Olivier Renard", "Present", None),
		("Hanne Claeys", "Present", None),
		("Fabienne Lejeune", "Present", "LIEGE"),
		("Anne Lecocq", "Present", None),
		("Bram De Smet", "Excused", "GENT"),
	]
	plain = (
		"Rapport 3 février 2026\n\nParticipants / Deelnemers\n\nSPP IS / POD MI Olivier Renard, Hanne Claeys\n\n"
		"CPAS Liège Fabienne Lejeune\n\nInterprètes / tolken Anne Lecocq\n\n"
		"Excusés / Verontschuldigd Bram De Smet (OCMW Gent)\n\n1. Accueil\n\nTexte.\n"
	)
	assert _people_of(plain) == expected
	bold = (
		"Rapport 3 février 2026\n\n**Participants / Deelnemers**\n\n**SPP IS / POD MI** Olivier Renard, Hanne Claeys\n\n"
		"**CPAS Liège** Fabienne Lejeune\n\n**Interprètes / tolken** Anne Lecocq\n\n"
		"**Excusés / Verontschuldigd** Bram De Smet (OCMW Gent)\n\n# 1. Accueil\n\nTexte.\n"
	)
	assert _people_of(bold) == expected


def test_one_person_a_line_with_the_organisation_after_the_name():
	assert _people_of(
		"Compte rendu du 3 mai 2016\n\n**Présent(e)s :**\n\nMme Bernadette Lhoir CPAS de Bruxelles (secrétaire)\n\n"
		"M. Olivier Dewez CPAS de Bruxelles, service logement\n\nM. Hugo Lenaerts OCMW Gent\n\n# 1. Accueil\n\nTexte.\n"
	) == [
		("Bernadette Lhoir", "Present", "BRUXELLES"),
		("Olivier Dewez", "Present", "BRUXELLES"),
		("Hugo Lenaerts", "Present", "GENT"),
	]


def test_a_label_broken_over_two_lines_of_a_narrow_grid_column():
	assert _people_of(
		"Verslag overleg 12 maart 2024\n\n+-------------+------------------------------+\n"
		"| **Aanwezig** | Wim Torfs (OCMW Antwerpen)  |\n+-------------+------------------------------+\n"
		"| **Veront    | Joris Verhaegen (OCMW        |\n| schuldigd** | Antwerpen)                   |\n"
		"+-------------+------------------------------+\n\n# 1. Welkom\n\nTekst.\n"
	) == [("Wim Torfs", "Present", "ANTWERPEN"), ("Joris Verhaegen", "Excused", "ANTWERPEN")]


def test_figures_to_follow_a_question_to_a_colleague_and_a_draft_not_to_spread_are_remarks():
	assert _remarks_of("NB: cijfers Schoten, Edegem en Mortsel volgen") == [
		"NB: cijfers Schoten, Edegem en Mortsel volgen"
	]
	assert _remarks_of("Texte. [traduction à suivre]") == ["[traduction à suivre]"]
	assert _remarks_of("Texte. [foto’s toevoegen]") == ["[foto’s toevoegen]"]
	assert _remarks_of("**ONTWERP – DRAFT – nog niet verspreiden**") == [
		"ONTWERP – DRAFT – nog niet verspreiden"
	]
	assert _remarks_of("Texte. (Samira, peux-tu compléter la partie sur les indicateurs ? – TP)") == [
		"(Samira, peux-tu compléter la partie sur les indicateurs ? – TP)"
	]
	assert _remarks_of("- TODO: cijfers Gent 2025 aanvullen") == ["TODO: cijfers Gent 2025 aanvullen"]


def test_no_interpretation_said_in_more_words():
	for sentence in (
		"Geen vertolking vandaag: iedereen sprak in zijn eigen taal.",
		"De tolken waren deze keer niet beschikbaar; de collega's volgden de ondertiteling.",
	):
		report = ri.recognise_report(
			f"Verslag 12 maart 2021\n\nAanwezig: Tom Peeters (OCMW Gent)\n\n{sentence}\n\n# 1. Welkom\n\nTekst.\n"
		)
		assert not report.simultaneous_interpretation


def test_an_agenda_announced_at_the_end_of_a_paragraph_is_its_numbered_list_not_the_sections():
	text = (
		"**Partneroverleg AMIF**\n\nDatum: dinsdag 12 juni 2018\n\nAanwezig: Inge Wouters (OCMW Antwerpen)\n\n"
		"**Inleiding**\n\nAn heet iedereen welkom in Edegem. Op de agenda stonden:\n\n"
		"1. Terugblik op de eerste modules\n2. Tevredenheidsenquête\n3. Varia\n"
		"**A. Terugblik op de eerste modules**\n\nAntwerpen heeft twee groepen afgerond.\n\n"
		"**B. Tevredenheidsenquête**\n\nTe moeilijk.\n"
	)
	report = ri.recognise_report(text)
	assert [a.title for a in report.agenda] == [
		"Terugblik op de eerste modules",
		"Tevredenheidsenquête",
		"Varia",
	]
	assert [(s.number, s.heading) for s in report.sections] == [
		("", "Inleiding"),
		("A", "Terugblik op de eerste modules"),
		("B", "Tevredenheidsenquête"),
	]


def test_an_agenda_in_a_pasted_e_mail_leaves_out_its_header_and_greetings():
	text = (
		"Verslag netwerkbijeenkomst AMIF – 23/09/2021\n\nAanwezig: Leen Goossens (OCMW Gent)\n\n"
		"De agenda kwam van Leen, hieronder de mail:\n\nVan: Leen Goossens\n\nOnderwerp: agenda bijeenkomst 23/9\n\n"
		"Dag iedereen,\n\nHierbij de agenda voor donderdag de 23ste, we beginnen om 10u in Wondelgem. "
		"Wie niet kan komen, kan inloggen via de link.\n\n1. Stand van zaken per OCMW\n\n2. Planning volgende maanden\n\n"
		"Groetjes,\n\nLeen\n\nStand van zaken per OCMW\n\nGent:\n\n"
		"Sinds juni mogen groepen terug samenkomen met zes deelnemers en een begeleider in het lokaal.\n"
	)
	report = ri.recognise_report(text)
	assert [a.title for a in report.agenda] == ["Stand van zaken per OCMW", "Planning volgende maanden"]
	assert report.sections[0].heading == "Stand van zaken per OCMW"


def test_an_agenda_table_right_after_the_excused_and_one_cell_a_line_with_its_presenters():
	table = (
		"Verslag bijeenkomst AMIF-netwerk\n\nDinsdag 27 februari 2024\n\nAanwezig: Els Peeters (OCMW Antwerpen)\n\n"
		"Verontschuldigd: Mehmet Yilmaz (OCMW Antwerpen)\n\n| Tijdstip | Onderwerp | Wie |\n"
		"| 13:30-13:45 | Welkom in Mortsel | Sarah |\n| 15:00-15:15 | Pauze |  |\n| 15:15-16:00 | Afspraken | Els |\n\n"
		"# 1 Welkom in Mortsel\n\nTekst.\n"
	)
	cells = (
		"Verslag bijeenkomst AMIF-netwerk\nDinsdag 27 februari 2024\nAanwezig: Els Peeters (OCMW Antwerpen)\n"
		"Verontschuldigd: Mehmet Yilmaz (OCMW Antwerpen)\n\nTijdstip\nOnderwerp\nWie\n13:30-13:45\nWelkom in Mortsel\n"
		"Sarah\n15:00-15:15\nPauze\n\n15:15-16:00\nAfspraken\nEls\n\n1 Welkom in Mortsel\n"
		"Sarah verwelkomt iedereen in het nieuwe Sociaal Huis van Mortsel en geeft een korte rondleiding.\n"
	)
	for text in (table, cells):
		report = ri.recognise_report(text)
		assert [(a.from_time, a.to_time, a.title) for a in report.agenda] == [
			("13:30", "13:45", "Welkom in Mortsel"),
			("15:00", "15:15", "Pauze"),
			("15:15", "16:00", "Afspraken"),
		]
		assert [p.full_name for p in report.attendees] == ["Els Peeters", "Mehmet Yilmaz"]


def test_owners_after_resp_and_on_a_qui_line_under_the_task():
	report = ri.recognise_report(
		"Verslag 27 februari 2024\n\nAanwezig: Els Peeters (OCMW Antwerpen)\n\n# 5 Te doen\n\n"
		"- Bezorg de planning van de modules aan alle partners (resp. Els).\n"
		"- Stuur de indicatoren naar Antwerpen (resp. alle OCMW's).\n"
	)
	assert [(a.action, a.owner_type, a.owners) for a in report.action_points] == [
		("Bezorg de planning van de modules aan alle partners", "Network Contact", ["Els Peeters"]),
		("Stuur de indicatoren naar Antwerpen", "CPAS", ["alle OCMW's"]),
	]
	report = ri.recognise_report(
		"Compte rendu du 3 mars 2026\n\nPrésents : Véronique Delhaye (CPAS Charleroi)\n\n# E. Actions\n\n"
		"Action : envoyer le tableau de l'entonnoir aux autres CPAS\n\n*Qui : Véronique*\n\n"
		"Action : préparer une FAQ sur le rapportage\n\n*Qui : SPP IS*\n"
	)
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Network Contact", ["Véronique Delhaye"]),
		("SPP", ["SPP IS"]),
	]


def test_initials_with_small_letters_and_stray_brackets_in_the_people_list():
	report = ri.recognise_report(
		"Verslag partneroverleg 28 maart 2017\n\nAanwezig: Els Van den Broeck (EVdB) – OCMW Antwerpen; "
		"Carine Mertens ((CPAS Bruxelles), Youssef El Amrani [OCMW Gent)\n\n# 1. Acties\n\n"
		"- EVdB: de planning van module 2 doorsturen naar Mortsel\n\nLegende: EVdB = Els Van den Broeck, YEA = Youssef El Amrani\n"
	)
	assert [(p.full_name, p.cpas) for p in report.attendees] == [
		("Els Van den Broeck", "ANTWERPEN"),
		("Carine Mertens", "BRUXELLES"),
		("Youssef El Amrani", "GENT"),
	]
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Network Contact", ["Els Van den Broeck"])
	]


def test_a_task_the_list_repeats_a_task_already_done_and_a_proposal_are_not_new_tasks():
	report = ri.recognise_report(
		"Verslag overleg 12 november 2024\n\nAanwezig: Sanne Peeters (OCMW Schoten)\n\n# 1. Infosessies\n\n"
		"Sanne zal de presentatie van de infosessie doorsturen, zodat we dezelfde kunnen gebruiken. "
		"Charleroi a déjà transmis ses listes de présence du premier semestre.\n\n# 2. Afspraken\n\n"
		"- Presentatie infosessie doorsturen – Sanne\n- Voorstel van An: het project komen voorstellen op een teamvergadering\n"
		"- Wachtlijst Schoten en Edegem samenvoegen in één Excel – nog te bepalen\n"
	)
	assert [(a.owner_type, a.action[:30]) for a in report.action_points] == [
		("Network Contact", "Sanne zal de presentatie van d"),
		("To Be Assigned", "Wachtlijst Schoten en Edegem s"),
	]


def test_the_writer_before_a_heading_a_todo_with_initials_and_a_draft_line_not_yet_read():
	report = ri.recognise_report(
		"**DRAFT – version de travail, pas encore relue par les deux rédactrices**\n\n"
		"**Rapport rencontre CPAS – 12 mars 2026**\n\nPrésents : Aïcha Benjelloun (CPAS Bruxelles)\n\n"
		"1) Accueil (AB)\n\nTexte.\n\nTODO LD: cijfers Gent aanvullen\n\n"
		"Bruxelles : Aïcha envoie le nouveau calendrier des modules à tous les CPAS.\n\n2) Divers (AB + LD)\n\nTexte.\n"
	)
	assert report.remarks == [
		"DRAFT – version de travail, pas encore relue par les deux rédactrices",
		"TODO LD: cijfers Gent aanvullen",
	]
	assert [s.heading for s in report.sections] == ["Accueil", "Divers"]
	assert [(a.owner_type, a.action[:20]) for a in report.action_points] == [
		("Network Contact", "Aïcha envoie le nouv")
	]


def test_the_next_meeting_after_an_arrow_and_the_meeting_held_by_check_in_are_read():
	report = ri.recognise_report(
		"Korte check-in AMIF-netwerk\n\nDinsdag 28 april 2020\n\nIn de plaats daarvan houden we een korte check-in via "
		"Microsoft Teams, om te horen hoe elk OCMW het contact volhoudt. Verslag: Youssef El Amrani.\n\n"
		"Aanwezig: Lisa Asselman (OCMW Gent)\n\n# Afspraken\n\n→ Lisa: doodle volgende netwerkdag rondsturen\n\n"
		"→ volgende netwerkdag: Charleroi, feb. '18 (datum via doodle)\n"
	)
	assert report.is_online
	assert report.next_meeting_note == "volgende netwerkdag: Charleroi, feb. '18 (datum via doodle)"
	assert [a.owners for a in report.action_points] == [["Lisa Asselman"]]


def test_a_legend_of_initials_as_a_table_in_pairs_in_rows_or_one_cell_a_line():
	pairs = (
		"Verslag bijeenkomst 12 februari 2019\n\nAanwezig: GVA, YEI (OCMW Gent); EV (POD MI)\n\n**Legende / Légende**\n\n"
		"| GVA | Griet Van Acker | YEI | Yasmina El Idrissi |\n| EV | Els Verhaegen |  |  |\n\n"
		"**A. Verwelkoming**\n\nGriet Van Acker verwelkomt het netwerk in Gent.\n"
	)
	rows = (
		"Netwerkdag 11 juni 2018\n\nAanwezig: KVH (POD MI); LC (Agentschap Integratie en Inburgering, gast)\n\n"
		"*Legende initialen*\n\n| KVH | Katrien Van Hove | POD MI |\n| LC | Lotte Claes | Agentschap Integratie en Inburgering |\n\n"
		"**A. Verwelkoming**\n\nTekst.\n"
	)
	cells = (
		"Netwerkdag 11 juni 2018\nAanwezig: KVH (POD MI); EP (OCMW Antwerpen)\nLegende initialen\nKVH\nKatrien Van Hove\nPOD MI\n"
		"EP\nEls Peeters\nOCMW Antwerpen\n\nA. Verwelkoming\nEls opent de netwerkdag en overloopt het programma van de dag.\n"
	)
	assert [p.full_name for p in ri.recognise_report(pairs).attendees] == [
		"Griet Van Acker",
		"Yasmina El Idrissi",
		"Els Verhaegen",
	]
	assert [p.full_name for p in ri.recognise_report(rows).attendees] == ["Katrien Van Hove", "Lotte Claes"]
	assert [(p.full_name, p.cpas) for p in ri.recognise_report(cells).attendees] == [
		("Katrien Van Hove", None),
		("Els Peeters", "ANTWERPEN"),
	]


def test_how_someone_took_part_an_excused_mark_and_a_role_in_brackets_are_no_organisation():
	report = ri.recognise_report(
		"Rapport 4 février 2026\n\n| Organisation / Organisatie | Participants / Deelnemers |\n"
		"| OCMW Gent / CPAS de Gand | Wout Vermeulen (Teams), Yasmina El Khattabi (exc.) |\n"
		"| Partenaires d'Anvers / Partners Antwerpen | Kristof Mertens (Edegem, Teams), Griet Van den Broeck (Mortsel, exc.) |\n\n"
		"# A. Accueil\n\nTexte.\n"
	)
	assert sorted((p.attendance, p.full_name, p.cpas) for p in report.attendees) == [
		("Excused", "Griet Van den Broeck", "MORTSEL"),
		("Excused", "Yasmina El Khattabi", "GENT"),
		("Present", "Kristof Mertens", "EDEGEM"),
		("Present", "Wout Vermeulen", "GENT"),
	]
	assert [
		(p.full_name, p.organisation_type)
		for p in ri.split_people("Marc Delvaux, SPP IS (contrôle financier)")
	] == [("Marc Delvaux", "SPP")]
	report = ri.recognise_report(
		"Rapport 4 février 2026\n\n| Organisation | Participants |\n| CPAS de Bruxelles | Karim Benali, Lotte Willems (DPO) |\n\n"
		"# 1. Accueil\n\nTexte.\n"
	)
	assert [(p.full_name, p.cpas) for p in report.attendees] == [
		("Karim Benali", "BRUXELLES"),
		("Lotte Willems", "BRUXELLES"),
	]


def test_headings_numbered_ii_1_in_two_columns_and_again_in_the_other_language():
	report = ri.recognise_report(
		"Procès-verbal 17 novembre 2016\n\nPrésents : Didier Lhoest (CPAS de Liège)\n\n**II. Tour de table**\n\nTexte.\n\n"
		"**II.1 CPAS de Liège**\n\nTexte.\n\n**II.2 OCMW Gent**\n\nTexte.\n\n"
		"| III. Divers | III. Varia |\n| Le réseau se réunira encore. | Het netwerk komt nog samen. |\n"
	)
	assert [(s.number, s.heading) for s in report.sections] == [
		("II", "Tour de table"),
		("II.1", "CPAS de Liège"),
		("II.2", "OCMW Gent"),
		("III", "Divers"),
	]
	versions = ri.recognise_report(
		"Verslag 12 mei 2020\n\nAanwezig: Hanne De Smet (POD MI)\n\nNederlandse versie\n\n1. Welkom\n\n"
		"Hanne opent de vergadering en verwelkomt iedereen online.\n\n2. Varia\n\nGeen varia vandaag voor het netwerk.\n\n"
		"Version française\n\n1. Bienvenue\n\nHanne ouvre la réunion et accueille tout le monde en ligne.\n\n"
		"2. Divers\n\nPas de divers aujourd'hui pour le réseau.\n"
	)
	assert [(s.number, s.heading) for s in versions.sections] == [
		("", "Nederlandse versie"),
		("1", "Welkom"),
		("2", "Varia"),
		("", "Version française"),
		("1", "Bienvenue"),
		("2", "Divers"),
	]


def test_an_agenda_told_with_times_in_a_sentence_or_as_a_single_point():
	report = ri.recognise_report(
		"Netwerkdag 11 juni 2018\n\nAanwezig: Els Peeters (OCMW Antwerpen)\n\n**A. Verwelkoming**\n\n"
		"Els opent de netwerkdag en overloopt het programma: om 9.30 onthaal met koffie, om 10.00 voorstelling van "
		"het partnerschap, om 12.30 lunch en om 15.00 afspraken en afsluiting.\n"
	)
	assert [(a.from_time, a.title) for a in report.agenda] == [
		("09:30", "onthaal met koffie"),
		("10:00", "voorstelling van het partnerschap"),
		("12:30", "lunch"),
		("15:00", "afspraken en afsluiting"),
	]
	single = ri.recognise_report(
		"Réunion 23 avril 2020\n\nPrésents : Karim Bouzidi (SPP)\n\nRéunion en français, sans interprétation. "
		"Un seul point : la continuité des modules pendant le confinement.\n\n**Tour de table**\n\nTexte.\n"
	)
	assert [a.title for a in single.agenda] == ["la continuité des modules pendant le confinement"]


def test_tasks_with_resp_initials_beside_a_qui_cell_and_what_is_decided_or_done_already():
	report = ri.recognise_report(
		"Rapport 20 octobre 2022\n\nPrésents : Karim Bouzidi (KB) – SPP IS\n\n## D. Conservation\n\n"
		"Décision : les dossiers nominatifs restent au CPAS.\n\n"
		"Rédiger une note commune sur la durée de conservation des dossiers (resp. KB).\n\n"
		"| Partager la procédure de suivi téléphonique des participants. | Qui : Karim. |\n\n"
		"Reeds gedaan: de nieuwe contactlijst werd op 10/09 rondgestuurd.\n\n"
		"Karim heeft de planning van de modules al rondgestuurd (mail van 22/03).\n"
	)
	assert [(a.owner_type, a.owners, a.action[:25]) for a in report.action_points] == [
		("Network Contact", ["Karim Bouzidi"], "Rédiger une note commune "),
		("Network Contact", ["Karim Bouzidi"], "Partager la procédure de "),
	]


def test_a_draft_to_approve_a_provisional_version_incomplete_notes_and_a_part_that_follows_are_remarks():
	assert _remarks_of("Version provisoire, non relue par le SPP.") == [
		"Version provisoire, non relue par le SPP."
	]
	assert _remarks_of("Stand van zaken Mortsel: volgt na contact met Griet.") == [
		"Stand van zaken Mortsel: volgt na contact met Griet."
	]
	assert _remarks_of(
		"Texte. (mes notes sur le point 5 sont incomplètes – Pieter, peux-tu compléter ?)"
	) == ["(mes notes sur le point 5 sont incomplètes – Pieter, peux-tu compléter ?)"]
	assert _remarks_of("Le CPAS de Charleroi va compléter les chiffres de Binche dans un seul tableau.") == []
	report = ri.recognise_report(
		"Verslag 15 oktober 2019\n\nAanwezig: Els Peeters (OCMW Antwerpen)\n\n"
		"Geen simultaanvertaling: iedereen sprak zijn eigen taal.\n\n# 1. Welkom\n\nTekst.\n"
	)
	assert not report.simultaneous_interpretation


def test_a_people_list_wrapped_after_a_semicolon_and_cells_of_a_table_a_line_each_are_no_headings():
	report = ri.recognise_report(
		"Netwerkdag AMIF – verslag\nmaandag 11 juni 2018 – Mortsel, Sociaal Huis\n\n"
		"Aanwezig: KVH en PG (POD MI); EP, MA en TW (OCMW Antwerpen); AV (OCMW Schoten);\n"
		"KM (OCMW Edegem); SV (OCMW Brussel);\nLC (Agentschap Integratie en Inburgering, gast)\n\n"
		"A. Verwelkoming\nEls opent de netwerkdag in het Sociaal Huis en overloopt het programma van de dag.\n\n"
		"B. Afspraken\nActie\nWie\nTegen\nIntakeformulier doorsturen naar alle partners\nEls\n15/06/2018\n"
	)
	assert [p.full_name for p in report.attendees][-3:] == ["KM", "SV", "LC"]
	assert [s.heading for s in report.sections] == ["Verwelkoming", "Afspraken"]


def test_figures_said_to_come_later_a_draft_mark_alone_and_a_bracket_to_insert_are_remarks():
	assert _remarks_of("Les chiffres de Bruxelles seront ajoutés ultérieurement.") == [
		"Les chiffres de Bruxelles seront ajoutés ultérieurement."
	]
	assert _remarks_of("Foto's van het werkbezoek volgen.") == ["Foto's van het werkbezoek volgen."]
	assert _remarks_of("Cijfers indicatoren 2024 volgen na validatie door het POD.") == [
		"Cijfers indicatoren 2024 volgen na validatie door het POD."
	]
	assert _remarks_of("*[grafiek tussentijdse evaluatie invoegen]*") == [
		"[grafiek tussentijdse evaluatie invoegen]"
	]
	assert _remarks_of("De cijfers van Gent volgen de trend van vorig jaar.") == []
	report = ri.recognise_report(
		"**CONCEPTVERSIE**\n\n**Verslag partneroverleg**\n\nwoensdag 22 september 2021\n\n"
		"Aanwezig: Wouter Peeters (OCMW Antwerpen)\n\n# 1. Welkom\n\nTekst.\n"
	)
	assert report.remarks == ["CONCEPTVERSIE"]


def test_sub_headings_numbered_after_their_letter_or_number():
	report = ri.recognise_report(
		"Compte rendu du 15 octobre 2019\n\nPrésents : Sophie Thiry (Liège)\n\n"
		"## B. Activ'Up : la mobilisation\n\nTexte.\n\n**B.1 Le listing des bénéficiaires**\n\nTexte.\n\n"
		"**B.2 Les séances d'information**\n\nTexte.\n\n**2) Groepsgrootte**\n\nTekst.\n\n**2a) Regels per OCMW**\n\nTekst.\n"
	)
	assert [(s.number, s.heading) for s in report.sections] == [
		("B", "Activ'Up : la mobilisation"),
		("B.1", "Le listing des bénéficiaires"),
		("B.2", "Les séances d'information"),
		("2", "Groepsgrootte"),
		("2a", "Regels per OCMW"),
	]


def test_an_owner_in_bold_on_the_line_under_its_task_and_the_next_meeting_said_twice():
	report = ri.recognise_report(
		"Rapport du 17 mars 2022\n\nPrésents : Samira Benali (CPAS Bruxelles), Caroline Hanot (CPAS Binche)\n\n"
		"**2.3 Liège**\n\nLes ateliers restent à 3 + 1.\n\nConfirmer la reprise des ateliers en groupe de 6 + 1.\n\n"
		"**Qui : CPAS de Liège**\n\n**5. Divers**\n\nProposer deux dates pour une visite à Binche.\n\n**Qui : Caroline**\n\n"
		"Prochaine rencontre : mardi 14 juin 2022 à Binche (à confirmer).\n\n"
		"Volgende bijeenkomst: dinsdag 14 juni 2022 in Binche (te bevestigen).\n"
	)
	assert [s.heading for s in report.sections] == ["Liège", "Divers"]
	assert [(a.owner_type, a.owner_cpas, a.owners, a.action[:19]) for a in report.action_points] == [
		("CPAS", "LIEGE", ["CPAS de Liège"], "Confirmer la repris"),
		("Network Contact", None, ["Caroline Hanot"], "Proposer deux dates"),
	]
	assert report.next_meeting_date == "2022-06-14"
	assert report.next_meeting_note.startswith("mardi 14 juin 2022")


def test_people_tables_with_initials_an_excused_label_above_a_header_and_a_legend_two_a_row():
	report = ri.recognise_report(
		"**Verslag AMIF-netwerkoverleg**\n\nDonderdag 19 november 2020\n\n**Aanwezig**\n\n"
		"| Init. | Naam | Organisatie |\n| EW | Els Wouters | OCMW Antwerpen |\n| TC | Tom Claes | OCMW Schoten |\n\n"
		"**Verontschuldigd – Excusés**\n\n| Init. | Naam | Organisatie |\n| HB | Hamid Bouzid | OCMW Antwerpen |\n\n"
		"**1) Welkom**\n\nEW en TC bezorgen de cijfers vóór 1 december.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Els Wouters", "Present", "ANTWERPEN"),
		("Tom Claes", "Present", "SCHOTEN"),
		("Hamid Bouzid", "Excused", "ANTWERPEN"),
	]
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Several Network Contacts", ["Els Wouters", "Tom Claes"])
	]
	legend = ri.recognise_report(
		"Verslag dinsdag 14 juni 2022\n\nAanwezig: KM, ID (online)\n\n**Legende**\n\n"
		"| KM = Katrien Mertens (OCMW Antwerpen) | ID = Isabelle Gérard (CPAS Bruxelles) |\n\n# 1. Welkom\n\nTekst.\n"
	)
	assert [(p.full_name, p.cpas) for p in legend.attendees] == [
		("Katrien Mertens", "ANTWERPEN"),
		("Isabelle Gérard", "BRUXELLES"),
	]


@pytest.mark.parametrize(
	"people",
	[
		"Aanwezig\nInit.\nNaam\nOrganisatie\nEW\nEls Wouters\nOCMW Antwerpen\nTC\nTom Claes\nOCMW Schoten\n"
		"Verontschuldigd\nInit.\nNaam\nOrganisatie\nHB\nHamid Bouzid\nOCMW Antwerpen\n",  # one cell a line
		"Aanwezig\nInit. Naam Organisatie\nEW Els Wouters OCMW Antwerpen\nTC Tom Claes OCMW Schoten\n"
		"Verontschuldigd\nInit. Naam Organisatie\nHB Hamid Bouzid OCMW Antwerpen\n",  # a PDF's cells run together
		"Deelnemers\nOrganisatie Naam Deelname\nOCMW Antwerpen Els Wouters online\nOCMW Schoten Tom Claes ter plaatse\n"
		"OCMW Antwerpen Hamid Bouzid verontschuldigd\n",
		"Aanwezig / Présents:\nOrganisatie / Organisation\nNaam / Nom\nOCMW Antwerpen\nEls Wouters\nOCMW Schoten\n"
		"Tom Claes\nVerontschuldigd / Excusés: Hamid Bouzid (OCMW Antwerpen)\n",
	],
)
def test_a_people_table_as_a_text_export_gives_it(people):
	report = ri.recognise_report(
		f"Verslag AMIF-netwerkoverleg\nDonderdag 19 november 2020\n{people}Agenda\n"
		"10.00 Welkom\n11.00 Varia\n1) Welkom\nHet overleg begint met een korte ronde over de groepen.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Els Wouters", "Present", "ANTWERPEN"),
		("Tom Claes", "Present", "SCHOTEN"),
		("Hamid Bouzid", "Excused", "ANTWERPEN"),
	]


def test_a_people_table_of_name_organisation_and_role_one_cell_a_line_ends_at_its_sentence():
	report = ri.recognise_report(
		"Procès-verbal de la réunion du jeudi 16 mars 2023\n\nMembres présents\nNom\nOrganisation\nFonction\n"
		"Nadia Boukhris\nSPP IS\ncoordinatrice du réseau\nJulien Lhoest\nCPAS de Liège\nresponsable Mod'Actions\n"
		"Interprétation simultanée FR–NL assurée par Marianne Lefèvre et Ann Goossens.\n"
		"Membres excusés : Jeroen Van Hecke (SPP IS)\n\n1. Approbation\nLe procès-verbal est approuvé.\n"
	)
	assert [(p.full_name, p.attendance) for p in report.attendees] == [
		("Nadia Boukhris", "Present"),
		("Julien Lhoest", "Present"),
		("Marianne Lefèvre", "Present"),
		("Ann Goossens", "Present"),
		("Jeroen Van Hecke", "Excused"),
	]


def test_people_grouped_with_a_plural_label_or_who_came_along():
	report = ri.recognise_report(
		"Netwerkoverleg AMIF – donderdag 25/11/2021 (Webex)\n\n"
		"Deelnemers: Jeroen Van Hecke (POD); OCMW's: Bram De Smet (Gent), Olivier Remacle (Luik).\n\n"
		"Étaient présents :\n- Anvers : Els Verhoeven, avec Kris Janssens (Schoten)\n\n# 1. Intro\n\nTekst.\n"
	)
	assert [(p.full_name, p.cpas) for p in report.attendees] == [
		("Jeroen Van Hecke", None),
		("Bram De Smet", "GENT"),
		("Olivier Remacle", "LIEGE"),
		("Els Verhoeven", "ANTWERPEN"),
		("Kris Janssens", "SCHOTEN"),
	]


def test_owners_in_an_action_bracket_a_passive_with_its_participle_an_arrow_after_the_task_and_none_yet():
	report = ri.recognise_report(
		"Verslag dinsdag 14 april 2020\n\nAanwezig: Hélène Vandamme (POD MI), Pieter Claeys (POD MI), "
		"Karim El Ouali (OCMW Gent), Wouter Peeters (OCMW Antwerpen)\n\n# 1. Stand van zaken\n\n"
		"Vanaf mei mogen kleine groepen terug.\n\n"
		"→ Overzicht van de groepsregels per OCMW bijhouden → Hélène\n\n"
		"De planning van de modules wordt doorgestuurd naar alle OCMW's (actie: Pieter).\n\n"
		"Correctie in het verslag van 8 juni doorvoeren en opnieuw rondsturen (Wouter).\n\n# 2. Acties\n\n"
		"- De pictogrammen van Gent worden door Karim gedeeld via de gedeelde map.\n"
		"- De vertaling in het Arabisch wordt door elk OCMW nagelezen.\n"
		"- Nalezen van de Franse versie: nog te verdelen.\n"
	)
	assert [(a.owner_type, a.owners, a.owner_cpas) for a in report.action_points] == [
		("Network Contact", ["Hélène Vandamme"], None),
		("Network Contact", ["Pieter Claeys"], None),
		("Network Contact", ["Wouter Peeters"], None),
		("Network Contact", ["Karim El Ouali"], None),
		("CPAS", ["elk OCMW"], None),
		("To Be Assigned", [], None),
	]


def test_a_label_on_a_line_of_its_own_in_a_pdfs_raw_text_is_not_joined_to_the_line_before():
	report = ri.recognise_report(
		"CPAS de Charleroi – Service Action Migrants\nRéunion réseau FAMI – Charleroi\n"
		"jeudi 28 septembre 2017, Service Action Migrants, Charleroi\n"
		"(notes prises en réunion, mises au propre le 4 octobre – désolée pour le retard)\nÉtaient présents :\n"
		"\uf0b7 SPP : Hélène Vandamme, Pieter Claeys\n\uf0b7 Charleroi : Sandrine Mathy, Karim Benali, Laetitia Dupont\n"
		"\uf0b7 Binche : Valérie Houdart\n\uf0b7 Liège : Julien Lhoest\n\uf0b7 Gand : Sofie Van Acker\n"
		"\uf0b7 Anvers : Els Verhoeven, avec Kris Janssens (Schoten)\n\uf0b7 Bruxelles : Moussa Diallo\n"
		"Excusée : Catherine Delvaux (Bruxelles)\n"
		"Pas d'interprète cette fois : les collègues néerlandophones ont suivi en français.\nIntroduction\n"
		"Sandrine ouvre la réunion et rappelle l'ordre du jour : la visite des ateliers Activ'Up, le\n"
		"recrutement via les antennes sociales, le bilan des modules 1 et 2, et les divers. Tour de\n"
		"présentation rapide, café.\nVisite des ateliers\n"
		"Visite de l'atelier carton et de l'atelier informatique. Les participants expliquent eux-mêmes ce\n"
	)
	assert [p.full_name for p in report.attendees][:3] == [
		"Hélène Vandamme",
		"Pieter Claeys",
		"Sandrine Mathy",
	]
	assert len(report.attendees) == 12


def test_nobody_yet_a_town_with_a_deadline_and_the_next_meetings_date_set_in_bold():
	report = ri.recognise_report(
		"Verslag dinsdag 13 februari 2025\n\nAanwezig: Inge Maes (OCMW Edegem)\n\n# 1. Indicatoren\n\n"
		"- Locatie voor de netwerkdag van oktober zoeken → nog niemand\n\n"
		"Beslist: de enquête wordt overal gebruikt. De werkgroep evaluatie trekken: nog niemand aangeduid.\n\n"
		"Trait d'Union telt 18 deelnemers. Brussel dient zijn projectfiche in vóór 31 maart.\n\n"
		"# 5. Prochaine réunion – Volgende bijeenkomst\n\n**Jeudi 16 mars 2025, CPAS de Gand**\n"
	)
	assert [(a.owner_type, a.owner_cpas, a.action[:22]) for a in report.action_points] == [
		("To Be Assigned", None, "Locatie voor de netwerk"[:22]),
		("To Be Assigned", None, "De werkgroep evaluatie "[:22]),
		("CPAS", "BRUXELLES", "Brussel dient zijn pro"),
	]
	assert [s.heading for s in report.sections] == ["Indicatoren", "Prochaine réunion – Volgende bijeenkomst"]
	assert report.next_meeting_date == "2025-03-16"


def test_arrows_that_a_pdfs_raw_text_gives_after_their_line():
	report = ri.recognise_report(
		"Verslag check-in\nDinsdag 14 april 2020 via Teams\nAanwezig: Hélène Vandamme (POD MI), Sofie Van Acker "
		"(OCMW Gent)\n1. Stand van zaken\nVanaf mei mogen kleine groepen terug, maar de regels verschillen.\n"
		"Overzicht van de groepsregels per OCMW bijhouden Hélène\n→ →\n"
		"Aantal deelnemers met telefonische opvolging doorsturen vóór 5 mei alle OCMW's\n→ →\n"
		"Réserver la salle de Binche pour les séances d'information — Qui : POD\n→\n2. Varia\nGeen.\n"
	)
	assert [(a.owner_type, a.owners, a.action[:20]) for a in report.action_points] == [
		("Network Contact", ["Hélène Vandamme"], "Overzicht van de gro"),
		("CPAS", ["alle OCMW's"], "Aantal deelnemers me"),
		("SPP", ["POD"], "Réserver la salle de"),
	]


def test_people_tables_whose_cells_a_pdfs_raw_text_runs_together():
	report = ri.recognise_report(
		"Verslag bijeenkomst\nDinsdag 10 oktober 2023\nAanwezig – Présents\n"
		"Organisatie – Organisation Aanwezig – Présent(e)s\nPOD MI – SPP IS Sofie Verbeke, Griet Vanhoutte\n"
		"OCMW Edegem An Wouters\nTolken – Interprètes Anne-Sophie Michiels, Claire Dubois\n"
		"Verontschuldigd – Excusés: Wouter Peeters (OCMW Antwerpen)\nAgenda\n10.00-10.20 Welkom\n"
		"1. Welkom\nHet overleg begint met een ronde.\n"
	)
	assert [(p.full_name, p.attendance, p.organisation_type, p.cpas) for p in report.attendees] == [
		("Sofie Verbeke", "Present", "SPP", None),
		("Griet Vanhoutte", "Present", "SPP", None),
		("An Wouters", "Present", "CPAS", "EDEGEM"),
		("Anne-Sophie Michiels", "Present", None, None),
		("Claire Dubois", "Present", None, None),
		("Wouter Peeters", "Excused", "CPAS", "ANTWERPEN"),
	]
	named = ri.recognise_report(
		"Procès-verbal de la réunion du réseau FAMI du jeudi 16 mars 2023\nMembres présents\n"
		"Nom Organisation Fonction\nNadia Boukhris SPP IS coordinatrice du réseau\n"
		"Katrien Mertens CPAS d'Anvers coordinatrice AMIF\nIlse Maes CPAS de Gand coordinatrice AMIF\n"
		"Membres excusés : Jeroen Van Hecke (SPP IS)\n1. Approbation\nLe procès-verbal est approuvé.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in named.attendees] == [
		("Nadia Boukhris", "Present", None),
		("Katrien Mertens", "Present", "ANTWERPEN"),
		("Ilse Maes", "Present", "GENT"),
		("Jeroen Van Hecke", "Excused", None),
	]


def test_people_per_organisation_a_line_each_are_not_joined_by_a_pdfs_raw_text():
	report = ri.recognise_report(
		"".join(
			[
				"CPAS de Liège – Mod' Actions\n",
				"Version provisoire\n",
				"Compte rendu – réunion du réseau FAMI (Teams)\n",
				"Vendredi 14 février 2025, de 9h30 à 11h30, en ligne sur Teams, avec interprétation simultanée FR/NL.\n",
				"Rédaction : Julie Renard (CPAS de Liège)\n",
				"Présents :\n",
				"pour le SPP : Sofie Verbeke, Nathalie Dumoulin\n",
				"pour Gand : Lies Verhaeghe\n",
				"pour Anvers : Nadia Bouzid\n",
				"pour Bruxelles : Samira Benali\n",
				"pour Charleroi : Aurélie Lefebvre\n",
				"pour Binche : Caroline Hanot\n",
				"pour Liège : Julie Renard, Mehdi Benkirane\n",
				"Interprètes : Anne-Sophie Michiels, Dirk Vermeulen\n",
				"Excusés : Hanne Van Damme (Gand), Kristof Van Looy (Schoten)\n",
				"Ordre du jour :\n",
				"\uf0b7 Tour de table des projets\n",
				"\uf0b7 Indicateurs 2024 : état de la collecte\n",
				"\uf0b7 Nouvel appel FAMI et calendrier\n",
				"\uf0b7 Divers\n",
				"1 – Tour de table des projets\n",
				"Liège : je me suis présentée, je remplace Sophie Lambotte depuis janvier. Le module d'automne s'est\n",
				"terminé avec 14 participants.\n",
				"Anvers : les partenaires Schoten, Edegem et Mortsel ont chacun un groupe en cours. Bruxelles : Pont-\n",
				"Brug fonctionne bien mais il manque un animateur néerlandophone. Charleroi et Binche : l'atelier\n",
				"mensuel à Binche continue.\n",
				"Nadia et Lies vont comparer leurs modèles de convention avec les participants.\n",
				"2 – Indicateurs 2024 : état de la collecte\n",
				"Charleroi a déjà envoyé ses chiffres la semaine passée. Il manque encore plusieurs CPAS. (les chiffres\n",
				"de Gand seront ajoutés dès réception)\n",
			]
		)
	)
	assert [(p.full_name, p.cpas) for p in report.attendees][:8] == [
		("Sofie Verbeke", None),
		("Nathalie Dumoulin", None),
		("Lies Verhaeghe", "GENT"),
		("Nadia Bouzid", "ANTWERPEN"),
		("Samira Benali", "BRUXELLES"),
		("Aurélie Lefebvre", "CHARLEROI"),
		("Caroline Hanot", "BINCHE"),
		("Julie Renard", "LIEGE"),
	]


def test_an_owner_at_the_start_of_an_item_stops_before_the_tasks_verb_and_an_arrow_inside_an_item_stays():
	report = ri.recognise_report(
		"Compte rendu du 3 mars 2026\n\nPrésents : Lien De Smet (CPAS Gand), Nadia Belkacem (CPAS Liège)\n\n"
		"# 1. Actions\n\n- Lien De Smet Proposer une date et un lieu à Gand pour la réunion\n"
	)
	assert [(a.owner_type, a.owners) for a in report.action_points] == [("Network Contact", ["Lien De Smet"])]
	raw = ri.recognise_report(
		"".join(
			[
				"Verslag bijeenkomst OCMW's – AMIF-netwerk\n",
				"Online (Zoom) – dinsdag 10 februari 2026, 9u30 – 12u30\n",
				"Simultaanvertaling NL-FR via het tolkkanaal van Zoom: Jan Hermans en Lucie Marchal (tolken).\n",
				"Verslag: Thomas Claeys (POD MI) – Franse versie volgt\n",
				"Aanwezig\n",
				"Naam Organisatie\n",
				"Thomas Claeys POD MI\n",
				"Sarah Benali POD MI\n",
				"Hanne Verstraete OCMW Gent\n",
				"Sophie Grandjean OCMW Luik\n",
				"Julie Lambot OCMW Charleroi\n",
				"VI. Actiepunten\n",
				"POD MI: nota over de bewaartermijnen rondsturen (art. 82 Verordening 2021/1060)\n",
				"→\n",
				"Elk OCMW: de eigen bewaarregels voor deelnemersdossiers nakijken en terugkoppelen vóór\n",
				"→\n",
				"31 maart\n",
				"Sophie (Luik) en Hanne (Gent): een gezamenlijk model van antwoord op een inzageverzoek\n",
				"→\n",
				"uitwerken\n",
				"OCMW Antwerpen: cijfers van de partners Schoten en Edegem bundelen voor het jaarverslag\n",
				"→\n",
				"Julie: resultaten tevredenheidsenquête 2025 van Charleroi en Binche delen\n",
				"→\n",
				"Organisatie fysieke bijeenkomst in juni: gastheer nog te bepalen\n",
				"→\n",
			]
		)
	)
	assert [(a.owner_type, a.owners) for a in raw.action_points][1:4] == [
		("CPAS", ["Elk OCMW"]),
		("Several Network Contacts", ["Sophie Grandjean", "Hanne Verstraete"]),
		("CPAS", ["OCMW Antwerpen"]),
	]


def test_a_people_table_in_an_annex_whose_cells_a_pdfs_raw_text_runs_together():
	report = ri.recognise_report(
		"Netwerkdag AMIF – donderdag 9 oktober 2025\nVerslag: Lotte Vanhove (OCMW Gent)\n"
		"Deelnemerslijst: zie bijlage 1.\nOpening\nHilde Verstraete heet iedereen welkom in Gent.\n"
		"Bijlage 1 – Deelnemerslijst\nNaam / Nom Organisatie / Organisation Aanwezig / Présent\n"
		"Lotte Vanhove OCMW Gent ✓\nAnn Wouters OCMW Edegem verontschuldigd / excusée\n"
		"Wim Dierckx Agentschap Integratie en\nInburgering\n✓\nGeert Hofman tolk ✓\nBert Van Acker Interprète Présent\n"
		"Sophie Delvaux CPAS de Charleroi Excusée\n"
	)
	assert sorted((p.full_name, p.attendance, p.cpas or "") for p in report.attendees) == [
		("Ann Wouters", "Excused", "EDEGEM"),
		("Bert Van Acker", "Present", ""),
		("Geert Hofman", "Present", ""),
		("Lotte Vanhove", "Present", "GENT"),
		("Sophie Delvaux", "Excused", "CHARLEROI"),
		("Wim Dierckx", "Present", ""),
	]


def test_a_to_do_list_of_owners_and_tasks_a_tab_apart_in_a_text_export():
	report = ri.recognise_report(
		"Verslag AMIF-netwerk OCMW's — Gent, 29 januari 2026\n"
		"Aanwezig: Pieter Claeys (PC) – OCMW Gent; Nathalie Grosjean (NG) en Mehdi Benali (MB) – CPAS Luik; "
		"Catherine Vanderhaegen (CV) – OCMW Brussel\n1) Opening\nPC verwelkomt iedereen in Gent.\n"
		"5) Varia\nVolgende vergadering: do 11/06/2026 in Brussel\nTo do\n"
		"PC\toproep getuigenissen intern doorsturen naar de maatschappelijk werkers\n"
		"NG + MB\tFranse versie van de enquête nalezen (legende pictogrammen)\n"
		"CV zaal reserveren in Brussel voor 11/06\n??\tArabische versie testen met een groep (wie?)\n"
	)
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Network Contact", ["Pieter Claeys"]),
		("Several Network Contacts", ["Nathalie Grosjean", "Mehdi Benali"]),
		("Network Contact", ["Catherine Vanderhaegen"]),
		("To Be Assigned", []),
	]


def test_a_pdfs_layout_numbered_heading_and_a_plain_title_above_an_action_table():
	report = ri.recognise_report(
		"Verslag netwerkoverleg AMIF\nDonderdag 5 februari 2026\nAanwezig: Sarah Moens (POD MI), "
		"Ahmed Ouali (OCMW Antwerpen), Rachid Amrani (OCMW Antwerpen)\n\n5     Rondvraag\n"
		"Rachid Amrani vraagt of er een themadag kan komen.\n\n6     Actiepunten\n"
		"Actie                      Verantwoordelijke     Timing                        Status\n"
		"Handleiding                POD MI (Sarah)        13/02                         open\n"
		"indicatoren in\neenvoudige taal delen\n"
		"Vragenlijst tussentijdse   Ahmed + Rachid        maart                         open\n"
		"evaluatie vertalen naar\nhet Frans\n"
	)
	assert [(s.number, s.heading) for s in report.sections] == [("5", "Rondvraag"), ("6", "Actiepunten")]
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Network Contact", ["Sarah Moens"]),
		("Several Network Contacts", ["Ahmed Ouali", "Rachid Amrani"]),
	]
	decisions = ri.recognise_report(
		"Relevé des décisions – réunion du 8 octobre 2018\n\nCPAS / SPP      Présent(e)s\n"
		"Liège           Nathalie Grosjean\nSPP IS          Lotte Verhaegen\n\nDécisions et suites à donner\n"
		"N°    Point                 Décision / action                                      Qui ?            Pour\n"
		"1     Enquête de            Faire traduire le questionnaire en arabe, dari et      SPP IS           janvier 2019\n"
		"      satisfaction          tigrinya.\n"
	)
	assert [s.heading for s in decisions.sections] == ["Décisions et suites à donner"]
	assert [
		(a.owner_type, "Faire traduire le questionnaire" in a.action) for a in decisions.action_points
	] == [("SPP", True)]


def test_a_training_on_working_with_interpreters_is_no_interpretation_and_a_numbered_agenda_stays_one():
	report = ri.recognise_report(
		"Verslag regionaal overleg – dinsdag 12 november 2024\nAanwezig: Tom Verbruggen (OCMW Antwerpen)\n\n"
		"Ordre du jour / Agenda :\n1.   Suivi des participants pendant le confinement\n2.   Divers / Varia\n\n"
		"1.     Opvolging vorig verslag\n    Vorming 'werken met tolken': nog niet gepland.\n"
	)
	assert not report.simultaneous_interpretation
	assert [a.title for a in report.agenda] == [
		"Suivi des participants pendant le confinement",
		"Divers / Varia",
	]


@pytest.mark.parametrize(
	"body, remark",
	[
		(
			"Opmerkingen op dit verslag graag vóór 22 mei aan Sanne.",
			"Opmerkingen op dit verslag graag vóór 22 mei aan Sanne.",
		),
		("ONTWERPVERSLAG – nog niet goedgekeurd", "ONTWERPVERSLAG – nog niet goedgekeurd"),
		(
			"Versie ter goedkeuring – version pour approbation",
			"Versie ter goedkeuring – version pour approbation",
		),
		("*Traduction provisoire – à relire*", "Traduction provisoire – à relire"),
		("*Note rapide, non relue.*", "Note rapide, non relue."),
		(
			"PS : le rapport complet suivra la semaine prochaine.",
			"PS : le rapport complet suivra la semaine prochaine.",
		),
		(
			"- Bijlage 2: resultaten brainstorm (volgt / suit)",
			"Bijlage 2: resultaten brainstorm (volgt / suit)",
		),
		("Schoten zit aan 9. Cijfers Edegem volgen.", "Cijfers Edegem volgen."),
	],
)
def test_a_version_not_final_comments_asked_and_an_annex_or_figures_that_follow_are_remarks(body, remark):
	assert _remarks_of(body) == [remark]
	assert _remarks_of("Le rapport annuel 2021 suivra le même modèle que 2020.") == []
	assert (
		_remarks_of("Chaque CPAS envoie ses remarques sur le projet de fiche 2023 avant le 1er mars.") == []
	)


def test_an_owner_asked_first_a_counted_agenda_in_a_sentence_and_a_task_marked_done():
	report = ri.recognise_report(
		"Point téléphonique FAMI – mardi 9 février 2021, Teams\n\n"
		"En ligne : Claire Dujardin (SPP IS), Marc Delvaux (CPAS de Liège)\n\n"
		"Court appel. Deux sujets : la limite de taille des groupes et les indicateurs 2020.\n\n"
		"Le programme : à 10h15, les contrats des participants ; à 11h30, le point du SPP ; de 13h30 à 15h30, un atelier.\n\n"
		"À faire :\n\n– Qui : Marc Delvaux – envoyer le tableau de présence de janvier à Claire.\n\n"
		"– Qui : ? – préparer une note commune sur la limite de taille des groupes.\n\n"
		"– Contactpersoon doorgeven aan Antwerpen (gedaan)\n"
	)
	assert [a.title for a in report.agenda][:2] == ["la limite de taille des groupes", "les indicateurs 2020"]
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Network Contact", ["Marc Delvaux"]),
		("To Be Assigned", []),
	]


def test_a_people_table_headed_initials_and_name_comma_organisation_and_remarks_in_a_people_list():
	report = ri.recognise_report(
		"Verslag 4 oktober 2022\n\n**Aanwezig (initialen gebruikt in dit verslag):**\n\n"
		"| Initialen | Naam, organisatie |\n| KV | Katrien Verhulst, POD MI |\n| CH | Céline Hardy, CPAS Luik |\n\n"
		"Aanwezig ook:\n- OCMW Luik: Marie Fontaine en een collega van het onthaal (naam niet genoteerd – na te vragen)\n\n"
		"# 1. Welkom\n\nKV bezorgt het invulsjabloon voor de indicatoren tegen 15 november.\n"
	)
	assert [(p.full_name, p.cpas) for p in report.attendees] == [
		("Katrien Verhulst", None),
		("Céline Hardy", "LIEGE"),
		("Marie Fontaine", "LIEGE"),
	]
	assert report.remarks == ["(naam niet genoteerd – na te vragen)"]
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Network Contact", ["Katrien Verhulst"])
	]


@pytest.mark.parametrize(
	"table",
	[
		"| Uur | Onderwerp |\n| 10.00-10.30 | Welkom |\n\n| Naam | Organisatie | Aanwezig |\n"
		"| Ilse Maes | OCMW Gent | x |\n| Tom Claes | OCMW Schoten | verontschuldigd |\n",  # after the agenda's table
		"| Participant·e | Organisation | Présence |\n| Ilse Maes | CPAS de Gand | présente |\n"
		"| Tom Claes | CPAS de Schoten | excusé (congé) |\n",
	],
)
def test_a_people_table_without_a_label_after_the_agenda_or_headed_participant(table):
	report = ri.recognise_report(
		f"Verslag netwerkoverleg\n\nDinsdag 21 maart 2023\n\n{table}\n# 1. Welkom\n\nTekst.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Ilse Maes", "Present", "GENT"),
		("Tom Claes", "Excused", "SCHOTEN"),
	]


def test_the_people_of_an_annex_table_and_a_list_in_two_language_columns():
	annex = ri.recognise_report(
		"Netwerkdag 22 mei 2025\n\nAanwezigheidslijst: zie bijlage 3\n\n# 1. Welkom\n\nTekst.\n\n"
		"**Bijlage 3 – Aanwezigheidslijst**\n\n| Naam / Nom | Organisatie / Organisation | Aanwezig / Présent |\n"
		"| Bram Vandenberghe | OCMW Gent (verslag / rapport) | ja / oui |\n| Sofie Maes | tolk / interprète | ja / oui |\n"
		"| Dirk Van Gorp | OCMW Edegem | verontschuldigd / excusé |\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in annex.attendees] == [
		("Bram Vandenberghe", "Present", "GENT"),
		("Sofie Maes", "Present", None),
		("Dirk Van Gorp", "Excused", "EDEGEM"),
	]
	columns = ri.recognise_report(
		"Rapport – Verslag\n\nJeudi 22 novembre 2018\n\n"
		"| Présents : Sarah Mertens (CPAS de Bruxelles) ; Bart De Smet (CPAS de Gand). | "
		"Aanwezig: Sarah Mertens (OCMW Brussel); Bart De Smet (OCMW Gent). |\n\n"
		"| Excusée : Véronique Dethier (CPAS de Charleroi). | Verontschuldigd: Véronique Dethier (OCMW Charleroi). |\n\n"
		"**A. Introduction – Inleiding**\n\nTekst.\n"
	)
	assert [(p.full_name, p.attendance) for p in columns.attendees] == [
		("Sarah Mertens", "Present"),
		("Bart De Smet", "Present"),
		("Véronique Dethier", "Excused"),
	]


def test_how_people_took_part_and_who_wrote_the_report_are_no_people():
	report = ri.recognise_report(
		"Réunion du réseau – jeudi 7 octobre 2021\n\n"
		"Étaient présents sur place : Hakim Bouzidi (CPAS de Charleroi), Anne-Sophie Lemaire (SPP IS). "
		"Sur Teams : Fabienne Collard (CPAS de Liège).\n\n**Excusés :**\n\n- CPAS Bruxelles: Anaïs Vander Elst\n"
		"Verslag / Rapport : Ruben Peeters (OCMW Antwerpen)\n\n# 1. Accueil\n\nTexte.\n"
	)
	assert [(p.full_name, p.attendance) for p in report.attendees] == [
		("Hakim Bouzidi", "Present"),
		("Anne-Sophie Lemaire", "Present"),
		("Fabienne Collard", "Present"),
		("Anaïs Vander Elst", "Excused"),
	]


@pytest.mark.parametrize(
	"legend",
	[
		"Legende\nInitialen Naam Organisatie\nLC Lotte Claeys OCMW Gent (verslag)\nKBa Koen Baert OCMW Gent\n"
		"VL Véronique Lambotte POD Maatschappelijke\nIntegratie\nAVE Anaïs Vander Elst OCMW Brussel\n",  # PDF raw
		"Legende\nInitialen\nNaam\nOrganisatie\nLC\nLotte Claeys\nOCMW Gent (verslag)\nKBa\nKoen Baert\nOCMW Gent\n"
		"VL\nVéronique Lambotte\nPOD MI\nAVE\nAnaïs Vander Elst\nOCMW Brussel\n",  # one cell a line
		"**Legende**\n\n| Initialen | Naam | Organisatie |\n| LC | Lotte Claeys | OCMW Gent (verslag) |\n"
		"| KBa | Koen Baert | OCMW Gent |\n| VL | Véronique Lambotte | POD MI |\n| AVE | Anaïs Vander Elst | OCMW Brussel |\n",
	],
)
def test_a_legend_of_initials_run_together_one_cell_a_line_or_in_a_table(legend):
	report = ri.recognise_report(
		"Verslag netwerkoverleg\nDinsdag 21 maart 2023\nAanwezig: LC, KBa, VL, AVE\n"
		f"{legend}Agenda\n10u00 Welkom\n1. Welkom\nLC opent de vergadering en overloopt de agenda van vandaag.\n"
	)
	assert [p.full_name for p in report.attendees] == [
		"Lotte Claeys",
		"Koen Baert",
		"Véronique Lambotte",
		"Anaïs Vander Elst",
	]
	assert [s.heading for s in report.sections] == ["Welkom"]


def test_a_people_table_run_together_whose_status_wraps_and_a_letter_heading_after_a_table_one_cell_a_line():
	run_together = ri.recognise_report(
		"Compte rendu de la rencontre\nJeudi 22 mars 2018\nNom Organisation Statut\n"
		"Véronique Hublet CPAS de Binche (partenaire\nde Charleroi)\nPrésente\nNadia Amrani CPAS d'Anvers Présente\n"
		"Youssef Benali CPAS de Bruxelles Excusé\nA. Accueil\n"
		"La journée a commencé par l'accueil des participants et un tour de table sur les modules en cours.\n"
	)
	assert [(p.full_name, p.attendance) for p in run_together.attendees] == [
		("Véronique Hublet", "Present"),
		("Nadia Amrani", "Present"),
		("Youssef Benali", "Excused"),
	]
	cells = ri.recognise_report(
		"Compte rendu de la rencontre\nJeudi 22 mars 2018\n\nNom\nOrganisation\nStatut\nNadia Amrani\n"
		"CPAS d'Anvers\nPrésente\nYoussef Benali\nCPAS de Bruxelles\nExcusé\n\nA. Accueil\n"
		"La journée a commencé par l'accueil des participants et un tour de table sur les modules en cours.\n"
		"B. Visite de la ferme\nLa ferme du CPAS accueille chaque semaine un groupe de participants pour du jardinage.\n"
	)
	assert [p.full_name for p in cells.attendees] == ["Nadia Amrani", "Youssef Benali"]
	assert [(s.number, s.heading) for s in cells.sections] == [("A", "Accueil"), ("B", "Visite de la ferme")]


def test_a_title_over_the_date_a_heading_about_attendance_and_a_second_versions_agenda():
	report = ri.recognise_report(
		"# Point de contact FAMI – appel Teams\n\nMardi 12 mai 2020, 10h00 – 10h45 (en ligne)\n\n"
		"| Participant·e | Organisation | Présence |\n| Caroline Hermans | SPP IS | présente |\n\n"
		"**Agenda**\n\n- 10u00 Onthaal\n- 10u15 Stand van zaken\n\n# 1 Welkom\n\nTekst.\n\n# 2 Aanwezigheidsgraad\n\n"
		"Gent werkt met een minimale aanwezigheidsgraad.\n\n# Version française\n\n**Ordre du jour**\n\n"
		"- 10h00 Accueil\n- 10h15 État des lieux\n\n# 1 Accueil\n\nTexte.\n"
	)
	assert [p.full_name for p in report.attendees] == ["Caroline Hermans"]
	assert [(a.from_time, a.title) for a in report.agenda] == [
		("10:00", "Onthaal"),
		("10:15", "Stand van zaken"),
	]
	assert [(s.number, s.heading) for s in report.sections][:2] == [
		("1", "Welkom"),
		("2", "Aanwezigheidsgraad"),
	]


@pytest.mark.parametrize(
	"agenda",
	[
		"Uur / Heure\nOnderwerp / Sujet\n9u30 – 10u00\nOnthaal en koffie / Accueil et café\n10u00 – 11u00\nVaria / Divers\n",
		"Programma / Programme\nUur / Heure\nProgramma\nProgramme\n09.30-10.00\nOnthaal en koffie\nAccueil et café\n"
		"10.00-11.00\nVaria\nDivers\n",  # a third column, the second's translation
		"| Uur / Heure | Programma | Programme |\n| 09.30-10.00 | Onthaal en koffie | Accueil et café |\n"
		"| 10.00-11.00 | Varia | Divers |\n",
	],
)
def test_an_agenda_table_in_two_languages_one_cell_a_line_or_with_a_translated_column(agenda):
	report = ri.recognise_report(
		f"Verslag bijeenkomst\nDinsdag 14 maart 2017\n{agenda}\n1. Onthaal\nTekst.\n"
	)
	assert [(a.from_time, a.to_time, a.title.split(" / ")[0]) for a in report.agenda] == [
		("09:30", "10:00", "Onthaal en koffie"),
		("10:00", "11:00", "Varia"),
	]


def test_an_agenda_in_a_sentence_with_a_part_of_the_day_before_its_time():
	report = ri.recognise_report(
		"Rapport du jeudi 22 novembre 2018\n\nPrésents : Sarah Mertens (CPAS de Bruxelles)\n\n# A. Introduction\n\n"
		"Sarah Mertens ouvre la réunion à 9h45. Le programme de la journée : à 10h00, la présentation du projet ; "
		"à 11h00, un tour de table ; l'après-midi, de 13h30 à 15h30, un atelier sur la communication.\n"
	)
	assert [(a.from_time, a.to_time, a.title) for a in report.agenda] == [
		("10:00", "", "la présentation du projet"),
		("11:00", "", "un tour de table"),
		("13:30", "15:30", "un atelier sur la communication"),
	]


@pytest.mark.parametrize(
	"sentence, owner",
	[
		("Alle OCMW's melden elke wijziging van de regel aan de POD.", ("CPAS", ["Alle OCMW's"])),
		(
			"Sofie Ghekiere en Sarah Mertens stellen samen een korte handleiding op voor videobellen.",
			("Several Network Contacts", ["Sofie Ghekiere", "Sarah Mertens"]),
		),
		(
			"Tous les CPAS testent la version en plusieurs langues d'ici septembre.",
			("CPAS", ["Tous les CPAS"]),
		),
		(
			"Anne-Sophie rappelle que tous les CPAS doivent encoder les indicateurs de l'année pour le 31 janvier.",
			("CPAS", ["Tous les CPAS"]),
		),
		(
			"Controle van de gegevens van afgesloten trajecten (ouder dan 5 jaar): nog te bepalen.",
			("To Be Assigned", []),
		),
	],
)
def test_present_tense_tasks_of_every_cpas_or_two_people_a_reminder_and_an_owner_not_yet_known(
	sentence, owner
):
	report = ri.recognise_report(
		"Verslag dinsdag 17 november 2020\n\nAanwezig: Sofie Ghekiere (OCMW Gent), Sarah Mertens (OCMW Brussel), "
		f"Anne-Sophie Lemaire (SPP IS)\n\n# 1. Groepen\n\n{sentence}\n"
	)
	assert [(a.owner_type, a.owners) for a in report.action_points] == [owner]
	assert (
		ri.recognise_report(
			"Verslag dinsdag 17 november 2020\n\n# 1. Groepen\n\nSofie meldt dat de groep vol zit.\n\n"
			"Volgende bijeenkomst: nog te bepalen.\n"
		).action_points
		== []
	)


@pytest.mark.parametrize(
	"body, remark",
	[
		("**PROJET**", "PROJET"),
		("[texte du 19 mai – à mettre à jour]", "[texte du 19 mai – à mettre à jour]"),
		(
			"Budget ingediend voor Antwerpen. Mortsel: cijfers volgen (Sanne afwezig).",
			"Mortsel: cijfers volgen",
		),
		(
			"*Annexe : tableau des chiffres par CPAS – à joindre*",
			"Annexe : tableau des chiffres par CPAS – à joindre",
		),
		("Bijlage 1: presentatie OCMW Gent – volgt", "Bijlage 1: presentatie OCMW Gent – volgt"),
		(
			"Les chiffres sont presque complets. [Wout : les chiffres de Charleroi, tu les as notés ?]",
			"[Wout : les chiffres de Charleroi, tu les as notés ?]",
		),
	],
)
def test_a_draft_mark_a_bracket_to_update_figures_or_an_annex_to_come_and_a_question_to_a_colleague(
	body, remark
):
	remarks = _remarks_of(body)
	assert len(remarks) == 1 and ri.fold(remark) in ri.fold(remarks[0])
	assert _remarks_of("Le projet de Gand avance bien.") == []


def test_a_row_whose_organisation_cell_is_merged_with_the_name_and_a_task_with_its_particle_after_an_object():
	report = ri.recognise_report(
		"Rapport rencontre CPAS\n\nMardi 13 juin 2023\n\n| Organisation | Nom | Présence |\n"
		"| CPAS de Liège | Karim Benali | présent |\n| Nathalie Goffin (interprète) | présente |\n"
		"| CPAS de Binche | Julie Marchal | excusée |\n\n# 1. Accueil\n\n"
		"KB past de enquête aan (vraag 6 en 9) en stuurt ze rond vóór 7 april.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Karim Benali", "Present", "LIEGE"),
		("Nathalie Goffin", "Present", None),
		("Julie Marchal", "Excused", "BINCHE"),
	]
	assert [(a.owner_type, a.owners) for a in report.action_points] == [("Network Contact", ["Karim Benali"])]


def test_an_agenda_in_a_sentence_whose_times_follow_the_items_and_the_end_of_the_meeting_in_the_list():
	report = ri.recognise_report(
		"Résumé de la réunion du vendredi 15 juin 2018\n\nÉtaient là : Mélanie Dardenne (Liège)\n\n"
		"Le programme : accueil à 9h30, présentation de Mod'Actions à 10h, échange sur les contrats à 11h30 et, "
		"après le repas à la ferme, les indicateurs du fonds à partir de 14h.\n\n**1. Accueil**\n\nTexte.\n"
	)
	assert [(a.from_time, a.title) for a in report.agenda] == [
		("09:30", "accueil"),
		("10:00", "présentation de Mod'Actions"),
		("11:30", "échange sur les contrats"),
		("", "le repas à la ferme"),
		("14:00", "les indicateurs du fonds"),
	]
	listed = ri.recognise_report(
		"Verslag dinsdag 16 juni 2020\n\n**Agenda**\n\n- 10u00 Welkom\n- 11u45 Varia / Divers\n"
		"- Einde voorzien om 12.15 / Fin prévue à 12h15\n\n# 1. Welkom\n\nTekst.\n"
	)
	assert [a.title for a in listed.agenda] == ["Welkom", "Varia / Divers"]


def test_a_heading_and_its_sub_headings_given_again_in_the_other_language():
	report = ri.recognise_report(
		"Verslag\n22 mei 2025\n2. Tien jaar netwerk\n"
		"Caroline overloopt tien jaar samenwerking van vijf projecten naar vijf projecten.\n"
		"2. Dix ans de réseau\nCaroline retrace dix ans de collaboration de cinq projets à cinq projets.\n"
		"3. Workshops\n3. Ateliers\n3a Deelnemers bereiken\n"
		"Het eerste contact via de maatschappelijk werker blijft doorslaggevend voor iedereen.\n"
		"3a Atteindre les participants\nLe premier contact par l'assistant social reste décisif pour tout le monde.\n"
		"3b Tevredenheidsenquête\nDe vragenlijst is nog te lang voor veel deelnemers.\n4. Afspraken\nTekst.\n"
	)
	assert [(s.number, s.heading) for s in report.sections] == [
		("2", "Tien jaar netwerk"),
		("2", "Dix ans de réseau"),
		("3", "Workshops"),
		("3", "Ateliers"),
		("3a", "Deelnemers bereiken"),
		("3a", "Atteindre les participants"),
		("3b", "Tevredenheidsenquête"),
		("4", "Afspraken"),
	]


def test_a_legend_of_two_columns_run_together_on_one_line():
	report = ri.recognise_report(
		"Verslag partneroverleg\nwoensdag 16 maart 2022\nAanwezig: KW, TL, LVD\n"
		"KW = Kristel Wouters, OCMW Antwerpen TL = Tom Leysen, OCMW Edegem\n"
		"MV = Marleen Verbist, OCMW Schoten LVD = Lotte Van Damme, POD MI\nAgenda:\n- opvang\n1. Opvang\n"
		"LVD vraagt dit na bij de POD; tot dan niets.\n"
	)
	assert [(p.full_name, p.cpas) for p in report.attendees] == [
		("Kristel Wouters", "ANTWERPEN"),
		("Tom Leysen", "EDEGEM"),
		("Lotte Van Damme", None),
	]
	assert [a.owners for a in report.action_points] == [["Lotte Van Damme"]]


@pytest.mark.parametrize(
	"sentence",
	[
		"*Simultaanvertaling / interprétation simultanée: Hanne Goris, Luc Fontaine*",
		"Interprétation simultanée FR-NL / Simultaanvertaling FR-NL : Hanne Goris et Luc Fontaine (interprètes / tolken).",
		"Une interprétation simultanée FR/NL était assurée par deux interprètes (Mme Hanne Goris et M. Luc Fontaine).",
	],
)
def test_interpreters_named_in_a_sentence_above_the_people_list_were_there(sentence):
	report = ri.recognise_report(
		f"Rapport de la réunion du mardi 17 novembre 2020\n\n{sentence}\n\n"
		"Présents : Sophie Thiry (CPAS de Liège)\n\n# 1. Accueil\n\nTexte.\n"
	)
	assert [(p.full_name, p.cpas) for p in report.attendees] == [
		("Hanne Goris", None),
		("Luc Fontaine", None),
		("Sophie Thiry", "LIEGE"),
	]
	assert report.simultaneous_interpretation
	channel = ri.recognise_report(
		"Verslag dinsdag 10 februari 2026, online via Microsoft Teams, met tolken (Teams-tolkenkanaal)\n\n"
		"Interprétation : FR/NL, interprètes en cabine\n\nAanwezig: Lien Claes (POD MI)\n\n# 1. Welkom\n\nTekst.\n"
	)
	assert [p.full_name for p in channel.attendees] == ["Lien Claes"]


@pytest.mark.parametrize(
	"table",
	[
		"Organisatie / Organisation\nNaam / Nom\nStatus\nOCMW Gent\nLotte Van Hecke\naanwezig / présente\n"
		"OCMW Mortsel\nIlse Maes\nverontschuldigd / excusée\n",
		"Naam\nOrganisatie\nAanwezig\nVerontschuldigd\nLotte Van Hecke\nOCMW Gent\nx\n\nIlse Maes\nOCMW Mortsel\n\nx\n",
		"Nom / Naam\nOrganisation / Organisatie\nPrésent·e / Aanwezig\nExcusé·e / Verontschuldigd\n"
		"Lotte Van Hecke\nOCMW Gent\nx\n\nIlse Maes\nOCMW Mortsel\n\nx\n",
		"Nom / Naam\nOrganisation / Organisatie\nParticipation / Deelname\nLotte Van Hecke\nOCMW Gent\n"
		"en ligne / online\nIlse Maes\nOCMW Mortsel\nexcusée / verontschuldigd\n",
	],
)
def test_people_tables_a_text_export_gives_one_cell_a_line_with_a_status_or_a_cross(table):
	report = ri.recognise_report(
		f"Verslag online bijeenkomst AMIF-netwerk\nDonderdag 14 mei 2020, 10.00 – 12.00 uur\n{table}"
		"1. Welkom\nHet overleg begint met een korte ronde over de groepen en de modules.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Lotte Van Hecke", "Present", "GENT"),
		("Ilse Maes", "Excused", "MORTSEL"),
	]


def test_a_people_list_of_initials_and_names_with_their_organisation_one_cell_a_line():
	report = ri.recognise_report(
		"Verslag bijeenkomst OCMW's\n4 oktober 2022\n\nAanwezig (initialen gebruikt in dit verslag):\nInitialen\n"
		"Naam, organisatie\nKV\nKatrien Verhulst, POD MI\nCH\nCéline Hardy, CPAS Luik\n\n1. Welkom\n"
		"KV opent de vergadering en stelt de nieuwe collega's van het POD voor aan het netwerk.\n"
	)
	assert [(p.full_name, p.cpas) for p in report.attendees] == [
		("Katrien Verhulst", None),
		("Céline Hardy", "LIEGE"),
	]


@pytest.mark.parametrize(
	"sentence, owner",
	[
		(
			"Lotte en Jonas testen de pictogrammen met een groep in Gent.",
			["Lotte Van Hecke", "Jonas De Smet"],
		),
		("Elk OCMW test de versie met pictogrammen bij vijf deelnemers.", ["Elk OCMW"]),
		(
			"Lotte et Jonas testent la nouvelle enquête auprès de deux groupes.",
			["Lotte Van Hecke", "Jonas De Smet"],
		),
	],
)
def test_a_task_to_test_something_in_the_present_tense(sentence, owner):
	report = ri.recognise_report(
		"Verslag netwerkdag 25 mei 2023\n\nAanwezig: Lotte Van Hecke (OCMW Gent), Jonas De Smet (OCMW Gent)\n\n"
		f"# 1. Workshop\n\n{sentence}\n"
	)
	assert [a.owners for a in report.action_points] == [owner]


def test_people_given_by_their_initials_then_who_they_are_and_tasks_set_after_an_owner_and_a_colon():
	report = ri.recognise_report(
		"Verslag overleg AMIF Antwerpen + partners\n\ndinsdag 16/03/2021\n\n"
		"Aanwezig: JW (Jens Wouters, OCMW Antwerpen), MJ (Marleen Janssens, OCMW Schoten – via Teams), "
		"TV (Tom Verbruggen, OCMW Edegem)\n\nVerontschuldigd: IM (Inge Maes, OCMW Mortsel)\n\n**1) Groepsgrootte**\n\n"
		"Nu 4 + 1 in het sociaal huis.\n\nJW: vraagt aan POD of 6 + 1 mag vanaf april\n\n"
		"MJ en TV: sturen de intakefiches van hun deelnemers door naar JW\n\n"
		"OCMW Mortsel: zoekt een nieuwe lokatie voor de workshop\n\nMortsel: cijfers volgen\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Jens Wouters", "Present", "ANTWERPEN"),
		("Marleen Janssens", "Present", "SCHOTEN"),
		("Tom Verbruggen", "Present", "EDEGEM"),
		("Inge Maes", "Excused", "MORTSEL"),
	]
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Network Contact", ["Jens Wouters"]),
		("Several Network Contacts", ["Marleen Janssens", "Tom Verbruggen"]),
		("CPAS", ["OCMW Mortsel"]),
	]


@pytest.mark.parametrize(
	"line, date",
	[
		("Prochain point de coordination : jeudi 10 octobre 2024 à 14h00 (Binche).", "2024-10-10"),
		("Tegenbezoek in Luik: donderdag 13 juni 2024.", "2024-06-13"),
		("Slotbijeenkomst: donderdag 21 mei 2026 (locatie nog te bevestigen)", "2026-05-21"),
	],
)
def test_a_next_meeting_called_a_coordination_point_a_return_visit_or_a_closing_meeting(line, date):
	report = ri.recognise_report(f"Verslag overleg 12 september 2024\n\n# 1. Welkom\n\nTekst.\n\n{line}\n")
	assert report.next_meeting_date == date


@pytest.mark.parametrize(
	"body",
	[
		"WERKVERSIE – VERSION DE TRAVAIL",
		"Hilde, kan jij dit nog nalezen voor het rondgaat? Ik ben niet zeker van de cijfers bij punt 2.",
		"Versie 1 – nog niet gevalideerd door Dirk Mertens",
	],
)
def test_a_working_version_a_colleague_asked_to_read_and_a_version_not_validated_are_remarks(body):
	remarks = _remarks_of(body)
	assert remarks and ri.fold(remarks[0]).startswith(ri.fold(body)[:20])


def test_owners_of_every_kind_a_team_table_with_a_service_column_and_a_long_bilingual_label():
	report = ri.recognise_report(
		"PV réunion d'équipe FAMI – mardi 10 octobre 2023\n\n"
		"| Nom / Naam | Service / Dienst | Présent·e / Aanwezig |\n| Karim Bouzid | CPAS Bruxelles – intake | X |\n"
		"| Aïcha Diallo | CPAS Bruxelles – médiatrice | X |\n\n"
		"| Présents sur place / Aanwezig ter plaatse | Tom Peeters (OCMW Mortsel), Wouter De Smet (OCMW Gent) |\n\n"
		"# 1. Entretiens\n\nKarim et Aïcha vont revoir le planning des entretiens.\n\n"
		"Actie: Tom en Wouter verzamelen de getuigenissen van deelnemers.\n\n"
		"Chaque CPAS désigne une personne de contact pour les indicateurs.\n\n"
		"Aïcha se renseigne pour faire traduire l'enquête en arabe.\n\n"
		"OCMW Schoten past zijn toestemmingsformulier aan volgens het nieuwe model.\n\n"
		"Het POD laat weten of Mortsel als aparte partner kan instappen.\n\n"
		"Les CPAS communiqueront leurs dates de sorties pour le premier trimestre 2024.\n\n"
		"Karim et Aïcha rassemblent les versions existantes de l'enquête avant la prochaine réunion.\n\n"
		"# 2. Actions\n\n1. De tevredenheidsenquête vereenvoudigen met pictogrammen (Aïcha, CPAS Bruxelles)\n"
	)
	assert [p.full_name for p in report.attendees] == [
		"Karim Bouzid",
		"Aïcha Diallo",
		"Tom Peeters",
		"Wouter De Smet",
	]
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Several Network Contacts", ["Karim Bouzid", "Aïcha Diallo"]),
		("Several Network Contacts", ["Tom Peeters", "Wouter De Smet"]),
		("CPAS", ["Chaque CPAS"]),
		("Network Contact", ["Aïcha Diallo"]),
		("CPAS", ["OCMW Schoten"]),
		("SPP", ["POD"]),
		("CPAS", ["CPAS"]),
		("Several Network Contacts", ["Karim Bouzid", "Aïcha Diallo"]),
		("Network Contact", ["Aïcha Diallo"]),
	]


def test_people_in_columns_by_how_they_took_part_in_a_table_of_initials_or_with_abbreviated_crosses():
	columns = ri.recognise_report(
		"Rapport rencontre CPAS\n\nJeudi 6 octobre 2022\n\n| Sur place / Ter plaatse | En ligne / Online |\n"
		"| Fatou Diallo (CPAS Bruxelles); Hélène Dumont (SPP IS) | Sofie Van Acker (OCMW Gent); Jelle Van Dyck (OCMW Schoten) |\n\n"
		"Excusés / Verontschuldigd : Els Janssens (OCMW Antwerpen)\n\n# 1. Accueil\n\nTexte.\n"
	)
	assert [(p.full_name, p.attendance) for p in columns.attendees] == [
		("Fatou Diallo", "Present"),
		("Hélène Dumont", "Present"),
		("Sofie Van Acker", "Present"),
		("Jelle Van Dyck", "Present"),
		("Els Janssens", "Excused"),
	]
	initials = ri.recognise_report(
		"Compte rendu – réunion de partenariat\n\nLe 11 mai 2023\n\n"
		"**Présents (les initiales sont utilisées dans le compte rendu) :**\n\n"
		"| VL | Valérie Lecomte | CPAS de Binche, assistante sociale |\n| HD | Hélène Dumont | SPP Intégration Sociale |\n\n"
		"Excusé : Mehmet Yilmaz (CPAS de Charleroi)\n\n# 1. Accueil\n\nVL accueille les participants.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in initials.attendees] == [
		("Valérie Lecomte", "Present", "BINCHE"),
		("Hélène Dumont", "Present", None),
		("Mehmet Yilmaz", "Excused", "CHARLEROI"),
	]
	crosses = ri.recognise_report(
		"Verslag partneroverleg\n\nDinsdag 30 mei 2017\n\n**Aanwezigheden**\n\n| Naam | Organisatie | Aanw. | Veront. |\n"
		"| Katrien Smets | OCMW Antwerpen |  | X |\n| Hanne Jacobs | OCMW Antwerpen | X |  |\n\n# 1. Welkom\n\nTekst.\n"
	)
	assert [(p.full_name, p.attendance) for p in crosses.attendees] == [
		("Katrien Smets", "Excused"),
		("Hanne Jacobs", "Present"),
	]


def test_people_of_a_list_with_their_organisation_after_the_name_and_a_team_meeting_of_one_cpas():
	listed = ri.recognise_report(
		"Verslag netwerkoverleg – dinsdag 20 januari 2026\n\n**Aanwezig – Présents**\n\n"
		"- Sanne Verbist OCMW Mortsel\n- Yasmina Ouali POD MI\n- Christophe Renard CPAS Liège\n"
		"- Nadia Bouzid, Geert Lammens tolken – interprètes\n\n# 1. Welkom\n\nTekst.\n"
	)
	assert [(p.full_name, p.cpas, p.organisation_type) for p in listed.attendees] == [
		("Sanne Verbist", "MORTSEL", "CPAS"),
		("Yasmina Ouali", None, "SPP"),
		("Christophe Renard", "LIEGE", "CPAS"),
		("Nadia Bouzid", None, None),
		("Geert Lammens", None, None),
	]
	team = ri.recognise_report(
		"**Stuurgroep AMIF – OCMW Gent**\n\nDinsdag 27 september 2022, 13u30\n\n"
		"Aanwezig in de zaal: Bram Desmet, Elif Yıldız en ikzelf (Wouter Verhaeghe). Via Teams: Lotte Vanhoutte "
		"(POD MI) en Liesbeth Van Hecke. Verontschuldigd: Griet Van Damme (ziek).\n\n**A. Instroom**\n\nTekst.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in team.attendees] == [
		("Bram Desmet", "Present", "GENT"),
		("Elif Yıldız", "Present", "GENT"),
		("Wouter Verhaeghe", "Present", "GENT"),
		("Lotte Vanhoutte", "Present", None),
		("Liesbeth Van Hecke", "Present", "GENT"),
		("Griet Van Damme", "Excused", "GENT"),
	]


@pytest.mark.parametrize(
	"text, expected",
	[
		(
			"Karim Benali (congé), Yasmina El Khattabi (SPP IS)",
			[("Karim Benali", None, None), ("Yasmina El Khattabi", None, "SPP")],
		),
		(
			"Karim Benali (Bruxelles) et pour Liège Olivier Delhaize, Fatoumata Diallo et moi-même",
			[
				("Karim Benali", "BRUXELLES", "CPAS"),
				("Olivier Delhaize", "LIEGE", "CPAS"),
				("Fatoumata Diallo", "LIEGE", "CPAS"),
			],
		),
	],
)
def test_why_someone_was_away_is_no_organisation_and_an_organisation_named_before_the_rest(text, expected):
	assert [(p.full_name, p.cpas, p.organisation_type) for p in ri.split_people(text, "Excused")] == expected


def test_a_mail_header_the_one_replaced_and_interpreters_beside_their_label_are_read_as_such():
	report = ri.recognise_report(
		"De : Grosjean Nathalie\nÀ : Réseau FAMI – CPAS ; Vandenberghe Katrien (SPP IS), Jonas De Smet (CPAS Gand)\n"
		"Objet : Résumé réunion FAMI du 21/06/2018 à Liège\n\n"
		"Verslag opgemaakt door Ilse Vermeulen (OCMW Schoten) ter vervanging van Katrien Vandenberghe (POD MI).\n\n"
		"**Aanwezig**\n\nIlse Vermeulen\tOCMW Schoten\n\nTolken\tGeert Lammens en Hilde Wuyts\n\n"
		"**Verontschuldigd**\n\nKatrien Vandenberghe\tPOD MI\n\n# 1. Welkom\n\nTekst.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Ilse Vermeulen", "Present", "SCHOTEN"),
		("Geert Lammens", "Present", None),
		("Hilde Wuyts", "Present", None),
		("Katrien Vandenberghe", "Excused", None),
	]
	assert report.simultaneous_interpretation


@pytest.mark.parametrize(
	"line",
	[
		"Ordre du jour : tour de table, recrutement via les antennes sociales, calendrier du module, divers.",
		"Au programme : tour de table, recrutement via les antennes sociales, calendrier du module et divers.",
	],
)
def test_an_agenda_after_its_label_as_a_list_of_commas(line):
	report = ri.recognise_report(
		f"Réunion d'équipe – mardi 24 avril 2018\n\n{line}\n\n# Tour de table\n\nTexte.\n"
	)
	assert [a.title for a in report.agenda] == [
		"tour de table",
		"recrutement via les antennes sociales",
		"calendrier du module",
		"divers",
	]


def test_an_agenda_given_again_in_the_other_language_its_numbers_going_on_from_the_first():
	report = ri.recognise_report(
		"Procès-verbal de la réunion du réseau – 22 avril 2021\n\n**Ordre du jour**\n\n1. Approbation du PV\n"
		"2. Indicateurs communs\n3. Divers\n\n**Agenda**\n\n4. Goedkeuring van de notulen\n5. Gemeenschappelijke "
		"indicatoren\n6. Varia\n\n**1. Approbation du PV**\n\nTexte.\n\n**1. Goedkeuring van de notulen**\n\nTekst.\n"
	)
	assert [a.title for a in report.agenda] == ["Approbation du PV", "Indicateurs communs", "Divers"]
	assert [(s.number, s.heading) for s in report.sections] == [
		("1", "Approbation du PV"),
		("1", "Goedkeuring van de notulen"),
	]


@pytest.mark.parametrize(
	"body",
	[
		"Opmerking voor Jens: klopt het cijfer van de instroom (63)? Graag nakijken vóór verzending.",
		"Note à Thomas : merci de vérifier la traduction NL du point 3 avant envoi.",
		"Document de travail – non diffusé",
		"Uitgetypt op 16/03 op basis van mijn handgeschreven notities – sorry voor de vertraging, aanvullingen welkom.",
		"[Fatoumata : mail de Nathalie collé tel quel pour l'archive, mise en page à revoir]",
		"(traduction rapide, pas relue)",
		"mijn lijstje, geen volledig verslag – H.V.",
		"[AS : Pieter, peux-tu relire ma partie ? Je n'étais pas sûre du chiffre de Liège.]",
		"[PC: gelezen, cijfer Luik klopt.]",
		"(Lotte, klopt dit cijfer? Ik had 62 % genoteerd, maar Griet zei misschien 52 %.)",
		"[aantal nog in te vullen]",
		"Ontwerpversie v0.2 – nog niet gevalideerd door de POD",
		"TODO LD: cijfers Gent aanvullen",
	],
)
def test_notes_on_the_report_to_a_colleague_about_how_it_was_made_or_not_yet_checked_are_remarks(body):
	remarks = _remarks_of(body)
	assert remarks and ri.fold(remarks[0]).strip("[( ").startswith(ri.fold(body).strip("[( ")[:20])
	assert ri.fold(body).strip("]) .")[-12:] in ri.fold(remarks[0])  # the whole note, not its first sentence


@pytest.mark.parametrize(
	"body",
	[
		"Uitgetypt op 15/05/2017 op basis van mijn handgeschreven notities (Tom).",
		"De bemiddelaars in Gent hebben de Tigrinya-versie nog niet nagelezen.",
		"TO DO Samira: belt de 6 deelnemers die niet kwamen opdagen na het intakegesprek.",
	],
)
def test_how_the_notes_were_typed_a_translation_of_the_survey_and_a_task_to_do_are_no_remarks(body):
	assert _remarks_of(body) == []


def test_tasks_of_a_report_written_again_in_the_other_language_are_read_once():
	report = ri.recognise_report(
		"Compte rendu – Verslag, 20 janvier 2026\n\nPrésents : Youssef Amrani (OCMW Mortsel), Lotte Vervoort "
		"(OCMW Antwerpen)\n\n**1. Eindrapport**\n\nYoussef bezorgt de eindcijfers van Mortsel uiterlijk 13 februari aan "
		"Lotte.\n\nDe POD stuurt het sjabloon van het eindrapport in de twee talen.\n\n**1. Rapport final**\n\n"
		"Youssef envoie les chiffres finaux de Mortsel à Lotte pour le 13 février au plus tard.\n\n"
		"Le SPP envoie le modèle de rapport final dans les deux langues.\n"
	)
	assert [(a.owner_type, a.action[:20]) for a in report.action_points] == [
		("Network Contact", "Youssef bezorgt de e"),
		("SPP", "De POD stuurt het sj"),
	]


def test_a_second_writer_s_own_tasks_in_the_other_language_are_kept():
	points = [
		ri.ActionPoint(
			"Youssef bezorgt de cijfers tegen 13 februari.", "Network Contact", ["Youssef Amrani"]
		),
		ri.ActionPoint("Le SPP envoie le modèle de rapport final.", "SPP", ["SPP"]),
		ri.ActionPoint("Le CPAS de Liège organise la visite en mars.", "CPAS", ["CPAS de Liège"], "LIEGE"),
		ri.ActionPoint(
			"Youssef envoie les chiffres pour le 13 février.", "Network Contact", ["Youssef Amrani"]
		),
	]
	assert ri._without_translated_twins(points) == points


@pytest.mark.parametrize(
	"sentence, owner, opening",
	[
		(
			"*Actie ???: vertaling tevredenheidsenquête naar het Arabisch – wie neemt dit op?*",
			"To Be Assigned",
			"vertaling",
		),
		("La traduction du dépliant en néerlandais reste à attribuer.", "To Be Assigned", "La traduction"),
		(
			"- Nog te verdelen: opmaak van een gezamenlijke FAQ voor maatschappelijk werkers.",
			"To Be Assigned",
			"opmaak",
		),
		(
			"- Kalender netwerkbijeenkomsten 2025 voorstellen (actie: nog te bekijken wie)",
			"To Be Assigned",
			"Kalender",
		),
		("Budgetraming 2023 moet nog iemand opmaken (wie?).", "To Be Assigned", "Budgetraming"),
		(
			"Réservation de la salle pour septembre : personne pour l'instant, à voir.",
			"To Be Assigned",
			"Réservation",
		),
		("Geen update (Giuseppe verontschuldigd). Charleroi stuurt een korte nota na.", "CPAS", "Charleroi"),
		(
			"OCMW Antwerpen coördineert de bundeling voor Schoten, Edegem en Mortsel.",
			"CPAS",
			"OCMW Antwerpen",
		),
		("Elk OCMW duidt een verantwoordelijke aan voor het archief.", "CPAS", "Elk OCMW"),
		(
			"Lotte demande si le chuchotage est possible. → Le SPP vérifie si les heures comptent.",
			"SPP",
			"Le SPP",
		),
	],
)
def test_tasks_nobody_has_yet_tasks_in_the_present_and_a_task_after_an_arrow_in_a_paragraph(
	sentence, owner, opening
):
	report = ri.recognise_report(
		f"Verslag 20 januari 2026\n\nAanwezig: Lotte Vanhoutte (POD MI), Giuseppe Lo Bello (CPAS Charleroi)\n\n"
		f"# 1. Welkom\n\n{sentence}\n"
	)
	assert [(a.owner_type, a.action.split()[0]) for a in report.action_points] == [
		(owner, opening.split()[0])
	]


@pytest.mark.parametrize(
	"heading, sentence",
	[
		("Praktische afspraken", "Aanwezigheden worden per sessie bijgehouden."),
		("Beslissingen", "De indicatoren worden per kalenderjaar verzameld, niet per module."),
		("Suivi individuel à distance", "Beaucoup de participants n'ont pas de smartphone."),
		("Suivi et indicateurs", "Le SPP présente le tableau des indicateurs communs."),
		("Welkom", "Mehdi bevestigt dat ook het POD geen namen nodig heeft."),
		("Ondertekening", "Pour le SPP IS – Voor de POD MI : Katrien Vandenberghe, secrétaire du réseau"),
	],
)
def test_a_rule_in_the_present_passive_news_under_a_follow_up_heading_and_a_signature_are_no_tasks(
	heading, sentence
):
	report = ri.recognise_report(
		f"Verslag 20 januari 2026\n\nAanwezig: Mehdi Bouzidi (POD MI)\n\n# 1. {heading}\n\n{sentence}\n"
	)
	assert report.action_points == []


def test_the_note_taker_named_in_the_list_is_the_other_owner_of_a_task_with_moi():
	report = ri.recognise_report(
		"Réunion d'équipe FAMI – CPAS de Bruxelles\n\nMardi 24 avril 2018\n\n**Présents :**\n\n"
		"- Sarah Lemaire, assistante sociale (CPAS Bruxelles)\n- Fatou Diallo, stagiaire AS (CPAS Bruxelles) – prise "
		"de notes\n\n# Recrutement\n\n→ Sarah et moi préparons une affiche simple pour les salles d'attente.\n"
	)
	assert report.writer == "Fatou Diallo"
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Several Network Contacts", ["Sarah Lemaire", "Fatou Diallo"])
	]


@pytest.mark.parametrize(
	"line, date",
	[
		("De werkgroep komt opnieuw samen op dinsdag 17 december, 10u, zelfde zaal.", "2019-12-17"),
		("**Prochain point : jeudi 7 mai à 10h, même lien Teams.**", "2020-05-07"),
	],
)
def test_a_next_meeting_where_the_group_meets_again_or_a_next_point_with_a_date(line, date):
	report = ri.recognise_report(
		f"Verslag werkgroep – 19 november 2019\n\n# 1. Enquête\n\nTekst.\n\n{line}\n"
	)
	assert report.next_meeting_date == date


def test_a_legend_of_two_columns_whose_cells_a_pdf_ran_together_on_one_line():
	report = ri.recognise_report(
		"Compte rendu – Rencontre des CPAS\nLiège, le jeudi 24 mai 2018\n"
		"Présents : AM, JL (CPAS Liège) – SV (SPP IS) – LDS, BVA (CPAS Gand)\n"
		"Excusés : KB (CPAS Bruxelles), EG (CPAS Anvers)\nLégende des initiales\n"
		"AM Abdelkader Mansouri JL Julie Lambotte\nSV Sofie Vandenbroucke LDS Liesbeth De Smet\n"
		"BVA Bram Van Acker KB Karim Benjelloun\nEG Evelien Goossens\nA. Accueil\nAM accueille le réseau.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Abdelkader Mansouri", "Present", "LIEGE"),
		("Julie Lambotte", "Present", "LIEGE"),
		("Sofie Vandenbroucke", "Present", None),
		("Liesbeth De Smet", "Present", "GENT"),
		("Bram Van Acker", "Present", "GENT"),
		("Karim Benjelloun", "Excused", "BRUXELLES"),
		("Evelien Goossens", "Excused", "ANTWERPEN"),
	]


def test_a_pdf_s_table_with_a_header_word_broken_at_its_edge_and_three_names_run_together_in_a_cell():
	actions = ri.recognise_report(
		"Verslag 22 januari 2026\n\nAanwezig: Jonas Claeys (OCMW Gent)\n\n# 1. Acties\n\n"
		"| Nr | Actie | Verantwoordelijk e | Deadline |\n| 1 | Formulier aanpassen voor de CEFR-niveaus | Jonas | 06/02 |\n"
		"| 2 | Nagaan of Mortsel apart kan instappen | POD MI | maart |\n"
	)
	assert [(a.owner_type, a.owners) for a in actions.action_points] == [
		("Network Contact", ["Jonas Claeys"]),
		("SPP", ["POD MI"]),
	]
	people = ri.split_people("Katrien Peeters Hamid Boukhari Sofie Janssens")
	assert [p.full_name for p in people] == ["Katrien Peeters", "Hamid Boukhari", "Sofie Janssens"]


@pytest.mark.parametrize(
	"sentence",
	[
		"Nadia El Khattabi coördineert het partnerschap.",
		"Aurélie Collard coördineert voortaan het Brusselse project.",
		"Edegem (Kaat Janssens) stuurt deelnemers door naar de groepsmodules in Antwerpen.",
	],
)
def test_who_coordinates_what_and_where_a_cpas_sends_its_people_is_news(sentence):
	known = [
		ri.Contact("", "Nadia El Khattabi"),
		ri.Contact("", "Aurélie Collard"),
		ri.Contact("", "Kaat Janssens"),
	]
	assert ri._action_of(sentence, False, known, [], None) is None


def test_a_language_part_headed_in_capitals_in_a_plain_text_and_a_network_met_in_one_cpas():
	report = ri.recognise_report(
		"Bijeenkomst Gent – 14 maart 2019\n\nAanwezig: Griet Van Acker (OCMW Gent), Hélène Renard (CPAS Liège), "
		"Chantal Geerts\n\n1. Welkom\nTekst.\n\nVERSION FRANÇAISE\n1. Bienvenue\nTexte.\n"
	)
	assert [(s.number, s.heading) for s in report.sections] == [
		("1", "Welkom"),
		("", "VERSION FRANÇAISE"),
		("1", "Bienvenue"),
	]
	assert [(p.full_name, p.cpas) for p in report.attendees] == [
		("Griet Van Acker", "GENT"),
		("Hélène Renard", "LIEGE"),
		("Chantal Geerts", None),
	]


@pytest.mark.parametrize(
	"line",
	[
		"Nouvelle réunion : mardi 12 mars 2024 à Namur.",
		"Nieuwe bijeenkomst: dinsdag 12 maart 2024.",
		"We spreken opnieuw af op dinsdag 12 maart 2024.",
		"Date de la prochaine réunion : 12 mars 2024.",
		"Datum volgende vergadering: 12 maart 2024",
	],
)
def test_a_next_meeting_called_a_new_meeting_or_given_by_its_date(line):
	report = ri.recognise_report(
		f"Verslag 12 januari 2024\n\nAanwezig: Jan Peeters (OCMW Gent)\n\n# 1. Welkom\n\nTekst over iets.\n\n{line}\n"
	)
	assert report.next_meeting_date == "2024-03-12"


@pytest.mark.parametrize(
	"body",
	[
		"@Sarah : peux-tu vérifier les chiffres de Liège ?",
		"NB voor Hilde: cijfers nog checken.",
		"Pour Karim : merci de relire le point 2.",
		"[cijfer Mortsel?]",
		"Concept – niet verspreiden",
		"Version non validée",
		"Niet-gevalideerde versie",
		"Tekst nog te herwerken",
		"Paragraphe à retravailler",
		"Nog te checken bij Wim: aantal deelnemers",
	],
)
def test_more_notes_on_the_report_are_remarks(body):
	assert _remarks_of(body)


@pytest.mark.parametrize(
	"sentence",
	[
		"Traduction du dépliant : personne pour le moment.",
		"Trekker gezocht voor de FAQ.",
		"Volontaire recherché pour la présentation de juin.",
		"La salle doit encore être réservée (qui ?).",
		"Rapport annuel : responsable à désigner.",
		"Folder vertalen – trekker nog te zoeken.",
		"Wie de folder vertaalt, is nog niet beslist.",
	],
)
def test_a_task_whose_owner_is_still_to_be_found_in_a_paragraph(sentence):
	report = ri.recognise_report(
		f"Verslag 12 januari 2024\n\nAanwezig: Jan Peeters (OCMW Gent)\n\n# 1. Welkom\n\nTekst.\n\n{sentence}\n"
	)
	assert [(a.owner_type, a.action[:12]) for a in report.action_points] == [
		("To Be Assigned", sentence[:12])
	]


@pytest.mark.parametrize(
	"sentence, owners",
	[
		("Marie s'occupe de la réservation de la salle.", ["Marie Dupont"]),
		("Jan zorgt voor de zaal.", ["Jan Peeters"]),
		("Marie prend contact avec le CPAS de Binche.", ["Marie Dupont"]),
		("Jan houdt iedereen op de hoogte.", ["Jan Peeters"]),
		("Marie tient le réseau informé.", ["Marie Dupont"]),
		("À faire par Jan : envoyer le rapport.", ["Jan Peeters"]),
	],
)
def test_tasks_a_person_takes_on_or_to_do_by(sentence, owners):
	report = ri.recognise_report(
		"Verslag 12 januari 2024\n\nAanwezig: Jan Peeters (OCMW Gent), Marie Dupont (CPAS Liège)\n\n"
		f"# 1. Welkom\n\nTekst.\n\n{sentence}\n"
	)
	assert [a.owners for a in report.action_points] == [owners]


@pytest.mark.parametrize(
	"sentence",
	[
		"De lockdown zorgt voor veel problemen.",
		"Il est convenu que les réunions restent en ligne.",
		"Il est décidé que le SPP rédige le procès-verbal des réunions et le diffuse dans les deux langues.",
	],
)
def test_what_causes_problems_and_a_decision_are_no_tasks(sentence):
	report = ri.recognise_report(
		f"Verslag 12 januari 2024\n\nAanwezig: Jan Peeters (OCMW Gent)\n\n# 1. Welkom\n\nTekst.\n\n{sentence}\n"
	)
	assert report.action_points == []


def test_people_of_two_organisations_after_pour_and_a_name_with_its_organisation_after_a_slash():
	assert [
		(p.full_name, p.cpas, p.organisation_type)
		for p in ri.split_people(
			"pour le CPAS de Liège : Marie Dupont et Luc Martin ; pour le SPP : Sofie Claes"
		)
	] == [("Marie Dupont", "LIEGE", "CPAS"), ("Luc Martin", "LIEGE", "CPAS"), ("Sofie Claes", None, "SPP")]
	assert [
		(p.full_name, p.cpas, p.organisation_type)
		for p in ri.split_people("Jan Peeters/OCMW Gent, Sofie Claes/POD MI")
	] == [("Jan Peeters", "GENT", "CPAS"), ("Sofie Claes", None, "SPP")]


@pytest.mark.parametrize(
	"sentence, owner",
	[
		("Tabel doorsturen naar de OCMW's – POD – 15 maart", ("SPP", None)),
		("Resp. : Marie – envoyer la note de synthèse.", ("Network Contact", None)),
		("Chiffres 2023 à transmettre par tous les CPAS pour fin février.", ("CPAS", None)),
		("Cijfers te bezorgen door het OCMW Gent tegen eind maart.", ("CPAS", "GENT")),
	],
)
def test_an_owner_between_a_task_and_its_deadline_after_resp_or_after_to_be_done_by(sentence, owner):
	report = ri.recognise_report(
		"Verslag 12 januari 2024\n\nAanwezig: Jan Peeters (OCMW Gent), Marie Dupont (CPAS Liège)\n\n"
		f"# 1. Welkom\n\nTekst.\n\n{sentence}\n"
	)
	assert [(a.owner_type, a.owner_cpas) for a in report.action_points] == [owner]


def test_a_two_column_table_of_one_row_exported_a_paragraph_a_line_parts_where_the_organisations_start_over():
	report = ri.recognise_report(
		"Rencontre du réseau FAMI\nJeudi 17 mars 2022\nPrésents / Aanwezig\nExcusés / Verontschuldigd\n"
		"Sarah Vanderelst (CPAS Bruxelles)\nYasmina Ouali (SPP IS)\nBram Van Acker (OCMW Gent)\n"
		"Fatou Diallo (CPAS Liège)\nWim Van Dyck (OCMW Edegem)\nHatice Yilmaz (OCMW Gent)\n"
		"Sanne Verbist (OCMW Mortsel)\nOrdre du jour / Agenda\n1. Accueil / Verwelkoming\nTexte.\n"
	)
	assert [(p.full_name, p.attendance) for p in report.attendees] == [
		("Sarah Vanderelst", "Present"),
		("Yasmina Ouali", "Present"),
		("Bram Van Acker", "Present"),
		("Fatou Diallo", "Present"),
		("Wim Van Dyck", "Present"),
		("Hatice Yilmaz", "Excused"),
		("Sanne Verbist", "Excused"),
	]
	rows = ri.recognise_report(
		"Verslag\n12 januari 2024\nAanwezig\nVerontschuldigd\nJan Peeters (OCMW Gent)\nEls Wouters (OCMW Schoten)\n"
		"Sofie Claes (POD MI)\n\nMarie Dupont (CPAS Liège)\n\n1. Welkom\nTekst.\n"
	)
	assert [(p.full_name, p.attendance) for p in rows.attendees] == [
		("Jan Peeters", "Present"),
		("Sofie Claes", "Present"),
		("Marie Dupont", "Present"),
		("Els Wouters", "Excused"),
	]


def test_people_of_a_converted_table_interpreters_without_their_tab_and_a_list_excused_in_two_languages():
	report = ri.recognise_report(
		"AMIF-netwerk – verslag online overleg\n\nDonderdag 9 februari 2023\n\n**Aanwezig**\n\nIlse Vermeulen OCMW Schoten\n\n"
		"Tolken Geert Lammens en Hilde Wuyts\n\n**Verontschuldigd**\n\nEvelien Goossens OCMW Antwerpen\n\n# 1. Opening\n\nTekst.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Ilse Vermeulen", "Present", "SCHOTEN"),
		("Geert Lammens", "Present", None),
		("Hilde Wuyts", "Present", None),
		("Evelien Goossens", "Excused", "ANTWERPEN"),
	]
	people = ri.split_people(
		"SPP IS : Katrien Vandenberghe; Interprètes : Geneviève Thiry; Excusés : Olivier Delhaize (CPAS de Liège)"
	)
	assert [(p.full_name, p.attendance) for p in people] == [
		("Katrien Vandenberghe", "Present"),
		("Geneviève Thiry", "Present"),
		("Olivier Delhaize", "Excused"),
	]
	run_together = ri.split_people(
		"Yasmina Ouali (SPP IS) Pieter-Jan Claes (SPP IS) Wim Van Dyck (OCMW Edegem) Geert Lammens et Nadia Bouzid "
		"(interprètes / tolken)"
	)
	assert [p.full_name for p in run_together] == [
		"Yasmina Ouali",
		"Pieter-Jan Claes",
		"Wim Van Dyck",
		"Geert Lammens",
		"Nadia Bouzid",
	]


@pytest.mark.parametrize(
	"body",
	[
		"Liste des présences à vérifier.",
		"Lijst van aanwezigen niet volledig.",
		"Je complète cette partie la semaine prochaine.",
		"Dit deel wordt aangevuld na het overleg met Gent.",
		"Chiffres de Charleroi : ??",
		"Cijfers Mortsel: xx deelnemers",
		"Opmerking: verslag op basis van de opname, niet alles was verstaanbaar.",
		"Brouillon v2",
	],
)
def test_a_list_to_check_a_part_to_complete_figures_left_blank_and_a_draft_number_are_remarks(body):
	assert _remarks_of(body)


@pytest.mark.parametrize(
	"body",
	[
		"Bram, klopt dit zo? Ik kon je notities bij punt 4 niet goed lezen.",
		"(live getypt tijdens de call, nog niet nagelezen)",
		"TODO EY: opmaak + doorsturen naar KV voor nalezing",
		"Brouillon – repris du rapport de Liège du 16 mai, à relire",
		"Le présent rapport est soumis à l'approbation des participants lors de la prochaine réunion.",
		"Opmerkingen of aanvullingen graag vóór vrijdag, daarna stuur ik het verslag door naar de diensthoofden.",
		"Les parties en néerlandais ont été relues par Sofie Claeys (SPP) ; merci de signaler toute erreur de traduction.",
		"VERSION CORRIGÉE – remplace la version envoyée le 12 février 2026",
		"Corrections : nom de la collègue d'Edegem (Sarah Aerts), chiffres de Charleroi (point 3).",
		"Excuseer voor mijn Nederlands – verbeteringen zijn welkom!",
		"(verslag snel getypt – vul aan als ik iets vergeten ben)",
		"NB : traduction néerlandaise relue par Kobe pour les points 1 à 3 seulement ; le reste doit encore être relu.",
		"PV non encore validé par les participants – merci de transmettre vos corrections à Kevin d'ici le 20/02.",
	],
)
def test_a_corrected_version_comments_asked_for_notes_typed_in_haste_and_translations_to_read_are_remarks(
	body,
):
	remarks = _remarks_of(body)
	assert remarks and ri.fold(body).strip("]) .")[-12:] in ri.fold(remarks[0])


def test_a_task_with_a_corrected_version_and_a_translation_still_to_read_are_no_remarks():
	assert (
		_remarks_of("Murielle envoie la version corrigée de l'enquête à tous les CPAS pour le 30 septembre.")
		== []
	)
	assert (
		_remarks_of(
			"Un dépliant en arabe est nécessaire ; la traduction est prête mais doit encore être relue."
		)
		== []
	)


def test_an_agenda_labelled_with_a_bracket_or_as_the_day_s_programme_and_an_unlabelled_table_of_times():
	bracketed = ri.recognise_report(
		"Webex partneroverleg AMIF – 21/03/2017\n\nAgenda (mail Karen van 14/3): 1) stand van zaken toeleiding partners "
		"2) tevredenheidsenquête 3) rapportering Q1 4) varia\n\n# 1. Toeleiding\n\nTekst.\n"
	)
	assert [a.title for a in bracketed.agenda] == [
		"stand van zaken toeleiding partners",
		"tevredenheidsenquête",
		"rapportering Q1",
		"varia",
	]
	day = ri.recognise_report(
		"Compte rendu – jeudi 8 mars 2018\n\nAu programme de la journée : accueil et tour de table, présentation "
		"d'Activ'Up, visite de l'atelier carton et, pour finir, questions et feed-back.\n\n**I. Accueil**\n\nTexte.\n"
	)
	assert [a.title for a in day.agenda] == [
		"accueil et tour de table",
		"présentation d'Activ'Up",
		"visite de l'atelier carton",
		"questions et feed-back",
	]
	table = ri.recognise_report(
		"Partneroverleg AMIF\n\ndinsdag 27/09/2022, 13u30 – 15u\n\nAanwezig: Els Wouters (OCMW Antwerpen)\n\n"
		"| 13u30 | Opening |\n| 13u35 | Cijfers instroom Q3 |\n| 14u00 | Samenwerking met de tolkendienst |\n\n"
		"# Cijfers Q3\n\nTekst.\n"
	)
	assert [(a.from_time, a.title) for a in table.agenda] == [
		("13:30", "Opening"),
		("13:35", "Cijfers instroom Q3"),
		("14:00", "Samenwerking met de tolkendienst"),
	]


def test_people_present_online_per_organisation_a_legend_with_organisations_and_a_guest_speaker():
	report = ri.recognise_report(
		"Rencontre du réseau – jeudi 14 mars 2019\n\n**Présents sur place**\n\n- CPAS de Liège : Benoît Lejeune\n\n"
		"**Présents sur Teams**\n\n- CPAS d'Anvers : Nadia Ouali\n\n**Excusés**\n\n- Tom Janssens (Anvers)\n\n"
		"# 1. Accueil\n\nTexte.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Benoît Lejeune", "Present", "LIEGE"),
		("Nadia Ouali", "Present", "ANTWERPEN"),
		("Tom Janssens", "Excused", "ANTWERPEN"),
	]
	legend = ri.recognise_report(
		"Verslag online overleg – 12 mei 2020\n\nAanwezig: JP, GVH; tolken: ML\n\nVerontschuldigd: WVD\n\n*Legende*\n\n"
		"| JP | Jonas Peeters (POD MI) |\n| GVH | Griet Van Hecke (OCMW Gent) |\n| WVD | Wim Van Dyck (OCMW Schoten) |\n"
		"| ML | Marc Lefèvre (tolk / interprète) |\n\n# 1. Welkom\n\nTekst.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in legend.attendees] == [
		("Jonas Peeters", "Present", None),
		("Griet Van Hecke", "Present", "GENT"),
		("Marc Lefèvre", "Present", None),
		("Wim Van Dyck", "Excused", "SCHOTEN"),
	]
	guests = ri.split_people(
		"Samira Benali (POD MI); tolken / interprètes: Koen Dierickx; gastspreker / oratrice invitée: Hilde Vandevelde "
		"(Universiteit Antwerpen)."
	)
	assert [(p.full_name, p.organisation) for p in guests] == [
		("Samira Benali", "POD MI"),
		("Koen Dierickx", ""),
		("Hilde Vandevelde", "Universiteit Antwerpen"),
	]


@pytest.mark.parametrize(
	"sentence, owner",
	[
		(
			"Fatoumata et Cédric adaptent la version « facile à lire » de l'enquête.",
			"Several Network Contacts",
		),
		("Le CPAS de Bruxelles fait traduire l'enquête en arabe et en russe.", "CPAS"),
		("Chaque CPAS vérifie d'ici fin avril quelles données il récolte déjà.", "CPAS"),
		(
			"Trouver un CPAS d'accueil pour la rencontre de printemps : personne ne s'est encore proposé.",
			"To Be Assigned",
		),
		("- Lesgever voor de vormingsdag zoeken → ???", "To Be Assigned"),
		(
			"De contactlijst van het netwerk moet nog bijgewerkt worden, maar wie dat doet is nog niet duidelijk.",
			"To Be Assigned",
		),
	],
)
def test_more_tasks_in_the_present_and_tasks_nobody_has_taken_yet(sentence, owner):
	report = ri.recognise_report(
		"Rapport 12 janvier 2024\n\nPrésents : Fatoumata Diallo (CPAS Liège), Cédric Fraipont (CPAS Liège)\n\n"
		f"# 1. Enquête\n\nTexte.\n\n{sentence}\n"
	)
	assert [a.owner_type for a in report.action_points] == [owner]


def test_a_row_of_actions_whose_owner_is_still_to_be_found_in_two_languages_and_a_heading_in_a_table_of_one_row():
	report = ri.recognise_report(
		"Verslag 12 januari 2024\n\nAanwezig: Jan Peeters (OCMW Gent)\n\n# 1. Acties\n\n"
		"| N° | Action / Actie | Qui / Wie | Pour le / Tegen |\n"
		"| 6 | Trouver un lieu pour la réunion; Een locatie zoeken | à déterminer / te bepalen | — |\n\n"
		"| 2 | Nieuwe tevredenheidsenquête |\n\n→ Jan stuurt de definitieve enquête in 6 talen door.\n"
	)
	assert [(a.owner_type, a.action[:16]) for a in report.action_points] == [
		("To Be Assigned", "Trouver un lieu "),
		("Network Contact", "Jan stuurt de de"),
	]
	assert [(s.number, s.heading) for s in report.sections] == [
		("1", "Acties"),
		("2", "Nieuwe tevredenheidsenquête"),
	]


def test_a_surname_a_pdf_put_on_the_next_line_joins_its_first_name():
	report = ri.recognise_report(
		"Rapport rencontre CPAS\n\nJeudi 7 juin 2018\n\n**Présents / Aanwezig :**\n\n"
		"CPAS de Bruxelles / OCMW Brussel : Mehdi Amrani, Sarah Lambrechts, Kevin\nMukendi\n"
		"SPP IS / POD MI : Céline Marchal\n\n# 1. Accueil\n\nTexte.\n"
	)
	assert [(p.full_name, p.cpas) for p in report.attendees] == [
		("Mehdi Amrani", "BRUXELLES"),
		("Sarah Lambrechts", "BRUXELLES"),
		("Kevin Mukendi", "BRUXELLES"),
		("Céline Marchal", None),
	]


def test_tasks_read_once_when_a_statement_comes_first_and_no_task_in_a_note_or_with_its_date_still_open():
	report = ri.recognise_report(
		"Rapport – Verslag, 7 juin 2018\n\nPrésents : Mehdi Amrani (CPAS Bruxelles), Youssef El Khattabi (OCMW Gent), "
		"Jérôme Lambotte (CPAS Liège)\n\n# 1. Ateliers\n\nDe groepsateliers worden per taal georganiseerd als de groep groot "
		"genoeg is.\n\nMehdi envoie la grille d'évaluation à tous les CPAS avant le 30 juin.\n\n"
		"Le SPP IS vérifie si les frais d'interprétation sont éligibles.\n\n"
		"Bram, klopt dit zo? Ik kon je notities bij punt 4 niet goed lezen.\n\n# 2. Afspraken\n\n"
		"- Youssef en Jérôme zetten een uitwisseling tussen de bemiddelaars op (datum nog te bepalen).\n\n"
		"# 3. Samenvatting\n\nMehdi stuurt het evaluatierooster vóór 30 juni naar alle OCMW's.\n\n"
		"Het POD MI gaat na of de kosten voor tolken subsidiabel zijn.\n"
	)
	assert [(a.owner_type, a.action[:14]) for a in report.action_points] == [
		("Network Contact", "Mehdi envoie l"),
		("SPP", "Le SPP IS véri"),
		("Several Network Contacts", "Youssef en Jér"),
	]
	assert report.remarks == ["Bram, klopt dit zo? Ik kon je notities bij punt 4 niet goed lezen."]


def test_pandoc_s_raw_block_between_two_lists_is_no_text():
	from amif_network.rules import report_documents as documents

	lines = documents.normalise_markdown("- een\n\n```{=html}\n<!-- -->\n```\n\n- twee\n").splitlines()
	assert [line for line in lines if line.strip()] == ["- een", "- twee"]


def test_what_will_be_made_known_later_stays_a_task_nobody_has_yet():
	report = ri.recognise_report(
		"Verslag 3 april 2023\n\nAanwezig: Jan Peeters (OCMW Gent)\n\n# 1. Varia\n\n"
		"De datum van de volgende bijeenkomst wordt later meegedeeld.\n"
	)
	assert [a.owner_type for a in report.action_points] == ["To Be Assigned"]


def test_initials_up_to_a_surname_s_particle_and_with_a_small_letter_stand_for_their_person():
	assert ri._initials_of("Yasmina El Khattabi", "YE")
	assert ri._initials_of("Katrien Van Acker", "KV")
	assert not ri._initials_of("Katrien Vermeulen Acker", "KV")  # no particle: not the first two names
	assert _people_of(
		"Réunion du 16/09/2021\n\nParticipants : VD, KV (Gand)\n\nExcusés : YE (Gand)\n\n"
		"Légende : VD = Véronique Delhaye ; KV = Katrien Van Acker ; YE = Yasmina El Khattabi\n\n# 1. Tâches\n\nTexte.\n"
	) == [
		("Véronique Delhaye", "Present", "GENT"),
		("Katrien Van Acker", "Present", "GENT"),
		("Yasmina El Khattabi", "Excused", "GENT"),
	]
	assert _people_of(
		"Réunion du 22 mars 2018\n\n**Présents :**\n\nNadia Lambotte (NLa) – CPAS de Liège\n\n"
		"Gaëtan Renard (GR) – CPAS de Liège\n\n# 1. Accueil\n\nTexte.\n"
	) == [("Nadia Lambotte", "Present", "LIEGE"), ("Gaëtan Renard", "Present", "LIEGE")]


def test_people_one_a_part_of_a_sentence_and_a_role_at_an_organisation():
	assert _people_of(
		"PV du 3 mars 2023\n\n**Sont présents :**\n\nM. Samir Azzouzi, CPAS d'Anvers\n\n**Sont excusés :**\n\n"
		"M. Wim Peeters, CPAS d'Anvers ; M. Tom Vervoort, CPAS de Mortsel.\n\n# 1. Approbation\n\nTexte.\n"
	) == [
		("Samir Azzouzi", "Present", "ANTWERPEN"),
		("Wim Peeters", "Excused", "ANTWERPEN"),
		("Tom Vervoort", "Excused", "MORTSEL"),
	]
	assert [(p.full_name, p.cpas) for p in ri.split_people("Lotte Claeys, stagiaire OCMW Gent")] == [
		("Lotte Claeys", "GENT")
	]
	assert [
		(p.full_name, p.cpas) for p in ri.split_people("Marie Dupont, assistante sociale CPAS de Liège")
	] == [("Marie Dupont", "LIEGE")]


@pytest.mark.parametrize(
	"body",
	[
		"(relire avec Samir avant envoi)",
		"[FR-tekst nog te laten nakijken door Dirk]",
		"Gent telt 23 deelnemers (niet helemaal zeker van dit cijfer – Wim, kan je bevestigen?).",
		"NB secrétariat : Pieter, peux-tu relire la partie néerlandaise avant diffusion ?",
		"Approuvé en séance du …………",
		"KVA: Leen, klopt dit zo? Graag checken.",
		"Traduction NL à vérifier par Pieter (je ne suis pas sûr de tous les termes).",
		"NL : à traduire",
	],
)
def test_a_text_to_read_before_it_is_sent_a_figure_not_sure_and_a_translation_to_make_are_remarks(body):
	remarks = _remarks_of(body)
	assert remarks and ri.fold(body).strip("]) .?")[-10:] in ri.fold(remarks[0])


def test_a_note_of_its_own_sentences_in_a_paragraph_is_one_remark():
	assert _remarks_of(
		"In Gent hebben 23 deelnemers een module afgewerkt. [Hilde, klopt dit cijfer? Ik heb 23 genoteerd maar ben "
		"niet zeker] De meeste deelnemers kwamen heel regelmatig."
	) == ["[Hilde, klopt dit cijfer? Ik heb 23 genoteerd maar ben niet zeker]"]


def test_an_organisation_s_town_wrapped_by_a_pdf_stays_with_its_person():
	from amif_network.rules import report_documents as documents

	lines = documents.logical_lines(
		"Julie Masson – CPAS Bruxelles / OCMW\nBrussel\nStand van zaken per OCMW\nGent\n"
	)
	assert [line.text for line in lines if line.text] == [
		"Julie Masson – CPAS Bruxelles / OCMW Brussel",
		"Stand van zaken per OCMW",
		"Gent",
	]


def test_one_task_read_again_in_the_other_language_is_left_out():
	report = ri.recognise_report(
		"Verslag 9 februari 2017\n\nAanwezig: Naima El Idrissi (OCMW Antwerpen)\n\n# 1. Actiepunten\n\n"
		"- De POD MI vertaalt de tevredenheidsenquête naar het Arabisch, Dari en Tigrinya.\n\n"
		"# 1. Points d'action\n\n- Le SPP IS fait traduire l'enquête de satisfaction en arabe, en dari et en tigrinya.\n"
	)
	assert [a.action[:10] for a in report.action_points] == ["De POD MI "]
	assert ri._sentence_language("Le SPP IS fait traduire l'enquête en arabe, en dari et en anglais.") == "fr"


def test_a_decision_for_from_now_on_is_no_task_and_owners_said_before_a_colon_or_as_the_subject():
	assert _points("Er wordt afgesproken dat de partners voortaan elk kwartaal samenkomen.") == []
	assert _points("We houden deze korte call voortaan elke twee weken, zolang de maatregelen duren.") == []
	assert _owners_of(
		"## Actions\n\n- Pour Charleroi : transmettre les chiffres du module 3 (Binche compris)."
	) == [("Pour Charleroi : transmettre les chiffres du module 3 (Binche compris).", "CPAS", "CHARLEROI")]
	assert _owners_of(
		"## Acties\n\n- OCMW Antwerpen verzamelt de cijfers van de partners (Schoten, Edegem, Mortsel)."
	) == [
		(
			"OCMW Antwerpen verzamelt de cijfers van de partners (Schoten, Edegem, Mortsel).",
			"CPAS",
			"ANTWERPEN",
		)
	]


def test_the_writer_named_in_brackets_owns_a_task_in_the_first_person_under_what_is_still_to_do():
	report = ri.recognise_report(
		"Verslag 3 maart 2022\n\nAanwezig: Sarah Janssens (OCMW Edegem), Kristien Mertens (OCMW Schoten)\n\n"
		"## Wat moet er nog gebeuren?\n\n- Ik (Sarah) maak een lijstje van cliënten en stuur dat naar Naima.\n"
		"- Nog iemand zoeken om de uitstap naar Brussel te begeleiden (niemand aangeduid).\n"
	)
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Network Contact", ["Sarah Janssens"]),
		("To Be Assigned", []),
	]


def test_an_agenda_given_again_in_the_other_language_is_read_once():
	report = ri.recognise_report(
		"Rapport 24 novembre 2016\n\n**Ordre du jour**\n\n10:00 – 10:30 Accueil\n\n10:30 – 11:15 Le FAMI\n\n"
		"11:15 – 12:00 Divers\n\n**Agenda**\n\n10:00 – 10:30 Onthaal\n\n10:30 – 11:15 Het AMIF\n\n11:15 – 12:00 Varia\n\n"
		"# I. Accueil\n\nTexte.\n"
	)
	assert [a.title for a in report.agenda] == ["Accueil", "Le FAMI", "Divers"]


def test_a_markdown_paragraph_wrapped_at_the_converter_s_width_is_one_line():
	from amif_network.rules import report_documents as documents

	wrapped = (
		"**Réunion réseau FAMI du 16/09/2021 (visio) -- Décisions et tâches**\n\n"
		"**Participants :** VD, KB (Charleroi), NG (Binche), PG (SPP), OD, SL\n(Liège), KV (Gand)\n\n"
		"*Légende : VD = Véronique Delhaye ; KB = Karim Bouzid ; NG = Nathalie\nGhislain ; PG = Pieter Goossens*\n\n"
		"## Décisions\n\n1.  On passe à 6 + 1 par groupe dès le 1er octobre (Charleroi, Binche,\n    Liège).\n\n"
		"2.  Les rencontres du réseau restent en visio jusqu\\'à fin 2021.\n\n"
		"- Ilse Goossens (OCMW Edegem)\n**Aanwezig via Teams**\n"
	)
	lines = [line for line in documents.normalise_markdown(wrapped).splitlines() if line.strip()]
	assert (
		"*Légende : VD = Véronique Delhaye ; KB = Karim Bouzid ; NG = Nathalie Ghislain ; PG = Pieter Goossens*"
		in lines
	)
	assert "1.  On passe à 6 + 1 par groupe dès le 1er octobre (Charleroi, Binche, Liège)." in lines
	assert lines[-2:] == ["- Ilse Goossens (OCMW Edegem)", "**Aanwezig via Teams**"]
	# a document's own text, one paragraph a line, is not joined
	own = documents.normalise_markdown(
		"- Compléter le tableau des présences 2019 (tous les CPAS)\nProchaine rencontre : jeudi"
	)
	assert own.splitlines() == [
		"- Compléter le tableau des présences 2019 (tous les CPAS)",
		"Prochaine rencontre : jeudi",
	]


def test_a_table_of_tasks_one_cell_a_line_with_the_owners_initials_first():
	report = ri.recognise_report(
		"Verslag werkgroep\ndinsdag 26 november 2019\nAanwezig:\n    • Griet Vanhoutte (GV), POD MI\n"
		"    • Hilde Van Acker (HVA), OCMW Gent\n    • Karim Bouzidi (KB), OCMW Gent\nWelkom\nHVA heet iedereen welkom.\n"
		"To do's\nWie\nWat\nTegen\nGV\nsjabloon oriëntatiebalans van Luik doorsturen\n15/12\nHVA + KB\n"
		"verslag van de eerste module voorstellen\nmaart\n"
	)
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Network Contact", ["Griet Vanhoutte"]),
		("Several Network Contacts", ["Hilde Van Acker", "Karim Bouzidi"]),
	]


def test_a_numbered_item_of_a_pdf_s_layout_is_no_table_row():
	from amif_network.rules import report_documents as documents

	lines = documents.logical_lines(
		"Actiepunten\n\n1.   Yasmina maakt een vereenvoudigde versie van de tevredenheidsenquête (met pictogrammen).\n"
	)
	assert [line.text for line in lines if line.text][1:] == [
		"1. Yasmina maakt een vereenvoudigde versie van de tevredenheidsenquête (met pictogrammen)."
	]


def test_a_legend_and_a_list_of_initials_a_pdf_broke_over_their_lines():
	people = _people_of(
		"Réunion du 16/09/2021\n\nParticipants : VD, KB (Charleroi), OD, WP, LV\n(Anvers), IG (Bruxelles)\n\n"
		"*Légende : VD = Véronique Delhaye ; KB = Karim Bouzid ; OD = Olivier*\n"
		"*Dethier ; WP = Wim Peeters ; LV = Leen Verhaegen ; IG = Isabelle Gérard*\n\n# Décisions\n\nTexte.\n"
	)
	assert ("Véronique Delhaye", "Present", "CHARLEROI") in people
	assert ("Wim Peeters", "Present", "ANTWERPEN") in people
	assert ("Leen Verhaegen", "Present", "ANTWERPEN") in people
	assert ("Isabelle Gérard", "Present", "BRUXELLES") in people


def test_a_table_of_how_people_took_part_its_two_cells_run_together_by_a_pdf():
	assert _people_of(
		"Verslag 12 mei 2022\nAanwezig / Présents\nTer plaatse / Sur place Online / En ligne\n"
		"Tom Vervoort (OCMW Mortsel) Olivier Dethier (CPAS Liège)\nSamir Azzouzi (OCMW Antwerpen)\n"
		"Agenda / Ordre du jour\n13u30 Onthaal\n1. Onthaal\nTekst.\n"
	) == [
		("Tom Vervoort", "Present", "MORTSEL"),
		("Olivier Dethier", "Present", "LIEGE"),
		("Samir Azzouzi", "Present", "ANTWERPEN"),
	]


def test_the_next_label_of_how_people_took_part_run_into_a_list():
	assert [
		(p.full_name, p.cpas)
		for p in ri.split_people("Tom Peeters (OCMW Antwerpen) Online: Ann Verstraeten (POD MI)")
	] == [
		("Tom Peeters", "ANTWERPEN"),
		("Ann Verstraeten", None),
	]


def test_a_task_to_check_before_sending_is_no_remark():
	assert _remarks_of("Vérifier la version arabe de l'enquête avant l'envoi") == []
	assert _remarks_of("(relire avec Samir avant envoi)") == ["(relire avec Samir avant envoi)"]


@pytest.mark.parametrize(
	"body",
	[
		"Aantal deelnemers met een oriëntatiebalans in 2016: ... (cijfer op te vragen).",
		"*Tekst in geel nog te bevestigen door Koen en Eva.*",
		"*(version NL relue par Yusuf – à valider par le SPP)*",
		"*(Pieter : merci de compléter D3 si j'ai mal résumé)*",
		"Le module 3 a démarré en janvier. Liège compte XX participants dans le module 3.",
		"[Liège : merci de compléter le nombre de participants du module 3]",
		"*(Els, mag jij dit nog nalezen voor ik het doorstuur?)*",
		"*(vertaling Julien – graag nalezen)*",
	],
)
def test_a_figure_to_ask_a_text_in_colour_to_confirm_and_a_colleague_asked_to_complete_are_remarks(body):
	remarks = _remarks_of(body)
	assert remarks and ri.fold(body).strip("*]) .?")[-10:] in ri.fold(remarks[-1])


def test_a_note_said_settled_and_what_someone_reported_at_the_meeting_are_no_remarks():
	assert _remarks_of("[Yusuf, kan jij deel 3 en 4 aanvullen? – gedaan]") == []
	report = ri.recognise_report(
		"Verslag overleg 12 januari 2026\nAanwezig: Katrien Peeters (OCMW Antwerpen)\n2 Bewaring dossiers\n"
		"Vraag van Schoten: hoe lang moeten de papieren dossiers bewaard blijven?\n"
		"Actie POD MI: een modelnota over bewaartermijnen bezorgen aan alle OCMW's.\n"
		"[Yusuf, kan jij deel 3 en 4 aanvullen? – gedaan]\n3 Planning 2026\nInfosessies in Schoten in het voorjaar.\n"
	)
	assert [(a.owner_type, a.action[:9]) for a in report.action_points] == [("SPP", "een model")]
	assert _remarks_of("Bram meldt dat de tevredenheidsenquêtes van de lente nog niet verwerkt zijn.") == []
	assert _remarks_of("Le groupe compte XX participants.") == ["Le groupe compte XX participants."]
	assert _remarks_of("Un film sur le XXe siècle a été présenté.") == []


def test_an_agenda_item_with_its_time_after_a_dash():
	assert ri.parse_time_slot("Le recrutement dans Activ'Up – 10h00") == ri.AgendaItem(
		"Le recrutement dans Activ'Up", "10:00", ""
	)
	assert ri.parse_time_slot("Réunion du réseau – suite") is None
	assert ri.parse_time_slot("Jeudi 19 octobre 2017 – 9h30") is None  # when the meeting starts


def test_tasks_made_to_circulate_by_initials_of_two_and_by_the_spp_s_secretariat():
	people = "Présents : Sarah Collignon (Liège), Amina Bouzid (Charleroi)"
	assert _points(
		"Sarah Collignon fait circuler la version simple de l'enquête pour le 30 avril.", people
	) == [("Network Contact", ["Sarah Collignon"], None)]
	assert _points(
		"Le secrétariat (SPP) transmettra la note « conservation des documents » aux directions des CPAS."
	) == [("SPP", ["Le secrétariat (SPP)"], None)]
	assert _points("La journée réseau 2026 sera organisée en Flandre.") == []
	assert _points("Les données des participants ne seront jamais échangées sous leur nom.") == []
	report = ri.recognise_report(
		"Verslag 26 november 2019\n\nAanwezig: VD, YA\n\nLegende: VD = Veerle Dhondt (OCMW Gent), YA = Youssef "
		"Amrani (OCMW Antwerpen)\n\n**Oriëntatiebalans**\n\n→ VD en YA wisselen hun intakeformulieren uit.\n"
	)
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Several Network Contacts", ["Veerle Dhondt", "Youssef Amrani"])
	]


def test_a_numbered_heading_under_the_writer_s_line_after_the_title_of_the_report_s_other_language():
	for mark, italic in (("## ", "*"), ("", "")):  # as a .docx gives it, and as a plain text
		report = ri.recognise_report(
			f"Rapport 17 octobre 2019\n\n{mark}1. Accueil\n\nBienvenue à tous.\n\n{mark}2. Divers\n\nRien.\n\n"
			f"Verslag – Nederlandse versie\n\n{italic}Verslag opgesteld door Leen De Smet (OCMW Gent), ter vervanging "
			f"van Hélène Vandermeersch.{italic}\n\n{mark}1. Onthaal\n\nWelkom aan iedereen en een korte voorstelling "
			f"van de dienst.\n\n{mark}2. Varia\n\nNiets meer te melden vandaag.\n"
		)
		assert [(s.number, s.heading) for s in report.sections if s.number] == [
			("1", "Accueil"),
			("2", "Divers"),
			("1", "Onthaal"),
			("2", "Varia"),
		]


def test_a_task_ticked_off_a_decision_labelled_as_such_and_one_marked_done_are_no_tasks():
	report = ri.recognise_report(
		"Verslag 3 februari 2026\n\nAanwezig: Bram Hermans (OCMW Mortsel)\n\n# 4. Afsluiting en afspraken\n\n"
		"☑ Tevredenheidsenquêtes 2025 verzameld (alle OCMW's)\n\n"
		"☐ Bram: resultaatindicatoren van Mortsel invullen in het sjabloon van de POD tegen 30 april\n\n"
		"Beslist: we houden de 6 + 1-regel voor groepen niet langer aan.\n\n"
		"- Bram: de gids verspreiden bij de maatschappelijk werkers (gedaan ✔)\n"
	)
	assert [(a.owner_type, a.action[:5]) for a in report.action_points] == [("Network Contact", "Bram:")]


def test_a_people_table_a_pdf_ran_together_a_row_a_line_with_initials_or_several_rows_a_line():
	report = ri.recognise_report(
		"Rapport rencontre CPAS\n17 octobre 2019\nPrésents\nNom Initiales Organisation\n"
		"Leen De Smet LDS CPAS Gand\nPieter Goossens PG SPP IS\nMarianne Lefèvre interprète\n"
		"Excusés : Christophe Lambotte (CPAS Liège)\nOrdre du jour\n09:30 – 10:00 Accueil\n1. Accueil\n"
		"Leen De Smet accueille les participants.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Leen De Smet", "Present", "GENT"),
		("Pieter Goossens", "Present", None),
		("Marianne Lefèvre", "Present", None),
		("Christophe Lambotte", "Excused", "LIEGE"),
	]
	report = ri.recognise_report(
		"Rapport de la rencontre\n21 octobre 2021\nParticipants / Deelnemers\n"
		"Nom / Naam Organisation / Organisatie Présence / Aanwezigheid\n"
		"Isabelle Van Hove CPAS de Bruxelles présente (salle) Fatma Yilmaz OCMW Antwerpen aanwezig (zaal) "
		"Véronique Delcourt CPAS de Binche excusée\nOrdre du jour\n9h30 – 10h00 : Accueil\n1. Accueil\n"
		"Isabelle Van Hove accueille les participants.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Isabelle Van Hove", "Present", "BRUXELLES"),
		("Fatma Yilmaz", "Present", "ANTWERPEN"),
		("Véronique Delcourt", "Excused", "BINCHE"),
	]


def test_an_agenda_title_a_pdf_wrapped_goes_on_and_a_sentence_after_a_timed_agenda_is_no_item():
	report = ri.recognise_report(
		"Verslag 12 mei 2020\nAanwezig: Els Wouters (OCMW Antwerpen)\nAgenda\n14u00 – 14u10 Check-in\n"
		"14u10 – 15u00 Stand van zaken per\nOCMW tijdens de lockdown\n15u00 – 15u30 Présentation du projet « Samen\n"
		"Verder »\n15u30 – 15u45 Varia\n1. Check-in\nEls Wouters opent de vergadering en heet iedereen welkom.\n"
	)
	assert [(a.from_time, a.title) for a in report.agenda] == [
		("14:00", "Check-in"),
		("14:10", "Stand van zaken per OCMW tijdens de lockdown"),
		("15:00", "Présentation du projet « Samen Verder »"),
		("15:30", "Varia"),
	]
	report = ri.recognise_report(
		"Rapport 29 septembre 2022\n\n**Ordre du jour**\n\n| Heure | Point | Punt |\n"
		"| 10h00 – 11h00 | Le nouveau programme FAMI | Het nieuwe AMIF programma |\n"
		"| 2021-2027 et les indicateurs | 2021-2027 en de indicatoren |\n| 11h00 – 12h00 | Divers | Varia |\n\n"
		"| 12.30 u. | Lunch |\n\n*Anne-Sophie Baert verzorgde fluistertolken Nederlands-Frans voor de Franstalige*\n"
		"*collega's. Le français suit la partie néerlandaise.*\n\n"
		"# 1. Accueil\n\nJulien Dethier accueille les collègues.\n"
	)
	assert [(a.from_time, a.title) for a in report.agenda] == [
		("10:00", "Le nouveau programme FAMI 2021-2027 et les indicateurs"),
		("11:00", "Divers"),
		("12:30", "Lunch"),
	]


def test_french_en_is_no_dutch_word_and_a_list_of_tasks_given_again_in_dutch_is_read_once():
	assert (
		ri._sentence_language(
			"SPP : faire traduire l'enquête de satisfaction en arabe, en dari et en tigrinya."
		)
		== "fr"
	)
	assert ri._sentence_language("Jan en Piet sturen de lijst naar het POD.") == "nl"
	report = ri.recognise_report(
		"Rapport 17 octobre 2019\n\nPrésents : Bart Van Damme (CPAS Gand)\n\n## 5. Actions\n\n"
		"- SPP : faire traduire l'enquête de satisfaction en arabe, en dari et en tigrinya.\n"
		"- CPAS de Mortsel : partager son affiche de recrutement simplifiée.\n\n## 5. Acties\n\n"
		"- POD: de tevredenheidsenquête laten vertalen in het Arabisch, Dari en Tigrinya.\n"
		"- OCMW Mortsel: zijn vereenvoudigde wervingsaffiche delen.\n"
	)
	assert [a.action[:5] for a in report.action_points] == ["SPP :", "CPAS "]


def test_a_signature_under_its_greeting_and_an_agenda_in_small_letters_stay_as_they_are():
	report = ri.recognise_report(
		"PV de la réunion du 12 mars 2019\n\nI. Accueil\n\nBienvenue à tous les participants de la réunion.\n\n"
		"IV. Divers\n\nNéant.\n\nPour le CPAS de Binche,\n\nV. Lenoir\n"
	)
	assert [s.number for s in report.sections] == ["I", "IV"]
	report = ri.recognise_report(
		"Netwerkoverleg 4 februari 2021\nAgenda\n11u45 – 12u15 rapportering 2020\n12u15 – 12u30 varia\ncovid-update\n"
		"Elk OCMW vertelt hoe de groepen verlopen tijdens de lockdown en wat er nog mogelijk is.\n"
	)
	assert [a.title for a in report.agenda] == ["rapportering 2020", "varia"]


def test_people_grouped_after_their_organisation_in_a_sentence_and_an_annex_table_after_the_interpreters():
	report = ri.recognise_report(
		"Compte rendu\n\n**Jeudi 29 septembre 2022**\n\nLe CPAS de Binche a accueilli le réseau. Étaient présents : "
		"pour le SPP, Yasmina El Kaddouri et Thomas Lambrechts ; pour le CPAS de Gand, Bram Vercruysse. Se sont "
		"excusés : Koen Peeters (Anvers).\n\n**1) Tour de table**\n\nTexte du tour de table.\n"
	)
	assert [(p.full_name, p.cpas or p.organisation_type) for p in report.attendees] == [
		("Yasmina El Kaddouri", "SPP"),
		("Thomas Lambrechts", "SPP"),
		("Bram Vercruysse", "GENT"),
		("Koen Peeters", "ANTWERPEN"),
	]
	report = ri.recognise_report(
		"Journée du réseau FAMI\n\n12 juin 2025\n\nPrésents / Aanwezig : voir annexe 1 – zie bijlage 1\n\n"
		"Interprétation simultanée FR/NL – Simultaanvertaling FR/NL : Marc Stassart, Irina Popescu\n\n"
		"# 1. Accueil – Onthaal\n\nCafé et inscriptions.\n\n# Annexe 1 – Liste des participants – Deelnemerslijst\n\n"
		"| Nom – Naam | Organisation – Organisatie | Présent / Excusé – Aanwezig / Verontschuldigd |\n"
		"| Kevin Lambot | CPAS Charleroi | Présent – Aanwezig |\n"
		"| Ellen Huybrechts | OCMW Schoten | Excusé(e) – Verontschuldigd |\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Marc Stassart", "Present", None),
		("Irina Popescu", "Present", None),
		("Kevin Lambot", "Present", "CHARLEROI"),
		("Ellen Huybrechts", "Excused", "SCHOTEN"),
	]


def test_an_intervision_s_steps_its_participants_and_its_follow_up_with_initials_in_square_brackets():
	report = ri.recognise_report(
		"Intervision en ligne – réseau FAMI\n\nMardi 11 février 2025, 10h00 – 11h30, Microsoft Teams\n\n"
		"**Participaient à l'intervision :**\n\n- Alain Pirard\tCPAS de Liège (cas présenté)\n"
		"- Ilse Van Dyck\tCPAS d'Anvers\n\n**Déroulement :**\n\n1. Météo du jour\n\n2. Présentation du cas (Alain)\n\n"
		"## Météo\n\nChacun dit comment il arrive.\n\n## Suites\n\n"
		"- Organiser un entretien avec interprète pour Mme A. [AP]\n"
		"- Envoyer au groupe la liste des services de santé mentale [IVD]\n- Présenter un cas lors de la prochaine séance [?]\n"
	)
	assert [p.full_name for p in report.attendees] == ["Alain Pirard", "Ilse Van Dyck"]
	assert [a.title for a in report.agenda] == ["Météo du jour", "Présentation du cas (Alain)"]
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Network Contact", ["Alain Pirard"]),
		("Network Contact", ["Ilse Van Dyck"]),
		("To Be Assigned", []),
	]


def test_an_agenda_announced_in_a_long_sentence_or_numbered_in_brackets_and_one_only_referred_to():
	report = ri.recognise_report(
		"Procès-verbal de la réunion du 14 octobre 2021\n\nÉtaient présents : Madame Sophie Thiry (CPAS de Liège) et "
		"Monsieur Karim Benali (CPAS de Charleroi).\n\nL'ordre du jour, tel qu'il avait été communiqué aux membres par "
		"courrier électronique du 4 octobre 2021, comportait les points suivants :\n\na) accueil et approbation du "
		"procès-verbal ;\n\nb) divers.\n\nLa séance est ouverte à 10 heures par la présidente, qui remercie le CPAS.\n"
	)
	assert [a.title.rstrip(" .;") for a in report.agenda] == [
		"accueil et approbation du procès-verbal",
		"divers",
	]
	report = ri.recognise_report(
		"Réunion FAMI (Teams) – 27 janvier 2026\n\nAu programme :\n\n(1) Clôture des trajets 2025\n\n(2) Divers\n\n"
		"**1 – Clôture des trajets 2025**\n\nTour rapide des CPAS.\n\n**2 – Divers**\n\nRien.\n"
	)
	assert [a.title for a in report.agenda] == ["Clôture des trajets 2025", "Divers"]
	assert [(s.number, s.heading) for s in report.sections] == [
		("1", "Clôture des trajets 2025"),
		("2", "Divers"),
	]
	report = ri.recognise_report(
		"Verslag – netwerkbijeenkomst AMIF – 28 november 2024\n\nAgenda: zie uitnodiging van 4 november.\n\n"
		"**1 – Opening**\n\nJoke Mertens verwelkomt het netwerk.\n\n**2 – Varia**\n\nNiets.\n"
	)
	assert report.agenda == [] and [s.number for s in report.sections] == ["1", "2"]


def test_a_date_is_no_heading_nor_an_agenda_item_and_the_e_mail_or_signature_under_the_tasks_no_task():
	assert ri.parse_heading("23 mars 2017") is None
	assert ri.parse_time_slot("Datum: dinsdag 27 september 2022, 09.30 – 15.00 uur") is None
	report = ri.recognise_report(
		"Rapport 16 mars 2016\n\nPrésents : Hanne De Smet (CPAS Gand), Wouter Peeters (CPAS Anvers)\n\n## Actions\n\n"
		"- Mme Hanne De Smet et M. Wouter Peeters examineront avec le POD la traduction néerlandaise.\n\n"
		"Aurélie Dethier\n\nVan: Bouzidi Mehdi\n\n10h00 – 10h30 : Accueil / Onthaal\n\n"
		"**Rapport échange entre CPAS – Anvers**\n\n**23 mars 2017**\n\n"
	)
	assert [(a.owner_type, a.owners) for a in report.action_points] == [
		("Several Network Contacts", ["Hanne De Smet", "Wouter Peeters"])
	]
	assert "23 mars 2017" not in [s.heading for s in report.sections]
	assert _points("Elk OCMW telt hoeveel tolkuren het in 2016 gebruikt heeft, tegen 15 april.") == [
		("CPAS", ["Elk OCMW"], None)
	]
	assert _points("Merci à toutes et à tous pour cet après-midi très riche !") == []


@pytest.mark.parametrize(
	"body",
	[
		"Het budget was 12 000 euro (bedrag nakijken) voor vervoer.",
		"De tolkkosten bedroegen 4 000 euro (bedrag nog op te zoeken).",
		"[definitie 'einde van de activiteit' nog af te stemmen met de VA]",
		"(à nettoyer + traduire avant envoi !!)",
		"[Ann: Franse versie later]",
		"[XX : chiffres de Bruxelles manquants]",
		"Brouillon – pas encore relu",
		"NOG NALEZEN DOOR LOTTE",
		"(Joris, mag dit zo in het verslag of is dit te gevoelig?)",
		"Klik of tik om tekst in te voeren.",
		"[naam verslaggever]",
	],
)
def test_a_sum_to_check_a_version_later_a_name_asked_a_template_s_prompt_and_a_draft_not_read_are_remarks(
	body,
):
	remarks = _remarks_of(body)
	assert remarks and ri.fold(body).strip("]) .?!")[-8:] in ri.fold(remarks[-1])


def test_a_course_still_followed_a_final_version_and_an_owner_asked_for_are_no_remarks():
	assert _remarks_of("Veel deelnemers volgen nog een taalcursus na het traject.") == []
	assert _remarks_of("Versie 1.0 – definitief") == []
	assert _remarks_of("- Handleiding in het Frans nakijken (wie?)") == []


def test_visitors_and_hosts_with_their_organisation_in_brackets_and_who_sat_round_the_table():
	report = ri.recognise_report(
		"Uitwisselingsbezoek OCMW Gent bij CPAS Brussel\n\nDinsdag 23 april 2024\n\n"
		"Bezoekers (OCMW Gent): Koen De Smet (verslag), Lotte Van Acker\n\n"
		"Gastheren (CPAS Brussel): Olivier Kabongo, Rachida Bouzid\n\nVerontschuldigd: Hilde Verstraete (OCMW Gent)\n\n"
		"**1 – Ontvangst en rondleiding**\n\nOlivier Kabongo ontving ons in de antenne.\n"
	)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Koen De Smet", "Present", "GENT"),
		("Lotte Van Acker", "Present", "GENT"),
		("Olivier Kabongo", "Present", "BRUXELLES"),
		("Rachida Bouzid", "Present", "BRUXELLES"),
		("Hilde Verstraete", "Excused", "GENT"),
	]
	report = ri.recognise_report(
		"Werkgroep sociaal tolken – verslag\n\nDinsdag 21 maart 2017\n\nRond de tafel: Hilde Verstraete voor OCMW Gent, "
		"Els Peeters en Mohamed Amrani van OCMW Antwerpen.\n\n**A. Tolkenpool**\n\nHilde legt uit hoe het werkt.\n"
	)
	assert [(p.full_name, p.cpas) for p in report.attendees] == [
		("Hilde Verstraete", "GENT"),
		("Els Peeters", "ANTWERPEN"),
		("Mohamed Amrani", "ANTWERPEN"),
	]


def test_a_date_or_a_place_still_to_confirm_and_a_word_with_a_question_mark_are_no_remarks():
	assert _remarks_of("La prochaine rencontre aura lieu à Gand (lieu exact à confirmer).") == []
	assert _remarks_of("Le budget (RGPD ?) a été discuté.") == []

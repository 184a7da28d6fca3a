"""Reading a report's structure where its format has it, and the recognisers that use it.

Word, PDF and markdown become one small markup (`rules/report_documents.py`); the recognisers read
headings, bold and italic lines, tables and lists from it, and plain text by its layout alone.
"""

import io
import json
from pathlib import Path

import pytest

from amif_network.rules import report_documents as documents
from amif_network.rules import report_import as ri

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "report_corpus"
SPLIT = json.loads((CORPUS / "split.json").read_text(encoding="utf-8"))


def word_document(build) -> bytes:
	docx = pytest.importorskip("docx")
	document = docx.Document()
	build(document)
	buffer = io.BytesIO()
	document.save(buffer)
	return buffer.getvalue()


def test_word_headings_bold_italics_lists_and_tables_are_marked():
	def build(document):
		document.add_paragraph("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", style="Title")
		document.add_heading("Inleiding", level=1)
		document.add_paragraph().add_run("Points forts :").bold = True
		document.add_paragraph().add_run("Ce rapport doit encore être complété.").italic = True
		document.add_paragraph("un point", style="List Bullet")
		table = document.add_table(rows=2, cols=2)
		table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Naam", "Organisatie"
		table.rows[1].cells[0].text, table.rows[1].cells[1].text = "Lisa Asselman", "POD MI"

	lines = [line for line in documents.marked_text_of_docx(word_document(build)).splitlines() if line]
	assert lines == [
		"Verslag bijeenkomst OCMW's – Rapport rencontre CPAS",  # the title stays the title
		"# Inleiding",
		"**Points forts :**",
		"*Ce rapport doit encore être complété.*",
		"- un point",
		"| Naam | Organisatie |",
		"| Lisa Asselman | POD MI |",
	]


def test_a_file_that_is_not_a_word_document_or_a_pdf_is_refused():
	pytest.importorskip("docx")
	with pytest.raises(documents.UnreadableDocument):
		documents.marked_text_of_docx(b"PK\x03\x04 not really a zip")
	with pytest.raises(documents.UnreadableDocument):
		documents.marked_text_of_pdf(b"%PDF-1.4 broken")
	with pytest.raises(documents.UnreadableDocument):
		documents.marked_text_of_pdf(b"plain text")


def test_a_pdf_gives_its_larger_type_as_headings_its_bullets_and_its_table_rows():
	pytest.importorskip("pdfminer")
	pdf = CORPUS / "05_bruxelles-bilan-orientation-2018.pdf"
	lines = documents.marked_text_of_pdf(pdf.read_bytes()).splitlines()
	assert "# Rapport rencontre CPAS – Verslag bijeenkomst OCMW's" in lines
	assert "- Pieter Vanhoutte – POD MI" in lines
	# a cell over two lines joins its row
	assert "| 10h00 | Présentation du bilan d'orientation (CPAS de Bruxelles) |" in lines
	assert "## A. Accueil par le CPAS de Bruxelles" in lines


def test_pandoc_markdown_is_read_as_the_same_markup():
	text = (
		"Verslag OCMW\\'s -- Rapport\n\nIntroduction\n============\n\n"
		"  -----------------------------\n  **Nom**          Organisation\n  ------------ ----------------\n"
		"  Lisa Asselman    SPP IS\n  -----------------------------\n\n## Points forts\n\n*Ce rapport est à compléter.*\n"
	)
	lines = [line for line in documents.logical_lines(text) if line.text]
	assert [line.text for line in lines][:2] == ["Verslag OCMW's – Rapport", "Introduction"]
	assert lines[1].level == 1
	assert lines[3].cells == ["Lisa Asselman", "SPP IS"]
	assert lines[-1].italic and lines[-1].text == "Ce rapport est à compléter."


def test_lines_a_pdf_broke_at_the_page_width_are_joined_but_not_the_next_part():
	body = "Karima Bouzidi présente les indicateurs communs de réalisation et de résultat du"
	text = "\n".join(
		[
			*[f"{body} programme {n}" for n in range(12)],
			"nouveau programme.",
			"Présents : Lisa Asselman (SPP IS), Johan Maekelberg (CPAS Gand), Mieke De Roo (CPAS Gand), Ibrahim",
			"Aguelmin (CPAS Liège)",
			"Excusés : Claudine Gbambili (CPAS Liège)",
			"10h00–10h30 : Accueil",
			"10h30–11h30 : Tour de table des CPAS et des partenaires, avec les projets de chaque CPAS",
			"11h30–12h00 : Divers",
		]
		* 2
	)
	lines = [line.text for line in documents.logical_lines(text) if line.text]
	assert any(line.endswith("Ibrahim Aguelmin (CPAS Liège)") for line in lines)
	assert "Excusés : Claudine Gbambili (CPAS Liège)" in lines
	assert "11h30–12h00 : Divers" in lines  # a time slot starts its own line


def test_a_people_table_with_a_status_column():
	text = (
		"Verslag bijeenkomst OCMW's\n14 maart 2017\n\n**Aanwezigen / Participants**\n\n"
		"| Naam / Nom | Organisatie / Organisation | |\n"
		"| Lisa Asselman | POD MI | aanwezig / présente |\n"
		"| Grégory Mathieu | OCMW Charleroi | verontschuldigd / excusé |\n\n# 1. Onthaal\n\nTekst."
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.organisation_type, p.cpas) for p in report.attendees] == [
		("Lisa Asselman", "Present", "SPP", None),
		("Grégory Mathieu", "Excused", "CPAS", "CHARLEROI"),
	]


def test_a_people_table_exported_cell_by_cell():
	text = (
		"Verslag bijeenkomst OCMW's\n9 maart 2017\nAanwezig\nNaam\nOrganisatie\nLisa Asselman\nPOD MI\n"
		"Wim Peeters\nOCMW Schoten\nKatrien Goossens\nAtlas Integratie & Inburgering Antwerpen\n"
		"Verontschuldigd: Johan Maekelberg (OCMW Gent)\n1. Inleiding\nTekst van de inleiding, lang genoeg."
	)
	report = ri.recognise_report(text)
	assert [(p.full_name, p.attendance, p.cpas) for p in report.attendees] == [
		("Lisa Asselman", "Present", None),
		("Wim Peeters", "Present", "SCHOTEN"),
		("Katrien Goossens", "Present", None),  # another organisation of the town is not its OCMW
		("Johan Maekelberg", "Excused", "GENT"),
	]


def test_an_agenda_announced_in_the_introduction_and_lettered_headings():
	text = (
		"Rapport rencontre CPAS\n17 novembre 2020\n\nParticipants : Agnès Dubus (CPAS de Bruxelles)\n\n"
		"**A. Introduction**\n\nLa réunion s'est tenue en ligne via Zoom, avec interprétation simultanée."
		" Au programme :\n\n- 9h30 – 10h : tour de table\n- 10h – 11h : recruter pendant le confinement\n\n"
		"**B. Recruter**\n\nTexte.\n\n**C. Suite**\n\nTexte."
	)
	report = ri.recognise_report(text)
	assert [(a.from_time, a.to_time, a.title) for a in report.agenda] == [
		("09:30", "10:00", "tour de table"),
		("10:00", "11:00", "recruter pendant le confinement"),
	]
	assert [a.check for a in report.agenda] == [ri.CHECK_AGENDA_IN_TEXT] * 2
	assert [(s.number, s.heading) for s in report.sections] == [
		("A", "Introduction"),
		("B", "Recruter"),
		("C", "Suite"),
	]
	assert report.is_online and report.simultaneous_interpretation


def test_a_meeting_said_to_be_without_interpretation_stays_so():
	text = (
		"Rapport rencontre CPAS\n7 octobre 2021\n\n*Réunion en ligne (Teams), sans interprétation.*\n\n"
		"1. Introduction\n\nNathalie remercie les interprètes de la dernière fois.\n"
	)
	report = ri.recognise_report(text)
	assert report.is_online and not report.simultaneous_interpretation


@pytest.mark.parametrize(
	"sentence, owner_type, owners, owner_cpas, check",
	[
		(
			"Le film sera envoyé par Frederic Darras via un lien.",
			"Network Contact",
			["Frederic Darras"],
			None,
			ri.CHECK_PASSIVE,
		),
		(
			"Les fiches complétées seront envoyées au SPP par Johan Maekelberg et Claudine Gbambili.",
			"Several Network Contacts",
			["Johan Maekelberg", "Claudine Gbambili"],
			None,
			ri.CHECK_PASSIVE,
		),
		(
			"Le SPP vérifie si les frais de transport sont éligibles.",
			"SPP",
			["SPP"],
			None,
			ri.CHECK_PRESENT_TENSE,
		),
		(
			"Silvia bezorgt de planning van de modules aan Mieke.",
			"Network Contact",
			["Silvia Soares"],
			None,
			ri.CHECK_PRESENT_TENSE,
		),
		("Het POD MI zal tegen juni een nieuwe versie bezorgen.", "SPP", ["POD MI"], None, ""),
	],
)
def test_action_points_in_every_tense_with_their_owner(sentence, owner_type, owners, owner_cpas, check):
	people = [
		ri.Contact("", name)
		for name in ("Frederic Darras", "Johan Maekelberg", "Claudine Gbambili", "Silvia Soares")
	]
	point = ri._action_of(sentence, False, people, [], None)
	assert (point.owner_type, point.owners, point.owner_cpas, point.check) == (
		owner_type,
		owners,
		owner_cpas,
		check,
	)


@pytest.mark.parametrize(
	"sentence",
	[
		"Johan Maekelberg demande si trois contrats ne sont pas trop lourds.",
		"Hanne Claeys en Elif Yilmaz stellen het nieuwe groepsaanbod voor.",
		"Edegem (Kaat Janssens) stuurt deelnemers door naar de groepsmodules in Antwerpen.",
		"Het OCMW van Charleroi organiseert opnieuw infosessies.",
	],
)
def test_questions_introductions_and_status_updates_are_not_action_points(sentence):
	people = [
		ri.Contact("", name) for name in ("Johan Maekelberg", "Hanne Claeys", "Elif Yilmaz", "Kaat Janssens")
	]
	assert ri._action_of(sentence, False, people, [], None) is None


def test_an_action_list_item_names_its_owner_first_even_by_initial():
	people = [
		ri.Contact("", "Ibrahim Laaroussi"),
		ri.Contact("", "Ibrahim Aguelmin"),
		ri.Contact("", "Youssef Bakkali"),
	]
	point = ri._action_of(
		"→ Ibrahim L. + Youssef: oefenmateriaal taalactivering bundelen", True, people, [], None
	)
	assert (point.owner_type, point.owners) == (
		"Several Network Contacts",
		["Ibrahim Laaroussi", "Youssef Bakkali"],
	)
	unowned = ri._action_of("Organisation d'une formation commune : à déterminer.", True, people, [], None)
	assert (unowned.owner_type, unowned.check) == ("To Be Assigned", ri.CHECK_NO_OWNER)


def test_an_action_repeated_in_the_other_language_is_one_action():
	text = (
		"Verslag bijeenkomst OCMW's – Rapport rencontre CPAS\n3 april 2020\n\n"
		"Aanwezig: Elif Yildiz (OCMW Gent)\n\n1. Afspraken\n\n"
		"Elif zal de handleiding doorsturen naar alle OCMW's.\n\n"
		"*Elif enverra le manuel à tous les CPAS.*\n"
	)
	report = ri.recognise_report(text)
	assert [(a.owner_type, a.owners) for a in report.action_points] == [("Network Contact", ["Elif Yildiz"])]


def test_an_unnumbered_heading_of_plain_text_is_one_to_check():
	text = (
		"Verslag uitwisseling OCMW's\n22 maart 2018\n\nAanwezig: Lisa Asselman (POD MI)\n\n"
		"Inleiding\n\nKorte bijeenkomst in De Centrale, waar de groepsateliers van het Gentse project doorgaan.\n\n"
		"Stand van zaken\n\nLuik en Charleroi: geen bijzondere problemen; de modules lopen tot juni.\n"
	)
	report = ri.recognise_report(text)
	assert [(s.number, s.heading, s.check) for s in report.sections] == [
		("", "Inleiding", ri.CHECK_PLAIN_HEADING),
		("", "Stand van zaken", ri.CHECK_PLAIN_HEADING),
	]


def test_a_remark_still_to_be_added_is_not_a_task_with_its_owner():
	text = (
		"Rapport rencontre CPAS\n12 mars 2024\n\nPrésents : Lisa Asselman (SPP IS)\n\n"
		"*Ce rapport doit encore être complété par les commentaires des CPAS.*\n\n1. Actions\n\n"
		"- Le tableau sera complété par le CPAS de Binche d'ici fin janvier.\n"
	)
	report = ri.recognise_report(text)
	assert report.remarks == ["Ce rapport doit encore être complété par les commentaires des CPAS."]
	assert [(a.owner_type, a.owner_cpas) for a in report.action_points] == [("CPAS", "BINCHE")]


@pytest.mark.parametrize("converter", ["docx", "pandoc-md", "lo-txt"])
def test_the_train_part_of_the_blind_corpus_stays_above_the_goal(converter):
	"""The reports the recogniser was tuned on; the held-out part is not measured by the tests."""
	pytest.importorskip("docx")
	pytest.importorskip("rapidfuzz")
	import sys

	sys.path.insert(0, str(CORPUS.parents[2] / "scripts"))
	import measure_report_import as measure

	reports = measure.corpus_reports(CORPUS, "train", converter)
	assert {stem.split("_")[0] for stem, _e, _p in reports} <= set(SPLIT["train"])
	totals, _per_report = measure.measure(reports, [], verbose=False)
	for kind, (hits, total, _extra) in totals.items():
		assert not total or hits / total >= 0.95, (converter, kind, hits, total)


def test_a_table_of_action_points_gives_each_row_with_its_owner():
	text = (
		"Verslag bijeenkomst OCMW's\n12 mei 2022\n\nAanwezig: Wim Peeters (OCMW Schoten), Kaat Janssens (OCMW Edegem)\n\n"
		"# 1. Actiepunten\n\n| Wat | Wie | Tegen wanneer |\n| Planning doorsturen | Wim | 1 juni |\n"
		"| Folder voor de AS | OCMW Edegem | juli |\n| Vorming rond tolken | nog te bepalen | najaar |\n"
	)
	report = ri.recognise_report(text)
	assert [(a.owner_type, a.owners, a.owner_cpas) for a in report.action_points] == [
		("Network Contact", ["Wim Peeters"], None),
		("CPAS", ["OCMW Edegem"], "EDEGEM"),
		("To Be Assigned", [], None),
	]
	assert report.action_points[0].action == "Wim: Planning doorsturen (1 juni)"


def test_a_text_export_with_one_paragraph_a_line_is_not_joined_as_if_wrapped():
	lines = ["Verslag AMIF-netwerk – 11/10/2018", "Aanwezig: " + ", ".join(["Johan Maekelberg (JM)"] * 8)]
	for topic in ("Welkom", "Rondje OCMW's", "Intake en oriëntatie", "Varia"):
		lines.append(topic)
		lines += [
			f"- {topic}: een korte notitie van ongeveer zeventig tekens over het punt {n}" for n in range(5)
		]
	lines.append("Verontschuldigd: " + ", ".join(["Silvia Soares (OCMW Luik)"] * 6))
	texts = [line.text for line in documents.logical_lines("\n".join(lines))]
	assert "Welkom" in texts and "Varia" in texts


def test_a_page_wrapped_text_is_joined_again():
	paragraph = (
		"Sofie Janssens accueille le réseau au CPAS de Bruxelles et présente la nouvelle équipe FAMI "
		"bruxelloise, installée depuis l’an dernier rue Haute, avec ses trois animatrices et son "
		"coordinateur, qui travaillent ensemble depuis plusieurs années déjà."
	)
	import textwrap

	wrapped = "\n".join(textwrap.wrap(paragraph, 60) * 1 + [""] + textwrap.wrap(paragraph, 60) * 5)
	texts = [line.text for line in documents.logical_lines(wrapped)]
	assert paragraph in texts


def test_paragraphs_of_one_grid_table_cell_stay_apart():
	text = (
		"+-------------------------+-------------------------+\n"
		"| **Aanwezig**            | **Verontschuldigd**     |\n"
		"+=========================+=========================+\n"
		"| Mieke De Roo (OCMW Gent)| Evi Janssens (OCMW      |\n"
		"|                         | Antwerpen)              |\n"
		"|                         |                         |\n"
		"| Tom Claeys (OCMW Gent)  |                         |\n"
		"+-------------------------+-------------------------+\n"
	)
	rows = [line for line in documents.normalise_markdown(text).splitlines() if line.strip()]
	assert rows[-1] == "| Mieke De Roo (OCMW Gent); Tom Claeys (OCMW Gent) | Evi Janssens (OCMW Antwerpen) |"


def test_paragraphs_of_a_grid_table_cell_stay_apart_when_both_columns_go_on():
	text = (
		"+---------------------------------+------------------------------+\n"
		"| **Aanwezig -- Présents**        | **Verontschuldigd --         |\n"
		"|                                 | Excusés**                    |\n"
		"| Griet Van Acker -- OCMW Gent    |                              |\n"
		"|                                 | Bart Van den Broeck -- OCMW  |\n"
		"| Sami Ouahabi -- OCMW Gent       | Antwerpen                    |\n"
		"|                                 |                              |\n"
		"| Koen Vermeiren -- OCMW Gent     | Karim Haddouchi -- CPAS      |\n"
		"|                                 | Bruxelles                    |\n"
		"+=================================+==============================+\n"
	)
	rows = [line for line in documents.normalise_markdown(text).splitlines() if line.strip()]
	assert rows == [
		"| **Aanwezig – Présents**; Griet Van Acker – OCMW Gent; Sami Ouahabi – OCMW Gent; Koen Vermeiren – OCMW Gent "
		"| **Verontschuldigd – Excusés**; Bart Van den Broeck – OCMW Antwerpen; Karim Haddouchi – CPAS Bruxelles |"
	]


def test_a_lone_dash_is_an_empty_cell_not_the_rest_of_a_list_of_people():
	lines = documents.logical_lines(
		"Organisatie\nAanwezig\nVerontschuldigd\nOCMW Antwerpen\nHanne Goossens, Wouter Claes (verslag), Fatma Yilmaz\n"
		"–\nOCMW Schoten\nDirk Peeters\n–\n"
	)
	assert [line.text for line in lines if line.text][4:] == [
		"Hanne Goossens, Wouter Claes (verslag), Fatma Yilmaz",
		"–",
		"OCMW Schoten",
		"Dirk Peeters",
		"–",
	]


def test_a_pandoc_multiline_table_gives_one_row_a_cell_run_over_several_lines():
	text = (
		"**5. Actions**\n\n"
		"  --------------------------------------------------------------\n"
		"  **N°**     **Action**               **Responsable**   **Échéance**\n"
		"  ---------- ------------------------ ----------------- ------------\n"
		"  A1         Diffuser la fiche        SPP IS            31/03/2022\n"
		"             technique des\n"
		"             indicateurs.\n"
		"\n"
		"  A2         Communiquer le nombre    Chaque CPAS       chaque\n"
		"             de participants.                           semaine\n"
		"  --------------------------------------------------------------\n"
	)
	rows = [line for line in documents.normalise_markdown(text).splitlines() if line.startswith("|")]
	assert rows == [
		"| **N°** | **Action** | **Responsable** | **Échéance** |",
		"| A1 | Diffuser la fiche technique des indicateurs. | SPP IS | 31/03/2022 |",
		"| A2 | Communiquer le nombre de participants. | Chaque CPAS | chaque semaine |",
	]


def test_a_pandoc_simple_table_gives_one_row_a_line():
	text = (
		"Heure   Point\n------- ---------------\n9h30    Accueil\n10h00   Tour de table\n\nSuite du texte.\n"
	)
	rows = [line for line in documents.normalise_markdown(text).splitlines() if line.startswith("|")]
	assert rows == ["| Heure | Point |", "| 9h30 | Accueil |", "| 10h00 | Tour de table |"]


def test_paragraphs_of_one_word_table_cell_stay_apart():
	from docx import Document

	document = Document()
	table = document.add_table(rows=2, cols=2)
	table.cell(0, 0).text, table.cell(0, 1).text = "Présents", "Excusés"
	table.cell(1, 0).text = "Nadia El Ouali – SPP IS"
	table.cell(1, 0).add_paragraph("Tom Claes – SPP IS")
	table.cell(1, 1).text = "Evi Smets – OCMW Mortsel"
	out = io.BytesIO()
	document.save(out)
	text = documents.marked_text_of_docx(out.getvalue())
	assert "| Nadia El Ouali – SPP IS; Tom Claes – SPP IS | Evi Smets – OCMW Mortsel |" in text


def test_a_bracket_of_the_text_stays_and_a_pandoc_span_keeps_its_text():
	text = (
		"| Étape | Nombre |\n| Inscrites | 51 |\n\n*[chiffres de Binche à venir]*\n\n"
		"[Participants]{.underline} : voir plus haut\n"
	)
	lines = documents.normalise_markdown(text).splitlines()
	assert "*[chiffres de Binche à venir]*" in lines
	assert "Participants : voir plus haut" in lines
	report = ri.recognise_report("Compte rendu\n\n# 1. Recrutement\n\n" + text)
	assert report.remarks == ["[chiffres de Binche à venir]"]


def test_a_pdf_table_cell_that_runs_over_lines_joins_its_row_whatever_its_case():
	pytest.importorskip("pdfminer")
	visit = CORPUS / "138_netwerkdag_gent_ocmw_ontvangt.pdf"
	lines = documents.marked_text_of_pdf(visit.read_bytes()).splitlines()
	assert "| De presentatie van Samen Sterk doorsturen naar alle partners | Hanne | 31 maart |" in lines
	formal = CORPUS / "141_rapport_bilingue_spp_novembre2023.pdf"
	lines = documents.marked_text_of_pdf(formal.read_bytes()).splitlines()
	assert (
		"| Tester la nouvelle enquête de satisfaction avec au moins un groupe | De nieuwe tevredenheidsenquête "
		"testen met minstens één groep | Chaque CPAS – Elk OCMW | 29/02/2024 |"
	) in lines


def test_a_footer_that_comes_back_with_each_page_number_is_left_out():
	lines = [
		"Verslag: Griet Wouters (OCMW Antwerpen)",
		"1. Welkom",
		"Verslag: Griet Wouters (OCMW Antwerpen) en Thomas Lejeune (CPAS Bruxelles) – 1",
		"2. Rondje",
		"JS / réseau FAMI 18.03.2025 - 2",
		"Verslag: Griet Wouters (OCMW Antwerpen) en Thomas Lejeune (CPAS Bruxelles) – 2",
		"Module 1",
		"Module 2",
	]
	assert documents.without_running_footers(lines) == [
		"Verslag: Griet Wouters (OCMW Antwerpen)",
		"1. Welkom",
		"2. Rondje",
		"JS / réseau FAMI 18.03.2025 - 2",
		"Module 1",
		"Module 2",
	]


def test_a_bold_numbered_line_with_a_tab_stays_one_bold_heading():
	lines = [line.text for line in documents.logical_lines("**A.\tAccueil**\n\nTexte.\n") if line.text]
	assert lines == ["A. Accueil", "Texte."]
	assert documents.logical_lines("**A.\tAccueil**")[0].bold


def test_a_typed_greater_than_sign_is_an_arrow_in_word_and_in_pandoc_markdown_and_guests_are_there():
	def build(document):
		document.add_paragraph("Verslag werkgroep enquête")
		document.add_paragraph("dinsdag 17 mei 2022")
		document.add_paragraph("Aanwezig: Hanne Verstraete (OCMW Gent), Annelies De Smet (POD MI)")
		document.add_paragraph(
			"Externe gasten (voor punt C): Samira Haddou – taalcoach, vzw Woordwerk; Tom Vandenbroucke –"
			" onderzoeker, Universiteit Antwerpen"
		)
		document.add_paragraph().add_run("A. Feedback test v2").bold = True
		document.add_paragraph("Twee vragen worden niet begrepen.")
		document.add_paragraph("> Vragenlijst v3 aanpassen met de opmerkingen van vandaag (Hanne).")

	text = documents.marked_text_of_docx(word_document(build))
	assert "→ Vragenlijst v3 aanpassen" in text
	pandoc = text.replace("→ Vragenlijst", "> \\> Vragenlijst")  # how pandoc writes a typed ">"
	for each in (text, pandoc):
		report = ri.recognise_report(each)
		assert [(p.full_name, p.attendance) for p in report.attendees] == [
			("Hanne Verstraete", "Present"),
			("Annelies De Smet", "Present"),
			("Samira Haddou", "Present"),
			("Tom Vandenbroucke", "Present"),
		]
		assert [(a.owner_type, a.owners) for a in report.action_points] == [
			("Network Contact", ["Hanne Verstraete"])
		]


def test_a_pdf_table_keeps_its_empty_cells_in_their_columns_and_a_header_over_two_lines_joins():
	pytest.importorskip("pdfminer")
	pdf = CORPUS / "239_pv_verslag_bruxelles_fev2018.pdf"
	lines = documents.marked_text_of_pdf(pdf.read_bytes()).splitlines()
	assert (
		"| Nom – Naam | Organisation – Organisatie | Présent – Aanwezig | Excusé – Verontschuldigd |" in lines
	)
	assert "| Hanne Verbeke | CPAS de Gand – OCMW Gent |  | X |" in lines  # excused: the X in the last column
	assert "| Griet Van Damme | CPAS de Gand – OCMW Gent | X |  |" in lines
	report = ri.recognise_report(documents.marked_text_of_pdf(pdf.read_bytes()))
	assert [p.full_name for p in report.attendees if p.attendance == "Excused"] == [
		"Hanne Verbeke",
		"Laurence Gobert",
	]


def test_a_pdf_people_table_whose_first_column_runs_on_below_the_second():
	pytest.importorskip("pdfminer")
	pdf = CORPUS / "281_compte_rendu_reseau_liege_sept2019.pdf"
	lines = documents.marked_text_of_pdf(pdf.read_bytes()).splitlines()
	assert "| Katrien Vermeulen (SPP IS) |  |" in lines
	report = ri.recognise_report("\n".join(lines))
	assert [p.full_name for p in report.attendees if p.attendance == "Present"][3:5] == [
		"Katrien Vermeulen",
		"Sarah Ben Haddou",
	]
	assert len([p for p in report.attendees if p.attendance == "Excused"]) == 3


def test_a_pdf_text_loses_the_header_and_footer_of_each_page_but_keeps_the_first_page_title():
	page = "OCMW Antwerpen – AMIF-netwerk\n\n{body}\n\n          Verslag bijeenkomst 27/02/2024\n"
	text = "\f".join(
		[
			page.format(
				body="Verslag bijeenkomst AMIF-netwerk\nDinsdag 27 februari 2024\nAanwezig: Els Peeters"
			),
			page.format(body="5 Te doen\n- Bezorg de planning aan alle partners (resp. Els)."),
			page.format(body="Volgende bijeenkomst: ergens in juni."),
		]
	)
	lines = [line.text for line in documents.logical_lines(text) if line.text]
	assert lines.count("Verslag bijeenkomst 27/02/2024") == 0
	assert lines.count("OCMW Antwerpen – AMIF-netwerk") == 1  # the first page's top, where a title may stand
	assert "- Bezorg de planning aan alle partners (resp. Els)." in [
		line.raw.strip() for line in documents.logical_lines(text)
	]


def test_pandoc_plain_text_keeps_its_tables_rows_whose_cells_run_over_lines():
	text = (
		"5. Actions / Acties\n\n  -----------------------------------------------------------------------\n"
		"  Quoi / Wat              Qui / Wie               Quand / Wanneer\n"
		"  ----------------------- ----------------------- -----------------------\n"
		"  Compléter les           Tous les CPAS / alle    31/01/2020\n"
		"  indicateurs FAMI 2019 / OCMW's                  \n"
		"  De AMIF-indicatoren                             \n\n"
		"  Chercher des            à définir / nog te      —\n"
		"  interprètes pour mars / bepalen                 \n"
		"  -----------------------------------------------------------------------\n"
	)
	rows = [line.cells for line in documents.logical_lines(text) if line.cells]
	assert [c.strip() for c in rows[1]] == [
		"Compléter les indicateurs FAMI 2019 / De AMIF-indicatoren",
		"Tous les CPAS / alle OCMW's",
		"31/01/2020",
	]
	assert [c.strip() for c in rows[2]][:2] == [
		"Chercher des interprètes pour mars /",
		"à définir / nog te bepalen",
	]


def test_a_layout_row_goes_on_in_small_letters_and_a_paragraph_a_line_is_not_joined_to_the_next():
	layout = (
		"Proposer une date pour la                Fabienne Lardinois, Mehmet                  —\n"
		"visite à Charleroi / Een datum           Yilmaz\n"
		"Chercher des interprètes                 à définir / nog te bepalen                  —\n"
	)
	rows = [[c.strip() for c in line.cells] for line in documents.logical_lines(layout) if line.cells]
	assert rows[0][:2] == [
		"Proposer une date pour la visite à Charleroi / Een datum",
		"Fabienne Lardinois, Mehmet Yilmaz",
	]
	assert rows[1][0] == "Chercher des interprètes"
	cells = "Wat\nWie\nTegen\nLijst van doorverwezen cliënten per maand bijhouden\nalle OCMW's\ndoorlopend\n"
	assert [line.text for line in documents.logical_lines(cells)][3:5] == [
		"Lijst van doorverwezen cliënten per maand bijhouden",
		"alle OCMW's",
	]


def test_a_table_that_lays_the_body_out_in_two_language_columns_gives_its_paragraphs():
	def build(document):
		table = document.add_table(rows=1, cols=2)
		for cell, (heading, text, task) in zip(
			table.rows[0].cells,
			[
				(
					"1. Introduction",
					"Samira accueille les participants.",
					"Envoyer la fiche des indicateurs.",
				),
				("1. Inleiding", "Samira verwelkomt de deelnemers.", "De fiche met de indicatoren bezorgen."),
			],
			strict=True,
		):
			cell.paragraphs[0].add_run(heading).bold = True
			cell.add_paragraph(text)
			cell.add_paragraph(task)

	lines = [line for line in documents.marked_text_of_docx(word_document(build)).splitlines() if line]
	assert lines == [
		"**1. Introduction**",
		"Samira accueille les participants.",
		"Envoyer la fiche des indicateurs.",
		"**1. Inleiding**",
		"Samira verwelkomt de deelnemers.",
		"De fiche met de indicatoren bezorgen.",
	]


def test_a_pandoc_grid_table_laying_the_body_out_in_two_language_columns_gives_its_paragraphs():
	text = (
		"+--------------------------+--------------------------+\n"
		"| **FRANÇAIS**             | **NEDERLANDS**           |\n"
		"+==========================+==========================+\n"
		"| **1. Introduction**      | **1. Inleiding**         |\n"
		"|                          |                          |\n"
		"| Samira accueille les     | Samira verwelkomt de     |\n"
		"| participants.            | deelnemers.              |\n"
		"+--------------------------+--------------------------+\n"
	)
	lines = [line for line in documents.normalise_markdown(text).splitlines() if line.strip()]
	assert lines[-4:] == [
		"**1. Introduction**",
		"Samira accueille les participants.",
		"**1. Inleiding**",
		"Samira verwelkomt de deelnemers.",
	]


def test_a_line_left_of_a_table_of_spaces_ends_it_and_numbered_sub_headings_start_their_own_line():
	text = (
		" Organisation                          Présents                                     Excusés\n"
		" CPAS Bruxelles                        Fatima Zahra Ouali, Julien                   –\n"
		"                                       Mertens\n"
		"Ordre du jour\n\n1. Accueil et tour de table\n"
	)
	lines = [line.text for line in documents.logical_lines(text) if line.text]
	assert lines[:3] == [
		"Organisation | Présents | Excusés",
		"CPAS Bruxelles | Fatima Zahra Ouali, Julien Mertens | –",
		"Ordre du jour",
	]
	raw = (
		"Edegem utilise un nouveau dépliant pour les assistants sociaux.\n"
		"[Cijfers Edegem nog aan te vullen – chiffres d'Edegem à compléter]\n2.3 Mortsel\n"
		"Bruxelles : [SL : à compléter après réception des chiffres]\n4 – Bewaartermijnen en inzagerecht (AVG)\n"
	)
	texts = [line.text for line in documents.logical_lines(raw) if line.text]
	assert "2.3 Mortsel" in texts
	assert "4 – Bewaartermijnen en inzagerecht (AVG)" in texts


def test_a_two_column_table_whose_rows_alternate_numbered_headings_and_paragraphs_is_read_as_the_body():
	def build(document):
		table = document.add_table(rows=4, cols=2)
		rows = [
			("1. Welkom en nieuwe collega's", "1. Accueil et nouveaux collègues"),
			("Ruben volgt Katrien op bij het POD.", "Ruben succède à Katrien au SPP."),
			("2. Planning 2026", "2. Planning 2026"),
			("De slotdag vindt plaats in Brussel.", "La journée de clôture a lieu à Bruxelles."),
		]
		for row, texts in zip(table.rows, rows, strict=True):
			row.cells[0].text, row.cells[1].text = texts

	lines = [line for line in documents.marked_text_of_docx(word_document(build)).splitlines() if line]
	assert lines[:3] == [
		"1. Welkom en nieuwe collega's",
		"1. Accueil et nouveaux collègues",
		"Ruben volgt Katrien op bij het POD.",
	]


def test_a_line_break_inside_a_cell_parts_its_people_as_paragraphs_do():
	from docx import Document

	document = Document()
	table = document.add_table(rows=2, cols=2)
	table.cell(0, 0).text, table.cell(0, 1).text = "Présents / Aanwezig", "Excusés / Verontschuldigd"
	table.cell(1, 0).text = "Yasmina Ouali (SPP IS)\nPieter-Jan Claes (SPP IS)"
	table.cell(1, 1).text = "Sanne Verbist (OCMW Mortsel)"
	out = io.BytesIO()
	document.save(out)
	text = documents.marked_text_of_docx(out.getvalue())
	assert "| Yasmina Ouali (SPP IS); Pieter-Jan Claes (SPP IS) | Sanne Verbist (OCMW Mortsel) |" in text


def test_pandoc_s_hard_line_breaks_in_a_table_cell_part_its_lines():
	text = (
		"  -----------------------------------------------------------\n"
		"  **Présents / Aanwezig**             **Excusés**\n"
		"  ----------------------------------- -----------------------\n"
		"  Sarah Vanderelst (CPAS Bruxelles)\\  Hatice Yilmaz (OCMW Gent)\n"
		"  Thomas Dewilde (CPAS Bruxelles)     \n\n"
		"  -----------------------------------------------------------\n"
	)
	assert (
		"| Sarah Vanderelst (CPAS Bruxelles); Thomas Dewilde (CPAS Bruxelles) | Hatice Yilmaz (OCMW Gent) |"
		in (documents.normalise_markdown(text))
	)


def test_the_header_of_a_people_table_starts_its_own_line_in_a_pdf_s_text():
	lines = [
		line.text
		for line in documents.logical_lines(
			"Verslag AMIF-netwerk\nDonderdag 26 september 2024 – Edegem, Sociaal Huis, en online via Teams\n"
			"Organisatie Aanwezig Verontschuldigd\nPOD MI Yasmina Ouali Pieter-Jan Claes\n"
		)
	]
	assert "Organisatie Aanwezig Verontschuldigd" in lines


def test_the_end_of_a_first_cell_a_pdf_put_on_its_own_line_goes_back_to_its_row():
	lines = [
		line.text
		for line in documents.logical_lines(
			"Aanwezigheden\n\n| Organisatie | Aanwezig | Verontschuldigd |\n| POD Maatschappelijke | Pieter De Smedt | / |\n"
			"Integratie\n| OCMW Schoten | Els Wouters | / |\n"
		)
	]
	assert "POD Maatschappelijke Integratie | Pieter De Smedt | /" in lines

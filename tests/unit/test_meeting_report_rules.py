"""Rules of network meeting reports, told as the SPP and the CPAS live them."""

from datetime import date, timedelta

import pytest

from amif_network.rules import meeting_report as rules


def complete_report(**changes):
	report = {
		"title_fr": "Rapport rencontre CPAS",
		"title_nl": "Verslag bijeenkomst OCMW's",
		"sections": [
			{
				"number": 1,
				"heading_fr": "Accueil",
				"heading_nl": "Onthaal",
				"body_fr": "<p>Café</p>",
				"body_nl": "<p>Koffie</p>",
			},
		],
		"agenda": [
			{"from_time": "10:00:00", "to_time": "10:30:00", "title_fr": "Accueil", "title_nl": "Onthaal"}
		],
		"action_points": [],
	}
	report.update(changes)
	return report


# --- the bilingual date line ---------------------------------------------------------------


def test_the_date_line_reads_dutch_then_french_as_in_the_reports():
	assert rules.date_line(date(2023, 4, 3)) == "3 april 2023 – 3 avril 2023"
	assert rules.date_line("2019-05-16") == "16 mei 2019 – 16 mai 2019"


def test_the_date_line_uses_its_own_month_names_with_accents_and_the_french_first():
	assert rules.date_line(date(2021, 8, 1)) == "1 augustus 2021 – 1er août 2021"
	assert rules.date_line(date(2022, 2, 28)) == "28 februari 2022 – 28 février 2022"
	assert rules.date_line(date(2020, 12, 10)) == "10 december 2020 – 10 décembre 2020"


# --- the publication gate -----------------------------------------------------------------


def test_a_report_complete_in_both_languages_may_be_published():
	assert rules.publication_gate(complete_report()) is None


def test_publication_is_refused_and_every_missing_text_is_listed():
	report = complete_report(
		sections=[
			{
				"number": 1,
				"heading_fr": "Accueil",
				"heading_nl": "Onthaal",
				"body_fr": "<p>Café</p>",
				"body_nl": "<p>Koffie</p>",
			},
			{
				"number": 2,
				"heading_fr": "Méthodologies",
				"heading_nl": "",
				"body_fr": "<p>Exercices</p>",
				"body_nl": "<p><br></p>",
			},
		],
		agenda=[{"from_time": "10:00", "to_time": "11:00", "title_fr": "Visite", "title_nl": ""}],
	)
	refusal = rules.publication_gate(report)
	assert refusal is not None
	text = refusal.render()
	assert "Section 2: heading in Dutch" in text
	assert "Section 2: text in Dutch" in text
	assert "Agenda slot 1: title in Dutch" in text
	assert "Section 1" not in text
	assert "French" not in text.split(":", 1)[1].replace("in French or in Dutch", "")


def test_the_refusal_is_translated_item_by_item():
	report = complete_report(agenda=[{"title_fr": "", "title_nl": "Onthaal"}])
	text = rules.publication_gate(report).render(lambda s: s.upper())
	assert "AGENDA SLOT 1: TITLE IN FRENCH" in text


def test_only_an_approved_report_is_published_by_an_amif_network_manager():
	assert rules.publisher_problem(["AMIF Network Manager"], rules.APPROVED) is None
	assert (
		rules.publisher_problem(["CPAS Staff"], rules.APPROVED)
		.render()
		.startswith("Only an AMIF Network Manager")
	)
	assert "In review" in rules.publisher_problem(["AMIF Network Manager"], rules.IN_REVIEW).render()
	assert rules.publisher_problem(["System Manager"], rules.DRAFT) is None


def test_an_approved_report_is_frozen_for_co_authors_but_not_for_the_spp():
	assert (
		"only an AMIF Network Manager"
		in rules.approved_edit_problem(["CPAS Staff"], "Approved", "Approved").render()
	)
	assert rules.approved_edit_problem(["AMIF Network Manager"], "Approved", "Approved") is None
	assert rules.approved_edit_problem(["CPAS Staff"], "Draft", "Draft") is None
	# moving on from Approved is the workflow's business, not an edit
	assert rules.approved_edit_problem(["CPAS Staff"], "Approved", "Published") is None


# --- what every draft must respect ---------------------------------------------------


def test_a_section_with_a_heading_but_no_text_is_refused():
	sections = [
		{"number": 3, "heading_fr": "Clôture", "heading_nl": "", "body_fr": "<p> &nbsp;</p>", "body_nl": ""}
	]
	problems = rules.section_problems(sections)
	assert len(problems) == 1
	assert "Section 3 (Clôture) has a heading but no text" in problems[0].render()


def test_a_section_written_in_one_language_only_is_a_valid_draft():
	sections = [{"heading_fr": "Clôture", "body_fr": "<p>Merci</p>"}]
	assert rules.section_problems(sections) == []


def test_an_agenda_slot_ending_before_it_starts_is_refused():
	problems = rules.agenda_problems(
		[
			{"from_time": "09:30:00", "to_time": "10:00:00"},
			{"from_time": timedelta(hours=14), "to_time": "13:15"},
		]
	)
	assert [p.render() for p in problems] == ["Agenda slot 2 ends at 13:15, before it starts at 14:00."]


def test_an_action_point_without_an_owner_is_refused():
	problems = rules.action_point_problems(
		[
			{"action_owner": "lisa-asselman", "action": "Send the fiches"},
			{"action_owner": "", "action": "Call Gent"},
		]
	)
	assert [p.render() for p in problems] == [
		"Action point 2 has no owner: name the network contact who will carry it out."
	]


def test_draft_problems_gather_every_objection_at_once():
	report = complete_report(
		sections=[{"heading_fr": "Titre", "body_fr": ""}],
		agenda=[{"from_time": "11:00", "to_time": "10:00"}],
		action_points=[{"action": "x"}],
	)
	assert len(rules.draft_problems(report)) == 3


# --- action points carried over ------------------------------------------------------------


def test_open_action_points_of_the_previous_report_are_carried_over():
	previous = [
		{
			"action_owner": "lisa",
			"action": "Send the survey in Arabic",
			"status": "Open",
			"due_date": "2023-05-01",
		},
		{"action_owner": "johan", "action": "Share the intake form", "status": "Done"},
	]
	carried = rules.carried_over_points("NMR-00001", previous, [])
	assert carried == [
		{
			"owner_type": "Network Contact",
			"action_owner": "lisa",
			"second_owner": None,
			"third_owner": None,
			"owner_cpas": None,
			"owner_name": None,
			"action": "Send the survey in Arabic",
			"due_date": "2023-05-01",
			"status": "Open",
			"carried_from": "NMR-00001",
		}
	]


def test_a_point_already_on_the_next_report_is_not_carried_twice():
	previous = [{"action_owner": "lisa", "action": "Send the survey", "status": "Open"}]
	current = [
		{"action_owner": "lisa", "action": "send  the survey", "status": "Done", "carried_from": "NMR-00001"}
	]
	assert rules.carried_over_points("NMR-00001", previous, current) == []


def test_a_point_stays_open_from_report_to_report_until_it_is_done():
	first = [{"parent": "A", "action_owner": "lisa", "action": "Send the survey", "status": "Open"}]
	second = [dict(row, parent="B") for row in rules.carried_over_points("A", first, [])]
	third = [dict(row, parent="C") for row in rules.carried_over_points("B", second, [])]
	assert third and third[0]["carried_from"] == "B"
	# the network list shows the point once, on the latest report holding it
	assert [p["parent"] for p in rules.open_action_points(first + second + third)] == ["C"]
	third[0]["status"] = "Done"
	assert rules.open_action_points(first + second + third) == []
	assert rules.carried_over_points("C", third, []) == []


# --- who reads a report ------------------------------------------------------------------------


def test_a_draft_is_read_by_its_authors_and_the_spp_only():
	gent_staff = rules.report_access("griet@gent", ["CPAS Staff"])
	author = rules.report_access("lise@liege", ["CPAS Staff"])
	spp = rules.report_access("sophie@spp", ["AMIF Network Manager"])
	assert not gent_staff.may_read(0, "sophie@spp", ["lise@liege"])
	assert author.may_read(0, "sophie@spp", ["lise@liege"])
	assert spp.may_read(0, "someone@else", [])


def test_a_published_report_is_read_by_every_network_role_and_edited_by_nobody_but_the_spp():
	for role in rules.NETWORK_READERS:
		assert rules.report_access("x@y", [role]).may_read(1, "sophie@spp", [])
	assert not rules.report_access("x@y", ["Guest"]).may_read(1, "sophie@spp", [])
	author = rules.report_access("lise@liege", ["CPAS Staff"])
	assert author.may("write", 0, "sophie@spp", ["lise@liege"])
	assert not author.may("write", 1, "sophie@spp", ["lise@liege"])
	assert not rules.report_access("griet@gent", ["CPAS Staff"]).may("write", 0, "sophie@spp", ["lise@liege"])


def test_the_list_condition_is_the_same_rule_in_sql():
	def quote(v):
		return f"'{v}'"

	staff_sql = rules.report_access("griet@gent", ["CPAS Staff"]).sql(
		"Network Meeting Report", "Network Meeting Co-author", quote
	)
	assert "`docstatus` != 0" in staff_sql and "'griet@gent'" in staff_sql
	outsider_sql = rules.report_access("guest@x", ["Guest"]).sql(
		"Network Meeting Report", "Network Meeting Co-author", quote
	)
	assert "docstatus" not in outsider_sql
	assert rules.report_access("sophie@spp", ["AMIF Network Manager"]).sql("R", "C", quote) == ""


def test_contacts_name_their_organisation_in_both_languages():
	assert rules.organisation_names("SPP", None) == ("SPP IS", "POD MI")
	assert rules.organisation_names("CPAS", ("CPAS de Gand", "OCMW Gent")) == ("CPAS de Gand", "OCMW Gent")


# --- the form follows the documents -----------------------------------------------------------


def test_section_numbers_stay_as_written_and_give_their_level():
	assert [rules.clean_section_number(n) for n in ("4.1.", " I ", "(2)", 3, "0")] == [
		"4.1",
		"I",
		"2",
		"3",
		"0",
	]
	assert [rules.section_level(n) for n in ("0", "I", "4", "4.1", "4.1.2", "")] == [1, 1, 1, 2, 3, 1]


def test_a_heading_that_only_introduces_its_sub_sections_needs_no_text():
	sections = [
		{"number": "4", "heading_fr": "État des lieux", "heading_nl": "Stand van zaken"},
		{
			"number": "4.1",
			"heading_fr": "Gand",
			"heading_nl": "Gent",
			"body_fr": "<p>T</p>",
			"body_nl": "<p>T</p>",
		},
		{"number": "5", "heading_fr": "Clôture", "heading_nl": "Afsluiting"},
	]
	problems = rules.section_problems(sections)
	assert [p.args for p in problems] == [("5", "Clôture")]
	report = complete_report(sections=sections[:2])
	assert rules.publication_gate(report) is None


def test_agenda_times_are_optional_and_written_as_the_reports_do():
	assert [rules.clock_text(v) for v in ("10h00", "9u30", "13:30:00", "10.45", "14h", "", None)] == [
		"10:00",
		"09:30",
		"13:30",
		"10:45",
		"14:00",
		"",
		"",
	]
	assert rules.clock_text("25:00") is None and rules.clock_text("midi") is None
	problems = rules.agenda_problems([{"from_time": "midi", "to_time": ""}, {"title_fr": "Sans heure"}])
	assert [p.args for p in problems] == [(1, "midi")]


@pytest.mark.parametrize(
	"point, refused",
	[
		({"owner_type": "Network Contact", "action_owner": "lisa", "action": "x"}, False),
		({"owner_type": "Several Network Contacts", "action_owner": "jan", "second_owner": "sofie"}, False),
		({"owner_type": "Several Network Contacts", "action_owner": "jan"}, True),
		({"owner_type": "CPAS", "owner_cpas": "GENT"}, False),
		({"owner_type": "CPAS"}, True),
		({"owner_type": "SPP"}, False),
		({"owner_type": "To Be Assigned"}, False),
		({"action_owner": ""}, True),
	],
)
def test_an_action_point_is_owned_by_contacts_an_organisation_or_nobody_yet(point, refused):
	assert bool(rules.action_point_problems([point])) is refused


def test_the_owner_as_printed():
	names = {"jan": "Jan Peeters", "sofie": "Sofie Claes"}
	several = {"owner_type": "Several Network Contacts", "action_owner": "jan", "second_owner": "sofie"}
	assert rules.owner_label(several, names) == "Jan Peeters, Sofie Claes"
	assert rules.owner_label(
		{"owner_type": "CPAS", "owner_cpas": "GENT"}, names, {"GENT": "CPAS de Gand / OCMW Gent"}
	) == ("CPAS de Gand / OCMW Gent")
	assert rules.owner_label({"owner_type": "SPP"}, names) == "SPP IS / POD MI"
	assert rules.owner_label({"owner_type": "To Be Assigned"}, names) == ""


def test_a_report_in_one_language_is_published_without_a_translation():
	french_only = complete_report(
		report_languages="French only",
		title_nl="",
		sections=[{"number": "1", "heading_fr": "Accueil", "body_fr": "<p>Café</p>"}],
		agenda=[{"title_fr": "Accueil"}],
	)
	assert rules.publication_gate(french_only) is None
	bilingual = dict(french_only, report_languages="French and Dutch")
	assert rules.publication_gate(bilingual) is not None
	assert rules.print_languages(french_only, ["fr", "nl"]) == ["fr"]
	assert rules.print_languages(french_only, ["nl"]) == ["fr"]


def test_only_the_spp_decides_that_a_report_has_one_language():
	assert rules.languages_problem(["CPAS Staff"], "French and Dutch", "French only") is not None
	assert rules.languages_problem(["CPAS Staff"], None, "French and Dutch") is None
	assert rules.languages_problem(["CPAS Staff"], "French only", "French only") is None
	assert rules.languages_problem(["AMIF Network Manager"], None, "Dutch only") is None


def test_plain_text_keeps_its_paragraphs_and_lists():
	text = "Intro\nsuite\n\nPoints forts :\n- court\n• bilingue\n1) un\n2. deux\n\nFin <3 & co"
	assert rules.text_as_html(text) == (
		"<p>Intro<br>suite</p><p>Points forts :</p><ul><li>court</li><li>bilingue</li></ul>"
		"<ol><li>un</li><li>deux</li></ol><p>Fin &lt;3 &amp; co</p>"
	)
	html = "<p>Déjà du HTML</p><ul><li>un</li></ul>"
	assert rules.text_as_html(html) == html
	assert rules.text_as_html("") == "" and rules.text_as_html(None) is None

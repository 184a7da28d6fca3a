"""Rules of field signals: no personal data in their texts, and the way from report to feedback."""

import itertools
from datetime import date, timedelta

import pytest

from amif_network.rules import signals as rules

PARTICIPANTS = [("Amina", "El Idrissi"), ("Jean-Marc", "Dupont-Lévêque")]


def kinds(text, names=PARTICIPANTS):
	return [identifier.kind for identifier in rules.identifiers_in(text, names)]


# --- the identifier guard --------------------------------------------------------------------


@pytest.mark.parametrize(
	"number",
	["85.07.30-033.28", "85073003328", "85 07 30 033 28", "850730-033-28"],
)
def test_a_belgian_national_number_is_refused_however_it_is_written(number):
	assert kinds(f"Une dame ({number}) vit seule depuis le regroupement familial.") == ["national number"]


def test_a_national_number_of_someone_born_after_2000_is_recognised_by_its_checksum():
	# 97 - (2 000000 017 mod 97) = 97 - 95: check digits 02 only hold with the 2000 prefix
	digits = "000001001"
	check = 97 - int("2" + digits) % 97
	assert kinds(f"nn {digits}{check:02d}") == ["national number"]


def test_eleven_digits_with_a_wrong_checksum_are_no_national_number():
	assert "national number" not in kinds("dossier 85073003329 au greffe")


def test_an_email_address_is_refused_and_named():
	problems = rules.identifier_problems({"Observation": "Écrire à amina.e@example.org pour suivi."})
	assert len(problems) == 1
	assert "e-mail address" in problems[0].message
	assert problems[0].args == ("Observation", "amina.e@example.org")


@pytest.mark.parametrize(
	"phone",
	[
		"0470 12 34 56",
		"+32 470 12 34 56",
		"04/220.60.11",
		"0032 2 508 85 85",
		"+33 6 12 34 56 78",
	],
)
def test_a_phone_number_is_refused(phone):
	assert kinds(f"Joignable au {phone} le matin.") == ["phone number"]


@pytest.mark.parametrize(
	"harmless",
	[
		"Rencontre du 03.04.2023 : 110 personnes sur 315 (35 %) sont venues.",
		"Vergadering van 2023-04-03, 60 van de 199 deelnemers.",
		"Le groupe compte 3 participants + 1 formateur, rue Général Bertrand 35, 4000 Liège.",
		"Amina is a common first name; a first name alone says nothing.",
	],
)
def test_dates_counts_addresses_and_first_names_alone_pass(harmless):
	assert kinds(harmless) == []


@pytest.mark.parametrize(
	"text",
	[
		"Mme Amina El Idrissi signale des violences.",
		"el idrissi amina",
		"Jean Marc Dupont Leveque ne vient plus.",
		"<p>AMINA EL-IDRISSI</p>",
	],
)
def test_a_participant_of_the_reporting_cpas_is_recognised_by_first_and_last_name(text):
	assert kinds(text) == ["participant name"]


def test_the_participant_name_message_does_not_repeat_the_name():
	problem = rules.identifier_problems({"Titre": "Amina El Idrissi"}, PARTICIPANTS)[0]
	assert "Amina" not in problem.render()
	assert problem.render().startswith("Titre names a participant of the reporting CPAS")


def test_every_identifier_of_every_field_is_listed():
	problems = rules.identifier_problems(
		{"Title": "Call 0470 12 34 56", "Observation": "x@y.be, 85.07.30-033.28"},
		PARTICIPANTS,
	)
	assert sorted(p.args for p in problems) == [
		("Observation", "85.07.30-033.28"),
		("Observation", "x@y.be"),
		("Title", "0470 12 34 56"),
	]


def test_a_situation_described_without_people_passes():
	text = (
		"Plusieurs femmes arrivées par regroupement familial se retrouvent isolées et dépendantes "
		"de leur conjoint ; les AS de deux antennes en parlent chaque mois."
	)
	assert rules.identifier_problems({"Observation": text}, PARTICIPANTS) == []


# --- the workflow ----------------------------------------------------------------------------


def test_the_way_from_report_to_closure():
	path = [
		rules.REPORTED,
		rules.UNDER_REVIEW,
		rules.FORWARDED,
		rules.ANSWER_RECEIVED,
		rules.FEEDBACK_GIVEN,
		rules.CLOSED,
	]
	for before, after in itertools.pairwise(path):
		assert rules.move_problem(before, after) is None
	assert rules.move_problem(rules.REPORTED, rules.FORWARDED) is not None
	assert rules.move_problem(rules.CLOSED, rules.UNDER_REVIEW) is not None
	assert rules.move_problem(rules.MERGED, rules.UNDER_REVIEW) is not None


def test_a_forward_needs_a_policy_level_and_a_recipient():
	problems = rules.transition_problems(rules.UNDER_REVIEW, rules.FORWARDED, {"policy_level": "Region"})
	assert [p.message for p in problems] == ["Name the recipient the signal is forwarded to."]
	complete = {
		"policy_level": "European Commission",
		"forwarded_to": "DG HOME, unit C.3",
	}
	assert rules.transition_problems(rules.UNDER_REVIEW, rules.FORWARDED, complete) == []


def test_an_answer_needs_its_text():
	assert rules.transition_problems(rules.FORWARDED, rules.ANSWER_RECEIVED, {"answer": " "})
	assert not rules.transition_problems(rules.FORWARDED, rules.ANSWER_RECEIVED, {"answer": "Reçu."})


def test_feedback_needs_text_in_french_and_in_dutch():
	problems = rules.transition_problems(
		rules.ANSWER_RECEIVED,
		rules.FEEDBACK_GIVEN,
		{"feedback_fr": "<p>La DG répond.</p>", "feedback_nl": "<p></p>"},
	)
	assert [p.message for p in problems] == ["Write the feedback in Dutch before giving it."]


def test_not_retained_needs_a_reason():
	assert rules.transition_problems(rules.UNDER_REVIEW, rules.NOT_RETAINED, {})
	assert not rules.transition_problems(
		rules.UNDER_REVIEW,
		rules.NOT_RETAINED,
		{"not_retained_reason": "Already followed by the region."},
	)


@pytest.mark.parametrize(
	"name, target, target_state, message",
	[
		("SIG-2023-0002", None, None, "Choose the earlier signal"),
		(
			"SIG-2023-0002",
			"SIG-2023-0002",
			rules.UNDER_REVIEW,
			"cannot be merged into itself",
		),
		("SIG-2023-0002", "SIG-2023-0001", rules.MERGED, "is itself merged"),
		("SIG-2023-0002", "SIG-1999-0001", None, "does not exist"),
	],
)
def test_a_merge_goes_into_another_signal_that_is_not_merged(name, target, target_state, message):
	problems = rules.transition_problems(
		rules.UNDER_REVIEW,
		rules.MERGED,
		{"name": name, "merged_into": target},
		target_state,
	)
	assert len(problems) == 1 and message in problems[0].message


def test_a_merge_goes_into_the_earlier_signal():
	signal = {"name": "SIG-2023-0001", "merged_into": "SIG-2023-0004"}
	problems = rules.transition_problems(
		rules.UNDER_REVIEW, rules.MERGED, signal, rules.UNDER_REVIEW, target_is_later=True
	)
	assert len(problems) == 1 and "merge the later signal into the earlier one" in problems[0].message


def test_a_merge_into_a_forwarded_signal_passes():
	signal = {"name": "SIG-2023-0003", "merged_into": "SIG-2023-0001"}
	assert rules.transition_problems(rules.UNDER_REVIEW, rules.MERGED, signal, rules.FORWARDED) == []


def test_staying_in_a_state_needs_nothing():
	assert rules.transition_problems(rules.UNDER_REVIEW, rules.UNDER_REVIEW, {}) == []


def test_a_cpas_reports_for_its_own_cpas_and_the_spp_in_its_own_name():
	assert rules.reporter_problem("LIEGE", ["LIEGE"], ["CPAS Staff"]) is None
	assert rules.reporter_problem("GENT", ["LIEGE"], ["CPAS Staff"]).args[0] == "GENT"
	assert rules.reporter_problem(None, ["LIEGE"], ["CPAS Staff"]) is not None
	assert rules.reporter_problem(None, [], ["AMIF Network Manager"]) is None


# --- who reads what --------------------------------------------------------------------------


def access(user, roles, bound=()):
	return rules.signal_access(user, roles, bound)


def test_a_reported_signal_is_read_by_its_cpas_and_the_spp_only():
	liege = access("lise@liege", ["CPAS Staff"], ["LIEGE"])
	gent = access("griet@gent", ["CPAS Staff"], ["GENT"])
	spp = access("sophie@spp", ["AMIF Network Manager"])
	member = access("marc@net", ["AMIF Network Member"])
	for state in (rules.REPORTED, rules.UNDER_REVIEW):
		assert liege.may_read(state, "LIEGE", "someone@liege")
		assert spp.may_read(state, "LIEGE", "someone@liege")
		assert not gent.may_read(state, "LIEGE", "someone@liege")
		assert not member.may_read(state, "LIEGE", "someone@liege")
	for state in (rules.FORWARDED, rules.NOT_RETAINED, rules.CLOSED, rules.MERGED):
		assert gent.may_read(state, "LIEGE", "someone@liege") and member.may_read(state, "LIEGE", "x")


def test_the_list_condition_says_what_may_read_says():
	gent = access("griet@gent", ["CPAS Staff"], ["GENT"])
	sql = gent.sql("Field Signal", lambda v: f"'{v}'")
	assert "`reporting_cpas` in ('GENT')" in sql and "`owner` = 'griet@gent'" in sql
	assert "not in ('Reported', 'Under review')" in sql
	assert access("sophie@spp", ["AMIF Network Manager"]).sql("Field Signal", repr) == ""
	outsider = access("guest@x", ["Blog Manager"])
	assert "not in" not in outsider.sql("Field Signal", repr)


def test_the_reporting_cpas_edits_only_until_the_spp_takes_the_signal_up():
	liege = access("lise@liege", ["CPAS Staff"], ["LIEGE"])
	assert liege.may("write", rules.REPORTED, "LIEGE", "x")
	assert not liege.may("write", rules.UNDER_REVIEW, "LIEGE", "x")
	assert not liege.may("write", rules.FORWARDED, "LIEGE", "x")
	assert access("s", ["AMIF Network Manager"]).may("write", rules.FORWARDED, "LIEGE", "x")


# --- answer owed and periods -----------------------------------------------------------------


def test_answer_owed_lists_late_forwards_and_answers_not_fed_back():
	today = date(2024, 1, 31)
	signals = [
		{
			"name": "late",
			"workflow_state": rules.FORWARDED,
			"forwarded_on": today - timedelta(days=91),
		},
		{
			"name": "recent",
			"workflow_state": rules.FORWARDED,
			"forwarded_on": today - timedelta(days=90),
		},
		{
			"name": "answered",
			"workflow_state": rules.ANSWER_RECEIVED,
			"forwarded_on": today - timedelta(days=200),
			"answer_received_on": today - timedelta(days=10),
		},
		{
			"name": "fed back",
			"workflow_state": rules.FEEDBACK_GIVEN,
			"forwarded_on": date(2020, 1, 1),
		},
	]
	owed = rules.answer_owed(signals, today)
	assert [(row["signal"]["name"], row["reason"], row["days"]) for row in owed] == [
		("late", rules.NO_ANSWER, 91),
		("answered", rules.NOT_FED_BACK, 10),
	]


def test_periods_of_the_report():
	assert rules.period_of(date(2023, 4, 3)) == "2023-Q2"
	assert rules.period_of(date(2023, 4, 3), "Month") == "2023-04"
	assert rules.period_of(date(2023, 4, 3), "Year") == "2023"


def test_signals_are_counted_by_period_theme_and_state():
	signals = [
		{
			"observed_on": date(2023, 4, 3),
			"theme": "Mental health",
			"workflow_state": rules.UNDER_REVIEW,
		},
		{
			"observed_on": date(2023, 5, 1),
			"theme": "Mental health",
			"workflow_state": rules.FORWARDED,
		},
		{
			"observed_on": date(2023, 6, 30),
			"theme": "Mental health",
			"workflow_state": rules.FORWARDED,
		},
		{
			"observed_on": date(2023, 4, 3),
			"theme": "Family reunification",
			"workflow_state": None,
		},
		{
			"observed_on": date(2023, 10, 2),
			"theme": "Mental health",
			"workflow_state": rules.CLOSED,
		},
		{"observed_on": None, "theme": "Mental health", "workflow_state": rules.CLOSED},
	]
	rows = rules.signals_by_theme(signals)
	assert [(r["period"], r["theme"], r["total"]) for r in rows] == [
		("2023-Q2", "Family reunification", 1),
		("2023-Q2", "Mental health", 3),
		("2023-Q4", "Mental health", 1),
	]
	assert rows[0][rules.REPORTED] == 1
	assert (
		rows[1][rules.UNDER_REVIEW],
		rows[1][rules.FORWARDED],
		rows[1][rules.CLOSED],
	) == (1, 2, 0)
	assert [r["total"] for r in rules.signals_by_theme(signals, "Year")] == [1, 4]


def test_a_theme_name_is_translated_to_its_labels_unless_there_is_nothing_to_translate():
	assert rules.theme_translations(
		"Family reunification", {"fr": " Regroupement familial ", "nl": "Gezinshereniging"}
	) == {"fr": "Regroupement familial", "nl": "Gezinshereniging"}
	# Dutch writes "Procedures" as English does; a blank label removes the translation
	assert rules.theme_translations("Procedures", {"fr": "Procédures", "nl": "Procedures"}) == {
		"fr": "Procédures",
		"nl": None,
	}
	assert rules.theme_translations("Housing", {"fr": "  ", "nl": None}) == {"fr": None, "nl": None}

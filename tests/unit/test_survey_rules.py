"""Satisfaction surveys: scales, one response per enrolment, response rates, hidden small cells."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amif_network.rules import network_publication, surveys
from tests.unit.disclosure_attacker import Attacker


def q(key, kind, required=False, retired=False, options=(), domain="Content"):
	return {
		"key": key,
		"domain": domain,
		"kind": kind,
		"required": required,
		"retired": retired,
		"options": list(options),
	}


QUESTIONS = [
	q("Q1", surveys.FACES_5, required=True),
	q("Q2", surveys.FACES_3),
	q("Q3", surveys.YES_NO),
	q("Q4", surveys.CHOICE, options=[("morning", "🌅"), ("evening", "🌙")]),
	q("Q5", surveys.FREE_TEXT),
	q("Q0", surveys.FACES_5, retired=True),
]


def messages(problems):
	return [p.render() for p in problems]


def test_answers_on_each_scale_are_accepted():
	answers = {
		"Q1": "5",
		"Q2": "3",
		"Q3": "dont_know",
		"Q4": "evening",
		"Q5": "Plus de sorties",
	}
	assert surveys.answer_problems(QUESTIONS, answers) == []


@pytest.mark.parametrize(
	"key, value",
	[
		("Q1", "6"),
		("Q1", "0"),
		("Q2", "2"),
		("Q2", "4"),
		("Q3", "maybe"),
		("Q4", "noon"),
		("Q1", "very good"),
	],
)
def test_an_answer_outside_the_questions_scale_is_refused(key, value):
	found = messages(surveys.answer_problems(QUESTIONS, {"Q1": "4", key: value}))
	assert found == [
		f"The answer {value} to question {key} is not on its scale ({', '.join(surveys.allowed_answers(next(x for x in QUESTIONS if x['key'] == key)))})."
	]


def test_an_unknown_or_retired_question_is_refused():
	found = messages(surveys.answer_problems(QUESTIONS, {"Q1": "4", "Q9": "5", "Q0": "5"}))
	assert "Unknown question Q9: this survey has no such question." in found
	assert "Unknown question Q0: this survey has no such question." in found


def test_a_required_question_needs_an_answer_a_skippable_one_does_not():
	assert messages(surveys.answer_problems(QUESTIONS, {"Q2": "5"})) == ["Question Q1 needs an answer."]
	assert surveys.answer_problems(QUESTIONS, {"Q1": "1"}) == []


def test_answers_that_are_not_text_or_not_pairs_are_refused():
	assert messages(surveys.answer_problems(QUESTIONS, {"Q1": 5})) == [
		"The answer to question Q1 must be text."
	]
	assert messages(surveys.answer_problems(QUESTIONS, ["Q1", "5"])) == [
		"The answers must be given as question and answer pairs."
	]


def test_free_text_has_a_length_limit():
	long_text = "x" * (surveys.FREE_TEXT_MAX_LENGTH + 1)
	assert surveys.answer_problems(QUESTIONS, {"Q1": "3", "Q5": long_text})


def test_three_faces_share_the_ends_and_middle_of_five():
	assert surveys.allowed_answers(q("x", surveys.FACES_3)) == ("1", "3", "5")
	assert surveys.average(surveys.FACES_3, ["1", "5", "3"]) == 3.0


def test_each_enrolment_answers_once_and_only_while_active_or_completed():
	assert surveys.enrolment_survey_problem("Active", None) is None
	assert surveys.enrolment_survey_problem("Completed", None) is None
	assert surveys.enrolment_survey_problem("Active", "2026-2027").render() == (
		"The survey of this enrolment was already answered (release period 2026-2027)."
	)
	assert surveys.enrolment_survey_problem("Proposed", None)
	assert surveys.enrolment_survey_problem("Dropped", None)


def test_every_response_of_a_period_carries_the_periods_first_day_as_its_time():
	assert surveys.release_timestamp(date(2026, 9, 1)) == "2026-09-01 00:00:00"


PERIODS = [
	("2025-2026", date(2025, 9, 1), date(2026, 8, 31)),
	("2026-2027", date(2026, 9, 1), date(2027, 8, 31)),
]


def test_release_periods_never_overlap():
	assert surveys.period_problems(date(2027, 9, 1), date(2028, 6, 30), PERIODS) == []
	overlapping = surveys.period_problems(date(2027, 1, 1), date(2027, 12, 31), PERIODS)
	assert [p.args[0] for p in overlapping] == ["2026-2027"]
	# touching on one day is overlapping: that day would belong to two groups
	assert surveys.period_problems(date(2027, 8, 31), date(2027, 12, 31), PERIODS)
	assert surveys.period_problems(date(2028, 1, 1), date(2027, 12, 31), [])[0].render() == (
		"The release period ends before it starts."
	)
	assert surveys.period_problems(None, date(2027, 12, 31), [])


def test_a_day_belongs_to_the_one_period_that_holds_it():
	assert surveys.period_covering(PERIODS, date(2026, 9, 1)) == "2026-2027"
	assert surveys.period_covering(PERIODS, date(2026, 8, 31)) == "2025-2026"
	assert surveys.period_covering(PERIODS, date(2030, 1, 1)) is None


def test_a_period_that_holds_responses_keeps_its_dates():
	dates = (date(2026, 9, 1), date(2027, 8, 31))
	assert surveys.period_change_problem(True, dates, dates) is None
	assert surveys.period_change_problem(False, dates, (date(2026, 10, 1), dates[1])) is None
	assert surveys.period_change_problem(True, dates, (date(2026, 10, 1), dates[1]))


def test_a_group_releases_its_waiting_responses_by_batches_of_five():
	assert surveys.K_ANONYMITY == 5
	assert [surveys.batch_to_release(n) for n in range(7)] == [False] * 5 + [True] * 2
	assert surveys.waiting_problem(0) is None
	assert surveys.waiting_problem(3).render() == "3 responses waiting (fewer than 5)"


def test_free_texts_in_a_language_fewer_than_five_answered_in_are_withheld():
	batch = ["fr"] * 5 + ["ar"] + ["ti"] * 2
	assert surveys.withheld_languages(batch) == {"ar", "ti"}
	assert surveys.withheld_languages(["fr"] * 5) == set()


def test_enrolments_counted_for_the_response_rate():
	cutoff = date(2026, 10, 1)
	assert surveys.counts_for_rate("Completed", date(2026, 12, 1), cutoff)
	assert surveys.counts_for_rate("Active", date(2026, 9, 7), cutoff)
	assert surveys.counts_for_rate("Active", date(2026, 10, 1), cutoff)
	assert not surveys.counts_for_rate("Active", date(2026, 10, 2), cutoff)
	assert not surveys.counts_for_rate("Active", None, cutoff)
	assert not surveys.counts_for_rate("Proposed", date(2026, 9, 1), cutoff)
	assert not surveys.counts_for_rate("Dropped", date(2026, 9, 1), cutoff)


def test_response_rate_is_responses_over_counted_enrolments():
	assert surveys.response_rate(3, 4) == 75.0
	assert surveys.response_rate(1, 3) == 33.3
	assert surveys.response_rate(0, 5) == 0.0
	assert surveys.response_rate(2, 0) is None


def test_distribution_and_average_of_a_scale():
	assert surveys.distribution(surveys.FACES_5, ["5", "4", "5", ""]) == {
		"1": 0,
		"2": 0,
		"3": 0,
		"4": 1,
		"5": 2,
	}
	assert surveys.average(surveys.FACES_5, ["5", "4", "5"]) == 4.67
	assert surveys.average(surveys.YES_NO, ["yes"]) is None
	assert surveys.distribution(surveys.YES_NO, ["yes", "no", "yes"]) == {
		"yes": 2,
		"no": 1,
		"dont_know": 0,
	}


def result_line(responses, counts, answered=None, average=4.0, rate=50.0):
	return {
		"group": ("Collective workshop", "LIEGE"),
		"question": "Q1",
		"responses": responses,
		"answered": responses if answered is None else answered,
		"average": average,
		"counts": counts,
		"response_rate": rate,
	}


def spp_view(*lines, enrolments=10):
	return network_publication.protected_survey_results(
		list(lines), {("Collective workshop", "LIEGE"): enrolments}
	)


def test_the_spp_sees_no_small_count_and_no_average_that_gives_one_away():
	# Five responses, four fives and one four: with the answers and the average shown, the four
	# would follow exactly; the counts, and the average with them, are hidden.
	(shown,) = spp_view(result_line(5, {"3": 0, "4": 1, "5": 4}, average=4.8))
	assert shown["counts"] == {"3": 0, "4": "x", "5": "x"}
	assert shown["average"] == "x" or shown["answered"] == "x"
	(shown,) = spp_view(result_line(4, {"4": 3, "5": 1}))
	assert shown["responses"] == "x" and shown["response_rate"] == "x"
	assert shown["counts"] == {"4": "x", "5": "x"}


def test_a_group_without_small_counts_is_shown_whole():
	(shown,) = spp_view(result_line(12, {"3": 0, "4": 5, "5": 7}, average=4.58, rate=60.0), enrolments=20)
	assert shown["counts"] == {"3": 0, "4": 5, "5": 7}
	assert (shown["responses"], shown["answered"], shown["average"], shown["response_rate"]) == (
		12,
		12,
		4.58,
		60.0,
	)


@settings(max_examples=15, deadline=None)
@given(
	st.lists(st.integers(0, 7), min_size=3, max_size=3),
	st.lists(st.integers(0, 7), min_size=3, max_size=3),
	st.integers(0, 4),
)
def test_survey_results_hold_against_an_attacker_of_the_counts_answers_and_averages(q1, q2, extra):
	responses = max(sum(q1), sum(q2)) + extra
	lines = [
		result_line(responses, dict(zip(("1", "3", "5"), q1, strict=True)), answered=sum(q1)),
		{
			**result_line(responses, dict(zip(("1", "3", "5"), q2, strict=True)), answered=sum(q2)),
			"question": "Q2",
		},
	]
	enrolments = responses + 3
	shown = spp_view(*lines, enrolments=enrolments)
	attacker = Attacker()
	group = attacker.read("responses", None if shown[0]["responses"] == "x" else responses)
	attacker.read("enrolments", None if shown[0]["response_rate"] == "x" else enrolments)
	for line, seen in zip(lines, shown, strict=True):
		q = line["question"]
		counts = [attacker.read(f"{q}.{a}", None if v == "x" else v) for a, v in seen["counts"].items()]
		answered = attacker.read(f"{q}.answered", None if seen["answered"] == "x" else line["answered"])
		attacker.sums_to(answered, counts)
		attacker.at_most(answered, group)
		if seen["average"] != "x":  # the average over shown answers gives the sum of the faces
			faces = sum(int(a) * c for a, c in line["counts"].items())
			total = attacker.read(f"{q}.faces", faces)
			attacker.equalities.append(
				{total: 1, **{c: -int(a) for a, c in zip(seen["counts"], counts, strict=True)}}
			)
	assert attacker.broken() == {}


def test_result_lines_group_answers_per_group_and_question():
	groups = [("MOD-A", "LIEGE"), ("MOD-B", "LIEGE")]
	answers = [(groups[0], "Q1", "5"), (groups[0], "Q1", "3"), (groups[1], "Q1", "1")]
	lines = surveys.result_lines(
		groups, [QUESTIONS[0]], answers, {groups[0]: 2, groups[1]: 1}, {groups[0]: 4}
	)
	assert [(line["group"], line["answered"], line["average"], line["response_rate"]) for line in lines] == [
		(groups[0], 2, 4.0, 50.0),
		(groups[1], 1, 1.0, None),
	]


def test_template_with_no_active_question_is_refused():
	assert messages(surveys.template_problems([], [])) == [
		"A survey template needs at least one question that is not retired."
	]
	assert surveys.template_problems([q("Q1", surveys.FACES_5, retired=True)], [])


def test_template_rules_on_choices_keys_and_wordings():
	found = messages(
		surveys.template_problems(
			[q("Q1", surveys.CHOICE, options=[("a", "🅰")]), q("Q1", surveys.FACES_5)],
			[
				{"key": "Q7", "language": "fr"},
				{"key": "Q1", "language": "fr"},
				{"key": "Q1", "language": "fr"},
			],
		)
	)
	assert "Choice question Q1 needs at least two options." in found
	assert "Question key Q1 is used twice." in found
	assert "A wording names question Q7, which this template does not have." in found
	assert "Question Q1 has two wordings in language fr." in found


def test_missing_wordings_name_the_active_questions_and_languages():
	questions = [q("Q1", surveys.FACES_5), q("Q2", surveys.YES_NO, retired=True)]
	wordings = [
		{"key": "Q1", "language": "fr", "wording": "Vous avez aimé ?"},
		{"key": "Q1", "language": "nl", "wording": " "},
	]
	assert surveys.missing_wordings(questions, wordings, ["fr", "nl", "ar"]) == [
		("Q1", "nl"),
		("Q1", "ar"),
	]


def test_an_answered_question_is_never_reworded_or_deleted_only_retired():
	before_q = [q("Q1", surveys.FACES_5), q("Q2", surveys.YES_NO)]
	before_w = [
		{
			"key": "Q1",
			"language": "fr",
			"wording": "Vous avez aimé ?",
			"plain_wording": "",
			"option_wordings": "",
		}
	]
	retired = [q("Q1", surveys.FACES_5, retired=True), q("Q2", surveys.YES_NO)]
	assert surveys.answered_question_changes(before_q, retired, before_w, before_w, ["Q1"]) == []
	deleted = messages(surveys.answered_question_changes(before_q, before_q[1:], before_w, [], ["Q1"]))
	assert "Question Q1 has answers: retire it instead of deleting it." in deleted
	rescaled = [q("Q1", surveys.FACES_3), q("Q2", surveys.YES_NO)]
	assert surveys.answered_question_changes(before_q, rescaled, before_w, before_w, ["Q1"])
	reworded = [dict(before_w[0], wording="Vous avez détesté ?")]
	assert messages(surveys.answered_question_changes(before_q, before_q, before_w, reworded, ["Q1"])) == [
		"Question Q1 has answers: its wording in fr cannot change; retire it and add a new question."
	]
	# a question with no answer yet may still be edited freely
	assert surveys.answered_question_changes(before_q, rescaled, before_w, reworded, []) == []
	# a new language for an answered question is welcome
	added = [*before_w, {"key": "Q1", "language": "ti", "wording": "ጽቡቕ ድዩ?"}]
	assert surveys.answered_question_changes(before_q, before_q, before_w, added, ["Q1"]) == []


def test_question_keys_and_choice_options():
	assert surveys.next_question_key(["Q1", "Q7", "", None, "X3"]) == "Q8"
	assert surveys.next_question_key([]) == "Q1"
	assert surveys.parse_choice_options("morning 🌅\n\nbus\n") == [
		("morning", "🌅"),
		("bus", ""),
	]


def test_template_for_a_module_prefers_its_kind_then_the_general_one():
	templates = [
		("SVT-001", "", 1),
		("SVT-002", "Language course", 1),
		("SVT-003", "Outing", 0),
	]
	assert surveys.template_for_module(templates, "Language course") == "SVT-002"
	assert surveys.template_for_module(templates, "Outing") == "SVT-001"
	assert surveys.template_for_module([("SVT-003", "Outing", 0)], "Outing") is None


def test_audio_cache_key_changes_with_voice_and_wording():
	key = surveys.audio_cache_key("ar", "هل أعجبتك الأنشطة؟")
	assert len(key) == 64
	assert key != surveys.audio_cache_key("fa", "هل أعجبتك الأنشطة؟")
	assert key != surveys.audio_cache_key("ar", "هل أعجبتك الأنشطة")


def test_a_new_pictogram_for_the_same_option_is_not_a_new_question():
	before = [q("Q4", surveys.CHOICE, options=[("morning", "🌅"), ("evening", "🌙")])]
	redrawn = [q("Q4", surveys.CHOICE, options=[("morning", "☕"), ("evening", "☾")])]
	assert surveys.answered_question_changes(before, redrawn, [], [], ["Q4"]) == []
	renamed = [q("Q4", surveys.CHOICE, options=[("morning", "☕"), ("night", "☾")])]
	assert surveys.answered_question_changes(before, renamed, [], [], ["Q4"])


def test_distribution_text_names_the_answers_in_the_users_words():
	counts = {"yes": 6, "no": "< 5", "dont_know": 0}
	assert surveys.distribution_text(counts, {"yes": "Oui", "no": "Non", "dont_know": "Je ne sais pas"}) == (
		"Oui: 6 · Non: < 5 · Je ne sais pas: 0"
	)
	assert surveys.distribution_text({"1": 0, "5": 2}) == "1: 0 · 5: 2"


def test_a_sessions_survey_goes_to_those_present_or_late_who_have_not_answered():
	register = [
		("P1", "E1", "Present"),
		("P2", "E2", "Late"),
		("P3", "E3", "Absent"),
		("P4", "E4", "Excused"),
		("P5", "E5", "Present"),
		("P6", "E6", "Present"),
		("P7", "E7", "Present"),
	]
	enrolments = {
		"E1": ("P1", "Active", None),
		"E2": ("P2", "Completed", None),
		"E3": ("P3", "Active", None),
		"E4": ("P4", "Active", None),
		"E5": ("P5", "Active", "2026-2027"),  # answered already
		"E6": ("P6", "Dropped", None),
		"E7": ("P7", "Active", None),
		"E7-OLD": (
			"P7",
			"Completed",
			"2025-2026",
		),  # answered this module under an earlier enrolment
	}
	assert surveys.session_survey_queue(register, enrolments) == ["E1", "E2"]


def test_a_sessions_survey_ignores_register_rows_of_another_module_or_person():
	enrolments = {"E1": ("P1", "Active", None)}
	assert surveys.session_survey_queue([("P1", "E9", "Present")], enrolments) == []
	assert surveys.session_survey_queue([("P2", "E1", "Present")], enrolments) == []
	assert surveys.session_survey_queue([("P1", "E1", "Late"), ("P1", "E1", "Present")], enrolments) == ["E1"]


def test_a_participant_whose_consent_ended_leaves_the_sessions_survey_queue():
	register = [("P1", "E1", "Present"), ("P2", "E2", "Present")]
	enrolments = {"E1": ("P1", "Active", None), "E2": ("P2", "Active", None)}
	assert surveys.session_survey_queue(register, enrolments, consenting={"P2"}) == ["E2"]
	assert surveys.session_survey_queue(register, enrolments, consenting=set()) == []

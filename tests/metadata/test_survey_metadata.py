"""Satisfaction surveys as shipped: every wording present, and no path from a response to a person."""

import json

import pytest

from amif_network.rules import surveys
from tests.metadata import app_meta

DEMO = app_meta.ROOT / "fixtures" / "60_surveys.json"


def demo(doctype):
	return [doc for doc in json.loads(DEMO.read_text(encoding="utf-8")) if doc["doctype"] == doctype]


def active_languages():
	return [doc["name"] for doc in demo("Survey Language") if doc.get("enabled")]


def test_the_demo_offers_french_dutch_english_and_arabic_right_to_left():
	languages = {doc["name"]: doc for doc in demo("Survey Language")}
	assert {"fr", "nl", "en", "ar"} <= set(languages)
	assert languages["ar"]["direction"] == "Right to left"
	assert languages["ar"]["language_name"] == "العربية"


@pytest.mark.parametrize("template", [doc["name"] for doc in demo("Survey Template")])
def test_every_active_question_has_a_wording_in_every_active_language(template):
	doc = next(d for d in demo("Survey Template") if d["name"] == template)
	questions = [
		{
			"key": row["question_key"],
			"retired": row.get("retired"),
			"kind": row["answer_kind"],
		}
		for row in doc["questions"]
	]
	wordings = [
		{"key": w["question_key"], "language": w["language"], "wording": w["wording"]}
		for w in doc["wordings"]
	]
	assert surveys.missing_wordings(questions, wordings, active_languages()) == []
	for w in doc["wordings"]:
		assert (w.get("plain_wording") or "").strip(), (
			f"{w['question_key']} {w['language']} has no plain words"
		)
	for row in doc["questions"]:
		if row["answer_kind"] == surveys.CHOICE:
			count = len(surveys.parse_choice_options(row["choice_options"]))
			for w in doc["wordings"]:
				if w["question_key"] == row["question_key"]:
					assert len(w["option_wordings"].splitlines()) == count, (
						f"{row['question_key']} {w['language']}"
					)


def test_every_language_has_every_word_of_the_tablet_page():
	fields = [
		f["fieldname"]
		for f in app_meta.doctypes()["Survey Language"]["fields"]
		if f["fieldname"].startswith("word_")
	]
	assert len(fields) == 13
	for doc in demo("Survey Language"):
		assert all((doc.get(field) or "").strip() for field in fields), doc["name"]


def test_the_demo_template_asks_what_the_network_said_matters():
	doc = demo("Survey Template")[0]
	domains = {row["domain"] for row in doc["questions"]}
	assert {"Content", "Group", "Trainer", "Use in daily life", "Overall"} <= domains
	assert set(domains) <= set(surveys.DOMAINS)


def test_a_survey_response_has_no_field_that_leads_to_a_person():
	for name in ("Survey Response", "Survey Answer"):
		meta = app_meta.doctypes()[name]
		for field in meta["fields"]:
			assert field.get("options") not in (
				"Participant",
				"Module Enrolment",
				"User",
				"Module Session",
			), f"{name}.{field['fieldname']} links to {field['options']}"
			assert "participant" not in field["fieldname"] and "enrolment" not in field["fieldname"]
		assert not meta.get("track_changes"), f"{name} keeps a version history"
	response = app_meta.doctypes()["Survey Response"]
	assert not any(p.get("create") for p in response["permissions"]), (
		"responses come only from the survey page"
	)


@pytest.mark.parametrize("name", ["Survey Response", "Survey Answer", "Survey Comment"])
def test_responses_answers_and_comments_are_named_at_random_not_by_time(name):
	meta = app_meta.doctypes()[name]
	# Frappe's "hash" naming begins every name with the time it was made; a numbered series
	# gives the order: both are left for a controller that draws a random name.
	assert meta.get("naming_rule") == "By script" and not meta.get("autoname")
	controller = (app_meta.ROOT / "apps/amif_network/amif_network/amif_surveys/doctype").joinpath(
		name.lower().replace(" ", "_"), name.lower().replace(" ", "_") + ".py"
	)
	assert (
		"def autoname(self):\n" in controller.read_text()
		and "frappe.generate_hash(" in controller.read_text()
	)
	assert meta.get("sort_field") == "name", "lists sorted by time would give away the order of answers"


def test_a_response_keeps_no_language_channel_or_month_and_free_texts_live_apart():
	fields = {f["fieldname"]: f for f in app_meta.doctypes()["Survey Response"]["fields"]}
	assert not {"language", "channel", "period"} & set(fields)
	# the language waits, unreadable (level 1 is read by System Managers only), until release
	assert fields["pending_language"]["permlevel"] == 1
	assert {
		p["role"] for p in app_meta.doctypes()["Survey Response"]["permissions"] if p.get("permlevel")
	} == {"System Manager"}
	assert "free_text" not in {f["fieldname"] for f in app_meta.doctypes()["Survey Answer"]["fields"]}
	comment = app_meta.doctypes()["Survey Comment"]
	assert {p["role"] for p in comment["permissions"]} == {"System Manager"}, (
		"free texts: no CPAS role reads them"
	)


def test_the_enrolment_keeps_only_the_release_period_of_its_survey():
	fields = {f["fieldname"]: f for f in app_meta.doctypes()["Module Enrolment"]["fields"]}
	assert fields["survey_release_period"]["options"] == "Survey Release Period"
	assert not {"survey_done_on", "survey_language", "survey_channel"} & set(fields)


def _demo_records():
	"""Every record of the demo fixtures, in loading order."""
	records = []
	for path in sorted((app_meta.ROOT / "fixtures").glob("*.json")):
		records.extend(json.loads(path.read_text(encoding="utf-8")))
	return records


def test_each_demo_response_is_the_survey_of_an_active_enrolment_with_its_contracts_and_consent():
	records = _demo_records()
	by_name = {(r["doctype"], r.get("name")): r for r in records}
	modules = {r["name"]: r for r in records if r["doctype"] == "Activity Module"}
	answered = [
		(r, call["kwargs"])
		for r in records
		for call in r.get("_after", [])
		if call["method"].endswith("record_demo_response")
	]
	assert not [r for r in records if r["doctype"] == "Survey Response"], "responses come with an enrolment"
	assert answered
	counts: dict = {}
	for enrolment, survey in answered:
		assert enrolment["doctype"] == "Module Enrolment" and survey["enrolment"] == enrolment["name"]
		assert enrolment["status"] in surveys.SURVEYABLE_STATUSES
		participant = enrolment["participant"]
		contracts = {
			(r["contract_type"], r.get("module"))
			for r in records
			if r["doctype"] == "Participant Contract"
			and r["participant"] == participant
			and r.get("signed_by_participant")
		}
		assert {
			("Social worker", None),
			("Intake", None),
			("Module", enrolment["module"]),
		} <= contracts
		assert any(
			r["doctype"] == "Participant Consent" and r["participant"] == participant and r.get("given")
			for r in records
		), participant
		assert survey["language"] in active_languages() and "channel" not in survey
		assert by_name[("Participant", participant)]["cpas"] == modules[enrolment["module"]]["cpas"]
		module = modules[enrolment["module"]]
		key = (module["kind"], module["cpas"])
		counts[key] = counts.get(key, 0) + 1
	# one response per enrolment, so rates stay at or under 100 %
	assert len({survey["enrolment"] for _r, survey in answered}) == len(answered)
	# the SPP's view shows one CPAS and module kind in full and hides another
	assert any(count >= 5 for count in counts.values()), counts
	assert any(count < 5 for count in counts.values()), counts

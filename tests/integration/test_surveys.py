"""Satisfaction surveys on a real site: the SPP edits templates, CPAS staff run the survey over HTTP,
responses keep no path back to the participant, the SPP's results hide small cells."""

import html
import json
import os
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from tests.integration.support import FIXTURES, messages_of, node, printed_json

TEMPLATE = "Survey Template"
RESPONSE = "Survey Response"
SURVEYS = "/api/method/amif_network.api.surveys."


def _question(key, kind, domain="Content", required=0, **extra):
	return {"question_key": key, "domain": domain, "answer_kind": kind, "required": required, **extra}


def _wordings(key, texts: dict, options=None):
	"""Wordings in the languages given, and the English one in the demo's other languages."""
	texts = {**dict.fromkeys(ALL, texts.get("en")), **texts}
	if options:
		options = {**dict.fromkeys(ALL, options.get("en")), **options}
	rows = []
	for language, text in texts.items():
		row = {"question_key": key, "language": language, "wording": text, "plain_wording": text}
		if options:
			row["option_wordings"] = "\n".join(options[language])
		rows.append(row)
	return rows


FOUR = ("fr", "nl", "en", "ar")
# every language the demo enables (Tigrinya, Dari, Pashto, Somali, Ukrainian and Turkish as well)
ALL = tuple(
	record["name"]
	for record in json.loads((FIXTURES / "60_surveys.json").read_text(encoding="utf-8"))
	if record["doctype"] == "Survey Language" and record.get("enabled")
)


def covering_release_period(frappe, made: list) -> str:
	"""The release period of today: the demo's, or one made for the tests (and removed after)."""
	today = frappe.utils.getdate()
	for row in frappe.get_all("Survey Release Period", fields=["name", "start_date", "end_date"]):
		if row.start_date <= today <= row.end_date:
			return row.name
	following = [
		row.start_date
		for row in frappe.get_all("Survey Release Period", fields=["start_date"])
		if row.start_date > today
	]
	end = min([frappe.utils.add_days(today, 60), *[frappe.utils.add_days(d, -1) for d in following]])
	start = frappe.utils.add_days(today, -1)
	for row in frappe.get_all("Survey Release Period", fields=["end_date"]):
		if row.end_date < today:
			start = max(start, frappe.utils.add_days(row.end_date, 1))
	doc = frappe.get_doc(
		{
			"doctype": "Survey Release Period",
			"period_name": f"Test {uuid.uuid4().hex[:6]}",
			"start_date": start,
			"end_date": end,
		}
	).insert(ignore_permissions=True)
	made.append(doc)
	return doc.name


def remove_survey_records(frappe, modules):
	"""Responses and comments of the test modules (a period in use cannot be deleted before)."""
	for doctype in (RESPONSE, "Survey Comment"):
		for name in frappe.get_all(doctype, filters={"module": ["in", list(modules)]}, pluck="name"):
			frappe.delete_doc(doctype, name, force=True, ignore_permissions=True)


@pytest.fixture(scope="module")
def surveyed(site, users):
	"""A general survey template, a Liège information session with seven active enrolments, one in Gent."""
	frappe = site
	tag = uuid.uuid4().hex[:6]
	made = []
	created_languages = []
	periods = []
	period = covering_release_period(frappe, periods)
	for record in json.loads((FIXTURES / "60_surveys.json").read_text(encoding="utf-8")):
		if record["doctype"] == "Survey Language" and not frappe.db.exists("Survey Language", record["name"]):
			frappe.get_doc(record).insert(ignore_permissions=True)
			created_languages.append(record["name"])

	def insert(record):
		doc = frappe.get_doc(record).insert(ignore_permissions=True)
		made.append(doc)
		return doc

	wordings = (
		_wordings(
			"Q1",
			{
				"fr": "Vous avez aimé ?",
				"nl": "Vond je het leuk?",
				"en": "Did you like it?",
				"ar": "هل أعجبك؟",
			},
		)
		+ _wordings(
			"Q2",
			{
				"fr": "Vous le conseillez ?",
				"nl": "Raad je het aan?",
				"en": "Would you recommend it?",
				"ar": "هل تنصح به؟",
			},
		)
		+ _wordings(
			"Q3",
			{"fr": "Quand ?", "nl": "Wanneer?", "en": "When?", "ar": "متى؟"},
			options={
				"fr": ["Le matin", "Le soir"],
				"nl": ["'s Ochtends", "'s Avonds"],
				"en": ["Morning", "Evening"],
				"ar": ["الصباح", "المساء"],
			},
		)
		+ _wordings(
			"Q4",
			{
				"fr": "Autre chose ?",
				"nl": "Nog iets?",
				"en": "Anything else?",
				"ar": "شيء آخر؟",
			},
		)
	)
	template = insert(
		{
			"doctype": TEMPLATE,
			"title": f"Test survey {tag}",
			"module_kind": "",
			"is_active": 1,
			"questions": [
				_question("Q1", "Faces (5)", required=1),
				_question("Q2", "Yes / No / Don't know", domain="Overall"),
				_question(
					"Q3",
					"Choice",
					domain="Practical organisation",
					choice_options="morning ☕\nevening ☾",
				),
				_question("Q4", "Free text", domain="Overall"),
			],
			"wordings": wordings,
		}
	)
	modules = {}
	for cpas, name in (("LIEGE", f"Séance d'info {tag}"), ("GENT", f"Infosessie {tag}")):
		modules[cpas] = insert(
			{
				"doctype": "Activity Module",
				"cpas": cpas,
				"module_name_fr": name,
				"module_name_nl": name,
				"kind": "Information session",
				"is_active": 1,
			}
		).name
	people = {}
	for cpas, count in (("LIEGE", 7), ("GENT", 1)):
		for i in range(count):
			participant = insert(
				{
					"doctype": "Participant",
					"cpas": cpas,
					"first_name": f"Yasmina{i}",
					"last_name": f"Survey {tag}",
					"date_of_birth": "1991-03-0" + str(i + 1),
				}
			)
			# a valid processing consent: a session's list offers only those who gave one
			insert(
				{
					"doctype": "Participant Consent",
					"participant": participant.name,
					"consent_type": "Processing for the project",
					"given": 1,
					"given_on": "2026-09-01",
				}
			)
			enrolment = insert(
				{
					"doctype": "Module Enrolment",
					"participant": participant.name,
					"module": modules[cpas],
					"status": "Proposed",
					"from_date": "2026-09-01",
				}
			)
			# Given an approved intake and an active enrolment: how they got so is another story's concern.
			frappe.db.set_value("Module Enrolment", enrolment.name, "status", "Active", update_modified=False)
			frappe.db.set_value("Participant", participant.name, "status", "Active", update_modified=False)
			people.setdefault(cpas, []).append((participant.name, enrolment.name))
	frappe.db.commit()
	yield frappe._dict(template=template.name, modules=modules, people=people, tag=tag, period=period)
	frappe.set_user("Administrator")
	frappe.db.rollback()
	remove_survey_records(frappe, modules.values())
	for name in frappe.get_all(TEMPLATE, filters={"title": ["like", f"%{tag}%"]}, pluck="name"):
		for response in frappe.get_all(RESPONSE, filters={"template": name}, pluck="name"):
			frappe.delete_doc(RESPONSE, response, force=True, ignore_permissions=True)
		if name != template.name:
			frappe.delete_doc(TEMPLATE, name, force=True, ignore_permissions=True)
	for doc in reversed(made):
		frappe.delete_doc(doc.doctype, doc.name, force=True, ignore_permissions=True)
	for code in created_languages:
		frappe.delete_doc("Survey Language", code, force=True, ignore_permissions=True)
	for doc in periods:
		frappe.delete_doc(doc.doctype, doc.name, force=True, ignore_permissions=True)
	frappe.db.commit()


def _open(http, enrolment):
	return http.get(http.base_url + SURVEYS + "open_survey", params={"enrolment": enrolment})


def _submit(http, enrolment, answers, language="fr", channel="Tablet"):
	return http.post(
		http.base_url + SURVEYS + "submit_survey",
		json={"enrolment": enrolment, "language": language, "answers": answers, "channel": channel},
	)


def _responses(site, surveyed) -> set[str]:
	site.db.rollback()
	return set(site.get_all(RESPONSE, filters={"template": surveyed.template}, pluck="name"))


def test_the_spp_edits_a_template_and_cpas_staff_cannot(surveyed, users, server, site):
	spp = server.session(users["spp_manager"])
	template = {
		"title": f"Outing survey {surveyed.tag}",
		"module_kind": "Outing",
		"is_active": 0,
		"questions": [_question("", "Faces (3)", domain="Group", required=1)],
		"wordings": [],
	}
	created = spp.post(server.base_url + f"/api/resource/{TEMPLATE}", json=template)
	assert created.status_code == 200, messages_of(created)
	doc = created.json()["data"]
	assert doc["questions"][0]["question_key"] == "Q1"
	# the desk warns about the wordings still missing in the active languages
	assert "Q1:" in doc["missing_wordings"] and "ar" in doc["missing_wordings"]
	doc["wordings"] = _wordings("Q1", {code: f"Groupe ? ({code})" for code in ALL})
	updated = spp.put(server.base_url + f"/api/resource/{TEMPLATE}/{doc['name']}", json=doc)
	assert updated.status_code == 200, messages_of(updated)
	assert not updated.json()["data"]["missing_wordings"]
	assert len(updated.json()["data"]["wordings"]) == len(ALL)

	staff = server.session(users["liege_manager"])
	assert staff.get(server.base_url + f"/api/resource/{TEMPLATE}/{doc['name']}").status_code == 200
	changed = staff.put(
		server.base_url + f"/api/resource/{TEMPLATE}/{doc['name']}", json={"title": "Mine now"}
	)
	assert changed.status_code == 403
	site.db.rollback()
	assert site.db.get_value(TEMPLATE, doc["name"], "title") == template["title"]


def test_a_template_without_a_question_is_refused_in_the_users_language(surveyed, users, server, site):
	spp = server.session(users["spp_manager"])  # works in French
	before = site.db.count(TEMPLATE)
	refused = spp.post(
		server.base_url + f"/api/resource/{TEMPLATE}",
		json={"title": f"Empty {surveyed.tag}", "questions": []},
	)
	assert 400 <= refused.status_code < 500
	assert "Un modèle d'enquête doit avoir au moins une question" in messages_of(refused)
	site.db.rollback()
	assert site.db.count(TEMPLATE) == before


def test_an_answered_question_is_retired_never_reworded(surveyed, users, server, site):
	spp = server.session(users["spp_manager"])
	found = site.get_all(TEMPLATE, filters={"title": f"Outing survey {surveyed.tag}"}, pluck="name")
	assert found, "the template of the first test is missing"
	name = found[0]
	site.get_doc(
		{
			"doctype": RESPONSE,
			"cpas": "LIEGE",
			"module": surveyed.modules["LIEGE"],
			"template": name,
			"release_period": surveyed.period,
			"released": 1,  # given: a response of another template, read long ago
			"answers": [{"question_key": "Q1", "domain": "Group", "answer_kind": "Faces (3)", "answer": "5"}],
		}
	).insert(ignore_permissions=True)
	site.db.commit()
	doc = spp.get(server.base_url + f"/api/resource/{TEMPLATE}/{name}").json()["data"]
	reworded = json.loads(json.dumps(doc))
	reworded["wordings"][0]["wording"] = "Une autre question"
	refused = spp.put(server.base_url + f"/api/resource/{TEMPLATE}/{name}", json=reworded)
	assert 400 <= refused.status_code < 500
	assert "Q1" in messages_of(refused) and "retirez-la" in messages_of(refused)
	deleted = dict(doc, questions=[])
	assert (
		400 <= spp.put(server.base_url + f"/api/resource/{TEMPLATE}/{name}", json=deleted).status_code < 500
	)
	retired = json.loads(json.dumps(doc))
	retired["questions"][0]["retired"] = 1
	retired["questions"].append(_question("", "Faces (5)", domain="Group", required=1))
	retired["wordings"] += _wordings("Q2", {code: f"Le groupe ? ({code})" for code in ALL})
	kept = spp.put(server.base_url + f"/api/resource/{TEMPLATE}/{name}", json=retired)
	assert kept.status_code == 200, messages_of(kept)
	questions = kept.json()["data"]["questions"]
	assert [(q["question_key"], q["retired"]) for q in questions] == [("Q1", 1), ("Q2", 0)]


def _all_values(doc: dict):
	for key, value in doc.items():
		if isinstance(value, list):
			for row in value:
				yield from _all_values(row)
		else:
			yield key, value


def test_a_response_saved_over_http_carries_no_path_back_to_the_participant(surveyed, users, server, site):
	participant, enrolment = surveyed.people["LIEGE"][0]
	before_enrolment = site.db.get_value(
		"Module Enrolment", enrolment, ["modified", "modified_by"], as_dict=True
	)
	versions_before = site.db.count("Version", {"ref_doctype": "Module Enrolment", "docname": enrolment})
	known = _responses(site, surveyed)

	staff = server.session(users["liege_staff"])
	opened = _open(staff, enrolment)
	assert opened.status_code == 200, messages_of(opened)
	survey = opened.json()["message"]
	assert [q["key"] for q in survey["questions"]] == ["Q1", "Q2", "Q3", "Q4"]
	assert {lang["code"] for lang in survey["languages"]} >= set(FOUR)
	assert next(lang for lang in survey["languages"] if lang["code"] == "ar")["rtl"] is True
	assert survey["questions"][0]["wordings"]["ar"]["plain"] == "هل أعجبك؟"
	saved = _submit(staff, enrolment, {"Q1": "4", "Q2": "yes", "Q3": "evening", "Q4": "Merci à Fatima"})
	assert saved.status_code == 200, messages_of(saved)
	assert saved.json()["message"] == {"saved": True}, "the answer must not name the response"

	(name,) = _responses(site, surveyed) - known
	response = site.get_doc(RESPONSE, name).as_dict()
	person = site.db.get_value(
		"Participant", participant, ["name", "first_name", "last_name", "full_name"], as_dict=True
	)
	forbidden = {enrolment, *person.values(), users["liege_staff"], "Merci à Fatima"}
	for field, value in _all_values(response):
		text = str(value or "")
		assert not any(secret and secret in text for secret in forbidden), f"{field} = {text!r}"
	# the response's own timestamps are its release period's first day; its author nobody in particular
	start = str(site.db.get_value("Survey Release Period", surveyed.period, "start_date"))
	assert response.release_period == surveyed.period
	assert str(response.creation) == str(response.modified) == f"{start} 00:00:00"
	assert response.owner == response.modified_by == "Administrator"
	assert all(str(row.creation) == f"{start} 00:00:00" for row in site.get_doc(RESPONSE, name).answers)
	assert site.db.count("Version", {"ref_doctype": RESPONSE, "docname": name}) == 0
	assert not site.db.sql("select name from `tabVersion` where data like %s", (f"%{name}%",))
	# the free text lives apart, in a comment that names no response
	comment = site.get_all(
		"Survey Comment", filters={"module": surveyed.modules["LIEGE"]}, fields=["*"], limit_page_length=0
	)
	assert [c.text for c in comment] == ["Merci à Fatima"]
	assert name not in json.dumps(comment, default=str)
	assert not [row for row in response["answers"] if row["question_key"] == "Q4"]
	# waiting for its batch: the response is the only one of its group, so nobody of a CPAS reads it
	assert response.released == 0 and response.pending_language == "fr"

	# the enrolment knows the survey was done in the period, not when, how or in which language
	after = site.db.get_value(
		"Module Enrolment",
		enrolment,
		["modified", "modified_by", "survey_release_period"],
		as_dict=True,
	)
	assert (after.modified, after.modified_by) == (before_enrolment.modified, before_enrolment.modified_by)
	assert after.survey_release_period == surveyed.period
	assert (
		site.db.count("Version", {"ref_doctype": "Module Enrolment", "docname": enrolment}) == versions_before
	)

	# a waiting response is read by nobody of a CPAS, its own included
	for user in ("liege_staff", "liege_manager", "gent_staff", "spp_manager"):
		http = server.session(users[user])
		assert http.get(server.base_url + f"/api/resource/{RESPONSE}/{name}").status_code == 403, user
		listed = http.get(
			server.base_url + f"/api/resource/{RESPONSE}", params={"filters": json.dumps({"name": name})}
		)
		assert listed.status_code in (200, 403) and name not in listed.text, user
		for method, params in (
			("frappe.desk.reportview.get", {"doctype": RESPONSE, "fields": json.dumps(["name", "cpas"])}),
			("frappe.client.get_count", {"doctype": RESPONSE, "filters": json.dumps({"name": name})}),
			("frappe.desk.search.search_link", {"doctype": RESPONSE, "txt": name}),
		):
			seen = http.get(server.base_url + f"/api/method/{method}", params=params)
			assert name not in seen.text, (user, method)
			if method == "frappe.client.get_count" and seen.status_code == 200:
				assert seen.json()["message"] == 0, user
		printed = http.get(
			server.base_url + "/api/method/frappe.utils.print_format.download_pdf",
			params={"doctype": RESPONSE, "name": name},
		)
		assert printed.status_code == 403, user
		assert http.get(server.base_url + "/api/resource/Survey Comment").status_code == 403, user


def test_bad_input_is_refused_with_a_clear_message_and_nothing_saved(surveyed, users, server, site):
	staff = server.session(users["liege_staff"])  # works in French
	_participant, enrolment = surveyed.people["LIEGE"][1]
	known = _responses(site, surveyed)
	cases = [
		({"Q1": "7"}, "n'est pas sur son échelle"),
		({"Q1": "4", "Q9": "yes"}, "Question Q9 inconnue"),
		({"Q2": "yes"}, "La question Q1 demande une réponse"),
		("not json", "paires question-réponse"),
	]
	for answers, message in cases:
		refused = _submit(staff, enrolment, answers)
		assert 400 <= refused.status_code < 500, (answers, refused.status_code)
		assert message in messages_of(refused), messages_of(refused)
		assert "Traceback" not in refused.text
	unknown_language = _submit(staff, enrolment, {"Q1": "4"}, language="xx")
	assert 400 <= unknown_language.status_code < 500
	assert _responses(site, surveyed) == known
	assert not site.db.get_value("Module Enrolment", enrolment, "survey_release_period")

	assert _submit(staff, enrolment, {"Q1": "5"}).status_code == 200
	again = _submit(staff, enrolment, {"Q1": "1"})
	assert 400 <= again.status_code < 500
	assert "déjà été remplie" in messages_of(again)
	assert len(_responses(site, surveyed) - known) == 1

	# an enrolment of another CPAS cannot even be opened
	_gent_participant, gent_enrolment = surveyed.people["GENT"][0]
	for attempt in (_open(staff, gent_enrolment), _submit(staff, gent_enrolment, {"Q1": "5"})):
		assert attempt.status_code == 403
		assert "appartient à un autre CPAS" in messages_of(attempt)
	assert not site.db.get_value("Module Enrolment", gent_enrolment, "survey_release_period")
	# and the other way round, in Dutch for a Gent social worker
	gent = server.session(users["gent_staff"])
	refused = _open(gent, enrolment)
	assert refused.status_code == 403
	assert "Deze inschrijving behoort tot een ander OCMW" in messages_of(refused)

	# the network's roles do not run surveys
	member = server.session(users["member"])
	assert _open(member, enrolment).status_code == 403


def _report(http, template):
	response = http.get(
		http.base_url + "/api/method/frappe.desk.query_report.run",
		params={"report_name": "Survey Results", "filters": json.dumps({"template": template})},
	)
	assert response.status_code == 200, messages_of(response)
	return response.json()["message"]


def test_the_spp_sees_small_cells_hidden_and_a_cpas_manager_exact_figures_of_their_own(
	surveyed, users, server, site
):
	liege = server.session(users["liege_staff"])
	for i, (_participant, enrolment) in enumerate(surveyed.people["LIEGE"][2:5]):
		channel = "Paper" if i == 0 else "Tablet"  # staff key in a paper form through the same page
		saved = _submit(liege, enrolment, {"Q1": "5", "Q2": "yes"}, language="ar", channel=channel)
		assert saved.status_code == 200, messages_of(saved)
	site.db.rollback()
	# the fifth response of the group released the batch: all five at once, the channel kept nowhere
	assert site.db.count(RESPONSE, {"template": surveyed.template, "released": 1}) == 5
	assert site.db.count(RESPONSE, {"template": surveyed.template, "pending_language": ("is", "set")}) == 0
	gent = server.session(users["gent_staff"])
	_participant, gent_enrolment = surveyed.people["GENT"][0]
	assert _submit(gent, gent_enrolment, {"Q1": "2", "Q2": "no"}, language="nl").status_code == 200
	# Liège: 5 responses (the two earlier tests' and three here), released together; Gent: 1, waiting

	spp_rows = _report(server.session(users["spp_manager"]), surveyed.template)["result"]
	by_cpas = {}
	for row in spp_rows:
		if isinstance(row, dict) and row.get("cpas"):
			assert row["module_kind"] == "Séance d'information", "the kind in the SPP's language"
			by_cpas.setdefault(row["cpas"], {})[row["question"].split(" ")[0]] = row
	assert by_cpas["LIEGE"]["Q1"]["responses"] == 5
	# Four fives and a four: small counts, hidden; with the answers shown, the average (4.8) would
	# give them away, so it is hidden with them (disclosure control).
	assert "5: x" in by_cpas["LIEGE"]["Q1"]["distribution"], "four fives is a small count"
	assert "4: x" in by_cpas["LIEGE"]["Q1"]["distribution"]
	assert "x" in (by_cpas["LIEGE"]["Q1"]["average"], by_cpas["LIEGE"]["Q1"]["answered"])
	assert "GENT" not in by_cpas, "Gent's one response waits for its batch: the SPP sees nothing of it"

	manager = _report(server.session(users["liege_manager"]), surveyed.template)
	rows = [row for row in manager["result"] if isinstance(row, dict) and row.get("cpas")]
	assert {row["cpas"] for row in rows} == {"LIEGE"}
	mine = {row["question"].split(" ")[0]: row for row in rows if row["module"] == surveyed.modules["LIEGE"]}
	assert mine["Q1"]["responses"] == 5
	assert "4: 1" in mine["Q1"]["distribution"] and "5: 4" in mine["Q1"]["distribution"]
	# 5 responses over 7 active enrolments
	assert mine["Q1"]["response_rate"] == "71.4 %"
	assert manager["chart"]["data"]["datasets"][0]["values"]

	# the free text of the first test was released with its batch, but in French, which only two of
	# the five answered in: it is withheld, and only counted
	comments = [row["comment"] for row in rows if row.get("comment")]
	assert "Merci à Fatima" not in json.dumps(manager)
	assert any(c.startswith("1 commentaires retenus") for c in comments), comments

	gent_manager = _report(server.session(users["gent_manager"]), surveyed.template)
	gent_rows = [row for row in gent_manager["result"] if isinstance(row, dict) and row.get("cpas")]
	assert {row["cpas"] for row in gent_rows} == {"GENT"}
	# Gent's one response waits for four more: no figure, only how many wait
	assert not [row for row in gent_rows if row.get("responses")]
	assert [row["comment"] for row in gent_rows] == ["1 antwoorden in afwachting (minder dan 5)"]


def test_the_audio_of_a_question_is_a_wav_file_made_on_the_server(surveyed, users, server, site):
	staff = server.session(users["liege_staff"])
	url = server.base_url + "/api/method/amif_network.api.surveys.speak"
	for params in (
		{"language": "ar", "question": "Q1"},
		{"language": "nl", "question": "Q3", "option": "1"},
		{"language": "fr", "word": "face_very_good"},
	):
		audio = staff.get(url, params={"template": surveyed.template, **params})
		assert audio.status_code == 200, messages_of(audio)
		assert audio.headers["Content-Type"].startswith("audio/wav")
		assert audio.content[:4] == b"RIFF" and len(audio.content) > 5000
	missing = staff.get(url, params={"template": surveyed.template, "language": "ar", "question": "Q99"})
	assert missing.status_code == 404
	member = server.session(users["member"])
	assert (
		member.get(
			url, params={"template": surveyed.template, "language": "fr", "question": "Q1"}
		).status_code
		== 403
	)


def _wav(seconds: float = 0.5) -> bytes:
	"""A real WAV recording (silence), as an interpreter's recorder would make."""
	import io
	import wave

	buffer = io.BytesIO()
	with wave.open(buffer, "wb") as out:
		out.setnchannels(1)
		out.setsampwidth(2)
		out.setframerate(16000)
		out.writeframes(b"\x00\x00" * int(16000 * seconds))
	return buffer.getvalue()


def test_an_interpreters_recording_is_played_before_any_synthetic_voice(surveyed, users, server, site):
	spp = server.session(users["spp_manager"])  # works in French
	upload = server.base_url + "/api/method/upload_file"
	target = {"doctype": TEMPLATE, "docname": surveyed.template, "fieldname": "audio", "is_private": "1"}
	files_before = site.db.count("File", {"attached_to_name": surveyed.template})
	# not audio, whatever its name says; a recording too large for a tablet: refused, nothing kept
	for content, name, message in (
		(b"plain text, not a recording" * 10, "q1-fr.wav", "n'est pas un enregistrement audio"),
		(_wav(70), "q1-fr-long.wav", "au plus 2.0 Mo"),
	):
		refused = spp.post(upload, data=target, files={"file": (name, content)})
		assert 400 <= refused.status_code < 500, (name, refused.status_code)
		assert message in messages_of(refused), messages_of(refused)
	site.db.rollback()
	assert site.db.count("File", {"attached_to_name": surveyed.template}) == files_before

	recording = _wav()
	uploaded = spp.post(upload, data=target, files={"file": ("q1-fr.wav", recording)})
	assert uploaded.status_code == 200, messages_of(uploaded)
	url = uploaded.json()["message"]["file_url"]
	doc = spp.get(server.base_url + f"/api/resource/{TEMPLATE}/{surveyed.template}").json()["data"]
	for row in doc["wordings"]:
		if (row["question_key"], row["language"]) == ("Q1", "fr"):
			row["audio"] = url
	saved = spp.put(server.base_url + f"/api/resource/{TEMPLATE}/{surveyed.template}", json=doc)
	assert saved.status_code == 200, messages_of(saved)
	try:
		staff = server.session(users["liege_staff"])
		heard = staff.get(
			server.base_url + "/api/method/amif_network.api.surveys.speak",
			params={"template": surveyed.template, "language": "fr", "question": "Q1"},
		)
		assert heard.status_code == 200 and heard.headers["X-Survey-Voice"] == "recorded"
		assert heard.content == recording
		# another language of the same question still has espeak-ng's voice
		other = staff.get(
			server.base_url + "/api/method/amif_network.api.surveys.speak",
			params={"template": surveyed.template, "language": "nl", "question": "Q1"},
		)
		assert other.status_code == 200 and other.headers["X-Survey-Voice"] == "espeak-ng"
		# the page knows which wordings have a recording
		opened = staff.get(
			server.base_url + SURVEYS + "open_survey", params={"enrolment": surveyed.people["LIEGE"][6][1]}
		).json()["message"]
		assert opened["questions"][0]["wordings"]["fr"]["recorded"] is True
		assert opened["questions"][0]["wordings"]["nl"]["recorded"] is False
		# a recording pointing at a file that is not audio is refused at save as well
		doc = spp.get(server.base_url + f"/api/resource/{TEMPLATE}/{surveyed.template}").json()["data"]
		for row in doc["wordings"]:
			if (row["question_key"], row["language"]) == ("Q1", "nl"):
				row["audio"] = "/private/files/does-not-exist.wav"
		refused = spp.put(server.base_url + f"/api/resource/{TEMPLATE}/{surveyed.template}", json=doc)
		assert 400 <= refused.status_code < 500 and "introuvable" in messages_of(refused)
	finally:
		site.db.rollback()
		site.db.sql(
			"update `tabSurvey Wording` set audio=null where parent=%s and parenttype=%s",
			(surveyed.template, TEMPLATE),
		)
		for name in site.get_all("File", filters={"file_url": url}, pluck="name"):
			site.delete_doc("File", name, force=True, ignore_permissions=True)
		site.db.commit()


def test_a_language_without_a_voice_says_so(surveyed, users, server, site):
	code = f"t{surveyed.tag[:3]}"
	words = {f"word_{w}": "ሓደ" for w in ("yes", "no", "dont_know", "skip", "done", "thank_you")}
	words.update({f"word_face_{w}": "ሓደ" for w in ("very_bad", "bad", "neutral", "good", "very_good")})
	language = {
		"language_code": code,
		"language_name": "ትግርኛ",
		"direction": "Left to right",
		"enabled": 1,
		**words,
	}
	# the SPP adds a language as a record; CPAS staff cannot
	staff = server.session(users["liege_manager"])
	assert staff.post(server.base_url + "/api/resource/Survey Language", json=language).status_code == 403
	spp = server.session(users["spp_manager"])
	added = spp.post(server.base_url + "/api/resource/Survey Language", json=language)
	assert added.status_code == 200, messages_of(added)
	site.db.rollback()
	try:
		# a new language: the desk says at once which questions still need a wording in it
		missing = site.db.get_value(TEMPLATE, surveyed.template, "missing_wordings")
		assert all(f"Q{i}: {code}" in missing for i in (1, 2, 3, 4)), missing
		staff = server.session(users["liege_staff"])
		answer = staff.get(
			server.base_url + "/api/method/amif_network.api.surveys.speak",
			params={"template": surveyed.template, "language": code, "word": "yes"},
		)
		assert answer.status_code == 404
		assert f"Aucune voix ne lit {code}" in messages_of(answer)
	finally:
		site.delete_doc("Survey Language", code, force=True, ignore_permissions=True)
		site.db.commit()
	assert not site.db.get_value(TEMPLATE, surveyed.template, "missing_wordings")


def test_the_paper_version_prints_two_languages_side_by_side(surveyed, users, server, tmp_path):
	spp = server.session(users["spp_manager"])
	pdf = spp.get(
		server.base_url + "/api/method/amif_network.api.surveys.survey_pdf",
		params={"template": surveyed.template, "languages": "fr,ar"},
	)
	assert pdf.status_code == 200, messages_of(pdf)
	assert pdf.headers["Content-Type"] == "application/pdf" and pdf.content[:4] == b"%PDF"
	shots = Path(tmp_path)
	(shots / "survey-fr-ar.pdf").write_bytes(pdf.content)
	if shutil.which("pdftotext"):
		text = subprocess.run(
			["pdftotext", str(shots / "survey-fr-ar.pdf"), "-"], capture_output=True, text=True
		).stdout
		assert "Vous avez aimé ?" in text and "Le soir" in text
	refused = spp.get(
		server.base_url + "/api/method/amif_network.api.surveys.survey_pdf",
		params={"template": surveyed.template, "languages": "fr,nl,ar"},
	)
	assert 400 <= refused.status_code < 500
	assert "deux" in messages_of(refused)


def _pdf_text(path: Path) -> str:
	return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize(
	"print_format, language, expected, absent",
	[
		(
			"Survey Paper FR NL",
			None,
			("Vous avez aimé ?", "Vond je het leuk?", "Le soir", "'s Avonds"),
			("متى",),
		),
		("Survey Paper FR AR", None, ("Vous avez aimé ?", "Le soir"), ("Vond je het leuk?",)),
		("Survey Paper", "nl", ("Vond je het leuk?", "'s Avonds", "Heel goed"), ("Vous avez aimé ?",)),
		("Survey Paper", "fr", ("Vous avez aimé ?", "Très bien"), ("Vond je het leuk?",)),
	],
)
def test_the_paper_version_is_a_print_format_of_the_template(
	surveyed, users, server, tmp_path, print_format, language, expected, absent
):
	staff = server.session(users["liege_staff"])
	params = {"doctype": TEMPLATE, "name": surveyed.template, "format": print_format}
	if language:
		params["language"] = language
	pdf = staff.get(server.base_url + "/api/method/frappe.utils.print_format.download_pdf", params=params)
	assert pdf.status_code == 200 and pdf.content[:4] == b"%PDF", messages_of(pdf)
	shots = Path(os.environ.get("AMIF_SCREENSHOTS") or tmp_path)
	shots.mkdir(parents=True, exist_ok=True)
	path = shots / f"survey-print-{print_format.replace(' ', '-')}-{language or 'both'}.pdf"
	path.write_bytes(pdf.content)
	if not shutil.which("pdftotext"):
		pytest.skip("reading the PDF needs poppler-utils")
	text = " ".join(_pdf_text(path).split())
	for words in expected:
		assert words in text, (print_format, words)
	for words in absent:
		assert words not in text, (print_format, words)
	# the faces are drawn: the print holds vector pictures, not only words
	assert len(pdf.content) > 10000


def _session(site, module, register=()):
	"""A session of `module` today, with its attendance register [(participant, status)]."""
	return site.get_doc(
		{
			"doctype": "Module Session",
			"module": module,
			"session_date": site.utils.today(),
			"start_time": "09:00:00",
			"end_time": "11:00:00",
			"trainers": [{"trainer": "Administrator"}],
			"attendance": [{"participant": p, "status": status} for p, status in register],
		}
	).insert(ignore_permissions=True)


def test_staff_hand_the_tablet_round_those_present_at_a_session(surveyed, users, server, site):
	liege = surveyed.people["LIEGE"]
	# the earlier tests surveyed the first five; of the last two, one came late, one stayed away
	register = [
		(liege[2][0], "Present"),
		(liege[4][0], "Excused"),
		(liege[5][0], "Late"),
		(liege[6][0], "Absent"),
	]
	sessions = [
		_session(site, surveyed.modules["LIEGE"], register).name,
		_session(site, surveyed.modules["GENT"]).name,
	]
	site.db.commit()
	try:
		staff = server.session(users["liege_staff"])
		queue = staff.get(server.base_url + SURVEYS + "session_queue", params={"session": sessions[0]})
		assert queue.status_code == 200, messages_of(queue)
		waiting = queue.json()["message"]["enrolments"]
		# the register decides: not the one absent, not the one who answered, not those not there
		assert [row["name"] for row in waiting] == [liege[5][1]]
		assert waiting[0]["participant_name"].startswith("Yasmina5")
		other = staff.get(server.base_url + SURVEYS + "session_queue", params={"session": sessions[1]})
		assert other.status_code == 403
		assert "appartient à un autre CPAS" in messages_of(other)
		page = staff.get(server.base_url + "/survey", params={"session": sessions[0]})
		assert page.status_code == 200 and "survey.js" in page.text
		assert server.session(users["spp_manager"]).get(server.base_url + "/survey").status_code == 403

		# once the tablet is in a participant's hands, the names wait for the staff password
		assert _open(staff, liege[5][1]).status_code == 200
		locked = staff.get(server.base_url + SURVEYS + "session_queue", params={"session": sessions[0]})
		assert locked.status_code == 403 and locked.json()["exc_type"] == "SurveyListLocked"
		assert "Yasmina" not in locked.text
		assert "mot de passe de l'intervenant" in messages_of(locked)
		# the page gave the session a CSRF token: posts carry it as the page's script does
		token = re.search(r'csrf_token\s*=\s*"([^"]+)"', page.text)
		assert token, "the survey page hands its script a CSRF token"
		staff.headers["X-Frappe-CSRF-Token"] = token.group(1)
		unlock = server.base_url + SURVEYS + "unlock_session_list"
		wrong = staff.post(unlock, json={"password": "not-the-password"})
		assert wrong.status_code == 403 and "pas correct" in messages_of(wrong)
		for odd in ("", ["a", "list"], {"a": 1}):  # a password that is not text: the guard's 400
			assert staff.post(unlock, json={"password": odd}).status_code in (400, 403, 417), odd
		still = staff.get(server.base_url + SURVEYS + "session_queue", params={"session": sessions[0]})
		assert still.status_code == 403
		from tests.integration.support import PASSWORD

		assert staff.post(unlock, json={"password": PASSWORD}).status_code == 200
		# one wrong try above and three odd ones: a fifth wrong one would end the login session
		again = staff.get(server.base_url + SURVEYS + "session_queue", params={"session": sessions[0]})
		assert again.status_code == 200
		assert [row["name"] for row in again.json()["message"]["enrolments"]] == [liege[5][1]]
	finally:
		for name in sessions:
			site.delete_doc("Module Session", name, force=True, ignore_permissions=True)
		site.db.commit()


def test_guessing_the_staff_password_on_the_tablet_ends_the_login_session(surveyed, users, server):
	from tests.integration.support import PASSWORD

	staff = server.session(users["liege_staff"])
	assert _open(staff, surveyed.people["LIEGE"][6][1]).status_code == 200  # not answered yet
	unlock = server.base_url + SURVEYS + "unlock_session_list"
	answers = [staff.post(unlock, json={"password": f"guess-{i}"}) for i in range(5)]
	assert [a.status_code for a in answers] == [403] * 5
	assert "pas correct" in messages_of(answers[0])
	assert "reconnectez-vous" in messages_of(answers[-1])
	# logged out: even the right password no longer unlocks anything
	again = staff.post(unlock, json={"password": PASSWORD})
	assert again.status_code == 403
	assert staff.get(server.base_url + "/api/method/frappe.auth.get_logged_user").status_code in (401, 403)


def test_the_enrolment_form_offers_the_tablet_and_paper_answers(
	browser_ready, surveyed, users, server, tmp_path
):
	from tests.integration.support import PASSWORD

	_participant, enrolment = surveyed.people["LIEGE"][6]  # not answered yet at this point
	shots = Path(os.environ.get("AMIF_SCREENSHOTS") or tmp_path)
	shots.mkdir(parents=True, exist_ok=True)
	run = node(
		"survey_desk_buttons.mjs",
		server.base_url,
		server.site,
		users["liege_staff"],
		PASSWORD,
		enrolment,
		str(shots / "survey-enrolment-menu.png"),
		timeout=240,
	)
	assert run.returncode == 0, run.stderr
	seen = printed_json(run)
	assert seen["label"] == "Enquête de satisfaction"
	assert seen["items"] == ["Sur la tablette", "Encoder des réponses papier"]
	assert f"/survey?enrolment={enrolment}&channel=Paper" in seen["opened"]


@pytest.mark.parametrize(
	"index, language, direction, by_session", [(5, "ar", "rtl", False), (6, "nl", "ltr", True)]
)
def test_a_participant_answers_by_taps_only_on_a_tablet(
	browser_ready, surveyed, users, server, site, tmp_path, index, language, direction, by_session
):
	from tests.integration.support import PASSWORD

	participant, enrolment = surveyed.people["LIEGE"][index]
	known = _responses(site, surveyed)
	shots = Path(os.environ.get("AMIF_SCREENSHOTS") or tmp_path)
	shots.mkdir(parents=True, exist_ok=True)
	session = None
	if by_session:
		# staff pick the participant from the session's list; the one who answered is not on it
		answered = surveyed.people["LIEGE"][0][0]
		session = _session(site, surveyed.modules["LIEGE"], [(participant, "Present"), (answered, "Present")])
		site.db.commit()
	try:
		run = node(
			"survey_tablet.mjs",
			server.base_url,
			server.site,
			users["liege_staff"],
			PASSWORD,
			enrolment,
			language,
			str(shots / f"survey-{language}"),
			*([session.name] if session else []),
			timeout=240,
		)
	finally:
		if session:
			site.delete_doc("Module Session", session.name, force=True, ignore_permissions=True)
			site.db.commit()
	assert run.returncode == 0, run.stderr
	seen = printed_json(run)
	# no participant's name after the tablet left the staff's hands, even after a reload
	for screen in ("thanksScreen", "handBack", "afterReload", "wrongPassword"):
		assert "Yasmina" not in (seen.get(screen) or ""), screen
	assert "Merci de rendre la tablette" in seen["handBack"]
	if by_session:
		name = site.db.get_value("Module Enrolment", enrolment, "participant_name")
		assert seen["listBefore"] == [name]
		assert "pas correct" in seen["wrongPassword"]
		assert "ont répondu" in seen["listAfter"], "the list came back after the staff password, empty now"
	assert seen["dir"] == direction
	words = site.db.get_value("Survey Language", language, ["word_thank_you"], as_dict=True)
	assert seen["thanks"].strip() == words.word_thank_you
	asked = [q["key"] for q in seen["questions"]]
	assert asked == ["Q1", "Q2", "Q3", "Q4"]
	texts = {q["key"]: q["text"] for q in seen["questions"]}
	assert texts["Q1"] == site.db.get_value(
		"Survey Wording",
		{"parent": surveyed.template, "question_key": "Q1", "language": language},
		"plain_wording",
	)
	# the free-text question was skipped by a tap, the others answered by a tap
	assert [q["answered"] for q in seen["questions"]] == [True, True, True, False]
	assert seen["smallestTarget"] >= 64
	# read-aloud: the page played the server's audio of the question, a non-empty WAV
	assert seen["audio"]["played"] >= 1 and f"language={language}" in seen["audio"]["url"]
	played = [a for a in seen["audioResponses"] if a["status"] in (200, 206)]
	assert played and all(a["type"].startswith("audio/wav") and a["bytes"] > 1000 for a in played)
	for name in ("languages", "question", "answered", "thanks", "handback"):
		assert (shots / f"survey-{language}-{name}.png").stat().st_size > 5000
	new = _responses(site, surveyed) - known
	assert len(new) == 1
	response = site.get_doc(RESPONSE, new.pop())
	# a new batch of the group: it waits, with its language unreadable until released
	assert response.released == 0 and response.pending_language == language
	assert {row.question_key for row in response.answers} == {"Q1", "Q2", "Q3"}


def test_the_demo_results_count_released_responses_over_enrolments_that_record_their_survey(
	users, server, site
):
	if not site.db.exists(TEMPLATE, "SVT-001") or not site.db.exists(
		"Module Enrolment", "ENR-DEMO-LIEGE-2-ACTIVATION"
	):
		pytest.skip("the demo data is not loaded on this site")
	site.db.rollback()
	# each demo response is the survey of an enrolment that records it: same module and release period
	done = site.get_all(
		"Module Enrolment",
		filters={"survey_release_period": ("is", "set"), "name": ("like", "ENR-DEMO-%")},
		fields=["module", "survey_release_period"],
	)
	responses = site.get_all(
		RESPONSE,
		filters={"template": "SVT-001", "cpas": ("in", ["LIEGE", "CHARLEROI"])},
		fields=["module", "release_period", "released"],
	)
	assert sorted((r.module, r.survey_release_period) for r in done) == sorted(
		(r.module, r.release_period) for r in responses
	)
	# Liège's workshop released its batch of five; Charleroi's groups of two and one wait
	released = {r.module for r in responses if r.released}
	assert released == {"MOD-LIEGE-ACTIVATION"}

	spp_rows = [
		row
		for row in _report(server.session(users["spp_manager"]), "SVT-001")["result"]
		if isinstance(row, dict) and row.get("cpas")
	]
	shown = {(row["module_kind"], row["cpas"]): row for row in spp_rows if row["question"].startswith("Q1")}
	assert shown[("Atelier collectif", "LIEGE")]["responses"] >= 5
	assert not [key for key in shown if key[1] == "CHARLEROI"], "waiting responses are counted nowhere"
	for user in ("spp_manager", "liege_manager"):
		for row in _report(server.session(users[user]), "SVT-001")["result"]:
			if isinstance(row, dict) and (row.get("response_rate") or "").endswith("%"):
				assert 0 < float(row["response_rate"].split(" ")[0]) <= 100, row


def _sheets(content: bytes) -> dict:
	import io

	import openpyxl

	book = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
	return {
		sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets
	}


def _workbook(sheets: dict) -> bytes:
	import io

	import openpyxl

	book = openpyxl.Workbook()
	book.remove(book.active)
	for title, rows in sheets.items():
		sheet = book.create_sheet(title)
		for row in rows:
			sheet.append(row)
	out = io.BytesIO()
	book.save(out)
	return out.getvalue()


def _import(http, content: bytes, name="form.xlsx"):
	return http.post(
		http.base_url + SURVEYS + "import_xlsform",
		files={"file": (name, content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")},
	)


def test_a_template_goes_out_as_xlsform_and_comes_back_the_same(surveyed, users, server, site):
	import io

	from pyxform.xls2xform import convert

	spp = server.session(users["spp_manager"])
	exported = spp.get(server.base_url + SURVEYS + "export_xlsform", params={"template": surveyed.template})
	assert exported.status_code == 200, messages_of(exported)
	assert exported.content[:2] == b"PK" and "xlsx" in exported.headers.get("Content-Disposition", "")
	sheets = _sheets(exported.content)
	assert list(sheets) == ["survey", "choices", "settings"]
	assert "label::French (fr)" in sheets["survey"][0] and "label::Tigrinya (ti)" in sheets["survey"][0]
	# ODK's own converter makes a form of it, with every language
	xform = convert(xlsform=io.BytesIO(exported.content), file_type=".xlsx").xform
	assert 'lang="French (fr)"' in xform and 'lang="Arabic (ar)"' in xform

	imported = _import(spp, exported.content)
	assert imported.status_code == 200, messages_of(imported)
	name = imported.json()["message"]["name"]
	site.db.rollback()
	assert site.db.get_value(TEMPLATE, name, "is_active") == 0, "an imported template waits for the SPP"
	again = spp.get(server.base_url + SURVEYS + "export_xlsform", params={"template": name})
	assert again.status_code == 200
	assert _sheets(again.content) == sheets, "export, import, export: the same workbook"
	# CPAS staff read templates and their XLSForm, but do not import one
	staff = server.session(users["liege_staff"])
	assert (
		staff.get(server.base_url + SURVEYS + "export_xlsform", params={"template": name}).status_code == 200
	)
	assert _import(staff, exported.content).status_code == 403


def test_a_kobo_xlsform_imports_and_unsupported_rows_are_refused_by_number(surveyed, users, server, site):
	spp = server.session(users["spp_manager"])  # works in French
	kobo = {
		"survey": [
			["type", "name", "label::English (en)", "label::French (fr)", "required", "hint::English (en)"],
			["start", "start", None, None, None, None],
			["end", "end", None, None, None, None],
			["select_one yn", "liked", "Did you like it?", "Vous avez aimé ?", "TRUE()", "Tap one"],
			["text", "comment", "Anything else?", "Autre chose ?", "false", None],
		],
		"choices": [
			["list_name", "name", "label::English (en)", "label::French (fr)"],
			["yn", "yes", "Yes", "Oui"],
			["yn", "no", "No", "Non"],
		],
		"settings": [["form_title", "form_id", "version"], [f"Kobo form {surveyed.tag}", "kobo_form", "1"]],
	}
	imported = _import(spp, _workbook(kobo), "kobo.xlsx")
	assert imported.status_code == 200, messages_of(imported)
	site.db.rollback()
	doc = site.get_doc(TEMPLATE, imported.json()["message"]["name"])
	assert [(q.question_key, q.answer_kind, q.required) for q in doc.questions] == [
		("liked", "Choice", 1),
		("comment", "Free text", 0),
	]
	assert {(w.question_key, w.language) for w in doc.wordings} == {
		("liked", "en"),
		("liked", "fr"),
		("comment", "en"),
		("comment", "fr"),
	}

	before = site.db.count(TEMPLATE)
	kobo["survey"].insert(3, ["integer", "age", "Age?", "Âge ?", None, None])
	kobo["survey"].append(["select_multiple yn", "many", "Which?", "Lesquels ?", None, None])
	refused = _import(spp, _workbook(kobo), "kobo.xlsx")
	assert 400 <= refused.status_code < 500
	message = html.unescape(messages_of(refused))
	assert "Ligne 4 : le type integer n'est pas pris en charge" in message, message
	assert "Ligne 7 : le type select_multiple yn n'est pas pris en charge" in message, message
	not_a_workbook = _import(spp, b"type,name\ntext,q1\n", "form.xlsx")
	assert 400 <= not_a_workbook.status_code < 500
	assert "n'est pas un classeur XLSForm" in messages_of(not_a_workbook)
	site.db.rollback()
	assert site.db.count(TEMPLATE) == before


def test_the_spp_sets_release_periods_that_never_overlap(surveyed, users, server, site):
	spp = server.session(users["spp_manager"])  # works in French
	url = server.base_url + "/api/resource/Survey Release Period"
	period = site.get_doc("Survey Release Period", surveyed.period)
	before = site.db.count("Survey Release Period")
	overlapping = {
		"period_name": f"Overlap {surveyed.tag}",
		"start_date": str(period.end_date),
		"end_date": str(site.utils.add_days(period.end_date, 90)),
	}
	refused = spp.post(url, json=overlapping)
	assert 400 <= refused.status_code < 500
	assert f"chevauche la période {surveyed.period}" in html.unescape(messages_of(refused))
	backwards = spp.post(
		url,
		json={
			"period_name": f"Backwards {surveyed.tag}",
			"start_date": "2031-06-30",
			"end_date": "2031-01-01",
		},
	)
	assert 400 <= backwards.status_code < 500 and "se termine avant de commencer" in messages_of(backwards)
	# CPAS staff read the periods, the SPP sets them
	staff = server.session(users["liege_staff"])
	assert staff.get(f"{url}/{surveyed.period}").status_code == 200
	assert (
		staff.post(
			url,
			json={
				"period_name": f"Mine {surveyed.tag}",
				"start_date": "2031-01-01",
				"end_date": "2031-06-30",
			},
		).status_code
		== 403
	)
	site.db.rollback()
	assert site.db.count("Survey Release Period") == before
	# a period holding responses keeps its dates: its start is the time of every response in it
	if site.db.exists(RESPONSE, {"release_period": surveyed.period}):
		moved = spp.put(
			f"{url}/{surveyed.period}", json={"start_date": str(site.utils.add_days(period.start_date, 1))}
		)
		assert 400 <= moved.status_code < 500 and "ses dates ne peuvent plus changer" in messages_of(moved)
		assert spp.delete(f"{url}/{surveyed.period}").status_code >= 400
		site.db.rollback()
		assert str(site.db.get_value("Survey Release Period", surveyed.period, "start_date")) == str(
			period.start_date
		)


def test_responses_saved_before_the_release_rules_are_protected_by_the_patch(surveyed, site):
	"""An old site: a response named by Frappe's time-prefixed hash, with its month, language,
	channel and free text, and an enrolment recording the day, language and channel."""
	from frappe.model.naming import make_autoname

	from amif_network.patches import anonymise_survey_responses

	frappe = site
	old_columns = {
		"Survey Response": ("period varchar(140)", "language varchar(140)", "channel varchar(140)"),
		"Survey Answer": ("free_text text",),
		"Module Enrolment": (
			"survey_done_on date",
			"survey_language varchar(140)",
			"survey_channel varchar(140)",
		),
	}
	for table, columns in old_columns.items():
		for column in columns:
			frappe.db.sql_ddl(f"alter table `tab{table}` add column if not exists {column}")
	periods_before = set(frappe.get_all("Survey Release Period", pluck="name"))
	participant = frappe.get_doc(
		{
			"doctype": "Participant",
			"cpas": "LIEGE",
			"first_name": "Old",
			"last_name": f"Site {surveyed.tag}",
			"date_of_birth": "1980-05-05",
		}
	).insert(ignore_permissions=True)
	frappe.get_doc(
		{
			"doctype": "Participant Consent",
			"participant": participant.name,
			"consent_type": "Processing for the project",
			"given": 1,
			"given_on": "2026-09-01",
		}
	).insert(ignore_permissions=True)
	enrolment = frappe.get_doc(
		{
			"doctype": "Module Enrolment",
			"participant": participant.name,
			"module": surveyed.modules["LIEGE"],
			"status": "Proposed",
			"from_date": "2026-09-01",
		}
	).insert(ignore_permissions=True)
	old_name = make_autoname("hash", RESPONSE)
	try:
		frappe.db.sql(
			"""update `tabModule Enrolment` set status='Active', survey_done_on='2026-10-14',
			survey_language='ar', survey_channel='Tablet' where name=%s""",
			enrolment.name,
		)
		frappe.db.sql(
			"""insert into `tabSurvey Response` (name, creation, modified, owner, modified_by, cpas, module,
			template, period, language, channel, released) values (%s, now(), now(), %s, %s, 'LIEGE', %s, %s,
			'2026-10', 'ar', 'Tablet', 0)""",
			(
				old_name,
				"liege.staff@amif.test",
				"liege.staff@amif.test",
				surveyed.modules["LIEGE"],
				surveyed.template,
			),
		)
		old_rows = [make_autoname("hash", "Survey Answer") + str(i) for i in range(2)]
		for idx, (row, key, answer, free) in enumerate(
			((old_rows[0], "Q1", "4", None), (old_rows[1], "Q4", "", "Merci pour tout")), start=1
		):
			frappe.db.sql(
				"""insert into `tabSurvey Answer` (name, creation, modified, owner, modified_by, parent,
				parenttype, parentfield, idx, question_key, answer, free_text) values (%s, now(), now(),
				'Administrator', 'Administrator', %s, 'Survey Response', 'answers', %s, %s, %s, %s)""",
				(row, old_name, idx, key, answer, free),
			)

		anonymise_survey_responses.execute()

		assert not frappe.db.exists(RESPONSE, old_name), "the time-prefixed name is gone"
		period = frappe.db.get_value("Module Enrolment", enrolment.name, "survey_release_period")
		start, end = frappe.db.get_value("Survey Release Period", period, ["start_date", "end_date"])
		assert str(start) <= "2026-10-14" <= str(end)
		new = [
			r
			for r in frappe.get_all(
				RESPONSE,
				filters={"module": surveyed.modules["LIEGE"]},
				fields=["name", "creation", "modified", "owner"],
				limit_page_length=0,
			)
			if frappe.db.exists("Survey Answer", {"parent": r.name, "question_key": "Q1", "answer": "4"})
			and frappe.db.count("Survey Answer", {"parent": r.name}) == 1
		]
		assert new, "the old response, renamed"
		for r in new:
			assert str(r.creation) == str(r.modified) == f"{start} 00:00:00" and r.owner == "Administrator"
		rows = frappe.get_all(
			"Survey Answer", filters={"parent": ("in", [r.name for r in new])}, pluck="name"
		)
		assert not set(rows) & set(old_rows), "its answer rows renamed too"
		assert frappe.db.exists("Survey Comment", {"text": "Merci pour tout", "release_period": period})
		for table, columns in old_columns.items():
			present = {row[0] for row in frappe.db.sql(f"show columns from `tab{table}`")}
			assert not {column.split()[0] for column in columns} & present, table
	finally:
		frappe.db.rollback()
		# the renamed response goes with the module's other responses when the fixture ends
		frappe.db.sql("delete from `tabSurvey Answer` where parent=%s", old_name)
		frappe.db.sql("delete from `tabSurvey Response` where name=%s", old_name)
		for comment in frappe.get_all("Survey Comment", filters={"text": "Merci pour tout"}, pluck="name"):
			frappe.delete_doc("Survey Comment", comment, force=True, ignore_permissions=True)
		frappe.delete_doc("Module Enrolment", enrolment.name, force=True, ignore_permissions=True)
		frappe.db.delete("Participant Consent", {"participant": participant.name})
		frappe.delete_doc("Participant", participant.name, force=True, ignore_permissions=True)
		for table, columns in old_columns.items():
			for column in columns:
				if column.split()[0] in {row[0] for row in frappe.db.sql(f"show columns from `tab{table}`")}:
					frappe.db.sql_ddl(f"alter table `tab{table}` drop column `{column.split()[0]}`")
		frappe.db.commit()
		for name in set(frappe.get_all("Survey Release Period", pluck="name")) - periods_before:
			if not frappe.db.exists(RESPONSE, {"release_period": name}):
				frappe.delete_doc("Survey Release Period", name, force=True, ignore_permissions=True)
		frappe.db.commit()

"""The survey page for every participant: axe-core over every screen in French, Dutch and Arabic
(and Tigrinya, whose screens are also kept as screenshots), at 768×1024, with the demo's template
that asks every kind of question."""

import json
import os
import uuid
from pathlib import Path

import pytest

from tests.integration.support import FIXTURES, PASSWORD, node, printed_json
from tests.integration.test_surveys import covering_release_period, remove_survey_records

AUDITED = ("fr", "nl", "ar", "ti")
BLOCKING = ("serious", "critical")


@pytest.fixture(scope="module")
def tablet_round(site, users):
	"""An outing of Liège surveyed with the demo template's questions, four participants at a session."""
	frappe = site
	tag = uuid.uuid4().hex[:6]
	made, periods, languages = [], [], []
	covering_release_period(frappe, periods)  # a survey is answered only within a release period
	records = json.loads((FIXTURES / "60_surveys.json").read_text(encoding="utf-8"))
	for record in records:
		if record["doctype"] == "Survey Language" and not frappe.db.exists("Survey Language", record["name"]):
			frappe.get_doc(record).insert(ignore_permissions=True)
			languages.append(record["name"])
	demo = next(r for r in records if r["doctype"] == "Survey Template")

	def insert(record):
		doc = frappe.get_doc(record).insert(ignore_permissions=True)
		made.append(doc)
		return doc

	template = insert(
		{
			"doctype": "Survey Template",
			"title": f"Outing survey {tag}",
			"module_kind": "Outing",
			"is_active": 1,
			"questions": demo["questions"],
			"wordings": demo["wordings"],
		}
	)
	module = insert(
		{
			"doctype": "Activity Module",
			"cpas": "LIEGE",
			"module_name_fr": f"Sortie {tag}",
			"module_name_nl": f"Uitstap {tag}",
			"kind": "Outing",
			"is_active": 1,
		}
	).name
	people = []
	for i, _language in enumerate(AUDITED):
		participant = insert(
			{
				"doctype": "Participant",
				"cpas": "LIEGE",
				"first_name": f"Hana{i}",
				"last_name": f"Tablet {tag}",
				"date_of_birth": f"1988-02-{i + 1:02d}",
			}
		)
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
				"module": module,
				"status": "Proposed",
				"from_date": "2026-09-01",
			}
		)
		# Given active participants and enrolments: how they become so is the intake's concern.
		frappe.db.set_value("Participant", participant.name, "status", "Active", update_modified=False)
		frappe.db.set_value("Module Enrolment", enrolment.name, "status", "Active", update_modified=False)
		# given an approved intake: only then is an enrolment Active and its survey answered
		frappe.db.set_value("Participant", participant.name, "status", "Active", update_modified=False)
		people.append((participant.name, enrolment.name))
	session = insert(
		{
			"doctype": "Module Session",
			"module": module,
			"session_date": frappe.utils.today(),
			"start_time": "09:00:00",
			"end_time": "11:00:00",
			"trainers": [{"trainer": "Administrator"}],
			"attendance": [{"participant": p, "status": "Present"} for p, _e in people],
		}
	)
	frappe.db.commit()
	yield frappe._dict(template=template.name, people=people, session=session.name)
	frappe.db.rollback()
	remove_survey_records(frappe, [module])
	for doc in reversed(made):
		frappe.delete_doc(doc.doctype, doc.name, force=True, ignore_permissions=True)
	for doc in periods:
		frappe.delete_doc(doc.doctype, doc.name, force=True, ignore_permissions=True)
	for code in languages:
		frappe.delete_doc("Survey Language", code, force=True, ignore_permissions=True)
	frappe.db.commit()


def test_every_survey_screen_passes_axe_in_french_dutch_arabic_and_tigrinya(
	browser_ready, tablet_round, users, server, tmp_path
):
	shots = Path(os.environ.get("AMIF_SCREENSHOTS") or tmp_path)
	shots.mkdir(parents=True, exist_ok=True)
	pairs = [
		f"{enrolment}:{language}"
		for (_p, enrolment), language in zip(tablet_round.people, AUDITED, strict=True)
	]
	run = node(
		"survey_axe.mjs",
		server.base_url,
		server.site,
		users["liege_staff"],
		PASSWORD,
		str(shots / "survey-axe"),
		tablet_round.session,
		*pairs,
		timeout=600,
	)
	assert run.returncode == 0, run.stderr
	report = printed_json(run)
	assert "button-name:critical" in report["selfCheck"], "axe must find a nameless button"
	screens = {(a["language"], a["screen"]) for a in report["audits"]}
	print(f"\naxe-core: {len(report['audits'])} screens audited")
	for violation in report["violations"]:
		print(
			f"  [{violation['impact']}] {violation['language']} / {violation['screen']}: "
			f"{violation['id']} ({violation['help']}) {violation['targets']}"
		)
	for language in AUDITED:
		seen = {screen for lang, screen in screens if lang == language}
		for screen in ("language choice", "language chosen (name said aloud)", "thank-you", "hand-back"):
			assert screen in seen, (language, screen)
		assert "staff unlock (wrong password)" in seen
		kinds = " ".join(seen)
		for kind in ("faces-5-", "faces-3-", "yes-no-don-t-know", "choice", "free-text", "(skip)"):
			assert kind in kinds, (language, kind)
	assert ("fr", "staff list") in screens
	blocking = [v for v in report["violations"] if v["impact"] in BLOCKING]
	assert not blocking, json.dumps(blocking, ensure_ascii=False, indent=1)
	# a tap on a language asks for its name aloud (recorded, espeak-ng, or the tablet's voice)
	assert all(s["requested"] >= 1 or s["language"] not in ("fr", "nl", "ar") for s in report["spoken"]), (
		report["spoken"]
	)
	assert all("word=language_name" in (s["url"] or "") for s in report["spoken"] if s["requested"])

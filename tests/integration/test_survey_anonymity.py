"""The attack the survey must resist: a CPAS staff member who knows who sat at the tablet, when and
in which language reads everything the app lets her read about enrolments and responses, joins
them, and still finds every readable response consistent with at least five enrolments.

Frappe's "hash" names begin with the time they were made (deciseconds, modulo 32^4): the attacker
decodes every name she reads as such a time and matches it against the moments she saw each
participant at the tablet.
"""

import base64
import csv
import io
import json
import time
import uuid
from datetime import UTC, datetime

import pytest

from tests.integration.support import messages_of
from tests.integration.test_surveys import covering_release_period, remove_survey_records

K = 5
RESPONSE = "Survey Response"
SURVEYS = "/api/method/amif_network.api.surveys."
LANGUAGES = ["fr", "ar", "nl", "fr", "en", "ar", "fr"]  # the order in which seven people answer
WRAP = 32**4


def decoded_time(name: str) -> int | None:
	"""The time (deciseconds modulo 32^4) a Frappe hash name would carry in its first 4 characters."""
	head = (name or "")[:4].upper()
	if len(head) < 4 or any(c not in "0123456789ABCDEFGHIJKLMNOPQRSTUV" for c in head):
		return None
	return int.from_bytes(base64.b32hexdecode("0000" + head), "big") % WRAP


def within(value: int | None, window: tuple[int, int]) -> bool:
	"""Is a decisecond value (wrapped modulo 32^4) inside the window of a submission?"""
	if value is None:
		return False
	low, high = window
	lifted = value + -(-(low - value) // WRAP) * WRAP  # the first value + n * WRAP at or after low
	return lifted <= high


# The server writes its times in the site's time zone: the attacker knows it too.
SERVER_OFFSET = {"seconds": 0.0}


def deciseconds(moment: float) -> int:
	return int(moment * 10)


def datetimes_in(value) -> list[float]:
	"""Every date-time a readable value holds, as seconds since the epoch (server's local time)."""
	found = []
	if isinstance(value, dict):
		for item in value.values():
			found += datetimes_in(item)
	elif isinstance(value, list | tuple):
		for item in value:
			found += datetimes_in(item)
	elif isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] in " T":
		try:
			moment = datetime.fromisoformat(value[:26].replace("T", " ")).replace(tzinfo=UTC)
			found.append(moment.timestamp() - SERVER_OFFSET["seconds"])
		except ValueError:
			pass
	return found


def names_in(value) -> list[str]:
	found = []
	if isinstance(value, dict):
		for key, item in value.items():
			if key in ("name", "parent") and isinstance(item, str):
				found.append(item)
			else:
				found += names_in(item)
	elif isinstance(value, list):
		for item in value:
			found += names_in(item)
	return found


@pytest.fixture(scope="module")
def a_module_surveyed(site, users):
	"""A Liège outing with twelve active enrolments (consent given) and a survey template of its own."""
	frappe = site
	offset = (frappe.utils.now_datetime() - datetime.now(UTC).replace(tzinfo=None)).total_seconds()
	SERVER_OFFSET["seconds"] = round(offset / 900) * 900
	tag = uuid.uuid4().hex[:6]
	made, periods = [], []
	period = covering_release_period(frappe, periods)

	def insert(record):
		doc = frappe.get_doc(record).insert(ignore_permissions=True)
		made.append(doc)
		return doc

	languages = frappe.get_all("Survey Language", filters={"enabled": 1}, pluck="name")
	if not set(LANGUAGES) <= set(languages):
		pytest.skip("the demo's survey languages are not on this site")
	template = insert(
		{
			"doctype": "Survey Template",
			"title": f"Outing survey {tag}",
			"module_kind": "Outing",
			"is_active": 1,
			"questions": [
				{"question_key": "Q1", "domain": "Overall", "answer_kind": "Faces (5)", "required": 1},
				{"question_key": "Q2", "domain": "Overall", "answer_kind": "Free text"},
			],
			"wordings": [
				{"question_key": key, "language": code, "wording": f"{key}?", "plain_wording": f"{key}?"}
				for key in ("Q1", "Q2")
				for code in languages
			],
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
	enrolments = []
	for i in range(12):
		participant = insert(
			{
				"doctype": "Participant",
				"cpas": "LIEGE",
				"first_name": f"Amal{i}",
				"last_name": f"Anonymity {tag}",
				"date_of_birth": f"1990-01-{i + 1:02d}",
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
		enrolments.append(enrolment.name)
	frappe.db.commit()
	yield frappe._dict(template=template.name, module=module, enrolments=enrolments, period=period)
	frappe.db.rollback()
	remove_survey_records(frappe, [module])
	for doc in reversed(made):
		frappe.delete_doc(doc.doctype, doc.name, force=True, ignore_permissions=True)
	for doc in periods:
		frappe.delete_doc(doc.doctype, doc.name, force=True, ignore_permissions=True)
	frappe.db.commit()


def submit(http, enrolment, language, answers):
	"""One participant at the tablet; returns the window (deciseconds) the staff member saw it in."""
	before = time.time()
	saved = http.post(
		http.base_url + SURVEYS + "submit_survey",
		json={"enrolment": enrolment, "language": language, "answers": answers},
	)
	after = time.time()
	assert saved.status_code == 200, messages_of(saved)
	assert saved.json()["message"] == {"saved": True}
	return deciseconds(before) - 1, deciseconds(after) + 1


def get(http, path, **params):
	return http.get(
		http.base_url + path,
		params={k: json.dumps(v) if not isinstance(v, str) else v for k, v in params.items()},
	)


def everything_readable(http, module: str) -> dict:
	"""What a CPAS user can read about the module's responses and enrolments, path by path."""
	read: dict = {}
	listed = get(
		http,
		f"/api/resource/{RESPONSE}",
		fields=["*"],
		filters={"module": module},
		limit_page_length="0",
	)
	assert listed.status_code == 200, messages_of(listed)
	read["list"] = listed.json()["data"]
	read["docs"] = []
	read["forms"] = []
	for row in read["list"]:
		doc = http.get(http.base_url + f"/api/resource/{RESPONSE}/{row['name']}")
		assert doc.status_code == 200, messages_of(doc)
		read["docs"].append(doc.json()["data"])
		form = get(http, "/api/method/frappe.desk.form.load.getdoc", doctype=RESPONSE, name=row["name"])
		assert form.status_code == 200, messages_of(form)
		read["forms"].append(form.json())
	report_view = get(
		http,
		"/api/method/frappe.desk.reportview.get",
		doctype=RESPONSE,
		fields=["*"],
		filters={"module": module},
		order_by="creation asc",
	)
	read["report_view"] = report_view.json().get("message") if report_view.status_code == 200 else None
	answers = get(
		http,
		"/api/method/frappe.client.get_list",
		doctype="Survey Answer",
		parent=RESPONSE,
		fields=["*"],
		limit_page_length="0",
	)
	read["answer_rows"] = answers.json().get("message") if answers.status_code == 200 else None
	export = get(
		http,
		"/api/method/frappe.desk.reportview.export_query",
		doctype=RESPONSE,
		file_format_type="CSV",
		fields=["name", "creation", "modified", "owner", "modified_by", "idx", "module", "release_period"],
		filters={"module": module},
	)
	read["export"] = list(csv.reader(io.StringIO(export.text))) if export.status_code == 200 else None
	results = get(
		http,
		"/api/method/frappe.desk.query_report.run",
		report_name="Survey Results",
		filters={"module": module},
	)
	assert results.status_code == 200, messages_of(results)
	read["results"] = results.json()["message"]
	for doctype, field in (
		("Version", "ref_doctype"),
		("Activity Log", "reference_doctype"),
		("Comment", "reference_doctype"),
		("Access Log", "export_from"),
		("Deleted Document", "deleted_doctype"),
		("View Log", "reference_doctype"),
	):
		rows = get(
			http,
			f"/api/resource/{doctype}",
			fields=["*"],
			filters=[[field, "in", [RESPONSE, "Survey Answer", "Survey Comment", "Module Enrolment"]]],
			limit_page_length="0",
		)
		read[doctype] = rows.json().get("data") if rows.status_code == 200 else None
	comments = get(http, "/api/resource/Survey Comment", fields=["*"])
	read["comments_status"] = comments.status_code
	enrolments = get(
		http,
		"/api/resource/Module Enrolment",
		fields=["*"],
		filters={"module": module},
		limit_page_length="0",
	)
	assert enrolments.status_code == 200, messages_of(enrolments)
	read["enrolments"] = enrolments.json()["data"]
	return read


def consistent_enrolments(response: dict, answer_rows, enrolments, windows, moments) -> set[str]:
	"""The enrolments a response may belong to, joining on every field and every time it carries."""
	candidates = {
		e["name"]
		for e in enrolments
		if e["module"] == response["module"] and e.get("survey_release_period") == response["release_period"]
	}
	evidence = [decoded_time(name) for name in [response["name"], *names_in(answer_rows)]]
	evidence += [deciseconds(t) % WRAP for t in datetimes_in([response, answer_rows])]
	for value in evidence:
		if value is None:
			continue
		matching = {e for e, window in windows.items() if within(value, window)}
		if matching:
			candidates &= matching
	# the moments she saw a participant at the tablet, against the row order of what she reads
	return candidates


def test_every_readable_response_is_consistent_with_at_least_five_enrolments(
	a_module_surveyed, users, server, site
):
	staff = server.session(users["liege_staff"])
	manager = server.session(users["liege_manager"])
	enrolments = a_module_surveyed.enrolments
	windows: dict[str, tuple[int, int]] = {}
	versions_before = site.db.count("Version", {"ref_doctype": "Module Enrolment"})
	modified_before = {e: site.db.get_value("Module Enrolment", e, "modified") for e in enrolments}

	# Four people answer: nothing of theirs is readable, only how many wait.
	for enrolment, language in zip(enrolments[:4], LANGUAGES[:4], strict=True):
		windows[enrolment] = submit(staff, enrolment, language, {"Q1": "4", "Q2": f"Texte {language}"})
	waiting = everything_readable(manager, a_module_surveyed.module)
	assert waiting["list"] == [] and waiting["docs"] == []
	assert "4 réponses en attente (moins de 5)" in json.dumps(waiting["results"], ensure_ascii=False)

	# The attacker's decoder works: a name made the Frappe way during a submission gives it away.
	from frappe.model.naming import make_autoname

	start = deciseconds(time.time()) - 1
	frappe_name = make_autoname("hash", RESPONSE)
	server_now = site.utils.now()
	window = (start, deciseconds(time.time()) + 1)
	assert within(decoded_time(frappe_name), window)
	assert any(within(deciseconds(t) % WRAP, window) for t in datetimes_in(server_now)), server_now

	# The fifth releases the batch; two more start the next one.
	for enrolment, language in zip(enrolments[4:7], LANGUAGES[4:7], strict=True):
		windows[enrolment] = submit(staff, enrolment, language, {"Q1": "5", "Q2": f"Texte {language}"})

	for http in (staff, manager):
		read = everything_readable(http, a_module_surveyed.module)
		assert len(read["docs"]) == K, "the first batch, and only it"
		assert read["comments_status"] == 403, "free texts are read only unattributed in the report"
		# nothing keeps a language, a channel, a day or a month
		for doc in read["docs"]:
			for field in ("language", "pending_language", "channel", "period"):
				assert not doc.get(field), field
		# the rows come sorted by their random names, not by time
		assert [row["name"] for row in read["list"]] == sorted(row["name"] for row in read["list"])
		# the report view sorted by creation says nothing either: every response has the same time
		assert len({doc["creation"] for doc in read["docs"]} | {doc["modified"] for doc in read["docs"]}) == 1
		# nothing of the history is there to read
		for doctype in ("Version", "Activity Log", "Comment", "Deleted Document"):
			rows = read[doctype] or []
			assert not [
				row for row in rows if row.get("docname") in windows or row.get("reference_name") in windows
			], doctype
		for doc, form in zip(read["docs"], read["forms"], strict=True):
			candidates = consistent_enrolments(doc, doc.get("answers", []), read["enrolments"], windows, None)
			assert len(candidates) >= K, (doc["name"], candidates)
			docinfo = json.dumps(form.get("docinfo") or {})
			for moment in datetimes_in(form.get("docinfo") or {}):
				assert not any(within(deciseconds(moment) % WRAP, w) for w in windows.values()), docinfo
		# the answer rows and the export carry the same nothing
		for rows in (read["answer_rows"] or [], read["report_view"] or {}):
			for name in names_in(rows):
				value = decoded_time(name)
				assert value is None or not any(within(value, w) for w in windows.values()), name
		for line in read["export"] or []:
			for cell in line:
				value = decoded_time(cell) if len(cell) >= 10 else None
				assert value is None or not any(within(value, w) for w in windows.values()), cell
				for moment in datetimes_in(cell):
					assert not any(within(deciseconds(moment) % WRAP, w) for w in windows.values()), cell
		# free texts: shown shuffled and unattributed, those of a language fewer than five chose withheld
		shown = json.dumps(read["results"], ensure_ascii=False)
		assert "Texte fr" not in shown and "Texte ar" not in shown
		assert "5 commentaires retenus" in shown
		# the enrolments say the survey was done in the period, nothing more: same stamp as before
		for row in read["enrolments"]:
			if row["name"] in windows:
				assert row["survey_release_period"] == a_module_surveyed.period
				assert str(row["modified"])[:19] == str(modified_before[row["name"]])[:19]
				for moment in datetimes_in(row):
					assert not any(within(deciseconds(moment) % WRAP, w) for w in windows.values()), row
	site.db.rollback()
	assert site.db.count("Version", {"ref_doctype": "Module Enrolment"}) == versions_before


def test_the_response_just_submitted_reveals_nothing_of_its_time(a_module_surveyed, users, server, site):
	"""Three more answer, completing the second batch: the latest one, made seconds ago, is among the
	readable ones, and nothing readable about any of them matches the moment it was made."""
	staff = server.session(users["liege_staff"])
	enrolments = a_module_surveyed.enrolments
	known = {r["name"] for r in everything_readable(staff, a_module_surveyed.module)["list"]}
	windows = {}
	for enrolment in enrolments[7:10]:
		windows[enrolment] = submit(staff, enrolment, "fr", {"Q1": "3"})
	read = everything_readable(staff, a_module_surveyed.module)
	new = [doc for doc in read["docs"] if doc["name"] not in known]
	assert len(new) == K, "the second batch: the two waiting and the three just made"
	period_start = str(site.db.get_value("Survey Release Period", a_module_surveyed.period, "start_date"))
	for doc in new:
		assert doc["creation"].startswith(period_start) and doc["modified"].startswith(period_start)
		for row in doc["answers"]:
			assert row["creation"].startswith(period_start) and row["modified"].startswith(period_start)
		for name in [doc["name"], *names_in(doc["answers"])]:
			assert not any(within(decoded_time(name), w) for w in windows.values()), name
		candidates = consistent_enrolments(doc, doc["answers"], read["enrolments"], windows, None)
		# she watched the list between the two reads: the new responses are those answered since,
		# the two that waited and the three just made, and still five people for each of them
		answered_since = set(enrolments[5:10])
		assert len(candidates & answered_since) >= K

"""Participants told when their week changes: a real SMTP sink and a fake SMS gateway on 127.0.0.1.

Liège staff move a session, then cancel it, over HTTP. The notices go out in the background (the
integration layer's RQ worker), each participant in their own language on their own channel:
Amira by SMS in French, Jan by e-mail in Dutch, Salma by SMS in Arabic; Noor, who has no channel,
lands on the staff list to tell in person; Rita, who asked for no messages, gets none. The
gateway fails once and the retry sends the SMS, once. Every notice arrives exactly once.
"""

import json
import os
import threading
import time
import uuid
from datetime import date, timedelta
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from tests.integration.support import free_port, messages_of, node, printed_json

TAG = uuid.uuid4().hex[:6]
NOTICE = "Session Notice"


class Gateway:
	"""An HTTP SMS gateway on 127.0.0.1: records what it is sent, fails when told to."""

	def __init__(self):
		self.received, self.fail_next = [], 0
		gateway = self

		class Handler(BaseHTTPRequestHandler):
			def do_GET(self):
				query = {k: v[0] for k, v in parse_qs(urlparse(self.path).query).items()}
				if gateway.fail_next:
					gateway.fail_next -= 1
					self.send_response(503)
					self.end_headers()
					return
				gateway.received.append(query)
				self.send_response(200)
				self.end_headers()
				self.wfile.write(b"OK")

			def log_message(self, *args):
				pass

		self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
		threading.Thread(target=self.server.serve_forever, daemon=True).start()
		self.url = f"http://127.0.0.1:{self.server.server_port}/send"

	def to(self, number_digits):
		return [m["text"] for m in self.received if m["to"].endswith(number_digits)]


class Sink:
	"""A real SMTP server on 127.0.0.1 (aiosmtpd) keeping every message it receives."""

	def __init__(self):
		from aiosmtpd.controller import Controller

		self.messages = []
		sink = self

		class Handler:
			async def handle_DATA(self, server, session, envelope):
				sink.messages.append(
					(envelope.rcpt_tos, message_from_bytes(envelope.content, policy=policy.default))
				)
				return "250 OK"

		self.port = free_port()
		self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
		self.controller.start()

	def to(self, address):
		return [m for rcpt, m in self.messages if address in rcpt]

	def stop(self):
		self.controller.stop()


def _body(message) -> str:
	part = message.get_body(preferencelist=("plain", "html"))
	return part.get_content()


@pytest.fixture(scope="module")
def outlets(site):
	"""SMS Settings and an outgoing Email Account pointed at the fakes; both restored after."""
	frappe = site
	gateway, sink = Gateway(), Sink()
	# Settings are restored row for row afterwards (an empty SMS Settings cannot be saved back).
	saved_singles = frappe.db.sql("select field, value from `tabSingles` where doctype='SMS Settings'")
	saved_parameters = frappe.db.sql(
		"select * from `tabSMS Parameter` where parent='SMS Settings'", as_dict=True
	)
	sms = frappe.get_single("SMS Settings")
	sms.update(
		{
			"sms_gateway_url": gateway.url,
			"message_parameter": "text",
			"receiver_parameter": "to",
			"use_post": 0,
		}
	)
	sms.set("parameters", [])
	sms.save(ignore_permissions=True)
	defaults = frappe.get_all("Email Account", {"default_outgoing": 1}, pluck="name")
	for name in defaults:
		frappe.db.set_value("Email Account", name, "default_outgoing", 0, update_modified=False)
	account = frappe.get_doc(
		{
			"doctype": "Email Account",
			"email_account_name": f"Notices {TAG}",
			"email_id": f"notices-{TAG}@amif.test",
			"enable_outgoing": 1,
			"default_outgoing": 1,
			"smtp_server": "127.0.0.1",
			"smtp_port": sink.port,
			"use_tls": 0,
			"use_ssl_for_outgoing": 0,
			"no_smtp_authentication": 1,
			"awaiting_password": 0,
		}
	).insert(ignore_permissions=True)
	frappe.db.commit()
	yield frappe._dict(gateway=gateway, sink=sink)
	frappe.db.rollback()
	frappe.delete_doc("Email Account", account.name, force=True, ignore_permissions=True)
	for name in defaults:
		frappe.db.set_value("Email Account", name, "default_outgoing", 1, update_modified=False)
	frappe.db.delete("Singles", {"doctype": "SMS Settings"})
	for field, value in saved_singles:
		frappe.db.sql(
			"insert into `tabSingles` (doctype, field, value) values ('SMS Settings', %s, %s)", (field, value)
		)
	frappe.db.delete("SMS Parameter", {"parent": "SMS Settings"})
	for row in saved_parameters:
		frappe.get_doc({"doctype": "SMS Parameter", **row}).db_insert()
	frappe.clear_document_cache("SMS Settings", "SMS Settings")
	frappe.db.commit()
	gateway.server.shutdown()
	sink.stop()


PEOPLE = {
	# key: (first name, channel, language, phone, e-mail, refused)
	"amira": ("Amira", "SMS", "fr", "+32 470 55 01 01", None, 0),
	"jan": ("Jan", "E-mail", "nl", None, f"jan-{TAG}@amif.test", 0),
	"salma": ("Salma", "SMS", "ar", "+32 470 55 01 03", None, 0),
	"noor": ("Noor", None, "en", None, None, 0),
	"rita": ("Rita", "SMS", "fr", "+32 470 55 01 05", None, 1),
}


@pytest.fixture(scope="module")
def week(site, users, outlets):
	"""A Liège module next week with five participants enrolled, and its session of next Tuesday."""
	frappe = site
	for language in ("fr", "nl", "ar", "en"):
		if not frappe.db.exists("Survey Language", language):
			pytest.skip("the survey languages of the demo are not on this site")
	from amif_network.amif_activities.notice_words import seed_notice_templates

	seeded = seed_notice_templates()
	made = []
	try:
		yield from _make_week(frappe, users, made)
	finally:
		_remove_week(frappe, made, seeded)


def _make_week(frappe, users, made):

	def insert(record):
		doc = frappe.get_doc(record).insert(ignore_permissions=True)
		made.append(doc)
		return doc

	module = insert(
		{
			"doctype": "Activity Module",
			"cpas": "LIEGE",
			"module_name_fr": f"Atelier cuisine {TAG}",
			"module_name_nl": f"Kookatelier {TAG}",
			"kind": "Collective workshop",
			"is_active": 1,
		}
	)
	people = {}
	for key, (first, channel, language, phone, email, refused) in PEOPLE.items():
		participant = insert(
			{
				"doctype": "Participant",
				"cpas": "LIEGE",
				"first_name": first,
				"last_name": f"Notice {TAG}",
				"date_of_birth": f"1990-01-{len(people) + 1:02d}",
				"phone": phone,
				"email": email,
				"message_channel": channel,
				"message_language": language,
				"messages_refused": refused,
			}
		)
		# messages need the participant's consent to the processing of their data
		insert(
			{
				"doctype": "Participant Consent",
				"participant": participant.name,
				"consent_type": "Processing for the project",
				"given": 1,
				"given_on": date.today().isoformat(),
			}
		)
		enrolment = insert(
			{
				"doctype": "Module Enrolment",
				"participant": participant.name,
				"module": module.name,
				"status": "Proposed",
			}
		)
		# Given an approved intake and an active enrolment: how they got so is another story's concern.
		frappe.db.set_value("Participant", participant.name, "status", "Active")
		frappe.db.set_value("Module Enrolment", enrolment.name, "status", "Active")
		people[key] = participant.name
	day = date.today() + timedelta(days=7 - date.today().weekday() + 1)  # next Tuesday
	session = insert(
		{
			"doctype": "Module Session",
			"module": module.name,
			"session_date": day,
			"kind": "Collective workshop",
			"start_time": "09:30:00",
			"end_time": "12:00:00",
			"place": "Salle Outremeuse",
			"trainers": [{"trainer": users["liege_staff"]}],
		}
	)
	frappe.db.commit()
	yield frappe._dict(module=module.name, people=people, session=session.name, day=day)


def _remove_week(frappe, made, seeded):
	frappe.db.rollback()
	modules = [doc.name for doc in made if doc.doctype == "Activity Module"]
	sessions = frappe.get_all("Module Session", {"module": ["in", modules or [""]]}, pluck="name")
	for name in sessions:
		if name not in [doc.name for doc in made]:
			made.append(frappe.get_doc("Module Session", name))
	notices = frappe.get_all(NOTICE, {"session": ["in", sessions or [""]]}, pluck="name")
	for name in notices:
		for queued in frappe.get_all(
			"Email Queue", {"reference_doctype": NOTICE, "reference_name": name}, pluck="name"
		):
			frappe.db.delete("Email Queue Recipient", {"parent": queued})
			frappe.db.delete("Email Queue", {"name": queued})
		frappe.delete_doc(NOTICE, name, force=True, ignore_permissions=True)
	for doc in reversed(made):
		frappe.delete_doc(doc.doctype, doc.name, force=True, ignore_permissions=True)
	for name in seeded:
		frappe.delete_doc("Session Notice Template", name, force=True, ignore_permissions=True)
	frappe.db.commit()


def _notices(site, week, changes: str) -> dict:
	site.db.rollback()
	rows = site.get_all(
		NOTICE,
		{"session": week.session, "changes": changes},
		["name", "participant", "channel", "language", "status", "attempts", "message"],
	)
	by_person = {row.participant: row for row in rows}
	return {key: by_person.get(name) for key, name in week.people.items()}


def _wait_for(site, week, changes, done, timeout=90):
	deadline = time.time() + timeout
	while time.time() < deadline:
		found = _notices(site, week, changes)
		if done(found):
			return found
		time.sleep(1)
	return _notices(site, week, changes)


def _put(http, doctype, name, values):
	current = http.get(f"{http.base_url}/api/resource/{doctype}/{name}").json()["data"]
	return http.put(
		f"{http.base_url}/api/resource/{doctype}/{name}", json={**values, "modified": current["modified"]}
	)


def test_a_moved_session_is_told_once_to_each_participant_in_their_language(
	week, outlets, server, users, site
):
	lise = server.session(users["liege_staff"])
	moved_to = week.day + timedelta(days=1)
	response = _put(lise, "Module Session", week.session, {"session_date": str(moved_to)})
	assert response.status_code == 200, messages_of(response)

	found = _wait_for(
		site, week, "Moved", lambda f: all(f.values()) and all(n.status != "Queued" for n in f.values())
	)
	assert {key: (n.channel, n.status) for key, n in found.items()} == {
		"amira": ("SMS", "Sent"),
		"jan": ("E-mail", "Sent"),
		"salma": ("SMS", "Sent"),
		"noor": ("In person", "To tell"),
		"rita": ("Refused", "Not sent"),
	}
	gateway, sink = outlets.gateway, outlets.sink
	amira_sms = gateway.to("470550101")
	assert (
		len(amira_sms) == 1
		and "nouvelle date" in amira_sms[0]
		and moved_to.strftime("%d/%m/%Y") in amira_sms[0]
	)
	salma_sms = gateway.to("470550103")
	assert len(salma_sms) == 1 and "الموعد الجديد" in salma_sms[0]
	assert gateway.to("470550105") == []  # Rita asked for no messages
	mails = sink.to(f"jan-{TAG}@amif.test")
	assert len(mails) == 1 and mails[0]["Subject"] == "Je sessie is verplaatst"
	assert "nieuwe datum" in _body(mails[0])

	# Saving again without a change, or the same job running twice, sends nothing more.
	assert _put(lise, "Module Session", week.session, {"place": "Salle Outremeuse"}).status_code == 200
	from amif_network.amif_activities import notices

	session = site.get_doc("Module Session", week.session)
	key = site.get_value(NOTICE, found["amira"].name, "change_key")
	assert notices.send_session_notices(session.name, key, ["Moved"]) == []
	time.sleep(3)
	assert len(gateway.to("470550101")) == 1 and len(sink.to(f"jan-{TAG}@amif.test")) == 1
	assert site.db.count(NOTICE, {"session": week.session}) == 5


def test_the_staff_list_shows_who_to_tell_by_phone_or_in_person(week, server, users, site):
	lise = server.session(users["liege_staff"])
	report = lise.get(
		f"{lise.base_url}/api/method/frappe.desk.query_report.run",
		params={"report_name": "Participants to Tell", "filters": json.dumps({})},
	)
	assert report.status_code == 200, messages_of(report)
	listed = {row["participant"] for row in report.json()["message"]["result"] if isinstance(row, dict)}
	assert week.people["noor"] in listed and week.people["amira"] not in listed
	# a Gent manager does not see Liège's list
	geert = server.session(users["gent_manager"])
	report = geert.get(
		f"{geert.base_url}/api/method/frappe.desk.query_report.run",
		params={"report_name": "Participants to Tell", "filters": json.dumps({})},
	)
	assert week.people["noor"] not in json.dumps(report.json())


def test_a_cancelled_session_is_retried_after_the_gateway_fails_and_arrives_once(
	week, outlets, server, users, site
):
	gateway, sink = outlets.gateway, outlets.sink
	gateway.fail_next = 1  # the gateway is down for the first SMS
	lise = server.session(users["liege_staff"])
	response = _put(
		lise, "Module Session", week.session, {"cancelled": 1, "cancel_reason": "Animatrice malade"}
	)
	assert response.status_code == 200, messages_of(response)
	found = _wait_for(site, week, "Cancelled", lambda f: all(f.values()) and f["jan"].status == "Sent")
	sms = {key: found[key] for key in ("amira", "salma")}
	failed = [key for key, n in sms.items() if n.status == "Queued"]
	assert len(failed) == 1 and sms[failed[0]].attempts == 1
	# the scheduler's retry, once the wait is over
	from amif_network.amif_activities import notices

	site.db.set_value(
		NOTICE, sms[failed[0]].name, "next_try_at", site.utils.add_days(site.utils.now_datetime(), -1)
	)
	site.db.commit()
	assert sms[failed[0]].name in notices.retry_due_notices()
	found = _notices(site, week, "Cancelled")
	assert found["amira"].status == found["salma"].status == "Sent"
	assert [t for t in gateway.to("470550101") if "annulé" in t].__len__() == 1
	assert len([t for t in gateway.to("470550103") if "أُلغيت" in t]) == 1
	cancelled_mails = [
		m for m in sink.to(f"jan-{TAG}@amif.test") if m["Subject"] == "Je sessie is geannuleerd"
	]
	assert len(cancelled_mails) == 1
	assert found["noor"].status == "To tell" and found["rita"].status == "Not sent"
	assert sms[failed[0]].name not in notices.retry_due_notices()


def test_a_gateway_that_keeps_failing_leaves_the_notice_on_the_staff_list(week, outlets, site):
	from amif_network.amif_activities import notices

	outlets.gateway.fail_next = 10
	notice = site.get_doc(
		{
			"doctype": NOTICE,
			"idempotency_key": f"retry-{TAG}",
			"participant": week.people["amira"],
			"cpas": "LIEGE",
			"session": week.session,
			"changes": "Place changed",
			"channel": "SMS",
			"language": "fr",
			"status": "Queued",
			"message": "test",
		}
	).insert(ignore_permissions=True)
	site.db.commit()
	statuses = [notices.deliver(notice.name) for _ in range(3)]
	outlets.gateway.fail_next = 0
	assert statuses == ["Queued", "Queued", "Failed"]
	assert site.db.get_value(NOTICE, notice.name, "last_error")


def test_the_week_page_opens_with_the_signed_link_and_nothing_without_it(week, server, site):
	from amif_network.amif_activities.notices import site_secret
	from amif_network.rules import notices

	amira = week.people["amira"]
	token = notices.sign_week_link(site_secret(), amira, site.utils.now_datetime())
	import requests

	plain = requests.Session()  # no login
	plain.headers.update(server.headers())
	page = plain.get(f"{server.base_url}/week", params={"t": token})
	assert page.status_code == 200
	assert "Votre semaine" in page.text and f"Atelier cuisine {TAG}" in page.text and "Annulé" in page.text
	old = notices.sign_week_link(site_secret(), amira, site.utils.now_datetime() - timedelta(days=15))
	other = notices.sign_week_link(site_secret(), week.people["jan"], site.utils.now_datetime())
	for bad in (old, token[:-2] + "xx", other.split(".")[0] + "." + token.split(".")[1], "", "nonsense"):
		neutral = plain.get(f"{server.base_url}/week", params={"t": bad})
		assert neutral.status_code == 200
		assert "Atelier cuisine" not in neutral.text and f"Notice {TAG}" not in neutral.text
		assert "n'est plus valable" in neutral.text
	audio = plain.get(
		f"{server.base_url}/api/method/amif_network.api.week.speak",
		params={"t": token, "line": 0},
	)
	assert audio.status_code == 200 and audio.headers["Content-Type"].startswith("audio/wav")
	refused = plain.get(
		f"{server.base_url}/api/method/amif_network.api.week.speak", params={"t": old, "line": 0}
	)
	assert refused.status_code == 404


def test_a_phone_that_cannot_receive_sms_or_a_bad_email_is_refused(week, server, users, site):
	lise = server.session(users["liege_staff"])
	amira = week.people["amira"]
	landline = _put(lise, "Participant", amira, {"phone": "+32 4 223 45 67"})
	assert landline.status_code == 417 and "numéro de GSM" in messages_of(landline)
	bad_mail = _put(lise, "Participant", amira, {"email": "amira@@example"})
	assert bad_mail.status_code == 417 and "e-mail" in messages_of(bad_mail).lower()
	site.db.rollback()
	assert site.db.get_value("Participant", amira, "phone") == PEOPLE["amira"][3]


@pytest.mark.parametrize("key,language,direction", [("salma", "ar", "rtl"), ("jan", "nl", "ltr")])
def test_the_week_page_in_arabic_and_dutch_on_a_tablet(
	browser_ready, week, server, site, tmp_path, key, language, direction
):
	"""Salma reads her week in Arabic, right to left; Jan in Dutch: the cancelled session and an optional one."""
	from amif_network.amif_activities.notices import week_link

	if not site.db.exists("Module Session", {"module": week.module, "sensitive_optional": 1}):
		site.get_doc(
			{
				"doctype": "Module Session",
				"module": week.module,
				"session_date": week.day + timedelta(days=2),
				"kind": "Information session",
				"start_time": "13:30:00",
				"end_time": "15:30:00",
				"place": "Planning familial, rue Saint-Gilles 29",
				"theme": "Vie affective et sexualité",
				"sensitive_optional": 1,
			}
		).insert(ignore_permissions=True)
		site.db.commit()
	shots = Path(os.environ.get("AMIF_SCREENSHOTS") or tmp_path)
	shots.mkdir(parents=True, exist_ok=True)
	shot = shots / f"week-{language}.png"
	run = node(
		"week_page.mjs", server.base_url, server.site, week_link(week.people[key]), str(shot), timeout=180
	)
	assert run.returncode == 0, run.stderr
	seen = printed_json(run)
	assert seen["lang"] == language and seen["dir"] == direction
	assert seen["title"] == {"ar": "أسبوعك", "nl": "Jouw week"}[language]
	cancelled = [line for line in seen["lines"] if line["cancelled"]]
	optional = [line for line in seen["lines"] if line["optional"]]
	assert len(cancelled) == 1 and {"ar": "أُلغيت", "nl": "Geannuleerd"}[language] in cancelled[0]["marks"]
	assert len(optional) == 1 and {"ar": "اختيارية", "nl": "Vrijblijvend"}[language] in optional[0]["marks"]
	assert f"{'Kookatelier' if language == 'nl' else 'Atelier cuisine'} {TAG}" in cancelled[0]["text"]
	assert seen["smallestTarget"] >= 64 and not seen["overflow"]
	assert any(
		a["status"] == 200 and a["type"].startswith("audio/wav") and a["bytes"] > 1000 for a in seen["audio"]
	)
	assert shot.stat().st_size > 10000

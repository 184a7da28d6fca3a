"""Participants told when a session of their modules changes: in their language, on their channel.

Decisions live in `amif_network.rules.notices`; this module reads and writes records:
- saving a session that moved, was cancelled, or changed place or trainers queues one background
  job (RQ) per change;
- the job writes one Session Notice per participant enrolled in the module (its name is the
  idempotency key, so a notice is never written, nor sent, twice) and commits it before sending;
- SMS go through Frappe's SMS Settings (any HTTP gateway), e-mails through Frappe's Email Queue;
  a failed try is retried by the scheduler, then the notice is left Failed on the staff list;
- a participant without channel is on the staff list "to tell by phone or in person"; one who
  asked for no messages gets none (the notice records it as Not sent).
"""

import frappe
from frappe.utils import add_to_date, escape_html, get_time, get_url, getdate, now_datetime, today

from amif_network.adapters import notify
from amif_network.amif_activities import notice_words
from amif_network.amif_participants.steps import email_is_valid, has_valid_processing_consent, phone_is_mobile
from amif_network.rules import notices

NOTICE = "Session Notice"
TEMPLATE = "Session Notice Template"


def session_facts(doc) -> notices.SessionFacts:
	return notices.SessionFacts(
		getdate(doc.session_date),
		get_time(doc.start_time) if doc.start_time else None,
		get_time(doc.end_time) if doc.end_time else None,
		doc.place,
		tuple(sorted(row.trainer for row in doc.trainers if row.trainer)),
		bool(doc.cancelled),
	)


def on_session_update(doc) -> str | None:
	"""Queue the notices of a change; returns the change key, or None when nothing is to be told."""
	before = doc.get_doc_before_save()
	if not before:
		return None
	after = session_facts(doc)
	changes = notices.session_changes(session_facts(before), after)
	day = getdate(today())
	if not changes or max(getdate(before.session_date), after.session_date) < day:
		return None
	key = notices.change_key(doc.name, after, changes)
	frappe.enqueue(
		"amif_network.amif_activities.notices.send_session_notices",
		queue="short",
		session=doc.name,
		key=key,
		changes=changes,
		previous_date=str(before.session_date),
		job_id=f"amif-session-notices-{key}",
		deduplicate=True,
		enqueue_after_commit=True,
	)
	return key


def enrolled_participants(module: str, days) -> list[str]:
	"""Participants actively enrolled in the module on any of these days."""
	rows = frappe.get_all(
		"Module Enrolment",
		filters={"module": module, "status": "Active"},
		fields=["participant", "from_date", "to_date"],
		order_by="participant asc",
	)
	found = []
	for row in rows:
		if any(
			(not row.from_date or getdate(row.from_date) <= day)
			and (not row.to_date or day <= getdate(row.to_date))
			for day in days
		):
			found.append(row.participant)
	return sorted(set(found))


def send_session_notices(session: str, key: str, changes, previous_date: str | None = None) -> list[str]:
	"""Write each participant's notice once, then send the ones that have a channel."""
	doc = frappe.get_doc("Module Session", session)
	days = {getdate(doc.session_date)} | ({getdate(previous_date)} if previous_date else set())
	written = []
	for participant in enrolled_participants(doc.module, days):
		name = notices.idempotency_key(participant, session, key)
		if frappe.db.exists(NOTICE, name):
			continue
		notice = _new_notice(doc, participant, name, key, changes)
		if not notice:
			continue
		try:
			notice.insert(ignore_permissions=True)
		except frappe.DuplicateEntryError:  # another worker wrote it first
			frappe.db.rollback()
			continue
		frappe.db.commit()  # written before it is sent: a retry never sends it a second time
		written.append(notice.name)
		if notice.status == "Queued":
			deliver(notice.name)
	return written


def _new_notice(session, participant: str, name: str, key: str, changes):
	person = frappe.db.get_value(
		"Participant",
		participant,
		[
			"name",
			"full_name",
			"cpas",
			"phone",
			"email",
			"anonymised",
			"message_channel",
			"message_language",
			"messages_refused",
		],
		as_dict=True,
	)
	if not person or person.anonymised:
		return None
	reach = notices.Reach(
		refused=bool(person.messages_refused),
		channel=person.message_channel or None,
		mobile=person.phone if phone_is_mobile(person.phone) else None,
		email=person.email if email_is_valid(person.email) else None,
		consented=has_valid_processing_consent(person.name),
	)
	channel = notices.channel_for(reach)
	language = language_of(person)
	subject, message = compose(session, person.name, language, changes)
	status = {notices.REFUSED: "Not sent", notices.IN_PERSON: "To tell"}.get(channel, "Queued")
	return frappe.get_doc(
		{
			"doctype": NOTICE,
			"idempotency_key": name,
			"participant": person.name,
			"participant_name": person.full_name,
			"cpas": person.cpas,
			"session": session.name,
			"session_date": session.session_date,
			"changes": ", ".join(changes),
			"optional_session": session.sensitive_optional,
			"change_key": key,
			"channel": channel,
			"language": language,
			"status": status,
			"attempts": 0,
			"subject": subject if channel != notices.REFUSED else None,
			"message": message if channel != notices.REFUSED else None,
			"next_try_at": now_datetime() if status == "Queued" else None,
		}
	)


def language_of(person) -> str:
	"""The participant's own language, else their CPAS's working language."""
	if person.message_language and frappe.db.exists("Survey Language", person.message_language):
		return person.message_language
	working = frappe.get_cached_value("CPAS", person.cpas, "working_language") or ""
	return "nl" if working.startswith("Dutch") else "fr"


def module_title(module: str, language: str) -> str:
	name_fr, name_nl = frappe.db.get_value("Activity Module", module, ["module_name_fr", "module_name_nl"])
	return (name_nl if language == "nl" else name_fr) or name_fr or name_nl or module


def week_link(participant: str) -> str:
	token = notices.sign_week_link(site_secret(), participant, now_datetime())
	return get_url(f"/week?t={token}")


def site_secret() -> str:
	from frappe.utils.password import get_encryption_key

	return get_encryption_key()


def compose(session, participant: str, language: str, changes) -> tuple[str, str]:
	"""The subject and short message of a notice, from the SPP's template in that language."""
	kind = notices.CANCELLED if notices.CANCELLED in changes else changes[0]
	template = _template(kind, language)
	words = notice_words.words(language)
	context = {
		"module": module_title(session.module, language),
		"date": getdate(session.session_date).strftime("%d/%m/%Y"),
		"time": f"{_clock(session.start_time)}–{_clock(session.end_time)}",
		"place": session.place or "",
		"optional": f" {words['optional_note']}" if session.sensitive_optional else "",
		"link": week_link(participant),
	}
	if not template:
		return words["your_week"], " ".join(
			part
			for part in (
				context["module"],
				context["date"],
				context["time"],
				context["place"],
				context["link"],
			)
			if part
		)
	render = frappe.render_template
	return render(template.subject, context).strip(), " ".join(render(template.message, context).split())


def _clock(value) -> str:
	return get_time(value).strftime("%H:%M") if value not in (None, "") else ""


def _template(kind: str, language: str):
	for lang in (language, "fr"):
		row = frappe.db.get_value(
			TEMPLATE,
			{"change_kind": kind, "language": lang, "enabled": 1},
			["subject", "message"],
			as_dict=True,
		)
		if row:
			return row
	return None


def deliver(name: str) -> str:
	"""One try at sending a queued notice; a failure is retried later, then reported."""
	notice = frappe.get_doc(NOTICE, name, for_update=True)
	if notice.status != "Queued":
		return notice.status
	person = frappe.db.get_value(
		"Participant", notice.participant, ["phone", "email", "messages_refused"], as_dict=True
	)
	error = None
	if person.messages_refused:  # refused after the notice was written
		frappe.db.set_value(NOTICE, name, {"status": "Not sent", "message": None})
		frappe.db.commit()
		return "Not sent"
	try:
		if notice.channel == notices.SMS:
			_send_sms(person.phone, notice.message)
		else:
			_send_email(notice, person.email)
	except Exception as failure:
		frappe.db.rollback()
		error = str(failure)[:500] or failure.__class__.__name__
	attempts = (notice.attempts or 0) + 1
	status = notices.next_status(attempts, failed=bool(error))
	values = {"attempts": attempts, "status": status, "last_error": error}
	if status == "Sent":
		values["sent_on"] = now_datetime()
	if status == "Queued":
		values["next_try_at"] = add_to_date(
			now_datetime(), seconds=notices.retry_delay(attempts).total_seconds()
		)
	frappe.db.set_value(NOTICE, name, values)
	frappe.db.commit()
	return status


def _send_sms(phone: str, message: str):
	"""One SMS through the gateway of Frappe's SMS Settings; an HTTP error raises (and is retried)."""
	from frappe.core.doctype.sms_settings.sms_settings import get_headers, send_request, validate_receiver_nos

	settings = frappe.get_single("SMS Settings")
	if not settings.sms_gateway_url:
		raise RuntimeError("SMS Settings have no gateway")
	headers = get_headers(settings)
	params = {settings.message_parameter: message}
	params.update({row.parameter: row.value for row in settings.parameters if not row.header})
	params[settings.receiver_parameter] = validate_receiver_nos([phone])[0]
	send_request(
		settings.sms_gateway_url,
		params,
		headers,
		settings.use_post,
		headers.get("Content-Type") == "application/json",
	)


def _send_email(notice, email: str):
	subject = notice.subject or notice_words.words(notice.language)["your_week"]
	queue = notify.email_now(email, subject, f"<p>{escape_html(notice.message)}</p>", NOTICE, notice.name)
	status = frappe.db.get_value("Email Queue", queue.name, "status") if queue else None
	if status != "Sent":
		# Frappe's queue would try it again on its own: drop it, the notice's retry sends it once.
		if queue:
			frappe.db.delete("Email Queue Recipient", {"parent": queue.name})
			frappe.db.delete("Email Queue", {"name": queue.name})
			frappe.db.commit()
		raise RuntimeError(f"e-mail not sent ({status or 'no queue'})")


def retry_due_notices() -> list[str]:
	"""Scheduler: try again the notices whose last try failed and whose wait is over."""
	due = frappe.get_all(
		NOTICE,
		filters={"status": "Queued", "next_try_at": ["<=", now_datetime()]},
		pluck="name",
		order_by="next_try_at asc",
		limit=200,
	)
	for name in due:
		deliver(name)
	return due

"""A participant's week: their sessions of this week and the next, in their language, no login.

Reached by the signed link of their notices (`rules.notices.sign_week_link`, valid 14 days); a
link that is expired, tampered with or malformed opens a neutral page with no data. The page
reads each line aloud with the survey's espeak-ng machinery (`amif_surveys.audio`): the text is
made on the server from the signed link, the page never sends text to speak.
"""

from datetime import date, timedelta

import frappe
from frappe.utils import get_time, getdate, now_datetime, today
from werkzeug.wrappers import Response

from amif_network.amif_activities import notice_words
from amif_network.amif_activities.notices import language_of, module_title, site_secret
from amif_network.rules import notices

# Pictograms per kind of session (inline SVG paths, 24x24).
PICTOGRAMS = {
	"Language course": "M4 5h9a3 3 0 0 1 3 3v11H7a3 3 0 0 1-3-3zM16 8h4v11h-4M8 9h5M8 12h5",
	"Collective workshop": "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3 3-6 6-6s6 3 6 6m-2-4c1-1 2-2 4-2 3 0 6 3 6 6",
	"Collective coaching": "M4 5h16v10H9l-5 4zM8 9h8M8 12h5",
	"Information session": "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 5v.5M12 11v6",
	"Individual follow-up": "M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4 4-7 8-7s8 3 8 7",
	"Outing": "M5 16V7a3 3 0 0 1 3-3h8a3 3 0 0 1 3 3v9zM5 12h14M8 19v-3m8 3v-3",
}


def participant_of(token: str | None) -> str | None:
	"""The participant a valid link was made for; None for any link that is not valid now."""
	participant = notices.read_week_link(site_secret(), token, now_datetime())
	if not participant:
		return None
	row = frappe.db.get_value("Participant", participant, ["name", "anonymised"], as_dict=True)
	if not row or row.anonymised:
		return None
	return row.name


def week_days(on: date) -> tuple[date, date]:
	"""This week and the next, Monday to Sunday."""
	monday = on - timedelta(days=on.weekday())
	return monday, monday + timedelta(days=13)


def week_lines(participant: str, on: date | None = None) -> tuple[dict, list[dict]]:
	"""(the participant's language and words, their sessions of the two weeks in order)."""
	person = frappe.db.get_value(
		"Participant", participant, ["name", "cpas", "message_language"], as_dict=True
	)
	language = language_of(person)
	words = notice_words.words(language)
	first, last = week_days(on or getdate(today()))
	enrolments = frappe.get_all(
		"Module Enrolment",
		filters={"participant": participant, "status": "Active"},
		fields=["module", "from_date", "to_date"],
	)
	modules = sorted({e.module for e in enrolments})
	if not modules:
		return _language(language, words), []
	sessions = frappe.get_all(
		"Module Session",
		filters={"module": ["in", modules], "session_date": ["between", [first, last]]},
		fields=[
			"name",
			"module",
			"kind",
			"session_date",
			"start_time",
			"end_time",
			"place",
			"theme",
			"sensitive_optional",
			"cancelled",
		],
		order_by="session_date asc, start_time asc",
	)
	told = {}
	for row in frappe.get_all(
		"Session Notice",
		filters={
			"participant": participant,
			"session": ["in", [s.name for s in sessions] or [""]],
			"creation": [">=", now_datetime() - timedelta(days=notices.LINK_VALID_DAYS)],
		},
		fields=["session", "changes"],
	):
		told.setdefault(row.session, set()).update(
			c.strip() for c in (row.changes or "").split(",") if c.strip()
		)
	lines = []
	for session in sessions:
		day = getdate(session.session_date)
		if not any(
			e.module == session.module
			and (not e.from_date or getdate(e.from_date) <= day)
			and (not e.to_date or day <= getdate(e.to_date))
			for e in enrolments
		):
			continue
		changes = sorted(told.get(session.name, ()))
		if session.cancelled and "Cancelled" not in changes:
			changes.append("Cancelled")
		lines.append(
			{
				"day": day,
				"weekday": _weekday(day, language),
				"date": day.strftime("%d/%m"),
				"time": f"{get_time(session.start_time).strftime('%H:%M')}–{get_time(session.end_time).strftime('%H:%M')}",
				"module": module_title(session.module, language),
				"theme": session.theme or "",
				"place": session.place or "",
				"kind": session.kind,
				"pictogram": PICTOGRAMS.get(session.kind, PICTOGRAMS["Collective workshop"]),
				"optional": bool(session.sensitive_optional),
				"cancelled": bool(session.cancelled),
				"changes": [
					words[notice_words.CHANGE_WORDS[c]] for c in changes if c in notice_words.CHANGE_WORDS
				],
			}
		)
	return _language(language, words), lines


def _language(language: str, words: dict) -> dict:
	row = frappe.db.get_value(
		"Survey Language", language, ["direction", "voice", "language_name"], as_dict=True
	)
	return {
		"code": language,
		"rtl": bool(row and row.direction == "Right to left"),
		"voice": (row.voice if row else None) or "",
		"words": words,
	}


WEEKDAY_NAMES = {
	"fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
	"nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
	"en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
	"ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}


def _weekday(day: date, language: str) -> str:
	return WEEKDAY_NAMES.get(language, WEEKDAY_NAMES["en"])[day.weekday()]


def spoken_text(line: dict, words: dict) -> str:
	"""What the speaker reads for one line of the week."""
	parts = [line["weekday"], line["date"], line["time"], line["module"], line["place"], *line["changes"]]
	if line["optional"]:
		parts.append(words["optional"])
	return ". ".join(part for part in parts if part)


def speak(t: str | None = None, line: int | str | None = None):
	from amif_network.amif_surveys.audio import audio_file

	participant = participant_of(t)
	if not participant:
		raise frappe.DoesNotExistError
	language, lines = week_lines(participant)
	index = int(line) if str(line or "").isdigit() else -1
	if not 0 <= index < len(lines) or not language["voice"]:
		raise frappe.DoesNotExistError
	with open(audio_file(language["voice"], spoken_text(lines[index], language["words"])), "rb") as handle:
		data = handle.read()
	return Response(data, mimetype="audio/wav", headers={"Cache-Control": "private, max-age=3600"})

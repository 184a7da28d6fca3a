"""Telling participants when their week changes: what changed, how to reach them, the signed link.

Plain Python: the session's controller and the sending job call these.
- a change worth a notice: the session moved (day or time), was cancelled, or changed place or
  trainers; an optional (sensitive-topic) session says so in the notice;
- each participant is reached in their own language on their own channel (SMS or e-mail); one
  with neither is listed for staff to tell by phone or in person; one who asked for no messages
  gets none;
- a notice is sent once per participant, session and change (its idempotency key);
- the link to "their week" is signed with the site's secret and valid 14 days.
"""

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from amif_network.rules.messages import Problem, _

MOVED, CANCELLED, PLACE, TRAINER = "Moved", "Cancelled", "Place changed", "Trainer changed"
CHANGE_KINDS = (MOVED, CANCELLED, PLACE, TRAINER)

SMS, EMAIL = "SMS", "E-mail"
CHANNELS = (SMS, EMAIL)
IN_PERSON, REFUSED = "In person", "Refused"

LINK_VALID_DAYS = 14
MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class SessionFacts:
	"""What a participant is told about one session."""

	session_date: date
	start_time: time | None
	end_time: time | None
	place: str | None
	trainers: tuple[str, ...] = ()
	cancelled: bool = False


def session_changes(before: SessionFacts | None, after: SessionFacts) -> list[str]:
	"""The kinds of change between two versions of a session; a new session changes nothing."""
	if before is None:
		return []
	if after.cancelled:
		return [] if before.cancelled else [CANCELLED]
	changes = []
	if (before.session_date, before.start_time, before.end_time) != (
		after.session_date,
		after.start_time,
		after.end_time,
	):
		changes.append(MOVED)
	if (before.place or "").strip() != (after.place or "").strip():
		changes.append(PLACE)
	if sorted(before.trainers) != sorted(after.trainers):
		changes.append(TRAINER)
	return changes


def change_key(session: str, after: SessionFacts, changes) -> str:
	"""One key per session and change: saving the same change twice gives the same key."""
	what = "|".join(
		[
			session,
			",".join(sorted(changes)),
			after.session_date.isoformat(),
			str(after.start_time or ""),
			str(after.end_time or ""),
			(after.place or "").strip(),
			",".join(sorted(after.trainers)),
			"cancelled" if after.cancelled else "",
		]
	)
	return hashlib.sha256(what.encode()).hexdigest()[:16]


def idempotency_key(participant: str, session: str, key: str) -> str:
	"""The notice of one change to one participant about one session: sent once, never twice."""
	return hashlib.sha256(f"{participant}|{session}|{key}".encode()).hexdigest()[:20]


@dataclass(frozen=True)
class Reach:
	"""How a participant asked to be reached."""

	refused: bool = False
	channel: str | None = None
	mobile: str | None = None
	email: str | None = None
	consented: bool = True  # a valid processing consent today: without it, no message at all


def channel_for(reach: Reach) -> str:
	"""SMS or e-mail as the participant chose and can receive; otherwise staff tell them. A
	participant who asked for no messages, or whose consent has ended, gets none."""
	if reach.refused or not reach.consented:
		return REFUSED
	if reach.channel == SMS and reach.mobile:
		return SMS
	if reach.channel == EMAIL and reach.email:
		return EMAIL
	return IN_PERSON


def next_status(attempts: int, failed: bool) -> str:
	"""After a try: Sent, Queued again (retried), or Failed once the tries are spent."""
	if not failed:
		return "Sent"
	return "Failed" if attempts >= MAX_ATTEMPTS else "Queued"


def retry_delay(attempts: int) -> timedelta:
	"""Wait longer after each failed try: 1, 4, 9 minutes."""
	return timedelta(minutes=attempts * attempts)


# --- the signed link to "their week" ---------------------------------------------------------


def _b64(raw: bytes) -> str:
	return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def sign_week_link(secret: str, participant: str, issued: datetime) -> str:
	"""A token naming the participant and the day it was issued, signed with the site's secret."""
	payload = f"{participant}|{issued.date().isoformat()}"
	mac = hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()
	return f"{_b64(payload.encode())}.{_b64(mac)}"


def read_week_link(secret: str, token: str | None, now: datetime) -> str | None:
	"""The participant a token was issued for, or None when tampered with, malformed or expired."""
	try:
		encoded, signature = (token or "").split(".")
		payload = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
		participant, issued = payload.rsplit("|", 1)
		issued_on = date.fromisoformat(issued)
	except ValueError:
		return None
	expected = _b64(hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest())
	if not hmac.compare_digest(expected, signature):
		return None
	if not issued_on <= now.date() <= issued_on + timedelta(days=LINK_VALID_DAYS):
		return None
	return participant


# --- contact data on the participant -----------------------------------------------------------


def contact_problems(
	channel: str | None, phone_is_mobile: bool | None, email_valid: bool | None
) -> list[Problem]:
	"""A phone that cannot receive SMS or an invalid e-mail is refused; a channel needs its address.

	`phone_is_mobile` / `email_valid` are None when no phone / e-mail is given.
	"""
	problems = []
	if phone_is_mobile is False:
		problems.append(Problem(_("The phone number cannot receive text messages: give a mobile number.")))
	if email_valid is False:
		problems.append(Problem(_("The e-mail address is not valid.")))
	if channel == SMS and phone_is_mobile is None:
		problems.append(Problem(_("Messages by SMS need the participant's mobile number.")))
	if channel == EMAIL and email_valid is None:
		problems.append(Problem(_("Messages by e-mail need the participant's e-mail address.")))
	return problems

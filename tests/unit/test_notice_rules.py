"""Notices of session changes: what changed, who is reached how, once, and the signed week link."""

from datetime import date, datetime, time, timedelta

import pytest

from amif_network.rules import notices
from amif_network.rules.notices import Reach, SessionFacts

TUESDAY = SessionFacts(date(2026, 12, 8), time(9, 30), time(12), "Salle Outremeuse", ("silvia",))
SECRET = "site-secret"
NOW = datetime(2026, 12, 3, 10, 0)


def test_a_session_moved_to_another_day_or_hour_is_a_move():
	assert notices.session_changes(
		TUESDAY, TUESDAY.__class__(**{**TUESDAY.__dict__, "session_date": date(2026, 12, 9)})
	) == [notices.MOVED]
	later = SessionFacts(TUESDAY.session_date, time(10), time(12), TUESDAY.place, TUESDAY.trainers)
	assert notices.session_changes(TUESDAY, later) == [notices.MOVED]


def test_place_and_trainer_changes_are_named_and_a_cancellation_says_only_that():
	other = SessionFacts(TUESDAY.session_date, time(9, 30), time(12), "Salle 2", ("claudine",))
	assert notices.session_changes(TUESDAY, other) == [notices.PLACE, notices.TRAINER]
	cancelled = SessionFacts(
		*[getattr(other, f) for f in ("session_date", "start_time", "end_time", "place", "trainers")],
		cancelled=True,
	)
	assert notices.session_changes(TUESDAY, cancelled) == [notices.CANCELLED]
	assert notices.session_changes(cancelled, cancelled) == []


def test_a_new_or_unchanged_session_needs_no_notice():
	assert notices.session_changes(None, TUESDAY) == []
	assert notices.session_changes(TUESDAY, TUESDAY) == []


def test_the_same_change_saved_twice_has_one_key_and_each_participant_one_notice():
	moved = SessionFacts(date(2026, 12, 9), time(9, 30), time(12), "Salle Outremeuse", ("silvia",))
	key = notices.change_key("SES-1", moved, [notices.MOVED])
	assert key == notices.change_key("SES-1", moved, [notices.MOVED])
	assert key != notices.change_key("SES-1", TUESDAY, [notices.MOVED])
	assert notices.idempotency_key("P1", "SES-1", key) == notices.idempotency_key("P1", "SES-1", key)
	assert notices.idempotency_key("P1", "SES-1", key) != notices.idempotency_key("P2", "SES-1", key)


@pytest.mark.parametrize(
	"reach,channel",
	[
		(Reach(channel="SMS", mobile="+32470000000"), notices.SMS),
		(Reach(channel="E-mail", email="a@b.be"), notices.EMAIL),
		(Reach(channel="SMS"), notices.IN_PERSON),
		(Reach(), notices.IN_PERSON),
		(Reach(refused=True, channel="SMS", mobile="+32470000000"), notices.REFUSED),
		# a consent that has ended: no message, and not on the staff's list to tell either
		(Reach(channel="SMS", mobile="+32470000000", consented=False), notices.REFUSED),
		(Reach(consented=False), notices.REFUSED),
	],
)
def test_each_participant_is_reached_as_they_chose_or_told_in_person(reach, channel):
	assert notices.channel_for(reach) == channel


def test_a_failing_gateway_is_retried_then_reported():
	assert notices.next_status(1, failed=True) == "Queued"
	assert notices.next_status(notices.MAX_ATTEMPTS, failed=True) == "Failed"
	assert notices.next_status(2, failed=False) == "Sent"
	assert notices.retry_delay(2) > notices.retry_delay(1)


def test_the_week_link_is_valid_fourteen_days_for_its_participant_only():
	token = notices.sign_week_link(SECRET, "PART-1", NOW)
	assert notices.read_week_link(SECRET, token, NOW) == "PART-1"
	assert notices.read_week_link(SECRET, token, NOW + timedelta(days=14)) == "PART-1"
	assert notices.read_week_link(SECRET, token, NOW + timedelta(days=15)) is None
	assert notices.read_week_link("another-site", token, NOW) is None


def test_a_tampered_or_malformed_link_reads_as_nobody():
	token = notices.sign_week_link(SECRET, "PART-1", NOW)
	other = notices.sign_week_link(SECRET, "PART-2", NOW)
	# another participant's name under this participant's signature
	forged = other.split(".")[0] + "." + token.split(".")[1]
	assert notices.read_week_link(SECRET, forged, NOW) is None
	assert notices.read_week_link(SECRET, token.split(".")[0] + "." + other.split(".")[1], NOW) is None
	for bad in ("", None, "abc", "a.b.c", "!!!.???"):
		assert notices.read_week_link(SECRET, bad, NOW) is None


def test_contact_data_that_cannot_carry_a_message_is_refused():
	assert [p.render() for p in notices.contact_problems(None, False, None)] == [
		"The phone number cannot receive text messages: give a mobile number."
	]
	assert [p.render() for p in notices.contact_problems(None, None, False)] == [
		"The e-mail address is not valid."
	]
	assert len(notices.contact_problems("SMS", None, True)) == 1
	assert len(notices.contact_problems("E-mail", True, None)) == 1
	assert notices.contact_problems("SMS", True, None) == []

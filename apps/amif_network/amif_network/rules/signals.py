"""Field signals: what the CPAS see on the ground, carried to policy makers and answered.

A signal speaks of situations, never of people: its texts are refused when they hold an obvious
identifier. It moves Reported -> Under review -> Forwarded -> Answer received -> Feedback given
-> Closed, or ends as Merged (into an earlier signal) or Not retained. A signal still awaiting
its review is read by its reporting CPAS and the SPP; once reviewed, by the whole network.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers

from amif_network.rules.messages import Problem, _
from amif_network.rules.participant import national_number_problem, normalise_name

REPORTED = "Reported"
UNDER_REVIEW = "Under review"
FORWARDED = "Forwarded"
ANSWER_RECEIVED = "Answer received"
FEEDBACK_GIVEN = "Feedback given"
CLOSED = "Closed"
MERGED = "Merged"
NOT_RETAINED = "Not retained"

STATES = (REPORTED, UNDER_REVIEW, FORWARDED, ANSWER_RECEIVED, FEEDBACK_GIVEN, CLOSED, MERGED, NOT_RETAINED)
# Until the SPP has reviewed it, a signal stays between its reporting CPAS and the SPP.
UNREVIEWED_STATES = frozenset({REPORTED, UNDER_REVIEW})

ALLOWED_MOVES: dict[str, frozenset[str]] = {
	REPORTED: frozenset({UNDER_REVIEW}),
	UNDER_REVIEW: frozenset({FORWARDED, MERGED, NOT_RETAINED}),
	FORWARDED: frozenset({ANSWER_RECEIVED}),
	ANSWER_RECEIVED: frozenset({FEEDBACK_GIVEN}),
	FEEDBACK_GIVEN: frozenset({CLOSED}),
	CLOSED: frozenset(),
	MERGED: frozenset(),
	NOT_RETAINED: frozenset(),
}

# A forward without an answer after this many days is owed an answer (the "answer owed" list).
ANSWER_DUE_DAYS = 90

NETWORK_MANAGER = "AMIF Network Manager"
NETWORK_READERS = ("AMIF Network Member", "CPAS Staff", "CPAS Manager", NETWORK_MANAGER)
UNRESTRICTED_ROLES = ("System Manager", "Administrator")
READ_PTYPES = frozenset({"read", "select", "print", "email", "report", "export", "share"})


def _value(record, key):
	"""Records are dicts in tests and Frappe documents in the controller: both answer `get`."""
	return record.get(key) if hasattr(record, "get") else getattr(record, key, None)


def _filled(value) -> bool:
	return bool(re.sub(r"<[^>]*>|&nbsp;", " ", str(value or "")).strip())


# --- the identifier guard ------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# 11 digits, optionally written YY.MM.DD-XXX.CC (dots, dashes, spaces or slashes between groups).
_NATIONAL_NUMBER = re.compile(r"(?<![\d])\d{2}[ ./-]?\d{2}[ ./-]?\d{2}[ ./-]?\d{3}[ ./-]?\d{2}(?![\d])")


@dataclass(frozen=True)
class Identifier:
	kind: str  # "national number", "e-mail address", "phone number", "participant name"
	text: str


def national_numbers_in(text: str) -> list[str]:
	"""Belgian national register (or BIS) numbers: 11 digits whose last two are the modulo-97 check."""
	return [
		m.group(0)
		for m in _NATIONAL_NUMBER.finditer(text or "")
		if national_number_problem(m.group(0)) is None
	]


def emails_in(text: str) -> list[str]:
	return _EMAIL.findall(text or "")


def phone_numbers_in(text: str, region: str = "BE") -> list[str]:
	"""Phone numbers valid in Belgium or written in international form (+33..., 0031...)."""
	text = text or ""
	found = []
	for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
		if (
			national_number_problem(match.raw_string) is None
			and len(re.sub(r"\D", "", match.raw_string)) == 11
		):
			continue  # a valid national number is reported as such, not as a phone
		found.append(match.raw_string)
	return found


def _words(text: str) -> list[str]:
	return normalise_name(text).split()


def participant_names_in(text: str, participant_names: Iterable[tuple[str, str]]) -> bool:
	"""Whether the text names a participant: first and last name together, in either order.

	A first name alone is too common to refuse (it is also a word, a street, a saint); a person
	is identified by the pair, written with or without accents, hyphens and capitals.
	"""
	words = _words(text)
	if not words:
		return False
	joined = f" {' '.join(words)} "
	for first_name, last_name in participant_names:
		first, last = " ".join(_words(first_name)), " ".join(_words(last_name))
		if not first or not last:
			continue
		if f" {first} {last} " in joined or f" {last} {first} " in joined:
			return True
	return False


def identifiers_in(text: str, participant_names: Iterable[tuple[str, str]] = ()) -> list[Identifier]:
	"""Every obvious identifier of a person in a free text."""
	text = re.sub(r"<[^>]*>", " ", str(text or ""))
	found = [Identifier("national number", n) for n in national_numbers_in(text)]
	found += [Identifier("e-mail address", e) for e in emails_in(text)]
	found += [Identifier("phone number", p) for p in phone_numbers_in(text)]
	if participant_names_in(text, participant_names):
		found.append(Identifier("participant name", ""))
	return found


IDENTIFIER_MESSAGES = {
	"national number": _(
		"{0} contains a national register number ({1}): a signal speaks of situations, not of people."
	),
	"e-mail address": _(
		"{0} contains an e-mail address ({1}): a signal speaks of situations, not of people."
	),
	"phone number": _("{0} contains a phone number ({1}): a signal speaks of situations, not of people."),
	# the name is not repeated: the message may reach someone who may not know it is a participant
	"participant name": _(
		"{0} names a participant of the reporting CPAS: a signal speaks of situations, not of people."
	),
}


def identifier_problems(
	texts: dict[str, str], participant_names: Iterable[tuple[str, str]] = ()
) -> list[Problem]:
	"""One problem per identifier found, naming the field (by its label) and the kind of identifier.

	`texts` maps a field label to its text.
	"""
	names = list(participant_names)
	problems = []
	for label, text in texts.items():
		for identifier in identifiers_in(text, names):
			problems.append(Problem(IDENTIFIER_MESSAGES[identifier.kind], (label, identifier.text)))
	return problems


# --- the workflow ---------------------------------------------------------------------------


def move_problem(previous: str | None, new: str) -> Problem | None:
	previous = previous or REPORTED
	if previous == new or new in ALLOWED_MOVES.get(previous, frozenset()):
		return None
	return Problem(_("A field signal cannot go from {0} to {1}."), (previous, new))


def merge_problem(
	name: str | None, merged_into: str | None, target_state: str | None, target_is_later: bool = False
) -> Problem | None:
	"""A signal merges into another, earlier one that is itself not merged."""
	if not merged_into:
		return Problem(_("Choose the earlier signal this one is merged into."))
	if merged_into == name:
		return Problem(_("A signal cannot be merged into itself."))
	if target_state is None:
		return Problem(_("Field signal {0} does not exist."), (merged_into,))
	if target_state == MERGED:
		return Problem(
			_("Field signal {0} is itself merged into another signal: merge into that one instead."),
			(merged_into,),
		)
	if target_is_later:
		return Problem(
			_("Field signal {0} was reported after this one: merge the later signal into the earlier one."),
			(merged_into,),
		)
	return None


def transition_problems(
	previous: str | None, new: str, signal, target_state: str | None = None, target_is_later: bool = False
) -> list[Problem]:
	"""What a move needs: a recipient to forward, an answer, feedback in both languages, a reason."""
	problems = [move_problem(previous, new)]
	if previous == new:
		return [p for p in problems if p]
	if new == FORWARDED:
		if not _filled(_value(signal, "policy_level")):
			problems.append(Problem(_("Choose the policy level the signal is forwarded to.")))
		if not _filled(_value(signal, "forwarded_to")):
			problems.append(Problem(_("Name the recipient the signal is forwarded to.")))
	elif new == ANSWER_RECEIVED:
		if not _filled(_value(signal, "answer")):
			problems.append(Problem(_("Write the answer received before recording it.")))
	elif new == FEEDBACK_GIVEN:
		if not _filled(_value(signal, "feedback_fr")):
			problems.append(Problem(_("Write the feedback in French before giving it.")))
		if not _filled(_value(signal, "feedback_nl")):
			problems.append(Problem(_("Write the feedback in Dutch before giving it.")))
	elif new == MERGED:
		problems.append(
			merge_problem(
				_value(signal, "name"), _value(signal, "merged_into"), target_state, target_is_later
			)
		)
	elif new == NOT_RETAINED:
		if not _filled(_value(signal, "not_retained_reason")):
			problems.append(Problem(_("Write why the signal is not retained.")))
	return [p for p in problems if p]


def reporter_problem(reporting_cpas: str | None, bound_cpas: Iterable[str], roles) -> Problem | None:
	"""A CPAS reports for a CPAS it is bound to; the SPP reports in its own name (no CPAS)."""
	roles = set(roles)
	if roles & set(UNRESTRICTED_ROLES):
		return None
	bound = set(bound_cpas)
	if not reporting_cpas:
		if NETWORK_MANAGER in roles:
			return None
		return Problem(_("Choose the CPAS that reports this signal."))
	if reporting_cpas not in bound:
		return Problem(
			_("You are not bound to CPAS {0}: you can only report signals for {1}."),
			(reporting_cpas, ", ".join(sorted(bound)) or "-"),
		)
	return None


# --- who reads and who writes ---------------------------------------------------------------


@dataclass(frozen=True)
class SignalAccess:
	"""What one user may see of field signals: one condition for lists and for single records."""

	user: str
	sees_all: bool  # the SPP and administrators
	network_reader: bool  # a network role: reads every reviewed signal
	bound_cpas: tuple[str, ...]

	def reports_for(self, reporting_cpas: str | None, owner: str | None) -> bool:
		return owner == self.user or bool(reporting_cpas and reporting_cpas in self.bound_cpas)

	def may_read(self, state: str | None, reporting_cpas: str | None, owner: str | None) -> bool:
		if self.sees_all:
			return True
		if (state or REPORTED) not in UNREVIEWED_STATES and self.network_reader:
			return True
		return self.reports_for(reporting_cpas, owner)

	def may_edit(self, state: str | None, reporting_cpas: str | None, owner: str | None) -> bool:
		"""The reporting CPAS changes its signal until the SPP takes it up; the SPP at any time."""
		if self.sees_all:
			return True
		return (state or REPORTED) == REPORTED and self.reports_for(reporting_cpas, owner)

	def may(self, ptype: str, state: str | None, reporting_cpas: str | None, owner: str | None) -> bool:
		if ptype == "create":
			return True
		if ptype in READ_PTYPES:
			return self.may_read(state, reporting_cpas, owner)
		return self.may_edit(state, reporting_cpas, owner)

	def sql(self, table: str, quote) -> str:
		"""The same read condition as `may_read`, for list queries ("" means no restriction)."""
		if self.sees_all:
			return ""
		own = [f"`tab{table}`.`owner` = {quote(self.user)}"]
		if self.bound_cpas:
			own.append(f"`tab{table}`.`reporting_cpas` in ({', '.join(quote(c) for c in self.bound_cpas)})")
		if self.network_reader:
			unreviewed = ", ".join(quote(s) for s in sorted(UNREVIEWED_STATES))
			own.append(f"ifnull(`tab{table}`.`workflow_state`, {quote(REPORTED)}) not in ({unreviewed})")
		return f"({' or '.join(own)})"


def signal_access(user: str, roles, bound_cpas: Iterable[str]) -> SignalAccess:
	roles = set(roles)
	sees_all = user == "Administrator" or bool(roles & set(UNRESTRICTED_ROLES)) or NETWORK_MANAGER in roles
	return SignalAccess(
		user=user,
		sees_all=sees_all,
		network_reader=bool(roles & set(NETWORK_READERS)),
		bound_cpas=tuple(sorted({c for c in bound_cpas if c})),
	)


# --- notices to the reporter ----------------------------------------------------------------

NOTICES = {
	UNDER_REVIEW: _("Your field signal {0} is under review by the SPP."),
	FORWARDED: _("Your field signal {0} has been forwarded to {1}."),
	ANSWER_RECEIVED: _("An answer was received to your field signal {0}."),
	FEEDBACK_GIVEN: _("Feedback on your field signal {0} has been given to the network."),
	CLOSED: _("Your field signal {0} is closed."),
	MERGED: _("Your field signal {0} has been merged into signal {1}."),
	NOT_RETAINED: _("Your field signal {0} was not retained: {1}"),
}


# The rest of the network reads the feedback too, with this line before it.
NETWORK_FEEDBACK_NOTICE = _("Feedback on field signal {0}:")


def notice_arguments(state: str, title: str, signal) -> tuple:
	if state == FORWARDED:
		return (title, _value(signal, "forwarded_to") or "")
	if state == MERGED:
		return (title, _value(signal, "merged_into") or "")
	if state == NOT_RETAINED:
		return (title, _value(signal, "not_retained_reason") or "")
	return (title,)


# --- the "answer owed" list ---------------------------------------------------------------

NO_ANSWER = _("No answer after {0} days")
NOT_FED_BACK = _("Answer not yet fed back")


def answer_owed(signals: Iterable, today: date, due_days: int = ANSWER_DUE_DAYS) -> list[dict]:
	"""Signals forwarded more than `due_days` ago without an answer, and answers not fed back.

	Each signal needs `name`, `workflow_state`, `forwarded_on`, `answer_received_on`.
	"""
	owed = []
	for signal in signals:
		state = _value(signal, "workflow_state")
		forwarded_on = _value(signal, "forwarded_on")
		if state == FORWARDED and forwarded_on and forwarded_on < today - timedelta(days=due_days):
			owed.append({"signal": signal, "reason": NO_ANSWER, "days": (today - forwarded_on).days})
		elif state == ANSWER_RECEIVED:
			since = _value(signal, "answer_received_on") or forwarded_on or today
			owed.append({"signal": signal, "reason": NOT_FED_BACK, "days": (today - since).days})
	return sorted(owed, key=lambda row: -row["days"])


def period_of(day: date, granularity: str = "Quarter") -> str:
	"""The period a signal counts in on the report: `2023`, `2023-Q2` or `2023-04`."""
	if granularity == "Year":
		return str(day.year)
	if granularity == "Month":
		return f"{day.year}-{day.month:02d}"
	return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def signals_by_theme(signals: Iterable, granularity: str = "Quarter") -> list[dict]:
	"""One row per period and theme: how many signals are in each state, and in all.

	Each signal needs `observed_on` (a date), `theme` and `workflow_state`. Signals speak of
	situations, not of people, so small counts are shown as they are.
	"""
	table: dict[tuple[str, str], dict] = {}
	for signal in signals:
		observed_on = _value(signal, "observed_on")
		if not observed_on:
			continue
		key = (period_of(observed_on, granularity), _value(signal, "theme") or "")
		row = table.setdefault(
			key, {"period": key[0], "theme": key[1], "total": 0, **dict.fromkeys(STATES, 0)}
		)
		row[_value(signal, "workflow_state") or REPORTED] += 1
		row["total"] += 1
	return [table[key] for key in sorted(table)]


# --- theme names in the reader's language ---------------------------------------------------


def theme_translations(theme: str, labels: dict[str, str | None]) -> dict[str, str | None]:
	"""What each language shows for a theme's name: its label, or None when there is nothing to translate.

	`labels` maps a language code to the theme's label in it; a blank label, or one equal to the
	name, needs no translation.
	"""
	translations = {}
	for language, label in labels.items():
		label = (label or "").strip()
		translations[language] = label if label and label != theme else None
	return translations

"""Satisfaction surveys per module: templates, answers, response rates and what the SPP may see.

A response keeps the module, the CPAS, the month and the answers, never the participant; the
enrolment only records that its survey was done. Questions are plain dicts here:
{"key", "domain", "kind", "required", "retired", "options"} with options a list of (key, pictogram).
"""

import hashlib
from datetime import date

from amif_network.rules.messages import Problem, _

FACES_3 = "Faces (3)"
FACES_5 = "Faces (5)"
YES_NO = "Yes / No / Don't know"
CHOICE = "Choice"
FREE_TEXT = "Free text"
ANSWER_KINDS = (FACES_3, FACES_5, YES_NO, CHOICE, FREE_TEXT)

# The faces of a 3-point scale are the ends and the middle of the 5-point one, so both average alike.
SCALE_ANSWERS = {FACES_3: ("1", "3", "5"), FACES_5: ("1", "2", "3", "4", "5")}
YES_NO_ANSWERS = ("yes", "no", "dont_know")
FREE_TEXT_MAX_LENGTH = 1000

# An enrolment is surveyed once, while it runs or after it ended well.
SURVEYABLE_STATUSES = ("Active", "Completed")

DOMAINS = (
	"Content",
	"Trainer",
	"Group",
	"Practical organisation",
	"Use in daily life",
	"Overall",
	"Integration",
)


def parse_choice_options(text: str | None) -> list[tuple[str, str]]:
	"""`key pictogram` lines of a Choice question, in order; a line without pictogram keeps its key."""
	options = []
	for line in (text or "").splitlines():
		parts = line.strip().split(None, 1)
		if parts:
			options.append((parts[0], parts[1].strip() if len(parts) > 1 else ""))
	return options


def allowed_answers(question: dict) -> tuple[str, ...] | None:
	"""The answer keys a question accepts; None for free text."""
	kind = question["kind"]
	if kind in SCALE_ANSWERS:
		return SCALE_ANSWERS[kind]
	if kind == YES_NO:
		return YES_NO_ANSWERS
	if kind == CHOICE:
		return tuple(key for key, _pictogram in question.get("options") or ())
	return None


def answer_problems(questions: list[dict], answers: dict) -> list[Problem]:
	"""Refuse answers to unknown or retired questions, outside a question's scale, or missing when required."""
	if not isinstance(answers, dict):
		return [Problem(_("The answers must be given as question and answer pairs."))]
	active = {q["key"]: q for q in questions if not q.get("retired")}
	problems = []
	for key, value in answers.items():
		question = active.get(key)
		if not question:
			problems.append(Problem(_("Unknown question {0}: this survey has no such question."), (key,)))
			continue
		if value is None or value == "":
			continue
		if not isinstance(value, str):
			problems.append(Problem(_("The answer to question {0} must be text."), (key,)))
			continue
		allowed = allowed_answers(question)
		if allowed is None:
			if len(value) > FREE_TEXT_MAX_LENGTH:
				problems.append(
					Problem(
						_("The answer to question {0} is longer than {1} characters."),
						(key, FREE_TEXT_MAX_LENGTH),
					)
				)
		elif value not in allowed:
			problems.append(
				Problem(
					_("The answer {0} to question {1} is not on its scale ({2})."),
					(value, key, ", ".join(allowed)),
				)
			)
	for key, question in active.items():
		if question.get("required") and answers.get(key) in (None, ""):
			problems.append(Problem(_("Question {0} needs an answer."), (key,)))
	return problems


def next_question_key(existing_keys) -> str:
	"""Q1, Q2...: a question keeps its key for ever, so answers stay comparable."""
	numbers = [int(k[1:]) for k in existing_keys if k and k[:1] == "Q" and k[1:].isdigit()]
	return f"Q{max(numbers, default=0) + 1}"


def template_problems(questions: list[dict], wordings: list[dict]) -> list[Problem]:
	"""A template asks at least one active question; choices have options; wordings name a question."""
	problems = []
	if not any(not q.get("retired") for q in questions):
		problems.append(Problem(_("A survey template needs at least one question that is not retired.")))
	seen = set()
	for q in questions:
		if q["key"] in seen:
			problems.append(Problem(_("Question key {0} is used twice."), (q["key"],)))
		seen.add(q["key"])
		if q["kind"] not in ANSWER_KINDS:
			problems.append(Problem(_("Question {0} has an unknown answer kind."), (q["key"],)))
		if q["kind"] == CHOICE and len(q.get("options") or ()) < 2:
			problems.append(Problem(_("Choice question {0} needs at least two options."), (q["key"],)))
	pairs = set()
	for w in wordings:
		if w["key"] not in seen:
			problems.append(
				Problem(_("A wording names question {0}, which this template does not have."), (w["key"],))
			)
		if (w["key"], w["language"]) in pairs:
			problems.append(
				Problem(_("Question {0} has two wordings in language {1}."), (w["key"], w["language"]))
			)
		pairs.add((w["key"], w["language"]))
	return problems


def missing_wordings(questions: list[dict], wordings: list[dict], languages) -> list[tuple[str, str]]:
	"""(question, language) pairs where an active question lacks a wording in an enabled language."""
	worded = {(w["key"], w["language"]) for w in wordings if (w.get("wording") or "").strip()}
	return [
		(q["key"], language)
		for q in questions
		if not q.get("retired")
		for language in languages
		if (q["key"], language) not in worded
	]


def _question_meaning(q: dict) -> tuple:
	"""What an answer means: a new pictogram for the same option keeps the answers comparable."""
	return (q["domain"], q["kind"], tuple(key for key, _pictogram in q.get("options") or ()))


def _wording_text(w: dict) -> tuple:
	return tuple((w.get(f) or "").strip() for f in ("wording", "plain_wording", "option_wordings"))


def answered_question_changes(
	before_questions: list[dict],
	after_questions: list[dict],
	before_wordings: list[dict],
	after_wordings: list[dict],
	answered_keys,
) -> list[Problem]:
	"""A question that has answers is retired, never deleted, reworded or given another scale."""
	answered = set(answered_keys)
	after = {q["key"]: q for q in after_questions}
	problems = []
	for q in before_questions:
		if q["key"] not in answered:
			continue
		if q["key"] not in after:
			problems.append(
				Problem(_("Question {0} has answers: retire it instead of deleting it."), (q["key"],))
			)
		elif _question_meaning(after[q["key"]]) != _question_meaning(q):
			problems.append(
				Problem(
					_("Question {0} has answers: retire it and add a new question instead of changing it."),
					(q["key"],),
				)
			)
	new_wordings = {(w["key"], w["language"]): _wording_text(w) for w in after_wordings}
	for w in before_wordings:
		if w["key"] in answered and new_wordings.get((w["key"], w["language"])) != _wording_text(w):
			problems.append(
				Problem(
					_(
						"Question {0} has answers: its wording in {1} cannot change; retire it and add a new question."
					),
					(w["key"], w["language"]),
				)
			)
	return problems


def template_for_module(templates, module_kind: str | None) -> str | None:
	"""The active template of the module's kind, else the active template for every kind.

	`templates` are (name, module_kind, is_active) in the order they were made; the newest wins.
	"""
	own = [name for name, kind, active in templates if active and kind and kind == module_kind]
	general = [name for name, kind, active in templates if active and not kind]
	chosen = own or general
	return chosen[-1] if chosen else None


def enrolment_survey_problem(status: str | None, survey_release_period) -> Problem | None:
	"""Each participant answers once per module, while enrolled or after completing it."""
	if survey_release_period:
		return Problem(
			_("The survey of this enrolment was already answered (release period {0})."),
			(str(survey_release_period),),
		)
	if status not in SURVEYABLE_STATUSES:
		return Problem(
			_("A survey is answered for an Active or Completed enrolment, not a {0} one."), (status,)
		)
	return None


# Who was in the room: a session's survey is handed round to those present or late.
IN_THE_ROOM = ("Present", "Late")


def session_survey_queue(register, enrolments, consenting=None) -> list[str]:
	"""The enrolments a session's survey goes to, in register order.

	`register` holds (participant, enrolment, attendance status) rows of the session;
	`enrolments` maps each enrolment of the module to (participant, status, survey release period).
	Only those present or late whose enrolment can be surveyed, and who have not answered for
	this module under any enrolment, are offered; with `consenting` given (the participants whose
	processing consent is valid today), a participant whose consent expired or was withdrawn is not.
	"""
	answered = {participant for participant, _status, done_on in enrolments.values() if done_on}
	queue = []
	for participant, enrolment, attendance_status in register:
		if attendance_status not in IN_THE_ROOM or participant in answered or enrolment in queue:
			continue
		if consenting is not None and participant not in consenting:
			continue
		facts = enrolments.get(enrolment)
		if not facts or facts[0] != participant:
			continue
		if enrolment_survey_problem(facts[1], facts[2]) is None:
			queue.append(enrolment)
	return queue


# --- k-anonymous release ------------------------------------------------------------------------
# The reader to protect against is a CPAS staff member who knows who sat at the tablet, when, and
# in which language. A response is read only within its release group (a module in a release
# period chosen by the SPP), and a group is released in batches of at least K_ANONYMITY responses:
# each released response then stands for at least that many enrolments that answered in the batch.
K_ANONYMITY = 5


def period_problems(start: date | None, end: date | None, others) -> list[Problem]:
	"""A release period has a start before its end and overlaps no other one.

	`others` are (name, start, end) of the other periods.
	"""
	if not start or not end:
		return [Problem(_("A release period needs a start date and an end date."))]
	if end < start:
		return [Problem(_("The release period ends before it starts."))]
	return [
		Problem(
			_("This release period overlaps release period {0} ({1} to {2})."),
			(name, str(other_start), str(other_end)),
		)
		for name, other_start, other_end in others
		if other_start <= end and start <= other_end
	]


def period_covering(periods, on_date: date) -> str | None:
	"""The release period (name, start, end) that holds the day, if any: periods never overlap."""
	for name, start, end in periods:
		if start <= on_date <= end:
			return name
	return None


def period_change_problem(has_responses: bool, dates_before: tuple, dates_after: tuple) -> Problem | None:
	"""Responses carry their period's start as their time: a period in use keeps its dates."""
	if has_responses and tuple(dates_before) != tuple(dates_after):
		return Problem(_("This release period already holds responses: its dates cannot change."))
	return None


def release_timestamp(period_start: date) -> str:
	"""The creation and modification time of every response of a period: its first day, at midnight."""
	return f"{period_start:%Y-%m-%d} 00:00:00"


def batch_to_release(pending: int, k: int = K_ANONYMITY) -> bool:
	"""The waiting responses of a group are released together once there are k of them."""
	return pending >= k


def withheld_languages(batch_languages, k: int = K_ANONYMITY) -> set[str]:
	"""Languages answered by fewer than k responses of a batch: their free texts would name them."""
	counts: dict[str, int] = {}
	for language in batch_languages:
		counts[language] = counts.get(language, 0) + 1
	return {language for language, count in counts.items() if count < k}


def waiting_problem(waiting: int, k: int = K_ANONYMITY) -> Problem | None:
	"""What a group shows until its next batch is released."""
	if waiting <= 0:
		return None
	return Problem(_("{0} responses waiting (fewer than {1})"), (waiting, k))


def counts_for_rate(status: str, from_date: date | None, cutoff: date) -> bool:
	"""Enrolments that ended (Completed) or that are Active since the cutoff date or before."""
	if status == "Completed":
		return True
	return status == "Active" and from_date is not None and from_date <= cutoff


def response_rate(responses: int, enrolments: int) -> float | None:
	"""Responses over the enrolments that count, in percent; None when no enrolment counts."""
	if enrolments <= 0:
		return None
	return round(100.0 * responses / enrolments, 1)


def distribution(question_kind: str, values) -> dict[str, int]:
	"""How many gave each answer, in the scale's order; free text has no distribution."""
	allowed = allowed_answers({"kind": question_kind, "options": ()})
	counts: dict[str, int] = dict.fromkeys(allowed or (), 0)
	for value in values:
		if value in (None, ""):
			continue
		counts[value] = counts.get(value, 0) + 1
	return counts


def average(question_kind: str, values) -> float | None:
	"""The mean face (1 = very bad, 5 = very good); only scales have one."""
	if question_kind not in SCALE_ANSWERS:
		return None
	numbers = [int(v) for v in values if v in SCALE_ANSWERS[FACES_5]]
	return round(sum(numbers) / len(numbers), 2) if numbers else None


def result_lines(
	groups, questions: list[dict], answers, response_counts: dict, eligible_counts: dict
) -> list[dict]:
	"""One line per group (a module, or a module kind in a CPAS) and question.

	`answers` are (group, question key, value) triples; `response_counts` the responses per group,
	`eligible_counts` the enrolments that count for the response rate per group.
	"""
	values: dict[tuple, list] = {}
	for group, key, value in answers:
		values.setdefault((group, key), []).append(value)
	lines = []
	for group in groups:
		for q in questions:
			given = values.get((group, q["key"]), [])
			kind = q["kind"]
			counts = distribution(kind, given) if kind != FREE_TEXT else {}
			lines.append(
				{
					"group": group,
					"question": q["key"],
					"domain": q["domain"],
					"kind": kind,
					"responses": response_counts.get(group, 0),
					"answered": len(given),
					"average": average(kind, given),
					"counts": counts,
					"response_rate": response_rate(
						response_counts.get(group, 0), eligible_counts.get(group, 0)
					),
				}
			)
	return lines


def distribution_text(counts: dict, labels: dict | None = None) -> str:
	"""`answer: count` pairs in the scale's order; `labels` name answers such as yes or no."""
	labels = labels or {}
	return " · ".join(f"{labels.get(key, key)}: {count}" for key, count in counts.items())


def audio_cache_key(voice: str, text: str) -> str:
	"""One audio file per voice and wording: a changed wording gets a new file."""
	return hashlib.sha256(f"{voice}\n{text}".encode()).hexdigest()


# --- recorded voices -----------------------------------------------------------------------------
# An interpreter's recording of a wording is played before any synthetic voice.
AUDIO_MAX_BYTES = 2 * 1024 * 1024
AUDIO_FIELDS = {"Survey Template": ("audio",), "Survey Language": ("name_audio",)}
_M4A_BRANDS = (b"M4A ", b"M4B ", b"mp41", b"mp42", b"isom", b"iso2", b"dash")


def audio_kind(head: bytes) -> str | None:
	"""The audio type a file's first bytes show (WAV, MP3, OGG, FLAC, M4A, WEBM); None if not audio."""
	head = bytes(head or b"")
	if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
		return "audio/wav"
	if head[:4] == b"OggS":
		return "audio/ogg"
	if head[:4] == b"fLaC":
		return "audio/flac"
	if head[:3] == b"ID3" or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
		return "audio/mpeg"
	if head[4:8] == b"ftyp" and head[8:12] in _M4A_BRANDS:
		return "audio/mp4"
	if head[:4] == b"\x1a\x45\xdf\xa3":
		return "audio/webm"
	return None


def audio_problems(file_name: str, size: int, head: bytes, limit: int = AUDIO_MAX_BYTES) -> list[Problem]:
	"""A recording must be audio by its content, not by its name, and small enough for a tablet."""
	problems = []
	if audio_kind(head) is None:
		problems.append(
			Problem(
				_("{0} is not an audio recording: upload a WAV, MP3, OGG, FLAC, M4A or WEBM file."),
				(file_name,),
			)
		)
	if size > limit:
		problems.append(
			Problem(
				_("{0} is {1} MB: a recording may be at most {2} MB."),
				(file_name, round(size / 1024 / 1024, 1), round(limit / 1024 / 1024, 1)),
			)
		)
	return problems

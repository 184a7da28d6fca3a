"""Running a satisfaction survey: what the tablet page asks for and sends back.

Staff of a CPAS open the survey of an enrolment (or of a session's participants in turn); the
participant answers; the response is stored with no link to the participant, and the enrolment
only records that its survey was done in a release period. Responses are read only once their
release group (module x release period) releases a batch of at least five (see README,
"Satisfaction surveys", and rules.surveys for the threat model).
"""

import json

import frappe
from frappe import _
from frappe.utils import getdate, today
from frappe.utils.password import check_password

from amif_network.adapters.problems import refuse
from amif_network.amif_activities.doctype.activity_module.activity_module import module_label
from amif_network.amif_indicators import integration
from amif_network.rules import surveys, trajectory
from amif_network.rules.indicators import INTEGRATION_DOMAIN

SURVEY_ROLES = ("CPAS Staff", "CPAS Manager")
CHANNELS = ("Tablet", "Paper")
# A survey hand-round lasts a morning at most; a forgotten lock does not outlive the day.
LIST_LOCK_SECONDS = 12 * 60 * 60
UNLOCK_TRIES = 5
WORD_FIELDS = (
	"word_yes",
	"word_no",
	"word_dont_know",
	"word_skip",
	"word_done",
	"word_thank_you",
	"word_back",
	"word_listen",
	"word_face_very_bad",
	"word_face_bad",
	"word_face_neutral",
	"word_face_good",
	"word_face_very_good",
)


class SurveyListLocked(frappe.PermissionError):
	"""The names of a session's participants wait for the staff password (the page asks for it)."""


def question_dicts(template) -> list[dict]:
	return [
		{
			"key": row.question_key,
			"domain": row.domain,
			"kind": row.answer_kind,
			"required": bool(row.required),
			"retired": bool(row.retired),
			"options": surveys.parse_choice_options(row.choice_options),
		}
		for row in template.get("questions") or []
	]


def wording_dicts(template) -> list[dict]:
	return [
		{
			"key": row.question_key,
			"language": row.language,
			"wording": row.wording,
			"plain_wording": row.plain_wording,
			"option_wordings": row.option_wordings,
			"audio": row.get("audio"),
		}
		for row in template.get("wordings") or []
	]


def enabled_languages() -> list[dict]:
	return frappe.get_all(
		"Survey Language",
		filters={"enabled": 1},
		fields=["name", "language_name", "direction", "voice", "name_audio", *WORD_FIELDS],
		order_by="creation asc",
	)


def may_run_surveys(user: str | None = None) -> bool:
	roles = frappe.get_roles(user)
	return any(role in roles for role in (*SURVEY_ROLES, "System Manager"))


def require_survey_role():
	if not may_run_surveys():
		frappe.throw(_("Only the staff of a CPAS can run a satisfaction survey."), frappe.PermissionError)


def readable_enrolment(name: str):
	"""The enrolment, if it exists and belongs to a CPAS the user is bound to."""
	require_survey_role()
	if not name or not frappe.db.exists("Module Enrolment", name):
		frappe.throw(_("Enrolment {0} was not found.").format(name), frappe.DoesNotExistError)
	enrolment = frappe.get_doc("Module Enrolment", name)
	if not frappe.has_permission("Module Enrolment", "read", enrolment):
		frappe.throw(
			_("This enrolment belongs to another CPAS: you cannot open its survey."), frappe.PermissionError
		)
	return enrolment


def template_for(module: str) -> str | None:
	kind = frappe.db.get_value("Activity Module", module, "kind")
	templates = frappe.get_all(
		"Survey Template", fields=["name", "module_kind", "is_active"], order_by="creation asc"
	)
	return surveys.template_for_module([(t.name, t.module_kind, t.is_active) for t in templates], kind)


def survey_payload(template_name: str) -> dict:
	"""Questions with their wordings in every enabled language, and the words of the page."""
	template = frappe.get_doc("Survey Template", template_name)
	languages = enabled_languages()
	codes = {lang.name for lang in languages}
	wordings: dict[str, dict] = {}
	for w in wording_dicts(template):
		if w["language"] in codes:
			wordings.setdefault(w["key"], {})[w["language"]] = {
				"text": w["wording"],
				"plain": w["plain_wording"] or w["wording"],
				"options": [
					line.strip() for line in (w["option_wordings"] or "").splitlines() if line.strip()
				],
				"recorded": bool(w.get("audio")),
			}
	questions = []
	for q in question_dicts(template):
		if q["retired"]:
			continue
		questions.append(
			{
				"key": q["key"],
				"domain": q["domain"],
				"kind": q["kind"],
				"required": q["required"],
				"answers": list(surveys.allowed_answers(q) or ()),
				"pictograms": [pictogram for _key, pictogram in q["options"]],
				"wordings": wordings.get(q["key"], {}),
			}
		)
	return {
		"template": template.name,
		"languages": [
			{
				"code": lang.name,
				"name": lang.language_name,
				"rtl": lang.direction == "Right to left",
				"voice": bool(lang.voice),
				"recorded_name": bool(lang.name_audio),
				"words": {field[5:]: lang.get(field) for field in WORD_FIELDS},
			}
			for lang in languages
		],
		"questions": questions,
	}


def open_survey(enrolment: str) -> dict:
	doc = readable_enrolment(enrolment)
	refuse(
		[
			surveys.enrolment_survey_problem(doc.status, doc.survey_release_period),
			trajectory.survey_problem(
				doc.status, frappe.db.get_value("Participant", doc.participant, "status")
			),
		]
	)
	template = template_for(doc.module)
	if not template:
		frappe.throw(_("No active survey template serves this module."), frappe.ValidationError)
	require_release_period()
	lock_list()
	payload = survey_payload(template)
	# the fund's integration question is asked once per participant and project (amif_indicators)
	skipped = integration.skipped_domains(doc)
	payload["questions"] = [q for q in payload["questions"] if q["domain"] not in skipped]
	return {"enrolment": doc.name, "module": module_label(doc.module), **payload}


def session_queue(session: str) -> dict:
	require_survey_role()
	if not session or not frappe.db.exists("Module Session", session):
		frappe.throw(_("Session {0} was not found.").format(session), frappe.DoesNotExistError)
	doc = frappe.get_doc("Module Session", session)
	if not frappe.has_permission("Module Session", "read", doc):
		frappe.throw(
			_("This session belongs to another CPAS: you cannot open its survey."), frappe.PermissionError
		)
	if list_locked():
		frappe.throw(
			_("Give the tablet back to the staff: the list of participants needs the staff password."),
			SurveyListLocked,
		)
	rows = frappe.get_all(
		"Module Enrolment",
		filters={
			"module": doc.module,
			"participant": ("in", [r.participant for r in doc.attendance] or [""]),
		},
		fields=["name", "participant", "participant_name", "status", "survey_release_period"],
	)
	register = [(row.participant, row.enrolment, row.status) for row in doc.attendance]
	queue = surveys.session_survey_queue(
		register,
		{row.name: (row.participant, row.status, row.survey_release_period) for row in rows},
		consenting=consenting_participants({row.participant for row in doc.attendance}),
	)
	names = {row.name: row.participant_name for row in rows}
	return {
		"module": module_label(doc.module),
		"enrolments": [{"name": name, "participant_name": names.get(name) or name} for name in queue],
	}


def consenting_participants(participants) -> set[str]:
	"""Those whose processing consent is valid today: an expired or withdrawn consent leaves the list."""
	from amif_network.amif_participants.steps import has_valid_processing_consent

	return {p for p in participants if p and has_valid_processing_consent(p)}


def _list_lock_key() -> str:
	return f"amif_survey_list_locked:{frappe.session.sid}"


def lock_list():
	"""The tablet is in a participant's hands: the names of the others stay out of reach."""
	frappe.cache.set_value(_list_lock_key(), 1, expires_in_sec=LIST_LOCK_SECONDS)


def list_locked() -> bool:
	return bool(frappe.cache.get_value(_list_lock_key()))


def unlock_session_list(password: str = "") -> dict:
	require_survey_role()
	try:
		if not isinstance(password, str) or not password:
			raise frappe.AuthenticationError
		check_password(frappe.session.user, password)
	except frappe.AuthenticationError:
		failures_key = frappe.cache.make_key(f"amif_survey_unlock_failures:{frappe.session.sid}")
		failures = frappe.cache.incrby(failures_key, 1)
		frappe.cache.expire(failures_key, LIST_LOCK_SECONDS)
		if failures >= UNLOCK_TRIES:
			frappe.local.login_manager.logout()
			frappe.throw(_("Too many wrong passwords: log in again."), frappe.PermissionError)
		frappe.throw(_("The password is not right: the list stays locked."), frappe.PermissionError)
	frappe.cache.delete_value(_list_lock_key())
	return {"unlocked": True}


def submit_survey(enrolment: str, language: str, answers: dict | str, channel: str = "Tablet") -> dict:
	if isinstance(answers, str):
		try:
			answers = json.loads(answers)
		except ValueError:
			frappe.throw(_("The answers must be given as question and answer pairs."))
	if channel not in CHANNELS:
		frappe.throw(_("The channel must be Tablet or Paper."))
	doc = readable_enrolment(enrolment)
	# Lock the enrolment: two tablets sending at once still give one response.
	status, done_in = frappe.db.sql(
		"select status, survey_release_period from `tabModule Enrolment` where name=%s for update",
		enrolment,
	)[0]
	refuse(
		[
			surveys.enrolment_survey_problem(status, done_in),
			trajectory.survey_problem(status, frappe.db.get_value("Participant", doc.participant, "status")),
		]
	)
	if (
		not language
		or not isinstance(language, str)
		or not frappe.db.get_value("Survey Language", {"name": language, "enabled": 1})
	):
		frappe.throw(_("Choose one of the survey languages."))
	template = template_for(doc.module)
	if not template:
		frappe.throw(_("No active survey template serves this module."), frappe.ValidationError)
	record_response(doc, template, language, answers)
	return {"saved": True}


def release_periods() -> list[tuple]:
	return [
		(row.name, getdate(row.start_date), getdate(row.end_date))
		for row in frappe.get_all("Survey Release Period", fields=["name", "start_date", "end_date"])
	]


def require_release_period(on_date=None) -> str:
	"""The release period of the day; without one the survey waits for the SPP to set it."""
	name = surveys.period_covering(release_periods(), getdate(on_date or today()))
	if not name:
		frappe.throw(
			_(
				"No survey release period covers {0}: the SPP must set one before surveys are answered."
			).format(getdate(on_date or today())),
			frappe.ValidationError,
		)
	return name


def new_name() -> str:
	"""A random name: Frappe's hash names begin with the time of creation, ours carry nothing."""
	return frappe.generate_hash(length=12)


def record_response(enrolment, template: str, language: str, answers: dict, on_date=None):
	"""Insert the response apart from the person, then release its group's batch when it is full.

	Nothing of the response says when it was made: a random name, its period's first day as
	creation and modification time, Administrator as owner, free texts kept in Survey Comments
	with no link to their response; the enrolment records only the release period, without
	touching its own `modified` stamp or its version history.
	"""
	period = require_release_period(on_date)
	period_start = getdate(frappe.db.get_value("Survey Release Period", period, "start_date"))
	response = frappe.get_doc(
		{
			"doctype": "Survey Response",
			"cpas": enrolment.cpas,
			"module": enrolment.module,
			"template": template,
			"release_period": period,
			"released": 0,
			"pending_language": language,
		}
	)
	# the integration answer never stays in the response: it is kept apart (amif_indicators)
	response.flags.skipped_domains = {INTEGRATION_DOMAIN}
	response.set_answers(answers)
	response.insert(ignore_permissions=True)
	comments = []
	for key, text in response.flags.free_texts:
		comment = frappe.get_doc(
			{
				"doctype": "Survey Comment",
				"cpas": enrolment.cpas,
				"module": enrolment.module,
				"template": template,
				"release_period": period,
				"question_key": key,
				"language": language,
				"text": text,
			}
		).insert(ignore_permissions=True)
		comments.append(comment.name)
	at = surveys.release_timestamp(period_start)
	for table, key, names in (
		("Survey Response", "name", [response.name]),
		("Survey Answer", "parent", [response.name]),
		("Survey Comment", "name", comments),
	):
		if names:
			frappe.db.sql(
				f"""update `tab{table}` set creation=%(at)s, modified=%(at)s, owner='Administrator',
				modified_by='Administrator' where `{key}` in %(names)s""",
				{"at": at, "names": tuple(names)},
			)
	frappe.db.set_value(
		"Module Enrolment",
		enrolment.name,
		"survey_release_period",
		period,
		update_modified=False,
	)
	integration.record_integration_answer(
		enrolment, question_dicts(frappe.get_doc("Survey Template", template)), answers, period, at
	)
	release_ready_batch(enrolment.module, period)


def release_ready_batch(module: str, period: str) -> bool:
	"""Release the waiting responses of a group together once there are enough of them.

	Their free texts are released with them, except those in a language fewer than k responses
	of the batch were given in (the language would point at the person); the languages are then
	forgotten. Modification times stay the period's start: a release says nothing of its time.
	"""
	pending = frappe.db.sql(
		"""select name, pending_language from `tabSurvey Response`
		where module=%s and release_period=%s and released=0 for update""",
		(module, period),
	)
	if not surveys.batch_to_release(len(pending)):
		return False
	names = tuple(name for name, _language in pending)
	withheld = surveys.withheld_languages([language or "" for _name, language in pending])
	frappe.db.sql(
		"update `tabSurvey Response` set released=1, pending_language=null where name in %(names)s",
		{"names": names},
	)
	for name, language in frappe.db.sql(
		"""select name, language from `tabSurvey Comment`
		where module=%s and release_period=%s and released=0 for update""",
		(module, period),
	):
		frappe.db.sql(
			"update `tabSurvey Comment` set released=1, withheld=%s, language=null where name=%s",
			(1 if (language or "") in withheld else 0, name),
		)
	return True


def waiting_counts(cpas_list) -> dict[tuple, int]:
	"""Responses still waiting for their batch, per (module, release period), for the CPAS given."""
	if not cpas_list:
		return {}
	rows = frappe.db.sql(
		"""select module, release_period, count(*) from `tabSurvey Response`
		where released=0 and cpas in %(cpas)s group by module, release_period""",
		{"cpas": tuple(cpas_list)},
	)
	return {(module, period): count for module, period, count in rows}


def record_demo_response(enrolment: str, language: str, done_on: str, answers: dict, channel: str = ""):
	"""Demo data: a participant's answers, stored as the survey page stores them, on a past day."""
	doc = frappe.get_doc("Module Enrolment", enrolment)
	refuse(
		[
			surveys.enrolment_survey_problem(doc.status, doc.survey_release_period),
			trajectory.survey_problem(
				doc.status, frappe.db.get_value("Participant", doc.participant, "status")
			),
		]
	)
	template = template_for(doc.module)
	if not template:
		frappe.throw(_("No active survey template serves this module."), frappe.ValidationError)
	record_response(doc, template, language, answers, on_date=done_on)

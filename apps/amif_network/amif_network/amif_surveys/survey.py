"""Running a satisfaction survey: what the tablet page asks for and sends back.

Staff of a CPAS open the survey of an enrolment (or of a session's participants in turn); the
participant answers; the response is stored with no link to the participant, and the enrolment
only records the day, the language and the channel (see README, "Satisfaction surveys").
"""

import json

import frappe
from frappe import _
from frappe.utils import getdate, today
from frappe.utils.password import check_password

from amif_network.amif_activities.problems import throw_problems
from amif_network.rules import surveys

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
		}
		for row in template.get("wordings") or []
	]


def enabled_languages() -> list[dict]:
	return frappe.get_all(
		"Survey Language",
		filters={"enabled": 1},
		fields=["name", "language_name", "direction", "voice", *WORD_FIELDS],
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
				"words": {field[5:]: lang.get(field) for field in WORD_FIELDS},
			}
			for lang in languages
		],
		"questions": questions,
	}


@frappe.whitelist()
def open_survey(enrolment: str) -> dict:
	"""The survey of one enrolment, for the tablet page."""
	doc = readable_enrolment(enrolment)
	throw_problems([surveys.enrolment_survey_problem(doc.status, doc.survey_done_on)])
	template = template_for(doc.module)
	if not template:
		frappe.throw(_("No active survey template serves this module."), frappe.ValidationError)
	lock_list()
	return {"enrolment": doc.name, "module": module_label(doc.module), **survey_payload(template)}


@frappe.whitelist()
def session_queue(session: str) -> dict:
	"""Who answers next: those present or late at the session who have not answered for its module.

	The names are for staff only: once a participant has been handed the tablet, the list stays
	locked until the staff member types their password again (`unlock_session_list`).
	"""
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
		fields=["name", "participant", "participant_name", "status", "survey_done_on"],
	)
	register = [(row.participant, row.enrolment, row.status) for row in doc.attendance]
	queue = surveys.session_survey_queue(
		register,
		{row.name: (row.participant, row.status, row.survey_done_on) for row in rows},
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


@frappe.whitelist(methods=["POST"])
def unlock_session_list(password: str = "") -> dict:
	"""Staff take the tablet back: their own password opens the list of names again.

	After a few wrong tries the login session ends, so nobody can guess on with the tablet.
	"""
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


def module_label(module: str) -> str:
	name_fr, name_nl = frappe.db.get_value("Activity Module", module, ["module_name_fr", "module_name_nl"])
	return (name_nl if (frappe.local.lang or "").startswith("nl") else name_fr) or module


@frappe.whitelist(methods=["POST"])
def submit_survey(enrolment: str, language: str, answers, channel: str = "Tablet") -> dict:
	"""Store the answers with no link to the participant and mark the enrolment's survey as done."""
	if isinstance(answers, str):
		try:
			answers = json.loads(answers)
		except ValueError:
			frappe.throw(_("The answers must be given as question and answer pairs."))
	if channel not in CHANNELS:
		frappe.throw(_("The channel must be Tablet or Paper."))
	doc = readable_enrolment(enrolment)
	# Lock the enrolment: two tablets sending at once still give one response.
	status, done_on = frappe.db.sql(
		"select status, survey_done_on from `tabModule Enrolment` where name=%s for update", enrolment
	)[0]
	throw_problems([surveys.enrolment_survey_problem(status, done_on)])
	if not language or not frappe.db.get_value("Survey Language", {"name": language, "enabled": 1}):
		frappe.throw(_("Choose one of the survey languages."))
	template = template_for(doc.module)
	if not template:
		frappe.throw(_("No active survey template serves this module."), frappe.ValidationError)
	record_response(doc, template, language, answers, channel)
	return {"saved": True}


def record_response(enrolment, template: str, language: str, answers: dict, channel: str, on_date=None):
	"""Insert the response, then blur what could tie it to the enrolment written in the same request."""
	on_date = getdate(on_date or today())
	response = frappe.get_doc(
		{
			"doctype": "Survey Response",
			"cpas": enrolment.cpas,
			"module": enrolment.module,
			"template": template,
			"language": language,
			"channel": channel,
			"period": surveys.response_period(on_date),
		}
	)
	response.set_answers(answers)
	response.insert(ignore_permissions=True)
	# The response's own timestamps and authors would match the enrolment's survey date and staff.
	coarse = surveys.coarse_timestamp(on_date)
	for table in ("Survey Response", "Survey Answer"):
		key = "name" if table == "Survey Response" else "parent"
		frappe.db.sql(
			f"""update `tab{table}` set creation=%(at)s, modified=%(at)s, owner='Administrator',
			modified_by='Administrator' where `{key}`=%(name)s""",
			{"at": coarse, "name": response.name},
		)
	# The day only, no modified stamp and no Version row: nothing times the answer to the minute.
	frappe.db.set_value(
		"Module Enrolment",
		enrolment.name,
		{"survey_done_on": on_date, "survey_language": language, "survey_channel": channel},
		update_modified=False,
	)


def record_demo_response(enrolment: str, language: str, channel: str, done_on: str, answers: dict):
	"""Demo data: a participant's answers, stored as the survey page stores them, on a past day."""
	doc = frappe.get_doc("Module Enrolment", enrolment)
	throw_problems([surveys.enrolment_survey_problem(doc.status, doc.survey_done_on)])
	template = template_for(doc.module)
	if not template:
		frappe.throw(_("No active survey template serves this module."), frappe.ValidationError)
	record_response(doc, template, language, answers, channel, on_date=done_on)

"""The frappe side of a participant's way: status steps, the consent gate, duplicates, erasure.

Decisions are taken by `amif_network.rules.participant`; this module reads and writes records.
"""

import json

import frappe
from frappe import _
from frappe.utils import escape_html, getdate, now_datetime, today

from amif_network.adapters import notify
from amif_network.adapters.problems import refuse
from amif_network.adapters.problems import text as problem_text
from amif_network.amif_participants.personal_data import identifiers, scrub_mentions
from amif_network.amif_participants.read_log import scrub_access_logs
from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules import intake as intake_rules
from amif_network.rules import participant as rules
from amif_network.rules import trajectory

# Fields a Participant loses on erasure; free text and identifiers of consents and intakes too.
ERASED_PARTICIPANT_FIELDS = (
	"first_name",
	"last_name",
	"full_name",
	"national_number",
	"phone",
	"email",
	"languages_spoken",
	"health_condition",
	"family_situation",
	"residence_status",
	"attendance_flag_reason",
)
ERASED_INTAKE_FIELDS = (
	"participant_name",
	"path_so_far",
	"goals",
	"motivation",
	"obstacles",
	"needs_notes",
	"conclusion",
	"decision_reason",
)
ERASED_CONSENT_FIELDS = ("participant_name", "partners", "signed_form")


def move_status(participant: str, step: str) -> str:
	"""Move a participant through one step of the trajectory; the change is kept in its history."""
	doc = frappe.get_doc("Participant", participant)
	new_status, problem = rules.status_after(step, doc.status)
	refuse([problem])
	if new_status != doc.status:
		doc.status = new_status
		doc.flags.moved_by_step = True
		doc.save(ignore_permissions=True)
		if new_status in trajectory.ENDED:
			end_open_enrolments(participant, new_status)
	return new_status


def end_open_enrolments(participant: str, outcome: str, on=None) -> list[str]:
	"""Close the participant's open enrolments on the day the trajectory ends, with the reason.

	Each enrolment is saved through its own controller, so its rules (transitions, the drop
	reason) hold; the reason is written in the language of the user who ends the trajectory.
	"""
	day = getdate(on or today())
	reason = problem_text(trajectory.end_reason(outcome, day))
	closed = []
	for name in frappe.get_all(
		"Module Enrolment",
		filters={"participant": participant, "status": ["in", list(trajectory.OPEN_ENROLMENT)]},
		pluck="name",
		order_by="name asc",
		ignore_permissions=True,
	):
		enrolment = frappe.get_doc("Module Enrolment", name)
		enrolment.status = trajectory.enrolment_status_after_end(outcome, enrolment.status)
		enrolment.to_date = trajectory.end_date(
			getdate(enrolment.to_date) if enrolment.to_date else None, day
		)
		if enrolment.from_date and getdate(enrolment.from_date) > enrolment.to_date:
			enrolment.from_date = enrolment.to_date  # planned to start later: closed before it began
		enrolment.end_reason = reason
		if enrolment.status == "Dropped":
			enrolment.drop_reason = enrolment.drop_reason or reason
		enrolment.flags.ignore_permissions = True
		enrolment.save()
		closed.append(name)
	return closed


def end_contracts(participant: str, on=None) -> list[str]:
	"""Anonymising ends every contract of the participant still in force that day."""
	day = getdate(on or today())
	ended = []
	for row in frappe.get_all(
		"Participant Contract",
		filters={"participant": participant},
		fields=["name", "valid_until"],
		ignore_permissions=True,
	):
		until = trajectory.contract_valid_until_after_end(
			getdate(row.valid_until) if row.valid_until else None, day
		)
		if until:
			frappe.db.set_value("Participant Contract", row.name, "valid_until", until, update_modified=False)
			ended.append(row.name)
	return ended


def phone_is_mobile(phone: str | None) -> bool | None:
	"""Whether the number can receive text messages (a mobile, Belgian unless written with +); None if empty."""
	if not (phone or "").strip():
		return None
	import phonenumbers

	try:
		number = phonenumbers.parse(phone, "BE")
	except phonenumbers.NumberParseException:
		return False
	return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
		phonenumbers.PhoneNumberType.MOBILE,
		phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
	)


def email_is_valid(email: str | None) -> bool | None:
	if not (email or "").strip():
		return None
	return bool(frappe.utils.validate_email_address(email.strip()))


def consents_of(participant: str) -> list[rules.Consent]:
	rows = frappe.get_all(
		"Participant Consent",
		filters={"participant": participant},
		fields=["consent_type", "given", "given_on", "withdrawn_on", "valid_until"],
		ignore_permissions=True,
	)
	return [
		rules.Consent(
			r.consent_type,
			bool(r.given),
			getdate(r.given_on) if r.given_on else None,
			getdate(r.withdrawn_on) if r.withdrawn_on else None,
			getdate(r.valid_until) if r.valid_until else None,
		)
		for r in rows
	]


def has_valid_processing_consent(participant: str, on=None) -> bool:
	"""The consent gate, for any record that needs it (intake approval, enrolments)."""
	return rules.has_valid_processing_consent(consents_of(participant), getdate(on or today()))


def check_consent_gate(participant: str, on=None):
	"""Refuse, translated, when the participant has no valid processing consent."""
	refuse([rules.consent_gate_problem(consents_of(participant), getdate(on or today()))])


def find_duplicates(
	cpas: str, last_name: str, date_of_birth, national_number=None, exclude=None
) -> list[rules.Person]:
	"""Participants of the CPAS that may be the same person (erased ones excluded)."""
	if not cpas:
		return []
	dob = getdate(date_of_birth) if date_of_birth else None
	conditions = {"cpas": cpas, "anonymised": 0}
	or_filters = {"date_of_birth": dob} if dob else {}
	digits = rules.normalise_national_number(national_number)
	if digits:
		# the same digits in any formatting; reading only these keeps a bulk import linear
		or_filters["national_number"] = ["like", "%" + "%".join(digits) + "%"]
	if not or_filters:
		return []
	rows = frappe.get_all(
		"Participant",
		filters=conditions,
		or_filters=or_filters,
		fields=["name", "last_name", "full_name", "date_of_birth", "national_number"],
		ignore_permissions=True,
	)
	candidate = rules.Person(exclude or "", last_name, dob, national_number)
	existing = [
		rules.Person(
			r.name,
			r.last_name,
			getdate(r.date_of_birth) if r.date_of_birth else None,
			r.national_number,
			r.full_name,
		)
		for r in rows
	]
	return rules.possible_duplicates(candidate, existing)


def possible_duplicates(
	cpas: str,
	last_name: str,
	date_of_birth: str | None = None,
	national_number: str | None = None,
	name: str | None = None,
) -> list[dict]:
	if cpas not in bound_cpas() and not rules_unrestricted():
		return []
	found = find_duplicates(cpas, last_name, date_of_birth, national_number, exclude=name)
	return [{"name": p.name, "full_name": p.full_name, "date_of_birth": p.date_of_birth} for p in found]


def rules_unrestricted() -> bool:
	from amif_network.rules.scope import is_unrestricted

	return is_unrestricted(frappe.get_roles())


def end_trajectory(participant: str, outcome: str) -> str:
	doc = frappe.get_doc("Participant", participant)
	doc.check_permission("write")
	if "CPAS Manager" not in frappe.get_roles() and frappe.session.user != "Administrator":
		frappe.throw(_("Only a CPAS Manager can end a participant's trajectory."), frappe.PermissionError)
	step = {"Completed": "completed", "Withdrawn": "withdrawn"}.get(outcome)
	if not step:
		frappe.throw(_("A trajectory ends as Completed or Withdrawn."))
	return move_status(participant, step)


def anonymise(participant: str, confirmation: str | None = None) -> dict:
	doc = frappe.get_doc("Participant", participant)
	roles = frappe.get_roles()
	refuse(
		[rules.erasure_problem(roles, doc.cpas in bound_cpas(), confirmation, doc.name)],
		title=_("Not anonymised"),
	)
	doc.check_permission("write")
	return erase_participant(doc, _("Participant anonymised by {0}.").format(frappe.session.user))


def erase_participant(doc, note: str, mentions: bool = True) -> dict:
	"""Erase a participant's identity: names, contact data, free text and identifiers are replaced
	in the participant, its consents, its intakes, every record linking to it (prospects,
	enrolments, contracts, attendance lines...) and the change history; the records themselves (and
	so the counts) stay. `note` is left on the participant's timeline. Text of other records naming
	them is replaced too (`mentions`; the nightly job does it once for all it erases)."""
	former = [
		value
		for value in (doc.first_name, doc.last_name, doc.full_name, doc.national_number, doc.phone, doc.email)
		if value and len(str(value).strip()) > 2
	]

	new_values = {field: None for field in ERASED_PARTICIPANT_FIELDS}
	new_values.update(
		{
			# the same in every language: the record is read by French and Dutch speakers alike
			"first_name": rules.ANONYMISED,
			"last_name": doc.name,
			"full_name": f"{rules.ANONYMISED} {doc.name}",
			"date_of_birth": rules.anonymised_birth_date(
				getdate(doc.date_of_birth) if doc.date_of_birth else None
			),
			"anonymised": 1,
			"anonymised_on": now_datetime(),
			"_comments": None,
		}
	)
	# Anonymising ends everything: the open enrolments (with the reason) and the contracts; the
	# status stays, so the counts by status stay as they were.
	end_open_enrolments(doc.name, trajectory.ANONYMISED)
	end_contracts(doc.name)
	# Direct writes: a save would keep the former values in a new Version row.
	frappe.db.set_value("Participant", doc.name, new_values, update_modified=False)
	touched = {("Participant", doc.name)}

	for name in frappe.db.sql_list(
		"select name from `tabIntake Assessment` where participant = %s", doc.name
	):
		values = {field: None for field in ERASED_INTAKE_FIELDS}
		values.update({"participant_name": new_values["full_name"], "_comments": None})
		frappe.db.set_value("Intake Assessment", name, values, update_modified=False)
		frappe.db.set_value(
			"Intake Module Proposal",
			{"parent": name, "parenttype": "Intake Assessment"},
			"note",
			None,
			update_modified=False,
		)
		touched.add(("Intake Assessment", name))
	for name in frappe.db.sql_list(
		"select name from `tabParticipant Consent` where participant = %s", doc.name
	):
		values = {field: None for field in ERASED_CONSENT_FIELDS}
		values.update({"participant_name": new_values["full_name"], "_comments": None})
		frappe.db.set_value("Participant Consent", name, values, update_modified=False)
		touched.add(("Participant Consent", name))
	touched |= _erase_linked_rows(doc.name, new_values, former)
	named_by = identifiers(doc)
	if mentions:
		scrub_mentions(named_by)

	_scrub_history(touched, former)
	scrub_access_logs(touched, former)  # printed pages and export filters may name the person
	comment = frappe.get_doc(
		{
			"doctype": "Comment",
			"comment_type": "Info",
			"reference_doctype": "Participant",
			"reference_name": doc.name,
			"content": note,
		}
	)
	comment.set_new_name()
	comment.db_insert()  # a timeline line, nothing to validate: the nightly job writes many
	return {"participant": doc.name, "records": len(touched), "identifiers": named_by}


FREE_TEXT_TYPES = ("Small Text", "Text", "Long Text", "Text Editor", "Markdown Editor", "HTML Editor", "Code")
SHORT_TEXT_TYPES = ("Data", "Autocomplete")


def _erase_linked_rows(participant: str, new_values: dict, former: list[str]) -> set[tuple[str, str]]:
	"""Rows of other records about the participant (enrolments, contracts, attendance lines,
	prospects...): fetched names refreshed, identity fields and free text erased, any short text
	naming them replaced. A row of a table is erased, its parent record is kept and its history
	cleaned."""
	touched = set()
	from amif_network.amif_participants.personal_data import participant_links

	for doctype, fieldname in participant_links():
		if doctype in ("Participant Consent", "Intake Assessment"):  # erased above, field by field
			continue
		meta = frappe.get_meta(doctype)
		fetched = {
			df.fieldname: df.fetch_from.split(".", 1)[1]
			for df in meta.fields
			if df.fetch_from and df.fetch_from.split(".", 1)[0] == fieldname
		}
		text_fields = [df for df in meta.fields if df.fieldtype in FREE_TEXT_TYPES + SHORT_TEXT_TYPES]
		columns = [
			"name",
			*(["parent", "parenttype"] if meta.istable else []),
			*[df.fieldname for df in text_fields],
		]
		for row in frappe.db.sql(
			f"select {', '.join(f'`{c}`' for c in columns)} from `tab{doctype}` where `{fieldname}` = %s",
			participant,
			as_dict=True,
		):
			values = {
				field: new_values.get(source) for field, source in fetched.items() if source in new_values
			}
			for df in text_fields:
				if df.fieldname in values or not row.get(df.fieldname):
					continue
				if df.fieldname in ERASED_PARTICIPANT_FIELDS or df.fieldtype in FREE_TEXT_TYPES:
					values[df.fieldname] = (
						rules.ANONYMISED if df.fieldname in ("first_name", "last_name", "full_name") else None
					)
				else:
					cleaned = rules.scrub_text(row.get(df.fieldname), former)
					if cleaned != row.get(df.fieldname):
						values[df.fieldname] = cleaned
			if meta.has_field("date_of_birth"):
				values["date_of_birth"] = new_values["date_of_birth"]
			if values:
				frappe.db.set_value(doctype, row.name, values, update_modified=False)
			touched.add((row.parenttype, row.parent) if meta.istable else (doctype, row.name))
	return touched


def _scrub_history(records: set[tuple[str, str]], former: list[str]):
	"""Version rows keep old values: clean them; drop comments and notifications naming the person.

	One query per table for all the records (the nightly job erases many participants a run)."""
	fields = (
		set(ERASED_PARTICIPANT_FIELDS)
		| set(ERASED_INTAKE_FIELDS)
		| set(ERASED_CONSENT_FIELDS)
		| {"note", "date_of_birth"}
	)
	if not records:
		return
	doctypes = sorted({doctype for doctype, _name in records})
	names = sorted({name for _doctype, name in records})

	def pointing(table: str, type_column: str, name_column: str, columns: list[str]) -> list:
		# plain SQL on the (type, name) index: a nightly run calls this for each participant
		rows = frappe.db.sql(
			f"""select {", ".join(f"`{c}`" for c in (type_column, name_column, *columns))} from `tab{table}`
			where `{type_column}` in %(doctypes)s and `{name_column}` in %(names)s""",
			{"doctypes": doctypes, "names": names},
			as_dict=True,
		)
		return [row for row in rows if (row.get(type_column), row.get(name_column)) in records]

	for version in pointing("Version", "ref_doctype", "docname", ["name", "data"]):
		data = rules.scrub_version_data(json.loads(version.data or "{}"), fields, former)
		frappe.db.set_value("Version", version.name, "data", frappe.as_json(data), update_modified=False)
	for comment in pointing("Comment", "reference_doctype", "reference_name", ["name", "content"]):
		cleaned = rules.scrub_text(comment.content, former)
		if cleaned != comment.content:
			frappe.db.set_value("Comment", comment.name, "content", cleaned, update_modified=False)
	for table, type_column, name_column, columns in (
		("Notification Log", "document_type", "document_name", ("subject", "email_content")),
		("Communication", "reference_doctype", "reference_name", ("subject", "content")),
	):
		for row in pointing(table, type_column, name_column, ["name", *columns]):
			frappe.db.set_value(
				table,
				row.name,
				{field: rules.scrub_text(row.get(field), former) for field in columns},
				update_modified=False,
			)
	# e-mails already sent or waiting (notifications) carry the name in their body
	for queued in pointing("Email Queue", "reference_doctype", "reference_name", ["name"]):
		frappe.db.delete("Email Queue Recipient", {"parent": queued.name})
		frappe.db.delete("Email Queue", {"name": queued.name})
	frappe.db.delete("__global_search", {"doctype": ["in", doctypes], "name": ["in", names]})
	for file in pointing("File", "attached_to_doctype", "attached_to_name", ["name"]):
		frappe.delete_doc("File", file.name, ignore_permissions=True, force=True)


def enrolment_consent_gate(doc, method=None):
	"""doc_events validate of Module Enrolment: no enrolment without a valid processing consent."""
	if frappe.flags.in_install or frappe.flags.in_migrate or frappe.session.user == "Administrator":
		return
	before = None if doc.is_new() else doc.get_doc_before_save()
	if rules.enrolment_needs_consent(before.status if before else None, doc.status):
		check_consent_gate(doc.participant)


def managers_of(cpas: str) -> list[str]:
	members = frappe.get_all(
		"CPAS Membership", {"cpas": cpas, "enabled": 1}, pluck="user", ignore_permissions=True
	)
	return notify.users_with_roles(["CPAS Manager"], among=members)


def notify_intake_move(intake, state: str):
	"""Tell the people who act next, each in their own language (desk notification and e-mail)."""
	template = intake_rules.NOTICES.get(state)
	if not template:
		return
	social_worker = frappe.db.get_value("Participant", intake.participant, "referring_social_worker")
	recipients = intake_rules.notice_recipients(
		state, frappe.session.user, intake.submitted_by, social_worker, managers_of(intake.cpas)
	)
	notify.alert(
		recipients,
		"Intake Assessment",
		intake.name,
		lambda _user, lang: notify.worded(
			template, lang, intake.participant_name or intake.participant, intake.decision_reason or ""
		),
	)

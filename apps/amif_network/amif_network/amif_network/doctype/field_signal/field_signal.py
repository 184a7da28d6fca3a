# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import escape_html, get_datetime, strip_html, today

from amif_network.adapters import language, notify
from amif_network.adapters.problems import refuse
from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules import signals as rules

# Free texts the identifier guard reads (the recipient is an office, named on purpose).
GUARDED_FIELDS = (
	"title",
	"observation",
	"translation",
	"review_note",
	"not_retained_reason",
	"answer",
	"feedback_fr",
	"feedback_nl",
)
MEETING_REPORT = "Network Meeting Report"


class FieldSignal(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from amif_network.amif_network.doctype.field_signal_meeting.field_signal_meeting import (
			FieldSignalMeeting,
		)

		answer: DF.SmallText | None
		answer_received_on: DF.Date | None
		feedback_fr: DF.SmallText | None
		feedback_given_on: DF.Date | None
		feedback_nl: DF.SmallText | None
		feedback_to_target_group: DF.Check
		forward_reference: DF.Data | None
		forwarded_on: DF.Date | None
		forwarded_to: DF.Data | None
		meetings: DF.Table[FieldSignalMeeting]
		merged_into: DF.Link | None
		not_retained_reason: DF.SmallText | None
		observation: DF.SmallText
		observation_language: DF.Literal["French", "Dutch", "English"]
		observed_on: DF.Date
		people_concerned: DF.Literal[
			"", "A few people", "5 to 20 people", "21 to 100 people", "More than 100 people", "Unknown"
		]
		policy_level: DF.Literal[
			"",
			"Federal minister",
			"Federal home affairs service",
			"European Commission",
			"Region",
			"Community",
			"Other",
		]
		reported_by: DF.Link | None
		reporting_cpas: DF.Link | None
		review_note: DF.SmallText | None
		source: DF.Literal[
			"Target group",
			"Social workers",
			"General practitioners",
			"Partner organisation",
			"Network meeting",
		]
		theme: DF.Link
		title: DF.Data
		translation: DF.SmallText | None
		workflow_state: DF.Link | None
	# end: auto-generated types

	def before_insert(self):
		self.reported_by = self.reported_by or frappe.session.user

	def validate(self):
		self.default_reporting_cpas()
		self.check_reporter()
		refuse(
			rules.identifier_problems(self.guarded_texts(), self.participant_names()),
			title=_("No personal data in a field signal"),
		)
		self.check_transition()

	def on_update(self):
		if self.flags.signal_moved_to == rules.MERGED:
			self.carry_into_merged_target()
		if self.flags.signal_moved_to:
			notify_signal_move(self, self.flags.signal_moved_to)

	def carry_into_merged_target(self):
		"""The earlier signal keeps the meetings where the merged one was discussed, and says so."""
		target = frappe.get_doc("Field Signal", self.merged_into)
		known = {(row.meeting_report, row.section_number) for row in target.meetings}
		for row in self.meetings:
			if (row.meeting_report, row.section_number) not in known:
				target.append("meetings", _meeting_fields(row))
		target.add_comment(
			"Info", _("Field signal {0} ({1}) was merged into this one.").format(self.name, self.title)
		)
		if len(target.meetings) != len(known):
			target.save(ignore_permissions=True)

	def default_reporting_cpas(self):
		"""A CPAS user bound to a single CPAS reports for it without choosing."""
		if self.is_new() and not self.reporting_cpas and rules.NETWORK_MANAGER not in frappe.get_roles():
			bound = bound_cpas()
			if len(bound) == 1:
				self.reporting_cpas = bound[0]

	def check_reporter(self):
		before = self.get_doc_before_save()
		if before and before.reporting_cpas == self.reporting_cpas:
			return  # the SPP reviews what a CPAS reported; the CPAS stays the reporter
		refuse([rules.reporter_problem(self.reporting_cpas, bound_cpas(), frappe.get_roles())])

	def guarded_texts(self) -> dict[str, str]:
		return {
			_(self.meta.get_label(field)): strip_html(self.get(field) or "")
			for field in GUARDED_FIELDS
			if self.get(field)
		}

	def participant_names(self) -> list[tuple[str, str]]:
		"""The reporting CPAS's own participants, whose names a signal must not hold."""
		if not self.reporting_cpas:
			return []
		rows = frappe.get_all(
			"Participant",
			filters={"cpas": self.reporting_cpas, "anonymised": 0},
			fields=["first_name", "last_name"],
			ignore_permissions=True,
		)
		return [(row.first_name, row.last_name) for row in rows]

	def check_transition(self):
		"""Guard every move, whether from the desk, REST or a script."""
		before = self.get_doc_before_save()
		previous = (before.workflow_state if before else None) or rules.REPORTED
		new = self.workflow_state or rules.REPORTED
		if self.is_new() and new != rules.REPORTED:
			refuse([rules.move_problem(None, new)])
		target = (
			frappe.db.get_value(
				"Field Signal", self.merged_into, ["workflow_state", "creation"], as_dict=True
			)
			if self.merged_into
			else None
		)
		target_state = (target.workflow_state or rules.REPORTED) if target else None
		target_is_later = bool(target and self.creation and target.creation > get_datetime(self.creation))
		refuse(
			rules.transition_problems(previous, new, self, target_state, target_is_later),
			title=_("Field signal not moved"),
		)
		if previous == new:
			return
		if new == rules.FORWARDED and not self.forwarded_on:
			self.forwarded_on = today()
		if new == rules.ANSWER_RECEIVED and not self.answer_received_on:
			self.answer_received_on = today()
		if new == rules.FEEDBACK_GIVEN and not self.feedback_given_on:
			self.feedback_given_on = today()
		self.flags.signal_moved_to = new


def theme_labels() -> dict[str, str]:
	"""Each theme's label in the user's language (French for English readers too, as the SPP works)."""
	column = language.column("label")
	return {
		row.name: row.get(column) or row.name
		for row in frappe.get_all("Field Signal Theme", fields=["name", column], ignore_permissions=True)
	}


def notify_signal_move(signal, state: str):
	"""Tell the reporter of each step, in their language; feedback goes to the whole network."""
	template = rules.NOTICES.get(state)
	if not template:
		return
	reporter = signal.reported_by or signal.owner
	recipients = [reporter]
	if state == rules.FEEDBACK_GIVEN:
		recipients += notify.users_with_roles(rules.NETWORK_READERS)

	def subject_for(user: str, lang: str | None) -> str:
		told = template if user == reporter else rules.NETWORK_FEEDBACK_NOTICE
		subject = notify.worded(told, lang, *rules.notice_arguments(state, signal.title, signal))
		if state == rules.FEEDBACK_GIVEN:
			feedback = language.pick(signal.feedback_fr, signal.feedback_nl, lang or "")
			subject = f"{subject} {escape_html(strip_html(feedback or ''))}"
		return subject

	notify.alert(recipients, "Field Signal", signal.name, subject_for)


def _section_of(report, section_number) -> dict | None:
	"""A section of a meeting report by its number, or by its position when it has none."""
	wanted = int(section_number)
	sections = report.get("sections") or []
	for position, section in enumerate(sections, start=1):
		if int(section.get("number") or position) == wanted:
			return section
	return None


def _in_language(section, base: str, reader: str) -> tuple[str, str]:
	"""A section's text in the reader's network language first, the other one second."""
	first, second = (
		(language.DUTCH, language.FRENCH) if reader == language.DUTCH else (language.FRENCH, language.DUTCH)
	)
	return (
		strip_html(section.get(f"{base}_{first}") or "").strip()
		or strip_html(section.get(f"{base}_{second}") or "").strip(),
		strip_html(section.get(f"{base}_{second}") or "").strip(),
	)


def _meeting_fields(row) -> dict:
	return {
		field: row.get(field)
		for field in ("meeting_report", "meeting_date", "section_number", "section_heading")
	}


def _meeting_row(report, section, section_number) -> dict:
	heading = (section.get("heading_fr") or "").strip()
	heading_nl = (section.get("heading_nl") or "").strip()
	return {
		"meeting_report": report.name,
		"meeting_date": report.get("meeting_date"),
		"section_number": int(section_number),
		"section_heading": " / ".join(h for h in (heading, heading_nl) if h),
	}


def _readable_section(meeting_report: str, section_number):
	if not frappe.db.exists(MEETING_REPORT, meeting_report):
		frappe.throw(_("Meeting report {0} does not exist.").format(meeting_report), frappe.DoesNotExistError)
	report = frappe.get_doc(MEETING_REPORT, meeting_report)
	report.check_permission("read")
	try:
		section = _section_of(report, section_number)
	except (TypeError, ValueError):
		section = None
	if section is None:
		frappe.throw(
			_("Meeting report {0} has no section {1}.").format(meeting_report, section_number),
			frappe.ValidationError,
		)
	return report, section


def reporting_cpas_choices() -> list[dict]:
	if rules.NETWORK_MANAGER in frappe.get_roles():
		return []
	bound = bound_cpas()
	if not bound:
		return []
	column = language.column("name")
	rows = frappe.get_all(
		"CPAS",
		filters={"name": ["in", bound]},
		fields=["name", column],
		order_by="name asc",
		ignore_permissions=True,
	)
	return [{"value": row.name, "label": row.get(column) or row.name} for row in rows]


def raise_from_meeting_section(
	meeting_report: str,
	section_number: int,
	theme: str,
	title: str | None = None,
	reporting_cpas: str | None = None,
) -> str:
	report, section = _readable_section(meeting_report, section_number)
	reader = language.current()
	heading, _other_heading = _in_language(section, "heading", reader)
	observation, translation = _in_language(section, "body", reader)
	signal = frappe.get_doc(
		{
			"doctype": "Field Signal",
			"title": (title or "").strip() or heading or report.name,
			"theme": theme,
			"source": "Network meeting",
			"observed_on": report.get("meeting_date") or today(),
			"observation": observation or heading,
			"observation_language": "Dutch" if reader == language.DUTCH else "French",
			"translation": translation if translation != observation else None,
			"meetings": [_meeting_row(report, section, section_number)],
		}
	)
	if reporting_cpas:
		signal.reporting_cpas = reporting_cpas
	signal.insert()
	return signal.name


def link_meeting_section(signal: str, meeting_report: str, section_number: int) -> str:
	doc = frappe.get_doc("Field Signal", signal)
	doc.check_permission("write")
	report, section = _readable_section(meeting_report, section_number)
	if not any(
		row.meeting_report == report.name and int(row.section_number or 0) == int(section_number)
		for row in doc.meetings
	):
		doc.append("meetings", _meeting_row(report, section, section_number))
		doc.save()
	return doc.name

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from amif_network.adapters.problems import refuse
from amif_network.rules import meeting_report as rules


class NetworkMeetingReport(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from amif_network.amif_network.doctype.network_meeting_action_point.network_meeting_action_point import (
			NetworkMeetingActionPoint,
		)
		from amif_network.amif_network.doctype.network_meeting_agenda_slot.network_meeting_agenda_slot import (
			NetworkMeetingAgendaSlot,
		)
		from amif_network.amif_network.doctype.network_meeting_attendee.network_meeting_attendee import (
			NetworkMeetingAttendee,
		)
		from amif_network.amif_network.doctype.network_meeting_co_author.network_meeting_co_author import (
			NetworkMeetingCoauthor,
		)
		from amif_network.amif_network.doctype.network_meeting_section.network_meeting_section import (
			NetworkMeetingSection,
		)

		action_points: DF.Table[NetworkMeetingActionPoint]
		agenda: DF.Table[NetworkMeetingAgendaSlot]
		amended_from: DF.Link | None
		attendees: DF.Table[NetworkMeetingAttendee]
		co_authors: DF.TableMultiSelect[NetworkMeetingCoauthor]
		comments_pending: DF.Check
		date_line: DF.Data | None
		host_cpas: DF.Link | None
		is_online: DF.Check
		meeting_date: DF.Date
		next_meeting_date: DF.Date | None
		next_meeting_note_fr: DF.SmallText | None
		next_meeting_note_nl: DF.SmallText | None
		next_meeting_place: DF.Data | None
		place: DF.Data | None
		previous_report: DF.Link | None
		report_languages: DF.Literal["French and Dutch", "French only", "Dutch only"]
		sections: DF.Table[NetworkMeetingSection]
		simultaneous_interpretation: DF.Check
		title_fr: DF.Data
		title_nl: DF.Data
		workflow_state: DF.Link | None
	# end: auto-generated types

	def validate(self):
		self.date_line = rules.date_line(self.meeting_date) if self.meeting_date else None
		self.number_sections()
		self.keep_paragraphs_of_plain_text()
		refuse(rules.draft_problems(self), title=_("Meeting report"))
		self.write_agenda_times()
		self.name_action_point_owners()
		before = None if self.is_new() else self.get_doc_before_save()
		refuse(
			[
				rules.languages_problem(
					frappe.get_roles(), before.report_languages if before else None, self.report_languages
				)
			],
			title=_("Meeting report"),
		)
		if before:
			refuse(
				rules.approved_edit_problem(frappe.get_roles(), before.workflow_state, self.workflow_state),
				title=_("Meeting report"),
			)
		if self.docstatus == 0:
			self.carry_over_open_action_points()

	def before_submit(self):
		before = self.get_doc_before_save()
		refuse(
			rules.publisher_problem(frappe.get_roles(), before.workflow_state if before else None),
			title=_("Meeting report"),
		)
		refuse(rules.publication_gate(self), title=_("Publication refused"))

	def before_update_after_submit(self):
		refuse(rules.EDITING_PUBLISHED, title=_("Meeting report"))

	def number_sections(self):
		"""Numbers stay as the authors wrote them (0, I, 4.1); the level follows from the number."""
		for position, section in enumerate(self.sections, start=1):
			section.number = rules.clean_section_number(section.number) or str(position)
			section.level = section.level or rules.section_level(section.number)

	def keep_paragraphs_of_plain_text(self):
		for section in self.sections:
			section.body_fr = rules.text_as_html(section.body_fr)
			section.body_nl = rules.text_as_html(section.body_nl)

	def write_agenda_times(self):
		for slot in self.agenda:
			slot.from_time = rules.clock_text(slot.from_time)
			slot.to_time = rules.clock_text(slot.to_time)

	def name_action_point_owners(self):
		contacts = {c for point in self.action_points for c in rules.owner_contacts(point)}
		names = (
			dict(
				frappe.get_all(
					"Network Contact",
					filters={"name": ["in", list(contacts)]},
					fields=["name", "full_name"],
					as_list=1,
				)
			)
			if contacts
			else {}
		)
		for point in self.action_points:
			point.owner_type = rules.owner_type_of(point)
			if point.owner_type not in (rules.OWNER_CONTACT, rules.OWNER_CONTACTS):
				point.action_owner = point.second_owner = point.third_owner = None
			if point.owner_type != rules.OWNER_CPAS:
				point.owner_cpas = None
			point.owner_name = rules.owner_label(point, names, cpas_names())

	def carry_over_open_action_points(self):
		"""Open action points of the previous report stay on this one until they are done."""
		if not self.previous_report:
			self.previous_report = latest_published_before(self.meeting_date, self.name)
		if not self.previous_report or self.previous_report == self.name:
			return
		previous_points = frappe.get_all(
			"Network Meeting Action Point",
			filters={"parent": self.previous_report, "parenttype": self.doctype},
			fields=["action", "due_date", "status", *rules.CARRIED_FIELDS],
			order_by="idx",
		)
		for point in rules.carried_over_points(self.previous_report, previous_points, self.action_points):
			self.append("action_points", point)


def latest_published_before(meeting_date, exclude=None) -> str | None:
	if not meeting_date:
		return None
	found = frappe.get_all(
		"Network Meeting Report",
		filters={"docstatus": 1, "meeting_date": ["<", meeting_date], "name": ["!=", exclude or ""]},
		order_by="meeting_date desc, creation desc",
		limit=1,
		pluck="name",
	)
	return found[0] if found else None


def cpas_names() -> dict:
	return {
		row.name: " / ".join(dict.fromkeys(n for n in (row.name_fr, row.name_nl) if n))
		for row in frappe.get_all("CPAS", fields=["name", "name_fr", "name_nl"])
	}

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import get_time, getdate

from amif_network.adapters.problems import refuse
from amif_network.amif_activities import notices
from amif_network.amif_activities import sessions as session_data
from amif_network.rules import attendance, group_size, network_counts, sessions


class ModuleSession(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from amif_network.amif_activities.doctype.session_attendance.session_attendance import (
			SessionAttendance,
		)
		from amif_network.amif_activities.doctype.session_trainer.session_trainer import SessionTrainer

		absent_count: DF.Int
		attendance: DF.Table[SessionAttendance]
		cap_override: DF.Check
		cap_override_by: DF.Link | None
		cap_override_reason: DF.SmallText | None
		cancel_reason: DF.SmallText | None
		cancelled: DF.Check
		cpas: DF.Link
		end_time: DF.Time
		excused_count: DF.Int
		group_size_rule: DF.Link | None
		kind: DF.Literal[
			"Individual follow-up",
			"Collective workshop",
			"Collective coaching",
			"Information session",
			"Outing",
			"Language course",
		]
		late_count: DF.Int
		module: DF.Link
		module_name: DF.Data | None
		participants_in_room: DF.Int
		place: DF.Data | None
		present_count: DF.Int
		sensitive_optional: DF.Check
		session_date: DF.Date
		start_time: DF.Time
		theme: DF.Data | None
		title: DF.Data | None
		trainers: DF.TableMultiSelect[SessionTrainer]
	# end: auto-generated types

	def _validate_links(self):
		# One query each for modules, enrolments and trainers instead of one per register row.
		module = self._module()
		if module:
			session_data.prime_link_cache("Activity Module", [module.name])
			# Known now, so link validation does not fetch it again (the form fetches it on its own).
			self.cpas = self.cpas or module.cpas
		enrolments = self._enrolments()
		session_data.prime_link_cache("Participant", {e.participant for e in enrolments})
		session_data.prime_link_cache("Module Enrolment", {e.name for e in enrolments})
		session_data.prime_link_cache(
			"User",
			session_data.existing_users([row.trainer for row in self.trainers] + [self.cap_override_by]),
		)
		super()._validate_links()

	def validate(self):
		module = self._module()
		if module:
			self.cpas = self.cpas or module.cpas
			self.module_name = _module_title(module, self.cpas)
			self.kind = self.kind or module.kind
		day = getdate(self.session_date)
		self.title = f"{self.module_name or self.module} · {day.isoformat()}"
		refuse(
			[
				sessions.time_problem(_time(self.start_time), _time(self.end_time)),
				module and sessions.module_cpas_problem(self.cpas, module.cpas, self.module),
				module
				and sessions.module_period_problem(
					day, _date(module.period_from), _date(module.period_to), self.module
				),
			]
		)
		self.validate_register(day)
		# Kept on the session so network attendance sums sessions, not every register line.
		self.update(network_counts.register_counts(row.status for row in self.attendance))
		self.validate_group_size(day)

	def validate_register(self, day):
		enrolments = self._enrolments()
		recorded = self._recorded_lines(day)
		problems = [attendance.duplicate_participant_problem(row.participant for row in self.attendance)]
		for row in self.attendance:
			problems.extend(attendance.row_problems(row.idx, row.status, row.late_minutes))
			already_recorded = bool(row.enrolment) and recorded.get(row.participant) == row.enrolment
			problem = attendance.enrolment_problem(
				row.idx,
				row.participant,
				self.module,
				day,
				enrolments,
				chosen=row.enrolment,
				already_recorded=already_recorded,
			)
			if problem:
				problems.append(problem)
				continue
			if not already_recorded:
				row.enrolment = attendance.enrolment_for(row.participant, self.module, day, enrolments).name
		refuse(problems, intro=_("The attendance register was not saved:"))

	def _recorded_lines(self, day) -> dict:
		"""{participant: enrolment} of the saved register, when module and date are unchanged."""
		before = self.get_doc_before_save()
		if not before or before.module != self.module or getdate(before.session_date) != day:
			return {}
		return {row.participant: row.enrolment for row in before.attendance}

	def validate_group_size(self, day):
		rule = group_size.rule_in_force(session_data.load_rules(self.cpas), day) if self.cpas else None
		self.group_size_rule = rule.name if rule else None
		self.participants_in_room = group_size.participants_in_room(row.status for row in self.attendance)
		before = self.get_doc_before_save()
		already_overridden = bool(before and before.cap_override)
		refuse(
			[
				sessions.override_problem(
					self.cap_override,
					self.cap_override_reason,
					already_overridden or session_data.may_override_cap(),
				)
			]
		)
		if self.cap_override:
			if not already_overridden:
				self.cap_override_by = frappe.session.user
			return
		self.cap_override_by = None
		refuse(
			[group_size.group_size_problem(rule, self.participants_in_room, len(self.trainers))],
			title=_("Group-size rule"),
		)

	def on_update(self):
		notices.on_session_update(self)
		before = self.get_doc_before_save()
		participants = {row.participant for row in self.attendance}
		if before:
			participants |= {row.participant for row in before.attendance}
		session_data.update_attendance_flags(participants)

	def on_trash(self):
		self.flags.register_participants = {row.participant for row in self.attendance}

	def after_delete(self):
		session_data.update_attendance_flags(self.flags.register_participants or ())

	def _module(self):
		if not self.module:
			return None
		if self.flags.module_row is None or self.flags.module_row.name != self.module:
			self.flags.module_row = frappe.db.get_value(
				"Activity Module",
				self.module,
				["name", "cpas", "module_name_fr", "module_name_nl", "kind", "period_from", "period_to"],
				as_dict=True,
			)
		return self.flags.module_row

	def _enrolments(self):
		key = (self.module, tuple(sorted(row.participant or "" for row in self.attendance)))
		if self.flags.enrolment_key != key:
			self.flags.enrolment_key = key
			self.flags.enrolment_rows = session_data.load_enrolments(
				self.module, [row.participant for row in self.attendance]
			)
		return self.flags.enrolment_rows


def _module_title(module, cpas) -> str:
	"""The module's name in the working language of the CPAS that runs it."""
	dutch = frappe.get_cached_value("CPAS", cpas, "working_language") == "Dutch" if cpas else False
	names = (
		(module.module_name_nl, module.module_name_fr)
		if dutch
		else (module.module_name_fr, module.module_name_nl)
	)
	return next((name for name in names if name), module.name)


def _date(value):
	return getdate(value) if value else None


def _time(value):
	return get_time(value) if value not in (None, "") else None


def get_enrolled_participants(module: str, session_date: str) -> list[dict]:
	frappe.has_permission("Module Enrolment", "read", throw=True)
	day = getdate(session_date)
	rows = frappe.get_list(
		"Module Enrolment",
		filters={"module": module, "status": "Active"},
		fields=["name", "participant", "from_date", "to_date"],
		order_by="participant_name asc",
		limit_page_length=0,
	)
	return [
		{"participant": row.participant, "enrolment": row.name}
		for row in rows
		if (not row.from_date or getdate(row.from_date) <= day)
		and (not row.to_date or day <= getdate(row.to_date))
	]

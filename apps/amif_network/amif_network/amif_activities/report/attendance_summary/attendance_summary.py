# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.utils import getdate

from amif_network.adapters.problems import text as problem_text
from amif_network.amif_activities import sessions
from amif_network.rules import attendance, contracts


def execute(filters=None):
	"""Attendance per enrolment and per participant, against the contracts in force today.

	Enrolments are read with the user's permissions, so the CPAS scope decides whose attendance
	appears; the registers of those participants are then read in one query.
	"""
	filters = frappe._dict(filters or {})
	conditions = {key: filters[key] for key in ("cpas", "module", "participant") if filters.get(key)}
	enrolments = frappe.get_list(
		"Module Enrolment",
		filters=conditions,
		fields=["name", "participant", "participant_name", "module", "module_name", "status"],
		order_by="participant_name asc, module_name asc",
		limit_page_length=0,
	)
	participants = sorted({row.participant for row in enrolments})
	marks = sessions.load_marks(participants)
	thresholds = sessions.load_thresholds(participants, getdate())
	data = []
	for participant in participants:
		own = [row for row in enrolments if row.participant == participant]
		by_module = marks.get(participant, {})
		limits = thresholds.get(participant, {})
		for row in own:
			data.append(
				_row(
					row,
					by_module.get(row.module, []),
					limits.get(row.module, []),
					row.module_name or row.module,
				)
			)
		overall = frappe._dict(own[0], module=None, module_name=_("All modules"), status=None, name=None)
		all_marks = [mark for module_marks in by_module.values() for mark in module_marks]
		data.append(_row(overall, all_marks, limits.get(None, []), _("all modules"), indent=1))
	return columns(), data


def _row(row, marks, limits, where, indent=0):
	summary = attendance.summarise(marks)
	breaches = contracts.contract_breaches(marks, limits)
	return {
		"participant": row.participant,
		"participant_name": row.participant_name,
		"enrolment": row.name,
		"module": row.module,
		"module_name": row.module_name,
		"status": row.status,
		"sessions": summary.sessions,
		"attended": summary.attended,
		"late": summary.late,
		"excused": summary.excused,
		"unexcused_absences": summary.unexcused_absences,
		"attendance_rate": summary.attendance_rate,
		"longest_absence_run": summary.longest_absence_run,
		"optional_sessions": summary.optional_sessions,
		"optional_attended": summary.optional_attended,
		"limits_broken": "; ".join(problem_text(problem) for problem in breaches),
		"indent": indent,
	}


def columns():
	return [
		{
			"fieldname": "participant",
			"label": _("Participant"),
			"fieldtype": "Link",
			"options": "Participant",
			"width": 130,
		},
		{"fieldname": "participant_name", "label": _("Participant Name"), "fieldtype": "Data", "width": 170},
		{"fieldname": "module_name", "label": _("Module"), "fieldtype": "Data", "width": 200},
		{
			"fieldname": "enrolment",
			"label": _("Enrolment"),
			"fieldtype": "Link",
			"options": "Module Enrolment",
			"width": 110,
		},
		{"fieldname": "status", "label": _("Status"), "fieldtype": "Data", "width": 90},
		{"fieldname": "sessions", "label": _("Sessions"), "fieldtype": "Int", "width": 80},
		{"fieldname": "attended", "label": _("Attended"), "fieldtype": "Int", "width": 80},
		{"fieldname": "late", "label": _("Late"), "fieldtype": "Int", "width": 70},
		{"fieldname": "excused", "label": _("Excused"), "fieldtype": "Int", "width": 80},
		{
			"fieldname": "unexcused_absences",
			"label": _("Unexcused Absences"),
			"fieldtype": "Int",
			"width": 100,
		},
		{"fieldname": "attendance_rate", "label": _("Attendance Rate"), "fieldtype": "Percent", "width": 100},
		{
			"fieldname": "longest_absence_run",
			"label": _("Longest Absence Run"),
			"fieldtype": "Int",
			"width": 100,
		},
		{
			"fieldname": "optional_sessions",
			"label": _("Optional Sessions"),
			"fieldtype": "Int",
			"width": 90,
		},
		{
			"fieldname": "optional_attended",
			"label": _("Optional Sessions Attended"),
			"fieldtype": "Int",
			"width": 90,
		},
		{
			"fieldname": "limits_broken",
			"label": _("Contract Limits Broken"),
			"fieldtype": "Data",
			"width": 320,
		},
	]

# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _

from amif_network.adapters.problems import text as problem_text
from amif_network.rules import trajectory


def execute(filters=None):
	"""Enrolments that break the trajectory's rules, for the CPAS to mend; nothing is changed here.

	Enrolments are read with the user's permissions, so each CPAS sees its own records only.
	"""
	filters = frappe._dict(filters or {})
	return columns(), [
		{
			"cpas": breach.cpas,
			"participant": breach.participant,
			"record": breach.record,
			"problem": problem_text(breach.problem),
		}
		for breach in find_breaches(filters.get("cpas"))
	]


def find_breaches(cpas: str | None = None, ignore_permissions: bool = False) -> list[trajectory.Breach]:
	read = frappe.get_all if ignore_permissions else frappe.get_list
	conditions = {"cpas": cpas} if cpas else {}
	enrolments = read(
		"Module Enrolment",
		filters=conditions,
		fields=["name", "participant", "status", "survey_release_period", "drop_reason"],
		limit_page_length=0,
	)
	people = sorted({row.participant for row in enrolments})
	participants = (
		frappe.get_all(
			"Participant",
			filters={"name": ["in", people]},
			fields=["name", "cpas", "status", "anonymised"],
			ignore_permissions=True,
		)
		if people
		else []
	)
	return trajectory.trajectory_breaches(
		[trajectory.ParticipantFacts(p.name, p.cpas, p.status, bool(p.anonymised)) for p in participants],
		[
			trajectory.EnrolmentFacts(
				e.name, e.participant, e.status, bool(e.survey_release_period), e.drop_reason
			)
			for e in enrolments
		],
	)


def columns():
	return [
		{"fieldname": "cpas", "label": _("CPAS"), "fieldtype": "Link", "options": "CPAS", "width": 110},
		{
			"fieldname": "participant",
			"label": _("Participant"),
			"fieldtype": "Link",
			"options": "Participant",
			"width": 150,
		},
		{
			"fieldname": "record",
			"label": _("Enrolment"),
			"fieldtype": "Link",
			"options": "Module Enrolment",
			"width": 200,
		},
		{"fieldname": "problem", "label": _("What Breaks the Trajectory"), "fieldtype": "Data", "width": 480},
	]

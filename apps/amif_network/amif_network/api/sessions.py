"""Module sessions: a series planned at once, the weekly timetable (calendar view) and a new
session's register filled from the module's enrolments.

The reads and writes are in `amif_activities/sessions.py` and the Module Session controller; the
decisions in `rules/sessions.py`.
"""

import frappe

from amif_network.amif_activities import sessions as session_data
from amif_network.amif_activities.doctype.module_session import module_session
from amif_network.rules.sessions import WEEKLY


@frappe.whitelist()
def create_series(
	module: str,
	first_day: str,
	last_day: str,
	start_time: str,
	end_time: str,
	frequency: str = WEEKLY,
	closure_days: str | list | None = None,
	place: str | None = None,
	theme: str | None = None,
	trainers: str | list | None = None,
	sensitive_optional: int = 0,
) -> list[str]:
	"""Plan a weekly or fortnightly series of sessions of `module`, skipping closure days.

	Each session is saved with the user's own permissions, so the CPAS scope and every rule
	of a session apply; the series is saved whole or not at all.
	"""
	return session_data.create_series(
		module,
		first_day,
		last_day,
		start_time,
		end_time,
		frequency=frequency,
		closure_days=closure_days,
		place=place,
		theme=theme,
		trainers=trainers,
		sensitive_optional=sensitive_optional,
	)


@frappe.whitelist()
def get_events(start: str, end: str, filters: str | dict | list | None = None) -> list[dict]:
	"""Sessions between two dates for the calendar view, read with the user's permissions.

	frappe.get_list applies the CPAS scope, so a user sees only their own CPAS's timetable.
	"""
	return session_data.get_events(start, end, filters)


@frappe.whitelist()
def get_enrolled_participants(module: str, session_date: str) -> list[dict]:
	"""Participants actively enrolled in the module on the date, to fill a new register."""
	return module_session.get_enrolled_participants(module, session_date)

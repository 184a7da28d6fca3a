"""Sessions on a site: loading what the rules need in few queries, attendance flags, series.

The decisions live in amif_network.rules (attendance, group_size, sessions); this module only
reads and writes records, and renders the rules' problems in the user's language.
"""

import frappe
from frappe import _
from frappe.utils import get_datetime, get_time, getdate

from amif_network.adapters.problems import refuse
from amif_network.adapters.problems import text as problem_text
from amif_network.rules import attendance, contracts, group_size, scope, sessions

CONTRACT_DOCTYPE = "Participant Contract"
MODULE_CONTRACT = "Module"
THRESHOLD_FIELDS = (
	"min_attendance_rate",
	"max_unexcused_absences",
	"max_late_arrivals",
	"max_consecutive_absences",
	"late_period",
)


def _date(value):
	return getdate(value) if value else None


def may_override_cap(user: str | None = None) -> bool:
	roles = frappe.get_roles(user or frappe.session.user)
	return "CPAS Manager" in roles or scope.is_unrestricted(roles)


def load_enrolments(module: str, participants) -> list[attendance.Enrolment]:
	"""Every enrolment of these participants in the module, in one query."""
	participants = sorted({p for p in participants if p})
	if not module or not participants:
		return []
	rows = frappe.get_all(
		"Module Enrolment",
		filters={"module": module, "participant": ["in", participants]},
		fields=["name", "participant", "module", "status", "from_date", "to_date"],
		ignore_permissions=True,
	)
	return [
		attendance.Enrolment(
			row.name, row.participant, row.module, row.status, _date(row.from_date), _date(row.to_date)
		)
		for row in rows
	]


def load_rules(cpas: str) -> list[group_size.GroupSizeRule]:
	rows = frappe.get_all(
		"Group Size Rule",
		filters={"cpas": cpas},
		fields=["name", "valid_from", "valid_to", "max_participants", "per_trainers"],
		ignore_permissions=True,
	)
	return [
		group_size.GroupSizeRule(
			row.name,
			_date(row.valid_from),
			_date(row.valid_to),
			row.max_participants or 0,
			row.per_trainers or 1,
		)
		for row in rows
	]


def prime_link_cache(doctype: str, names) -> None:
	"""Tell Frappe's per-request value cache that these records exist.

	Link validation looks up each link value on its own (one query per attendance row); the
	session already read them in one query, so the rows are checked without asking again.
	"""
	for name in names:
		if name:
			frappe.db.value_cache[(doctype, name, "name")] = ((name,),)


def existing_users(users) -> list[str]:
	users = sorted({u for u in users if u})
	if not users:
		return []
	return frappe.get_all("User", filters={"name": ["in", users]}, pluck="name", ignore_permissions=True)


# --- attendance flags ------------------------------------------------------------------------


def _contract_meta_fields() -> list[str]:
	try:
		meta = frappe.get_meta(CONTRACT_DOCTYPE)  # cached, unlike a lookup of the DocType record
	except frappe.DoesNotExistError:
		return []
	return [field for field in THRESHOLD_FIELDS if meta.has_field(field)]


def load_thresholds(participants, on_date) -> dict:
	"""{participant: {module or None: [Thresholds]}} from the contracts in force on `on_date`.

	A module contract speaks for the enrolment in its module; the social-worker and intake
	contracts speak for the participant's attendance over all modules (key None).
	"""
	fields = _contract_meta_fields()
	if not fields or not participants:
		return {}
	meta = frappe.get_meta(CONTRACT_DOCTYPE)
	extra = [
		f
		for f in ("contract_type", "module", "signed_by_participant", "signed_on", "valid_until")
		if meta.has_field(f)
	]
	rows = frappe.get_all(
		CONTRACT_DOCTYPE,
		filters={"participant": ["in", sorted(participants)]},
		fields=["participant", *extra, *fields],
		ignore_permissions=True,
	)
	found = {}
	for row in rows:
		if "signed_by_participant" in extra and not row.signed_by_participant:
			continue
		if row.get("signed_on") and getdate(row.signed_on) > on_date:
			continue
		if row.get("valid_until") and getdate(row.valid_until) < on_date:
			continue
		limits = attendance.Thresholds(
			min_attendance_rate=_number(row.get("min_attendance_rate")),
			max_unexcused_absences=_number(row.get("max_unexcused_absences")),
			max_late_arrivals=_number(row.get("max_late_arrivals")),
			max_consecutive_absences=_number(row.get("max_consecutive_absences")),
			late_period=row.get("late_period") or None,
		)
		key = row.get("module") if row.get("contract_type") == MODULE_CONTRACT else None
		found.setdefault(row.participant, {}).setdefault(key, []).append(limits)
	return found


def _number(value):
	# Frappe stores an empty Int or Percent field as 0, so 0 cannot be told from "not set": it sets no limit.
	return value or None


def load_marks(participants) -> dict:
	"""{participant: {module: [Mark]}} over every recorded session, in one query."""
	if not participants:
		return {}
	rows = frappe.db.sql(
		"""select sa.participant, ms.module, ms.session_date, ms.start_time, sa.status, sa.late_minutes,
			ms.sensitive_optional
		from `tabSession Attendance` sa join `tabModule Session` ms on ms.name = sa.parent
		where sa.parenttype = 'Module Session' and sa.parentfield = 'attendance' and sa.participant in %(participants)s""",
		{"participants": tuple(sorted(participants))},
		as_dict=True,
	)
	marks = {}
	for row in rows:
		start = row.start_time
		mark = attendance.Mark(
			getdate(row.session_date),
			row.status,
			row.late_minutes or 0,
			(get_datetime(f"2000-01-01 {start}").time() if start is not None else None),
			bool(row.sensitive_optional),
		)
		marks.setdefault(row.participant, {}).setdefault(row.module, []).append(mark)
	return marks


def attendance_breaches(marks_by_module: dict, thresholds_by_module: dict, module_names: dict) -> list[str]:
	"""Translated lines naming each broken limit, per module contract and over all modules."""
	lines = []
	for module, limits in sorted(thresholds_by_module.items(), key=lambda item: item[0] or ""):
		if module is None:
			marks = [mark for module_marks in marks_by_module.values() for mark in module_marks]
			where = _("all modules")
		else:
			marks = marks_by_module.get(module, [])
			where = module_names.get(module) or module
		for problem in contracts.contract_breaches(marks, limits):
			lines.append(f"{where}: {problem_text(problem)}")
	return lines


def update_attendance_flags(participants) -> list[str]:
	"""Raise or lower each participant's attendance flag; returns the participants newly flagged.

	Raising the flag saves the Participant, so the standard Notification on that change tells
	the referring social worker. The flag is lowered again when a corrected register no longer
	breaks any limit.
	"""
	participants = sorted({p for p in participants if p})
	if not participants or not frappe.get_meta("Participant").has_field("attendance_flag"):
		return []
	thresholds = load_thresholds(participants, getdate())
	if not thresholds and not _any_flag_raised(participants):
		return []
	marks = load_marks(participants)
	modules = {module for by_module in marks.values() for module in by_module}
	module_names = (
		dict(
			frappe.get_all(
				"Activity Module",
				filters={"name": ["in", sorted(modules)]},
				fields=["name", "module_name_fr"],
				as_list=True,
				ignore_permissions=True,
			)
		)
		if modules
		else {}
	)
	current = {
		row.name: row
		for row in frappe.get_all(
			"Participant",
			filters={"name": ["in", participants]},
			fields=["name", "attendance_flag", "attendance_flag_reason"],
			ignore_permissions=True,
		)
	}
	flagged = []
	for participant in participants:
		lines = attendance_breaches(marks.get(participant, {}), thresholds.get(participant, {}), module_names)
		reason = "\n".join(lines)
		state = current.get(participant)
		if not state:
			continue
		if bool(lines) == bool(state.attendance_flag) and reason == (state.attendance_flag_reason or ""):
			continue
		doc = frappe.get_doc("Participant", participant)
		doc.attendance_flag = 1 if lines else 0
		doc.attendance_flag_reason = reason
		doc.flags.ignore_permissions = True
		doc.save()
		if lines and not state.attendance_flag:
			flagged.append(participant)
	return flagged


def _any_flag_raised(participants) -> bool:
	return bool(
		frappe.get_all(
			"Participant",
			filters={"name": ["in", participants], "attendance_flag": 1},
			limit=1,
			pluck="name",
			ignore_permissions=True,
		)
	)


# --- series ----------------------------------------------------------------------------------


def create_series(
	module: str,
	first_day: str,
	last_day: str,
	start_time: str,
	end_time: str,
	frequency: str = sessions.WEEKLY,
	closure_days: str | list | None = None,
	place: str | None = None,
	theme: str | None = None,
	trainers: str | list | None = None,
	sensitive_optional: int = 0,
) -> list[str]:
	frappe.has_permission("Module Session", "create", throw=True)
	closure = [getdate(day) for day in _as_list(closure_days) if day]
	first, last = _date(first_day), _date(last_day)
	refuse(sessions.series_problems(first, last, frequency), title=_("Series not created"))
	days = sessions.series_dates(first, last, frequency, closure)
	refuse([sessions.series_length_problem(days)], title=_("Series not created"))
	trainers = [t for t in _as_list(trainers) if t]
	names = []
	for day in days:
		doc = frappe.get_doc(
			{
				"doctype": "Module Session",
				"module": module,
				"session_date": day,
				"start_time": start_time,
				"end_time": end_time,
				"place": place,
				"theme": theme,
				"sensitive_optional": 1 if frappe.utils.cint(sensitive_optional) else 0,
				"trainers": [{"trainer": trainer} for trainer in trainers],
			}
		)
		doc.insert()
		names.append(doc.name)
	return names


def _as_list(value) -> list:
	if not value:
		return []
	if isinstance(value, str):
		value = value.strip()
		if value.startswith("["):
			value = frappe.parse_json(value)
		else:
			return [line.strip() for line in value.replace(",", "\n").splitlines() if line.strip()]
	return [item.get("day") or item.get("trainer") if isinstance(item, dict) else item for item in value]


# --- weekly timetable ------------------------------------------------------------------------


def get_events(start: str, end: str, filters: str | dict | list | None = None) -> list[dict]:
	# frappe.get_list applies the CPAS scope, so a user sees only their own CPAS's timetable.
	conditions = frappe.parse_json(filters) if filters else []
	if isinstance(conditions, dict):
		conditions = [["Module Session", key, "=", value] for key, value in conditions.items()]
	conditions = [*conditions, ["Module Session", "session_date", "between", [getdate(start), getdate(end)]]]
	rows = frappe.get_list(
		"Module Session",
		filters=conditions,
		fields=[
			"name",
			"module_name",
			"theme",
			"kind",
			"place",
			"session_date",
			"start_time",
			"end_time",
			"cpas",
			"sensitive_optional",
			"cancelled",
		],
		order_by="session_date asc, start_time asc",
		limit_page_length=0,
	)
	events = []
	for row in rows:
		marks = [_("Optional") if row.sensitive_optional else None, _("Cancelled") if row.cancelled else None]
		title = " · ".join(part for part in (row.module_name, row.theme, row.place, *marks) if part)
		events.append(
			{
				"name": row.name,
				"title": title,
				"start": f"{row.session_date} {_clock(row.start_time)}",
				"end": f"{row.session_date} {_clock(row.end_time)}",
				"all_day": 0,
				"kind": row.kind,
				"cpas": row.cpas,
				"sensitive_optional": row.sensitive_optional,
				"cancelled": row.cancelled,
			}
		)
	return events


def _clock(value) -> str:
	"""A Time column as HH:MM:SS (the database gives a timedelta, printed without a leading zero)."""
	return get_time(value).strftime("%H:%M:%S")

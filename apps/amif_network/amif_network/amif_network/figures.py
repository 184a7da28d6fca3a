"""Dashboard figures: a CPAS's own exact figures, and the network's, protected by disclosure control.

Every figure shown to the SPP comes from `network_figures`. Its counts are gathered into the
publications of `rules.network_publication` (people: status and referrals of every quarter; funnel:
every quarter's, campaign by campaign; period: a quarter's attendance and surveys), each protected as a whole by `rules.disclosure`
together with the release shown before it (kept in the database), and rates are shown only when
their numerator and base passed the audit. A CPAS user gets the exact figures of the CPAS they are
bound to.
"""

import base64
import json
import zlib
from datetime import date, timedelta

import frappe
from frappe import _
from frappe.utils import add_days, getdate, today

from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules import disclosure, funnel, network_counts, network_publication, scope
from amif_network.rules.aggregates import PARTICIPANT_STATUSES

NETWORK_FIGURE_ROLES = (scope.SPP_ROLE, "System Manager", "CPAS Manager")


# --- who sees what --------------------------------------------------------------------------------


def sees_network() -> bool:
	"""The SPP and administrators see every CPAS; a CPAS user only the CPAS they are bound to."""
	roles = frappe.get_roles()
	return scope.is_unrestricted(roles) or scope.SPP_ROLE in roles


def needs_protection() -> bool:
	"""Exact figures for administrators and a CPAS's own users; protected ones for the SPP."""
	roles = frappe.get_roles()
	return not scope.is_unrestricted(roles)


def cpas_rows() -> list[str]:
	return network_cpas() if sees_network() else sorted(bound_cpas())


def network_cpas() -> list[str]:
	"""The five network CPAS, then their partners."""
	main = frappe.get_all(
		"CPAS", filters={"partner_of": ("is", "not set")}, pluck="name", order_by="name asc"
	)
	partners = frappe.get_all(
		"CPAS", filters={"partner_of": ("is", "set")}, pluck="name", order_by="name asc"
	)
	return main + partners


# --- quarters -------------------------------------------------------------------------------------


def quarter_of(day: date) -> str:
	return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def quarter_bounds(label: str) -> tuple[date, date]:
	try:
		year, quarter = int(label[:4]), int(label[-1])
		if label[4:6] != "-Q" or not 1 <= quarter <= 4:
			raise ValueError
	except (TypeError, ValueError):
		frappe.throw(_("A quarter reads like 2026-Q4."), frappe.ValidationError)
	start = date(year, 3 * quarter - 2, 1)
	end = date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1) - timedelta(days=1)
	return start, end


def recent_quarters(count: int = 8) -> list[str]:
	day, quarters = getdate(today()), []
	for _step in range(count):
		quarters.append(quarter_of(day))
		day = quarter_bounds(quarter_of(day))[0] - timedelta(days=1)
	return quarters


# --- counts (exact; only aggregated, never a row about a person) ---------------------------------


def _by_cpas(rows, cpas_list, width: int) -> list[list[int]]:
	index = {code: i for i, code in enumerate(cpas_list)}
	table = [[0] * width for _code in cpas_list]
	for code, column, count in rows:
		if code in index and column is not None:
			table[index[code]][column] += int(count or 0)
	return table


def status_counts(cpas_list) -> list[list[int]]:
	rows = frappe.db.sql(
		"select cpas, status, count(*) from `tabParticipant` where cpas in %(cpas)s group by cpas, status",
		{"cpas": tuple(cpas_list)},
	)
	position = {status: i for i, status in enumerate(PARTICIPANT_STATUSES)}
	return _by_cpas(((c, position.get(s), n) for c, s, n in rows), cpas_list, len(PARTICIPANT_STATUSES))


def referral_counts(cpas_list, start: date, end: date) -> list[list[int]]:
	rows = frappe.db.sql(
		"""select cpas, 0, count(*) from `tabParticipant`
		where cpas in %(cpas)s and referral_date between %(start)s and %(end)s group by cpas""",
		{"cpas": tuple(cpas_list), "start": start, "end": end},
	)
	return _by_cpas(rows, cpas_list, 1)


def referral_quarter_counts(cpas_list) -> tuple[list[str], list[list[int]]]:
	"""New referrals per CPAS for every quarter from the first one to the current one."""
	rows = frappe.db.sql(
		"""select cpas, year(referral_date), quarter(referral_date), count(*) from `tabParticipant`
		where cpas in %(cpas)s and referral_date is not null
		group by cpas, year(referral_date), quarter(referral_date)""",
		{"cpas": tuple(cpas_list)},
	)
	index = {code: i for i, code in enumerate(cpas_list)}
	labels = [quarter_of(getdate(today()))] + [
		f"{int(year)}-Q{int(quarter)}" for _c, year, quarter, _n in rows
	]
	quarters = quarter_range(min(labels), max(labels))
	position = {label: j for j, label in enumerate(quarters)}
	table = [[0] * len(quarters) for _code in cpas_list]
	for code, year, quarter, n in rows:
		table[index[code]][position[f"{int(year)}-Q{int(quarter)}"]] += int(n)
	return quarters, table


def quarter_range(first: str, last: str) -> list[str]:
	quarters, label = [], first
	while label <= last:
		quarters.append(label)
		label = quarter_of(quarter_bounds(label)[1] + timedelta(days=1))
	return quarters


def attendance_counts(cpas_list, start: date, end: date) -> list[list[int]]:
	"""Attended (present or late) and absent register lines per CPAS; excused lines do not count."""
	# Each session keeps its register counts: a quarter sums thousands of sessions, not a million lines.
	rows = frappe.db.sql(
		"""select cpas, sum(present_count), sum(late_count), sum(excused_count), sum(absent_count)
		from `tabModule Session`
		where cpas in %(cpas)s and session_date between %(start)s and %(end)s
		group by cpas""",
		{"cpas": tuple(cpas_list), "start": start, "end": end},
	)
	parts = []
	for code, present, late, excused, absent in rows:
		attended, not_attended = network_counts.attendance_parts(present, late, excused, absent)
		parts += [(code, 0, attended), (code, 1, not_attended)]
	return _by_cpas(parts, cpas_list, 2)


def fill_register_counts(sessions=None):
	"""Each session's register counts from its register lines (all sessions, or those named)."""
	condition = "where s.name in %(sessions)s" if sessions else ""
	frappe.db.sql(
		f"""update `tabModule Session` s left join (
			select parent, sum(status = 'Present') present, sum(status = 'Late') late,
				sum(status = 'Excused') excused, sum(status = 'Absent') absent
			from `tabSession Attendance` where parenttype = 'Module Session' group by parent
		) c on c.parent = s.name
		set s.present_count = ifnull(c.present, 0), s.late_count = ifnull(c.late, 0),
			s.excused_count = ifnull(c.excused, 0), s.absent_count = ifnull(c.absent, 0)
		{condition}""",
		{"sessions": tuple(sessions or ())},
	)


# Composite indexes the figures read (Frappe's search_index makes single-column ones only).
# (doctype, columns, index name or None for Frappe's default name of joined columns).
FIGURE_INDEXES = (
	("Session Attendance", ("parent", "status"), None),
	("Participant", ("cpas", "status"), None),
	# New referrals of a quarter are counted from the index alone.
	("Participant", ("cpas", "referral_date"), None),
	# The joined columns would pass MariaDB's 64-character limit for a name.
	(
		"Module Session",
		("session_date", "cpas", "present_count", "late_count", "excused_count", "absent_count"),
		"session_register_counts_index",
	),
)


def add_figure_indexes():
	"""after_migrate: the indexes behind the dashboards' group-by counts."""
	for doctype, columns, index_name in FIGURE_INDEXES:
		if frappe.db.table_exists(doctype):
			frappe.db.add_index(doctype, list(columns), index_name)


def funnel_counts(cpas_list, start: date, end: date) -> list[list[int]]:
	"""Stage counts of the campaigns running during the period, per CPAS."""
	sums = ", ".join(f"sum(ifnull({stage}, 0))" for stage in funnel.STAGES)
	rows = frappe.db.sql(
		f"""select cpas, {sums} from `tabRecruitment Campaign`
		where cpas in %(cpas)s and from_date <= %(end)s and to_date >= %(start)s group by cpas""",
		{"cpas": tuple(cpas_list), "start": start, "end": end},
	)
	index = {code: i for i, code in enumerate(cpas_list)}
	table = [[0] * len(funnel.STAGES) for _code in cpas_list]
	for code, *values in rows:
		table[index[code]] = [int(v or 0) for v in values]
	return table


def survey_counts(cpas_list, start: date, end: date):
	"""Satisfaction surveys answered per CPAS, and per CPAS the (positive, answered) face answers
	behind its satisfaction share; None while the survey DocType is not on the site."""
	if not frappe.db.table_exists("Survey Response") or not frappe.db.table_exists("Survey Release Period"):
		return None
	# A response is filed under its release period, never its day, and counts once released
	# (batches of at least five per module): the quarter is the one its period starts in.
	rows = frappe.db.sql(
		"""select r.cpas, r.name, a.answer_kind, a.answer
		from `tabSurvey Response` r
		join `tabSurvey Release Period` p on p.name = r.release_period
		left join `tabSurvey Answer` a on a.parent = r.name and a.parenttype = 'Survey Response'
		where r.cpas in %(cpas)s and r.released = 1 and p.start_date between %(first)s and %(last)s""",
		{"cpas": tuple(cpas_list), "first": start, "last": end},
	)
	responses, answers, per_response = {}, {}, {}
	for code, response, kind, answer in rows:
		responses.setdefault(code, set()).add(response)
		answers.setdefault(code, []).append((kind, answer))
		per_response.setdefault(code, {}).setdefault(response, []).append((kind, answer))
	cells = _by_cpas(((code, 0, len(names)) for code, names in responses.items()), cpas_list, 1)
	parts = [network_counts.satisfaction_counts(answers.get(code, ())) for code in cpas_list]
	# The fewest and the most face answers a response of the CPAS holds (the templates are public).
	faces = []
	for code in cpas_list:
		counted = [network_counts.satisfaction_counts(a)[1] for a in per_response.get(code, {}).values()]
		faces.append((min(counted), max(counted)) if counted else (0, 0))
	return cells, parts, faces


# --- the network's figures ------------------------------------------------------------------------


# A dashboard asks for the same quarter's figures once per card and chart: each publication is
# kept a few minutes, per protection and set of CPAS (so an exact view is never served protected or
# the other way round), and a card computes only the publication it shows.
FIGURES_CACHE_SECONDS = 300
TABLES = ("status", "referrals", "attendance", "funnel", "surveys")
PEOPLE_TABLES = ("status", "referrals")
PERIOD_TABLES = ("attendance", "surveys")
FIGURE_TABLES = {
	"active": "status",
	"new_referrals": "referrals",
	"attendance_rate": "attendance",
	"turnout": "funnel",
}
# The release last shown for each publication, kept in the database (Frappe's DefaultValue rows
# under this parent, never sent to a browser): the next release is audited together with it.
RELEASES_PARENT = "__amif_network_releases"


def network_figures(quarter: str | None = None, tables=TABLES) -> dict:
	"""The network dashboard's tables for one quarter, protected unless the viewer may see all."""
	quarter = quarter or quarter_of(getdate(today()))
	cpas_list = cpas_rows()
	protect = needs_protection() and sees_network()
	return _figures(quarter, cpas_list, protect, tables)


def network_figures_of(cpas_list: list[str], tables=TABLES, quarter: str | None = None) -> dict:
	"""The SPP's protected figures of these CPAS (for a report that lists them itself)."""
	return _figures(quarter or quarter_of(getdate(today())), cpas_list, True, tables)


def _figures(quarter: str, cpas_list: list[str], protect: bool, tables, refresh: bool = False) -> dict:
	quarter_bounds(quarter)  # a clear message for a malformed quarter
	shown = {}
	if cpas_list and any(name in PEOPLE_TABLES for name in tables):
		people = _cached(
			f"people:{int(protect)}:{','.join(cpas_list)}", refresh, lambda: _people(cpas_list, protect)
		)
		if "status" in tables:
			shown["status"] = people["status"]
		if "referrals" in tables:
			shown["referrals"] = _quarter_column(people["referrals"], people["quarters"], quarter)
	if cpas_list and "funnel" in tables:
		funnels = _cached(
			f"funnel:{int(protect)}:{','.join(cpas_list)}", refresh, lambda: _funnel(cpas_list, protect)
		)
		shown["funnel"] = funnels.get(quarter) or _no_campaign(len(cpas_list))
	if cpas_list and any(name in PERIOD_TABLES for name in tables):
		period = _cached(
			f"period:{quarter}:{int(protect)}:{','.join(cpas_list)}",
			refresh,
			lambda: _period(quarter, cpas_list, protect),
		)
		shown.update(
			{name: table for name, table in period.items() if name in tables or name == "satisfaction"}
		)
		if "surveys" not in tables:
			shown.pop("satisfaction", None)
	return {"quarter": quarter, "cpas": cpas_list, "tables": shown, "protected": protect}


def _cached(name: str, refresh: bool, compute):
	key = f"amif_network:figures:v3:{name}"
	value = None if refresh else frappe.cache.get_value(key)
	if value is None:
		value = compute()
		frappe.cache.set_value(key, value, expires_in_sec=FIGURES_CACHE_SECONDS)
	return value


def _shown(publication, layouts: dict, protect: bool, component: str) -> dict:
	"""The tables as shown: exact, or protected together with the release shown before."""
	if not protect:
		return {name: layout.exact(publication) for name, layout in layouts.items()}
	earlier = _earlier_release(component)
	protection, release = network_publication.protect_release(publication, earlier)
	if release != earlier:
		_store_release(component, release)
	return {name: layout.shown(publication, protection.hidden) for name, layout in layouts.items()}


def _people(cpas_list: list[str], protect: bool) -> dict:
	quarters, referrals = referral_quarter_counts(cpas_list)
	status = status_counts(cpas_list)
	# Participants without a referral date (or with a status outside the table) count on one side.
	undated = [sum(line) - sum(dated) for line, dated in zip(status, referrals, strict=True)]
	counts = network_publication.PeopleCounts(
		status=status, quarters=quarters, referrals=referrals, undated=undated, cpas=cpas_list
	)
	publication, layouts = network_publication.people_publication(counts)
	shown = _shown(publication, layouts, protect, f"people:{','.join(cpas_list)}")
	return {**shown, "quarters": quarters}


def _quarter_column(referrals: disclosure.ProtectedTable, quarters: list[str], quarter: str):
	"""One quarter's new referrals per CPAS, with the network's, as a one-column table."""
	if quarter in quarters:
		j = quarters.index(quarter)
		cells = tuple((line[j],) for line in referrals.cells)
		total = referrals.column_totals[j]
	else:  # before the first referral, or ahead: nobody
		cells, total = tuple((0,) for _line in referrals.cells), 0
	return disclosure.ProtectedTable(
		cells=cells, row_totals=tuple(line[0] for line in cells), column_totals=(total,), grand_total=total
	)


def campaigns_by_quarter(cpas_list) -> tuple[list[str], list[network_publication.Campaign]]:
	"""Every recruitment campaign of these CPAS with the quarters it runs in, and those quarters."""
	stages = ", ".join(f"ifnull({stage}, 0)" for stage in funnel.STAGES)
	rows = frappe.db.sql(
		f"""select name, cpas, from_date, to_date, {stages} from `tabRecruitment Campaign`
		where cpas in %(cpas)s and from_date is not null and to_date is not null order by name""",
		{"cpas": tuple(cpas_list)},
	)
	index = {code: i for i, code in enumerate(cpas_list)}
	campaigns, quarters = [], set()
	for name, code, start, end, *values in rows:
		running = quarter_range(quarter_of(getdate(start)), quarter_of(getdate(end)))
		quarters.update(running)
		campaigns.append(network_publication.Campaign(name, index[code], running, [int(v) for v in values]))
	return sorted(quarters), campaigns


def _funnel(cpas_list: list[str], protect: bool) -> dict:
	"""The funnel of every quarter a campaign runs in, protected together (a campaign counts in
	each of its quarters)."""
	quarters, campaigns = campaigns_by_quarter(cpas_list)
	publication, layouts = network_publication.funnel_publication(cpas_list, quarters, campaigns)
	return _shown(publication, layouts, protect, f"funnel:{','.join(cpas_list)}")


def _no_campaign(rows: int) -> disclosure.ProtectedTable:
	width = len(funnel.STAGES)
	return disclosure.ProtectedTable(
		cells=((0,) * width,) * rows, row_totals=(None,) * rows, column_totals=(0,) * width, grand_total=None
	)


def _period(quarter: str, cpas_list: list[str], protect: bool) -> dict:
	start, end = quarter_bounds(quarter)
	surveys = survey_counts(cpas_list, start, end)
	counts = network_publication.PeriodCounts(
		attendance=attendance_counts(cpas_list, start, end),
		cpas=cpas_list,
	)
	if surveys is not None:
		cells, parts, faces = surveys
		counts.responses = [line[0] for line in cells]
		counts.answers = [(positive, answered - positive) for positive, answered in parts]
		counts.answers_per_response = faces
	publication, layouts = network_publication.period_publication(counts)
	shown = _shown(publication, layouts, protect, f"period:{quarter}:{','.join(cpas_list)}")
	if surveys is not None:
		answers, responses = shown.pop("answers"), shown["surveys"]
		shown["satisfaction"] = (
			*(network_publication.share(answers, responses, i) for i in range(len(cpas_list))),
			network_publication.share(answers, responses, None),
		)
	return shown


def _earlier_release(component: str) -> dict | None:
	stored = frappe.db.get_default(component, parent=RELEASES_PARENT)
	if not stored:
		return None
	try:
		return json.loads(zlib.decompress(base64.b64decode(stored)))
	except (ValueError, zlib.error):
		return None


def _store_release(component: str, release: dict):
	packed = base64.b64encode(zlib.compress(json.dumps(release, separators=(",", ":")).encode())).decode()
	frappe.db.set_default(component, packed, parent=RELEASES_PARENT)
	# What was shown is shown: the release must be on record even when the request only reads.
	frappe.db.commit()


def refresh_network_figures():
	"""scheduler: the SPP's figures of the current quarter, computed before anyone opens them."""
	_figures(quarter_of(getdate(today())), network_cpas(), True, TABLES, refresh=True)


def clear_figures_cache():
	frappe.cache.delete_keys("amif_network:figures:")


def attendance_rate(attendance: disclosure.ProtectedTable, row: int | None) -> float | None:
	"""Attended share of register lines; `row` None for the network."""
	if row is None:
		return disclosure.protected_rate(attendance.column_totals[0], attendance.grand_total)
	return disclosure.protected_rate(attendance.cells[row][0], attendance.row_totals[row])


def funnel_line(funnel_table: disclosure.ProtectedTable, row: int | None) -> dict:
	values = funnel_table.column_totals if row is None else funnel_table.cells[row]
	counts = dict(zip(funnel.STAGES, values, strict=True))
	# The first stage counted (a typed 0 is "not counted"); a hidden one hides the conversion.
	first = next((s for s in funnel.STAGES[:2] if counts[s] != 0), None)
	return {
		**counts,
		"turnout": disclosure.protected_rate(counts["came"], counts["invited"]),
		# Campaigns typed as numbers often leave enrolments uncounted (0): no rate rather than 0 %.
		"conversion": disclosure.protected_rate(counts["enrolled"], counts[first])
		if first and counts["enrolled"]
		else None,
	}


def report_lines(figures: dict) -> list[dict]:
	"""One line per CPAS and one for the network, as the network dashboard report shows them."""
	tables = figures["tables"]
	lines = []
	for i, code in enumerate([*figures["cpas"], None]):
		row = None if code is None else i
		line = {"cpas": code or _("Network"), "quarter": figures["quarter"]}
		if "status" in tables:
			status = tables["status"]
			values = status.column_totals if row is None else status.cells[row]
			for status_name, value in zip(PARTICIPANT_STATUSES, values, strict=True):
				line[status_name.lower().replace(" ", "_")] = value
			line["total"] = status.grand_total if row is None else status.row_totals[row]
		if "referrals" in tables:
			referrals = tables["referrals"]
			line["new_referrals"] = referrals.column_totals[0] if row is None else referrals.cells[row][0]
		if "attendance" in tables:
			line["attendance_rate"] = attendance_rate(tables["attendance"], row)
		if "funnel" in tables:
			line.update({f"funnel_{k}": v for k, v in funnel_line(tables["funnel"], row).items()})
		if "surveys" in tables:
			surveys = tables["surveys"]
			line["survey_responses"] = surveys.grand_total if row is None else surveys.cells[row][0]
			line["satisfaction"] = tables["satisfaction"][-1 if row is None else row]
		lines.append(line)
	return lines


def network_total(figures: dict, figure: str):
	"""One network-wide figure, as protected as the table it comes from."""
	tables = figures["tables"]
	if not tables:
		return None
	if figure == "active":
		return tables["status"].column_totals[PARTICIPANT_STATUSES.index("Active")]
	if figure == "new_referrals":
		return tables["referrals"].grand_total
	if figure == "attendance_rate":
		return attendance_rate(tables["attendance"], None)
	if figure == "turnout":
		return funnel_line(tables["funnel"], None)["turnout"]
	raise ValueError(figure)


# --- number cards (Custom; their whitelisted methods are in api/figures.py) -----------------------


def _card(value, fieldtype: str = "Int", missing: str = disclosure.HIDDEN_MARK):
	if value is None:
		return missing
	return {"value": value, "fieldtype": fieldtype}


def network_card(figure: str, fieldtype: str = "Int"):
	"""A network figure's number card, protected; for the network roles only."""
	frappe.only_for(NETWORK_FIGURE_ROLES)
	return _card(network_total(network_figures(tables=(FIGURE_TABLES[figure],)), figure), fieldtype)


def cpas_attendance_rate():
	cpas_list = bound_cpas() if not scope.is_unrestricted(frappe.get_roles()) else cpas_rows()
	if not cpas_list:
		return _card(None, missing="-")
	end = getdate(today())
	counts = attendance_counts(cpas_list, end - timedelta(days=27), end)
	attended = sum(row[0] for row in counts)
	return _card(funnel.rate(attended, attended + sum(row[1] for row in counts)), "Percent", missing="-")


def cpas_funnel_conversion():
	campaigns = frappe.get_list(
		"Recruitment Campaign",
		fields=["name", "from_date", "to_date", "counted_from", *funnel.STAGES],
		order_by="from_date desc",
	)
	for campaign in campaigns:
		campaign["from_date"], campaign["to_date"] = getdate(campaign.from_date), getdate(campaign.to_date)
	running = funnel.running_campaign(campaigns, getdate(today()))
	if not running:
		return _card(None, missing="-")
	counts = funnel.known_counts(running, running["counted_from"])
	return _card(funnel.overall_conversion(counts)[1], "Percent", missing="-")

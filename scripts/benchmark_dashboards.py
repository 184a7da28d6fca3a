#!/usr/bin/env python3
"""What the dashboards cost: a benchmark to run by hand, not a test.

On a site holding 100,000 participants and 1,000,000 attendance lines over the five network CPAS
(with enrolments, intakes and recruitment campaigns, spread over the real statuses and dates),
it prints the median and p95 of:
1. every number card and chart of the CPAS dashboard, as a CPAS user (target: 300 ms each);
2. every number card and chart of the network dashboard and the network report, as the SPP
   (target: 300 ms each, the whole dashboard 1.5 s);
3. as a CPAS user, the participant, enrolment and session lists filtered by each of their statuses
   (sessions: each kind) and sorted by date, as the desk asks them (target: 50 ms each);
4. the information disclosure control loses on the SPP's figures (figures, cells and people hidden),
   today's (everything published together, secondary cells by cost) beside the former table-by-table
   method (scripts/former_disclosure.py), and the time today's takes to protect them afresh.

The partner CPAS get a few participants each (Binche 3, Schoten 9, Edegem 17, Mortsel 40), as small
CPAS have, so that the network figures hold small counts to protect. The releases of the network
figures that the site keeps are saved before the run and put back after it.

Missing benchmark data is bulk-inserted with SQL, with names starting with BENCH-DASH- so that
`--remove` deletes it again. Use a site of its own.

Run it with the bench's Python, from the repository root:
	<bench>/env/bin/python scripts/benchmark_dashboards.py --bench <bench folder> --site <site> [--remove]
"""

import argparse
import json
import os
import random
import statistics
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from site_session import connect

ROOT = Path(__file__).resolve().parents[1]
NETWORK_CPAS = ("GENT", "LIEGE", "CHARLEROI", "ANTWERPEN", "BRUXELLES")
PREFIX = "BENCH-DASH-"
CPAS_USER = "benchmark.dashboard.cpas@amif.invalid"
SPP_USER = "benchmark.dashboard.spp@amif.invalid"
USER_CPAS = "LIEGE"
ATTENDANCE_PER_SESSION = 20
FUNNEL_STAGES = ["listed", "kept", "invited", "came", "enrolled"]
# Small partner CPAS, as the network has them: their counts are what disclosure control protects.
PARTNER_PARTICIPANTS = {"BINCHE": 3, "SCHOTEN": 9, "EDEGEM": 17, "MORTSEL": 40}

# A realistic spread: most trajectories have ended, a fifth are running, few wait for an intake.
PARTICIPANT_STATUSES = {"Referred": 6, "In intake": 4, "Active": 20, "Completed": 50, "Withdrawn": 20}
ENROLMENT_STATUSES = {"Proposed": 8, "Active": 25, "Completed": 52, "Dropped": 15}
ATTENDANCE_STATUSES = {"Present": 74, "Late": 8, "Excused": 8, "Absent": 10}
INTAKE_STATES = {"Draft": 5, "Pending approval": 3, "Sent back": 2, "Approved": 80, "Rejected": 10}
SESSION_KINDS = {
	"Collective workshop": 45,
	"Individual follow-up": 25,
	"Collective coaching": 10,
	"Language course": 12,
	"Information session": 4,
	"Outing": 4,
}

CPAS_CARDS = (
	"Active participants",
	"Intakes awaiting approval",
	"Sessions this week",
	"Attendance rate over four weeks",
	"Participants flagged by their contract",
	"Funnel conversion of the running campaign",
)
CPAS_CHARTS = ("Sessions per week", "Participants by status", "Recruitment funnel")
NETWORK_CARDS = (
	"Active participants in the network",
	"New referrals this quarter",
	"Network attendance rate this quarter",
	"Network information session turnout",
)
NETWORK_CHARTS = ("Network participants by CPAS", "Network attendance rate by CPAS")


def parse_args():
	parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	parser.add_argument("--bench", default=os.environ.get("AMIF_BENCH"), help="bench folder (or AMIF_BENCH)")
	parser.add_argument("--site", default=os.environ.get("AMIF_SITE"), help="site name (or AMIF_SITE)")
	parser.add_argument("--participants", type=int, default=100_000)
	parser.add_argument("--attendance", type=int, default=1_000_000)
	parser.add_argument("--repeat", type=int, default=30, help="timed calls per measurement")
	parser.add_argument("--remove", action="store_true", help="delete the benchmark's data and users")
	args = parser.parse_args()
	if not args.bench or not args.site:
		parser.error("give the bench folder and the site (--bench/--site or AMIF_BENCH/AMIF_SITE)")
	return args


def spread(rng: random.Random, weights: dict) -> str:
	return rng.choices(list(weights), weights=list(weights.values()))[0]


def median_p95(times) -> tuple[float, float]:
	ordered = sorted(times)
	return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# --- data ------------------------------------------------------------------------------------------


def insert_rows(frappe, table: str, columns: list[str], rows: list[list], batch: int = 5000):
	sql = f"insert into `{table}` ({', '.join(f'`{c}`' for c in columns)}) values "
	for start in range(0, len(rows), batch):
		chunk = rows[start : start + batch]
		placeholders = ", ".join("(" + ", ".join(["%s"] * len(columns)) + ")" for _ in chunk)
		frappe.db.sql(sql + placeholders, [v for row in chunk for v in row])
	frappe.db.commit()


def stamp_columns(moment: datetime) -> list:
	return [moment, moment, "Administrator", "Administrator"]


STAMP = ["creation", "modified", "modified_by", "owner"]


def ensure_users(frappe):
	from frappe.utils.password import update_password

	from amif_network.permissions.cpas_scope import clear_binding_cache

	for email, roles in ((CPAS_USER, ["CPAS Manager", "CPAS Staff"]), (SPP_USER, ["AMIF Network Manager"])):
		if not frappe.db.exists("User", email):
			frappe.get_doc(
				{
					"doctype": "User",
					"email": email,
					"first_name": "Benchmark",
					"send_welcome_email": 0,
					"roles": [{"role": r} for r in roles],
				}
			).insert(ignore_permissions=True)
		update_password(email, frappe.generate_hash())
	if not frappe.db.exists("CPAS Membership", {"user": CPAS_USER, "cpas": USER_CPAS}):
		frappe.get_doc({"doctype": "CPAS Membership", "user": CPAS_USER, "cpas": USER_CPAS}).insert(
			ignore_permissions=True
		)
	clear_binding_cache()
	frappe.db.commit()


def ensure_modules(frappe) -> dict[str, str]:
	modules = {}
	for cpas in NETWORK_CPAS:
		name = frappe.db.get_value("Activity Module", {"cpas": cpas, "module_name_fr": PREFIX + cpas}, "name")
		if not name:
			name = (
				frappe.get_doc(
					{
						"doctype": "Activity Module",
						"cpas": cpas,
						"module_name_fr": PREFIX + cpas,
						"kind": "Collective workshop",
					}
				)
				.insert(ignore_permissions=True)
				.name
			)
		modules[cpas] = name
	frappe.db.commit()
	return modules


def ensure_data(frappe, participants: int, attendance: int) -> str:
	from amif_network.demo import load_records

	load_records(ROOT / "fixtures" / "01_cpas.json")
	ensure_users(frappe)
	have = frappe.db.sql(f"select count(*) from `tabParticipant` where name like '{PREFIX}P-%%'")[0][0]
	if have >= participants:
		return f"benchmark data present ({have} participants)"
	rng = random.Random(11)
	today = date.today()
	modules = ensure_modules(frappe)
	started = time.perf_counter()

	# Participants, referred over the last four years.
	people = {cpas: [] for cpas in NETWORK_CPAS}
	rows = []
	for number in range(participants):
		cpas = NETWORK_CPAS[number % len(NETWORK_CPAS)]
		referral = today - timedelta(days=rng.randint(0, 4 * 365))
		status = spread(rng, PARTICIPANT_STATUSES)
		name = f"{PREFIX}P-{number:06d}"
		people[cpas].append(name)
		moment = datetime.combine(referral, datetime.min.time()) + timedelta(minutes=rng.randint(480, 1000))
		rows.append(
			[
				name,
				*stamp_columns(moment),
				cpas,
				"Bench",
				f"Person {number:06d}",
				f"Bench Person {number:06d}",
				status,
				referral,
				1 if status == "Active" and rng.random() < 0.08 else 0,
			]
		)
	insert_rows(
		frappe,
		"tabParticipant",
		[
			"name",
			*STAMP,
			"cpas",
			"first_name",
			"last_name",
			"full_name",
			"status",
			"referral_date",
			"attendance_flag",
		],
		rows,
	)

	# The partner CPAS: a few participants each, referred over the same four years.
	rows = []
	for cpas, number in PARTNER_PARTICIPANTS.items():
		for k in range(number):
			referral = today - timedelta(days=rng.randint(0, 4 * 365))
			moment = datetime.combine(referral, datetime.min.time())
			status = spread(rng, PARTICIPANT_STATUSES)
			rows.append(
				[
					f"{PREFIX}PP-{cpas}-{k:03d}",
					*stamp_columns(moment),
					cpas,
					"Bench",
					f"Partner {k:03d}",
					f"Bench Partner {k:03d}",
					status,
					referral,
					0,
				]
			)
	insert_rows(
		frappe,
		"tabParticipant",
		[
			"name",
			*STAMP,
			"cpas",
			"first_name",
			"last_name",
			"full_name",
			"status",
			"referral_date",
			"attendance_flag",
		],
		rows,
	)

	# Enrolments: one or two per participant.
	rows = []
	for cpas, names in people.items():
		for person in names:
			for _k in range(rng.choice((1, 1, 2))):
				start = today - timedelta(days=rng.randint(0, 4 * 365))
				rows.append(
					[
						f"{PREFIX}E-{len(rows):07d}",
						*stamp_columns(datetime.combine(start, datetime.min.time())),
						person,
						cpas,
						modules[cpas],
						spread(rng, ENROLMENT_STATUSES),
						start,
						start + timedelta(days=300),
					]
				)
	insert_rows(
		frappe,
		"tabModule Enrolment",
		["name", *STAMP, "participant", "cpas", "module", "status", "from_date", "to_date"],
		rows,
	)

	# Intakes: one for most participants.
	rows = []
	for cpas, names in people.items():
		for person in names[: int(len(names) * 0.8)]:
			state = spread(rng, INTAKE_STATES)
			day = today - timedelta(days=rng.randint(0, 4 * 365))
			rows.append(
				[
					f"{PREFIX}I-{len(rows):07d}",
					*stamp_columns(datetime.combine(day, datetime.min.time())),
					person,
					cpas,
					day,
					state,
					1 if state in ("Approved", "Rejected") else 0,
				]
			)
	insert_rows(
		frappe,
		"tabIntake Assessment",
		["name", *STAMP, "participant", "cpas", "interview_date", "workflow_state", "docstatus"],
		rows,
	)

	# Sessions over the last two years, 20 register lines each.
	sessions = attendance // ATTENDANCE_PER_SESSION
	session_rows, line_rows = [], []
	for number in range(sessions):
		cpas = NETWORK_CPAS[number % len(NETWORK_CPAS)]
		day = today - timedelta(days=rng.randint(-14, 2 * 365))
		name = f"{PREFIX}S-{number:07d}"
		moment = datetime.combine(day, datetime.min.time())
		session_rows.append(
			[
				name,
				*stamp_columns(moment),
				modules[cpas],
				cpas,
				spread(rng, SESSION_KINDS),
				day,
				"09:00:00",
				"12:00:00",
			]
		)
		for idx, person in enumerate(rng.sample(people[cpas], ATTENDANCE_PER_SESSION), start=1):
			status = spread(rng, ATTENDANCE_STATUSES)
			line_rows.append(
				[
					f"{PREFIX}A-{len(line_rows):08d}",
					*stamp_columns(moment),
					name,
					"Module Session",
					"attendance",
					idx,
					person,
					status,
					10 if status == "Late" else 0,
				]
			)
	insert_rows(
		frappe,
		"tabModule Session",
		["name", *STAMP, "module", "cpas", "kind", "session_date", "start_time", "end_time"],
		session_rows,
	)
	insert_rows(
		frappe,
		"tabSession Attendance",
		[
			"name",
			*STAMP,
			"parent",
			"parenttype",
			"parentfield",
			"idx",
			"participant",
			"status",
			"late_minutes",
		],
		line_rows,
		batch=10000,
	)
	# Sessions keep their register counts, as the session form's save sets them.
	from amif_network.amif_network.figures import fill_register_counts

	fill_register_counts()
	frappe.db.commit()

	# Recruitment campaigns: two a year per CPAS, counted as numbers.
	rows = []
	for cpas in NETWORK_CPAS:
		for k in range(8):
			start = date(today.year - 3, 9, 1) + timedelta(days=182 * k)
			kept = rng.randint(80, 320)
			invited = kept - rng.randint(0, 20)
			came = int(invited * rng.uniform(0.25, 0.4))
			rows.append(
				[
					f"{PREFIX}C-{cpas}-{k}",
					*stamp_columns(datetime.combine(start, datetime.min.time())),
					f"{PREFIX}{cpas} {k}",
					cpas,
					start,
					start + timedelta(days=300),
					"Numbers",
					0,
					kept,
					invited,
					came,
					int(came * 0.6),
				]
			)
	insert_rows(
		frappe,
		"tabRecruitment Campaign",
		["name", *STAMP, "campaign_name", "cpas", "from_date", "to_date", "counted_from", *FUNNEL_STAGES],
		rows,
	)
	for table in (
		"Participant",
		"Module Enrolment",
		"Intake Assessment",
		"Module Session",
		"Session Attendance",
	):
		frappe.db.sql(f"analyze table `tab{table}`")
	return f"inserted benchmark data in {time.perf_counter() - started:.0f} s"


def remove_data(frappe):
	for table, column in (
		("Session Attendance", "name"),
		("Module Session", "name"),
		("Module Enrolment", "name"),
		("Intake Assessment", "name"),
		("Recruitment Campaign", "name"),
		("Participant", "name"),
	):
		frappe.db.sql(f"delete from `tab{table}` where `{column}` like '{PREFIX}%%'")
	frappe.db.sql("delete from `tabActivity Module` where module_name_fr like %s", (PREFIX + "%",))
	frappe.db.delete("CPAS Membership", {"user": CPAS_USER})
	for user in (CPAS_USER, SPP_USER):
		if frappe.db.exists("User", user):
			frappe.delete_doc("User", user, force=True, ignore_permissions=True)
	frappe.db.commit()


# --- what the desk calls ---------------------------------------------------------------------------


def card_call(frappe, name: str):
	"""The request the desk's number card widget sends for this card."""
	from frappe.desk.doctype.number_card import number_card

	card = frappe.get_doc("Number Card", name)
	if card.type == "Custom":
		method = frappe.get_attr(card.method)
		return lambda: method(filters=card.filters_json)
	doc = json.dumps({"document_type": card.document_type, "function": card.function, "name": card.name})
	return lambda: number_card.get_result(doc, card.filters_json)


def chart_call(frappe, name: str):
	"""The request the desk's chart widget sends, recomputed (not from the chart cache)."""
	from frappe.desk import query_report
	from frappe.desk.doctype.dashboard_chart import dashboard_chart

	chart = frappe.get_doc("Dashboard Chart", name)
	if chart.chart_type == "Report":
		return lambda: query_report.run(
			chart.report_name, filters=chart.filters_json, ignore_prepared_report=1
		)
	if chart.chart_type == "Custom":
		source = frappe.get_doc("Dashboard Chart Source", chart.source)
		module = frappe.get_module_path(source.module).split("/apps/amif_network/")[-1].replace("/", ".")
		scrubbed = frappe.scrub(source.name)
		method = frappe.get_attr(f"{module}.dashboard_chart_source.{scrubbed}.{scrubbed}.get")
		return lambda: method(chart_name=name, filters=chart.filters_json, refresh=1)
	return lambda: dashboard_chart.get(chart_name=name, filters=chart.filters_json, refresh=1)


def list_call(frappe, doctype: str, field: str, value: str, sort: str):
	from frappe.desk import reportview

	form = {
		"doctype": doctype,
		"fields": json.dumps(
			[f"`tab{doctype}`.`name`", f"`tab{doctype}`.`{field}`", f"`tab{doctype}`.`{sort}`"]
		),
		"filters": json.dumps([[doctype, field, "=", value]]),
		"order_by": f"`tab{doctype}`.`{sort}` desc",
		"start": 0,
		"page_length": 20,
		"view": "List",
		"with_comment_count": 1,
	}

	def call():
		frappe.local.form_dict = frappe._dict(form)
		return reportview.get()

	return call


def timed(frappe, user: str, call, repeat: int) -> list[float]:
	frappe.set_user(user)
	for _warm in range(2):
		call()
	times = []
	for _run in range(repeat):
		start = time.perf_counter()
		call()
		times.append((time.perf_counter() - start) * 1000)
	return times


def line(label: str, times, target: float) -> str:
	median, p95 = median_p95(times)
	verdict = "ok" if median <= target and p95 <= target else "OVER"
	return f"  {label:<58} median {median:7.1f} ms   p95 {p95:7.1f} ms   [{verdict} <= {target:.0f} ms]"


def saved_releases(frappe) -> dict:
	from amif_network.amif_network.figures import RELEASES_PARENT

	return dict(
		frappe.db.sql("select defkey, defvalue from `tabDefaultValue` where parent = %s", RELEASES_PARENT)
	)


def restore_releases(frappe, saved: dict):
	"""The site's releases as they were before the run (the run's own figures are not the site's)."""
	from frappe.defaults import clear_default

	from amif_network.amif_network.figures import RELEASES_PARENT, clear_figures_cache

	clear_default(parent=RELEASES_PARENT)
	for key, value in saved.items():
		frappe.db.set_default(key, value, parent=RELEASES_PARENT)
	clear_figures_cache()
	frappe.db.commit()


def information_loss(frappe):
	"""4. What disclosure control hides of the SPP's figures: the former method beside today's."""
	import former_disclosure as former
	from frappe.utils import getdate, today

	from amif_network.amif_network import figures
	from amif_network.rules import network_publication as publications

	cpas = figures.network_cpas()
	quarter = figures.quarter_of(getdate(today()))
	start, end = figures.quarter_bounds(quarter)
	quarters, referrals = figures.referral_quarter_counts(cpas)
	status = figures.status_counts(cpas)
	undated = [sum(line) - sum(dated) for line, dated in zip(status, referrals, strict=True)]
	people = publications.PeopleCounts(status, quarters, referrals, undated, cpas)
	surveys = figures.survey_counts(cpas, start, end)
	period = publications.PeriodCounts(attendance=figures.attendance_counts(cpas, start, end), cpas=cpas)
	funnel_quarters, campaigns = figures.campaigns_by_quarter(cpas)
	funnels = {
		label: [
			[sum(c.stages[s] for c in campaigns if label in c.quarters and c.cpas == row) for s in range(5)]
			for row in range(len(cpas))
		]
		for label in funnel_quarters
	}
	if surveys is not None:
		cells, parts, faces = surveys
		period.responses = [line[0] for line in cells]
		period.answers = [(positive, answered - positive) for positive, answered in parts]
		period.answers_per_response = faces

	def hidden_in(name, shown, truth) -> tuple[int, int, int]:
		"""(figures hidden, cells hidden, what the hidden cells count). Row totals and grand totals
		are shown for status, attendance and answers; elsewhere they are not published (the funnel,
		the referrals) or repeat a cell or the column total (one-column tables)."""
		entries = [v for line in shown.cells for v in line] + list(shown.column_totals)
		if name in ("status", "attendance", "answers"):
			entries += [*shown.row_totals, shown.grand_total]
		cells = [(i, j) for i, line in enumerate(shown.cells) for j, v in enumerate(line) if v is None]
		return sum(v is None for v in entries), len(cells), sum(truth[i][j] for i, j in cells)

	def former_tables():
		yield "status", former.protect_table(status), status
		for q, label in enumerate(quarters):
			column = [[line[q]] for line in referrals]
			yield f"referrals {label}", former.protect_table(column), column
		yield "attendance", former.protect_table(period.attendance), period.attendance
		for label, rows in funnels.items():
			yield f"funnel {label}", former.protect_table(rows), rows
		if period.responses is not None:
			column = [[r] for r in period.responses]
			yield "surveys", former.protect_table(column), column
			yield "answers", former.protect_table(period.answers), period.answers

	def today_tables():
		for counts, build in (
			((people,), publications.people_publication),
			((cpas, funnel_quarters, campaigns), publications.funnel_publication),
			((period,), publications.period_publication),
		):
			publication, layouts = build(*counts)
			started = time.perf_counter()
			protection, _release = publications.protect_release(publication)
			print(
				f"  today's protection of the {build.__name__.split('_')[0]} publication, afresh: "
				f"{len(publication.values)} figures, {1000 * (time.perf_counter() - started):.0f} ms"
			)
			for name, layout in layouts.items():
				truth = {
					"status": status,
					"referrals": referrals,
					"attendance": period.attendance,
					"surveys": [[r] for r in period.responses or ()],
					"answers": period.answers,
					**funnels,
				}[name]
				yield (
					name if name not in funnels else f"funnel {name}",
					layout.shown(publication, protection.hidden),
					truth,
				)

	totals = {}
	for method, tables in (("former, table by table", former_tables()), ("today, together", today_tables())):
		found = {}
		for name, shown, truth in tables:
			kind = "people" if name.startswith(("status", "referrals", "funnel", "surveys")) else "lines"
			kind = "answers" if name == "answers" else kind
			line = found.setdefault(kind, [0, 0, 0])
			for k, v in enumerate(hidden_in(name, shown, truth)):
				line[k] += v
		totals[method] = found
	for method, found in totals.items():
		print(f"  {method}:")
		for kind, (figures_hidden, cells, count) in found.items():
			label = {"people": "people", "lines": "register lines", "answers": "face answers"}[kind]
			print(
				f"    {kind:<8} figures hidden {figures_hidden:5,}   cells {cells:5,}   {label} in them {count:7,}"
			)


def main():
	args = parse_args()
	frappe = connect(Path(args.bench).resolve(), args.site)
	if args.remove:
		remove_data(frappe)
		print("benchmark data removed")
		return
	releases = saved_releases(frappe)
	try:
		run(frappe, args)
	finally:
		restore_releases(frappe, releases)


def run(frappe, args):
	print(ensure_data(frappe, args.participants, args.attendance))
	counts = {
		t: frappe.db.count(t)
		for t in (
			"Participant",
			"Module Enrolment",
			"Intake Assessment",
			"Module Session",
			"Session Attendance",
		)
	}
	print("site holds: " + ", ".join(f"{n:,} {t}" for t, n in counts.items()))
	print(f"CPAS user bound to {USER_CPAS}; {args.repeat} timed calls each, after 2 warm-up calls")

	print("\n1. CPAS dashboard, as a CPAS user")
	for name in CPAS_CARDS:
		print(line(f"card: {name}", timed(frappe, CPAS_USER, card_call(frappe, name), args.repeat), 300))
	for name in CPAS_CHARTS:
		print(line(f"chart: {name}", timed(frappe, CPAS_USER, chart_call(frappe, name), args.repeat), 300))

	print("\n2. Network dashboard, as the SPP")
	whole = []
	network_calls = [("card: " + n, card_call(frappe, n)) for n in NETWORK_CARDS]
	network_calls += [("chart: " + n, chart_call(frappe, n)) for n in NETWORK_CHARTS]
	from frappe.desk import query_report

	network_calls.append(
		(
			"report: AMIF Network Dashboard",
			lambda: query_report.run("AMIF Network Dashboard", filters="{}", ignore_prepared_report=1),
		)
	)
	from amif_network.amif_network.figures import clear_figures_cache

	# Each card and chart alone, with the quarter's figures computed afresh every time (cold).
	for label, call in network_calls:

		def cold(call=call):
			clear_figures_cache()
			return call()

		print(line(label + " (cold)", timed(frappe, SPP_USER, cold, args.repeat), 300))
	# The whole dashboard as the desk loads it with an empty cache: each table computed once, the
	# other calls served from the few-minute figures cache.
	frappe.set_user(SPP_USER)
	for _run in range(args.repeat):
		clear_figures_cache()
		start = time.perf_counter()
		for _label, call in network_calls:
			call()
		whole.append((time.perf_counter() - start) * 1000)
	print(line("whole network dashboard, empty cache (4 cards, 2 charts, report)", whole, 1500))
	# As served: the scheduler refreshes the SPP's figures of the quarter every four minutes.
	from amif_network.amif_network.figures import refresh_network_figures

	frappe.set_user("Administrator")
	refresh_network_figures()
	served = []
	for label, call in network_calls:
		per_call = timed(frappe, SPP_USER, call, args.repeat)
		served.append(per_call)
		print(line(label + " (as served)", per_call, 300))
	totals = [sum(times[run] for times in served) for run in range(args.repeat)]
	print(line("whole network dashboard, as served", totals, 1500))
	print("  the same, as the CPAS user (their own exact figures):")
	for label, call in network_calls[-1:]:
		print(line(label, timed(frappe, CPAS_USER, call, args.repeat), 300))

	print("\n3. Desk lists of the CPAS user, filtered and sorted by date (20 rows)")
	for doctype, field, values, sort in (
		("Participant", "status", PARTICIPANT_STATUSES, "referral_date"),
		("Module Enrolment", "status", ENROLMENT_STATUSES, "from_date"),
		("Module Session", "kind", SESSION_KINDS, "session_date"),
	):
		for value in values:
			call = list_call(frappe, doctype, field, value, sort)
			print(
				line(
					f"{doctype} {field} = {value}, by {sort}", timed(frappe, CPAS_USER, call, args.repeat), 50
				)
			)
	frappe.set_user("Administrator")
	frappe.db.rollback()

	print("\n4. Information lost by disclosure control, the SPP's figures (people: status and referrals of")
	print(
		"   every quarter, the funnel of every quarter, this quarter's survey responses; lines: attendance)"
	)
	information_loss(frappe)


if __name__ == "__main__":
	main()

#!/usr/bin/env python3
"""What the CPAS scope costs: a benchmark to run by hand, not a test.

It prints, in one run:
1. the time and the number of SQL statements to save a Module Session with 20 attendance rows
   (a new session, then a changed register), as a CPAS Staff user (target: at most 40);
2. on a site with 100,000 Participants spread over the five network CPAS, the median and p95 of
   the desk list (frappe.desk.reportview.get, 20 rows), the desk count
   (frappe.desk.reportview.get_count, as the list view asks it and in full) and
   GET /api/resource/Participant over HTTP, as a CPAS Staff user and as Administrator, with the
   scoped/admin ratio of each (target: at most 1.1).

Missing benchmark participants are bulk-inserted with SQL, named BENCH-PART-nnnnnn so that
`--remove` deletes them again. Use a site of its own: 100,000 rows slow down other tests.

Run it with the bench's Python, from the repository root:
	AMIF_BENCH=<bench folder> AMIF_SITE=<site> <bench>/env/bin/python scripts/benchmark_scope.py
	<bench>/env/bin/python scripts/benchmark_scope.py --bench <bench folder> --site <site> [--remove]
HTTP requests go to a gunicorn that the script starts on 127.0.0.1 only and stops at the end.
"""

import argparse
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from site_session import connect

ROOT = Path(__file__).resolve().parents[1]
NETWORK_CPAS = ("GENT", "LIEGE", "CHARLEROI", "ANTWERPEN", "BRUXELLES")
BENCH_PREFIX = "BENCH-PART-"
BENCH_TAG = "amif-benchmark"
STAFF_USER = "benchmark.staff@amif.invalid"
# A System Manager takes Frappe's same non-Administrator path but no CPAS condition: comparing the
# staff user with it isolates what the CPAS scope itself costs.
SYSTEM_MANAGER = "benchmark.sysmanager@amif.invalid"
STAFF_CPAS = "LIEGE"
REGISTER_ROWS = 20


def parse_args():
	parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	parser.add_argument("--bench", default=os.environ.get("AMIF_BENCH"), help="bench folder (or AMIF_BENCH)")
	parser.add_argument("--site", default=os.environ.get("AMIF_SITE"), help="site name (or AMIF_SITE)")
	parser.add_argument("--participants", type=int, default=100_000, help="participants the site should hold")
	parser.add_argument("--repeat", type=int, default=60, help="timed calls per measurement")
	parser.add_argument(
		"--admin-password",
		default=os.environ.get("AMIF_ADMIN_PASSWORD"),
		help="Administrator's password on the site, for the HTTP part (or AMIF_ADMIN_PASSWORD)",
	)
	parser.add_argument(
		"--remove", action="store_true", help="delete the benchmark's participants and users, then stop"
	)
	args = parser.parse_args()
	if not args.bench or not args.site:
		parser.error("give the bench folder and the site (--bench/--site or AMIF_BENCH/AMIF_SITE)")
	return args


# --- measuring -------------------------------------------------------------------------------


@contextmanager
def counting_statements(frappe):
	"""Count every statement sent through frappe.db.sql (query builder runs go through it too)."""
	statements = []
	original = frappe.db.sql

	def sql(query, *args, **kwargs):
		statements.append(str(query).strip().split(None, 1)[0].lower())
		return original(query, *args, **kwargs)

	frappe.db.sql = sql
	try:
		yield statements
	finally:
		frappe.db.sql = original


def timed_alternately(calls: dict, repeat: int, warmup: int = 5) -> dict[str, list[float]]:
	"""Time several variants call by call in turn, so that both see the same load of the machine.

	`calls` maps a label to (prepare, call): `prepare` (e.g. switching the user) is not timed.
	"""
	for prepare, call in calls.values():
		prepare()
		for _ in range(warmup):
			call()
	times = {label: [] for label in calls}
	for _ in range(repeat):
		for label, (prepare, call) in calls.items():
			prepare()
			start = time.perf_counter()
			call()
			times[label].append((time.perf_counter() - start) * 1000)
	return times


def median_p95(times) -> tuple[float, float]:
	ordered = sorted(times)
	return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# --- data ------------------------------------------------------------------------------------


def ensure_cpas(frappe):
	from amif_network.demo import load_records

	load_records(ROOT / "fixtures" / "01_cpas.json")
	frappe.db.commit()


def ensure_user(frappe, email: str, role: str, password: str) -> str:
	from frappe.utils.password import update_password

	if not frappe.db.exists("User", email):
		user = frappe.get_doc(
			{
				"doctype": "User",
				"email": email,
				"first_name": "Benchmark",
				"last_name": role,
				"user_type": "System User",
				"send_welcome_email": 0,
				"bio": BENCH_TAG,
				"roles": [{"role": role}],
			}
		)
		user.insert(ignore_permissions=True)
	update_password(email, password)
	frappe.db.commit()
	return email


def ensure_staff(frappe, password: str) -> str:
	ensure_user(frappe, STAFF_USER, "CPAS Staff", password)
	if not frappe.db.exists("CPAS Membership", {"user": STAFF_USER, "cpas": STAFF_CPAS}):
		frappe.get_doc({"doctype": "CPAS Membership", "user": STAFF_USER, "cpas": STAFF_CPAS}).insert(
			ignore_permissions=True
		)
	from amif_network.permissions.cpas_scope import clear_binding_cache

	clear_binding_cache()
	frappe.db.commit()
	return STAFF_USER


def participant_columns(frappe) -> set[str]:
	return set(frappe.db.get_table_columns("Participant"))


def ensure_participants(frappe, wanted: int) -> int:
	"""Top the table up to `wanted` rows with SQL inserts of marked benchmark participants."""
	have = frappe.db.count("Participant")
	missing = wanted - have
	if missing <= 0:
		return 0
	start = frappe.db.sql(f"select count(*) from `tabParticipant` where name like '{BENCH_PREFIX}%%'")[0][0]
	columns = participant_columns(frappe)
	now = datetime.now()
	rng = random.Random(7)
	first_names = ("Amina", "Bilal", "Chloé", "Dawit", "Elif", "Farid", "Grace", "Hamza", "Iman", "Jonas")
	base = [
		"name",
		"creation",
		"modified",
		"modified_by",
		"owner",
		"docstatus",
		"idx",
		"cpas",
		"first_name",
		"last_name",
	]
	optional = {
		"full_name": lambda first, last: f"{first} {last}",
		"date_of_birth": lambda first, last: (now - timedelta(days=rng.randint(18 * 365, 70 * 365))).date(),
		"status": lambda first, last: "Registered",
	}
	extra = [column for column in optional if column in columns]
	names = base + extra
	sql = f"insert into `tabParticipant` ({', '.join(f'`{n}`' for n in names)}) values "
	batch = []
	for number in range(start + 1, start + missing + 1):
		first, last = rng.choice(first_names), f"Benchmark {number:06d}"
		stamp = now - timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60))
		row = [f"{BENCH_PREFIX}{number:06d}", stamp, stamp, "Administrator", "Administrator", 0, 0]
		row += [NETWORK_CPAS[number % len(NETWORK_CPAS)], first, last]
		row += [optional[column](first, last) for column in extra]
		batch.append(row)
		if len(batch) == 5000:
			_insert_batch(frappe, sql, batch)
			batch = []
	if batch:
		_insert_batch(frappe, sql, batch)
	frappe.db.commit()
	frappe.db.sql("analyze table `tabParticipant`")
	return missing


def _insert_batch(frappe, sql: str, rows):
	placeholders = ", ".join("(" + ", ".join(["%s"] * len(rows[0])) + ")" for _ in rows)
	frappe.db.sql(sql + placeholders, [value for row in rows for value in row])


def remove_benchmark_data(frappe):
	deleted = frappe.db.count("Participant", {"name": ["like", f"{BENCH_PREFIX}%"]})
	frappe.db.sql(f"delete from `tabParticipant` where name like '{BENCH_PREFIX}%%'")
	for name in frappe.get_all("Module Session", filters={"theme": BENCH_TAG}, pluck="name"):
		frappe.delete_doc("Module Session", name, force=True, ignore_permissions=True)
	for name in frappe.get_all("Activity Module", filters={"module_name_fr": BENCH_TAG}, pluck="name"):
		for enrolment in frappe.get_all(
			"Module Enrolment", filters={"module": name}, fields=["name", "participant"]
		):
			frappe.delete_doc("Module Enrolment", enrolment.name, force=True, ignore_permissions=True)
			frappe.delete_doc("Participant", enrolment.participant, force=True, ignore_permissions=True)
		frappe.delete_doc("Activity Module", name, force=True, ignore_permissions=True)
	frappe.db.delete("CPAS Membership", {"user": STAFF_USER})
	for user in (STAFF_USER, SYSTEM_MANAGER):
		if frappe.db.exists("User", user):
			frappe.delete_doc("User", user, force=True, ignore_permissions=True)
	frappe.db.commit()
	return deleted


# --- 1. saving a session with 20 attendance rows ----------------------------------------------


def ensure_register(frappe) -> tuple[str, list[str]]:
	"""A benchmark module of the staff user's CPAS with 20 actively enrolled participants."""
	module = frappe.db.get_value("Activity Module", {"module_name_fr": BENCH_TAG, "cpas": STAFF_CPAS}, "name")
	if not module:
		module = (
			frappe.get_doc(
				{
					"doctype": "Activity Module",
					"cpas": STAFF_CPAS,
					"module_name_fr": BENCH_TAG,
					"kind": "Collective workshop",
				}
			)
			.insert(ignore_permissions=True)
			.name
		)
	participants = frappe.get_all(
		"Module Enrolment",
		filters={"module": module, "status": "Active"},
		pluck="participant",
		ignore_permissions=True,
	)
	for number in range(len(participants), REGISTER_ROWS):
		participant = frappe.get_doc(
			{
				"doctype": "Participant",
				"cpas": STAFF_CPAS,
				"first_name": f"Register {number:02d}",
				"last_name": BENCH_TAG,
				"date_of_birth": f"19{60 + number}-01-01",
			}
		).insert(ignore_permissions=True)
		enrolment = frappe.get_doc(
			{
				"doctype": "Module Enrolment",
				"participant": participant.name,
				"module": module,
				"status": "Proposed",
			}
		).insert(ignore_permissions=True)
		frappe.db.set_value("Module Enrolment", enrolment.name, "status", "Active")
		participants.append(participant.name)
	frappe.db.commit()
	return module, participants[:REGISTER_ROWS]


def measure_session_save(frappe, staff: str, repeat: int = 10):
	module, participants = ensure_register(frappe)
	statuses = ["Present"] * 14 + ["Late"] * 3 + ["Excused", "Absent", "Absent"]

	def new_session(day: int):
		return frappe.get_doc(
			{
				"doctype": "Module Session",
				"module": module,
				"session_date": (datetime(2032, 1, 5) + timedelta(days=7 * day)).date(),
				"start_time": "09:00:00",
				"end_time": "12:00:00",
				"theme": BENCH_TAG,
				"trainers": [{"trainer": staff}],
				"cap_override": 0,
				"attendance": [
					{"participant": p, "status": s, "late_minutes": 10 if s == "Late" else 0}
					for p, s in zip(participants, statuses, strict=True)
				],
			}
		)

	frappe.set_user(staff)
	insert_counts, insert_times, update_counts, update_times = [], [], [], []
	kinds = {}
	try:
		for run in range(repeat + 1):
			doc = new_session(run)
			with counting_statements(frappe) as statements:
				start = time.perf_counter()
				doc.insert()
				elapsed = (time.perf_counter() - start) * 1000
			if run:  # the first run warms Frappe's metadata caches
				insert_counts.append(len(statements))
				insert_times.append(elapsed)
				for kind in statements:
					kinds[kind] = kinds.get(kind, 0) + 1
			doc.attendance[0].status = "Late"
			doc.attendance[0].late_minutes = 5
			doc.attendance[1].status = "Absent"
			with counting_statements(frappe) as statements:
				start = time.perf_counter()
				doc.save()
				elapsed = (time.perf_counter() - start) * 1000
			if run:
				update_counts.append(len(statements))
				update_times.append(elapsed)
			frappe.db.rollback()
	finally:
		frappe.db.rollback()
		frappe.set_user("Administrator")
	per_run = {kind: count / repeat for kind, count in sorted(kinds.items())}
	return insert_counts, insert_times, update_counts, update_times, per_run


# --- 2. reading 100,000 participants ----------------------------------------------------------


def desk_list_args():
	return {
		"doctype": "Participant",
		"fields": '["`tabParticipant`.`name`", "`tabParticipant`.`owner`", "`tabParticipant`.`creation`", '
		'"`tabParticipant`.`modified`", "`tabParticipant`.`modified_by`", "`tabParticipant`.`_user_tags`", '
		'"`tabParticipant`.`_comments`", "`tabParticipant`.`_assign`", "`tabParticipant`.`_liked_by`", '
		'"`tabParticipant`.`docstatus`", "`tabParticipant`.`idx`", "`tabParticipant`.`cpas`", '
		'"`tabParticipant`.`first_name`", "`tabParticipant`.`last_name`", "`tabParticipant`.`full_name`"]',
		"filters": "[]",
		"order_by": "`tabParticipant`.`modified` desc",
		"start": 0,
		"page_length": 20,
		"view": "List",
		"group_by": "",
		"with_comment_count": 1,
	}


def in_process(frappe, method, form: dict):
	def call():
		frappe.local.form_dict = frappe._dict(form)
		return method()

	return call


COUNT_ARGS = {"doctype": "Participant", "filters": "[]", "fields": "[]", "distinct": "false", "limit": 1001}
FULL_COUNT_ARGS = {"doctype": "Participant", "filters": "[]", "fields": "[]", "distinct": "false"}
HTTP_LABELS = {
	"list": "desk list (reportview.get, 20 rows)",
	"count": "desk count (get_count, limit 1001 as the list asks)",
	"full_count": "desk count (get_count, full)",
	"rest": "GET /api/resource/Participant",
}


def measure_reads(frappe, users: dict, repeat: int):
	from frappe.desk import reportview

	list_args = desk_list_args()
	count_args = COUNT_ARGS
	full_count_args = FULL_COUNT_ARGS
	results = {}
	for measurement, method, form in (
		("desk list (reportview.get, 20 rows)", reportview.get, list_args),
		("desk count (get_count, limit 1001 as the list asks)", reportview.get_count, count_args),
		("desk count (get_count, full)", reportview.get_count, full_count_args),
	):
		calls = {
			label: (lambda user=user: frappe.set_user(user), in_process(frappe, method, form))
			for label, user in users.items()
		}
		for label, times in timed_alternately(calls, repeat).items():
			results[(measurement, label)] = times
	for label, user in users.items():
		frappe.set_user(user)
		rows = in_process(frappe, reportview.get, list_args)()
		results[("_rows", label)] = len(rows["values"]) if rows else 0
		results[("_total", label)] = in_process(frappe, reportview.get_count, full_count_args)()
	frappe.set_user("Administrator")
	return results


def free_port() -> int:
	with socket.socket() as s:
		s.bind(("127.0.0.1", 0))
		return s.getsockname()[1]


def measure_http(bench: Path, site: str, logins: dict, repeat: int):
	import requests

	port = free_port()
	log = open(bench / "logs" / "amif-benchmark-gunicorn.log", "ab")
	server = subprocess.Popen(
		[
			str(bench / "env" / "bin" / "gunicorn"),
			"-b",
			f"127.0.0.1:{port}",
			"-w",
			"1",
			"-t",
			"120",
			"frappe.app:application",
		],
		cwd=bench / "sites",
		stdout=log,
		stderr=subprocess.STDOUT,
	)
	base = f"http://127.0.0.1:{port}"
	headers = {"X-Frappe-Site-Name": site, "Accept": "application/json"}
	results = {}
	try:
		deadline = time.time() + 60
		while True:
			try:
				requests.get(base + "/api/method/ping", headers=headers, timeout=10)
				break
			except requests.RequestException:
				if time.time() > deadline:
					raise
				time.sleep(0.3)
		sessions = {}
		for label, (user, password) in logins.items():
			http = requests.Session()
			http.headers.update(headers)
			response = http.post(base + "/api/method/login", data={"usr": user, "pwd": password})
			response.raise_for_status()
			sessions[label] = http

		def rest_list(http):
			return http.get(base + "/api/resource/Participant", params={"limit_page_length": 20})

		def method(name, form):
			return lambda http: http.post(base + f"/api/method/{name}", data=form)

		for measurement, request in (
			(HTTP_LABELS["list"], method("frappe.desk.reportview.get", desk_list_args())),
			(HTTP_LABELS["count"], method("frappe.desk.reportview.get_count", COUNT_ARGS)),
			(HTTP_LABELS["full_count"], method("frappe.desk.reportview.get_count", FULL_COUNT_ARGS)),
			(HTTP_LABELS["rest"], rest_list),
		):
			calls = {}
			for label, http in sessions.items():

				def call(http=http, request=request):
					answer = request(http)
					answer.raise_for_status()
					return answer

				calls[label] = (lambda: None, call)
			for label, times in timed_alternately(calls, repeat).items():
				results[("http: " + measurement, label)] = times
		for label, http in sessions.items():
			results[("_http_rows", label)] = len(rest_list(http).json()["data"])
	finally:
		server.terminate()
		server.wait(timeout=30)
	return results


# --- report ----------------------------------------------------------------------------------


def machine() -> str:
	model = "unknown"
	try:
		for line in Path("/proc/cpuinfo").read_text().splitlines():
			if line.startswith("model name"):
				model = line.split(":", 1)[1].strip()
				break
		memory_kb = next(
			int(line.split()[1])
			for line in Path("/proc/meminfo").read_text().splitlines()
			if line.startswith("MemTotal")
		)
		memory = f"{memory_kb / 1024 / 1024:.1f} GiB"
	except (OSError, StopIteration):
		memory = "unknown"
	return f"{os.cpu_count()} CPU ({model}), {memory} RAM"


def main():
	args = parse_args()
	bench = Path(args.bench).resolve()
	frappe = connect(bench, args.site)
	if args.remove:
		print(f"removed {remove_benchmark_data(frappe)} benchmark participants and the benchmark user")
		return
	print(f"site {args.site} · Frappe {frappe.__version__} · {machine()}")
	print(f"MariaDB {frappe.db.sql('select version()')[0][0]}")
	ensure_cpas(frappe)
	password = secrets.token_urlsafe(16)
	staff = ensure_staff(frappe, password)

	print(f"\n1. Saving a Module Session with {REGISTER_ROWS} attendance rows, as CPAS Staff ({STAFF_CPAS})")
	insert_counts, insert_times, update_counts, update_times, kinds = measure_session_save(frappe, staff)
	print(
		f"   new session:      {statistics.median(insert_counts):.0f} SQL statements "
		f"(min {min(insert_counts)}, max {max(insert_counts)}), median {statistics.median(insert_times):.1f} ms  "
		f"[target <= 40: {'met' if max(insert_counts) <= 40 else 'NOT met'}]"
	)
	print(
		f"   changed register: {statistics.median(update_counts):.0f} SQL statements "
		f"(min {min(update_counts)}, max {max(update_counts)}), median {statistics.median(update_times):.1f} ms  "
		f"[target <= 40: {'met' if max(update_counts) <= 40 else 'NOT met'}]"
	)
	print("   statements of a new session by kind: " + ", ".join(f"{k} {v:g}" for k, v in kinds.items()))

	added = ensure_participants(frappe, args.participants)
	total = frappe.db.count("Participant")
	per_cpas = dict(frappe.db.sql("select cpas, count(*) from `tabParticipant` group by cpas"))
	print(
		f"\n2. Reading {total:,} Participants ({added:,} added now); per CPAS: "
		+ ", ".join(f"{k} {v:,}" for k, v in sorted(per_cpas.items()))
	)
	print(
		f"   {args.repeat} timed calls each after 5 warm-up calls, scoped and admin in turn; "
		f"scoped = CPAS Staff bound to {STAFF_CPAS}; ms"
	)
	system_manager = ensure_user(frappe, SYSTEM_MANAGER, "System Manager", password)
	users = {"scoped": staff, "admin": "Administrator", "sysman": system_manager}
	results = measure_reads(frappe, users, args.repeat)
	if not args.admin_password:
		sys.exit("give Administrator's password (--admin-password or AMIF_ADMIN_PASSWORD) for the HTTP part")
	logins = {
		"scoped": (staff, password),
		"admin": ("Administrator", args.admin_password),
		"sysman": (system_manager, password),
	}
	results.update(measure_http(bench, args.site, logins, args.repeat))

	def table(title, keys):
		print(f"   {title}")
		print(
			f"   {'measurement':<55} {'scoped med':>10} {'p95':>7} {'admin med':>10} {'p95':>7} {'ratio':>6}"
			f" | {'sysman med':>10} {'scoped/sysman':>13}"
		)
		found = []
		for label, key in keys:
			s_med, s_p95 = median_p95(results[(key, "scoped")])
			a_med, a_p95 = median_p95(results[(key, "admin")])
			m_med, _m_p95 = median_p95(results[(key, "sysman")])
			found.append(s_med / a_med)
			print(
				f"   {label:<55} {s_med:>10.2f} {s_p95:>7.2f} {a_med:>10.2f} {a_p95:>7.2f} {s_med / a_med:>6.2f}"
				f" | {m_med:>10.2f} {s_med / m_med:>13.2f}"
			)
		return found

	# What a user waits for: each call a real request to one gunicorn worker on 127.0.0.1, as in
	# the plain-Frappe figures this compares with. The ratio targets are read on this table.
	ratios = table(
		"over HTTP (one gunicorn worker; the ratio targets):",
		[(label, "http: " + label) for label in HTTP_LABELS.values()],
	)
	table(
		"in-process, for diagnosis (no HTTP; the user switches before every call):",
		[(label, label) for label in list(HTTP_LABELS.values())[:3]],
	)
	print(
		f"   rows seen: list {results[('_rows', 'scoped')]} vs {results[('_rows', 'admin')]}, "
		f"REST {results[('_http_rows', 'scoped')]} vs {results[('_http_rows', 'admin')]}, "
		f"count {results[('_total', 'scoped')]:,} vs {results[('_total', 'admin')]:,}"
	)
	print(f"   ratio target <= 1.1: {'met' if max(ratios) <= 1.1 else 'NOT met'} (worst {max(ratios):.3f})")
	from amif_network.permissions import cpas_scope

	frappe.set_user(staff)
	start = time.perf_counter()
	for _ in range(1000):
		cpas_scope.get_permission_query_conditions(staff, "Participant")
	print(
		f"   the CPAS condition itself: {(time.perf_counter() - start):.3f} ms per call to build "
		f"({cpas_scope.get_permission_query_conditions(staff, 'Participant')})"
	)
	frappe.set_user("Administrator")
	frappe.destroy()


if __name__ == "__main__":
	main()

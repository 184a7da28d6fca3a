#!/usr/bin/env python3
"""What an indicator return costs: a benchmark to run by hand, not a test.

On a project (an approved fiche of Liège) with 100,000 participants, about 160,000 started
enrolments over its language-course, civic-orientation and professional-guidance modules (CEFR
levels on the language courses), 5,000 procedure applications and 30,000 answers to the survey's
integration question, it prints the median and the slowest of five runs of:
1. counting every indicator of the catalogue for the calendar year (the rule functions and the
   SQL that feeds them);
2. making the annual and the cumulative return as the desk does (insert: validation, counting,
   saving the lines).
Target: within 2 s each.

Missing benchmark data is bulk-inserted with SQL, with names starting with BENCH-IND- so that
`--remove` deletes it again. Use a site of its own.

Run it with the bench's Python, from the repository root:
	<bench>/env/bin/python scripts/benchmark_indicator_return.py --bench <bench folder> --site <site> [--remove]
"""

import argparse
import random
import statistics
import time
from datetime import date, datetime, timedelta

from site_session import connect

PREFIX = "BENCH-IND-"
CPAS = "LIEGE"
FICHE = f"{PREFIX}FICHE"
MODULES = {
	f"{PREFIX}FLE": ["Language course"],
	f"{PREFIX}FLE-INTENSIVE": ["Language course"],
	f"{PREFIX}CIVIC": ["Civic orientation"],
	f"{PREFIX}JOB": ["Professional guidance"],
	f"{PREFIX}WORKSHOP": ["Social activation"],
}
CEFR = ["Pre-A1", "A1", "A2", "B1", "B2"]
STAMP = ["creation", "modified", "modified_by", "owner"]


def parse_args():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--bench", required=True)
	parser.add_argument("--site", required=True)
	parser.add_argument("--participants", type=int, default=100_000)
	parser.add_argument("--remove", action="store_true", help="delete the benchmark data and stop")
	return parser.parse_args()


def insert_rows(frappe, table: str, columns: list[str], rows: list[list], batch: int = 5000):
	sql = f"insert into `{table}` ({', '.join(f'`{c}`' for c in columns)}) values "
	for start in range(0, len(rows), batch):
		chunk = rows[start : start + batch]
		placeholders = ", ".join("(" + ", ".join(["%s"] * len(columns)) + ")" for _ in chunk)
		frappe.db.sql(sql + placeholders, [v for row in chunk for v in row])
	frappe.db.commit()


def stamp() -> list:
	moment = datetime(2026, 1, 1)
	return [moment, moment, "Administrator", "Administrator"]


def ensure_data(frappe, participants: int):
	if frappe.db.exists("Project Fiche", FICHE):
		return
	rng = random.Random(23)
	for module, kinds in MODULES.items():
		insert_rows(
			frappe,
			"tabActivity Module",
			["name", "cpas", "module_name_fr", "kind", "is_active", *STAMP],
			[[module, CPAS, module, "Collective workshop", 1, *stamp()]],
		)
		insert_rows(
			frappe,
			"tabAMIF Indicator Kind",
			["name", "parent", "parenttype", "parentfield", "idx", "indicator_kind", *STAMP],
			[
				[f"{module}-K{n}", module, "Activity Module", "indicator_kinds", n + 1, kind, *stamp()]
				for n, kind in enumerate(kinds)
			],
		)
	insert_rows(
		frappe,
		"tabProject Fiche",
		[
			"name",
			"project_name",
			"cpas",
			"period_start",
			"period_end",
			"main_objective",
			"docstatus",
			"workflow_state",
			*STAMP,
		],
		[
			[
				FICHE,
				"Benchmark project",
				CPAS,
				date(2024, 1, 1),
				date(2027, 12, 31),
				"Benchmark",
				1,
				"Approved",
				*stamp(),
			]
		],
	)
	insert_rows(
		frappe,
		"tabProject Fiche Module",
		[
			"name",
			"parent",
			"parenttype",
			"parentfield",
			"idx",
			"module_name",
			"activity_type",
			"activity_module",
			*STAMP,
		],
		[
			[
				f"{FICHE}-M{n}",
				FICHE,
				"Project Fiche",
				"modules",
				n + 1,
				module,
				"Collective",
				module,
				*stamp(),
			]
			for n, module in enumerate(MODULES)
		],
	)
	people, enrolments, applications = [], [], []
	modules = list(MODULES)
	for i in range(participants):
		name = f"{PREFIX}P{i:06d}"
		people.append([name, CPAS, "Bench", f"Participant {i}", f"Bench Participant {i}", "Active", *stamp()])
		for n, module in enumerate(rng.sample(modules, rng.choice((1, 1, 2, 2, 3)))):
			start = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 1300))
			end = start + timedelta(days=rng.randrange(30, 300)) if rng.random() < 0.7 else None
			status = rng.choices(("Proposed", "Active", "Completed", "Dropped"), (8, 25, 52, 15))[0]
			entry = exit_level = exit_on = None
			if "FLE" in module:
				entry = rng.choice(CEFR[:4])
				exit_level = (
					CEFR[min(len(CEFR) - 1, CEFR.index(entry) + rng.choice((-1, 0, 1, 1, 2)))]
					if end
					else None
				)
				exit_on = end
			enrolments.append(
				[
					f"{PREFIX}E{i:06d}-{n}",
					name,
					CPAS,
					module,
					status,
					start,
					end,
					entry,
					exit_level,
					exit_on,
					*stamp(),
				]
			)
		if rng.random() < 0.05:
			procedure = rng.choice(("Long-term resident status", "Citizenship", "Family reunification"))
			applied = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 1300))
			applications.append([f"{PREFIX}A{i:06d}", name, CPAS, procedure, applied, *stamp()])
	insert_rows(
		frappe,
		"tabParticipant",
		["name", "cpas", "first_name", "last_name", "full_name", "status", *STAMP],
		people,
	)
	insert_rows(
		frappe,
		"tabModule Enrolment",
		[
			"name",
			"participant",
			"cpas",
			"module",
			"status",
			"from_date",
			"to_date",
			"cefr_entry",
			"cefr_exit",
			"cefr_exit_on",
			*STAMP,
		],
		enrolments,
	)
	insert_rows(
		frappe,
		"tabProcedure Application",
		["name", "participant", "cpas", "procedure", "applied_on", *STAMP],
		applications,
	)
	periods = []
	for year in (2024, 2025, 2026):
		for half, (first, last) in enumerate(
			((f"{year}-01-01", f"{year}-06-30"), (f"{year}-07-01", f"{year}-12-31"))
		):
			periods.append([f"{PREFIX}{year}-{half + 1}", f"Bench {year}-{half + 1}", first, last, *stamp()])
	insert_rows(
		frappe, "tabSurvey Release Period", ["name", "period_name", "start_date", "end_date", *STAMP], periods
	)
	answers = [
		[
			f"{PREFIX}IA{r:06d}",
			CPAS,
			rng.choice(periods)[0],
			"Faces (5)",
			rng.choice(("1", "3", "4", "5", "5")),
			1,
			*stamp(),
		]
		for r in range(30_000)
	]
	insert_rows(
		frappe,
		"tabIntegration Answer",
		["name", "cpas", "release_period", "answer_kind", "answer", "released", *STAMP],
		answers,
	)


def remove_data(frappe):
	for name in frappe.get_all("Indicator Return", {"fiche": FICHE}, pluck="name"):
		frappe.db.delete("Indicator Return Line", {"parent": name})
		frappe.db.delete("Indicator Return", {"name": name})
	for table, column in (
		("Integration Answer", "name"),
		("Survey Release Period", "name"),
		("Procedure Application", "name"),
		("Module Enrolment", "name"),
		("Participant", "name"),
		("Project Fiche Module", "parent"),
		("Project Fiche", "name"),
		("AMIF Indicator Kind", "parent"),
		("Activity Module", "name"),
	):
		frappe.db.sql(f"delete from `tab{table}` where `{column}` like %s", f"{PREFIX}%")
	frappe.db.commit()


def timed(call, repeat: int = 5) -> tuple[float, float]:
	times = []
	for _ in range(repeat):
		started = time.perf_counter()
		call()
		times.append(time.perf_counter() - started)
		frappe_rollback()
	return statistics.median(times), max(times)


def main():
	args = parse_args()
	frappe = connect(args.bench, args.site)
	global frappe_rollback
	frappe_rollback = frappe.db.rollback
	if args.remove:
		remove_data(frappe)
		print("benchmark data removed")
		return
	started = time.perf_counter()
	ensure_data(frappe, args.participants)
	print(f"data ready in {time.perf_counter() - started:.1f} s")
	from amif_network.amif_indicators import counting
	from amif_network.rules import indicators

	participants = frappe.db.count("Participant", {"name": ["like", f"{PREFIX}%"]})
	enrolments = frappe.db.count("Module Enrolment", {"name": ["like", f"{PREFIX}%"]})
	print(f"{participants} participants, {enrolments} enrolments in the benchmark project")
	catalogue = counting.active_indicators()
	year = indicators.Period(date(2026, 1, 1), date(2026, 12, 31))
	modules = counting.fiche_modules(FICHE)
	figures = {}

	def count_all():
		for indicator, figure in counting.count_return(CPAS, year, catalogue, modules):
			figures[indicator.name] = figure.count

	median, slowest = timed(count_all)
	print(f"counting every indicator for 2026: median {median:.2f} s, slowest {slowest:.2f} s (target 2 s)")
	print("  " + ", ".join(f"{code} {count}" for code, count in figures.items()))
	for kind in ("Annual", "Cumulative"):

		def make_return(kind=kind):
			frappe.get_doc(
				{"doctype": "Indicator Return", "fiche": FICHE, "period_kind": kind, "year": 2026}
			).insert()

		median, slowest = timed(make_return)
		print(
			f"making the {kind.lower()} 2026 return: median {median:.2f} s, slowest {slowest:.2f} s (target 2 s)"
		)


frappe_rollback = None

if __name__ == "__main__":
	main()

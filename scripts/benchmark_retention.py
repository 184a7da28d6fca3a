"""The nightly retention job over 100,000 participants (target: within 60 s). Not a test.

Run by hand with the bench's Python, on a site of its own:
	python scripts/benchmark_retention.py BENCH_PATH SITE [COUNT]
It writes COUNT participants of the partner CPAS Mortsel (one fiche 2019-2020 paid last in 2021;
1 % with an ended enrolment, due; 1 % with an active one, held; the rest referred later, kept),
runs the job for 1 March 2027 over that CPAS, prints the figures and deletes all it wrote.
"""

import sys
import time
import uuid

from site_session import connect

CPAS = "MORTSEL"


def main(bench: str, site: str, count: int = 100_000):
	frappe = connect(bench, site)
	from frappe.utils import now_datetime

	from amif_network.amif_participants.retention import run_erasure

	tag = uuid.uuid4().hex[:6]
	now = now_datetime()
	fiche = f"PF-BENCH-{tag}"
	frappe.db.sql(
		"""insert into `tabProject Fiche` (name, cpas, project_name, period_start, period_end, last_payment_year,
			creation, modified, owner, modified_by, docstatus) values (%s, %s, %s, '2019-09-01', '2020-06-30', 2021,
			%s, %s, 'Administrator', 'Administrator', 1)""",
		(fiche, CPAS, f"Benchmark {tag}", now, now),
	)
	people, enrolments = [], []
	for i in range(count):
		name = f"PB-{tag}-{i:06d}"
		referral = "2019-10-01" if i % 100 < 2 else "2026-10-01"
		people.append(
			(
				name,
				CPAS,
				"Bench",
				f"Person{i}",
				f"Bench Person{i}",
				"Active",
				referral,
				now,
				now,
				"Administrator",
				"Administrator",
			)
		)
		if i % 100 < 2:
			status = "Completed" if i % 100 == 0 else "Active"
			enrolments.append(
				(
					f"EB-{tag}-{i:06d}",
					name,
					CPAS,
					status,
					"2019-10-07",
					"2019-12-20",
					now,
					now,
					"Administrator",
					"Administrator",
				)
			)
	started = time.monotonic()
	frappe.db.bulk_insert(
		"Participant",
		[
			"name",
			"cpas",
			"first_name",
			"last_name",
			"full_name",
			"status",
			"referral_date",
			"creation",
			"modified",
			"owner",
			"modified_by",
		],
		people,
	)
	frappe.db.bulk_insert(
		"Module Enrolment",
		[
			"name",
			"participant",
			"cpas",
			"status",
			"from_date",
			"to_date",
			"creation",
			"modified",
			"owner",
			"modified_by",
		],
		enrolments,
	)
	frappe.db.commit()
	print(
		f"wrote {count} participants and {len(enrolments)} enrolments in {time.monotonic() - started:.1f} s"
	)
	try:
		started = time.monotonic()
		result = run_erasure(on="2027-03-01", cpas=[CPAS], run_by="Administrator")
		seconds = time.monotonic() - started
		print(
			f"nightly job: {result['checked']} participants checked, {len(result['erased'])} erased, "
			f"{result['held']} held by an obligation, {result['due']} in their grace period, in {seconds:.1f} s"
			f" ({'within' if seconds <= 60 else 'OVER'} the 60 s target)"
		)
	finally:
		frappe.db.rollback()
		for doctype in ("Version", "Comment"):
			frappe.db.sql(
				f"delete from `tab{doctype}` where `{'docname' if doctype == 'Version' else 'reference_name'}` like %s",
				(f"%B-{tag}-%",),
			)
		frappe.db.sql("delete from `tabModule Enrolment` where name like %s", (f"EB-{tag}-%",))
		frappe.db.sql("delete from `tabParticipant` where name like %s", (f"PB-{tag}-%",))
		frappe.db.sql("delete from `tabProject Fiche` where name = %s", (fiche,))
		frappe.db.sql("delete from `tabErasure Run` where as_of = '2027-03-01'")
		frappe.db.commit()
		print("cleaned up")


if __name__ == "__main__":
	main(sys.argv[1], sys.argv[2], *(int(a) for a in sys.argv[3:4]))

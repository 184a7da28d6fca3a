#!/usr/bin/env python3
"""Bulk referral at scale: a benchmark to run by hand, not a test.

A CPAS Staff user of Liège imports N participants (default 10,000) with Frappe's Data Import,
the duplicate check on, as the background job would run it; a few bad rows are mixed in (another
CPAS, an impossible birth date, a missing last name, a duplicate of a row of the same file, an
invalid national number). It prints the time, the rows imported and each refused row with its
reason, as Frappe's import log keeps them (target: at most 2 minutes, every good row imported).

Use a site of its own: the imported participants (last names starting with "Bulkbench") stay
until `--remove` deletes them.

Run it with the bench's Python, from the repository root:
	<bench>/env/bin/python scripts/benchmark_import.py --bench <bench folder> --site <site> [--rows N] [--remove]
"""

import argparse
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from site_session import connect

ROOT = Path(__file__).resolve().parents[1]
STAFF_USER = "import.staff@amif.invalid"
PREFIX = "Bulkbench"


def parse_args():
	parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	parser.add_argument("--bench", default=os.environ.get("AMIF_BENCH"), help="bench folder (or AMIF_BENCH)")
	parser.add_argument("--site", default=os.environ.get("AMIF_SITE"), help="site name (or AMIF_SITE)")
	parser.add_argument("--rows", type=int, default=10_000, help="good rows to import")
	parser.add_argument("--remove", action="store_true", help="delete the imported participants, then stop")
	return parser.parse_args()


def national_number(birth: date, serial: int) -> str:
	"""A valid Belgian national register number for a birth date (modulo-97 check digits)."""
	base = f"{birth:%y%m%d}{serial:03d}"
	number = int(("2" if birth.year >= 2000 else "") + base)
	return f"{base}{97 - number % 97:02d}"


def rows(count: int) -> tuple[list[list[str]], dict[int, str]]:
	"""The CSV rows (header first) and, by row number in the file, the bad rows' expected fault."""
	random.seed(14)
	header = ["CPAS", "First Name", "Last Name", "Date of Birth", "National Number"]
	good, born_on = [], {}
	for i in range(count):
		birth = date(1960, 1, 1) + timedelta(days=random.randrange(0, 40 * 365))
		born_on[birth] = born_on.get(birth, 0) + 1  # the serial of the day keeps numbers unique
		good.append(
			[
				"LIEGE",
				random.choice(["Amina", "Luc", "Sara", "Omar", "Nadia"]),
				f"{PREFIX}{i:06d}",
				birth.isoformat(),
				national_number(birth, born_on[birth]),
			]
		)
	bad = {
		"another CPAS": ["GENT", "Noor", f"{PREFIX}Gent", "1980-01-01", ""],
		"impossible birth date": ["LIEGE", "Anna", f"{PREFIX}Date", "2099-01-01", ""],
		"no last name": ["LIEGE", "Paul", "", "1980-01-01", ""],
		"duplicate of row 2": [*good[0][:4], ""],
		"invalid national number": ["LIEGE", "Rita", f"{PREFIX}Number", "1980-01-01", "12345"],
	}
	table, faults = [header], {}
	spacing = max(1, count // (len(bad) + 1))
	bad_rows = iter(bad.items())
	for i, row in enumerate(good):
		table.append(row)
		if (i + 1) % spacing == 0:
			fault, bad_row = next(bad_rows, (None, None))
			if bad_row:
				table.append(bad_row)
				faults[len(table)] = fault  # row number in the file, the header being row 1
	return table, faults


def staff_user(frappe) -> str:
	if not frappe.db.exists("User", STAFF_USER):
		user = frappe.get_doc(
			{
				"doctype": "User",
				"email": STAFF_USER,
				"first_name": "Import",
				"send_welcome_email": 0,
				"user_type": "System User",
				"roles": [{"role": "CPAS Staff"}],
			}
		).insert(ignore_permissions=True)
		frappe.get_doc(
			{"doctype": "CPAS Membership", "user": user.name, "cpas": "LIEGE", "enabled": 1}
		).insert(ignore_permissions=True)
	from amif_network.permissions.cpas_scope import clear_binding_cache

	clear_binding_cache()
	frappe.db.commit()
	return STAFF_USER


def remove(frappe):
	names = frappe.get_all("Participant", {"last_name": ["like", f"{PREFIX}%"]}, pluck="name")
	if names:
		for table in ("Participant Consent", "Intake Assessment"):
			frappe.db.delete(table, {"participant": ["in", names]})
	frappe.db.delete("Participant", {"last_name": ["like", f"{PREFIX}%"]})
	frappe.db.commit()
	print(f"removed {len(names)} benchmark participants")


def main():
	args = parse_args()
	if not args.bench or not args.site:
		sys.exit("give --bench and --site (or AMIF_BENCH and AMIF_SITE)")
	frappe = connect(args.bench, args.site)
	if args.remove:
		return remove(frappe)
	from frappe.core.doctype.data_import.data_import import start_import

	table, faults = rows(args.rows)
	user = staff_user(frappe)
	frappe.set_user(user)
	data_import = frappe.get_doc(
		{"doctype": "Data Import", "reference_doctype": "Participant", "import_type": "Insert New Records"}
	).insert()
	content = "\n".join(",".join(row) for row in table) + "\n"
	file = frappe.get_doc(
		{
			"doctype": "File",
			"file_name": f"bulk-referral-{data_import.name}.csv",
			"is_private": 1,
			"attached_to_doctype": "Data Import",
			"attached_to_name": data_import.name,
			"content": content.encode(),
		}
	).insert()
	data_import.db_set("import_file", file.file_url)
	frappe.db.commit()
	before = frappe.db.count("Participant", {"last_name": ["like", f"{PREFIX}%"]})

	started = time.perf_counter()
	if os.environ.get("AMIF_PROFILE"):
		import cProfile

		cProfile.runctx("start_import(data_import.name)", globals(), locals(), os.environ["AMIF_PROFILE"])
	else:
		start_import(data_import.name)  # what the background worker runs, as the importing user
	elapsed = time.perf_counter() - started

	frappe.db.commit()
	imported = frappe.db.count("Participant", {"last_name": ["like", f"{PREFIX}%"]}) - before
	status = frappe.db.get_value("Data Import", data_import.name, "status")
	print(f"Data Import {data_import.name} as {user} (CPAS Staff, Liège): {status}")
	print(
		f"{len(table) - 1} rows ({args.rows} good, {len(faults)} bad) in {elapsed:.1f} s "
		f"({(len(table) - 1) / elapsed:.0f} rows/s); {imported} participants imported"
	)
	import json

	failed = frappe.get_all(
		"Data Import Log",
		{"data_import": data_import.name, "success": 0},
		["row_indexes", "messages"],
		order_by="log_index",
	)
	print(f"{len(failed)} refused rows, as the import log reports them:")
	for log in failed:
		messages = "; ".join(
			frappe.utils.strip_html(m.get("message", "") if isinstance(m, dict) else str(m))
			for m in json.loads(log.messages or "[]")
		)
		row_numbers = json.loads(log.row_indexes or "[]")
		expected = ", ".join(faults.get(r, "?") for r in row_numbers)
		print(f"  row {row_numbers} ({expected}): {messages[:200]}")


if __name__ == "__main__":
	main()

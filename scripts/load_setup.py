#!/usr/bin/env python3
"""Prepare a site for scripts/load_test.sh: CPAS staff accounts and one session register each.

Prints, as JSON, what the load users work on: their logins, a participant list of their CPAS,
their own session and a meeting report to print. The accounts (load.staff.NN@amif.invalid) and
their sessions stay for the next run; `--remove` deletes them.

	<bench>/env/bin/python scripts/load_setup.py --bench <bench folder> --site <site> [--users 50] [--remove]
"""

import argparse
import json
import os
import sys
from datetime import timedelta
from pathlib import Path

PASSWORD = "Load-Test-2026!"
CPAS = ("LIEGE", "CHARLEROI")
THEME = "load test"


def main():
	parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	parser.add_argument("--bench", default=os.environ.get("AMIF_BENCH"))
	parser.add_argument("--site", default=os.environ.get("AMIF_SITE"))
	parser.add_argument("--users", type=int, default=50)
	parser.add_argument("--remove", action="store_true")
	args = parser.parse_args()
	if not args.bench or not args.site:
		sys.exit("give --bench and --site")
	import frappe
	from frappe.utils import getdate, today

	os.chdir(Path(args.bench) / "sites")
	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	if args.remove:
		frappe.db.delete("Module Session", {"theme": THEME})
		for user in frappe.get_all("User", {"name": ["like", "load.staff.%@amif.invalid"]}, pluck="name"):
			frappe.db.delete("CPAS Membership", {"user": user})
			frappe.delete_doc("User", user, force=True, ignore_permissions=True)
		frappe.db.commit()
		return
	modules = {cpas: session_module(frappe, cpas) for cpas in CPAS}
	users = []
	for i in range(args.users):
		cpas = CPAS[i % len(CPAS)]
		email = f"load.staff.{i:02d}@amif.invalid"
		if not frappe.db.exists("User", email):
			user = frappe.get_doc(
				{
					"doctype": "User",
					"email": email,
					"first_name": f"Load {i:02d}",
					"send_welcome_email": 0,
					"user_type": "System User",
					"roles": [{"role": "CPAS Staff"}],
				}
			)
			user.flags.ignore_password_policy = True
			user.new_password = PASSWORD
			# made as Frappe's own importer makes users: without the user-creation throttle, which
			# refuses a site that already made many users this hour (another benchmark, an earlier run)
			frappe.flags.in_import = True
			try:
				user.insert(ignore_permissions=True)
			finally:
				frappe.flags.in_import = False
			frappe.get_doc({"doctype": "CPAS Membership", "user": email, "cpas": cpas, "enabled": 1}).insert(
				ignore_permissions=True
			)
		module = modules[cpas]
		session = frappe.db.get_value("Module Session", {"theme": THEME, "owner": email})
		if not session:
			doc = frappe.get_doc(
				{
					"doctype": "Module Session",
					"module": module.name,
					"cpas": cpas,
					"session_date": getdate(module.period_from or today()) + timedelta(days=i // len(CPAS)),
					"start_time": "06:00:00",
					"end_time": "06:30:00",
					"theme": THEME,
				}
			)
			doc.insert(ignore_permissions=True)
			frappe.db.set_value("Module Session", doc.name, "owner", email, update_modified=False)
			session = doc.name
		participants = frappe.get_all("Participant", {"cpas": cpas}, pluck="name", limit=20)
		users.append({"user": email, "password": PASSWORD, "session": session, "participants": participants})
	frappe.db.commit()
	report = frappe.get_all("Network Meeting Report", {"docstatus": 1}, pluck="name", limit=1)
	print(json.dumps({"users": users, "report": report[0] if report else None}))


def session_module(frappe, cpas: str):
	"""A module of the CPAS to plan the load sessions in: one with a period first (the demo's), else
	any (benchmark data may hold modules without `period_from`); the sessions then start today."""
	for filters in ({"cpas": cpas, "period_from": ["is", "set"]}, {"cpas": cpas}):
		found = frappe.get_all("Activity Module", filters, ["name", "period_from"], order_by="name", limit=1)
		if found:
			return found[0]
	sys.exit(f"no Activity Module of {cpas}: load the demo data first (make run)")


if __name__ == "__main__":
	main()

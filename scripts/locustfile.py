"""Locust users of scripts/load_test.sh: CPAS staff working in the desk.

Each user logs in with its own account (from AMIF_LOAD_TARGETS) and, with short pauses, opens the
participant list, a participant's form, saves its session register and prints a meeting report.
"""

import json
import os
import random

from locust import HttpUser, between, task

TARGETS = json.loads(open(os.environ["AMIF_LOAD_TARGETS"]).read())
SITE = os.environ["AMIF_LOAD_SITE"]
_next_account = iter(range(10**6))


class CPASStaff(HttpUser):
	wait_time = between(0.5, 1.5)

	def on_start(self):
		accounts = TARGETS["users"]
		self.account = accounts[next(_next_account) % len(accounts)]
		self.client.headers.update({"X-Frappe-Site-Name": SITE, "Accept": "application/json"})
		self.client.post(
			"/api/method/login",
			data={"usr": self.account["user"], "pwd": self.account["password"]},
			name="login",
		)

	@task(4)
	def participant_list(self):
		self.client.post(
			"/api/method/frappe.desk.reportview.get",
			data={
				"doctype": "Participant",
				"fields": json.dumps(
					["`tabParticipant`.`name`", "`tabParticipant`.`full_name`", "`tabParticipant`.`status`"]
				),
				"order_by": "`tabParticipant`.`modified` desc",
				"start": 0,
				"page_length": 20,
			},
			name="participant list",
		)

	@task(3)
	def participant_form(self):
		if self.account["participants"]:
			self.client.get(
				"/api/method/frappe.desk.form.load.getdoc",
				params={"doctype": "Participant", "name": random.choice(self.account["participants"])},
				name="participant form",
			)

	@task(2)
	def session_register_save(self):
		loaded = self.client.get(
			"/api/method/frappe.desk.form.load.getdoc",
			params={"doctype": "Module Session", "name": self.account["session"]},
			name="session form",
		)
		doc = loaded.json()["docs"][0]
		doc["place"] = f"Salle {random.randint(1, 9)}"
		self.client.post(
			"/api/method/frappe.desk.form.save.savedocs",
			data={"doc": json.dumps(doc), "action": "Save"},
			name="session register save",
		)

	@task(1)
	def report_print(self):
		if TARGETS["report"]:
			self.client.get(
				"/api/method/frappe.www.printview.get_html_and_style",
				params={
					"doc": "Network Meeting Report",
					"name": TARGETS["report"],
					"print_format": "Meeting Report FR NL",
				},
				name="meeting report print",
			)

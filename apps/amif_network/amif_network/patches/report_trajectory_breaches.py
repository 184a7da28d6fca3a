"""Existing sites: list the enrolments that break the trajectory's rules for each CPAS to mend.

Nothing is changed: the managers of each CPAS with breaches get one desk notification pointing
to the *Trajectory Breaches* report, which lists them.
"""

import frappe

from amif_network.amif_activities.report.trajectory_breaches.trajectory_breaches import find_breaches
from amif_network.amif_participants.steps import managers_of


def execute():
	counts = {}
	for breach in find_breaches(ignore_permissions=True):
		counts[breach.cpas] = counts.get(breach.cpas, 0) + 1
	for cpas, count in sorted(counts.items()):
		print(f"{cpas}: {count} enrolment(s) break the trajectory's rules (report Trajectory Breaches)")
		for user in managers_of(cpas):
			language = frappe.db.get_value("User", user, "language") or None
			frappe.get_doc(
				{
					"doctype": "Notification Log",
					"for_user": user,
					"type": "Alert",
					"document_type": "Report",
					"document_name": "Trajectory Breaches",
					"subject": frappe._(
						"{0} enrolment(s) of your CPAS break the trajectory's rules: see the Trajectory Breaches report.",
						lang=language,
					).format(count),
				}
			).insert(ignore_permissions=True)

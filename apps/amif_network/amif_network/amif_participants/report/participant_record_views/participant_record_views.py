# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _

from amif_network.amif_participants.read_log import records_of
from amif_network.rules import read_log as rules

MANAGER_ROLES = {"CPAS Manager", "System Manager"}


def execute(filters=None):
	"""Who opened, printed or exported a participant's record, intakes and contracts (own CPAS only)."""
	filters = frappe._dict(filters or {})
	if not MANAGER_ROLES & set(frappe.get_roles()):
		frappe.throw(_("Only a CPAS manager sees who read a participant's records."), frappe.PermissionError)
	if not filters.participant:
		return columns(), []
	participant = frappe.get_doc("Participant", filters.participant)
	participant.check_permission("read")  # the CPAS scope: a manager of another CPAS is refused
	records = records_of(participant.name)
	rows = reads_of(records, participant.cpas)
	for row in rows:
		row["action"] = _(rules.READ_ACTIONS[row["action"]])
		row["record_type"] = _(row["record_type"])
	return columns(), rows


def reads_of(records: list[tuple[str, str]], cpas: str) -> list[dict]:
	pairs = ", ".join(f"({frappe.db.escape(dt)}, {frappe.db.escape(name)})" for dt, name in records)
	views = frappe.db.sql(
		f"""select creation as seen_on, viewed_by as user, reference_doctype as record_type,
			reference_name as record, 'View Log' as log, null as method
		from `tabView Log` where (reference_doctype, reference_name) in ({pairs})""",
		as_dict=True,
	)
	accesses = frappe.db.sql(
		f"""select creation as seen_on, user, export_from as record_type, reference_document as record,
			'Access Log' as log, method
		from `tabAccess Log` where (export_from, reference_document) in ({pairs})""",
		as_dict=True,
	)
	# exports of a whole list of these records by a user of the participant's CPAS
	members = frappe.get_all("CPAS Membership", {"cpas": cpas}, pluck="user", ignore_permissions=True)
	list_exports = (
		frappe.db.sql(
			"""select creation as seen_on, user, export_from as record_type, null as record,
				'Access Log' as log, method
			from `tabAccess Log`
			where export_from in %(doctypes)s and ifnull(reference_document, '') = '' and user in %(members)s""",
			{"doctypes": rules.TRACKED_DOCTYPES, "members": tuple(members)},
			as_dict=True,
		)
		if members
		else []
	)
	rows = []
	for read in [*views, *accesses, *list_exports]:
		rows.append(
			{
				"seen_on": read.seen_on,
				"user": read.user,
				"full_name": frappe.utils.get_fullname(read.user),
				"action": rules.action_of(read.log, read.method, read.record),
				"record_type": read.record_type,
				"record": read.record,
			}
		)
	return sorted(rows, key=lambda row: row["seen_on"], reverse=True)


def columns() -> list[dict]:
	return [
		{"fieldname": "seen_on", "label": _("When"), "fieldtype": "Datetime", "width": 170},
		{"fieldname": "user", "label": _("User"), "fieldtype": "Link", "options": "User", "width": 220},
		{"fieldname": "full_name", "label": _("Name"), "fieldtype": "Data", "width": 160},
		{"fieldname": "action", "label": _("Action"), "fieldtype": "Data", "width": 160},
		{"fieldname": "record_type", "label": _("Record type"), "fieldtype": "Data", "width": 160},
		{"fieldname": "record", "label": _("Record"), "fieldtype": "Data", "width": 160},
	]

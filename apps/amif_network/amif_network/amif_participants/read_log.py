"""Reads of participants' records, logged with Frappe's View Log and Access Log (see rules.read_log)."""

import frappe

from amif_network.rules import participant as participant_rules
from amif_network.rules import read_log as rules


def log_reads(response=None, request=None):
	"""hooks after_request: log a successful opening of a tracked record in Frappe's View Log."""
	if response is None or request is None or response.status_code != 200 or not frappe.db:
		return
	path = request.path
	method = path[len("/api/method/") :] if path.startswith("/api/method/") else frappe.form_dict.get("cmd")
	read = rules.read_of(path, method, dict(frappe.form_dict))
	if not read or frappe.session.user == "Guest":
		return
	frappe.get_doc(
		{
			"doctype": "View Log",
			"viewed_by": frappe.session.user,
			"reference_doctype": read.doctype,
			"reference_name": read.name,
		}
	).insert(ignore_permissions=True)
	frappe.db.commit()  # the request's own transaction is already closed


def records_of(participant: str) -> list[tuple[str, str]]:
	"""The participant's record, intakes and contracts: what its read log covers."""
	records = [("Participant", participant)]
	for doctype in ("Intake Assessment", "Participant Contract"):
		for name in frappe.get_all(
			doctype, {"participant": participant}, pluck="name", ignore_permissions=True
		):
			records.append((doctype, name))
	return records


def scrub_access_logs(records, former: list[str]):
	"""Erasure: the page, filters and columns an Access Log kept may show the former identity."""
	names = sorted({name for _doctype, name in records})
	conditions = [
		f"`{field}` like {frappe.db.escape('%' + like_escaped(value) + '%')}"
		for field in ("page", "filters", "columns")
		for value in former
	]
	if names:
		conditions.append(f"`reference_document` in ({', '.join(frappe.db.escape(n) for n in names)})")
	if not conditions:
		return
	rows = frappe.db.sql(
		f"select name, page, filters, columns from `tabAccess Log` where {' or '.join(conditions)}",
		as_dict=True,
	)
	for row in rows:
		values = {
			field: participant_rules.scrub_text(row.get(field), former)
			for field in ("page", "filters", "columns")
		}
		if any(values[field] != row.get(field) for field in values):
			frappe.db.set_value("Access Log", row.name, values, update_modified=False)


def like_escaped(value: str) -> str:
	return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

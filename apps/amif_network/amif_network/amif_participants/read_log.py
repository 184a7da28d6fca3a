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
	names = {name for _doctype, name in records}
	candidates = set()
	for field in ("page", "filters", "columns"):
		for value in former:
			candidates |= set(
				frappe.get_all(
					"Access Log", {field: ["like", f"%{value}%"]}, pluck="name", ignore_permissions=True
				)
			)
	if names:
		candidates |= set(
			frappe.get_all(
				"Access Log",
				{"reference_document": ["in", list(names)]},
				pluck="name",
				ignore_permissions=True,
			)
		)
	for name in candidates:
		row = frappe.db.get_value("Access Log", name, ["page", "filters", "columns"], as_dict=True)
		frappe.db.set_value(
			"Access Log",
			name,
			{field: participant_rules.scrub_text(row.get(field), former) for field in row},
			update_modified=False,
		)

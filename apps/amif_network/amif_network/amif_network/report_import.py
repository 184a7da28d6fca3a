"""Import from text: what the report list's "Import from text" dialog asks of the site.

`recognise` reads a pasted text or an uploaded .txt, .docx or .pdf and returns what was found,
saving nothing; `create_draft` saves the draft the user confirmed, with the new contacts they
ticked, in one transaction. The recognisers live in `rules/report_import.py`; the dialog reaches
these two through `api/report_import.py`.
"""

import base64
import binascii
import json

import frappe
from frappe import _

from amif_network.adapters import problems as refusal
from amif_network.rules import meeting_report as report_rules
from amif_network.rules import report_documents as documents
from amif_network.rules import report_import as recognisers
from amif_network.rules.messages import Problem

REPORT = "Network Meeting Report"
MAX_FILE_BYTES = 15 * 1024 * 1024


def refuse(problems: Problem | list[Problem], exc=frappe.ValidationError):
	refusal.refuse(problems, title=_("Import from text"), exc=exc)


def check_importer():
	if not recognisers.may_import(frappe.get_roles()):
		refuse(recognisers.IMPORT_REFUSED, frappe.PermissionError)


def recognise(text: str | None = None, filename: str | None = None, content: str | None = None) -> dict:
	check_importer()
	if filename or content:
		text = text_of_file(filename or "", decode_upload(content))
	report = recognisers.recognise_report(text or "", site_contacts(), site_cpas_aliases())
	refuse(report.problems)
	found = report.as_dict()
	found["counts"] = recognisers.counts(report)
	for kind in ("attendees", "agenda", "sections", "action_points"):
		for position, item in enumerate(found[kind]):
			item["position"] = position
			item["check"] = _(item["check"]) if item.get("check") else ""
	return found


def create_draft(draft: str | dict) -> str:
	check_importer()
	if isinstance(draft, str):
		try:
			draft = json.loads(draft)
		except ValueError:
			refuse(recognisers.NOT_A_DRAFT)
	if not isinstance(draft, dict):
		refuse(recognisers.NOT_A_DRAFT)
	refuse(recognisers.draft_problems(draft))
	try:
		created = create_confirmed_contacts(draft)
		fields = recognisers.report_fields(draft, created, site_contacts())
		doc = frappe.get_doc({"doctype": REPORT, **fields})
		doc.insert()
	except Exception:
		frappe.db.rollback()
		raise
	return doc.name


def create_confirmed_contacts(draft: dict) -> dict:
	"""The contacts the user ticked as new, by the name the report gave them."""
	created = {}
	for person in draft.get("attendees") or []:
		if not isinstance(person, dict) or person.get("contact") or not person.get("create_contact"):
			continue
		name = (person.get("full_name") or "").strip()
		if not name or name in created:
			continue
		organisation_type = "SPP" if person.get("organisation_type") == "SPP" else "CPAS"
		contact = frappe.get_doc(
			{
				"doctype": "Network Contact",
				"full_name": name,
				"organisation_type": organisation_type,
				"cpas": person.get("cpas") if organisation_type == "CPAS" else None,
				"language": "Dutch" if draft.get("language") == "nl" else "French",
				"is_active": 1,
			}
		).insert()
		created[name] = contact.name
	return created


def site_contacts() -> list:
	return [
		recognisers.Contact(row.name, row.full_name, row.cpas, row.organisation_type)
		for row in frappe.get_all(
			"Network Contact", fields=["name", "full_name", "cpas", "organisation_type"], limit_page_length=0
		)
	]


def site_cpas_aliases() -> dict:
	"""The built-in names of the network's CPAS, plus each CPAS record's own city and names."""
	aliases = {code: list(names) for code, names in recognisers.CPAS_ALIASES.items()}
	for row in frappe.get_all("CPAS", fields=["name", "city", "name_fr", "name_nl"]):
		names = aliases.setdefault(row.name, [])
		for value in (
			row.name,
			row.city,
			*recognisers.place_of(row.name_fr),
			*recognisers.place_of(row.name_nl),
		):
			folded = recognisers.fold(value or "")
			if folded and folded not in names:
				names.append(folded)
	return {code: tuple(names) for code, names in aliases.items()}


def decode_upload(content: str | None) -> bytes:
	if not content:
		refuse(recognisers.EMPTY_FILE)
	if "," in content[:100] and content.startswith("data:"):
		content = content.split(",", 1)[1]
	try:
		data = base64.b64decode(content, validate=True)
	except (binascii.Error, ValueError):
		refuse(recognisers.UNREADABLE_FILE)
	if not data:
		refuse(recognisers.EMPTY_FILE)
	if len(data) > MAX_FILE_BYTES:
		refuse(recognisers.FILE_TOO_LARGE)
	return data


def text_of_file(filename: str, data: bytes) -> str:
	"""The text of a .txt, .docx or .pdf report; anything else is refused with a message."""
	extension = filename.lower().rsplit(".", 1)[-1] if "." in filename else ""
	if extension == "txt":
		return recognisers.text_of_bytes(data) or refuse(recognisers.UNREADABLE_FILE)
	if extension == "docx":
		return text_of_docx(data)
	if extension == "pdf":
		return text_of_pdf(data)
	refuse(recognisers.UNSUPPORTED_FILE)


def text_of_docx(data: bytes) -> str:
	"""A .docx as marked text: its heading styles, numbering, tables, bold and italics kept."""
	try:
		return documents.marked_text_of_docx(data)
	except documents.UnreadableDocument:
		refuse(recognisers.UNREADABLE_FILE)


def text_of_pdf(data: bytes) -> str:
	"""A PDF as marked text: larger type as headings, bold and italic lines marked."""
	try:
		return documents.marked_text_of_pdf(data)
	except documents.UnreadableDocument:
		refuse(recognisers.UNREADABLE_FILE)

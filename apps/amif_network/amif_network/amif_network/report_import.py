"""Import from text: the whitelisted methods behind the report list's "Import from text" dialog.

`recognise` reads a pasted text or an uploaded .txt, .docx or .pdf and returns what was found,
saving nothing; `create_draft` saves the draft the user confirmed, with the new contacts they
ticked, in one transaction. The recognisers live in `rules/report_import.py`.
"""

import base64
import binascii
import io
import json
import re

import frappe
from frappe import _

from amif_network.rules import meeting_report as report_rules
from amif_network.rules import report_import as recognisers
from amif_network.rules.messages import Problem

REPORT = "Network Meeting Report"
MAX_FILE_BYTES = 15 * 1024 * 1024


def refuse(problem: Problem):
	frappe.throw(problem.render(_), title=_("Import from text"))


def check_importer():
	if not recognisers.may_import(frappe.get_roles()):
		frappe.throw(
			_(recognisers.IMPORT_REFUSED.message), frappe.PermissionError, title=_("Import from text")
		)


@frappe.whitelist(methods=["POST"])
def recognise(text: str | None = None, filename: str | None = None, content: str | None = None) -> dict:
	"""What the import finds in a report's text; nothing is saved."""
	check_importer()
	if filename or content:
		text = text_of_file(filename or "", decode_upload(content))
	report = recognisers.recognise_report(text or "", site_contacts(), site_cpas_aliases())
	if report.problems:
		frappe.throw("<br>".join(p.render(_) for p in report.problems), title=_("Import from text"))
	found = report.as_dict()
	found["counts"] = recognisers.counts(report)
	return found


@frappe.whitelist(methods=["POST"])
def create_draft(draft: str | dict) -> str:
	"""Saves the confirmed draft (and the new contacts ticked in the dialog); all or nothing."""
	check_importer()
	if isinstance(draft, str):
		try:
			draft = json.loads(draft)
		except ValueError:
			refuse(recognisers.NOT_A_DRAFT)
	if not isinstance(draft, dict):
		refuse(recognisers.NOT_A_DRAFT)
	problems = recognisers.draft_problems(draft)
	if problems:
		frappe.throw("<br>".join(p.render(_) for p in problems), title=_("Import from text"))
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
	import docx

	try:
		document = docx.Document(io.BytesIO(data))
	except Exception:
		refuse(recognisers.UNREADABLE_FILE)
	numbering = DocxNumbering(document)
	lines = []
	for block in document.element.body.iterchildren():
		tag = block.tag.rsplit("}", 1)[-1]
		if tag == "p":
			paragraph = docx.text.paragraph.Paragraph(block, document)
			lines.append(numbering.prefix(paragraph) + paragraph.text)
			if paragraph.text.strip() and not numbering.is_list_item(paragraph):
				lines.append("")  # each Word paragraph is a paragraph of the text
		elif tag == "tbl":
			table = docx.table.Table(block, document)
			for row in table.rows:
				cells = list(dict.fromkeys(cell.text.strip() for cell in row.cells if cell.text.strip()))
				lines.append(" – ".join(cells))
	return "\n".join(lines)


class DocxNumbering:
	"""Word's automatic numbering ("1.", "4.1", bullets) is not in a paragraph's text: rebuild it."""

	def __init__(self, document):
		self.formats = {}
		self.counters = {}
		try:
			part = document.part.numbering_part.element
		except Exception:
			return
		namespace = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
		abstract = {}
		for node in part.findall("w:abstractNum", namespace):
			levels = {}
			for level in node.findall("w:lvl", namespace):
				fmt = level.find("w:numFmt", namespace)
				text = level.find("w:lvlText", namespace)
				start = level.find("w:start", namespace)
				levels[int(level.get(qn("w:ilvl")))] = (
					fmt.get(qn("w:val")) if fmt is not None else "decimal",
					text.get(qn("w:val")) if text is not None else "%1.",
					int(start.get(qn("w:val"))) if start is not None else 1,
				)
			abstract[node.get(qn("w:abstractNumId"))] = levels
		for node in part.findall("w:num", namespace):
			ref = node.find("w:abstractNumId", namespace)
			if ref is not None:
				self.formats[node.get(qn("w:numId"))] = abstract.get(ref.get(qn("w:val")), {})

	def _num(self, paragraph):
		props = paragraph._p.pPr
		if props is None or props.numPr is None:
			style = paragraph.style
			while style is not None:
				numbering = style.element.pPr.numPr if style.element.pPr is not None else None
				if numbering is not None and numbering.numId is not None:
					level = numbering.ilvl.val if numbering.ilvl is not None else 0
					return str(numbering.numId.val), int(level)
				style = style.base_style
			return None
		if props.numPr.numId is None:
			return None
		level = props.numPr.ilvl.val if props.numPr.ilvl is not None else 0
		return str(props.numPr.numId.val), int(level)

	def is_list_item(self, paragraph) -> bool:
		found = self._num(paragraph)
		return bool(found) and (paragraph.style.name or "").lower().startswith("list")

	def prefix(self, paragraph) -> str:
		found = self._num(paragraph)
		if not found or not paragraph.text.strip():
			return ""
		num_id, level = found
		levels = self.formats.get(num_id, {})
		fmt, text, start = levels.get(level, ("decimal", "%1.", 1))
		counters = self.counters.setdefault(num_id, {})
		counters[level] = counters.get(level, start - 1) + 1
		for deeper in [key for key in counters if key > level]:
			del counters[deeper]
		if fmt == "bullet":
			return "- "

		def value(match):
			index = int(match.group(1)) - 1
			number = counters.get(index, levels.get(index, ("decimal", "", 1))[2])
			kind = levels.get(index, ("decimal",))[0]
			return recognisers.format_number(number, kind)

		return re.sub(r"%(\d)", value, text) + " "


def qn(tag: str) -> str:
	from docx.oxml.ns import qn as docx_qn

	return docx_qn(tag)


def text_of_pdf(data: bytes) -> str:
	from pdfminer.high_level import extract_text

	if not data.startswith(b"%PDF"):
		refuse(recognisers.UNREADABLE_FILE)
	try:
		text = extract_text(io.BytesIO(data))
	except Exception:
		refuse(recognisers.UNREADABLE_FILE)
	return text

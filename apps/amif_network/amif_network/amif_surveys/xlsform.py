"""XLSForm export and import of a survey template (rules.xlsform decides; this reads and writes).

Export: any reader of the template gets an .xlsx workbook that pyxform (ODK's own converter) turns
into an ODK form, checked before it is sent. Import: the SPP uploads an XLSForm (from this app, or
made in KoboToolbox with select_one, text, required and translations) and gets a new, inactive
template; anything the template cannot hold is refused row by row, and nothing is saved.
"""

import io

import frappe
import openpyxl
from frappe import _

from amif_network.adapters.problems import refuse
from amif_network.amif_surveys.survey import WORD_FIELDS, enabled_languages, question_dicts, wording_dicts
from amif_network.rules import xlsform

SHEETS = ("survey", "choices", "settings")


def template_sheets(name: str) -> dict[str, list[list]]:
	doc = frappe.get_doc("Survey Template", name)
	languages = [
		{
			"code": lang.name,
			"name": lang.language_name,
			"words": {field[5:]: lang.get(field) for field in WORD_FIELDS},
		}
		for lang in enabled_languages()
	]
	template = {
		"title": doc.title,
		"module_kind": doc.module_kind,
		"questions": question_dicts(doc),
		"wordings": wording_dicts(doc),
	}
	return xlsform.template_to_sheets(template, languages)


def workbook_bytes(sheets: dict[str, list[list]]) -> bytes:
	book = openpyxl.Workbook()
	book.remove(book.active)
	for title in SHEETS:
		sheet = book.create_sheet(title)
		for row in sheets.get(title, []):
			sheet.append(row)
	out = io.BytesIO()
	book.save(out)
	return out.getvalue()


def read_sheets(content: bytes) -> dict[str, list[list]]:
	try:
		book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
	except Exception:
		frappe.throw(_("This file is not an XLSForm workbook (.xlsx)."), title=_("Not imported"))
	return {
		sheet.title.strip().lower(): [list(row) for row in sheet.iter_rows(values_only=True)]
		for sheet in book.worksheets
	}


def pyxform_problems(content: bytes) -> list[str]:
	"""What ODK's converter says of a workbook; empty when it makes an ODK form of it."""
	from pyxform.errors import PyXFormError
	from pyxform.xls2xform import convert

	try:
		convert(xlsform=io.BytesIO(content), file_type=".xlsx", validate=False)
	except PyXFormError as error:
		return [str(error)]
	return []


def export_xlsform(template: str):
	if not template or not frappe.db.exists("Survey Template", template):
		frappe.throw(_("Survey template {0} was not found.").format(template), frappe.DoesNotExistError)
	frappe.has_permission("Survey Template", "read", template, throw=True)
	content = workbook_bytes(template_sheets(template))
	problems = pyxform_problems(content)
	if problems:
		frappe.throw(_("The XLSForm of this template is not valid: {0}").format("; ".join(problems)))
	title = frappe.db.get_value("Survey Template", template, "title")
	frappe.response.filename = f"{xlsform.form_id(title)}.xlsx"
	frappe.response.filecontent = content
	frappe.response.type = "binary"


def import_xlsform(file_url: str = "") -> dict:
	frappe.has_permission("Survey Template", "create", throw=True)
	upload = frappe.request.files.get("file") if frappe.request and frappe.request.files else None
	if upload:
		content = upload.stream.read()
	elif file_url:
		name = frappe.db.get_value("File", {"file_url": file_url}, "name")
		if not name:
			frappe.throw(_("The file {0} was not found.").format(file_url), frappe.DoesNotExistError)
		file = frappe.get_doc("File", name)
		if not frappe.has_permission("File", "read", file):
			frappe.throw(_("You cannot read the file {0}.").format(file_url), frappe.PermissionError)
		content = file.get_content()
	else:
		frappe.throw(_("Choose the XLSForm file to import."))
	if isinstance(content, str):
		content = content.encode()
	known = frappe.get_all("Survey Language", pluck="name")
	template, problems = xlsform.sheets_to_template(read_sheets(content), known)
	refuse(problems, title=_("XLSForm not imported"))
	doc = frappe.get_doc(
		{
			"doctype": "Survey Template",
			"title": template["title"],
			"module_kind": template["module_kind"],
			"is_active": 0,
			"questions": [
				{
					"question_key": q["key"],
					"domain": q["domain"],
					"answer_kind": q["kind"],
					"required": int(q["required"]),
					"choice_options": "\n".join(
						f"{key} {pictogram}".strip() for key, pictogram in q["options"]
					),
				}
				for q in template["questions"]
			],
			"wordings": [
				{
					"question_key": w["key"],
					"language": w["language"],
					"wording": w["wording"],
					"plain_wording": w["plain_wording"],
					"option_wordings": w.get("option_wordings"),
				}
				for w in template["wordings"]
			],
		}
	)
	doc.insert()
	return {"name": doc.name, "title": doc.title, "questions": len(doc.questions)}

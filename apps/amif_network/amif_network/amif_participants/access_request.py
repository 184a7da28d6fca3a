"""The answer to a participant's access request (GDPR Article 15): all that is held about them.

A CPAS Manager of the participant's CPAS produces it as a PDF in the participant's language and
as JSON of the same content. What is collected is found at run time (`personal_data.py`): every
table linking to the participant (a DocType added later is covered by itself), the records naming
them, files, the history of their records and who read or exported them. Survey answers are
anonymous by design and stay out; the export says so.
"""

import json

import frappe
from frappe import _
from frappe.core.doctype.access_log.access_log import make_access_log
from frappe.model import no_value_fields, table_fields
from frappe.utils import now_datetime
from frappe.utils.formatters import format_value
from frappe.utils.pdf import get_pdf

from amif_network.adapters.problems import refuse
from amif_network.amif_participants import personal_data
from amif_network.amif_participants.read_log import records_of
from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules.messages import Problem

LANGUAGES = {"French": "fr", "Dutch": "nl", "English": "en"}
WORKING_LANGUAGES = {"FR": "fr", "NL": "nl", "French": "fr", "Dutch": "nl", "fr": "fr", "nl": "nl"}
# Plain-words headings of the sections, in the order they print.
SECTION_HEADINGS = {
	"Participant Consent": "What you agreed to",
	"Intake Assessment": "Your intake interview",
	"Module Enrolment": "The modules you are enrolled in",
	"Participant Contract": "Your contracts",
	"Session Attendance": "Your attendance at sessions",
	"Recruitment Prospect": "How you were invited",
}
LEFT_OUT_FIELDS = {
	"owner",
	"modified_by",
	"idx",
	"docstatus",
	"_comments",
	"_assign",
	"_liked_by",
	"_user_tags",
}
SURVEY_NOTE = (
	"Your answers to satisfaction surveys are not in this document: they are anonymous by design, "
	"nothing links them to you, so nobody, not even the CPAS, can find them back."
)


def participant_language(doc) -> str:
	"""The participant's language for letters; else the working language of their CPAS; else French."""
	if doc.get("correspondence_language") in LANGUAGES:
		return LANGUAGES[doc.correspondence_language]
	working = frappe.db.get_value("CPAS", doc.cpas, "working_language")
	return WORKING_LANGUAGES.get(working or "", "fr")


def check_may_export(doc):
	"""Only a CPAS Manager bound to the participant's CPAS answers an access request."""
	roles = frappe.get_roles()
	if "System Manager" in roles:
		return
	if "CPAS Manager" not in roles or doc.cpas not in bound_cpas():
		refuse(
			Problem(_("Only a CPAS Manager of the participant's CPAS can answer their access request.")),
			exc=frappe.PermissionError,
		)


def download(participant: str, format: str = "pdf", language: str | None = None):
	if not isinstance(participant, str) or not frappe.db.exists("Participant", participant):
		refuse(
			Problem(_("Participant {0} was not found."), (str(participant),)), exc=frappe.DoesNotExistError
		)
	if format not in ("pdf", "json"):
		refuse(Problem(_("The export is made as pdf or json.")))
	if language not in (None, "", "fr", "nl", "en"):
		refuse(Problem(_("The export is made in French, Dutch or English (fr, nl, en).")))
	doc = frappe.get_doc("Participant", participant)
	check_may_export(doc)
	lang = language or participant_language(doc)
	content = collect(doc, lang)
	# the export itself is a read of the record: it shows in the next export and in Record Views
	make_access_log(
		doctype="Participant", document=doc.name, file_type=format.upper(), method="Access request"
	)
	filename = f"access-request-{doc.name}.{format}"
	frappe.local.response.filename = filename
	frappe.local.response.type = "download"
	if format == "json":
		frappe.local.response.filecontent = json.dumps(content, indent=1, ensure_ascii=False, default=str)
		frappe.local.response.content_type = "application/json"
	else:
		html = frappe.render_template("templates/print/access_request.html", {"data": content})
		frappe.local.response.filecontent = get_pdf(html)


def collect(doc, lang: str) -> dict:
	"""Everything held about the participant, labelled in `lang`."""

	def t(text):
		return _(text, lang=lang) if text else text

	own = {("Participant", doc.name)}
	sections = []
	for doctype, fieldname in personal_data.participant_links():
		meta = frappe.get_meta(doctype)
		rows = frappe.get_all(doctype, {fieldname: doc.name}, pluck="name", ignore_permissions=True)
		if not rows:
			continue
		records = []
		for name in rows:
			row = frappe.get_doc(doctype, name) if not meta.istable else _child_row(doctype, name)
			records.append(_record(row, t))
			own.add((doctype, name))
			# the session of an attendance line is not theirs (others attend it): only the line is
			for table in meta.get_table_fields() if not meta.istable else []:
				for child in row.get(table.fieldname):
					own.add((child.doctype, child.name))
		sections.append(
			{"doctype": doctype, "heading": t(SECTION_HEADINGS.get(doctype) or doctype), "records": records}
		)
	sections.sort(
		key=lambda s: (
			list(SECTION_HEADINGS).index(s["doctype"]) if s["doctype"] in SECTION_HEADINGS else 99,
			s["doctype"],
		)
	)

	mentions = [
		m
		for m in personal_data.find_mentions(
			personal_data.identifiers(doc), personal_data.searchable_doctypes(), skip=own
		)
		if _may_read(m)
	]
	whole_records = [(dt, name) for dt, name in own if not frappe.get_meta(dt).istable]
	return {
		"title": t("What the CPAS holds about you"),
		"participant": _record(doc, t),
		"participant_id": doc.name,
		"cpas": doc.cpas,
		"language": lang,
		"produced_on": str(now_datetime()),
		"produced_by": frappe.session.user,
		"headings": {
			"you": t("About you"),
			"mentions": t("Other records that name you"),
			"signals": t("Field signals that name you"),
			"files": t("Your files"),
			"history": t("Changes made to your records"),
			"reads": t("Who opened, printed or exported your records"),
			"not_included": t("What is not in this document"),
			"none": t("Nothing."),
		},
		"sections": sections,
		"signals": [_mention(m, t) for m in mentions if (m["parenttype"] or m["doctype"]) == "Field Signal"],
		"mentions": [_mention(m, t) for m in mentions if (m["parenttype"] or m["doctype"]) != "Field Signal"],
		"files": _files(own, t),
		"history": _history(whole_records, t),
		"reads": _reads(doc, whole_records, t),
		"not_included": [t(SURVEY_NOTE)],
	}


def _child_row(doctype: str, name: str):
	return frappe.get_doc(frappe.db.get_value(doctype, name, "*", as_dict=True) | {"doctype": doctype})


def _record(row, t) -> dict:
	"""A record as label -> value, in the reader's language; child tables under their label."""
	meta = frappe.get_meta(row.doctype)
	fields = []
	for df in meta.fields:
		if df.fieldname in LEFT_OUT_FIELDS or (
			df.fieldtype in no_value_fields and df.fieldtype not in table_fields
		):
			continue
		value = row.get(df.fieldname)
		if df.fieldtype in table_fields:
			children = [_record(child, t) for child in value or []]
			if children:
				fields.append({"label": t(df.label), "rows": children})
			continue
		if value in (None, "") or (df.fieldtype == "Check" and not value):
			continue
		if df.fieldtype == "Check":
			shown = t("Yes")
		elif df.fieldtype == "Select" or df.options == "Workflow State":
			shown = t(value)
		else:
			shown = format_value(value, df)
		fields.append({"label": t(df.label or df.fieldname), "value": str(shown)})
	title = t(meta.name)
	if meta.istable and row.get("parenttype"):
		parent = frappe.db.get_value(row.parenttype, row.parent, ["*"], as_dict=True) or {}
		context = [parent.get(f) for f in ("session_date", "module_name", "title") if parent.get(f)]
		title = f"{t(row.parenttype)} {row.parent}" + (
			f" ({', '.join(str(c) for c in context)})" if context else ""
		)
	return {"doctype": row.doctype, "name": row.name, "title": title, "fields": fields}


def _may_read(mention: dict) -> bool:
	doctype, name = (
		(mention["parenttype"], mention["parent"])
		if mention.get("parenttype")
		else (mention["doctype"], mention["name"])
	)
	try:
		return bool(frappe.has_permission(doctype, "read", doc=name))
	except frappe.DoesNotExistError:
		return False


def _mention(m: dict, t) -> dict:
	doctype, name = (m["parenttype"], m["parent"]) if m.get("parenttype") else (m["doctype"], m["name"])
	label = frappe.get_meta(m["doctype"]).get_label(m["field"])
	return {
		"record": f"{t(doctype)} {name}",
		"doctype": m["doctype"],
		"name": m["name"],
		"field": t(label),
		"value": m["value"],
	}


def _files(records: set, t) -> list[dict]:
	files = []
	for doctype, name in sorted(records):
		for f in frappe.get_all(
			"File",
			{"attached_to_doctype": doctype, "attached_to_name": name},
			["name", "file_name", "file_url", "creation", "is_private"],
			ignore_permissions=True,
		):
			files.append(
				{
					"record": f"{t(doctype)} {name}",
					"file_name": f.file_name,
					"file_url": f.file_url,
					"added_on": str(f.creation),
				}
			)
	return files


def _history(records: list, t) -> list[dict]:
	history = []
	for doctype, name in sorted(records):
		for version in frappe.get_all(
			"Version",
			{"ref_doctype": doctype, "docname": name},
			["creation", "owner", "data"],
			order_by="creation",
			ignore_permissions=True,
		):
			history.append(
				{
					"record": f"{t(doctype)} {name}",
					"when": str(version.creation),
					"by": version.owner,
					"changes": _changes(version.data, doctype, t),
				}
			)
		for comment in frappe.get_all(
			"Comment",
			{
				"reference_doctype": doctype,
				"reference_name": name,
				"comment_type": ["in", ["Comment", "Info", "Edit", "Workflow"]],
			},
			["creation", "owner", "content"],
			order_by="creation",
			ignore_permissions=True,
		):
			history.append(
				{
					"record": f"{t(doctype)} {name}",
					"when": str(comment.creation),
					"by": comment.owner,
					"changes": frappe.utils.strip_html(comment.content or ""),
				}
			)
	return sorted(history, key=lambda h: h["when"])


def _changes(data: str, doctype: str, t) -> str:
	try:
		data = json.loads(data or "{}")
	except ValueError:
		return ""
	meta = frappe.get_meta(doctype)
	lines = [
		f"{t(meta.get_label(field))}: {old or '-'} → {new or '-'}"
		for field, old, new in data.get("changed") or []
	]
	for table, _row in data.get("added") or []:
		lines.append(f"+ {t(meta.get_label(table))}")
	for table, _row in data.get("removed") or []:
		lines.append(f"- {t(meta.get_label(table))}")
	if data.get("comment_type"):
		lines.append(str(data.get("comment") or ""))
	return "; ".join(lines) or t("Record created")


def _reads(doc, records: list, t) -> list[dict]:
	from amif_network.amif_participants.report.participant_record_views.participant_record_views import (
		reads_of,
	)
	from amif_network.rules import read_log

	tracked = set(records_of(doc.name)) | set(records)
	rows = reads_of(sorted(tracked), doc.cpas)
	return [
		{
			"when": str(row["seen_on"]),
			"who": row["user"],
			"name": row["full_name"],
			"action": t(read_log.READ_ACTIONS.get(row["action"], row["action"])),
			"record": f"{t(row['record_type'])} {row['record'] or ''}".strip(),
		}
		for row in rows
	]

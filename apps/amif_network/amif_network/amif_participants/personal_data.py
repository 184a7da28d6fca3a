"""Where a participant's personal data lies, found at run time from the site's DocTypes.

Every table linking to Participant (a DocType or a child table, a module's own or added later)
holds rows about one participant; any other text column of the app may name them. The access
request (`access_request.py`) and the erasure (`steps.erase_participant`) both start from here.
"""

import re

import frappe

from amif_network.adapters.request_guard import app_doctypes
from amif_network.amif_participants.read_log import like_escaped

TEXT_TYPES = (
	"Data",
	"Small Text",
	"Text",
	"Long Text",
	"Text Editor",
	"Markdown Editor",
	"HTML Editor",
	"Autocomplete",
	"Attach",
	"Attach Image",
)
# Anonymous by design: no participant in them, and an answer is never tied back to one.
SURVEY_DOCTYPES = ("Survey Response", "Survey Answer")


def participant_links() -> list[tuple[str, str]]:
	"""(DocType, Link field) of every table pointing at a Participant (read once a request or job)."""
	cached = getattr(frappe.local, "amif_participant_links", None)
	if cached is None:
		cached = frappe.local.amif_participant_links = _participant_links()
	return cached


def _participant_links() -> list[tuple[str, str]]:
	links = frappe.get_all(
		"DocField", filters={"fieldtype": "Link", "options": "Participant"}, fields=["parent", "fieldname"]
	) + frappe.get_all(
		"Custom Field", filters={"fieldtype": "Link", "options": "Participant"}, fields=["dt", "fieldname"]
	)
	found = set()
	for link in links:
		doctype = link.get("parent") or link.get("dt")
		if frappe.db.exists("DocType", doctype) and not frappe.get_meta(doctype).issingle:
			found.add((doctype, link.fieldname))
	return sorted(found)


def text_columns(doctype: str) -> list[str]:
	meta = frappe.get_meta(doctype)
	return [df.fieldname for df in meta.fields if df.fieldtype in TEXT_TYPES]


def searchable_doctypes() -> list[str]:
	"""The app's tables (child tables too) that may name a participant; surveys stay out."""
	return sorted(
		doctype
		for doctype in app_doctypes()
		if doctype not in SURVEY_DOCTYPES
		and not frappe.get_meta(doctype).issingle
		and frappe.db.table_exists(doctype)
		and text_columns(doctype)
	)


def identifiers(participant) -> list[str]:
	"""What names a participant in free text: the full name (both orders), national number, e-mail."""
	values = [
		participant.full_name,
		f"{participant.last_name} {participant.first_name}"
		if participant.first_name and participant.last_name
		else None,
		participant.national_number,
		participant.email,
	]
	return [v.strip() for v in values if v and len(v.strip()) > 4]


def find_mentions(
	values: list[str], doctypes: list[str], skip: set[tuple[str, str]] = frozenset()
) -> list[dict]:
	"""Every (row, column) of `doctypes` whose text holds one of `values`, rows in `skip` left out."""
	if not values:
		return []
	found = []
	for doctype in doctypes:
		meta = frappe.get_meta(doctype)
		columns = text_columns(doctype)
		conditions = " or ".join(f"`{c}` like %(v{i})s" for c in columns for i in range(len(values)))
		extra = ", `parent`, `parenttype`" if meta.istable else ""
		rows = frappe.db.sql(
			f"select `name`{extra}, {', '.join(f'`{c}`' for c in columns)} from `tab{doctype}` where {conditions}",
			{f"v{i}": f"%{like_escaped(v)}%" for i, v in enumerate(values)},
			as_dict=True,
		)
		for row in rows:
			if (doctype, row.name) in skip:
				continue
			for column in columns:
				text = row.get(column)
				if isinstance(text, str) and any(v in text for v in values):
					found.append(
						{
							"doctype": doctype,
							"name": row.name,
							"parenttype": row.get("parenttype"),
							"parent": row.get("parent"),
							"field": column,
							"value": text,
						}
					)
	return found


def scrub_mentions(values: list[str]) -> int:
	"""Erasure: replace the text naming erased people in every other record of the app (signals,
	sessions, reports...), one pass per table for a whole run; rows about a participant are erased
	field by field beforehand, and the Participant table itself holds only the person's own record."""
	from amif_network.rules.participant import scrub_text

	values = sorted({v.strip() for v in values if v and len(v.strip()) > 4})
	if not values:
		return 0
	linked = {doctype for doctype, _field in participant_links()}
	pattern = "|".join(re.escape(v) for v in values)
	changed = 0
	for doctype in searchable_doctypes():
		if doctype == "Participant" or doctype in linked:
			continue
		columns = text_columns(doctype)
		rows = frappe.db.sql(
			f"""select `name`, {", ".join(f"`{c}`" for c in columns)} from `tab{doctype}`
			where concat_ws(' ', {", ".join(f"`{c}`" for c in columns)}) regexp %s""",
			(pattern,),
			as_dict=True,
		)
		for row in rows:
			new = {c: scrub_text(row.get(c), values) for c in columns}
			new = {c: v for c, v in new.items() if v != row.get(c)}
			if new:
				frappe.db.set_value(doctype, row.name, new, update_modified=False)
				changed += 1
	return changed

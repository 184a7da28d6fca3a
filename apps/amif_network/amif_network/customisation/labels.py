"""Every label of the app's forms in French, Dutch and English, kept as Frappe Translation records."""

import frappe
from frappe import _
from frappe.translate import get_all_translations

from amif_network.customisation import guard
from amif_network.rules import customisation as rules

LANGUAGES = ("fr", "nl", "en")
PENDING_KEY = "amif_network:labels_to_translate"


def form_labels(doctype: str) -> dict[str, str]:
	"""{label: fieldname} of a form as customised (fields, sections and tabs with a label)."""
	return {df.label: df.fieldname for df in frappe.get_meta(doctype).fields if df.label}


def wording(label: str) -> dict:
	"""A label's wording in the three languages as the site has it now."""
	row = {"label": label}
	for lang in LANGUAGES:
		translated = get_all_translations(lang).get(label)
		row[lang] = translated if translated and translated != label else ("" if lang != "en" else label)
	return row


def remember_pending(doctype: str, pending: list[str]):
	"""Labels just added or changed in Customize Form: the next refresh asks for their wording."""
	frappe.cache.hset(PENDING_KEY, f"{frappe.session.user}:{doctype}", pending)


def labels_to_translate(doctype: str, everything: int = 0) -> list[dict]:
	guard.check_reach(doctype)
	key = f"{frappe.session.user}:{doctype}"
	if frappe.utils.cint(everything):
		pending = list(form_labels(doctype))
	else:
		pending = frappe.cache.hget(PENDING_KEY, key) or []
		frappe.cache.hdel(PENDING_KEY, key)
	translations = {lang: get_all_translations(lang) for lang in ("fr", "nl")}
	rows = [wording(label) for label in pending]
	if frappe.utils.cint(everything):
		rows = [row for row in rows if rules.missing_languages(row["label"], translations)]
	return rows


def save_label_translations(doctype: str, rows: str | list) -> int:
	guard.check_reach(doctype)
	rows = frappe.parse_json(rows) or []
	if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
		frappe.throw(_("Give the wording of each label in French, Dutch and English."))
	known = form_labels(doctype)
	for row in rows:
		label = (row.get("label") or "").strip()
		if label not in known:
			frappe.throw(_("{0} is not a label of {1}.").format(label, _(doctype)))
		if not (row.get("fr") or "").strip() or not (row.get("nl") or "").strip():
			frappe.throw(_("{0}: give its French and Dutch wording.").format(label))
	for row in rows:
		for lang in LANGUAGES:
			text = (row.get(lang) or "").strip()
			if lang == "en" and (not text or text == row["label"].strip()):
				frappe.db.delete("Translation", {"language": "en", "source_text": row["label"].strip()})
				continue
			set_translation(row["label"].strip(), lang, text)
	frappe.translate.clear_cache()
	return len(rows)


def set_translation(source: str, lang: str, text: str):
	name = frappe.db.get_value(
		"Translation", {"language": lang, "source_text": source, "context": ["is", "not set"]}
	)
	doc = frappe.get_doc("Translation", name) if name else frappe.new_doc("Translation")
	doc.update({"language": lang, "source_text": source, "translated_text": text})
	doc.save(ignore_permissions=True)


def labels_missing_a_language(doctype: str | None = None) -> list[dict]:
	"""Labels of the app's forms without a French or Dutch wording, for the report."""
	translations = {lang: get_all_translations(lang) for lang in ("fr", "nl")}
	rows = []
	for name in [doctype] if doctype else guard.app_doctypes():
		for label, fieldname in form_labels(name).items():
			missing = rules.missing_languages(label, translations)
			if missing:
				rows.append(
					{
						"doctype_name": name,
						"fieldname": fieldname,
						"label": label,
						"missing": ", ".join(missing),
						"french": translations["fr"].get(label) or "",
						"dutch": translations["nl"].get(label) or "",
					}
				)
	return rows

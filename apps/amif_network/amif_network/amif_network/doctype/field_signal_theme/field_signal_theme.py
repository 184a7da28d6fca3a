# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe.model.document import Document
from frappe.translate import clear_cache as clear_translation_cache

from amif_network.rules import signals as rules


class FieldSignalTheme(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		enabled: DF.Check
		label_fr: DF.Data
		label_nl: DF.Data
		theme: DF.Data
	# end: auto-generated types

	def labels(self) -> dict[str, str | None]:
		return {"fr": self.label_fr, "nl": self.label_nl}

	def on_update(self):
		translate_theme(self.name, self.labels())

	def on_trash(self):
		translate_theme(self.name, dict.fromkeys(self.labels()))

	def after_rename(self, old: str, new: str, merge: bool = False):
		translate_theme(old, dict.fromkeys(self.labels()))
		translate_theme(new, self.labels())


def translate_theme(theme: str, labels: dict[str, str | None]):
	"""Keep Frappe's translation of a theme's name equal to its labels, so that lists, links and
	searches, which translate the names of a translated DocType, show the theme in the reader's language.
	"""
	changed = False
	for language, label in rules.theme_translations(theme, labels).items():
		existing = frappe.get_all(
			"Translation",
			filters={"source_text": theme, "language": language},
			fields=["name", "translated_text", "context"],
		)
		existing = [row for row in existing if not row.context]
		for row in existing[1:] if label else existing:
			frappe.delete_doc("Translation", row.name, ignore_permissions=True)
			changed = True
		if not label or (existing and existing[0].translated_text == label):
			continue
		if existing:
			frappe.db.set_value("Translation", existing[0].name, "translated_text", label)
		else:
			frappe.get_doc(
				{
					"doctype": "Translation",
					"language": language,
					"source_text": theme,
					"translated_text": label,
				}
			).insert(ignore_permissions=True)
		changed = True
	if changed:
		clear_translation_cache()  # the desk's boot carries the translations too


def translate_all_themes():
	"""After migrate: themes made before their names were translated get their translations."""
	for theme in frappe.get_all("Field Signal Theme", fields=["name", "label_fr", "label_nl"]):
		translate_theme(theme.name, {"fr": theme.label_fr, "nl": theme.label_nl})
	frappe.db.commit()

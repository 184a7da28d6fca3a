"""Install-time data of field signals."""

import json
from pathlib import Path

import frappe

FIELD_SIGNAL_THEMES = Path(__file__).with_name("field_signal_themes.json")


def seed_field_signal_themes():
	"""The standard themes of field signals, for a site that has no theme yet.

	Runs after install and after every migrate; once the site has themes, the list is the SPP's to
	edit, so nothing is overwritten or brought back.
	"""
	if frappe.db.count("Field Signal Theme"):
		return
	for theme in json.loads(FIELD_SIGNAL_THEMES.read_text(encoding="utf-8")):
		frappe.get_doc({"doctype": "Field Signal Theme", **theme}).insert(ignore_permissions=True)
	frappe.db.commit()

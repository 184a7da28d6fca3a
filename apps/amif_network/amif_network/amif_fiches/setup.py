"""Install-time data of the project fiches."""

import json
from pathlib import Path

import frappe

TARGET_GROUP_OPTIONS = Path(__file__).with_name("target_group_options.json")


def seed_target_group_options():
	"""The choices of the SPP's template (seed 002), for each dimension that has none yet.

	Runs after install and after every migrate; once the SPP has choices for a dimension, they are
	its own to edit, so nothing is overwritten or brought back.
	"""
	present = set(frappe.get_all("Target Group Option", pluck="dimension", distinct=True))
	for option in json.loads(TARGET_GROUP_OPTIONS.read_text(encoding="utf-8")):
		if option["dimension"] in present:
			continue
		frappe.get_doc({"doctype": "Target Group Option", **option}).insert(ignore_permissions=True)
	frappe.db.commit()

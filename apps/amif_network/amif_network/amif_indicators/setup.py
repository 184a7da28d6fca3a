"""The fund's indicators of specific objective 2 (Regulation (EU) 2021/1147, Annex VIII) as the
network counts them, seeded once as reference data for the SPP to check; the SPP edits them after."""

import json
from pathlib import Path

import frappe

SEED = Path(__file__).with_name("indicators_2021_2027.json")


def seed_indicators():
	if not frappe.db.table_exists("AMIF Indicator") or frappe.db.count("AMIF Indicator"):
		return
	for record in json.loads(SEED.read_text(encoding="utf-8")):
		record = dict(record)
		kinds = record.pop("module_kinds", [])
		doc = frappe.get_doc(
			{
				"doctype": "AMIF Indicator",
				"funding_period": "2021-2027",
				"reference_data": 1,
				"is_active": 1,
				**record,
				"module_kinds": [{"indicator_kind": kind} for kind in kinds],
			}
		)
		doc.insert(ignore_permissions=True)


# A return reads every started enrolment of its project's modules: one index holds all it reads.
INDICATOR_INDEXES = (
	(
		"Module Enrolment",
		("cpas", "module", "status", "from_date", "to_date", "participant"),
		"indicator_rows",
	),
)


def add_indicator_indexes():
	"""after_migrate: the covering index behind the indicator return."""
	for doctype, columns, index_name in INDICATOR_INDEXES:
		if frappe.db.table_exists(doctype):
			frappe.db.add_index(doctype, list(columns), index_name)

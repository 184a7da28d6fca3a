# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

from frappe import _

from amif_network.customisation import guard, labels


def execute(filters=None):
	filters = filters or {}
	doctype = filters.get("doctype_name")
	if doctype:
		guard.check_reach(doctype)
	columns = [
		{
			"fieldname": "doctype_name",
			"label": _("Form"),
			"fieldtype": "Data",
			"width": 200,
		},
		{"fieldname": "fieldname", "label": _("Field Name"), "fieldtype": "Data", "width": 180},
		{"fieldname": "label", "label": _("Label"), "fieldtype": "Data", "width": 220},
		{"fieldname": "missing", "label": _("Missing Languages"), "fieldtype": "Data", "width": 140},
		{"fieldname": "french", "label": _("French"), "fieldtype": "Data", "width": 200},
		{"fieldname": "dutch", "label": _("Dutch"), "fieldtype": "Data", "width": 200},
	]
	return columns, labels.labels_missing_a_language(doctype)

// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.query_reports["Form Labels Missing a Language"] = {
	filters: [
		{
			fieldname: "doctype_name",
			label: __("Form"),
			fieldtype: "Data",
		},
	],
};

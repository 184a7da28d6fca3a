// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.query_reports["Field Signals Answer Owed"] = {
	filters: [
		{
			fieldname: "due_days",
			label: __("Days Without an Answer"),
			fieldtype: "Int",
			default: 90,
		},
	],
};

// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.query_reports["Participant Record Views"] = {
	filters: [
		{
			fieldname: "participant",
			label: __("Participant"),
			fieldtype: "Link",
			options: "Participant",
			reqd: 1,
		},
	],
};

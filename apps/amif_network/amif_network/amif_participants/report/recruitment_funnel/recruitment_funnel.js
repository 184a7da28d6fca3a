// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.query_reports["Recruitment Funnel"] = {
	filters: [
		{
			fieldname: "campaign",
			label: __("Recruitment Campaign"),
			fieldtype: "Link",
			options: "Recruitment Campaign",
		},
		{
			fieldname: "cpas",
			label: __("CPAS"),
			fieldtype: "Link",
			options: "CPAS",
		},
	],
};

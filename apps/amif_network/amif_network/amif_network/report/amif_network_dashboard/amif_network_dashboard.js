// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.query_reports["AMIF Network Dashboard"] = {
	filters: [
		{
			fieldname: "quarter",
			label: __("Quarter"),
			fieldtype: "Data",
			description: __("A quarter reads like 2026-Q4."),
		},
	],
};

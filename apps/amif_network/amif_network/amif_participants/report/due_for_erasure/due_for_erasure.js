// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.query_reports["Due for Erasure"] = {
	filters: [
		{
			fieldname: "cpas",
			label: __("CPAS"),
			fieldtype: "Link",
			options: "CPAS",
		},
		{
			fieldname: "as_of",
			label: __("As Of"),
			fieldtype: "Date",
			default: frappe.datetime.get_today(),
		},
	],
};

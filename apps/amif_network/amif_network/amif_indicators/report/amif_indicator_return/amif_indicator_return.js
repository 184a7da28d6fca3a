// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.query_reports["AMIF Indicator Return"] = {
	filters: [
		{
			fieldname: "year",
			label: __("Year"),
			fieldtype: "Int",
			default: new Date().getFullYear(),
			reqd: 1,
		},
		{
			fieldname: "period_kind",
			label: __("Reporting Period"),
			fieldtype: "Select",
			options: ["Annual", "Cumulative"].map((value) => ({ value, label: __(value) })),
			default: "Annual",
			reqd: 1,
		},
	],
};

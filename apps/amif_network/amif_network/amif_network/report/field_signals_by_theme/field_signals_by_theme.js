// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.query_reports["Field Signals by Theme"] = {
	filters: [
		{
			fieldname: "period",
			label: __("Period"),
			fieldtype: "Select",
			options: [
				{ value: "Month", label: __("Month") },
				{ value: "Quarter", label: __("Quarter") },
				{ value: "Year", label: __("Year") },
			],
			default: "Quarter",
		},
		{ fieldname: "from_date", label: __("From Date"), fieldtype: "Date" },
		{ fieldname: "to_date", label: __("To Date"), fieldtype: "Date" },
		{ fieldname: "theme", label: __("Theme"), fieldtype: "Link", options: "Field Signal Theme" },
		{ fieldname: "reporting_cpas", label: __("Reporting CPAS"), fieldtype: "Link", options: "CPAS" },
	],
};

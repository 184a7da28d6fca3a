// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.query_reports["Survey Results"] = {
	filters: [
		{ fieldname: "template", label: __("Survey Template"), fieldtype: "Link", options: "Survey Template" },
		{ fieldname: "module", label: __("Module"), fieldtype: "Link", options: "Activity Module" },
		{
			fieldname: "release_period",
			label: __("Release Period"),
			fieldtype: "Link",
			options: "Survey Release Period",
		},
		{
			fieldname: "module_kind",
			label: __("Module Kind"),
			fieldtype: "Select",
			options: [
				"",
				"Individual follow-up",
				"Collective workshop",
				"Collective coaching",
				"Information session",
				"Outing",
				"Language course",
			].map((value) => ({ value, label: __(value) })),
		},
		{
			fieldname: "rate_date",
			label: __("Enrolments Active Since"),
			fieldtype: "Date",
			default: frappe.datetime.get_today(),
			description: __("The response rate counts enrolments completed, or active since this date or before"),
		},
	],
};

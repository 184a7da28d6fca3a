// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.query_reports["Open Action Points"] = {
	filters: [
		{
			fieldname: "action_owner",
			label: __("Owner"),
			fieldtype: "Link",
			options: "Network Contact",
		},
	],
};

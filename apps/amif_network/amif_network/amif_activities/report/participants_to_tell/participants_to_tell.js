// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.query_reports["Participants to Tell"] = {
	filters: [{ fieldname: "cpas", label: __("CPAS"), fieldtype: "Link", options: "CPAS" }],
};

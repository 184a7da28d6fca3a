// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.query_reports["Attendance Summary"] = {
	filters: [
		{ fieldname: "cpas", label: __("CPAS"), fieldtype: "Link", options: "CPAS" },
		{ fieldname: "module", label: __("Module"), fieldtype: "Link", options: "Activity Module" },
		{ fieldname: "participant", label: __("Participant"), fieldtype: "Link", options: "Participant" },
	],
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (column.fieldname === "limits_broken" && data && data.limits_broken) {
			value = `<span class="text-danger">${value}</span>`;
		}
		return value;
	},
};

// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.listview_settings["Module Enrolment"] = {
	get_indicator(doc) {
		const colour = { Proposed: "orange", Active: "green", Completed: "blue", Dropped: "gray" }[doc.status];
		return [__(doc.status), colour, `status,=,${doc.status}`];
	},
};

// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.ui.form.on("Network Meeting Report", {
	setup(frm) {
		// co-authors are people who work in the application
		frm.set_query("co_authors", () => ({ filters: { enabled: 1, user_type: "System User" } }));
		// open action points are carried over from a published, earlier report
		frm.set_query("previous_report", () => ({
			filters: frm.doc.meeting_date
				? { docstatus: 1, meeting_date: ["<", frm.doc.meeting_date] }
				: { docstatus: 1 },
		}));
	},

	refresh(frm) {
		frm.add_custom_button(__("Open Action Points"), () =>
			frappe.set_route("query-report", "Open Action Points")
		);
	},
});

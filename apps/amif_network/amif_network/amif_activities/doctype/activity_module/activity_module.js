// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.ui.form.on("Activity Module", {
	setup(frm) {
		frm.set_query("lead", () => ({ filters: { enabled: 1, user_type: "System User" } }));
	},
});

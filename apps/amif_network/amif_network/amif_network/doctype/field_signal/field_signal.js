// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.ui.form.on("Field Signal", {
	onload(frm) {
		// the observation is written in the reporter's language
		if (frm.is_new() && !frm.doc.title) {
			const lang = frappe.boot.lang || "";
			frm.set_value("observation_language", lang.startsWith("nl") ? "Dutch" : lang.startsWith("en") ? "English" : "French");
		}
	},
	refresh(frm) {
		frm.set_query("merged_into", () => ({
			filters: { name: ["!=", frm.doc.name], workflow_state: ["!=", "Merged"] },
		}));
	},
});

// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.ui.form.on("Module Enrolment", {
	setup(frm) {
		// Only the active modules of the participant's own CPAS can be chosen.
		frm.set_query("module", () => ({
			filters: { cpas: frm.doc.cpas || "", is_active: 1 },
		}));
	},
});

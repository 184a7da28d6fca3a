// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.ui.form.on("Session Notice", {
	refresh(frm) {
		if (["To tell", "Failed"].includes(frm.doc.status) && frm.perm[0] && frm.perm[0].write) {
			frm.add_custom_button(__("Told by Phone or in Person"), () => {
				frm.set_value("status", "Told");
				frm.save();
			});
		}
	},
});

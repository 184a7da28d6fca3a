// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.ui.form.on("Recruitment Prospect", {
	setup(frm) {
		// Information sessions of the prospect's CPAS only.
		frm.set_query("information_session", () => ({ filters: { cpas: frm.doc.cpas } }));
		frm.set_query("campaign", () => ({ filters: frm.doc.cpas ? { cpas: frm.doc.cpas } : {} }));
	},
	refresh(frm) {
		if (!frm.is_new() && !frm.doc.participant) {
			frm.add_custom_button(__("Enrol as participant"), () => {
				frappe
					.call({
						method: "amif_network.api.participants.enrol",
						args: { prospect: frm.doc.name },
						freeze: true,
					})
					.then((r) => {
						frm.reload_doc();
						frappe.set_route("Form", "Participant", r.message);
					});
			});
		}
	},
});

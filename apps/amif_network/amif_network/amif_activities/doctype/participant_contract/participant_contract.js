// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

const RULE_FIELDS = ["min_attendance_rate", "max_unexcused_absences", "max_late_arrivals", "late_period"];

frappe.ui.form.on("Participant Contract", {
	setup(frm) {
		frm.set_query("module", () => ({ filters: { cpas: frm.doc.cpas || "", is_active: 1 } }));
		frm.set_query("counterpart", () => ({ filters: { enabled: 1, user_type: "System User" } }));
	},

	cpas(frm) {
		// A new contract shows its CPAS's default rules at once; the server copies them again if left empty.
		if (!frm.is_new() || !frm.doc.cpas) return;
		frappe
			.call("amif_network.api.contracts.get_contract_defaults", {
				cpas: frm.doc.cpas,
			})
			.then(({ message }) => {
				for (const field of RULE_FIELDS) {
					if (message && message[field] !== undefined && message[field] !== null) {
						frm.set_value(field, message[field]);
					}
				}
			});
	},

	contract_type(frm) {
		if (frm.doc.contract_type !== "Module") frm.set_value("module", null);
	},

	module(frm) {
		if (frm.doc.module && !frm.doc.counterpart) {
			frappe.db.get_value("Activity Module", frm.doc.module, "lead").then(({ message }) => {
				if (message && message.lead) frm.set_value("counterpart", message.lead);
			});
		}
	},
});

// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

const ACTIONS_NEEDING_A_REASON = ["Send Back", "Reject"];

frappe.ui.form.on("Intake Assessment", {
	setup(frm) {
		// Only modules of the participant's CPAS can be proposed.
		frm.set_query("module", "proposed_modules", () => ({
			filters: { cpas: frm.doc.cpas, is_active: 1 },
		}));
	},

	before_workflow_action(frm) {
		if (!ACTIONS_NEEDING_A_REASON.includes(frm.selected_workflow_action)) {
			return;
		}
		// The reason is saved before the action, so the server checks it whatever the path.
		return new Promise((resolve, reject) => {
			frappe.dom.unfreeze();
			frappe.prompt(
				{
					fieldname: "reason",
					fieldtype: "Small Text",
					label: __("Reason for Sending Back or Rejecting"),
					reqd: 1,
				},
				({ reason }) => {
					frappe
						.xcall(
							"amif_network.api.participants.record_decision_reason",
							{ intake: frm.doc.name, reason }
						)
						.then(() => {
							frappe.dom.freeze();
							resolve();
						}, reject);
				},
				__("Why?"),
				__("Continue")
			);
		});
	},
});

// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

const FUNNEL_STAGES = ["listed", "kept", "invited", "came", "enrolled"];

frappe.ui.form.on("Recruitment Campaign", {
	setup(frm) {
		frm.set_query("module", () => ({ filters: { cpas: frm.doc.cpas } }));
	},
	refresh(frm) {
		// Counted from prospects: the stages follow the prospects, nobody types them.
		const from_prospects = frm.doc.counted_from === "Prospects";
		FUNNEL_STAGES.forEach((stage) => frm.set_df_property(stage, "read_only", from_prospects));
		if (!frm.is_new()) {
			frm.add_custom_button(__("Prospects"), () =>
				frappe.set_route("List", "Recruitment Prospect", { campaign: frm.doc.name })
			);
			frm.add_custom_button(__("Recruitment Funnel"), () =>
				frappe.set_route("query-report", "Recruitment Funnel", { campaign: frm.doc.name })
			);
		}
	},
	counted_from(frm) {
		frm.trigger("refresh");
	},
});

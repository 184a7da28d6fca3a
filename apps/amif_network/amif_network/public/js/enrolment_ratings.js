// A Module Enrolment opens the ratings of its fiche module's sub-objectives (AMIF Indicators).
frappe.ui.form.on("Module Enrolment", {
	refresh(frm) {
		if (frm.is_new()) return;
		frm.add_custom_button(
			__("Rate Sub-objectives"),
			() => {
				frappe.call({
					method: "amif_network.api.indicators.add_ratings",
					args: { enrolment: frm.doc.name },
					callback() {
						frappe.set_route("List", "Sub-objective Rating", { enrolment: frm.doc.name });
					},
				});
			},
			__("Progress")
		);
	},
});

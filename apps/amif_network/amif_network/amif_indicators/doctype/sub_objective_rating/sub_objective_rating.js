// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

// The enrolment sets the approved fiche and its module; the sub-objective is picked from them.
frappe.ui.form.on("Sub-objective Rating", {
	enrolment(frm) {
		if (!frm.doc.enrolment) return;
		frappe.call({
			method: "amif_network.api.indicators.rating_choices",
			args: { enrolment: frm.doc.enrolment },
			callback(r) {
				const choices = r.message || {};
				frm.set_value("fiche", choices.fiche || "");
				frm.set_value("fiche_module", choices.fiche_module || "");
				frm.__sub_objectives = choices.sub_objectives || [];
				if (frm.__sub_objectives.length && !frm.doc.sub_objective) pick(frm);
			},
		});
	},
	refresh(frm) {
		if (frm.doc.enrolment && !frm.doc.docstatus) {
			frm.add_custom_button(__("Choose Sub-objective"), () => frm.trigger("enrolment"));
		}
	},
});

function pick(frm) {
	frappe.prompt(
		{
			fieldname: "sub_objective",
			fieldtype: "Select",
			label: __("Sub-objective"),
			options: frm.__sub_objectives,
			reqd: 1,
		},
		(values) => frm.set_value("sub_objective", values.sub_objective),
		__("Choose Sub-objective")
	);
}

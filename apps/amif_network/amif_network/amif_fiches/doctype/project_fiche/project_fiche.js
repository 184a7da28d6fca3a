// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

// Each target-group field offers the choices of its own dimension (Target Group Option).
const TARGET_GROUP_FIELDS = {
	target_age: "Age",
	target_education_level: "Education Level",
	target_language_level: "Language Level",
	target_nationality: "Nationality",
	target_gender: "Gender",
	target_physical_condition: "Physical Condition",
};

frappe.ui.form.on("Project Fiche", {
	setup(frm) {
		for (const [fieldname, dimension] of Object.entries(TARGET_GROUP_FIELDS)) {
			frm.set_query(fieldname, () => ({ filters: { dimension } }));
		}
	},
	refresh(frm) {
		offer_module_names(frm);
		if (frm.doc.workflow_state === "Returned for Changes" && frm.doc.return_reason) {
			frm.dashboard.set_headline(
				__("Returned for changes: {0}", [frappe.utils.escape_html(frm.doc.return_reason)]),
				"orange"
			);
		}
	},
	modules_remove: offer_module_names,
});

frappe.ui.form.on("Project Fiche Module", {
	module_name: offer_module_names,
});

frappe.ui.form.on("Project Fiche Staff Line", {
	fte(frm) {
		frm.set_value(
			"total_fte",
			(frm.doc.staff_lines || []).reduce((total, row) => total + flt(row.fte), 0)
		);
	},
});

// A sub-objective belongs to one of the modules of this fiche.
function offer_module_names(frm) {
	const names = (frm.doc.modules || []).map((row) => row.module_name).filter(Boolean);
	frm.fields_dict.sub_objectives.grid.update_docfield_property(
		"module_name",
		"options",
		["", ...names].join("\n")
	);
}

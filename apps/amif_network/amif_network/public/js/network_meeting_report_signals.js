// Field signals on the meeting report form: raise a signal from one of its sections.
frappe.ui.form.on("Network Meeting Report", {
	refresh(frm) {
		if (frm.is_new() || !(frm.doc.sections || []).length) return;
		if (!frappe.model.can_create("Field Signal")) return;
		frm.add_custom_button(
			__("Raise Field Signal"),
			() => raise_field_signal(frm),
			__("Field Signals")
		);
		frm.add_custom_button(
			__("Signals Discussed"),
			() => frappe.set_route("List", "Field Signal", { meeting_report: frm.doc.name }),
			__("Field Signals")
		);
	},
});

const SIGNAL_METHODS = "amif_network.api.field_signals";

function raise_field_signal(frm) {
	// a user bound to several CPAS says which one reports; a single CPAS or the SPP need not
	frappe.xcall(`${SIGNAL_METHODS}.reporting_cpas_choices`).then((cpas) => show_raise_dialog(frm, cpas || []));
}

function show_raise_dialog(frm, cpas) {
	const dutch = (frappe.boot.lang || "").startsWith("nl");
	const sections = (frm.doc.sections || []).map((section, index) => {
		const number = section.number || index + 1;
		const heading = (dutch ? section.heading_nl : section.heading_fr) || section.heading_fr || section.heading_nl || "";
		return { value: String(number), label: `${number}. ${heading}` };
	});
	const dialog = new frappe.ui.Dialog({
		title: __("Raise Field Signal"),
		fields: [
			{ fieldname: "section_number", fieldtype: "Select", label: __("Section"), options: sections, reqd: 1 },
			{ fieldname: "theme", fieldtype: "Link", label: __("Theme"), options: "Field Signal Theme", reqd: 1 },
			{ fieldname: "title", fieldtype: "Data", label: __("Title") },
			{
				fieldname: "reporting_cpas",
				fieldtype: "Select",
				label: __("Reporting CPAS"),
				options: [{ value: "", label: "" }, ...cpas],
				reqd: cpas.length > 1 ? 1 : 0,
				hidden: cpas.length > 1 ? 0 : 1,
			},
		],
		primary_action_label: __("Raise Field Signal"),
		primary_action(values) {
			frappe
				.xcall(`${SIGNAL_METHODS}.raise_from_meeting_section`, {
					meeting_report: frm.doc.name,
					section_number: values.section_number,
					theme: values.theme,
					title: values.title,
					reporting_cpas: cpas.length > 1 ? values.reporting_cpas : null,
				})
				.then((name) => {
					dialog.hide();
					frappe.set_route("Form", "Field Signal", name);
				});
		},
	});
	dialog.show();
}

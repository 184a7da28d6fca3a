// Customize Form for the SPP's form administrators: the app's forms only, and every new or
// changed label worded in French, Dutch and English (stored as Translation records).
const AMIF_LABELS_API = "amif_network.api.customisation";

frappe.ui.form.on("Customize Form", {
	onload(frm) {
		if (frappe.user.has_role("System Manager")) return;
		frm.set_query("doc_type", () => ({
			query: "amif_network.api.customisation.app_doctype_query",
		}));
	},

	refresh(frm) {
		if (!frm.doc.doc_type) return;
		frm.add_custom_button(__("Label Translations"), () => amif_ask_label_wording(frm, 1), __("Actions"));
		amif_ask_label_wording(frm, 0);
	},
});

function amif_ask_label_wording(frm, everything) {
	const doctype = frm.doc.doc_type;
	// Customize Form refreshes more than once after Update: ask once, in one dialog.
	if (frm.__amif_asking_labels) return;
	frm.__amif_asking_labels = true;
	const done = () => (frm.__amif_asking_labels = false);
	frappe.call({
		method: `${AMIF_LABELS_API}.labels_to_translate`,
		args: { doctype, everything },
		callback: (r) => {
			const rows = r.message || [];
			if (rows.length) {
				amif_label_wording_dialog(doctype, rows, done);
				return;
			}
			done();
			if (everything) {
				frappe.show_alert({ message: __("Every label has its French and Dutch wording."), indicator: "green" });
			}
		},
		error: done,
	});
}

function amif_label_wording_dialog(doctype, rows, done) {
	const fields = [];
	rows.forEach((row, i) => {
		fields.push({ fieldtype: "Section Break", label: row.label });
		fields.push({ fieldname: `fr_${i}`, fieldtype: "Data", label: __("French"), reqd: 1, default: row.fr });
		fields.push({ fieldtype: "Column Break" });
		fields.push({ fieldname: `nl_${i}`, fieldtype: "Data", label: __("Dutch"), reqd: 1, default: row.nl });
		fields.push({ fieldtype: "Column Break" });
		fields.push({ fieldname: `en_${i}`, fieldtype: "Data", label: __("English"), reqd: 1, default: row.en });
	});
	const dialog = new frappe.ui.Dialog({
		title: __("Word the labels in French, Dutch and English"),
		size: "extra-large",
		fields,
		primary_action_label: __("Save"),
		primary_action(values) {
			const wording = rows.map((row, i) => ({
				label: row.label,
				fr: values[`fr_${i}`],
				nl: values[`nl_${i}`],
				en: values[`en_${i}`],
			}));
			frappe.call({
				method: `${AMIF_LABELS_API}.save_label_translations`,
				args: { doctype, rows: wording },
				freeze: true,
				callback: (r) => {
					if (r.exc) return;
					dialog.hide();
					frappe.show_alert({ message: __("Labels saved in three languages."), indicator: "green" });
				},
			});
		},
	});
	dialog.onhide = done;
	dialog.show();
}

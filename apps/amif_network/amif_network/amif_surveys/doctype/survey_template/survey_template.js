// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.ui.form.on("Survey Template", {
	refresh(frm) {
		if (frm.doc.missing_wordings) {
			frm.dashboard.set_headline_alert(
				`${__("Some active questions lack a wording in an enabled language:")} ${frappe.utils.escape_html(
					frm.doc.missing_wordings
				).replace(/\n/g, "; ")}`,
				"orange"
			);
		}
		if (!frm.is_new()) {
			frm.add_custom_button(__("Paper version (PDF)"), () => {
				frappe.prompt(
					[
						{
							fieldname: "languages",
							fieldtype: "Data",
							label: __("Languages"),
							reqd: 1,
							default: "fr",
							description: __("One language code, or two side by side, e.g. fr,ar"),
						},
					],
					(values) => {
						const url = `/api/method/amif_network.api.surveys.survey_pdf?template=${encodeURIComponent(
							frm.doc.name
						)}&languages=${encodeURIComponent(values.languages)}`;
						window.open(url);
					},
					__("Paper version (PDF)")
				);
			});
			frm.add_custom_button(
				__("Export"),
				() =>
					window.open(
						`/api/method/amif_network.api.surveys.export_xlsform?template=${encodeURIComponent(
							frm.doc.name
						)}`
					),
				__("XLSForm")
			);
		}
		if (frappe.model.can_create("Survey Template")) {
			frm.add_custom_button(__("Import"), () => amif_import_xlsform(), __("XLSForm"));
		}
	},
});

// XLSForm (KoboToolbox, ODK): a workbook becomes a new, inactive template; refused rows are named.
function amif_import_xlsform() {
	new frappe.ui.FileUploader({
		allow_multiple: false,
		restrictions: { allowed_file_types: [".xlsx"] },
		make_attachments_public: false,
		on_success(file) {
			frappe.call({
				method: "amif_network.api.surveys.import_xlsform",
				args: { file_url: file.file_url },
				freeze: true,
				callback: (r) => r.message && frappe.set_route("Form", "Survey Template", r.message.name),
			});
		},
	});
}

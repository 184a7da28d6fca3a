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
						const url = `/api/method/amif_network.amif_surveys.paper.survey_pdf?template=${encodeURIComponent(
							frm.doc.name
						)}&languages=${encodeURIComponent(values.languages)}`;
						window.open(url);
					},
					__("Paper version (PDF)")
				);
			});
		}
	},
});

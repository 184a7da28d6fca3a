// The SPP imports an XLSForm (made in KoboToolbox or ODK, or exported here) as a new template.
frappe.listview_settings["Survey Template"] = {
	onload(listview) {
		if (!frappe.model.can_create("Survey Template")) return;
		listview.page.add_inner_button(__("Import XLSForm"), () => {
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
		});
	},
};

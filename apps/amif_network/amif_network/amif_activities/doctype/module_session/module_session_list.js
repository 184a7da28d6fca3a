frappe.listview_settings["Module Session"] = {
	onload(listview) {
		if (!frappe.model.can_create("Module Session")) return;
		listview.page.add_inner_button(__("Create Series"), () => amif_network_session_series_dialog());
	},
};

// A weekly or fortnightly series of sessions of one module, skipping closure days.
function amif_network_session_series_dialog(module) {
	const dialog = new frappe.ui.Dialog({
		title: __("Create Series"),
		fields: [
			{ fieldname: "module", fieldtype: "Link", options: "Activity Module", label: __("Module"), reqd: 1, default: module },
			{
				fieldname: "frequency",
				fieldtype: "Select",
				label: __("Frequency"),
				options: [
					{ value: "Weekly", label: __("Weekly") },
					{ value: "Fortnightly", label: __("Fortnightly") },
				],
				default: "Weekly",
				reqd: 1,
			},
			{ fieldname: "first_day", fieldtype: "Date", label: __("First Day"), reqd: 1 },
			{ fieldname: "last_day", fieldtype: "Date", label: __("Last Day"), reqd: 1 },
			{ fieldname: "column_break_times", fieldtype: "Column Break" },
			{ fieldname: "start_time", fieldtype: "Time", label: __("Start Time"), reqd: 1 },
			{ fieldname: "end_time", fieldtype: "Time", label: __("End Time"), reqd: 1 },
			{ fieldname: "place", fieldtype: "Data", label: __("Place") },
			{ fieldname: "theme", fieldtype: "Data", label: __("Theme") },
			{
				fieldname: "sensitive_optional",
				fieldtype: "Check",
				label: __("Sensitive Topic: Optional"),
				description: __("Taking part is optional; an absence never counts against the contract"),
			},
			{ fieldname: "section_trainers", fieldtype: "Section Break" },
			{
				fieldname: "trainers",
				fieldtype: "MultiSelectList",
				label: __("Trainers"),
				get_data: (txt) => frappe.db.get_link_options("User", txt),
			},
			{
				fieldname: "closure_days",
				fieldtype: "Table",
				label: __("Closure Days"),
				cannot_add_rows: false,
				in_place_edit: true,
				data: [],
				fields: [{ fieldname: "day", fieldtype: "Date", label: __("Closure Day"), in_list_view: 1, reqd: 1 }],
			},
		],
		primary_action_label: __("Create"),
		primary_action(values) {
			frappe.call({
				method: "amif_network.api.sessions.create_series",
				args: {
					module: values.module,
					first_day: values.first_day,
					last_day: values.last_day,
					start_time: values.start_time,
					end_time: values.end_time,
					frequency: values.frequency,
					place: values.place,
					theme: values.theme,
					sensitive_optional: values.sensitive_optional ? 1 : 0,
					trainers: values.trainers || [],
					closure_days: (values.closure_days || []).map((row) => row.day).filter(Boolean),
				},
				freeze: true,
				callback(r) {
					dialog.hide();
					frappe.show_alert({
						message: __("{0} sessions created", [(r.message || []).length]),
						indicator: "green",
					});
					frappe.set_route("List", "Module Session", { module: values.module });
				},
			});
		},
	});
	dialog.show();
	return dialog;
}

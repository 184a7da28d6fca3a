frappe.listview_settings["Session Notice"] = {
	add_fields: ["status", "channel"],
	get_indicator(doc) {
		const colours = { Sent: "green", Queued: "blue", Failed: "red", "To tell": "orange", Told: "green", "Not sent": "gray" };
		return [__(doc.status), colours[doc.status] || "gray", "status,=," + doc.status];
	},
};

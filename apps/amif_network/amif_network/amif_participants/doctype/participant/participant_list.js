// The status of a trajectory at a glance.
const PARTICIPANT_STATUS_COLOURS = {
	Referred: "blue",
	"In intake": "orange",
	Active: "green",
	Completed: "gray",
	Withdrawn: "red",
};

frappe.listview_settings["Participant"] = {
	add_fields: ["status", "anonymised"],
	get_indicator(doc) {
		return [__(doc.status), PARTICIPANT_STATUS_COLOURS[doc.status] || "gray", `status,=,${doc.status}`];
	},
};

// The weekly timetable of a CPAS: sessions read through the CPAS scope, one week at a time.
frappe.views.calendar["Module Session"] = {
	field_map: {
		start: "start",
		end: "end",
		id: "name",
		title: "title",
		allDay: "all_day",
	},
	filters: [
		{ fieldtype: "Link", fieldname: "cpas", options: "CPAS", label: __("CPAS") },
		{ fieldtype: "Link", fieldname: "module", options: "Activity Module", label: __("Module") },
	],
	options: {
		defaultView: "agendaWeek",
		weekends: false,
		minTime: "08:00:00",
		maxTime: "19:00:00",
		editable: false,
		selectable: false,
	},
	get_events_method: "amif_network.api.sessions.get_events",
};

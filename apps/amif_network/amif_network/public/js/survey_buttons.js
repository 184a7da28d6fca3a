// Satisfaction survey: staff open the tablet page for one enrolment, or for a session's participants in turn.
frappe.ui.form.on("Module Enrolment", {
	refresh(frm) {
		if (frm.is_new() || frm.doc.survey_release_period || !["Active", "Completed"].includes(frm.doc.status)) return;
		const open = (channel) =>
			window.open(
				`/survey?enrolment=${encodeURIComponent(frm.doc.name)}${channel === "Paper" ? "&channel=Paper" : ""}`,
				"_blank"
			);
		frm.add_custom_button(__("On the tablet"), () => open("Tablet"), __("Satisfaction survey"));
		frm.add_custom_button(__("Enter paper answers"), () => open("Paper"), __("Satisfaction survey"));
	},
});

frappe.ui.form.on("Module Session", {
	refresh(frm) {
		if (frm.is_new()) return;
		frm.add_custom_button(__("Satisfaction survey"), () =>
			window.open(`/survey?session=${encodeURIComponent(frm.doc.name)}`, "_blank")
		);
	},
});

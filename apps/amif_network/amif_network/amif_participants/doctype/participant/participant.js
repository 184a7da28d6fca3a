// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

const PARTICIPANTS = "amif_network.api.participants";

frappe.ui.form.on("Participant", {
	last_name: (frm) => show_possible_duplicates(frm),
	date_of_birth: (frm) => show_possible_duplicates(frm),
	national_number: (frm) => show_possible_duplicates(frm),

	refresh(frm) {
		if (frm.is_new() || frm.doc.anonymised || !frappe.user.has_role("CPAS Manager")) {
			return;
		}
		if (frm.doc.status === "Active") {
			frm.add_custom_button(__("Trajectory Completed"), () => end_trajectory(frm, "Completed"), __("End"));
		}
		if (["Referred", "In intake", "Active"].includes(frm.doc.status)) {
			frm.add_custom_button(__("Withdrawn"), () => end_trajectory(frm, "Withdrawn"), __("End"));
		}
		frm.add_custom_button(__("Anonymise"), () => anonymise(frm), __("End"));
		for (const format of ["pdf", "json"]) {
			frm.add_custom_button(format.toUpperCase(), () => access_request(frm, format), __("Access Request"));
		}
	},
});

function show_possible_duplicates(frm) {
	if (!frm.is_new() || !frm.doc.cpas || !frm.doc.last_name) {
		return;
	}
	frappe
		.xcall(`${PARTICIPANTS}.possible_duplicates`, {
			cpas: frm.doc.cpas,
			last_name: frm.doc.last_name,
			date_of_birth: frm.doc.date_of_birth,
			national_number: frm.doc.national_number,
		})
		.then((found) => {
			frm.dashboard.clear_headline();
			if (!found.length) {
				return;
			}
			const links = found
				.map((p) => `<a href="${frappe.utils.get_form_link("Participant", p.name)}">${frappe.utils.escape_html(p.full_name || p.name)}</a>`)
				.join(", ");
			frm.dashboard.set_headline_alert(
				`${__("This person may already be registered:")} ${links}. ${__("Only a CPAS Manager can confirm that this is a new person.")}`,
				"orange"
			);
		});
}

function end_trajectory(frm, outcome) {
	frappe.confirm(__("End the trajectory of {0} as {1}?", [frm.doc.full_name, __(outcome)]), () =>
		frappe.xcall(`${PARTICIPANTS}.end_trajectory`, { participant: frm.doc.name, outcome }).then(() => frm.reload_doc())
	);
}

function anonymise(frm) {
	frappe.prompt(
		{
			fieldname: "confirmation",
			fieldtype: "Data",
			reqd: 1,
			label: __("Type the participant's ID {0} to confirm the anonymisation.", [frm.doc.name]),
			description: __("Names, contact data, free text and identifiers are replaced for good, also in consents, intakes and the change history."),
		},
		({ confirmation }) =>
			frappe.xcall(`${PARTICIPANTS}.anonymise`, { participant: frm.doc.name, confirmation }).then(() => frm.reload_doc()),
		__("Anonymise"),
		__("Anonymise")
	);
}

function access_request(frm, format) {
	// GDPR Article 15: everything held about the participant, in their language
	const query = new URLSearchParams({ participant: frm.doc.name, format });
	window.open(`/api/method/amif_network.api.participants.download_access_request?${query}`);
}

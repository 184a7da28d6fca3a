// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.listview_settings["Participant Contract"] = {
	add_fields: ["signed_by_participant", "signed_on", "valid_until"],
	get_indicator(doc) {
		const today = frappe.datetime.get_today();
		if (!doc.signed_by_participant) return [__("Not signed"), "orange", "signed_by_participant,=,0"];
		if (doc.valid_until && doc.valid_until < today) return [__("Expired"), "red", "valid_until,<,Today"];
		return [__("In force"), "green", "signed_by_participant,=,1"];
	},
};

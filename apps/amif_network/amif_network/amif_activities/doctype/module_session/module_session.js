// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

frappe.ui.form.on("Module Session", {
	refresh(frm) {
		if (frm.doc.cancelled) {
			frm.set_intro(__("This session is cancelled."), "red");
		} else if (frm.doc.sensitive_optional) {
			frm.set_intro(__("Sensitive topic: taking part is optional. An absence here never counts against the contract."), "blue");
		} else {
			frm.set_intro("");
		}
		if (frm.doc.module && !frm.is_new()) {
			frm.add_custom_button(__("Weekly Timetable"), () => frappe.set_route("List", "Module Session", "Calendar"));
		}
		if (frm.doc.module && frm.doc.session_date && frm.perm[0] && frm.perm[0].write) {
			frm.add_custom_button(__("Fetch Enrolled Participants"), () => frm.events.fetch_enrolled(frm));
		}
		frm.set_query("module", () => ({ filters: { is_active: 1 } }));
	},

	fetch_enrolled(frm) {
		frappe.call({
			method: "amif_network.api.sessions.get_enrolled_participants",
			args: { module: frm.doc.module, session_date: frm.doc.session_date },
			callback(r) {
				const present = new Set((frm.doc.attendance || []).map((row) => row.participant));
				(r.message || [])
					.filter((row) => !present.has(row.participant))
					.forEach((row) => {
						const child = frm.add_child("attendance", row);
						child.status = "Present";
					});
				frm.refresh_field("attendance");
			},
		});
	},
});

// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

// Exports in French, Dutch or English; the participant rows behind a figure for the CPAS only.
frappe.ui.form.on("Indicator Return", {
	refresh(frm) {
		if (frm.is_new()) return;
		if (frm.doc.workflow_state === "Sent back" && frm.doc.send_back_reason) {
			frm.dashboard.set_headline(
				__("Sent back: {0}", [frappe.utils.escape_html(frm.doc.send_back_reason)]),
				"orange"
			);
		}
		for (const [fmt, label] of [
			["xlsx", __("Download XLSX")],
			["csv", __("Download CSV")],
		]) {
			frm.add_custom_button(
				label,
				() => {
					frappe.prompt(
						{
							fieldname: "language",
							fieldtype: "Select",
							label: __("Language"),
							options: [
								{ value: "fr", label: __("French") },
								{ value: "nl", label: __("Dutch") },
								{ value: "en", label: __("English") },
							],
							default: (frappe.boot.lang || "fr").slice(0, 2),
						},
						(values) => {
							const args = new URLSearchParams({
								name: frm.doc.name,
								file_format: fmt,
								language: values.language,
							});
							window.open(
								`/api/method/amif_network.api.indicators.download_return?${args}`
							);
						},
						label
					);
				},
				__("Export")
			);
		}
		const own_cpas = (frappe.boot.amif_bound_cpas || []).includes(frm.doc.cpas);
		if (frappe.user.has_role("CPAS Staff") || frappe.user.has_role("CPAS Manager") || own_cpas) {
			frm.add_custom_button(__("Participants behind a figure"), () => show_rows(frm));
		}
	},
});

function show_rows(frm) {
	frappe.prompt(
		{
			fieldname: "indicator",
			fieldtype: "Select",
			label: __("Indicator"),
			options: frm.doc.lines.map((line) => line.indicator),
			reqd: 1,
		},
		(values) => {
			frappe.call({
				method: "amif_network.api.indicators.participant_rows",
				args: { name: frm.doc.name, indicator: values.indicator },
				callback(r) {
					const rows = r.message || [];
					const cells = rows
						.map(
							(row) =>
								`<tr><td>${frappe.utils.escape_html(row.participant || "")}</td>` +
								`<td>${frappe.utils.escape_html(row.participant_name || "")}</td>` +
								`<td>${frappe.utils.escape_html(row.module || row.procedure || "")}</td>` +
								`<td>${frappe.utils.escape_html(String(row.from_date || row.applied_on || ""))}</td>` +
								`<td>${frappe.utils.escape_html(String(row.to_date || ""))}</td></tr>`
						)
						.join("");
					frappe.msgprint({
						title: __("Participants behind {0}", [values.indicator]),
						message: rows.length
							? `<table class="table table-bordered"><thead><tr><th>${__("Participant")}</th><th>${__("Name")}</th><th>${__("Module")}</th><th>${__("From")}</th><th>${__("To")}</th></tr></thead><tbody>${cells}</tbody></table>`
							: __("No participant rows: the figure counts anonymous survey answers, or nothing."),
						wide: true,
					});
				},
			});
		},
		__("Participants behind a figure")
	);
}

// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

// "Import from text": an old report, pasted or uploaded, becomes a draft once the user has seen
// and corrected what was recognised. Nothing is saved before "Save Draft".
const IMPORT_METHOD = "amif_network.api.report_import";

frappe.listview_settings["Network Meeting Report"] = {
	onload(listview) {
		if (!frappe.user.has_role(["AMIF Network Manager", "System Manager"])) return;
		listview.page.add_inner_button(__("Import from text"), () => ask_for_text());
	},
};

function ask_for_text() {
	const dialog = new frappe.ui.Dialog({
		title: __("Import from text"),
		size: "large",
		fields: [
			{
				fieldname: "text",
				fieldtype: "Long Text",
				label: __("Text of the report"),
				description: __("Paste the text of an old report, or choose its file below."),
			},
			{ fieldname: "file_input", fieldtype: "HTML", label: __("File (.txt, .docx or .pdf)") },
		],
		primary_action_label: __("Recognise"),
		primary_action(values) {
			const file = dialog.fields_dict.file_input.$wrapper.find("input[type=file]")[0].files[0];
			const send = (args) =>
				frappe.call({
					method: `${IMPORT_METHOD}.recognise`,
					type: "POST",
					args,
					freeze: true,
					callback: (r) => {
						if (!r.message) return;
						dialog.hide();
						confirm_draft(r.message);
					},
				});
			if (!file) return send({ text: values.text || "" });
			const reader = new FileReader();
			reader.onload = () => send({ filename: file.name, content: reader.result });
			reader.readAsDataURL(file);
		},
	});
	dialog.fields_dict.file_input.$wrapper.html(
		`<label class="control-label">${__("File (.txt, .docx or .pdf)")}</label>
		<input type="file" class="form-control" accept=".txt,.docx,.pdf">`
	);
	dialog.show();
}

// The items the import is not sure of come first in each table, with the reason; the report keeps
// the order of the text (each row carries its position).
const unsure_first = (rows) =>
	[...rows].sort((a, b) => (a.check ? 0 : 1) - (b.check ? 0 : 1) || a.position - b.position);
const in_text_order = (rows) => [...(rows || [])].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
const CHECK_COLUMN = { fieldname: "check", fieldtype: "Data", label: __("To Check"), read_only: 1, in_list_view: 1, columns: 2 };

function confirm_draft(found) {
	const counts = found.counts;
	const summary = `<p>${__(
		"Recognised: {0} people, {1} agenda items, {2} headings, {3} action points.",
		[counts.people, counts.agenda, counts.headings, counts.actions]
	)}</p>${
		counts.to_check
			? `<p class="text-warning">${__(
					"{0} items to check: they come first in each table, with the reason.",
					[counts.to_check]
			  )}</p>`
			: `<p>${__("The import is sure of every item.")}</p>`
	}`;
	const leftover = found.leftover.length
		? `<p><strong>${__("Left over (not imported)")}</strong></p><ul>${found.leftover
				.map((line) => `<li>${frappe.utils.escape_html(line)}</li>`)
				.join("")}</ul>`
		: `<p>${__("Nothing was left over.")}</p>`;
	const organisations = found.attendees.filter((p) => !p.full_name);
	const people = found.attendees.filter((p) => p.full_name);
	const dialog = new frappe.ui.Dialog({
		title: __("Check the imported report"),
		size: "extra-large",
		fields: [
			{ fieldname: "summary", fieldtype: "HTML", options: summary },
			{ fieldname: "title_nl", fieldtype: "Data", label: __("Title (Dutch)"), reqd: 1, default: found.title_nl },
			{ fieldname: "title_fr", fieldtype: "Data", label: __("Title (French)"), reqd: 1, default: found.title_fr },
			{ fieldname: "meeting_date", fieldtype: "Date", label: __("Meeting Date"), reqd: 1, default: found.meeting_date },
			{
				fieldname: "report_languages",
				fieldtype: "Select",
				label: __("Report Languages"),
				options: ["French only", "Dutch only", "French and Dutch"].map((v) => ({ value: v, label: __(v) })),
				default: found.language === "nl" ? "Dutch only" : "French only",
			},
			{ fieldtype: "Column Break" },
			{ fieldname: "place", fieldtype: "Data", label: __("Place"), default: found.place },
			{ fieldname: "is_online", fieldtype: "Check", label: __("Online"), default: found.is_online ? 1 : 0 },
			{
				fieldname: "simultaneous_interpretation",
				fieldtype: "Check",
				label: __("Simultaneous Interpretation"),
				default: found.simultaneous_interpretation ? 1 : 0,
			},
			{ fieldname: "host_cpas", fieldtype: "Link", options: "CPAS", label: __("Host CPAS"), default: found.host_cpas },
			{ fieldtype: "Section Break", label: __("Present and Excused") },
			{
				fieldname: "organisations",
				fieldtype: "HTML",
				options: organisations.length
					? `<p>${__("Organisations named without a person: {0}", [
							organisations.map((p) => frappe.utils.escape_html(p.organisation)).join(", "),
					  ])}</p>`
					: "",
			},
			{
				fieldname: "attendees",
				fieldtype: "Table",
				cannot_add_rows: false,
				in_place_edit: true,
				data: unsure_first(people).map((p) => ({ ...p, create_contact: p.contact ? 0 : 1 })),
				fields: [
					CHECK_COLUMN,
					{ fieldname: "full_name", fieldtype: "Data", label: __("Full Name"), in_list_view: 1, columns: 2 },
					{ fieldname: "organisation", fieldtype: "Data", label: __("Organisation"), in_list_view: 1, columns: 2 },
					{ fieldname: "attendance", fieldtype: "Select", options: "Present\nExcused", label: __("Attendance"), in_list_view: 1, columns: 1 },
					{ fieldname: "contact", fieldtype: "Link", options: "Network Contact", label: __("Network Contact"), in_list_view: 1, columns: 2 },
					{ fieldname: "create_contact", fieldtype: "Check", label: __("Create as New Contact"), in_list_view: 1, columns: 1 },
					{ fieldname: "cpas", fieldtype: "Link", options: "CPAS", label: __("CPAS") },
					{ fieldname: "organisation_type", fieldtype: "Data", label: __("Organisation Type"), read_only: 1 },
				],
			},
			{ fieldtype: "Section Break", label: __("Agenda") },
			{
				fieldname: "agenda",
				fieldtype: "Table",
				in_place_edit: true,
				data: unsure_first(found.agenda),
				fields: [
					CHECK_COLUMN,
					{ fieldname: "from_time", fieldtype: "Data", label: __("From"), in_list_view: 1, columns: 1 },
					{ fieldname: "to_time", fieldtype: "Data", label: __("To"), in_list_view: 1, columns: 1 },
					{ fieldname: "title", fieldtype: "Data", label: __("Title"), in_list_view: 1, columns: 6 },
					{ fieldname: "position", fieldtype: "Int", hidden: 1 },
				],
			},
			{ fieldtype: "Section Break", label: __("Sections") },
			{
				fieldname: "sections",
				fieldtype: "Table",
				in_place_edit: true,
				data: unsure_first(found.sections).map((s) => ({ ...s, remark: (s.remarks || []).join(" ") })),
				fields: [
					CHECK_COLUMN,
					{ fieldname: "number", fieldtype: "Data", label: __("Number"), in_list_view: 1, columns: 1 },
					{ fieldname: "level", fieldtype: "Int", label: __("Level"), in_list_view: 1, columns: 1 },
					{ fieldname: "heading", fieldtype: "Data", label: __("Heading"), in_list_view: 1, columns: 4 },
					{ fieldname: "remark", fieldtype: "Data", label: __("Remark"), in_list_view: 1, columns: 2 },
					{ fieldname: "position", fieldtype: "Int", hidden: 1 },
				],
			},
			{ fieldtype: "Section Break", label: __("Action Points") },
			{
				fieldname: "action_points",
				fieldtype: "Table",
				in_place_edit: true,
				data: unsure_first(found.action_points).map((p) => ({ ...p, owner_names: (p.owners || []).join(", ") })),
				fields: [
					CHECK_COLUMN,
					{ fieldname: "action", fieldtype: "Data", label: __("Action"), in_list_view: 1, columns: 4 },
					{
						fieldname: "owner_type",
						fieldtype: "Select",
						label: __("Owner Type"),
						options: "Network Contact\nSeveral Network Contacts\nCPAS\nSPP\nTo Be Assigned",
						in_list_view: 1,
						columns: 1,
					},
					{ fieldname: "position", fieldtype: "Int", hidden: 1 },
					{ fieldname: "owner_names", fieldtype: "Data", label: __("Owner"), in_list_view: 1, columns: 2 },
					{ fieldname: "owner_cpas", fieldtype: "Link", options: "CPAS", label: __("Owner CPAS"), in_list_view: 1, columns: 1 },
				],
			},
			{ fieldtype: "Section Break", label: __("Next Meeting") },
			{ fieldname: "next_meeting_date", fieldtype: "Date", label: __("Next Meeting Date"), default: found.next_meeting_date },
			{ fieldtype: "Column Break" },
			{ fieldname: "next_meeting_note", fieldtype: "Small Text", label: __("Next Meeting Note"), default: found.next_meeting_note },
			{ fieldtype: "Section Break" },
			{ fieldname: "leftover", fieldtype: "HTML", options: leftover },
		],
		primary_action_label: __("Save Draft"),
		primary_action(values) {
			const draft = {
				...values,
				language: found.language,
				remarks: found.remarks,
				attendees: (values.attendees || []).map((p) => ({
					...p,
					organisation_type: p.organisation_type,
				})),
				agenda: in_text_order(values.agenda),
				sections: in_text_order(values.sections).map((s) => ({
					number: s.number,
					level: s.level,
					heading: s.heading,
					remarks: s.remark ? [s.remark] : [],
					body: found.sections[s.position] ? found.sections[s.position].body : "",
				})),
				action_points: in_text_order(values.action_points).map((p) => ({
					action: p.action,
					owner_type: p.owner_type,
					owner_cpas: p.owner_cpas,
					owners: (p.owner_names || "").split(",").map((n) => n.trim()).filter(Boolean),
				})),
			};
			frappe.call({
				method: `${IMPORT_METHOD}.create_draft`,
				type: "POST",
				args: { draft: JSON.stringify(draft) },
				freeze: true,
				callback: (r) => {
					if (!r.message) return;
					dialog.hide();
					frappe.set_route("Form", "Network Meeting Report", r.message);
				},
			});
		},
	});
	dialog.show();
}

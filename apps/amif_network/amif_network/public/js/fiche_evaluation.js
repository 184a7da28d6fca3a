// The fiche's evaluation section: who progressed on each sub-objective, per module and period
// (exact for the fiche's own CPAS, protected by the network's disclosure control for others).
frappe.ui.form.on("Project Fiche", {
	refresh(frm) {
		const field = frm.get_field("evaluation_progress");
		if (!field || frm.is_new()) return;
		frappe.call({
			method: "amif_network.api.indicators.fiche_progress",
			args: { fiche: frm.doc.name },
			callback(r) {
				const result = r.message || { lines: [] };
				const esc = frappe.utils.escape_html;
				const shown = (value) => (value === null || value === undefined ? "x" : value);
				const rows = result.lines
					.map(
						(line) =>
							`<tr><td>${line.year}</td><td>${esc(line.fiche_module)}</td><td>${esc(line.sub_objective)}</td>` +
							`<td class="text-right">${shown(line.rated)}</td><td class="text-right">${shown(line.progressed)}</td>` +
							`<td class="text-right">${line.share === null ? "x" : line.share + " %"}</td></tr>`
					)
					.join("");
				const note = result.protected
					? `<p class="text-muted small">${__("Outside the CPAS, counts from 1 to 4 and what would give them away show as x.")}</p>`
					: "";
				field.$wrapper.html(
					rows
						? `<table class="table table-bordered table-sm"><thead><tr><th>${__("Year")}</th><th>${__("Module")}</th><th>${__("Sub-objective")}</th><th>${__("Rated")}</th><th>${__("Progressed")}</th><th>${__("Share")}</th></tr></thead><tbody>${rows}</tbody></table>${note}`
						: `<p class="text-muted">${__("No sub-objective rated at entry and later yet.")}</p>`
				);
			},
		});
	},
});

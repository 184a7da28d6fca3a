frappe.provide("frappe.dashboards.chart_sources");

frappe.dashboards.chart_sources["AMIF CPAS Figures"] = {
	method: "amif_network.amif_network.dashboard_chart_source.amif_cpas_figures.amif_cpas_figures.get",
	filters: [
		{
			fieldname: "figure",
			label: __("Figure"),
			fieldtype: "Select",
			options: ["sessions_per_week", "participants_by_status"],
			default: "sessions_per_week",
		},
	],
};

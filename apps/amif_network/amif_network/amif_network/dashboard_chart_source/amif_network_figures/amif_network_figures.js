frappe.provide("frappe.dashboards.chart_sources");

frappe.dashboards.chart_sources["AMIF Network Figures"] = {
	method: "amif_network.amif_network.dashboard_chart_source.amif_network_figures.amif_network_figures.get",
	filters: [
		{
			fieldname: "figure",
			label: __("Figure"),
			fieldtype: "Select",
			options: ["active", "attendance_rate"],
			default: "active",
		},
		{
			fieldname: "quarter",
			label: __("Quarter"),
			fieldtype: "Data",
		},
	],
};

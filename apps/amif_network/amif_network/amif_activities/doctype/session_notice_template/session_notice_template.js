// Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
// For license information, please see license.txt

// frappe.ui.form.on("Session Notice Template", {
// 	refresh(frm) {

// 	},
// });

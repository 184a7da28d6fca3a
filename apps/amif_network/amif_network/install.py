"""Site set-up that `make run` performs once: Frappe's own setup wizard, answered for Belgium."""

import frappe

SITE_ADMIN = "admin@amif.example"


def complete_setup_wizard(admin_password: str | None = None, language: str = "English") -> dict:
	"""Finish Frappe's setup wizard so that network users land on the desk, not on the wizard.

	The wizard's first user is the site's System Manager; without one, Frappe would make the next
	saved desk user a System Manager, which would lift that user out of the CPAS scope.
	"""
	from frappe.desk.page.setup_wizard.setup_wizard import setup_complete
	from frappe.utils.password import update_password

	result = {"status": "ok"}
	if not frappe.db.get_single_value("System Settings", "setup_complete"):
		result = setup_complete(
			{
				"language": language,
				"country": "Belgium",
				"timezone": "Europe/Brussels",
				"currency": "EUR",
				"full_name": "AMIF Administrator",
				"email": SITE_ADMIN,
			}
		)
	if admin_password and frappe.db.exists("User", SITE_ADMIN):
		update_password(SITE_ADMIN, admin_password)
	frappe.db.commit()
	return result

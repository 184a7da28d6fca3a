# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and Contributors
# See license.txt

# import frappe
from frappe.tests.utils import FrappeTestCase


class TestFieldSignalTheme(FrappeTestCase):
	pass

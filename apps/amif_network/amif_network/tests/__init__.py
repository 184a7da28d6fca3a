"""A test base class for Frappe 15 and 16 alike.

Frappe 16 has `IntegrationTestCase`; Frappe 15 only `FrappeTestCase`.
"""

try:
	from frappe.tests import IntegrationTestCase as AMIFTestCase
except ImportError:
	from frappe.tests.utils import FrappeTestCase as AMIFTestCase

__all__ = ["AMIFTestCase"]

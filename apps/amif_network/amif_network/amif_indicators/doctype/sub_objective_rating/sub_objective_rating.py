# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from amif_network.amif_activities.problems import throw_problems
from amif_network.rules import progress


class SubobjectiveRating(Document):
	pass

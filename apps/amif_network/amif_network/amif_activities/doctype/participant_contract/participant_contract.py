# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from amif_network.adapters.problems import refuse
from amif_network.rules import contracts, modules


class ParticipantContract(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		contract_type: DF.Literal["Social worker", "Intake", "Module"]
		counterpart: DF.Link
		counterpart_name: DF.Data | None
		cpas: DF.Link
		late_period: DF.Literal["", "Per week", "Per month", "Per module"]
		max_late_arrivals: DF.Int
		max_unexcused_absences: DF.Int
		min_attendance_rate: DF.Percent
		module: DF.Link | None
		module_name: DF.Data | None
		participant: DF.Link
		participant_name: DF.Data | None
		signed_by_participant: DF.Check
		signed_on: DF.Date | None
		valid_until: DF.Date | None
	# end: auto-generated types

	def before_insert(self):
		"""A new contract starts with its CPAS's default rules; the ones filled in by hand are kept."""
		self.update(
			contracts.rules_with_defaults(
				{f: self.get(f) for f in contracts.RULE_FIELDS}, contract_defaults(self.cpas)
			)
		)

	def validate(self):
		self.cpas = self.cpas or frappe.db.get_value("Participant", self.participant, "cpas")
		if self.contract_type == contracts.MODULE and self.module and not self.counterpart:
			self.counterpart = frappe.db.get_value("Activity Module", self.module, "lead")
		if self.signed_on and not self.valid_until:
			validity = frappe.db.get_value("CPAS Contract Defaults", {"cpas": self.cpas}, "validity_months")
			self.valid_until = contracts.default_valid_until(getdate(self.signed_on), validity)
		refuse(
			[
				*modules.same_cpas_problems(
					self.cpas,
					participant_cpas=frappe.db.get_value("Participant", self.participant, "cpas"),
					module_cpas=frappe.db.get_value("Activity Module", self.module, "cpas")
					if self.module
					else None,
				),
				*contracts.contract_problems(
					self.contract_type,
					self.module,
					bool(self.signed_by_participant),
					_date(self.signed_on),
					_date(self.valid_until),
				),
				*contracts.contract_rule_problems(
					self.min_attendance_rate,
					self.max_unexcused_absences,
					self.max_late_arrivals,
					self.late_period,
				),
			]
		)


def _date(value):
	return getdate(value) if value else None


def contract_defaults(cpas: str | None) -> dict:
	"""The default rules of a CPAS, empty when the CPAS has set none."""
	if not cpas:
		return {}
	values = frappe.db.get_value(
		"CPAS Contract Defaults", {"cpas": cpas}, list(contracts.RULE_FIELDS), as_dict=True
	)
	return dict(values) if values else {}


def contracts_of(participant: str) -> list[contracts.ContractFacts]:
	"""Every contract of a participant, as the activation rule reads them."""
	rows = frappe.get_all(
		"Participant Contract",
		filters={"participant": participant},
		fields=["contract_type", "module", "signed_by_participant", "signed_on", "valid_until"],
	)
	return [
		contracts.ContractFacts(
			row.contract_type,
			row.module,
			bool(row.signed_by_participant),
			_date(row.signed_on),
			_date(row.valid_until),
		)
		for row in rows
	]

"""Customize Form for the SPP's form administrators: the app's DocTypes only, checked before applying.

Frappe's Customize Form applies a customisation piece by piece (property setters, custom fields,
a table change that commits); every change is checked first, so a refused one leaves nothing
half-applied.
"""

import frappe
from frappe import _
from frappe.custom.doctype.customize_form.customize_form import (
	CustomizeForm,
	is_standard_or_system_generated_field,
)

from amif_network.customisation import guard, labels
from amif_network.rules import customisation as rules


class AMIFCustomizeForm(CustomizeForm):
	@frappe.whitelist()
	def fetch_to_customize(self):
		guard.check_reach(self.doc_type)
		return super().fetch_to_customize()

	@frappe.whitelist()
	def save_customization(self):
		if not self.doc_type:
			return
		guard.check_reach(self.doc_type)
		meta = frappe.get_meta(self.doc_type, cached=False)
		guard.throw(self.customisation_problems(meta))
		labels_before = {df.fieldname: df.label for df in meta.fields}
		super().save_customization()
		labels_after = {df.fieldname: df.label for df in self.get("fields")}
		pending = rules.labels_to_translate(labels_before, labels_after)
		labels.remember_pending(self.doc_type, pending)
		return {"labels_to_translate": pending}

	def customisation_problems(self, meta) -> list:
		problems = []
		seen = set()
		for row in self.get("fields"):
			if row.fieldname in seen:
				problems.append(rules.fieldname_clash_problem(row.fieldname, seen))
			seen.add(row.fieldname)
			current = meta.get_field(row.fieldname) if row.fieldname else None
			before = {prop: current.get(prop) for prop in rules.GUARDED_PROPERTIES} if current else {}
			after = {prop: row.get(prop) for prop in rules.GUARDED_PROPERTIES}
			after["default"] = row.get("default")
			problems += guard.field_problems(
				self.doc_type, row.label, row.fieldname, before, after, is_new=not current
			)
		for removed in {df.fieldname for df in meta.fields} - seen:
			df = meta.get_field(removed)
			if df and not is_standard_or_system_generated_field(df):
				problems.append(
					rules.removal_problem(
						self.doc_type, df.label, removed, guard.fields_of_rules(self.doc_type)
					)
				)
		return problems

	def allow_property_change(self, prop, meta_df, df):
		"""Frappe 15 keeps a standard Select's options; on the app's forms the SPP adds choices
		(customisation_problems has already refused removing a choice that records still use)."""
		if prop == "options" and df.get("fieldtype") == "Select" and meta_df[0].get("fieldtype") == "Select":
			return True
		return super().allow_property_change(prop, meta_df, df)

	def update_in_custom_field(self, df, i):
		"""Frappe writes these changes without a version; save one, so the history shows them."""
		meta_df = frappe.get_meta(self.doc_type).get_field(df.fieldname)
		before = (
			frappe.get_doc("Custom Field", meta_df.name)
			if meta_df and meta_df.get("is_custom_field")
			else None
		)
		super().update_in_custom_field(df, i)
		if before and not is_standard_or_system_generated_field(meta_df):
			after = frappe.get_doc("Custom Field", before.name)
			version = frappe.new_doc("Version")
			if version.update_version_info(before, after):
				version.insert(ignore_permissions=True)

	@frappe.whitelist()
	def reset_to_defaults(self):
		guard.check_reach(self.doc_type)
		return super().reset_to_defaults()

	@frappe.whitelist()
	def reset_layout(self):
		guard.check_reach(self.doc_type)
		return super().reset_layout()

	@frappe.whitelist()
	def trim_table(self):
		guard.check_reach(self.doc_type)
		return super().trim_table()

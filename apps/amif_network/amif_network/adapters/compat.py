"""One code base on Frappe 15 and 16: what the two versions write differently."""

import frappe


def frappe_major() -> int:
	return int(frappe.__version__.split(".")[0])


def count_column(alias: str = "count"):
	"""A COUNT(*) column for the `fields` of get_list / get_all: Frappe 15 reads it from an SQL
	string, Frappe 16's query builder from a dict."""
	if frappe_major() >= 16:
		return {"COUNT": "*", "as": alias}
	return f"count(*) as {alias}"

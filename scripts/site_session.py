"""Opening a bench's site from the scripts of this folder (benchmarks), as the bench's own Python."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def connect(bench, site: str):
	"""Frappe connected to `site` of the bench folder `bench`, as Administrator.

	Frappe opens its logs relative to the current folder, so the scripts run from the bench's sites.
	"""
	bench = Path(bench).resolve()
	sys.path.insert(0, str(ROOT / "apps" / "amif_network"))
	os.chdir(bench / "sites")
	import frappe

	frappe.init(site=site, sites_path=str(bench / "sites"))
	frappe.connect()
	frappe.set_user("Administrator")
	return frappe

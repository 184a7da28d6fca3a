"""Test layers of amif_network.

unit and metadata tests need only Python; tests under tests/integration need a Frappe bench.
The bench is given by AMIF_BENCH (its folder) and AMIF_SITE (a site with the app installed and
`allow_tests` set), or by the `.amif-bench` file that `make run` writes. Without them the
integration layer is skipped, with the reason shown in the summary.
"""

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
APP_ROOT = ROOT / "apps" / "amif_network"
sys.path.insert(0, str(APP_ROOT))


def bench_settings() -> dict:
	settings = {"bench": os.environ.get("AMIF_BENCH"), "site": os.environ.get("AMIF_SITE")}
	saved = ROOT / ".amif-bench"
	if not settings["bench"] and saved.exists():
		for key, value in json.loads(saved.read_text()).items():
			settings[key] = settings.get(key) or value
	return settings


def integration_unavailable() -> str | None:
	"""Why the integration layer cannot run here, or None when it can."""
	settings = bench_settings()
	bench, site = settings.get("bench"), settings.get("site")
	if not bench:
		return "no Frappe bench configured (set AMIF_BENCH and AMIF_SITE, or run `make run` first)"
	site_config = Path(bench) / "sites" / (site or "") / "site_config.json"
	if not site or not site_config.exists():
		return f"site {site!r} not found in the bench's sites folder"
	try:
		import frappe
	except ImportError:
		return "frappe is not importable: run the tests with the bench's Python (make test does)"
	if not json.loads(site_config.read_text()).get("allow_tests"):
		return f"site {site} does not allow tests (bench --site {site} set-config allow_tests true)"
	return None


def pytest_collection_modifyitems(config, items):
	reason = integration_unavailable()
	for item in items:
		if "tests/integration" in item.nodeid or "/integration/" in str(item.path):
			item.add_marker(pytest.mark.integration)
			if reason:
				item.add_marker(pytest.mark.skip(reason=f"integration layer skipped: {reason}"))


def pytest_report_header(config):
	reason = integration_unavailable()
	return [f"amif_network integration layer: {'enabled' if not reason else 'skipped: ' + reason}"]

"""Frappe's code style: ruff lint and format with the app's configuration."""

import shutil
import subprocess
import sys

import pytest

from tests.metadata.app_meta import ROOT

CONFIG = ROOT / "apps" / "amif_network" / "pyproject.toml"
PATHS = ["apps/amif_network", "tests", "scripts", "conftest.py"]


def ruff(*args):
	try:
		import ruff
	except ImportError:
		if not shutil.which("ruff"):
			pytest.skip("ruff is not installed (make test installs it)")
		command = ["ruff"]
	else:
		command = [sys.executable, "-m", "ruff"]
	return subprocess.run(
		[*command, *args, "--config", str(CONFIG), *PATHS], cwd=ROOT, capture_output=True, text=True
	)


def test_ruff_finds_nothing_to_fix():
	result = ruff("check")
	assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_formatted_with_tabs_as_in_frappe():
	result = ruff("format", "--check")
	assert result.returncode == 0, result.stdout + result.stderr

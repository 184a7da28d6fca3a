"""Fixtures of the integration layer: the site, a loopback server, the network's test users."""

import shutil
import subprocess

import pytest

from tests.integration import support

# Users of the integration layer; TEST_DOMAIN keeps them apart from the demo users.
USERS = {
	"liege_staff": ("liege.staff", "Lise", ["CPAS Staff"], ["LIEGE"], "fr"),
	"liege_manager": ("liege.manager", "Luc", ["CPAS Manager", "CPAS Staff"], ["LIEGE"], "fr"),
	"gent_staff": ("gent.staff", "Griet", ["CPAS Staff"], ["GENT"], "nl"),
	"gent_manager": ("gent.manager", "Geert", ["CPAS Manager", "CPAS Staff"], ["GENT"], "nl"),
	"spp_manager": ("spp.manager", "Sophie", ["AMIF Network Manager"], [], "fr"),
	"member": ("network.member", "Marc", ["AMIF Network Member"], [], "en"),
	"form_admin": ("form.admin", "Fanny", ["AMIF Form Administrator"], [], "fr"),
}


@pytest.fixture(scope="session")
def site():
	frappe = support.connect()
	from amif_network.install import complete_setup_wizard

	complete_setup_wizard()
	support.load_demo_cpas()
	frappe.db.commit()
	yield frappe
	frappe.db.rollback()


@pytest.fixture(scope="session")
def users(site):
	made = {}
	for key, (local, first_name, roles, cpas, language) in USERS.items():
		made[key] = support.ensure_user(f"{local}@{support.TEST_DOMAIN}", first_name, roles, cpas, language)
	return made


@pytest.fixture(scope="session")
def server(site):
	running = support.Server().start()
	yield running
	running.stop()


@pytest.fixture(scope="session")
def browser_ready():
	"""Debian's chromium and node for the headless checks of tests/frontend, with playwright-core."""
	if not shutil.which("chromium") or not shutil.which("node"):
		pytest.skip("front-end check needs Debian's chromium and node")
	if not all(
		(support.FRONTEND / "node_modules" / package).exists() for package in ("playwright-core", "axe-core")
	):
		subprocess.run(
			["npm", "install", "--silent", "--no-audit", "--no-fund"], cwd=support.FRONTEND, check=True
		)


@pytest.fixture
def as_user(site):
	"""Run code in-process as a given user; Administrator is restored afterwards."""

	def switch(user):
		site.set_user(user)
		return site

	yield switch
	site.set_user("Administrator")

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


@pytest.fixture(scope="session", autouse=True)
def site_left_as_found(site):
	"""The served site is left as the integration layer found it: every table of the app, the demo's
	records, users and roles, settings. Any difference fails the run."""
	before = support.site_snapshot(site)
	yield
	site.db.rollback()
	site.set_user("Administrator")
	changed = support.snapshot_differences(before, support.site_snapshot(site))
	assert not changed, "the integration tests changed the site:\n" + "\n".join(changed)


@pytest.fixture(scope="session")
def users(site):
	made, created = {}, []
	for key, (local, first_name, roles, cpas, language) in USERS.items():
		email = f"{local}@{support.TEST_DOMAIN}"
		if not site.db.exists("User", email):
			created.append(email)
		made[key] = support.ensure_user(email, first_name, roles, cpas, language)
	yield made
	# made for the run, removed after it: the served site keeps only its own users
	site.db.rollback()
	site.set_user("Administrator")
	for email in created:
		site.db.delete("CPAS Membership", {"user": email})
		site.delete_doc("User", email, force=True, ignore_permissions=True)
	from amif_network.permissions.cpas_scope import clear_binding_cache

	clear_binding_cache()
	site.db.commit()


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

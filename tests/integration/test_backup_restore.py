"""Backup and restore with Frappe's own commands: the restored site holds the same data and files.

`scripts/backup_restore_check.sh` backs the site up with its files, restores it into a new site,
and compares every table of the app row by row and every file by checksum. The backup is
encrypted, as it is for a site with a backup encryption key. Creating the new site needs the
database's administrator: AMIF_DB_ROOT_USER and AMIF_DB_ROOT_PASSWORD.
"""

import os
import subprocess
import uuid

import pytest

from tests.integration.support import ROOT, bench_and_site

UID = uuid.uuid4().hex[:8]


@pytest.fixture
def attached_files(site):
	"""A public and a private file on a Liège participant, and a backup encryption key."""
	frappe = site
	from frappe.installer import update_site_config

	participant = frappe.get_doc(
		{"doctype": "Participant", "cpas": "LIEGE", "first_name": "Yara", "last_name": f"Sauvegarde{UID}"}
	).insert()
	files = [
		frappe.get_doc(
			{
				"doctype": "File",
				"file_name": f"{kind}-{UID}.txt",
				"content": f"{kind} {UID}".encode(),
				"is_private": kind == "private",
				"attached_to_doctype": "Participant",
				"attached_to_name": participant.name,
			}
		).insert()
		for kind in ("public", "private")
	]
	previous_key = frappe.conf.get("backup_encryption_key")
	if not previous_key:
		update_site_config("backup_encryption_key", frappe.generate_hash(length=32))
	frappe.db.commit()
	yield files
	for file in files:
		file.delete()
	frappe.delete_doc("Participant", participant.name, force=True)
	frappe.db.set_single_value("System Settings", "encrypt_backup", 0)
	if not previous_key:
		update_site_config("backup_encryption_key", "None")
	frappe.db.commit()


def test_a_backup_restored_into_a_new_site_is_identical(attached_files, site):
	root_user, root_password = os.environ.get("AMIF_DB_ROOT_USER"), os.environ.get("AMIF_DB_ROOT_PASSWORD")
	if not root_user:
		pytest.skip("creating the restored site needs AMIF_DB_ROOT_USER and AMIF_DB_ROOT_PASSWORD")
	bench, site_name = bench_and_site()
	result = subprocess.run(
		["bash", str(ROOT / "scripts" / "backup_restore_check.sh")],
		env={
			**os.environ,
			"BENCH_PATH": str(bench),
			"SITE": site_name,
			"RESTORE_SITE": f"restore-{UID}.localhost",
			"DB_ROOT_USER": root_user,
			"DB_ROOT_PASSWORD": root_password or "",
		},
		capture_output=True,
		text=True,
		timeout=900,
	)
	assert result.returncode == 0, result.stdout + result.stderr
	assert "encrypted backup" in result.stdout
	assert "-enc" in result.stdout  # Frappe names its encrypted backup files so
	summary = result.stdout.strip().splitlines()[-2]
	assert summary.endswith("identical"), result.stdout
	assert "tabParticipant:" in result.stdout and " 0 files" not in summary
	assert not (bench / "sites" / f"restore-{UID}.localhost").exists()

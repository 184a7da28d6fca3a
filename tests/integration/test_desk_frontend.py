"""The desk itself, in headless Chromium: a Liège social worker's participant list."""

import uuid
from pathlib import Path

from tests.integration.support import PASSWORD, node, printed_json


def test_the_desk_list_shows_her_participants_and_not_gent(browser_ready, server, users, site, tmp_path):
	uid = uuid.uuid4().hex[:6]
	own = site.get_doc(
		{"doctype": "Participant", "cpas": "LIEGE", "first_name": "Nadia", "last_name": f"Desk{uid}"}
	).insert()
	other = site.get_doc(
		{"doctype": "Participant", "cpas": "GENT", "first_name": "Noor", "last_name": f"Desk{uid}"}
	).insert()
	site.db.commit()
	try:
		shot = tmp_path / "liege-participants.png"
		run = node(
			"desk_list.mjs",
			server.base_url,
			server.site,
			users["liege_staff"],
			PASSWORD,
			"participant",
			str(shot),
			timeout=180,
		)
		assert run.returncode == 0, run.stderr
		seen = printed_json(run)
		text = "\n".join(seen["rows"])
		assert "/app/participant" in seen["url"]
		assert f"Nadia Desk{uid}" in text
		assert f"Noor Desk{uid}" not in text
		assert shot.stat().st_size > 10_000
	finally:
		site.delete_doc("Participant", own.name, force=True)
		site.delete_doc("Participant", other.name, force=True)
		site.db.commit()

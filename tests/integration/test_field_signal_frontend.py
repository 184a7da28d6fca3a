"""The desk in headless Chromium: the SPP raises a field signal from a meeting report section."""

import uuid

import pytest

from tests.integration.support import PASSWORD, node, printed_json

UID = uuid.uuid4().hex[:6]


@pytest.fixture
def meeting(site):
	"""A draft report of the 2023 meeting with the expert by experience's section, and a theme."""
	frappe = site
	theme = frappe.get_doc(
		{
			"doctype": "Field Signal Theme",
			"theme": f"Survey {UID}",
			"label_fr": "L'enquête",
			"label_nl": "De enquête",
		}
	).insert()
	report = frappe.get_doc(
		{
			"doctype": "Network Meeting Report",
			"meeting_date": "2023-04-03",
			"place": f"En ligne {UID}",
			"host_cpas": "GENT",
			"sections": [
				{
					"number": 1,
					"heading_fr": "Accueil",
					"heading_nl": "Onthaal",
					"body_fr": "<p>Accueil</p>",
					"body_nl": "<p>Onthaal</p>",
				},
				{
					"number": 2,
					"heading_fr": "L'experte du vécu",
					"heading_nl": "De ervaringsdeskundige",
					"body_fr": "<p>L'enquête de satisfaction est trop complexe pour le groupe cible.</p>",
					"body_nl": "<p>De tevredenheidsenquête is te complex voor de doelgroep.</p>",
				},
			],
		}
	).insert()
	frappe.db.commit()
	yield {"report": report.name, "theme": theme.name}
	frappe.db.rollback()
	for name in frappe.get_all("Field Signal", {"theme": theme.name}, pluck="name"):
		frappe.db.delete("Field Signal Meeting", {"parent": name})
		frappe.db.delete("Notification Log", {"document_type": "Field Signal", "document_name": name})
		frappe.db.delete("Version", {"ref_doctype": "Field Signal", "docname": name})
		frappe.db.delete("Field Signal", {"name": name})
	frappe.db.delete("Network Meeting Section", {"parent": report.name})
	frappe.db.delete("Network Meeting Report", {"name": report.name})
	frappe.delete_doc("Field Signal Theme", theme.name, force=True, ignore_permissions=True)
	frappe.db.commit()


def test_the_spp_raises_a_signal_from_a_meeting_report_section(
	browser_ready, server, users, meeting, tmp_path
):
	run = node(
		"field_signal_from_meeting.mjs",
		server.base_url,
		server.site,
		users["spp_manager"],
		PASSWORD,
		meeting["report"],
		"2",
		meeting["theme"],
		f"Enquête trop complexe {UID}",
		str(tmp_path / "spp"),
		timeout=240,
	)
	assert run.returncode == 0, run.stderr
	seen = printed_json(run)
	# The SPP manager works in French: the button, its menu and the new signal speak French.
	assert "Signaux de terrain" in seen["groups"]
	assert "Lancer un signal de terrain" in seen["items"]
	assert seen["dialogTitle"] == "Lancer un signal de terrain"
	assert "/app/field-signal/" in seen["url"]
	assert seen["heading"] == f"Enquête trop complexe {UID}"
	assert seen["indicator"] == "Signalé"
	assert seen["observation"] == "L'enquête de satisfaction est trop complexe pour le groupe cible."
	assert seen["translation"] == "De tevredenheidsenquête is te complex voor de doelgroep."
	assert "Discuté lors des réunions du réseau" in seen["form"]
	assert "3 april 2023 – 3 avril 2023" in seen["form"]
	assert "L'experte du vécu / De ervaringsdeskundige" in seen["form"]
	# the SPP reports in its own name: no CPAS to choose
	assert not seen["cpasChoice"]["visible"] and seen["reportingCpas"] is None
	# the SPP's next step is offered, in French
	assert "Commencer l'examen" in seen["actions"]
	assert (tmp_path / "spp-signal.png").stat().st_size > 10_000
	# "Signals Discussed" on the report lists this signal and nothing else
	assert len(seen["discussed"]) == 1 and f"Enquête trop complexe {UID}" in seen["discussed"][0]


@pytest.fixture
def two_cpas_meeting(site, users):
	"""A Gent social worker who also works for Antwerpen, co-author of a draft report."""
	from tests.integration import support

	frappe = site
	email = support.ensure_user(
		f"two.cpas.front.{UID}@{support.TEST_DOMAIN}", "Hanne", ["CPAS Staff"], ["GENT", "ANTWERPEN"], "nl"
	)
	report = frappe.get_doc(
		{
			"doctype": "Network Meeting Report",
			"meeting_date": "2024-03-11",
			"place": f"Gent {UID}",
			"host_cpas": "GENT",
			"co_authors": [{"user": email}],
			"sections": [
				{
					"number": 1,
					"heading_fr": "Regroupement familial",
					"heading_nl": "Gezinshereniging",
					"body_fr": "<p>Des femmes isolées après le regroupement familial.</p>",
					"body_nl": "<p>Vrouwen geïsoleerd na gezinshereniging.</p>",
				}
			],
		}
	).insert()
	frappe.db.commit()
	yield {"user": email, "report": report.name}
	frappe.db.rollback()
	for name in frappe.get_all("Field Signal", {"owner": email}, pluck="name"):
		frappe.db.delete("Field Signal Meeting", {"parent": name})
		frappe.db.delete("Version", {"ref_doctype": "Field Signal", "docname": name})
		frappe.db.delete("Field Signal", {"name": name})
	for table in ("Network Meeting Section", "Network Meeting Co-author"):
		frappe.db.delete(table, {"parent": report.name})
	frappe.db.delete("Network Meeting Report", {"name": report.name})
	frappe.db.delete("CPAS Membership", {"user": email})
	frappe.delete_doc("User", email, force=True, ignore_permissions=True)
	frappe.db.commit()


def test_a_worker_of_two_cpas_picks_hers_and_reads_the_theme_in_dutch(
	browser_ready, server, two_cpas_meeting, tmp_path
):
	run = node(
		"field_signal_from_meeting.mjs",
		server.base_url,
		server.site,
		two_cpas_meeting["user"],
		PASSWORD,
		two_cpas_meeting["report"],
		"1",
		"Family reunification",
		f"Geïsoleerde vrouwen {UID}",
		str(tmp_path / "two"),
		"ANTWERPEN",
		timeout=240,
	)
	assert run.returncode == 0, run.stderr
	seen = printed_json(run)
	assert seen["dialogTitle"] == "Terreinsignaal melden"
	# only her own two CPAS are offered
	assert seen["cpasChoice"]["visible"]
	assert [value for value, _label in seen["cpasChoice"]["options"] if value] == ["ANTWERPEN", "GENT"]
	assert seen["reportingCpas"] == "ANTWERPEN"
	# the standard theme is shown in her language, on the form and in the list
	assert seen["themeShown"] == "Gezinshereniging"
	assert len(seen["discussed"]) == 1 and "Gezinshereniging" in seen["discussed"][0]

"""The CPAS records themselves, through Frappe's own test base class on this Frappe version."""

import pytest


def test_a_cpas_cannot_partner_itself_or_another_partner(site):
	from amif_network.tests import AMIFTestCase

	class PartnerRules(AMIFTestCase):
		def runTest(self):
			binche = site.get_doc("CPAS", "BINCHE")
			binche.partner_of = "BINCHE"
			with self.assertRaises(site.ValidationError):
				binche.save()
			binche.reload()
			binche.partner_of = "SCHOTEN"  # itself a partner of Antwerpen
			with self.assertRaises(site.ValidationError):
				binche.save()
			binche.reload()
			self.assertEqual(binche.partner_of, "CHARLEROI")

	result = PartnerRules().run()
	assert result.wasSuccessful(), result.errors + result.failures


def test_the_five_network_cpas_and_their_partners_are_loaded(site):
	partners = dict(site.get_all("CPAS", fields=["name", "partner_of"], as_list=True))
	assert {"GENT", "LIEGE", "CHARLEROI", "ANTWERPEN", "BRUXELLES"} <= set(partners)
	assert partners["BINCHE"] == "CHARLEROI"
	assert {partners[c] for c in ("SCHOTEN", "EDEGEM", "MORTSEL")} == {"ANTWERPEN"}


def test_a_cpas_manager_binds_users_to_her_own_cpas_only(server, users, site):
	liege_manager = server.session(users["liege_manager"])
	own = liege_manager.post(
		liege_manager.base_url + "/api/resource/CPAS Membership",
		json={"user": users["member"], "cpas": "LIEGE"},
	)
	assert own.status_code == 200, own.text
	foreign = liege_manager.post(
		liege_manager.base_url + "/api/resource/CPAS Membership",
		json={"user": users["member"], "cpas": "GENT"},
	)
	assert foreign.status_code == 403
	site.db.rollback()
	assert not site.db.exists("CPAS Membership", {"user": users["member"], "cpas": "GENT"})
	site.delete_doc("CPAS Membership", own.json()["data"]["name"], ignore_permissions=True)
	site.db.commit()

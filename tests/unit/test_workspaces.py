"""The generic Frappe workspaces are not the home of the network's users."""

from amif_network.rules.workspaces import hides_generic_workspaces, visible_workspaces

PAGES = [
	{"name": "AMIF Network"},
	{"name": "Build"},
	{"name": "Tools"},
	{"name": "Users"},
	{"name": "Website"},
]


def test_cpas_staff_and_the_spp_see_only_the_network_workspace():
	for role in (
		"CPAS Staff",
		"CPAS Manager",
		"AMIF Network Manager",
		"AMIF Network Member",
		"AMIF Form Administrator",  # Customize Form and the label report are in its Forms card
	):
		assert [p["name"] for p in visible_workspaces(PAGES, ["Desk User", role])] == ["AMIF Network"]


def test_administrators_keep_every_workspace():
	assert hides_generic_workspaces(["CPAS Manager", "System Manager"]) is False
	assert len(visible_workspaces(PAGES, ["System Manager"])) == len(PAGES)
	assert len(visible_workspaces(PAGES, ["Desk User"])) == len(PAGES)

"""Which of Frappe's own workspaces a user of the network sees.

The CPAS and network roles (and the SPP's form administrators, whose tools are in its Forms card)
work from the AMIF Network workspace; Frappe's generic workspaces
(Build, Tools, Integrations, Website, Users) only show links they cannot use.
"""

GENERIC_WORKSPACES = frozenset({"Build", "Tools", "Integrations", "Website", "Users"})
NETWORK_ROLES = frozenset(
	{"CPAS Staff", "CPAS Manager", "AMIF Network Manager", "AMIF Network Member", "AMIF Form Administrator"}
)
CONFIGURING_ROLES = frozenset({"System Manager", "Administrator", "Workspace Manager"})


def hides_generic_workspaces(roles) -> bool:
	"""A network user who does not configure the system has the AMIF Network workspace as home."""
	roles = set(roles)
	return bool(roles & NETWORK_ROLES) and not roles & CONFIGURING_ROLES


def visible_workspaces(pages, roles) -> list:
	"""`pages` are the sidebar's workspace entries (with a `name`)."""
	if not hides_generic_workspaces(roles):
		return list(pages)
	return [page for page in pages if page.get("name") not in GENERIC_WORKSPACES]

"""Rules about the CPAS of the network themselves."""

from amif_network.rules.messages import Problem, _


def partner_problem(code: str, partner_of: str | None, lead_of_partner: str | None) -> Problem | None:
	"""A partner CPAS joins one lead CPAS of the network; no CPAS partners itself or another partner."""
	if not partner_of:
		return None
	if partner_of == code:
		return Problem(_("A CPAS cannot be a partner of itself."))
	if lead_of_partner:
		return Problem(
			_("{0} is itself a partner of {1}: choose the lead CPAS {1}."), (partner_of, lead_of_partner)
		)
	return None

"""A rule's verdict: problems carrying an English message template and its arguments.

Controllers translate the template in the user's language and format the arguments,
so rule modules stay free of frappe.
"""

from dataclasses import dataclass, field


def _(message: str) -> str:
	"""Mark a string for translation; the controller translates it."""
	return message


@dataclass(frozen=True)
class Problem:
	message: str
	args: tuple = field(default_factory=tuple)

	def render(self, translate=None) -> str:
		template = translate(self.message) if translate else self.message
		return template.format(*self.args)

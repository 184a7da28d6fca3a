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
	# positions of the arguments that are themselves messages or DocType names, translated with it
	translated_args: tuple = field(default_factory=tuple)

	def render(self, translate=None) -> str:
		if not translate:
			return self.message.format(*self.args)
		args = (
			translate(arg) if index in self.translated_args and isinstance(arg, str) else arg
			for index, arg in enumerate(self.args)
		)
		return translate(self.message).format(*args)

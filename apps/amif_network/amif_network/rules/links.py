"""Every Link of the app's records points at a record that exists.

Frappe 15 skips its own check for a Link field that has fetch-from fields when the target is
missing, so a record could be saved pointing at nothing (a membership of a user who does not exist).
"""

from collections.abc import Callable, Iterable

from amif_network.rules.messages import Problem, _


def dangling_links(
	links: Iterable[tuple[str, str, object]], exists: Callable[[str, str], bool]
) -> list[Problem]:
	"""Problems for each (label, target DocType, value) whose value names no record of the target."""
	problems = []
	for label, target, value in links:
		if value in (None, ""):
			continue
		if not isinstance(value, str) or not exists(target, value):
			problems.append(
				Problem(
					_("{0}: {1} {2} does not exist."), (label, target, _shown(value)), translated_args=(1,)
				)
			)
	return problems


def _shown(value: object) -> str:
	text = value if isinstance(value, str) else repr(value)
	return f'"{text[:80]}"'

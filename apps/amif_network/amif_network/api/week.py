"""A participant's week page (www/week, no login): its lines read aloud.

The page is reached by the signed link of the participant's notices; `amif_activities/week.py`
reads the link and makes the audio.
"""

import frappe

from amif_network.amif_activities import week


@frappe.whitelist(allow_guest=True, methods=["GET"])
def speak(t: str | None = None, line: int | str | None = None):
	"""The audio of one line of the week of the link's participant, as WAV; 404 for any bad link."""
	return week.speak(t, line)

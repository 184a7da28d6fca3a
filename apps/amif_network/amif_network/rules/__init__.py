"""Rules of the AMIF network domain, in plain Python.

Nothing here imports frappe: controllers call these functions and turn their
problems into translated messages. Strings meant for users are wrapped in `_`
(a no-op here) so that translation tools and the metadata tests find them.
"""

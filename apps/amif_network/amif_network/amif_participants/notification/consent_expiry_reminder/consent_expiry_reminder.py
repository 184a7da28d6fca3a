def get_context(context):
	"""The message reads the participant (doc) only; nothing to add."""

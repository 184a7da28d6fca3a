"""The Frappe side of the rules: what rules/ decides, turned into what Frappe and the user see.

problems.py (a rule's problems -> one translated, escaped message or refusal), language.py (French
or Dutch for a reader), notify.py (who holds a role, desk notifications in each reader's language),
request_guard.py (bad input -> a 400, no traceback), links.py (no Link to a missing record).
"""

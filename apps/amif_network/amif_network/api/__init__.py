"""Whitelisted methods the desk calls in place of Frappe's own (as frappe/crm keeps its api/)."""

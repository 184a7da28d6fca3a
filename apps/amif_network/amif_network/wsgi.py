"""WSGI entry for serving a bench without nginx: Frappe's application plus its static files.

`make run` binds it with gunicorn to 127.0.0.1 (bench serve/start listen on every address).
Requests for a host that is not a site (http://127.0.0.1:8000) go to the bench's current site
(`bench use`), as nginx's default server does in production. In production, nginx serves /assets
and /files and gunicorn runs frappe.app:application.
"""

import json
import os

from frappe.app import application as frappe_application
from frappe.middlewares import StaticDataMiddleware
from werkzeug.middleware.shared_data import SharedDataMiddleware

_sites_path = os.path.abspath(os.environ.get("SITES_PATH", "."))


def _current_site() -> str | None:
	"""The site that `bench use` chose: common_site_config's default_site (or currentsite.txt)."""
	config = os.path.join(_sites_path, "common_site_config.json")
	if os.path.exists(config):
		with open(config) as handle:
			if site := json.load(handle).get("default_site"):
				return site
	path = os.path.join(_sites_path, "currentsite.txt")
	if os.path.exists(path):
		with open(path) as handle:
			return handle.read().strip() or None
	return None


_default_site = os.environ.get("AMIF_SITE") or _current_site()


def _with_default_site(app):
	def serve(environ, start_response):
		host = (environ.get("HTTP_HOST") or "").split(":")[0]
		if (
			_default_site
			and "HTTP_X_FRAPPE_SITE_NAME" not in environ
			and not os.path.isdir(os.path.join(_sites_path, host))
		):
			environ["HTTP_X_FRAPPE_SITE_NAME"] = _default_site
		return app(environ, start_response)

	return serve


application = SharedDataMiddleware(frappe_application, {"/assets": os.path.join(_sites_path, "assets")})
application = StaticDataMiddleware(application, {"/files": _sites_path})
application = _with_default_site(application)

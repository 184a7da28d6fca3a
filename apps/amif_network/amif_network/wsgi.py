"""WSGI entry for serving a bench without nginx: Frappe's application plus its static files.

`make run` binds it with gunicorn to 127.0.0.1 (bench serve/start listen on every address).
In production, nginx serves /assets and /files and gunicorn runs frappe.app:application.
"""

import os

from frappe.app import application as frappe_application
from frappe.middlewares import StaticDataMiddleware
from werkzeug.middleware.shared_data import SharedDataMiddleware

_sites_path = os.path.abspath(os.environ.get("SITES_PATH", "."))

application = SharedDataMiddleware(frappe_application, {"/assets": os.path.join(_sites_path, "assets")})
application = StaticDataMiddleware(application, {"/files": _sites_path})

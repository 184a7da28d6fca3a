"""What the app ships, read from its files without Frappe."""

import ast
import csv
import json
import re
from functools import cache
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "apps" / "amif_network" / "amif_network"

# Frappe core DocTypes the app may link to; checked against Frappe's sources when Frappe is importable.
FRAPPE_CORE_DOCTYPES = {
	"User",
	"Role",
	"File",
	"Country",
	"Language",
	"Currency",
	"DocType",
	"Workflow State",
	"Workflow Action Master",
	"Email Template",
	"Print Format",
	"Letter Head",
	"Address",
	"Contact",
	"Gender",
	"Module Def",
	"Report",
	"Has Role",
	"Block Module",
	"Dynamic Link",
	"Notification",
}
FRAPPE_CORE_ROLES = {"System Manager", "Administrator", "All", "Guest", "Desk User"}


def load_json(path: Path):
	return json.loads(path.read_text(encoding="utf-8"))


@cache
def doctypes() -> dict[str, dict]:
	found = {}
	for path in APP.glob("*/doctype/*/*.json"):
		if path.stem == path.parent.name:
			data = load_json(path)
			if data.get("doctype") == "DocType":
				found[data["name"]] = data | {"_path": str(path.relative_to(ROOT))}
	return found


def modules() -> list[str]:
	return [line.strip() for line in (APP / "modules.txt").read_text().splitlines() if line.strip()]


def fixture_docs(doctype: str | None = None) -> list[dict]:
	docs = []
	for path in sorted((APP / "fixtures").glob("*.json")):
		for doc in load_json(path):
			if doctype is None or doc.get("doctype") == doctype:
				docs.append(doc)
	return docs


def standard_docs(kind: str) -> list[dict]:
	"""Print formats, reports, notifications... exported into module folders."""
	folder = {
		"Print Format": "print_format",
		"Report": "report",
		"Notification": "notification",
		"Workspace": "workspace",
	}[kind]
	docs = []
	for path in APP.glob(f"*/{folder}/*/*.json"):
		data = load_json(path)
		if data.get("doctype") == kind:
			docs.append(data | {"_path": path})
	return docs


def app_roles() -> set[str]:
	return {doc["name"] for doc in fixture_docs("Role")}


@cache
def translations(lang: str) -> dict[str, str]:
	path = APP / "translations" / f"{lang}.csv"
	with path.open(encoding="utf-8", newline="") as handle:
		return {row[0]: row[1] for row in csv.reader(handle) if len(row) >= 2 and row[0]}


_PY_FUNCS = {"_", "_lt"}


def python_strings() -> set[tuple[str, str]]:
	"""(file, string) of every `_("...")` / `frappe._("...")` in the app's Python."""
	found = set()
	for path in APP.rglob("*.py"):
		tree = ast.parse(path.read_text(encoding="utf-8"))
		for node in ast.walk(tree):
			if not isinstance(node, ast.Call) or not node.args:
				continue
			func = node.func
			name = (
				func.id
				if isinstance(func, ast.Name)
				else func.attr
				if isinstance(func, ast.Attribute)
				else None
			)
			if (
				name in _PY_FUNCS
				and isinstance(node.args[0], ast.Constant)
				and isinstance(node.args[0].value, str)
			):
				found.add((str(path.relative_to(ROOT)), node.args[0].value))
	return found


_JS_CALL = re.compile(r"""\b__\(\s*(?P<q>["'`])(?P<text>(?:\\.|(?!(?P=q)).)*)(?P=q)""", re.S)
_JINJA_CALL = re.compile(r"""\b_\(\s*(?P<q>["'])(?P<text>(?:\\.|(?!(?P=q)).)*)(?P=q)""", re.S)


def js_strings() -> set[tuple[str, str]]:
	found = set()
	for path in APP.rglob("*.js"):
		for match in _JS_CALL.finditer(path.read_text(encoding="utf-8")):
			found.add(
				(str(path.relative_to(ROOT)), match.group("text").replace("\\'", "'").replace('\\"', '"'))
			)
	return found


def jinja_strings() -> set[tuple[str, str]]:
	found = set()
	sources = [(p, p.read_text(encoding="utf-8")) for p in APP.rglob("*.html")]
	for doc in standard_docs("Print Format"):
		sources.append((doc["_path"], doc.get("html") or ""))
	for doc in standard_docs("Notification"):
		sources.append((doc["_path"], (doc.get("message") or "") + (doc.get("subject") or "")))
	for path, text in sources:
		for match in _JINJA_CALL.finditer(text):
			found.add((str(Path(path).relative_to(ROOT)), match.group("text").replace("\\'", "'")))
	return found


def doctype_strings() -> set[tuple[str, str]]:
	"""Labels, descriptions and Select options that a user reads on forms and lists."""
	found = set()
	for name, meta in doctypes().items():
		where = meta["_path"]
		found.add((where, name))
		if meta.get("description"):
			found.add((where, meta["description"]))
		for field in meta.get("fields", []):
			for key in ("label", "description"):
				if field.get(key):
					found.add((where, field[key]))
			if field.get("fieldtype") == "Select" and field.get("options"):
				for option in field["options"].split("\n"):
					if option.strip():
						found.add((where, option.strip()))
	return found


def fixture_strings() -> set[tuple[str, str]]:
	found = set()
	for doc in fixture_docs():
		where = f"fixtures: {doc.get('doctype')} {doc.get('name')}"
		if doc.get("doctype") == "Role":
			found.add((where, doc["name"]))
			if doc.get("amif_description"):
				found.add((where, doc["amif_description"]))
		elif doc.get("doctype") in ("Workflow State", "Workflow Action Master"):
			found.add((where, doc["name"]))
		elif doc.get("doctype") == "Custom Field" and doc.get("label"):
			found.add((where, doc["label"]))
	for kind in ("Report", "Workspace", "Print Format"):
		for doc in standard_docs(kind):
			where = str(doc["_path"].relative_to(ROOT))
			found.add((where, doc["name"]))
			for row in doc.get("links", []) + doc.get("shortcuts", []):
				if row.get("label"):
					found.add((where, row["label"]))
	return found


def all_user_strings() -> set[tuple[str, str]]:
	return doctype_strings() | fixture_strings() | python_strings() | js_strings() | jinja_strings()


def repeated_field_names(doc: dict) -> list[str]:
	"""Field names a DocType (or child table) JSON lists more than once, in `fields` or `field_order`."""
	repeated = []
	for names in (
		[field.get("fieldname") for field in doc.get("fields", []) if field.get("fieldname")],
		list(doc.get("field_order") or []),
	):
		seen = set()
		for name in names:
			if name in seen and name not in repeated:
				repeated.append(name)
			seen.add(name)
	return repeated


def repeated_custom_fields(custom_fields: list[dict], shipped: dict[str, dict]) -> list[str]:
	"""`DocType.fieldname` of Custom Fields shipped twice, or naming a field the DocType already has."""
	repeated = []
	seen = set()
	for row in custom_fields:
		key = (row.get("dt"), row.get("fieldname"))
		standard = {field.get("fieldname") for field in shipped.get(key[0], {}).get("fields", [])}
		if key in seen or key[1] in standard:
			repeated.append(f"{key[0]}.{key[1]}")
		seen.add(key)
	return repeated


def _is_whitelist(decorator: ast.expr) -> bool:
	func = decorator.func if isinstance(decorator, ast.Call) else decorator
	return (isinstance(func, ast.Attribute) and func.attr == "whitelist") or (
		isinstance(func, ast.Name) and func.id == "whitelist"
	)


# Whitelisted functions Frappe requires outside api/, by where Frappe looks for them:
# (files, relative to the app's package, as a glob; the function; why it stays there).
WHITELISTED_OUTSIDE_API = (
	(
		"*/dashboard_chart_source/*/*.py",
		"get",
		"a Custom dashboard chart calls its source's `get` by the source's own module path",
	),
)


def module_whitelisted(source: str) -> list[str]:
	"""Functions `source` whitelists outside a class: decorated, or wrapped as `x = frappe.whitelist()(f)`.

	Methods of classes (DocType controllers called by frm.call, the Customize Form subclass) are
	whitelisted where Frappe looks for them and are not counted.
	"""
	found = []

	def visit(node):
		for child in ast.iter_child_nodes(node):
			if isinstance(child, ast.ClassDef):
				continue
			if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
				if any(_is_whitelist(decorator) for decorator in child.decorator_list):
					found.append(child.name)
			elif isinstance(child, ast.Assign | ast.Expr):
				value = child.value
				if (
					isinstance(value, ast.Call)
					and isinstance(value.func, ast.Call)
					and _is_whitelist(value.func)
				):
					targets = getattr(child, "targets", [])
					found.extend([t.id for t in targets if isinstance(t, ast.Name)] or [ast.unparse(value)])
			visit(child)

	visit(ast.parse(source))
	return found


def misplaced_whitelisted(path: str, source: str) -> list[str]:
	"""Whitelisted functions of the file at `path` (relative to the app's package) that belong in api/."""
	relative = PurePosixPath(path)
	if relative.parts[0] == "api":
		return []
	allowed = {name for pattern, name, _why in WHITELISTED_OUTSIDE_API if relative.match(pattern)}
	return [name for name in module_whitelisted(source) if name not in allowed]


def unannotated_whitelisted_parameters(source: str) -> list[str]:
	"""`function(parameter)` of every whitelisted function in `source` with a parameter left untyped."""
	found = []
	for node in ast.walk(ast.parse(source)):
		if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
			continue
		if not any(_is_whitelist(decorator) for decorator in node.decorator_list):
			continue
		arguments = node.args
		parameters = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
		parameters += [extra for extra in (arguments.vararg, arguments.kwarg) if extra]
		found += [
			f"{node.name}({parameter.arg})"
			for parameter in parameters
			if parameter.annotation is None and parameter.arg not in ("self", "cls")
		]
	return found


def python_sources() -> dict[str, str]:
	return {
		str(path.relative_to(ROOT)): path.read_text(encoding="utf-8") for path in sorted(APP.rglob("*.py"))
	}


_SQL_FUNCTION = re.compile(r"\b[A-Za-z_]+\s*\(")
_LIST_METHODS = {"get_list", "get_all"}


def sql_function_fields(source: str) -> list[str]:
	"""SQL function strings ("count(*) as total") given as `fields` to get_list / get_all.

	Frappe 16 builds these queries with its query builder, which takes functions as dicts only.
	"""
	found = []
	for node in ast.walk(ast.parse(source)):
		if not isinstance(node, ast.Call):
			continue
		func = node.func
		name = (
			func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
		)
		if name not in _LIST_METHODS:
			continue
		candidates = [kw.value for kw in node.keywords if kw.arg == "fields"] + list(node.args[1:3])
		for candidate in candidates:
			if isinstance(candidate, ast.List | ast.Tuple):
				found += [
					f"line {item.lineno}: {item.value}"
					for item in candidate.elts
					if isinstance(item, ast.Constant)
					and isinstance(item.value, str)
					and _SQL_FUNCTION.search(item.value)
				]
	return found


_DESK_ROUTE = re.compile(r"""(?<![\w.])/app/""")


def desk_routes(text: str) -> list[str]:
	"""Desk addresses written as `/app/...` (Frappe 16 moves the desk; the router builds them)."""
	return [line.strip()[:120] for line in text.splitlines() if _DESK_ROUTE.search(line)]


def code_files() -> dict[str, str]:
	"""The app's code and exported documents (translations left out: they quote no routes)."""
	return {
		str(path.relative_to(ROOT)): path.read_text(encoding="utf-8")
		for suffix in ("py", "js", "html", "json")
		for path in sorted(APP.rglob(f"*.{suffix}"))
		if "translations" not in path.parts and "node_modules" not in path.parts
	}


def long_card_filters(card: dict) -> list[list]:
	"""Number card (or chart) filters with more than four elements, which Frappe 16 refuses."""
	long = []
	for key in ("filters_json", "dynamic_filters_json"):
		raw = card.get(key)
		filters = json.loads(raw) if isinstance(raw, str) and raw.strip() else raw or []
		if isinstance(filters, list):
			long += [f for f in filters if isinstance(f, list) and len(f) > 4]
	return long


def cards_and_charts() -> dict[str, dict]:
	return {
		str(path.relative_to(ROOT)): load_json(path)
		for folder in ("number_card", "dashboard_chart")
		for path in sorted(APP.glob(f"*/{folder}/*/*.json"))
	}


# Frappe-side glue that has one home in adapters/: (what, pattern, the adapter to use instead).
GLUE = (
	(
		"a rule's problem rendered by hand",
		re.compile(r"\.render\(\s*_\s*\)"),
		"adapters.problems.refuse / text",
	),
	("the old refusal helper", re.compile(r"\bthrow_problems\b"), "adapters.problems.refuse"),
	(
		"French or Dutch decided in place",
		re.compile(r"""startswith\(\s*["']nl["']\s*\)"""),
		"adapters.language",
	),
	(
		"role holders looked up in place",
		re.compile(r"""["']Has Role["']"""),
		"adapters.notify.users_with_roles",
	),
	(
		"notifications sent in place",
		re.compile(r"\bmake_notification_logs\b|\bfrappe\.sendmail\b"),
		"adapters.notify",
	),
)


def repeated_glue(source: str) -> list[str]:
	"""Lines of Frappe-side glue written again outside adapters/, with the adapter to use."""
	return [
		f"line {number}: {what} (use {instead})"
		for number, line in enumerate(source.splitlines(), start=1)
		for what, pattern, instead in GLUE
		if pattern.search(line)
	]


def missing_app_imports(source: str) -> list[str]:
	"""`amif_network.…` modules imported by `source` that the app does not have (moved or removed)."""
	missing = []
	for node in ast.walk(ast.parse(source)):
		if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
			modules = [node.module]
		elif isinstance(node, ast.Import):
			modules = [alias.name for alias in node.names]
		else:
			continue
		for module in modules:
			if module != "amif_network" and module.startswith("amif_network."):
				path = APP.joinpath(*module.split(".")[1:])
				if not path.with_suffix(".py").exists() and not (path / "__init__.py").exists():
					missing.append(module)
	return missing

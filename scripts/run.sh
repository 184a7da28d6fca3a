#!/usr/bin/env bash
# make run: a site with amif_network and the demo data, served on 127.0.0.1:8000.
#
# With BENCH_PATH pointing at an existing Frappe v15 bench, that bench is used. Otherwise the
# official way is followed: install the system packages, install frappe-bench, `bench init` a
# version-15 bench in $HOME/amif-bench. Then: a site on MariaDB (Redis on 127.0.0.1), the app
# installed from this repository, the demo data loaded, and gunicorn, an RQ worker and the
# scheduler started, all bound to the loopback address. Running it again is safe: a complete site
# is only migrated, never dropped; a half-made one (a failed or interrupted run) is made again.
# Each step prints one line; what the commands say goes to RUN_LOG, shown when a step fails.
#
# Settings (environment): BENCH_PATH, SITE (amif.localhost), ADMIN_PASSWORD (admin),
# DB_ROOT_USER (root), DB_ROOT_PASSWORD, PORT (8000), REDIS_URL (redis://127.0.0.1:6379),
# SERVE (1; 0 sets everything up and exits), RUN_LOG (/tmp/amif-run-$SITE.log).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
BENCH_PATH=${BENCH_PATH:-$HOME/amif-bench}
SITE=${SITE:-amif.localhost}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-admin}
DB_ROOT_USER=${DB_ROOT_USER:-root}
DB_ROOT_PASSWORD=${DB_ROOT_PASSWORD:-}
PORT=${PORT:-8000}
REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
SERVE=${SERVE:-1}
RUN_LOG=${RUN_LOG:-${TMPDIR:-/tmp}/amif-run-$SITE.log}
: >"$RUN_LOG"
# Written into the site's folder once the site is installed and migrated: a site without it is half made.
COMPLETE_MARKER=amif-site-complete

say() { printf '==> %s\n' "$*"; }
# One line for the step; its output goes to the log, and its last lines to the screen if it fails.
step() {
	local label=$1
	shift
	say "$label"
	if ! "$@" >>"$RUN_LOG" 2>&1; then
		printf '!! %s failed; the last lines of %s:\n' "$label" "$RUN_LOG" >&2
		tail -n 40 "$RUN_LOG" >&2
		exit 1
	fi
}
# as_root WHY COMMAND...: root only for what needs it (Debian packages, services), saying why first.
as_root() {
	local why=$1
	shift
	if [[ $(id -u) -eq 0 ]]; then
		"$@"
	elif command -v sudo >/dev/null; then
		# on the terminal, even inside a step whose output goes to the log
		{ say "sudo is needed to $why" >/dev/tty; } 2>/dev/null || say "sudo is needed to $why" >&2
		sudo "$@"
	else
		{ echo "Root is needed to $why, and sudo is not installed: do that as root, then make run again." >/dev/tty; } 2>/dev/null
		echo "Root is needed to $why, and sudo is not installed: do that as root, then make run again." >&2
		return 1
	fi
}
frappe_cli() { (cd "$BENCH_PATH/sites" && ../env/bin/python -m frappe.utils.bench_helper frappe "$@"); }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

install_system_packages() {
	local missing=()
	command -v git >/dev/null || missing+=(git)
	command -v mariadb >/dev/null || missing+=(mariadb-server mariadb-client)
	command -v redis-server >/dev/null || port_open 6379 || missing+=(redis-server)
	command -v node >/dev/null || missing+=(nodejs npm)
	command -v wkhtmltopdf >/dev/null || missing+=(wkhtmltopdf)
	command -v espeak-ng >/dev/null || missing+=(espeak-ng) # reads the satisfaction survey aloud
	command -v pkg-config >/dev/null || missing+=(pkg-config libmariadb-dev)
	python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv python3-dev python3-pip)
	if ((${#missing[@]})); then
		step "Updating the package lists" as_root "install ${missing[*]}" apt-get update
		step "Installing system packages: ${missing[*]}" as_root "install ${missing[*]}" \
			env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" cron xvfb fonts-dejavu-core
	fi
	[[ "$(yarn --version 2>/dev/null)" == 1.* ]] ||
		step "Installing yarn 1" as_root "install yarn 1 for every user" npm install -g yarn@1
	port_open 3306 || step "Starting MariaDB" as_root "start the MariaDB service" service mariadb start
	port_open 6379 || step "Starting Redis" as_root "start the Redis service" service redis-server start
}

install_bench_cli() {
	if ! command -v bench >/dev/null; then
		step "Installing frappe-bench" python3 -m venv "$HOME/.frappe-bench-cli"
		step "Installing frappe-bench" "$HOME/.frappe-bench-cli/bin/pip" install --quiet frappe-bench
		export PATH="$HOME/.frappe-bench-cli/bin:$PATH"
	fi
}

install_app_packages() {
	# What the app itself needs from Debian, also on an existing bench.
	local missing=()
	command -v wkhtmltopdf >/dev/null || missing+=(wkhtmltopdf)
	command -v espeak-ng >/dev/null || missing+=(espeak-ng) # reads the satisfaction survey aloud
	# the survey page's scripts: Ethiopic (Tigrinya), Arabic (Arabic, Dari, Pashto), Cyrillic
	fc-list 2>/dev/null | grep -q "Noto Sans Ethiopic" || missing+=(fonts-noto-core)
	if ((${#missing[@]})); then
		step "Updating the package lists" as_root "install ${missing[*]}, which the app uses" apt-get update
		step "Installing system packages: ${missing[*]}" as_root "install ${missing[*]}, which the app uses" \
			env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
	fi
}

init_bench() {
	if [[ -x "$BENCH_PATH/env/bin/python" ]]; then
		install_app_packages
		return
	fi
	if [[ $(id -u) -eq 0 ]]; then
		echo "bench refuses to run as root: run make run as a regular user with sudo, or set BENCH_PATH to an existing bench." >&2
		exit 1
	fi
	install_system_packages
	install_bench_cli
	step "bench init (Frappe version-15) in $BENCH_PATH" \
		bench init --frappe-branch version-15 --skip-redis-config-generation "$BENCH_PATH"
}

repair_bench_env() {
	# Frappe 15 imports pkg_resources while installing apps; setuptools 81 and later no longer ship it.
	if ! "$BENCH_PATH/env/bin/python" -c 'import pkg_resources' 2>/dev/null; then
		step "Repairing the bench's environment (setuptools with pkg_resources)" \
			"$BENCH_PATH/env/bin/pip" install --quiet "setuptools<81"
	fi
	if ! "$BENCH_PATH/env/bin/python" -c 'import frappe, pkg_resources' 2>/dev/null; then
		echo "The bench's Python cannot import frappe and pkg_resources: see $BENCH_PATH/env." >&2
		exit 1
	fi
	say "Bench environment checked: $BENCH_PATH"
}

configure_bench() {
	say "Redis and MariaDB on 127.0.0.1 in the bench's configuration"
	local config="$BENCH_PATH/sites/common_site_config.json"
	"$BENCH_PATH/env/bin/python" - "$config" "$REDIS_URL" <<'PY'
import json, sys, os
path, redis = sys.argv[1], sys.argv[2]
config = json.load(open(path)) if os.path.exists(path) else {}
config.update({"redis_cache": redis, "redis_queue": redis, "redis_socketio": redis, "db_host": "127.0.0.1"})
json.dump(config, open(path, "w"), indent=1)
PY
}

link_app() {
	if [[ "$(readlink -f "$BENCH_PATH/apps/amif_network" 2>/dev/null)" != "$REPO/apps/amif_network" ]]; then
		say "Linking the app into the bench"
		rm -rf "$BENCH_PATH/apps/amif_network"
		ln -s "$REPO/apps/amif_network" "$BENCH_PATH/apps/amif_network"
	fi
	# The app and its declared dependencies, again whenever its pyproject.toml changes.
	local stamp="$BENCH_PATH/env/.amif-network-pyproject"
	local wanted
	wanted=$(sha256sum "$REPO/apps/amif_network/pyproject.toml" | cut -d' ' -f1)
	if [[ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]] || ! "$BENCH_PATH/env/bin/python" -c 'import amif_network' 2>/dev/null; then
		step "Installing the app and its dependencies into the bench's environment" \
			"$BENCH_PATH/env/bin/pip" install --quiet -e "$BENCH_PATH/apps/amif_network"
		echo "$wanted" >"$stamp"
	fi
	local apps="$BENCH_PATH/sites/apps.txt"
	if ! grep -qx amif_network "$apps"; then
		[[ -s "$apps" && -n "$(tail -c1 "$apps")" ]] && echo >>"$apps"
		echo amif_network >>"$apps"
	fi
}

db_admin_credentials() {
	# Frappe creates the site's database over TCP with a password. Without DB_ROOT_PASSWORD, a
	# dedicated admin account is made, by the first way that works: MariaDB's root over 127.0.0.1
	# without a password (no sudo), root's socket when running as root, and only then sudo.
	if [[ -n "$DB_ROOT_PASSWORD" ]]; then
		return
	fi
	local admin=amif_db_admin password sql
	password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
	sql="CREATE USER IF NOT EXISTS '$admin'@'localhost' IDENTIFIED BY '$password';
CREATE USER IF NOT EXISTS '$admin'@'127.0.0.1' IDENTIFIED BY '$password';
ALTER USER '$admin'@'localhost' IDENTIFIED BY '$password';
ALTER USER '$admin'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON *.* TO '$admin'@'localhost' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO '$admin'@'127.0.0.1' WITH GRANT OPTION;
FLUSH PRIVILEGES;"
	if printf '%s' "$sql" | db_root_over_tcp; then
		say "Database admin account made through MariaDB's $DB_ROOT_USER on 127.0.0.1 (no password, no sudo)"
	elif [[ $(id -u) -eq 0 ]] && command -v mariadb >/dev/null && printf '%s' "$sql" | mariadb -uroot >>"$RUN_LOG" 2>&1; then
		say "Database admin account made through MariaDB's root socket"
	elif command -v mariadb >/dev/null &&
		printf '%s' "$sql" | as_root "make a MariaDB account that creates the site's database (MariaDB's root answers only on its socket; or set DB_ROOT_USER and DB_ROOT_PASSWORD)" mariadb -uroot; then
		say "Database admin account made through MariaDB's root socket"
	else
		echo "Could not make a MariaDB account to create the site's database: set DB_ROOT_USER and DB_ROOT_PASSWORD to an account that may create databases." >&2
		exit 1
	fi
	DB_ROOT_USER=$admin
	DB_ROOT_PASSWORD=$password
}

db_root_over_tcp() {
	# The SQL on stdin, run as DB_ROOT_USER without a password over 127.0.0.1 (the bench's pymysql).
	"$BENCH_PATH/env/bin/python" -c '
import sys

import pymysql

statements = [s.strip() for s in sys.stdin.read().split(";") if s.strip()]
try:
	connection = pymysql.connect(host="127.0.0.1", port=3306, user=sys.argv[1], password="")
except pymysql.err.OperationalError:
	sys.exit(1)
with connection.cursor() as cursor:
	for statement in statements:
		cursor.execute(statement)
connection.commit()
' "$DB_ROOT_USER" 2>>"$RUN_LOG"
}

site_state() {
	# complete: the app is installed in the site's database; half: the site folder or its database
	# is there without it (a failed or interrupted new-site); none: no site; unknown: cannot tell.
	local folder="$BENCH_PATH/sites/$SITE"
	[[ -f "$folder/$COMPLETE_MARKER" ]] && { echo complete; return; }
	[[ -d "$folder" ]] || { echo none; return; }
	[[ -f "$folder/site_config.json" ]] || { echo half; return; }
	"$BENCH_PATH/env/bin/python" - "$folder/site_config.json" <<'PY'
import json, sys
import pymysql

config = json.load(open(sys.argv[1]))
try:
	connection = pymysql.connect(
		host="127.0.0.1", port=int(config.get("db_port") or 3306), user=config.get("db_user") or config["db_name"],
		password=config.get("db_password"), database=config["db_name"],
	)
	with connection.cursor() as cursor:
		cursor.execute("select count(*) from `tabInstalled Application` where app_name = 'amif_network'")
		print("complete" if cursor.fetchone()[0] else "half")
except pymysql.err.OperationalError as e:
	# 1044/1045: the site's database user was never made; 1049: no database
	print("half" if e.args[0] in (1044, 1045, 1049) else "unknown")
except pymysql.err.ProgrammingError as e:
	print("half" if e.args[0] == 1146 else "unknown")  # 1146: Frappe's tables not made yet
except KeyError:
	print("half")
PY
}

drop_half_made_site() {
	local folder="$BENCH_PATH/sites/$SITE"
	if [[ -f "$folder/site_config.json" ]]; then
		step "Dropping the half-made site $SITE and its database" frappe_cli drop-site "$SITE" \
			--db-root-username "$DB_ROOT_USER" --db-root-password "$DB_ROOT_PASSWORD" --no-backup --force
	fi
	if [[ -d "$folder" ]]; then
		mkdir -p "$BENCH_PATH/archived_sites"
		mv "$folder" "$BENCH_PATH/archived_sites/$SITE-half-made-$(date +%Y%m%d%H%M%S)"
	fi
}

make_site() {
	local state
	state=$(site_state)
	case "$state" in
	complete) say "Site $SITE is complete: keeping its data" ;;
	none) ;;
	half)
		say "Site $SITE is half made (a failed or interrupted run): making it again"
		db_admin_credentials
		drop_half_made_site
		;;
	*)
		echo "Cannot tell whether site $SITE is complete (its database does not answer as expected); nothing was changed." >&2
		exit 1
		;;
	esac
	if [[ "$state" != complete ]]; then
		db_admin_credentials
		step "Creating site $SITE with the app (about a minute)" frappe_cli new-site "$SITE" --db-host 127.0.0.1 \
			--db-root-username "$DB_ROOT_USER" --db-root-password "$DB_ROOT_PASSWORD" \
			--admin-password "$ADMIN_PASSWORD" --install-app amif_network
	fi
	step "Migrating $SITE" frappe_cli --site "$SITE" migrate
	step "Answering the setup wizard" frappe_cli --site "$SITE" execute amif_network.install.complete_setup_wizard \
		--kwargs "{\"admin_password\": \"$ADMIN_PASSWORD\"}"
	step "Site settings (host name, tests, scheduler)" site_settings
	date -u +%FT%TZ >"$BENCH_PATH/sites/$SITE/$COMPLETE_MARKER"
}

site_settings() {
	frappe_cli --site "$SITE" set-config host_name "http://127.0.0.1:$PORT" &&
		frappe_cli --site "$SITE" set-config allow_tests true &&
		frappe_cli --site "$SITE" enable-scheduler &&
		frappe_cli use "$SITE"
}

load_demo() {
	step "Loading the demo data" frappe_cli --site "$SITE" execute amif_network.demo.load \
		--kwargs "{\"folder\": \"$REPO/fixtures\"}"
	printf '{"bench": "%s", "site": "%s"}\n' "$BENCH_PATH" "$SITE" >"$REPO/.amif-bench"
}

build_assets() {
	if [[ ! -f "$BENCH_PATH/sites/assets/assets.json" ]]; then
		step "Installing Frappe's JavaScript packages" bash -c "cd '$BENCH_PATH/apps/frappe' && yarn install --frozen-lockfile"
		step "Building Frappe's assets" frappe_cli build
	elif [[ ! -e "$BENCH_PATH/sites/assets/amif_network" ]]; then
		ln -s "$REPO/apps/amif_network/amif_network/public" "$BENCH_PATH/sites/assets/amif_network"
	fi
}

ready() {
	say "Ready: http://127.0.0.1:$PORT (site $SITE)"
	echo "    Administrator / $ADMIN_PASSWORD (also admin@amif.example)"
	echo "    liege.staff@amif.example, liege.manager@amif.example, gent.staff@amif.example,"
	echo "    gent.manager@amif.example, charleroi.staff@amif.example, antwerpen.staff@amif.example,"
	echo "    bruxelles.staff@amif.example, spp.manager@amif.example, network.member@amif.example,"
	echo "    forms.admin@amif.example / amif-demo"
}

serve() {
	say "Serving http://127.0.0.1:$PORT (site $SITE); Ctrl-C stops"
	cd "$BENCH_PATH/sites"
	../env/bin/python -m frappe.utils.bench_helper frappe worker --queue short,default,long &
	local worker=$!
	../env/bin/python -m frappe.utils.bench_helper frappe schedule &
	local scheduler=$!
	trap 'kill $worker $scheduler 2>/dev/null' EXIT
	../env/bin/gunicorn --bind "127.0.0.1:$PORT" --workers 2 --timeout 120 \
		"amif_network.wsgi:application"
}

init_bench
[[ -x "$BENCH_PATH/env/bin/python" ]] || { echo "No bench at $BENCH_PATH" >&2; exit 1; }
port_open 3306 || { echo "MariaDB is not listening on 127.0.0.1:3306" >&2; exit 1; }
repair_bench_env
configure_bench
link_app
build_assets
make_site
load_demo
ready
if [[ "$SERVE" == 1 ]]; then
	serve
fi

#!/usr/bin/env bash
# Back up a site with its files (Frappe's `backup --with-files`), restore it into a new site
# (Frappe's `restore`), and compare every table of the app row by row and every file by checksum.
# With a `backup_encryption_key` in the site's config the backup is encrypted (System Settings
# "Encrypt Backups") and restored with that key.
#
# Settings (environment): BENCH_PATH (~/amif-bench), SITE (amif.localhost), RESTORE_SITE
# (restore-check.localhost; dropped first if it exists, and afterwards unless KEEP_RESTORED=1),
# DB_ROOT_USER (root), DB_ROOT_PASSWORD.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
BENCH_PATH=${BENCH_PATH:-$HOME/amif-bench}
SITE=${SITE:-amif.localhost}
RESTORE_SITE=${RESTORE_SITE:-restore-check.localhost}
DB_ROOT_USER=${DB_ROOT_USER:-root}
DB_ROOT_PASSWORD=${DB_ROOT_PASSWORD:-}
KEEP_RESTORED=${KEEP_RESTORED:-0}
LOG=${TMPDIR:-/tmp}/amif-backup-restore-$SITE.log
: >"$LOG"

say() { printf '==> %s\n' "$*"; }
frappe_cli() { (cd "$BENCH_PATH/sites" && ../env/bin/python -m frappe.utils.bench_helper frappe "$@") >>"$LOG" 2>&1; }
root_login=(--db-root-username "$DB_ROOT_USER" --db-root-password "$DB_ROOT_PASSWORD")
[[ "$RESTORE_SITE" != "$SITE" ]] || { echo "RESTORE_SITE must differ from SITE" >&2; exit 1; }

key=$("$BENCH_PATH/env/bin/python" -c 'import json, sys; print(json.load(open(sys.argv[1])).get("backup_encryption_key", ""))' \
	"$BENCH_PATH/sites/$SITE/site_config.json")
if [[ -n "$key" ]]; then
	say "The site has a backup encryption key: encrypted backup"
	frappe_cli --site "$SITE" execute frappe.db.set_single_value --args '["System Settings", "encrypt_backup", 1]'
fi

say "Backing up $SITE with its files"
backups="$BENCH_PATH/sites/$SITE/private/backups"
before=$(date +%s)
frappe_cli --site "$SITE" backup --with-files
newest() { find "$backups" -maxdepth 1 -newermt "@$((before - 1))" "$@" | sort | tail -n 1; }
sql=$(newest -name '*-database*.sql.gz')
public=$(newest -name '*-files*.tar' ! -name '*-private-files*')
private=$(newest -name '*-private-files*.tar')
[[ -n "$sql" && -n "$public" && -n "$private" ]] || { echo "backup files not found in $backups (see $LOG)" >&2; exit 1; }
echo "    $sql"
echo "    $public"
echo "    $private"

if [[ -d "$BENCH_PATH/sites/$RESTORE_SITE" ]]; then
	frappe_cli drop-site "$RESTORE_SITE" "${root_login[@]}" --no-backup --force
fi
say "Restoring into the new site $RESTORE_SITE"
password=$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
frappe_cli new-site "$RESTORE_SITE" --db-host 127.0.0.1 "${root_login[@]}" --admin-password "$password" ||
	{ echo "new-site failed (see $LOG)" >&2; exit 1; }
encryption=()
[[ -z "$key" ]] || encryption=(--encryption-key "$key")
frappe_cli --site "$RESTORE_SITE" restore "$sql" "${root_login[@]}" --admin-password "$password" \
	--with-public-files "$public" --with-private-files "$private" "${encryption[@]}" ||
	{ echo "restore failed (see $LOG)" >&2; exit 1; }

say "Comparing every table of the app row by row and every file by checksum"
status=0
"$BENCH_PATH/env/bin/python" "$REPO/scripts/compare_sites.py" "$BENCH_PATH" "$SITE" "$RESTORE_SITE" || status=$?

if [[ "$KEEP_RESTORED" != 1 ]]; then
	frappe_cli drop-site "$RESTORE_SITE" "${root_login[@]}" --no-backup --force
	say "Dropped $RESTORE_SITE"
fi
exit $status

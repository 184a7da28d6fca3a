"""Compare two sites of a bench: every table of amif_network row by row, every file by checksum.

Usage: <bench>/env/bin/python scripts/compare_sites.py BENCH_PATH SITE OTHER_SITE
Prints one line per table and a summary; exits 1 on any difference.
"""

import hashlib
import json
import sys
from pathlib import Path

import pymysql


def connect(bench: Path, site: str):
	config = json.loads((bench / "sites" / site / "site_config.json").read_text())
	return pymysql.connect(
		host=config.get("db_host") or "127.0.0.1",
		port=int(config.get("db_port") or 3306),
		user=config.get("db_user") or config["db_name"],
		password=config["db_password"],
		database=config["db_name"],
		charset="utf8mb4",
	)


def app_tables(connection) -> list[str]:
	"""Tables of the app's DocTypes, found from its modules in the site itself."""
	with connection.cursor() as cursor:
		cursor.execute("select module_name from `tabModule Def` where app_name = 'amif_network'")
		modules = [row[0] for row in cursor.fetchall()]
		cursor.execute(
			"select name from tabDocType where module in %s and issingle = 0 and ifnull(is_virtual, 0) = 0",
			(modules,),
		)
		return sorted(f"tab{row[0]}" for row in cursor.fetchall())


def table_digest(connection, table: str) -> tuple[int, str]:
	"""Row count and a digest of every row, in the order of the primary key."""
	digest = hashlib.sha256()
	rows = 0
	with connection.cursor() as cursor:
		cursor.execute(f"select * from `{table}` order by name")
		columns = [d[0] for d in cursor.description]
		digest.update(json.dumps(columns).encode())
		for row in cursor.fetchall():
			digest.update(json.dumps(row, default=str).encode())
			rows += 1
	return rows, digest.hexdigest()


def file_checksums(bench: Path, site: str) -> dict[str, str]:
	sums = {}
	for folder in ("public/files", "private/files"):
		root = bench / "sites" / site / folder
		for path in sorted(root.rglob("*")) if root.exists() else []:
			if path.is_file():
				sums[f"{folder}/{path.relative_to(root)}"] = hashlib.sha256(path.read_bytes()).hexdigest()
	return sums


def main(bench: str, site: str, other: str) -> int:
	bench_path = Path(bench)
	original, restored = connect(bench_path, site), connect(bench_path, other)
	differences = 0
	tables = app_tables(original)
	rows_total = 0
	for table in tables:
		mine = table_digest(original, table)
		try:
			theirs = table_digest(restored, table)
		except pymysql.err.ProgrammingError:
			theirs = (None, "missing")
		same = mine == theirs
		differences += not same
		rows_total += mine[0]
		print(
			f"    {'same' if same else 'DIFFERENT':9} {table}: {mine[0]} rows"
			+ ("" if same else f" vs {theirs[0]}")
		)
	files, restored_files = file_checksums(bench_path, site), file_checksums(bench_path, other)
	changed = sorted(
		set(files) ^ set(restored_files) | {f for f in files if restored_files.get(f) != files[f]}
	)
	for name in changed:
		print(f"    DIFFERENT file {name}")
	differences += len(changed)
	print(
		f"{len(tables)} tables ({rows_total} rows) and {len(files)} files compared: "
		+ ("identical" if not differences else f"{differences} differences")
	)
	return 1 if differences else 0


if __name__ == "__main__":
	sys.exit(main(*sys.argv[1:4]))

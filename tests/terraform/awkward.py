#!/usr/bin/env python3
"""IDs and text a Terraform file must carry unchanged (awkward.json): emitted, checked by hclcheck,
and what Terraform reads back (HCLCHECK_VALUES) compared with the config: database and table IDs and
names (quotes, backslashes, `${`, `%{`), column keys and string defaults (a newline); resource names
made unique (`user.profile` and `user_profile`; `2fa` in two databases, each under its database); the size note on stderr.
    awkward.py TOOL HCLCHECK SCHEMA CONFIG OUT_DIR"""
import json, os, subprocess, sys

tool, hclcheck, schema, config, out = sys.argv[1:6]
os.makedirs(out, exist_ok=True)
tf = os.path.join(out, "awkward.tf")
emit = subprocess.run([tool, "emit", config, "--format", "terraform", "-o", tf], capture_output=True, text=True)
assert emit.returncode == 0, emit.stderr
assert "app.v2/user.profile/notes: note: string of size 70000 written as mediumtext" in emit.stderr, emit.stderr
check = subprocess.run([hclcheck, schema, tf], capture_output=True, text=True, env={**os.environ, "HCLCHECK_VALUES": "1"})
assert check.returncode == 0, check.stderr
values = {}
for line in check.stdout.splitlines():
    if "=" in line and not line.startswith("ok "):
        where, text = line.split("=", 1)
        values[where] = json.loads(text)

cfg = json.load(open(config))
def read(kind, attr):
    return {k.split(".")[1]: v for k, v in values.items() if k.startswith(kind + ".") and k.endswith("." + attr)}

db_ids, db_names = read("appwrite_tablesdb", "id"), read("appwrite_tablesdb", "name")
assert sorted((db_ids[n], db_names[n]) for n in db_ids) == sorted((d["$id"], d["name"]) for d in cfg["tablesDB"]), db_ids
t_ids, t_names = read("appwrite_tablesdb_table", "id"), read("appwrite_tablesdb_table", "name")
assert sorted((t_ids[n], t_names[n]) for n in t_ids) == sorted((t["$id"], t["name"]) for t in cfg["tables"]), t_names
assert set(t_ids) == {"app_v2_user_profile", "app_v2_user_profile_2", "app_v2_2fa", "archive_2fa"}, t_ids
keys, defaults = read("appwrite_tablesdb_column", "key"), read("appwrite_tablesdb_column", "default")
want = sorted(c["key"] for t in cfg["tables"] for c in t["columns"])
assert sorted(keys.values()) == want, keys
for t in cfg["tables"]:
    for c in t["columns"]:
        if isinstance(c.get("default"), str):
            assert c["default"] in defaults.values(), (c["key"], defaults)

# One environment per deployment: each --environment is a key of local.environments.
env_tf = os.path.join(out, "environments.tf")
emit = subprocess.run([tool, "emit", config, "--format", "terraform", "-o", env_tf,
                       "--environment", "dev=awk-dev,https://dev.example.com/v1,app.v2=app-dev",
                       "--environment", "prod=awk-prod"], capture_output=True, text=True)
assert emit.returncode == 0, emit.stderr
text = open(env_tf).read()
for needed in ['condition     = contains(["dev", "prod"], var.environment)', '"app.v2"  = "app-dev"',
               'id   = local.environment.database_ids["app.v2"]', "project_id = local.environment.project_id"]:
    assert needed in text, needed
check = subprocess.run([hclcheck, schema, env_tf], capture_output=True, text=True)
assert check.returncode == 0, check.stderr
print("awkward IDs and text carried unchanged;", check.stdout.strip())

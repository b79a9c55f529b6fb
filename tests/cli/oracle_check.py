#!/usr/bin/env python3
"""The diff oracle: what a real Appwrite CLI sends on `appwrite push` against our plan for that CLI.

  oracle_check.py TOOL CASES_DIR GROUP node|go APPWRITE_BINARY CLI_VERSION WORKDIR

For every pair CASES_DIR/GROUP.*/{old,new}.json (written by `diff_test "[.oracle]"`): the plan
(`TOOL diff old new --format json --cli CLI_VERSION`), then oracle_push.sh pushes NEW with the real CLI
to the fake server holding OLD, and the writes it recorded are compared with the plan:
  create -> a POST of the attribute/index/collection/database (a new collection's attributes and
            indexes may come inline in its POST); update -> a PATCH/PUT of it and no DELETE;
  recreate -> a DELETE and a POST of it; delete -> a DELETE; rename -> a PATCH of the old key with
  newKey; a change the plan says push leaves (`pushLeaves`) -> nothing; and nothing else is written.
Where a CLI does what the plan does not say, the plan is wrong (or the CLI's behaviour is documented
in the plan's note and docs/diff.md). Exit 1 on any difference, listing them.
"""
import json, os, re, subprocess, sys

tool, cases, group, kind, appwrite, cli_version, work = sys.argv[1:8]
here = os.path.dirname(os.path.abspath(__file__))

ATTR = re.compile(r"^/v1/databases/([^/]+)/collections/([^/]+)/attributes(?:/(.*))?$")
INDEX = re.compile(r"^/v1/(?:databases|tablesdb)/([^/]+)/(?:collections|tables)/([^/]+)/indexes(?:/([^/]+))?$")
COLL = re.compile(r"^/v1/(?:databases|tablesdb)/([^/]+)/(?:collections|tables)(?:/([^/]+))?$")
DB = re.compile(r"^/v1/(?:databases|tablesdb)(?:/([^/]+))?$")
ROUTE_WORDS = {"string", "email", "url", "ip", "enum", "varchar", "text", "mediumtext", "longtext", "integer",
               "bigint", "float", "boolean", "datetime", "point", "line", "polygon", "relationship"}


def writes(requests):
    """The CLI's writes as (verb, subject, database, collection, key): verb create/update/delete."""
    out = set()
    for r in requests:
        method, path, body = r["method"], r["path"].split("?")[0], r.get("body") or {}
        if not path.startswith("/v1"):
            path = "/v1" + path
        verb = {"POST": "create", "PATCH": "update", "PUT": "update", "DELETE": "delete"}.get(method)
        if verb is None:
            continue
        if m := ATTR.match(path):
            db, coll, rest = m.group(1), m.group(2), (m.group(3) or "").split("/")
            if verb == "create":
                key = body.get("key", "")
            elif verb == "delete":
                key = rest[0]
            else:  # /{type}/{key}, or /{key}/relationship (and the Go CLI's /relationship/{key})
                key = rest[1] if rest[0] in ROUTE_WORDS and len(rest) > 1 else rest[0]
                if "newKey" in body and body["newKey"] != key:
                    out.add(("rename", "attribute", db, coll, body["newKey"]))
                    continue
            out.add((verb, "attribute", db, coll, key))
        elif m := INDEX.match(path):
            out.add((verb, "index", m.group(1), m.group(2), body.get("key", "") if verb == "create" else m.group(3)))
        elif m := COLL.match(path):
            db = m.group(1)
            coll = m.group(2) or body.get("collectionId") or body.get("tableId", "")
            out.add((verb, "collection", db, coll, ""))
            for a in body.get("attributes") or body.get("columns") or []:  # inline creation (B.6)
                out.add(("create", "attribute", db, coll, a.get("key", "")))
            for i in body.get("indexes") or []:
                out.add(("create", "index", db, coll, i.get("key", "")))
        elif m := DB.match(path):
            out.add((verb, "database", m.group(1) or body.get("databaseId", ""), "", ""))
        else:
            out.add((verb, "unknown " + path, "", "", ""))
    return out


def expected(plan):
    """What the plan says push writes, as the same tuples; and the tuples push may write inline."""
    must, inline_ok, created_collections = set(), set(), set()
    for c in plan["changes"]:
        if c.get("pushLeaves") or c.get("pushFails"):
            continue
        what = c["subject"]
        db, coll, key = c["database"], c.get("collection", ""), c.get("key", "")
        t = (what, db, coll, key)
        change = c["change"]
        if what == "collection" and change == "create":
            created_collections.add((db, coll))
        if what in ("attribute", "index") and change == "create" and (db, coll) in created_collections:
            inline_ok.add(("create",) + t)  # either inline in the collection's POST or on its own
            continue
        if change == "create":
            must.add(("create",) + t)
        elif change == "update":
            must.add(("update",) + t)
        elif change == "recreate":
            must |= {("delete",) + t, ("create",) + t}
        elif change == "delete":
            must.add(("delete",) + t)
        elif change == "rename":
            must.add(("rename",) + t)
    return must, inline_ok


failures = []
names = sorted(d for d in os.listdir(cases) if d.split(".")[0] == group)
if not names:
    sys.exit(f"no cases of group {group} in {cases}")
for name in names:
    folder = os.path.join(cases, name)
    old, new = os.path.join(folder, "old.json"), os.path.join(folder, "new.json")
    plan_run = subprocess.run([tool, "diff", old, new, "--format", "json", "--cli", cli_version],
                              capture_output=True, text=True)
    run_dir = os.path.join(work, name)
    push = subprocess.run([os.path.join(here, "oracle_push.sh"), kind, appwrite, old, new, run_dir],
                          capture_output=True, text=True)
    if plan_run.returncode == 2 and "breaks the rules above" in plan_run.stderr:
        # diff refuses NEW for this CLI (e.g. varchar for CLI 12): the CLI must refuse it too.
        if push.returncode == 0:
            failures.append(f"{name}: diff refuses NEW for CLI {cli_version}, but the CLI pushed it:\n"
                            + plan_run.stderr.strip())
        print(f"{name}: NEW refused by diff and by the CLI: {'ok' if push.returncode else 'DIFFERENT'}")
        continue
    if plan_run.returncode != 0:
        failures.append(f"{name}: diff exited {plan_run.returncode}: {plan_run.stderr.strip()}")
        continue
    plan = json.loads(plan_run.stdout)
    with open(os.path.join(run_dir, "requests.jsonl")) as f:
        requests = [json.loads(line) for line in f if line.strip()]
    sent = writes(requests)
    must, inline_ok = expected(plan)
    # A change push fails on: its writes are not compared (the failing request is the CLI's).
    failing = {(c["subject"], c["database"], c.get("collection", ""), c.get("key", ""))
               for c in plan["changes"] if c.get("pushFails")}
    sent = {t for t in sent if t[1:] not in failing}
    must = {t for t in must if t[1:] not in failing}
    failed_push = [r for r in requests if r.get("status", 200) >= 400]
    expected_to_fail = any(c.get("pushFails") for c in plan["changes"])
    if (push.returncode != 0) != expected_to_fail:
        refused = "; ".join(f"{r['method']} {r['path']} -> {r.get('status')}" for r in failed_push)
        failures.append(f"{name}: push exited {push.returncode}, the plan says it "
                        f"{'fails' if expected_to_fail else 'succeeds'} ({refused})")
    missing = must - sent
    extra = sent - must - inline_ok
    for t in sorted(missing):
        failures.append(f"{name}: the plan says push will {t[0]} {t[1]} {'/'.join(p for p in t[2:] if p)}; "
                        f"{kind} CLI {cli_version} did not")
    for t in sorted(extra):
        failures.append(f"{name}: {kind} CLI {cli_version} sent {t[0]} {t[1]} {'/'.join(p for p in t[2:] if p)}, "
                        "which the plan does not have")
    print(f"{name}: plan {len(plan['changes'])} changes; CLI wrote {len(sent)}: "
          f"{'ok' if not missing and not extra else 'DIFFERENT'}")

print(f"{len(names)} change pairs of {group} compared with {kind} CLI {cli_version}")
if failures:
    print("\n".join(failures))
    sys.exit(1)

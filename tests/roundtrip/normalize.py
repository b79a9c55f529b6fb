#!/usr/bin/env python3
"""The documented normalization of an Appwrite config (docs/check.md, "Round trip").

`import` -> compile -> emit must give back the input file up to exactly these differences:
  * only projectId, projectName and the schema (databases/tablesDB, collections/tables) are compared;
  * keys a pull or the server adds that carry no schema (status, error, $createdAt, $updatedAt,
    lengths, bytesMax, ...) are dropped; key order is ignored (numbers compare by value);
  * absent fields take the server's values: default null, encrypt false, enabled true,
    documentSecurity/rowSecurity false, integer bounds +-2^63, datetime format "", onDelete restrict,
    twoWayKey = the declaring collection's ID;
  * unbounded doubles' +-1.7976931348623157e308 bounds count as absent;
  * permissions are expanded (write -> create, update, delete), de-duplicated and ordered
    read, create, update, delete (Permission::aggregate, reference D.1);
  * index orders have one uppercase entry per attribute, ASC where none was given (spatial: none);
  * min/max/size written as null count as absent; databases that collections name but the file
    does not list are listed, named by their ID;
  * collections are grouped by database, keeping file order within each;
  * child sides of two-way relationships are compared as a set per collection (the server places
    them, reference B.3).
Usage: normalize.py INPUT OUTPUT  -> exit 0 when equal after normalization, else prints the difference.
"""
import json
import sys

INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1
TYPE_KEYS = {
    "string": ["size", "default", "encrypt"], "varchar": ["size", "default", "encrypt"],
    "text": ["default", "encrypt"], "mediumtext": ["default", "encrypt"], "longtext": ["default", "encrypt"],
    "integer": ["min", "max", "default"], "bigint": ["min", "max", "default"], "double": ["min", "max", "default"],
    "boolean": ["default"], "datetime": ["format", "default"],
    "point": ["default"], "linestring": ["default"], "polygon": ["default"],
    "relationship": ["relatedCollection", "relationType", "twoWay", "twoWayKey", "onDelete", "side"],
}


def permissions(perms):
    expanded = []
    for p in perms or []:
        if p.startswith("write("):
            expanded += [t + p[5:] for t in ("create", "update", "delete")]
        else:
            expanded.append(p)
    out = []
    for kind in ("read", "create", "update", "delete"):
        for p in expanded:
            if p.startswith(kind + "(") and p not in out:
                out.append(p)
    return out


def attribute(a, collection_id):
    a = dict(a)
    if "relatedTable" in a:
        a["relatedCollection"] = a.pop("relatedTable")
    kind = a.get("type")
    fmt = a.get("format") or ""
    if kind == "string" and fmt in ("email", "url", "ip", "enum"):
        keys = (["elements"] if fmt == "enum" else []) + ["format", "default"]
    else:
        keys = TYPE_KEYS.get(kind, ["default"])
    out = {"key": a.get("key"), "type": kind, "required": a.get("required", False), "array": a.get("array", False)}
    for k in keys:
        if k in a and not (k in ("min", "max", "size") and a[k] is None):
            out[k] = a[k]
    if kind != "relationship":
        out.setdefault("default", None)
    if "encrypt" in keys:
        out.setdefault("encrypt", False)
    if kind in ("integer", "bigint"):
        out.setdefault("min", INT64_MIN)
        out.setdefault("max", INT64_MAX)
    if kind == "double":
        for k in ("min", "max"):
            if k in out and abs(float(out[k])) >= 1.7976931348623157e308:
                del out[k]
    if kind == "datetime":
        out["format"] = ""
    if kind == "relationship":
        out.setdefault("onDelete", "restrict")
        out.setdefault("side", "parent")
        if not out.get("twoWayKey") and out["side"] == "parent":
            out["twoWayKey"] = collection_id
    if a.get("previousKey"):
        out["previousKey"] = a["previousKey"]
    return out


def index(x):
    fields = x.get("columns", x.get("attributes", []))
    orders = [(o or "").upper() for o in (x.get("orders") or [])]
    if x.get("type") == "spatial":
        orders = [o for o in orders if o]
    else:
        orders = [(orders[i] if i < len(orders) and orders[i] else "ASC") for i in range(len(fields))]
    return {"key": x.get("key"), "type": x.get("type"), "attributes": fields, "orders": orders}


def collection(c):
    attrs = [attribute(a, c["$id"]) for a in c.get("columns", c.get("attributes", []))]
    return {
        "$id": c["$id"], "$permissions": permissions(c.get("$permissions")), "databaseId": c.get("databaseId"),
        "name": c.get("name"), "enabled": c.get("enabled", True),
        "security": c.get("rowSecurity", c.get("documentSecurity", False)) or c.get("permission") == "document",
        "attributes": [a for a in attrs if a.get("side") != "child"],
        "child sides": sorted((a for a in attrs if a.get("side") == "child"), key=lambda a: a["key"]),
        "indexes": [index(x) for x in c.get("indexes", [])],
    }


def normalize(config):
    databases = config.get("databases", []) + config.get("tablesDB", [])
    collections = config.get("collections", []) + config.get("tables", [])
    for c in collections:  # databases named by collections but not listed (old CLIs) are listed
        if c.get("databaseId") and all(d["$id"] != c["databaseId"] for d in databases):
            databases.append({"$id": c["databaseId"], "name": c["databaseId"], "enabled": True})
    # collections grouped by database, in file order within each (the emitter writes them so)
    order = {d["$id"]: i for i, d in enumerate(databases)}
    collections = sorted(collections, key=lambda c: order.get(c.get("databaseId"), len(order)))
    return {
        "projectId": config.get("projectId"), "projectName": config.get("projectName"),
        "databases": [{"$id": d["$id"], "name": d.get("name"), "enabled": d.get("enabled", True)} for d in databases],
        "collections": [collection(c) for c in collections],
    }


def main():
    with open(sys.argv[1], encoding="utf-8-sig") as f:
        original = normalize(json.load(f))
    with open(sys.argv[2], encoding="utf-8") as f:
        emitted = normalize(json.load(f))
    if original == emitted:
        print(f"equal after normalization: {len(original['collections'])} collections")
        return 0
    for i, (a, b) in enumerate(zip(original["collections"], emitted["collections"])):
        if a != b:
            for key in a:
                if a[key] != b.get(key):
                    print(f"collections[{i}] ({a['$id']}).{key} differs:\n  input:   {json.dumps(a[key])[:2000]}\n"
                          f"  emitted: {json.dumps(b.get(key))[:2000]}")
            break
    else:
        for key in original:
            if original[key] != emitted[key]:
                print(f"{key} differs:\n  input:   {json.dumps(original[key])[:2000]}\n  emitted: {json.dumps(emitted[key])[:2000]}")
    return 1


if __name__ == "__main__":
    sys.exit(main())

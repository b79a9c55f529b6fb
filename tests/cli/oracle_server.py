#!/usr/bin/env python3
"""A small stateful fake Appwrite server: the oracle that records what a real `appwrite` CLI sends.

  oracle_server.py --state OLD.json --log requests.jsonl --port-file PORTFILE [--max-requests 5000]
                   [--idle-timeout 60] [--dump-state OUT.json] [--trace all.jsonl] [--lag N] [--server-version V]

OLD (an appwrite config, `databases`+`collections` or `tablesDB`+`tables` shape) is the initial state.
It serves the routes the CLIs use for databases, collections/tables, attributes/columns and indexes under
both `/databases` and `/tablesdb`: two views of the same objects, as on a real server (the CLIs mix them:
a table's columns are pushed through `/databases/.../attributes`). Every write and every unknown route is
appended to --log as {method, path, body, status}; --trace gets every request. Writes are APPLIED, so a
CLI polling for `available` (or for a deleted key to vanish) sees it at once (unless --lag). Binds
127.0.0.1 on a free port, writes it to PORTFILE, exits after --idle-timeout idle seconds, --max-requests
requests or SIGTERM, and writes the final state (pulled-config form, OLD's shape) to --dump-state.
"""
import argparse, json, os, re, signal, sys, threading, time
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

INT_MIN, INT_MAX, FLOAT_MAX = -2**63, 2**63 - 1, 1.7976931348623157e308   # PHP_INT_*, PHP_FLOAT_MAX
# Attribute response keys after the common ones, per (type, format); the order of the real models.
COMMON = ["key", "type", "status", "error", "required", "array", "$createdAt", "$updatedAt"]
def model_keys(attr):
    t, f = attr["type"], attr.get("format") or ""
    if t == "string" and f == "enum": return ["elements", "format", "default"]
    if t == "string" and f: return ["format", "default"]
    if t in ("string", "varchar"): return ["size", "default", "encrypt"]
    if t in ("text", "mediumtext", "longtext"): return ["default", "encrypt"]
    if t in ("integer", "bigint", "double"): return ["min", "max", "default"]
    if t == "datetime": return ["format", "default"]
    if t == "relationship": return ["relatedCollection", "relationType", "twoWay", "twoWayKey", "onDelete", "side"]
    return ["default"]                        # boolean, point, linestring, polygon
# Create/update routes -> (stored type, format). `float` is the wire name of double, `line` of linestring.
ROUTES = {"string": ("string", ""), "email": ("string", "email"), "url": ("string", "url"),
          "ip": ("string", "ip"), "enum": ("string", "enum"), "varchar": ("varchar", ""),
          "text": ("text", ""), "mediumtext": ("mediumtext", ""), "longtext": ("longtext", ""),
          "integer": ("integer", ""), "bigint": ("bigint", ""), "float": ("double", ""),
          "boolean": ("boolean", ""), "datetime": ("datetime", ""), "point": ("point", ""),
          "line": ("linestring", ""), "polygon": ("polygon", ""), "relationship": ("relationship", "")}
SYSTEM_KEYS = {"$id", "$createdAt", "$updatedAt", "$sequence"}   # indexable without an attribute

def now():
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "+00:00"

class ApiError(Exception):
    def __init__(self, code, kind, message):
        super().__init__(message); self.code, self.kind, self.message = code, kind, message

def no_route():
    return ApiError(404, "general_route_not_found",
                    "The requested route was not found. Please refer to the API docs and try again.")

def need(body, *names):
    """The real endpoints have mandatory params; a missing one is a 400 (e.g. `default` on updates)."""
    for n in names:
        if n not in body:
            raise ApiError(400, "general_argument_invalid", f'Param "{n}" is not optional.')

def normalize_attribute(a):
    """A config attribute/column -> the stored form, with the defaults a real server reports."""
    a = {k: v for k, v in a.items() if k not in ("status", "error", "$createdAt", "$updatedAt", "previousKey")}
    if "relatedTable" in a: a["relatedCollection"] = a.pop("relatedTable")
    t = a.get("type", "string")
    a.setdefault("required", False); a.setdefault("array", False)
    if t == "relationship":
        a.pop("default", None)
        a.setdefault("twoWay", False); a.setdefault("onDelete", "restrict"); a.setdefault("side", "parent")
        a.setdefault("twoWayKey", None); a.setdefault("relationType", "oneToOne")
    else:
        a.setdefault("default", None)
    if t in ("string", "varchar", "text", "mediumtext", "longtext") and not a.get("format"):
        a.setdefault("encrypt", False)
    if t in ("integer", "bigint"):             # the server fills in the bounds it applied
        a["min"], a["max"] = (INT_MIN if a.get("min") is None else a["min"]), (INT_MAX if a.get("max") is None else a["max"])
    if t == "double":                          # stored as PHP floats
        a["min"], a["max"] = (-FLOAT_MAX if a.get("min") is None else a["min"]), (FLOAT_MAX if a.get("max") is None else a["max"])
        for k in ("min", "max", "default"):
            if isinstance(a.get(k), int) and not isinstance(a[k], bool): a[k] = float(a[k])
    if t == "datetime": a.setdefault("format", "")
    a.update(status="available", error="", **{"$createdAt": now(), "$updatedAt": now()})
    return a

def normalize_index(i):
    i = {k: v for k, v in i.items() if k not in ("status", "error", "$createdAt", "$updatedAt")}
    i["attributes"] = list(i.pop("columns", i.get("attributes")) or [])
    i.setdefault("orders", []); i.setdefault("lengths", [])
    i.update(status="available", error="", **{"$createdAt": now(), "$updatedAt": now()})
    return i

class State:
    """databases -> collections -> attributes/indexes. A table is a collection, a column an attribute."""
    def __init__(self, config):
        self.dbs = {}
        self.tables_shape = bool(config.get("tablesDB") or config.get("tables"))
        for d in (config.get("databases") or []) + (config.get("tablesDB") or []):
            self.dbs[d["$id"]] = self.new_db(d["$id"], d.get("name", d["$id"]), d.get("enabled", True),
                                             "tablesdb" if d in (config.get("tablesDB") or []) else "legacy")
        for c in (config.get("collections") or []) + (config.get("tables") or []):
            db = self.dbs.setdefault(c["databaseId"], self.new_db(c["databaseId"], c["databaseId"], True, "legacy"))
            coll = self.new_coll(c["$id"], c.get("name", c["$id"]), c.get("$permissions", []),
                                 c.get("documentSecurity", c.get("rowSecurity", False)), c.get("enabled", True))
            coll["attributes"] = [normalize_attribute(a) for a in c.get("attributes", c.get("columns", []))]
            coll["indexes"] = [normalize_index(i) for i in c.get("indexes", [])]
            db["collections"][c["$id"]] = coll

    @staticmethod
    def new_db(id_, name, enabled, kind):
        return {"$id": id_, "name": name, "$createdAt": now(), "$updatedAt": now(), "enabled": enabled,
                "type": kind, "collections": {}}

    @staticmethod
    def new_coll(id_, name, perms, security, enabled):
        return {"$id": id_, "$createdAt": now(), "$updatedAt": now(), "$permissions": perms or [], "name": name,
                "enabled": enabled, "documentSecurity": bool(security), "attributes": [], "indexes": []}

    def db(self, db_id):
        if db_id not in self.dbs:
            raise ApiError(404, "database_not_found", "Database not found")
        return self.dbs[db_id]

    def coll(self, db_id, coll_id, tables):
        c = self.db(db_id)["collections"].get(coll_id)
        if c is None:
            raise ApiError(404, "table_not_found" if tables else "collection_not_found",
                           ("Table" if tables else "Collection") + " with the requested ID could not be found.")
        return c

    def dump(self, tables):
        """The final state in pulled-config shape (the CLI pull whitelists: no status/error/dates)."""
        dbs, colls = [], []
        for d in self.dbs.values():
            dbs.append({"$id": d["$id"], "name": d["name"], "enabled": d["enabled"]})
            for c in d["collections"].values():
                attrs = []
                for a in c["attributes"]:
                    rename = {"relatedCollection": "relatedTable"} if tables else {}
                    attrs.append({rename.get(k, k): php_number(a[k])
                                  for k in ["key", "type", "required", "array"] + model_keys(a) if k in a})
                idx = [{"key": i["key"], "type": i["type"], ("columns" if tables else "attributes"): i["attributes"],
                        "orders": i["orders"]} for i in c["indexes"]]
                colls.append({"$id": c["$id"], "$permissions": c["$permissions"], "databaseId": d["$id"],
                              "name": c["name"], "enabled": c["enabled"],
                              ("rowSecurity" if tables else "documentSecurity"): c["documentSecurity"],
                              ("columns" if tables else "attributes"): attrs, "indexes": idx})
        if tables:
            return {"tablesDB": dbs, "tables": colls}
        return {"databases": dbs, "collections": colls}

# ---- response rendering (the view decides the names: collections/attributes or tables/columns) ----
def php_number(v):
    """PHP's json_encode (the server's, without JSON_PRESERVE_ZERO_FRACTION) writes 10.0 as `10`: the Go
    CLI compares number literals as text, so `10.0` here would be a spurious change."""
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15: return int(v)
    return v

def render_attr(a, tables):
    rename = {"relatedCollection": "relatedTable"} if tables else {}
    return {rename.get(k, k): php_number(a.get(k)) for k in COMMON + model_keys(a) if k in a or k in COMMON}

def render_index(i, tables):
    return {"$id": i["key"], "$createdAt": i["$createdAt"], "$updatedAt": i["$updatedAt"], "key": i["key"],
            "type": i["type"], "status": i["status"], "error": i["error"],
            ("columns" if tables else "attributes"): i["attributes"], "lengths": i["lengths"], "orders": i["orders"]}

def render_db(d):
    return {k: d[k] for k in ("$id", "name", "$createdAt", "$updatedAt", "enabled", "type")}

def render_coll(c, db_id, tables):
    return {"$id": c["$id"], "$createdAt": c["$createdAt"], "$updatedAt": c["$updatedAt"],
            "$permissions": c["$permissions"], "databaseId": db_id, "name": c["name"], "enabled": c["enabled"],
            ("rowSecurity" if tables else "documentSecurity"): c["documentSecurity"],
            ("columns" if tables else "attributes"): [render_attr(a, tables) for a in c["attributes"]],
            "indexes": [render_index(i, tables) for i in c["indexes"]], "bytesMax": 0, "bytesUsed": 0}

def paginate(items, queries, wrapper):
    """`queries[]` are JSON strings ({"method":"limit","values":[100]}); total ignores limit/offset."""
    limit, offset, after = 25, 0, None
    for q in queries:
        try: q = json.loads(q)
        except ValueError: continue
        m, v = q.get("method"), q.get("values") or [None]
        if m == "limit": limit = int(v[0])
        elif m == "offset": offset = int(v[0])
        elif m == "cursorAfter": after = v[0]
    if after is not None:
        ids = [i.get("$id", i.get("key")) for i in items]
        offset = ids.index(after) + 1 if after in ids else len(items)
    return {"total": len(items), wrapper: items[offset:offset + limit]}

# ---- the API ---------------------------------------------------------------------------------------
DB_RE = re.compile(r"^/v1/(databases|tablesdb)(?:/([^/]+)(?:/(collections|tables)(?:/([^/]+)"
                   r"(?:/(attributes|columns|indexes)(?:/(.+))?)?)?)?)?$")

class Api:
    def __init__(self, state, version, lag):
        self.s, self.lag, self.clock = state, lag, 0
        self.version = tuple(int(x) for x in re.findall(r"\d+", version)[:3])

    # --lag N imitates the server's workers: a new attribute/index is `processing` and a deleted one
    # stays listed as `deleting` (its key still taken) for the next N requests. 0 = instant.
    def pending(self, item, deleting=False):
        if self.lag:
            item["status"] = "deleting" if deleting else "processing"
            item["_gone" if deleting else "_ready"] = self.clock + self.lag
        return bool(self.lag)

    def settle(self):
        for d in self.s.dbs.values():
            for c in d["collections"].values():
                for item in c["attributes"] + c["indexes"]:
                    if item.get("_ready", self.clock + 1) <= self.clock:
                        item["status"] = "available"; del item["_ready"]
                for a in [a for a in c["attributes"] if a.get("_gone", self.clock + 1) <= self.clock]:
                    self.remove_attr(c, a)
                c["indexes"] = [i for i in c["indexes"] if i.get("_gone", self.clock + 1) > self.clock]

    def handle(self, method, path, body, queries):
        """Returns (status, json). Raises ApiError for Appwrite-shaped errors."""
        self.clock += 1
        self.settle()
        if path == "/v1/health/version": return 200, {"version": ".".join(map(str, self.version))}
        if path == "/v1/health": return 200, {"name": "http", "ping": 0, "status": "pass"}
        if method == "GET" and path == "/v1/console/variables":
            return 200, {"_APP_DOMAIN_TARGET": "localhost", "_APP_STORAGE_LIMIT": 0, "_APP_USAGE_STATS": "disabled"}
        if method == "GET" and path == "/v1/account":
            raise ApiError(401, "general_unauthorized_scope", "app.key (role: applications) missing scope (account)")
        m = DB_RE.match(path)
        if not m:
            raise no_route()
        family, db_id, _, coll_id, sub, rest = m.groups()
        tables = family == "tablesdb"
        db_id, coll_id = db_id and unquote(db_id), coll_id and unquote(coll_id)
        if m.group(3) is None:
            return self.databases(method, db_id, body, queries, tables)
        if sub is None:
            return self.collections(method, db_id, coll_id, body, queries, tables)
        coll = self.s.coll(db_id, coll_id, tables)
        if sub == "indexes":
            return self.indexes(method, coll, rest and unquote(rest), body, queries, tables)
        return self.attributes(method, db_id, coll, rest, body, queries, tables)

    def databases(self, method, db_id, body, queries, tables):
        s = self.s
        if db_id is None and method == "GET":
            return 200, paginate([render_db(d) for d in s.dbs.values()], queries, "databases")
        if db_id is None and method == "POST":
            need(body, "databaseId", "name")
            if body["databaseId"] in s.dbs: raise ApiError(409, "database_already_exists", "Database already exists")
            d = s.dbs[body["databaseId"]] = s.new_db(body["databaseId"], body["name"], body.get("enabled", True),
                                                      "tablesdb" if tables else "legacy")
            return 201, render_db(d)
        d = s.db(db_id)
        if method == "GET": return 200, render_db(d)
        if method == "PUT":
            need(body, "name")
            d.update(name=body["name"], enabled=body.get("enabled", d["enabled"]), **{"$updatedAt": now()})
            return 200, render_db(d)
        if method == "DELETE":
            del s.dbs[db_id]; return 204, None
        raise no_route()

    def collections(self, method, db_id, coll_id, body, queries, tables):
        d = self.s.db(db_id)
        idname, sec = ("tableId", "rowSecurity") if tables else ("collectionId", "documentSecurity")
        if coll_id is None and method == "GET":
            return 200, paginate([render_coll(c, db_id, tables) for c in d["collections"].values()], queries,
                                 "tables" if tables else "collections")
        if coll_id is None and method == "POST":
            need(body, idname, "name")
            if body[idname] in d["collections"]:
                raise ApiError(409, "table_already_exists" if tables else "collection_already_exists",
                               "A collection with the requested ID already exists.")
            c = self.s.new_coll(body[idname], body["name"], body.get("permissions"), body.get(sec, False),
                                body.get("enabled", True))
            # CLIs >= 13.1 send the schema inline. Servers >= 1.9 create it (no relationships inline);
            # 1.8 has no such params, and the framework ignores undeclared params: an empty collection.
            inline = body.get("columns" if tables else "attributes") or []
            if self.version >= (1, 9):
                if any(a.get("type") == "relationship" for a in inline):
                    raise ApiError(400, "attribute_type_invalid", "Relationship attributes cannot be created inline")
                c["attributes"] = [normalize_attribute(a) for a in inline]
                c["indexes"] = [normalize_index(i) for i in body.get("indexes") or []]
            d["collections"][c["$id"]] = c
            return 201, render_coll(c, db_id, tables)
        c = self.s.coll(db_id, coll_id, tables)
        if method == "GET": return 200, render_coll(c, db_id, tables)
        if method == "PUT":
            need(body, "name")
            c["name"] = body["name"]
            if body.get("permissions") is not None: c["$permissions"] = body["permissions"]
            if body.get(sec) is not None: c["documentSecurity"] = bool(body[sec])
            if body.get("enabled") is not None: c["enabled"] = bool(body["enabled"])
            c["$updatedAt"] = now()
            return 200, render_coll(c, db_id, tables)
        if method == "DELETE":
            del d["collections"][coll_id]
            for other in d["collections"].values():   # relationships into it go with it
                other["attributes"] = [a for a in other["attributes"]
                                       if not (a["type"] == "relationship" and a.get("relatedCollection") == coll_id)]
            return 204, None
        raise no_route()

    def find_attr(self, coll, key, tables):
        for a in coll["attributes"]:
            if a["key"] == key: return a
        raise ApiError(404, "column_not_found" if tables else "attribute_not_found",
                       "Attribute with the requested key could not be found.")

    def attributes(self, method, db_id, coll, rest, body, queries, tables):
        parts = [unquote(p) for p in rest.split("/")] if rest else []
        if not parts and method == "GET":
            return 200, paginate([render_attr(a, tables) for a in coll["attributes"]], queries,
                                 "columns" if tables else "attributes")
        if len(parts) == 1 and method == "POST" and parts[0] in ROUTES:
            return 202, render_attr(self.create_attr(db_id, coll, parts[0], body, tables), tables)
        if len(parts) == 1 and method == "GET":
            return 200, render_attr(self.find_attr(coll, parts[0], tables), tables)
        if len(parts) == 1 and method == "DELETE":
            self.delete_attr(db_id, coll, self.find_attr(coll, parts[0], tables)); return 204, None
        if len(parts) == 2 and method == "PATCH" and parts[1] == "relationship":
            return 200, render_attr(self.update_relationship(db_id, coll, parts[0], body, tables), tables)
        if len(parts) == 2 and method == "PATCH" and parts[0] in ROUTES and parts[0] != "relationship":
            return 200, render_attr(self.update_attr(coll, parts[0], parts[1], body, tables), tables)
        raise no_route()

    def create_attr(self, db_id, coll, route, body, tables):
        t, f = ROUTES[route]
        if t == "relationship":
            rel = body.get("relatedTableId" if tables else "relatedCollectionId")
            if rel is None: need(body, "relatedTableId" if tables else "relatedCollectionId")
            need(body, "type")
            target = self.s.coll(db_id, rel, tables)
            a = {"key": body.get("key") or rel, "type": t, "relatedCollection": rel, "relationType": body["type"],
                 "twoWay": bool(body.get("twoWay", False)), "twoWayKey": body.get("twoWayKey") or coll["$id"],
                 "onDelete": body.get("onDelete") or "restrict", "side": "parent"}
        else:
            need(body, "key", "required", *(["size"] if route in ("string", "varchar") else []),
                 *(["elements"] if route == "enum" else []))
            a = {k: body[k] for k in ("key", "required", "default", "array", "size", "encrypt", "elements", "min", "max")
                 if k in body}
            a.update(type=t, **({"format": f} if f else {}))
            if a.get("required") and a.get("default") is not None:
                raise ApiError(400, "attribute_default_unsupported", "Cannot set default value for required attribute")
        if any(x["key"] == a["key"] for x in coll["attributes"]):
            raise ApiError(409, "column_already_exists" if tables else "attribute_already_exists",
                           "Attribute with the requested key already exists.")
        a = normalize_attribute(a)
        if route in ("email", "url", "ip", "enum"): a.pop("size", None)   # not in those models
        coll["attributes"].append(a); self.pending(a)
        if t == "relationship" and a["twoWay"]:        # the server makes the child side itself
            target["attributes"].append(normalize_attribute(dict(a, key=a["twoWayKey"], twoWayKey=a["key"],
                                                                 relatedCollection=coll["$id"], side="child")))
            self.pending(target["attributes"][-1])
        return a

    def counterpart(self, db_id, a):
        if a["type"] != "relationship" or not a.get("twoWay"): return None, None
        other = self.s.dbs[db_id]["collections"].get(a["relatedCollection"])
        for x in (other or {}).get("attributes", []):
            if x["type"] == "relationship" and x["key"] == a["twoWayKey"]: return other, x
        return None, None

    def delete_attr(self, db_id, coll, a):
        other, x = self.counterpart(db_id, a)   # either side of a two-way relationship takes both
        if x is not None and not self.pending(x, deleting=True): other["attributes"].remove(x)
        if not self.pending(a, deleting=True): self.remove_attr(coll, a)

    @staticmethod
    def remove_attr(coll, a):
        coll["attributes"].remove(a)
        for i in list(coll["indexes"]):        # the worker drops it from indexes; an empty index goes
            if a["key"] in i["attributes"]:
                n = i["attributes"].index(a["key"])
                for f in ("attributes", "orders", "lengths"):
                    if len(i[f]) > n: del i[f][n]
                if not i["attributes"]: coll["indexes"].remove(i)

    def update_attr(self, coll, route, key, body, tables):
        a = self.find_attr(coll, key, tables)
        if a["status"] != "available":
            raise ApiError(400, "attribute_not_available", "Attribute not available: " + key)
        t, f = ROUTES[route]
        if a["type"] != t or (a.get("format") or "") != f:
            raise ApiError(400, "attribute_type_invalid", f"Attribute type must be {t}" + (f" with format {f}" if f else ""))
        need(body, "required", "default", *(["elements"] if route == "enum" else []))
        if body["required"] and body["default"] is not None:
            raise ApiError(400, "attribute_default_unsupported", "Cannot set default value for required attribute")
        for k in ("required", "default", "size", "min", "max", "elements"):
            if k in body and body[k] is not None or k in ("required", "default"):
                a[k] = body[k]
        if t == "double":
            for k in ("min", "max", "default"):
                if isinstance(a.get(k), int) and not isinstance(a[k], bool): a[k] = float(a[k])   # PHP floats
        if body.get("newKey"): self.rename(coll, a, body["newKey"], tables)
        a["$updatedAt"] = now()
        return a

    def update_relationship(self, db_id, coll, key, body, tables):
        a = self.find_attr(coll, key, tables)
        if a["type"] != "relationship":
            raise ApiError(400, "attribute_type_invalid", "Attribute type must be relationship")
        other, x = self.counterpart(db_id, a)
        if body.get("onDelete") is not None:
            a["onDelete"] = body["onDelete"]
            if x is not None: x["onDelete"] = body["onDelete"]
        if body.get("newKey"):
            self.rename(coll, a, body["newKey"], tables)
            if x is not None: x["twoWayKey"] = body["newKey"]
        return a

    def rename(self, coll, a, new, tables):
        if any(x["key"] == new for x in coll["attributes"]):
            raise ApiError(409, "column_already_exists" if tables else "attribute_already_exists",
                           "Attribute with the requested key already exists.")
        for i in coll["indexes"]:
            i["attributes"] = [new if k == a["key"] else k for k in i["attributes"]]
        a["key"] = new

    def indexes(self, method, coll, key, body, queries, tables):
        if key is None and method == "GET":
            return 200, paginate([render_index(i, tables) for i in coll["indexes"]], queries, "indexes")
        if key is None and method == "POST":
            need(body, "key", "type", "columns" if tables else "attributes")
            if any(i["key"] == body["key"] for i in coll["indexes"]):
                raise ApiError(409, "index_already_exists", "Index with the requested key already exists.")
            known = {a["key"]: a for a in coll["attributes"]}
            for k in body["columns" if tables else "attributes"]:
                if k not in known and k not in SYSTEM_KEYS:
                    raise ApiError(400, "column_unknown" if tables else "attribute_unknown", f"Unknown attribute: {k}")
                if k in known and known[k]["status"] != "available":
                    raise ApiError(400, "attribute_not_available", f"Attribute not available: {k}")
            i = normalize_index({"key": body["key"], "type": body["type"],
                                 "attributes": body["columns" if tables else "attributes"],
                                 "orders": body.get("orders") or [], "lengths": body.get("lengths") or []})
            coll["indexes"].append(i); self.pending(i)
            return 202, render_index(i, tables)
        for i in coll["indexes"]:
            if i["key"] == key:
                if method == "GET": return 200, render_index(i, tables)
                if method == "DELETE":
                    if not self.pending(i, deleting=True): coll["indexes"].remove(i)
                    return 204, None
        if method in ("GET", "DELETE"):
            raise ApiError(404, "index_not_found", "Index with the requested key could not be found.")
        raise no_route()

# ---- HTTP plumbing ---------------------------------------------------------------------------------
def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for name in ("--state", "--log", "--port-file"): p.add_argument(name, required=True)
    p.add_argument("--max-requests", type=int, default=5000); p.add_argument("--idle-timeout", type=float, default=60)
    p.add_argument("--dump-state")
    p.add_argument("--trace", help="also log every request, reads included, with its status")
    p.add_argument("--server-version", default="1.8.1", help="what /health/version reports")
    p.add_argument("--lag", type=int, default=0, help="requests an attribute/index stays processing/deleting")
    args = p.parse_args()

    with open(args.state) as f: state = State(json.load(f))
    api, lock, stop = Api(state, args.server_version, args.lag), threading.Lock(), threading.Event()
    counter, last = [0], [time.monotonic()]
    log = open(args.log, "a"); trace = open(args.trace, "a") if args.trace else None

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"         # keep-alive, so every response carries Content-Length
        def log_message(self, *a): pass
        def serve(self):                      # both CLIs send Content-Length (no chunked bodies)
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            url = urlsplit(self.path)
            queries = [v for k, vs in parse_qs(url.query).items() if k.startswith("queries") for v in vs]
            try: body = json.loads(raw) if raw.strip() else {}
            except ValueError: body = {"_raw": raw.decode("utf-8", "replace")}
            with lock:
                last[0] = time.monotonic(); counter[0] += 1
                try:
                    status, out = api.handle(self.command, url.path, body if isinstance(body, dict) else {}, queries)
                except ApiError as e:
                    status, out = e.code, {"message": e.message, "code": e.code, "type": e.kind, "version": args.server_version}
                except Exception as e:          # a bug in the fake must not look like a CLI hang
                    status, out = 500, {"message": f"oracle_server: {e!r}", "code": 500, "type": "general_unknown",
                                        "version": args.server_version}
                entry = {"method": self.command, "path": url.path, "body": body if raw.strip() else None, "status": status}
                if self.command != "GET" or status == 404 and out.get("type") == "general_route_not_found":
                    log.write(json.dumps(entry) + "\n"); log.flush()
                if trace:
                    trace.write(json.dumps(dict(entry, query=url.query or None, project=self.headers.get("X-Appwrite-Project"),
                                                key=self.headers.get("X-Appwrite-Key"))) + "\n"); trace.flush()
                if counter[0] >= args.max_requests: stop.set()
            data = b"" if out is None else json.dumps(out).encode()
            self.send_response(status)
            if out is not None: self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = serve

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as f: f.write(str(server.server_address[1]) + "\n")
    os.replace(tmp, args.port_file)           # atomic: a poller never reads half a port
    # The handler only sets a flag: Event.set() from a signal handler can deadlock against the main
    # thread's own stop.wait(), which holds the same lock when the signal lands (a hung CI test, 600 s).
    terminated = [False]
    for sig in (signal.SIGTERM, signal.SIGINT): signal.signal(sig, lambda *_: terminated.__setitem__(0, True))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    while not terminated[0] and not stop.is_set():
        time.sleep(0.2)
        if time.monotonic() - last[0] > args.idle_timeout: break
    server.shutdown()
    with lock:
        if args.dump_state:
            with open(args.dump_state, "w") as f: json.dump(state.dump(state.tables_shape), f, indent=2)
        log.close()
        if trace: trace.close()

if __name__ == "__main__":
    sys.exit(main())

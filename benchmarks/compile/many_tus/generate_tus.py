#!/usr/bin/env python3
"""Writes N translation units that use the typed keys and queries of an imported schema.

    generate_tus.py CONFIG.json OUT_DIR N

OUT_DIR/schema.hpp must already hold `appwrite-schema import CONFIG.json --namespace yomu`. Each
tu_NN.cpp includes it and queries two collections of the config: `equal` on a string attribute and
`order_desc`, and the key of a boolean or datetime attribute, as app code does. tu_00.cpp has main.
"""
import json
import os
import sys


def usable(config, header):
    """(variable, string key, other key) of every collection (or table) the header declares under its
    ID, with a plain string attribute and a boolean, datetime or integer one."""
    out = []
    for c in config.get("collections", []) + config.get("tables", []):
        attributes = c.get("attributes", []) + c.get("columns", [])
        strings = [a["key"] for a in attributes if a.get("type") == "string" and not a.get("array")
                   and not a.get("format")]
        others = [a["key"] for a in attributes if a.get("type") in ("boolean", "datetime", "integer")
                  and not a.get("array")]
        if strings and others and f"inline constexpr auto {c['$id']} = " in header:
            out.append((c["$id"], strings[0], others[0]))
    if not out:
        sys.exit("generate_tus.py: no collection of the config has the attributes the TUs query")
    return out


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__.strip())
    with open(argv[1], encoding="utf-8") as f:
        config = json.load(f)
    out_dir, n = argv[2], int(argv[3])
    with open(os.path.join(out_dir, "schema.hpp"), encoding="utf-8") as f:
        header = f.read()
    collections = usable(config, header)
    for i in range(n):
        lines = ['#include "schema.hpp"', "", "#include <appwrite/schema/app.hpp>", "", "#include <string>", ""]
        body = []
        for j in (2 * i, 2 * i + 1):
            cid, string_key, other_key = collections[j % len(collections)]
            var = f"yomu::{cid}"
            body.append(f'    s += appwrite::schema::app::query<{var}>::equal<"{string_key}">(std::string("x"));')
            body.append(f'    s += appwrite::schema::app::query<{var}>::order_desc<"{other_key}">();')
            body.append(f'    s += appwrite::schema::app::key<{var}, "{other_key}">;')
        lines.append(f"std::string tu_{i:02d}() {{")
        lines.append("    std::string s;")
        lines += body
        lines.append("    return s;")
        lines.append("}")
        if i == 0:
            lines += ["", *[f"std::string tu_{k:02d}();" for k in range(1, n)], "",
                      "int main() {", "    std::string all = tu_00();",
                      *[f"    all += tu_{k:02d}();" for k in range(1, n)], "    return all.empty() ? 1 : 0;", "}"]
        with open(os.path.join(out_dir, f"tu_{i:02d}.cpp"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv)

#!/usr/bin/env python3
"""Generates the compile-time benchmark's translation units (DESIGN.md section 7).

    python3 benchmarks/compile/generate.py OUT_DIR [CASE ...]

writes OUT_DIR/<case>.cpp for each case (all cases when none is named):

  baseline  only #include <appwrite/schema.hpp>: the cost of the headers
  1x10      1 collection x 10 attributes
  10x50     10 collections x 50 attributes
  100x50    100 collections x 50 attributes
  200x50    200 collections x 50 attributes
  maxima    1 collection at Appwrite's limits: 1,010 attributes and 58 indexes
  worst     every maximum at once: 1,010 attributes with 36-character keys in 36-character IDs, the
            largest enums (100 elements x 160 characters, 63 x 255, long shared prefixes), 58
            indexes (18 of 100 attributes), 100 permissions, two-way relationships with 36-character
            keys (CTest compile_ok.worst_case compiles it with every compiler)
  10000     100 collections x 100 attributes = 10,000 attributes
  djamms    examples/djamms/djamms_schema.hpp (compile with -I examples/djamms)
  struct100x39, hana100x39  100 struct-first collections of 39 members (Boost.Hana's adapting
                macros stop at 39), read as aggregates, and with a constructor through BOOST_HANA_ADAPT_STRUCT
  struct100x50  100x50 declared struct-first (aw::collection_from, docs/documents.md): the same
            attributes, types and options as 100x50, so the two compile to the same schema

Every schema is valid under the default (MariaDB) profile, so a clean compile is the proof that
the library accepts it; the generator also checks the two budgets that are easy to break by
accident (row width, reference B.5, and index length, reference C.3) before writing anything.
Compiling a schema case with -DAW_BENCH_NO_VALIDATE leaves out the static_assert, which splits
its cost into building the schema value (the DSL) and validating it (the rules).
Output is deterministic. Standard library only.
"""

import os
import sys

# Reference B.5: a collection's user attributes may take at most 65535 - 1 - 1067 bytes of row width.
ROW_WIDTH_BUDGET = 64467
INDEX_LENGTH_BUDGET = 768  # reference C.3 (MariaDB)
MAX_ATTRIBUTES = 1010      # reference B.1: 1017 columns - 7 internal
MAX_INDEXES = 58           # reference C.2: 64 - 6 internal

PERMISSIONS = (
    "aw::permissions(aw::read(aw::role::users()), aw::create(aw::role::users()),\n"
    "                        aw::update(aw::role::users(), aw::role::team(\"admins\")),\n"
    "                        aw::remove(aw::role::team(\"admins\")))"
)


class Attr:
    """One attribute: its DSL expression, its row width (B.5) and its index length (C.3)."""

    def __init__(self, key, expr, width, index_length, indexable):
        self.key = key
        self.expr = expr
        self.width = width
        self.index_length = index_length
        self.indexable = indexable


def string_attr(key, size, required=False, default=None):
    assert 1 <= size <= 255, "keep strings in the VARCHAR <= 255 band (4n+1 bytes)"
    expr = f'aw::string("{key}", {size})'
    if required:
        expr += ".required()"
    elif default is not None:
        expr += f'.default_value("{default}")'
    return Attr(key, expr, 4 * size + 1, size, True)


def integer_attr(key, lo, hi, required=False, default=None):
    assert hi <= 2147483647, "an integer with max > 2^31-1 is a BIGINT (8 bytes)"
    expr = f'aw::integer("{key}").range({lo}, {hi})'
    if required:
        expr += ".required()"
    elif default is not None:
        expr += f".default_value({default})"
    return Attr(key, expr, 4, 1, True)


def double_attr(key, required=False):
    expr = f'aw::double_("{key}").range(-1000.5, 1000.5)'
    if required:
        expr += ".required()"
    return Attr(key, expr, 8, 2, True)


def boolean_attr(key, default=None):
    expr = f'aw::boolean("{key}")'
    if default is not None:
        expr += ".default_value(" + ("true" if default else "false") + ")"
    return Attr(key, expr, 1, 1, True)


def datetime_attr(key, required=False):
    expr = f'aw::datetime("{key}")'
    if required:
        expr += ".required()"
    return Attr(key, expr, 7, 1, True)


def email_attr(key, required=False):
    expr = f'aw::email("{key}")'
    if required:
        expr += ".required()"
    return Attr(key, expr, 4 * 254 + 1, 254, True)


def url_attr(key):
    return Attr(key, f'aw::url("{key}")', 4 * 2000 + 2, 2000, False)


def enum_attr(key, n):
    elements = ", ".join(f'"v{k}"' for k in range(n))
    expr = f'aw::enumeration("{key}", {{{elements}}}).default_value("v0")'
    return Attr(key, expr, 4 * 255 + 1, 255, True)


def mixed_attribute(i):
    """The i-th attribute of a generated collection: a repeating mix of every common type."""
    key = f"a{i:04d}"
    slot = i % 10
    if slot == 0:
        return string_attr(key, 32, required=True)
    if slot == 1:
        return integer_attr(key, 0, 1000000, required=(i % 20 == 1))
    if slot == 2:
        return double_attr(key)
    if slot == 3:
        return boolean_attr(key, default=(i % 20 == 3))
    if slot == 4:
        return datetime_attr(key, required=True)
    if slot == 5:
        return email_attr(key) if i % 20 == 5 else string_attr(key, 128, default="none")
    if slot == 6:
        return enum_attr(key, 3 + i % 5)
    if slot == 7:
        return integer_attr(key, -500, 500, default=0)
    if slot == 8:
        return string_attr(key, 255)
    # slot 9: one url per collection (8,002 bytes of row width), datetimes after that
    return url_attr(key) if i == 9 else datetime_attr(key)


def index_expr(kind, key, fields):
    names = ", ".join(f'"{f}"' for f in fields)
    return f'aw::{kind}_index("{key}", {{{names}}})'


def check_collection(cid, attrs, indexes):
    width = sum(a.width for a in attrs)
    if width > ROW_WIDTH_BUDGET:
        raise SystemExit(f"generate.py: {cid}: row width {width} > {ROW_WIDTH_BUDGET} (reference B.5)")
    if len(attrs) > MAX_ATTRIBUTES or len(indexes) > MAX_INDEXES:
        raise SystemExit(f"generate.py: {cid}: {len(attrs)} attributes / {len(indexes)} indexes over the limits")
    by_key = {a.key: a for a in attrs}
    for _, key, fields in indexes:
        length = 0
        for f in fields:
            a = by_key[f]
            if not a.indexable:
                raise SystemExit(f"generate.py: {cid}.{key}: {f} should not be indexed here")
            length += a.index_length
        if length > INDEX_LENGTH_BUDGET:
            raise SystemExit(f"generate.py: {cid}.{key}: index length {length} > {INDEX_LENGTH_BUDGET} (C.3)")
    return width


def collection_source(var, cid, attrs, indexes):
    check_collection(cid, attrs, indexes)
    lines = [f'inline constexpr auto {var} = aw::collection(',
             f'    "{cid}", "Collection {cid}",',
             f"    {PERMISSIONS}"]
    parts = [a.expr for a in attrs] + [index_expr(kind, key, fields) for kind, key, fields in indexes]
    for p in parts:
        lines[-1] += ","
        lines.append("    " + p)
    lines[-1] += ");"
    return "\n".join(lines) + "\n"


def mixed_collection(c, n_attributes):
    cid = f"c{c:04d}"
    attrs = [mixed_attribute(i) for i in range(n_attributes)]
    indexes = [("unique", f"{cid}_a0000_unique", ["a0000"])]
    if n_attributes > 1:
        # composite: a short string and an integer
        indexes.append(("key", f"{cid}_a0000_a0001_key", ["a0000", "a0001"]))
    if n_attributes > 10:
        indexes.append(("key", f"{cid}_a0010_key", ["a0010"]))
    return collection_source(f"c{c:04d}", cid, attrs, indexes)


def limit_attribute(kind, key, i):
    """The i-th attribute of a collection at the limits, of one of the common kinds."""
    if kind == "s16":
        return string_attr(key, 16, required=(i % 2 == 0))
    if kind == "s32":
        return string_attr(key, 32, default="x")
    if kind == "enum":
        return enum_attr(key, 2 + i % 6)
    if kind == "email":
        return email_attr(key)
    if kind == "url":
        return url_attr(key)
    if kind == "int":
        return integer_attr(key, 0, 2147483647, required=(i % 3 == 0))
    if kind == "bool":
        return boolean_attr(key, default=(i % 2 == 0) if i % 4 else None)
    if kind == "datetime":
        return datetime_attr(key, required=(i % 5 == 0))
    assert kind == "double", kind
    return double_attr(key)


def maxima_collection():
    """One collection at Appwrite's maxima: 1,010 attributes, 58 indexes, inside the width budget."""
    attrs = []
    plan = (
        [("s16", 58)]        # indexed short strings: 58 x 65 bytes
        + [("s32", 20)]      # 20 x 129
        + [("enum", 20)]     # 20 x 1021
        + [("email", 10)]    # 10 x 1017
        + [("url", 2)]       # 2 x 8002
        + [("int", 300)]     # 300 x 4
        + [("bool", 250)]    # 250 x 1
        + [("datetime", 200)]  # 200 x 7
        + [("double", 150)]  # 150 x 8
    )
    kinds = []
    for kind, n in plan:
        kinds += [kind] * n
    assert len(kinds) == MAX_ATTRIBUTES, len(kinds)
    # Interleave deterministically (stride through the list) so the types are mixed, not grouped.
    stride = 37  # coprime with 1010
    order = [kinds[(k * stride) % len(kinds)] for k in range(len(kinds))]
    short_strings, ints, dates = [], [], []
    for i, kind in enumerate(order):
        key = f"a{i:04d}"
        attrs.append(limit_attribute(kind, key, i))
        {"s16": short_strings, "int": ints, "datetime": dates}.get(kind, []).append(key)
    assert len(short_strings) == MAX_INDEXES
    indexes = []
    for j, s in enumerate(short_strings):
        if j < 40:
            indexes.append(("key" if j % 4 else "unique", f"ix{j:02d}_{s}", [s]))
        else:
            # composites: short string + integer + datetime (16 + 1 + 1 bytes of index length)
            indexes.append(("key", f"ix{j:02d}_{s}_multi", [s, ints[j], dates[j]]))
    assert len(indexes) == MAX_INDEXES
    return collection_source("maxima", "maxima", attrs, indexes)


def long_key(stem, width=36):
    """A key of exactly `width` characters that starts with `stem` (reference A.1: 36 at most)."""
    assert len(stem) < width
    return stem + "_" + "k" * (width - len(stem) - 1)


def big_enum(key, n, length, prefix_char):
    """n elements of `length` characters sharing a prefix of length - 4 (reference B.2: at most 100
    elements, each at most 255 characters, all of them JSON-encoded within 16,384 characters)."""
    elements = [prefix_char * (length - 4) + f"{k:04d}" for k in range(n)]
    assert n * (length + 3) + 13 <= 16384, "over the 16,384-character elements budget (B.2)"
    listed = ", ".join(f'"{e}"' for e in elements)
    return Attr(key, f'aw::enumeration("{key}", {{{listed}}})', 4 * 255 + 1, 255, True)


def worst_collections():
    """Every Appwrite maximum in one schema, with default compiler limits (issue 11)."""
    cid, related = long_key("worst"), long_key("related")
    plan = ([("s16", 58), ("s32", 18), ("rel", 2), ("enum", 18), ("big_enum", 2), ("email", 10), ("url", 2),
             ("int", 300), ("bool", 250), ("datetime", 200), ("double", 150)])
    kinds = []
    for kind, n in plan:
        kinds += [kind] * n
    assert len(kinds) == MAX_ATTRIBUTES, len(kinds)
    order = [kinds[(k * 37) % len(kinds)] for k in range(len(kinds))]
    attrs, short_strings, ints = [], [], []
    big, rel = 0, 0
    for i, kind in enumerate(order):
        key = long_key(f"a{i:04d}")
        if kind == "rel":
            two_way = long_key(f"back{rel}")
            attrs.append(Attr(key, f'aw::relationship("{key}", "{related}", aw::many_to_one).two_way("{two_way}")'
                                   ".on_delete(aw::set_null)", 1021, 0, False))
            rel += 1
        elif kind == "big_enum":
            attrs.append(big_enum(key, 100, 160, "p") if big == 0 else big_enum(key, 63, 255, "q"))
            big += 1
        else:
            attrs.append(limit_attribute(kind, key, i))
        {"s16": short_strings, "int": ints}.get(kind, []).append(key)
    indexes = []
    for j, s in enumerate(short_strings):
        if j < 40:
            indexes.append(("key" if j % 4 else "unique", long_key(f"ix{j:02d}"), [s]))
        else:
            # 100 attributes (C.1): a short string and 99 integers, a different run of them each time
            start = (j - 40) * 11
            indexes.append(("key", long_key(f"ix{j:02d}"), [s] + [ints[(start + k) % len(ints)] for k in range(99)]))
    assert len(indexes) == MAX_INDEXES
    users = [f'aw::role::user("{long_key(f"u{k:02d}")}")' for k in range(25)]
    roles = ", ".join(users)
    permissions = ("aw::permissions(" + ", ".join(f"aw::{t}({roles})" for t in ("read", "create", "update", "remove"))
                   + ")")
    main = collection_source("worst", cid, attrs, indexes).replace(PERMISSIONS, permissions)
    other = collection_source("related", related, [string_attr(long_key("name"), 255)], [])
    return main + "\n" + other


def worst_case(case):
    text = HEADER.format(case=case) + worst_collections() + FOOTER.format(collections="worst, related")
    return text.replace('aw::database("bench"', f'aw::database("{long_key("bench")}"')


HEADER = """// Generated by benchmarks/compile/generate.py ({case}): do not edit.
#include <appwrite/schema.hpp>

namespace aw = appwrite::schema;

namespace bench {{
"""

FOOTER = """
inline constexpr auto database = aw::database("bench", "Benchmark", {collections});
inline constexpr auto project = aw::project("bench", "Benchmark", database);

#ifndef AW_BENCH_NO_VALIDATE  // -DAW_BENCH_NO_VALIDATE: building the schema value only
static_assert(aw::valid<project>);
#endif

}}  // namespace bench

int main() {{}}
"""


def grid_case(case, n_collections, n_attributes):
    out = [HEADER.format(case=case)]
    names = []
    for c in range(n_collections):
        out.append(mixed_collection(c, n_attributes))
        names.append(f"c{c:04d}")
    out.append(FOOTER.format(collections=", ".join(names)))
    return "\n".join(out)


def maxima_case(case):
    return HEADER.format(case=case) + maxima_collection() + FOOTER.format(collections="maxima")


def baseline_case(case):
    return (f"// Generated by benchmarks/compile/generate.py ({case}): do not edit.\n"
            "#include <appwrite/schema.hpp>\n\nint main() {}\n")


def djamms_case(case):
    return (f"// Generated by benchmarks/compile/generate.py ({case}): do not edit.\n"
            "// Compile with -I examples/djamms.\n"
            '#include "djamms_schema.hpp"\n\n'
            "namespace aw = appwrite::schema;\n\n"
            "static_assert(aw::valid<djamms::project>);\n\n"
            "int main() {}\n")


def struct_member(i):
    """The i-th member of a struct-first collection and its options: mixed_attribute(i) as a struct."""
    key = f"a{i:04d}"
    slot = i % 10
    if slot == 0:
        return f"aw::field::string<32> {key};", []
    if slot == 1:
        t = "std::int32_t" if i % 20 == 1 else "std::optional<std::int32_t>"
        return f"{t} {key};", [".range(0, 1000000)"]
    if slot == 2:
        return f"std::optional<double> {key};", [".range(-1000.5, 1000.5)"]
    if slot == 3:
        return f"bool {key};", [".default_value(" + ("true" if i % 20 == 3 else "false") + ")"]
    if slot == 4:
        return f"std::chrono::sys_seconds {key};", []
    if slot == 5:
        if i % 20 == 5:
            return f"std::optional<aw::field::email> {key};", []
        return f"aw::field::string<128> {key};", ['.default_value("none")']
    if slot == 6:
        n = 3 + i % 5
        return f"e{n} {key};", [f".default_value(e{n}::v0)"]
    if slot == 7:
        return f"std::int32_t {key};", [".range(-500, 500)", ".default_value(0)"]
    if slot == 8:
        return f"std::optional<aw::field::string<255>> {key};", []
    return (f"std::optional<aw::field::url> {key};" if i == 9 else f"std::optional<std::chrono::sys_seconds> {key};"), []


def struct_case(case, n_collections, n_attributes, hana=False):
    includes = "#include <appwrite/schema.hpp>\n#include <appwrite/schema/collection_from.hpp>\n"
    if hana:
        includes = "#include <boost/hana/adapt_struct.hpp>\n#include <appwrite/schema/reflect/hana_struct.hpp>\n" + includes
    out = [HEADER.format(case=case).replace("#include <appwrite/schema.hpp>\n", includes)]
    for n in range(3, 8):
        out.append(f"enum class e{n} {{ " + ", ".join(f"v{k}" for k in range(n)) + " };\n")
    names = []
    for c in range(n_collections):
        cid = f"c{c:04d}"
        members, options = [], []
        for i in range(n_attributes):
            member, opts = struct_member(i)
            members.append("    " + member)
            if opts:
                options.append(f"aw::member<&s{cid}::a{i:04d}>" + "".join(opts))
        indexes = [index_expr("unique", f"{cid}_a0000_unique", ["a0000"]),
                   index_expr("key", f"{cid}_a0000_a0001_key", ["a0000", "a0001"]),
                   index_expr("key", f"{cid}_a0010_key", ["a0010"])]
        # Hana's case: no aggregate (a declared constructor), so only Hana's accessors can read it.
        ctor = [f"    s{cid}() = default;"] if hana else []
        out.append(f"struct s{cid} {{\n" + "\n".join(ctor + members) + "\n};\n")
        if hana:
            out.append(f"}}  // namespace bench\nBOOST_HANA_ADAPT_STRUCT(bench::s{cid}, "
                       + ", ".join(f"a{i:04d}" for i in range(n_attributes)) + ");\nnamespace bench {\n")
        parts = [PERMISSIONS] + options + indexes
        out.append(f'inline constexpr auto {cid} = aw::collection_from<s{cid}>(\n    "{cid}", "Collection {cid}",\n    '
                   + ",\n    ".join(parts) + ");\n")
        names.append(cid)
    out.append(FOOTER.format(collections=", ".join(names)))
    return "\n".join(out)


CASES = {
    "baseline": baseline_case,
    "1x10": lambda c: grid_case(c, 1, 10),
    "10x50": lambda c: grid_case(c, 10, 50),
    "100x50": lambda c: grid_case(c, 100, 50),
    "200x50": lambda c: grid_case(c, 200, 50),
    "maxima": maxima_case,
    "worst": worst_case,
    "10000": lambda c: grid_case(c, 100, 100),
    "djamms": djamms_case,
    "struct100x50": lambda c: struct_case(c, 100, 50),
    "struct100x39": lambda c: struct_case(c, 100, 39),
    "hana100x39": lambda c: struct_case(c, 100, 39, hana=True),
}


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if len(argv) >= 2 else 2
    out_dir = argv[1]
    cases = argv[2:] or list(CASES)
    unknown = [c for c in cases if c not in CASES]
    if unknown:
        print(f"generate.py: unknown case(s) {' '.join(unknown)}; known: {' '.join(CASES)}", file=sys.stderr)
        return 2
    os.makedirs(out_dir, exist_ok=True)
    for case in cases:
        text = CASES[case](case)
        path = os.path.join(out_dir, f"{case}.cpp")
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

// The C++ emitter behind `appwrite-schema import`: a schema view written as a readable DSL header, one
// declaration per collection in file order, so a team can move its existing appwrite.json into C++
// and let the compiler check it. Emitting the imported schema gives the file back after the
// normalization of docs/check.md. Every DSL spelling comes from the vocabularies (kinds.hpp).
#pragma once

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <appwrite/schema/bounds.hpp>
#include <appwrite/schema/detail/cpp_keywords.hpp>
#include <appwrite/schema/kinds.hpp>
#include <appwrite/schema/profile.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema::emit {

namespace detail {

// A C++ string literal for any UTF-8 text.
inline std::string literal(std::string_view s) {
    std::string out = "\"";
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            case '?': out += "\\?"; break;  // no trigraphs
            default:
                if (c < 0x20 || c == 0x7f) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\%03o", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "\"";
}

inline std::string integer(std::int64_t v) {
    if (v == int64_min) return "(-9223372036854775807LL - 1)";
    return std::to_string(v) + (v > 2147483647LL || v < -2147483647LL ? "LL" : "");
}

inline std::string number(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    std::string s = buf;
    if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
    return s;
}

inline std::string bound_text(const bound& b) { return b.is_integer ? integer(b.integer) : number(b.number); }

// A C++ identifier for an Appwrite ID, unique within `taken`.
inline std::string identifier(std::string_view id, std::set<std::string>& taken) {
    std::string out;
    for (char c : id) {
        const char ch = (std::isalnum(static_cast<unsigned char>(c)) != 0) ? c : '_';
        if (ch == '_' && !out.empty() && out.back() == '_') continue;  // `__` is reserved ([lex.name])
        out += ch;
    }
    if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0])) != 0 || out[0] == '_') out = "c_" + out;
    // Keywords, and the two names the header itself declares.
    if (schema::detail::is_cpp_keyword(out) || out == "project" || out == "aw") out += "_";
    std::string unique = out;
    for (int n = 2; taken.count(unique) != 0; ++n) unique = out + "_" + std::to_string(n);
    taken.insert(unique);
    return unique;
}

inline std::string role_call(const permission_record& p) {
    const std::string call(dsl_name_of(p.role));
    const auto id = literal(p.id);
    const std::string status = p.dimension == "verified" ? "aw::verified" : "aw::unverified";
    switch (p.role) {
        case role_kind::users: return call + "(" + (p.dimension.empty() ? "" : status) + ")";
        case role_kind::user: return call + "(" + id + (p.dimension.empty() ? "" : ", " + status) + ")";
        case role_kind::team: return call + "(" + id + (p.dimension.empty() ? "" : ", " + literal(p.dimension)) + ")";
        case role_kind::member:
        case role_kind::label: return call + "(" + id + ")";
        default: return call + "()";  // any, guests
    }
}

inline std::string permission_call(const permission_record& p) {
    // Typed where the string parses and its dimension fits the typed form; the raw text otherwise.
    const bool typed = p.syntax == permission_syntax::ok &&
                       !((p.role == role_kind::users || p.role == role_kind::user) && !p.dimension.empty() &&
                         p.dimension != "verified" && p.dimension != "unverified");
    if (!typed) return "aw::permission(" + literal(p.raw) + ")";
    return std::string(dsl_name_of(p.type)) + "(" + role_call(p) + ")";
}

inline std::string default_call(const schema_view& v, const attribute_record& a) {
    const auto& d = a.default_value;
    const auto& g = v.extra_of(a).geometry;
    switch (d.kind) {
        case value_kind::string: return ".default_value(" + literal(d.text) + ")";
        case value_kind::integer: return ".default_value(" + integer(d.integer) + ")";
        case value_kind::number: return ".default_value(" + number(d.number) + ")";
        case value_kind::boolean: return d.boolean ? ".default_value(true)" : ".default_value(false)";
        case value_kind::coordinates: {
            if (!g.well_formed) return "";
            auto point = [&](std::uint32_t p) {
                return "{" + number(v.coordinates[2 * p]) + ", " + number(v.coordinates[2 * p + 1]) + "}";
            };
            std::uint32_t p = g.first_point;
            if (g.depth == 1) return ".default_value(" + point(p) + ")";
            std::string rings;
            for (std::uint32_t r = g.rings.begin; r < g.rings.end(); ++r) {
                std::string ring;
                for (std::uint32_t k = 0; k < v.ring_sizes[r]; ++k) ring += (k ? ", " : "") + point(p++);
                rings += (r > g.rings.begin ? ", {" : "{") + ring + "}";
            }
            return ".default_value(" + std::string(g.depth == 3 ? "{" : "") + rings + (g.depth == 3 ? "}" : "") + ")";
        }
        default: return "";  // null, absent; arrays and objects cannot be declared (the rules reject them)
    }
}

// The relation type a header declares: an invalid one (AW300) is written as manyToMany, as before the
// rules ran.
inline relation_type written_relation(const schema_view& v, const attribute_record& a) {
    const auto r = v.extra_of(a).relation;
    return r == relation_type::invalid ? relation_type::many_to_many : r;
}

// A relationship's `.two_way(…)`, `.two_way_key(…)` and `.on_delete(…)`: the DSL's and the member
// options' (collection_from) spelling.
inline std::string relationship_calls(const schema_view& v, const collection_record& c, const attribute_record& a) {
    const auto& x = v.extra_of(a);
    std::string out;
    if (x.two_way) out += ".two_way(" + literal(x.two_way_key.empty() ? c.id : x.two_way_key) + ")";
    else if (!x.two_way_key.empty() && x.two_way_key != c.id) out += ".two_way_key(" + literal(x.two_way_key) + ")";
    // restrict is the default (B.3)
    if (x.on_delete != on_delete_action::restrict_ && !dsl_name_of(x.on_delete).empty())
        out += ".on_delete(" + std::string(dsl_name_of(x.on_delete)) + ")";
    return out;
}

// A number's `.min(…)` and `.max(…)`. Bounds the server fills in by itself (int64 extremes,
// +-PHP_FLOAT_MAX) are not declared.
inline std::string bound_calls(const attribute_record& a) {
    if (!is_numeric_type(a.type)) return "";
    auto declared = [&](const bound& b, bool low) { return b.present && !is_server_filled(b, low); };
    std::string out;
    if (declared(a.min, true)) out += ".min(" + bound_text(a.min) + ")";
    if (declared(a.max, false)) out += ".max(" + bound_text(a.max) + ")";
    return out;
}

inline std::string attribute_call(const schema_view& v, const collection_record& c, const attribute_record& a) {
    const auto key = literal(a.key);
    // A type Appwrite does not know (the rules report AW200) is written as itself and fails to compile.
    const std::string builder(spelling_of(a.type).dsl);
    std::string call;
    switch (a.type) {
        case attribute_type::string:
        case attribute_type::varchar: call = builder + "(" + key + ", " + integer(a.size) + ")"; break;
        case attribute_type::enum_: {
            std::string elements;
            for (auto e : v.elements_of(a)) elements += (elements.empty() ? "" : ", ") + literal(e);
            call = builder + "(" + key + ", {" + elements + "})";
            break;
        }
        case attribute_type::relationship: {
            const auto relation = written_relation(v, a);
            return builder + "(" + key + ", " + literal(v.extra_of(a).related_collection) + ", " +
                   std::string(dsl_name_of(relation)) + ")" + relationship_calls(v, c, a);
        }
        default: call = builder + "(" + key + ")";
    }
    if (a.required) call += ".required()";
    if (a.array) call += ".array()";
    if (a.encrypt) call += ".encrypt()";
    call += bound_calls(a) + default_call(v, a);
    if (!v.extra_of(a).previous_key.empty()) call += ".renamed_from(" + literal(v.extra_of(a).previous_key) + ")";
    return call;
}

inline std::string index_call(const schema_view& v, const index_record& ix) {
    std::string fields;
    for (const auto& f : v.fields_of(ix)) {
        auto name = literal(f.attribute);
        // Orders are ASC unless said, but a spatial index's explicit order matters (C.3).
        if (f.order == sort_order::desc || (f.order == sort_order::asc && ix.type == index_type::spatial))
            name = std::string(dsl_name_of(f.order)) + "(" + name + ")";
        fields += (fields.empty() ? "" : ", ") + name;
    }
    // An unknown index type (AW400) is written as a key index.
    const auto type = ix.type == index_type::unknown ? index_type::key : ix.type;
    return std::string(dsl_name_of(type)) + "(" + literal(ix.key) + ", {" + fields + "})";
}

// A collection's flags and permissions, each after a comma.
inline std::string collection_flags(const schema_view& v, const collection_record& c) {
    std::string out;
    if (c.document_security) out += ", aw::document_security{}";
    if (!c.enabled) out += ", aw::enabled{false}";
    const auto perms = v.permissions_of(c);
    if (!perms.empty()) {
        out += ",\n    aw::permissions(";
        for (std::size_t i = 0; i < perms.size(); ++i) out += (i ? ", " : "") + permission_call(perms[i]);
        out += ")";
    }
    return out;
}

// aw::version(1, 8, 1) for 10801; 0 (the newest) stays 0.
inline std::string version_call(std::uint32_t v) {
    if (v == 0) return "0";
    return "aw::version(" + std::to_string(v / 10000) + ", " + std::to_string(v / 100 % 100) + ", " +
           std::to_string(v % 100) + ")";
}

}  // namespace detail

struct cpp_header_options {
    std::string source;  // named in the header's first comment
    std::string name_space = "schema";
    // What the config was checked for (check --profile/--server/--cli or the settings file): the
    // header's project is declared for the same, so its static_assert judges it the same way.
    std::string_view engine = mariadb.name;
    deploy_target target{};
};

namespace detail {

// `inline constexpr auto NAME = aw::database(…)` of `db`'s collections, declared as `members`; its
// name is added to `databases`.
inline std::string database_declaration(const database_record& db, const std::vector<std::string>& members,
                                        std::set<std::string>& taken, std::vector<std::string>& databases) {
    const auto name = identifier(std::string(db.id) + "_database", taken);
    databases.push_back(name);
    std::string out = "\ninline constexpr auto " + name + " = aw::database(" + literal(db.id) + ", " + literal(db.name);
    for (const auto& m : members) out += ",\n    " + m;
    return out + ")" + (db.enabled ? "" : ".disabled()") + ";\n";
}

// The project of `databases`, declared for the engine and target the config was checked for, its
// static_assert, and the end of the namespace.
inline std::string project_declaration(const schema_view& v, const std::vector<std::string>& databases,
                                       const cpp_header_options& options) {
    std::string out = "\ninline constexpr auto project = aw::project(" + literal(v.project_id) + ", " +
                      literal(v.project_name);
    for (const auto& d : databases) out += ", " + d;
    out += ")";
    if (options.engine != mariadb.name) out += "\n    .for_engine(aw::" + std::string(options.engine) + ")";
    if (options.target.server_version != 0 || options.target.cli_version != 0)
        out += "\n    .for_target(aw::deploy_target{.server_version = " + version_call(options.target.server_version) +
               ", .cli_version = " + version_call(options.target.cli_version) + "})";
    return out + ";\n\nstatic_assert(aw::valid<project>);\n\n}  // namespace " + options.name_space + "\n";
}

}  // namespace detail

// The DSL header for a schema view. Child sides of relationships are left out: the parent's
// `.two_way(…)` declares them.
inline std::string cpp_header(const schema_view& v, const cpp_header_options& options = {}) {
    using namespace detail;
    std::string out;
    out += "// Imported from " + options.source + " by `appwrite-schema import`.\n";
    out += "// Compiling this header checks the schema against every Appwrite rule.\n";
    out += "#pragma once\n\n#include <appwrite/schema.hpp>\n\n";
    out += "namespace " + options.name_space + " {\nnamespace aw = appwrite::schema;\n";
    std::set<std::string> taken;
    std::vector<std::string> database_names;
    for (const auto& db : v.databases) {
        std::vector<std::string> members;
        for (const auto& c : v.collections_of(db)) {
            const auto name = identifier(c.id, taken);
            members.push_back(name);
            out += "\ninline constexpr auto " + name + " = aw::collection(\n    " + literal(c.id) + ", " +
                   literal(c.name);
            out += collection_flags(v, c);
            for (const auto& a : v.attributes_of(c)) {
                if (v.extra_of(a).side == relation_side::child) continue;
                out += ",\n    " + attribute_call(v, c, a);
            }
            for (const auto& ix : v.indexes_of(c)) out += ",\n    " + index_call(v, ix);
            out += ");\n";
        }
        out += database_declaration(db, members, taken, database_names);
    }
    out += project_declaration(v, database_names, options);
    return out;
}

}  // namespace appwrite::schema::emit

// The C++ types behind `appwrite-schema types --language cpp`: for any config, one aggregate struct
// per collection with one member per attribute (the table of docs/documents.md, read backwards), an
// enum class per enum attribute, the key constants, and each collection derived from its struct
// (aw::collection_from) with the options the struct cannot say (keys that are no C++ names, bounds,
// defaults, encryption, relationships' sides). The header is the schema: compiling it checks every
// rule, and emitting its project gives the config back (test `types.*`). Documents convert with
// nlohmann's to_json / from_json, declared for every struct.
#pragma once

#include <cctype>
#include <cstddef>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <appwrite/schema/emit/cpp_header.hpp>
#include <appwrite/schema/reflect/bind_members.hpp>

namespace appwrite::schema::emit {

// A config the types cannot express (a spatial default given as coordinates): what and where.
struct cpp_types_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

namespace detail_types {
using emit::detail::identifier;
using emit::detail::literal;

// Names the header uses after its own declarations (namespaces, `project`): a member or constant so
// named would hide them (`std::int64_t` finding a member `std`). Each set of names starts with them.
inline std::set<std::string> names_the_header_uses() { return {"std", "aw", "nlohmann", "appwrite", "project"}; }

// A name as C++ code spells it when it is already one: letters, digits and single underscores, not a
// keyword, not reserved (a leading `_`).
inline bool plain_name(std::string_view s) {
    if (s.empty() || std::isalpha(static_cast<unsigned char>(s[0])) == 0) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (std::isalnum(c) == 0 && c != '_') return false;
        if (c == '_' && i > 0 && s[i - 1] == '_') return false;
    }
    return !schema::detail::is_cpp_keyword(s);
}

// StudySessions for "study_sessions" or "Study Sessions": the type names, unique within `taken`.
inline std::string type_name(std::string_view id, std::set<std::string>& taken) {
    std::string out;
    bool upper = true;
    for (const char ch : id) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) == 0) {
            upper = true;
            continue;
        }
        out += upper ? static_cast<char>(std::toupper(c)) : ch;
        upper = false;
    }
    if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0])) != 0) out = "C" + out;
    return identifier(out, taken);
}

// study_sessions for "Study Sessions" or "studySessions": the constants' names, unique within `taken`.
inline std::string snake_name(std::string_view text, std::set<std::string>& taken) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (std::isalnum(c) == 0) {
            if (!out.empty() && out.back() != '_') out += '_';
            continue;
        }
        const bool word_start = std::isupper(c) != 0 && i > 0 &&
                                std::islower(static_cast<unsigned char>(text[i - 1])) != 0;
        if (word_start && !out.empty() && out.back() != '_') out += '_';
        out += static_cast<char>(std::tolower(c));
    }
    while (!out.empty() && out.back() == '_') out.pop_back();
    return identifier(out, taken);
}

// What a collection's C++ names are made from: its name, as `appwrite types` does ("Study Sessions"),
// unless that has no letter or digit; then its ID (often a generated one, "64a131980b5388c2a0af").
inline std::string_view naming_text(const collection_record& c) {
    for (const char ch : c.name)
        if (std::isalnum(static_cast<unsigned char>(ch)) != 0) return c.name;
    return c.id;
}

// A member's C++ name: the key itself when it is a plain name not `taken`, else one made from it;
// `renamed` says the key must be given.
inline std::string member_name(std::string_view key, std::set<std::string>& taken, bool& renamed) {
    renamed = !plain_name(key) || taken.count(std::string(key)) != 0;
    if (!renamed) {
        taken.insert(std::string(key));
        return std::string(key);
    }
    return identifier(key, taken);
}

// The member type for attribute `a` before std::optional / std::vector (docs/documents.md's table).
inline std::string value_type(const schema_view& v, const attribute_record& a, const std::string& enum_name) {
    using t = attribute_type;
    switch (a.type) {
        case t::string: return "aw::field::string<" + emit::detail::integer(a.size) + ">";
        case t::varchar: return "aw::field::varchar<" + emit::detail::integer(a.size) + ">";
        case t::text: return "aw::field::text";
        case t::mediumtext: return "aw::field::mediumtext";
        case t::longtext: return "aw::field::longtext";
        case t::email: return "aw::field::email";
        case t::url: return "aw::field::url";
        case t::ip: return "aw::field::ip";
        case t::integer: return "std::int64_t";
        case t::bigint: return "aw::field::bigint";
        case t::double_: return "double";
        case t::boolean: return "bool";
        case t::datetime: return "std::chrono::sys_time<std::chrono::milliseconds>";
        case t::enum_: return enum_name;
        case t::point: return "aw::field::point";
        case t::linestring: return "aw::field::linestring";
        case t::polygon: return "aw::field::polygon";
        case t::relationship:
            return "aw::field::relationship<" + literal(v.extra_of(a).related_collection) + ", " +
                   std::string(dsl_name_of(emit::detail::written_relation(v, a))) + ">";
        default:  // a type Appwrite does not know (AW200, refused without --force): fails to compile
            return "aw::field::unknown_type";
    }
}

struct member_text {
    std::string declaration;  // `    std::int64_t count{};`
    std::string options;      // `aw::member<&S::count>.min(0)`, or empty
};

inline member_text member(const schema_view& v, const collection_record& c, const attribute_record& a,
                          const std::string& struct_name, const std::string& name, bool renamed,
                          const std::string& enum_name, const std::vector<std::string>& enumerators) {
    const auto value = value_type(v, a, enum_name);
    std::string type;
    bool required_option = false;  // the member type alone does not give the attribute's `required`
    if (a.type == attribute_type::relationship) {
        type = holds_many(emit::detail::written_relation(v, a)) ? "std::vector<" + value + ">"
                                                                : "std::optional<" + value + ">";
    } else if (a.array) {
        type = "std::vector<" + value + ">";
        required_option = a.required;
    } else if (!a.required) {
        // An attribute with a default is not required either: an optional, as an older document may
        // lack it.
        type = "std::optional<" + value + ">";
    } else {
        type = value;
        required_option = a.default_value.kind != value_kind::absent && a.default_value.kind != value_kind::null;
    }
    std::string options;
    if (renamed) options += ".key(" + literal(a.key) + ")";
    if (a.encrypt) options += ".encrypt()";
    options += emit::detail::bound_calls(a);
    const auto& d = a.default_value;
    if (a.type == attribute_type::enum_ && d.kind == value_kind::string) {
        const auto elements = v.elements_of(a);
        std::size_t i = 0;
        while (i < elements.size() && elements[i] != d.text) ++i;
        // A default that is no element (AW2xx) cannot be an enumerator: the text is kept, and the rules
        // name it when the header compiles.
        options += i < elements.size() ? ".default_value(" + enum_name + "::" + enumerators[i] + ")"
                                       : ".default_value(" + literal(d.text) + ")";
    } else if (d.kind == value_kind::coordinates) {
        throw cpp_types_error("collection " + std::string(c.id) + ", attribute " + std::string(a.key) +
                              ": a spatial default given as coordinates has no member option; give it as WKT "
                              "text (\"POINT(1 2)\") or leave the default out");
    } else {
        options += emit::detail::default_call(v, a);
    }
    if (required_option) options += ".required()";
    if (a.type == attribute_type::relationship) options += emit::detail::relationship_calls(v, c, a);
    std::string declaration = "    " + type + " " + name + "{};";
    if (!v.extra_of(a).previous_key.empty())
        declaration += "  // previousKey " + literal(v.extra_of(a).previous_key) + " is not declared here";
    return {declaration + "\n", options.empty() ? "" : "aw::member<&" + struct_name + "::" + name + ">" + options};
}

}  // namespace detail_types

using cpp_types_options = cpp_header_options;

// The types header for a schema view (see the top of this file). Child sides of two-way
// relationships have no member: the parent's member declares both sides, and reading a document
// ignores keys the struct does not have. Throws cpp_types_error for what it cannot express.
inline std::string cpp_types(const schema_view& v, const cpp_types_options& options = {}) {
    using namespace emit::detail;
    using namespace detail_types;
    auto taken = names_the_header_uses();
    std::string enums;     // enum classes, in NS
    std::string elements;  // their enum_elements specialisations, outside NS
    std::string body;      // structs, keys, collections, conversions
    bool wide = false;     // a struct beyond the default headers' member count
    std::vector<std::string> database_names;
    std::string databases;
    for (const auto& db : v.databases) {
        std::vector<std::string> members;
        for (const auto& c : v.collections_of(db)) {
            const auto naming = naming_text(c);
            const auto struct_name = type_name(naming, taken);
            const auto collection_name = snake_name(naming, taken);
            const auto keys_name = identifier(collection_name + "_keys", taken);
            members.push_back(collection_name);
            // Nor the struct's own name ([class.mem]).
            auto member_names = names_the_header_uses();
            member_names.insert(struct_name);
            std::string fields;
            std::string keys;
            std::vector<std::string> option_calls;
            std::size_t count = 0;
            for (const auto& a : v.attributes_of(c)) {
                if (v.extra_of(a).side == relation_side::child) continue;
                ++count;
                bool renamed = false;
                const auto name = member_name(a.key, member_names, renamed);
                std::string enum_name;
                std::vector<std::string> enumerators;
                if (a.type == attribute_type::enum_) {
                    enum_name = type_name(std::string(naming) + "_" + std::string(a.key), taken);
                    std::set<std::string> enumerator_names;
                    std::string list;
                    std::string names;
                    for (const auto e : v.elements_of(a)) {
                        enumerators.push_back(identifier(e, enumerator_names));
                        list += (list.empty() ? "" : ", ") + enumerators.back();
                        names += (names.empty() ? "" : ", ") + literal(e);
                    }
                    enums += "enum class " + enum_name + " { " + list + " };\n";
                    elements += "template <>\nstruct appwrite::schema::reflect::enum_elements<" + options.name_space +
                                "::" + enum_name + "> {\n    static constexpr std::array<std::string_view, " +
                                std::to_string(enumerators.size()) + "> names{" + names + "};\n};\n";
                }
                auto m = member(v, c, a, struct_name, name, renamed, enum_name, enumerators);
                fields += m.declaration;
                if (!m.options.empty()) option_calls.push_back(std::move(m.options));
                keys += "inline constexpr std::string_view " + name + " = " + literal(a.key) + ";\n";
            }
            wide = wide || count > reflect::detail::narrow_member_limit;
            body += "\n// " + literal(c.id) + " (" + literal(c.name) + ")\nstruct " + struct_name + " {\n" + fields +
                    "};\n";
            if (!keys.empty()) body += "namespace " + keys_name + " {\n" + keys + "}  // namespace " + keys_name + "\n";
            body += "inline constexpr auto " + collection_name + " = aw::collection_from<" + struct_name + ">(\n    " +
                    literal(c.id) + ", " + literal(c.name) + collection_flags(v, c);
            for (const auto& o : option_calls) body += ",\n    " + o;
            for (const auto& ix : v.indexes_of(c)) body += ",\n    " + index_call(v, ix);
            body += ");\n";
            body += "inline void to_json(nlohmann::json& j, const " + struct_name + "& v) { j = aw::app::to_document<" +
                    collection_name + ">(v); }\n";
            body += "inline void from_json(const nlohmann::json& j, " + struct_name +
                    "& v) { v = aw::app::from_document<" + collection_name + ">(j); }\n";
        }
        databases += database_declaration(db, members, taken, database_names);
    }
    std::string out;
    out += "// Generated by `appwrite-schema types --language cpp` from\n// " + options.source + ":\n";
    out += "// a struct per collection, its key constants and its collection derived from it (docs/documents.md).\n";
    out += "// Compiling this header checks the schema against every Appwrite rule.\n#pragma once\n\n";
    if (wide) out += "#include <appwrite/schema/reflect/bind_members_wide.hpp>\n";
    out += "#include <array>\n#include <chrono>\n#include <cstdint>\n#include <optional>\n#include <string_view>\n"
           "#include <vector>\n\n#include <nlohmann/json.hpp>\n\n#include <appwrite/schema.hpp>\n"
           "#include <appwrite/schema/app.hpp>\n#include <appwrite/schema/collection_from.hpp>\n\n";
    // The enums come first, on their own: their enum_elements are specialised outside the namespace.
    if (!enums.empty())
        out += "namespace " + options.name_space + " {\n" + enums + "}  // namespace " + options.name_space + "\n\n" +
               elements;
    out += "\nnamespace " + options.name_space + " {\nnamespace aw = appwrite::schema;\n" + body + databases;
    out += project_declaration(v, database_names, options);
    return out;
}

}  // namespace appwrite::schema::emit

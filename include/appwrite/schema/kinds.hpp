// The closed vocabularies of an Appwrite schema: attribute types, index types, orders, relationship
// kinds and permission roles (reference B.2, B.3, C.1, D.1). Each is one table of rows {enum value,
// config spelling, DSL spelling, …}; everything that reads or writes a spelling (the JSON reader, the
// emitters, the importer, the diff, the shell writer, the app helpers) goes through `name_of`,
// `from_name` and `dsl_name_of` (vocabulary.hpp), so a spelling lives in one place.
#pragma once

#include <cstdint>
#include <string_view>

#include <appwrite/schema/vocabulary.hpp>

namespace appwrite::schema {

// --- attribute types (B.2, F.4) ---------------------------------------------------------------------

// All 18 Appwrite attribute types. email/url/ip/enum are `string` + `format` on the wire.
enum class attribute_type : std::uint8_t {
    string,
    varchar,
    text,
    mediumtext,
    longtext,
    integer,
    bigint,
    double_,
    boolean,
    datetime,
    email,
    url,
    ip,
    enum_,
    relationship,
    point,
    linestring,
    polygon,
    unknown,  // only from files: a type Appwrite does not know (a finding, never a crash)
};

struct attribute_type_row {
    attribute_type value;
    std::string_view name;         // the name users know it by: the server's endpoint name, "enum" for enum_
    std::string_view wire_type;    // the config's `type` (F.4)
    std::string_view wire_format;  // the config's `format` ("" where the type has none)
    std::string_view command;      // the CLI command's type word (`create-float-attribute`, F.6)
    std::string_view dsl;          // the DSL builder
    std::int64_t stored_size;      // the size the server stores (B.2); -1: the declared size; 0: not text
};

template <>
struct vocabulary<attribute_type> {
    static constexpr std::string_view none = "unknown";
    static constexpr attribute_type_row rows[] = {
        {attribute_type::string, "string", "string", "", "string", "aw::string", -1},
        {attribute_type::varchar, "varchar", "varchar", "", "varchar", "aw::varchar", -1},
        {attribute_type::text, "text", "text", "", "text", "aw::text", 65535},
        {attribute_type::mediumtext, "mediumtext", "mediumtext", "", "mediumtext", "aw::mediumtext", 16777215},
        {attribute_type::longtext, "longtext", "longtext", "", "longtext", "aw::longtext", 2147483647},
        {attribute_type::integer, "integer", "integer", "", "integer", "aw::integer", 0},
        {attribute_type::bigint, "bigint", "bigint", "", "bigint", "aw::bigint", 0},
        {attribute_type::double_, "double", "double", "", "float", "aw::double_", 0},
        {attribute_type::boolean, "boolean", "boolean", "", "boolean", "aw::boolean", 0},
        {attribute_type::datetime, "datetime", "datetime", "", "datetime", "aw::datetime", 0},
        {attribute_type::email, "email", "string", "email", "email", "aw::email", 254},
        {attribute_type::url, "url", "string", "url", "url", "aw::url", 2000},
        {attribute_type::ip, "ip", "string", "ip", "ip", "aw::ip", 39},
        {attribute_type::enum_, "enum", "string", "enum", "enum", "aw::enumeration", 255},
        {attribute_type::relationship, "relationship", "relationship", "", "relationship", "aw::relationship", 0},
        {attribute_type::point, "point", "point", "", "point", "aw::point", 0},
        {attribute_type::linestring, "linestring", "linestring", "", "line", "aw::linestring", 0},
        {attribute_type::polygon, "polygon", "polygon", "", "polygon", "aw::polygon", 0},
    };
    // A type only a file can have: spelled as itself everywhere, so output never hides it.
    static constexpr attribute_type_row unknown_row = {attribute_type::unknown, none, none, "", none, "aw::unknown", 0};
};

// Every spelling of `t` (the unknown row for attribute_type::unknown).
constexpr const attribute_type_row& spelling_of(attribute_type t) {
    const auto* row = row_of(t);
    return row != nullptr ? *row : vocabulary<attribute_type>::unknown_row;
}

// The type a config's `type` and `format` spell (F.4), or unknown. `format` only tells the string
// types apart: other types ignore it (datetime is pulled with "" and written "datetime" by CLI >= 13).
constexpr attribute_type from_wire(std::string_view type, std::string_view format) {
    for (const auto& row : vocabulary<attribute_type>::rows)
        if (row.wire_type == type && (type != "string" || row.wire_format == format)) return row.value;
    return attribute_type::unknown;
}

// Types stored as text: fulltext may index them, index length counts their size (reference C.3).
constexpr bool is_string_family(attribute_type t) { return spelling_of(t).stored_size != 0; }
constexpr bool is_text_type(attribute_type t) {
    return t == attribute_type::text || t == attribute_type::mediumtext || t == attribute_type::longtext;
}
constexpr bool is_integer_type(attribute_type t) { return t == attribute_type::integer || t == attribute_type::bigint; }
constexpr bool is_numeric_type(attribute_type t) { return is_integer_type(t) || t == attribute_type::double_; }
constexpr bool is_spatial_type(attribute_type t) {
    return t == attribute_type::point || t == attribute_type::linestring || t == attribute_type::polygon;
}
// Types whose `size` the author chooses (reference B.2).
constexpr bool has_declared_size(attribute_type t) { return spelling_of(t).stored_size < 0; }
// Types that share one config `type` and differ by `format` (string, email, url, ip, enum: F.4).
constexpr bool same_wire_type(attribute_type a, attribute_type b) {
    return spelling_of(a).wire_type == spelling_of(b).wire_type;
}

// The size the server stores for a type (reference B.2); declared types return the declared size.
constexpr std::int64_t stored_size(attribute_type t, std::int64_t declared) {
    const auto stored = spelling_of(t).stored_size;
    return stored < 0 ? declared : stored;
}

// --- the attributes every collection has (A.3): indexes may name them, attributes may not ---------

struct internal_attribute_row {
    std::string_view key;
    attribute_type type;
    std::int64_t size;  // for the index length (C.3): $id is a 255-character string
};
inline constexpr internal_attribute_row internal_attributes[] = {
    {"$id", attribute_type::string, 255},
    {"$createdAt", attribute_type::datetime, 0},
    {"$updatedAt", attribute_type::datetime, 0},
};
constexpr const internal_attribute_row* internal_attribute(std::string_view key) {
    for (const auto& row : internal_attributes)
        if (row.key == key) return &row;
    return nullptr;
}

// --- indexes (C.1, F.5) -------------------------------------------------------------------------------

enum class index_type : std::uint8_t { key, unique, fulltext, spatial, unknown };

// `unspecified` is an index field without an explicit order (emitted as ASC, reference F.5).
enum class sort_order : std::uint8_t { unspecified, asc, desc, invalid };

// --- relationships (B.3) ------------------------------------------------------------------------------

enum class relation_type : std::uint8_t { one_to_one, one_to_many, many_to_one, many_to_many, invalid };
enum class on_delete_action : std::uint8_t { restrict_, cascade, set_null, invalid };
enum class relation_side : std::uint8_t { parent, child };
// B.3: oneToMany and manyToMany hold a list of related documents on the parent side, the others one.
constexpr bool holds_many(relation_type t) {
    return t == relation_type::one_to_many || t == relation_type::many_to_many;
}

// --- permissions (D.1) --------------------------------------------------------------------------------

enum class permission_type : std::uint8_t { create, read, update, delete_, write };
enum class role_kind : std::uint8_t { any, guests, users, user, team, member, label };

template <>
struct vocabulary<index_type> {
    static constexpr std::string_view none = "unknown";
    static constexpr spelling_row<index_type> rows[] = {
        {index_type::key, "key", "aw::key_index"},
        {index_type::unique, "unique", "aw::unique_index"},
        {index_type::fulltext, "fulltext", "aw::fulltext_index"},
        {index_type::spatial, "spatial", "aw::spatial_index"},
    };
};

// C.1: orders pass WhiteList(ASC, DESC) case-insensitively; the reader upper-cases them first.
template <>
struct vocabulary<sort_order> {
    static constexpr std::string_view none = "";
    static constexpr spelling_row<sort_order> rows[] = {
        {sort_order::asc, "ASC", "aw::asc"},
        {sort_order::desc, "DESC", "aw::desc"},
    };
};

template <>
struct vocabulary<relation_type> {
    static constexpr std::string_view none = "invalid";
    static constexpr spelling_row<relation_type> rows[] = {
        {relation_type::one_to_one, "oneToOne", "aw::one_to_one"},
        {relation_type::one_to_many, "oneToMany", "aw::one_to_many"},
        {relation_type::many_to_one, "manyToOne", "aw::many_to_one"},
        {relation_type::many_to_many, "manyToMany", "aw::many_to_many"},
    };
};

template <>
struct vocabulary<on_delete_action> {
    static constexpr std::string_view none = "invalid";
    static constexpr spelling_row<on_delete_action> rows[] = {
        {on_delete_action::restrict_, "restrict", "aw::restrict_"},
        {on_delete_action::cascade, "cascade", "aw::cascade"},
        {on_delete_action::set_null, "setNull", "aw::set_null"},
    };
};

template <>
struct vocabulary<relation_side> {
    static constexpr std::string_view none = "parent";
    static constexpr spelling_row<relation_side> rows[] = {
        {relation_side::parent, "parent", ""},
        {relation_side::child, "child", ""},
    };
};

// `delete` is a C++ keyword: the DSL spells it `remove`.
template <>
struct vocabulary<permission_type> {
    static constexpr std::string_view none = "write";
    static constexpr spelling_row<permission_type> rows[] = {
        {permission_type::create, "create", "aw::create"}, {permission_type::read, "read", "aw::read"},
        {permission_type::update, "update", "aw::update"}, {permission_type::delete_, "delete", "aw::remove"},
        {permission_type::write, "write", "aw::write"},
    };
};

template <>
struct vocabulary<role_kind> {
    static constexpr std::string_view none = "any";
    static constexpr spelling_row<role_kind> rows[] = {
        {role_kind::any, "any", "aw::role::any"},       {role_kind::guests, "guests", "aw::role::guests"},
        {role_kind::users, "users", "aw::role::users"}, {role_kind::user, "user", "aw::role::user"},
        {role_kind::team, "team", "aw::role::team"},    {role_kind::member, "member", "aw::role::member"},
        {role_kind::label, "label", "aw::role::label"},
    };
};

}  // namespace appwrite::schema

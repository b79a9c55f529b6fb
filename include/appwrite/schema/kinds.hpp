// The closed vocabularies of an Appwrite schema: attribute types, index types, orders,
// relationship kinds and permission roles (reference B.2, B.3, C.1, D.1), with their config spellings.
#pragma once

#include <cstdint>
#include <string_view>

namespace appwrite::schema {

// All 18 Appwrite attribute types (reference B.2). email/url/ip/enum are `string` + `format` on the wire.
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

// The name a user knows the type by (the server's endpoint name, with "enum" for enum_).
constexpr std::string_view type_name(attribute_type t) {
    switch (t) {
        case attribute_type::string: return "string";
        case attribute_type::varchar: return "varchar";
        case attribute_type::text: return "text";
        case attribute_type::mediumtext: return "mediumtext";
        case attribute_type::longtext: return "longtext";
        case attribute_type::integer: return "integer";
        case attribute_type::bigint: return "bigint";
        case attribute_type::double_: return "double";
        case attribute_type::boolean: return "boolean";
        case attribute_type::datetime: return "datetime";
        case attribute_type::email: return "email";
        case attribute_type::url: return "url";
        case attribute_type::ip: return "ip";
        case attribute_type::enum_: return "enum";
        case attribute_type::relationship: return "relationship";
        case attribute_type::point: return "point";
        case attribute_type::linestring: return "linestring";
        case attribute_type::polygon: return "polygon";
        case attribute_type::unknown: break;
    }
    return "unknown";
}

// Types stored as text: fulltext may index them, index length counts their size (reference C.3).
constexpr bool is_string_family(attribute_type t) {
    switch (t) {
        case attribute_type::string:
        case attribute_type::varchar:
        case attribute_type::text:
        case attribute_type::mediumtext:
        case attribute_type::longtext:
        case attribute_type::email:
        case attribute_type::url:
        case attribute_type::ip:
        case attribute_type::enum_: return true;
        default: return false;
    }
}
constexpr bool is_text_type(attribute_type t) {
    return t == attribute_type::text || t == attribute_type::mediumtext || t == attribute_type::longtext;
}
constexpr bool is_integer_type(attribute_type t) { return t == attribute_type::integer || t == attribute_type::bigint; }
constexpr bool is_numeric_type(attribute_type t) { return is_integer_type(t) || t == attribute_type::double_; }
constexpr bool is_spatial_type(attribute_type t) {
    return t == attribute_type::point || t == attribute_type::linestring || t == attribute_type::polygon;
}
// Types whose `size` the author chooses (reference B.2).
constexpr bool has_declared_size(attribute_type t) { return t == attribute_type::string || t == attribute_type::varchar; }

// The size the server stores for a type (reference B.2); declared types return the declared size.
constexpr std::int64_t stored_size(attribute_type t, std::int64_t declared) {
    switch (t) {
        case attribute_type::string:
        case attribute_type::varchar: return declared;
        case attribute_type::text: return 65535;
        case attribute_type::mediumtext: return 16777215;
        case attribute_type::longtext: return 2147483647;
        case attribute_type::email: return 254;
        case attribute_type::url: return 2000;
        case attribute_type::ip: return 39;
        case attribute_type::enum_: return 255;
        default: return 0;
    }
}

enum class index_type : std::uint8_t { key, unique, fulltext, spatial, unknown };
constexpr std::string_view index_type_name(index_type t) {
    switch (t) {
        case index_type::key: return "key";
        case index_type::unique: return "unique";
        case index_type::fulltext: return "fulltext";
        case index_type::spatial: return "spatial";
        case index_type::unknown: break;
    }
    return "unknown";
}

// `unspecified` is an index field without an explicit order (emitted as ASC, reference F.5).
enum class sort_order : std::uint8_t { unspecified, asc, desc, invalid };

enum class relation_type : std::uint8_t { one_to_one, one_to_many, many_to_one, many_to_many, invalid };
constexpr std::string_view relation_type_name(relation_type t) {
    switch (t) {
        case relation_type::one_to_one: return "oneToOne";
        case relation_type::one_to_many: return "oneToMany";
        case relation_type::many_to_one: return "manyToOne";
        case relation_type::many_to_many: return "manyToMany";
        case relation_type::invalid: break;
    }
    return "invalid";
}

enum class on_delete_action : std::uint8_t { restrict_, cascade, set_null, invalid };
constexpr std::string_view on_delete_name(on_delete_action a) {
    switch (a) {
        case on_delete_action::restrict_: return "restrict";
        case on_delete_action::cascade: return "cascade";
        case on_delete_action::set_null: return "setNull";
        case on_delete_action::invalid: break;
    }
    return "invalid";
}

enum class relation_side : std::uint8_t { parent, child };

// Permission types and role kinds (reference D.1).
enum class permission_type : std::uint8_t { create, read, update, delete_, write };
constexpr std::string_view permission_type_name(permission_type t) {
    switch (t) {
        case permission_type::create: return "create";
        case permission_type::read: return "read";
        case permission_type::update: return "update";
        case permission_type::delete_: return "delete";
        case permission_type::write: return "write";
    }
    return "write";
}

enum class role_kind : std::uint8_t { any, guests, users, user, team, member, label };
constexpr std::string_view role_kind_name(role_kind k) {
    switch (k) {
        case role_kind::any: return "any";
        case role_kind::guests: return "guests";
        case role_kind::users: return "users";
        case role_kind::user: return "user";
        case role_kind::team: return "team";
        case role_kind::member: return "member";
        case role_kind::label: return "label";
    }
    return "any";
}

}  // namespace appwrite::schema

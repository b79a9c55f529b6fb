// The schema view: flat arrays of plain records, the one input every rule reads (DESIGN §2).
// The DSL builds it at compile time (records point at string literals); the JSON front end builds it
// at run time (records point into strings the parsed model owns). Parents refer to children by
// [begin, begin + count) ranges into the flat arrays, never by pointer, so views can be copied.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include <appwrite/schema/bounds.hpp>
#include <appwrite/schema/kinds.hpp>

namespace appwrite::schema {

struct range {
    std::uint32_t begin = 0;
    std::uint32_t count = 0;
    [[nodiscard]] constexpr std::uint32_t end() const { return begin + count; }
};

// Where a record came from: a line of the user's header (DSL) or an index in the JSON file.
struct origin {
    std::uint32_t line = 0;      // DSL: line of the declaring call (0 when unknown)
    std::uint32_t position = 0;  // files: index of the record in its JSON array
    const char* file = nullptr;  // DSL: the header of the declaring call, as the compiler names it
};

enum class value_kind : std::uint8_t {
    absent,  // no `default` key / no default declared
    null,    // explicit null: also "no default" to the server (reference B.1)
    string,
    integer,
    number,  // a JSON float, or an integer outside int64 (kept as double)
    boolean,
    coordinates,  // nested arrays of numbers (spatial defaults, reference B.4)
    array,        // any other array
    object,
};

// A spatial default: `rings` ranges into schema_view::ring_sizes, whose entries count points in
// schema_view::coordinates. depth is the JSON nesting depth (1 point, 2 line/ring, 3 polygon).
struct geometry_ref {
    range rings{};
    std::uint32_t first_point = 0;  // index of its first point (x at coordinates[2 * first_point])
    std::uint8_t depth = 0;
    bool well_formed = true;  // every leaf was a number and every point had exactly two of them
};

struct value_ref {
    value_kind kind = value_kind::absent;
    std::string_view text{};  // string: the text; files: arrays, objects, geometry as JSON, numbers as doubles
    std::int64_t integer = 0;
    double number = 0;
    bool boolean = false;
    std::uint32_t encoded_length = 0;  // files: length of the JSON text of the value (objects/arrays)

    [[nodiscard]] constexpr bool present() const { return kind != value_kind::absent && kind != value_kind::null; }
};

inline constexpr std::uint32_t no_extra = 0xFFFFFFFFU;

struct attribute_record {
    std::string_view key{};
    attribute_type type = attribute_type::string;
    bool required = false;
    bool array = false;
    bool encrypt = false;
    std::int64_t size = 0;  // string/varchar: declared; others: 0
    bool size_present = false;
    bound min{};
    bound max{};
    value_ref default_value{};
    range elements{};                // enum: into schema_view::strings
    std::uint32_t extra = no_extra;  // into schema_view::extras, for the few attributes that have one
    origin from{};
};

// What few attributes have: a relationship (B.3), a rename, a spatial default's points, a file's
// unknown type spelling. Kept apart from attribute_record (schema_view::extra_of) so that the record
// every attribute has stays small: a constant evaluation on g++ pays for each field of each record it
// builds or copies, and keeps it to the end of the translation unit (docs/performance.md).
struct attribute_extra {
    std::string_view type_spelling{};  // files: the raw `type`/`format` when unknown, for messages
    // relationship
    std::string_view related_collection{};
    relation_type relation = relation_type::one_to_one;
    bool two_way = false;
    std::string_view two_way_key{};
    on_delete_action on_delete = on_delete_action::restrict_;
    relation_side side = relation_side::parent;
    std::string_view previous_key{};  // rename marker (CLI >= 24.1 `previousKey`)
    geometry_ref geometry{};          // a spatial default given as coordinates
};
inline constexpr attribute_extra no_attribute_extra{};

struct index_field {
    std::string_view attribute{};
    sort_order order = sort_order::unspecified;
};

struct index_record {
    std::string_view key{};
    index_type type = index_type::key;
    std::string_view type_spelling{};
    range fields{};                  // into schema_view::index_fields
    bool orders_present = false;     // files: `orders` key present
    std::uint32_t orders_count = 0;  // files: entries in `orders`
    origin from{};
};

// Why a raw permission string failed to parse (reference D.1); `none` for typed permissions.
enum class permission_syntax : std::uint8_t {
    ok,
    malformed,     // not TYPE("ROLE")
    unknown_type,  // TYPE not create/read/update/delete/write
    wildcard,      // "*": use any
    role_prefix,   // contains "role:"
    unknown_role,
    missing_id,     // user/team/member/label without ID
    unexpected_id,  // any/guests/users with an ID
    unexpected_dimension,
    empty_dimension,
};

struct permission_record {
    permission_type type = permission_type::read;
    role_kind role = role_kind::any;
    std::string_view id{};
    std::string_view dimension{};
    std::string_view raw{};  // raw text when it came from a string (files, aw::permission("…"))
    permission_syntax syntax = permission_syntax::ok;
    origin from{};
};

struct collection_record {
    std::string_view id{};
    std::string_view name{};
    std::uint32_t database = 0;  // index into schema_view::databases
    bool enabled = true;
    bool document_security = false;  // rowSecurity in the tables shape
    range attributes{};
    range indexes{};
    range permissions{};
    origin from{};
};

struct database_record {
    std::string_view id{};
    std::string_view name{};
    bool enabled = true;
    range collections{};
    origin from{};
};

struct schema_view {
    std::string_view project_id{};
    std::string_view project_name{};
    std::span<const database_record> databases{};
    std::span<const collection_record> collections{};
    std::span<const attribute_record> attributes{};
    std::span<const index_record> indexes{};
    std::span<const index_field> index_fields{};
    std::span<const permission_record> permissions{};
    std::span<const std::string_view> strings{};  // enum elements
    std::span<const std::uint32_t> ring_sizes{};  // spatial defaults
    std::span<const double> coordinates{};        // x, y pairs
    std::span<const attribute_extra> extras{};

    template <class T>
    static constexpr std::span<const T> slice(std::span<const T> all, range r) {
        return all.subspan(r.begin, r.count);
    }
    [[nodiscard]] constexpr std::span<const collection_record> collections_of(const database_record& d) const {
        return slice(collections, d.collections);
    }
    [[nodiscard]] constexpr std::span<const attribute_record> attributes_of(const collection_record& c) const {
        return slice(attributes, c.attributes);
    }
    [[nodiscard]] constexpr std::span<const index_record> indexes_of(const collection_record& c) const {
        return slice(indexes, c.indexes);
    }
    [[nodiscard]] constexpr std::span<const permission_record> permissions_of(const collection_record& c) const {
        return slice(permissions, c.permissions);
    }
    [[nodiscard]] constexpr std::span<const index_field> fields_of(const index_record& i) const {
        return slice(index_fields, i.fields);
    }
    [[nodiscard]] constexpr const attribute_extra& extra_of(const attribute_record& a) const {
        return a.extra < extras.size() ? extras[a.extra] : no_attribute_extra;
    }
    [[nodiscard]] constexpr std::span<const std::string_view> elements_of(const attribute_record& a) const {
        return slice(strings, a.elements);
    }
};

}  // namespace appwrite::schema

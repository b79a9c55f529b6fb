// Member types that say which Appwrite type a struct member is when the C++ type alone does not
// (collection_from.hpp): the string types with their size or format, bigint, and a datetime kept as
// the server's text. Each is the value type it wraps (a std::string, an int64), so app code uses it
// as one. The C++ types that need no wrapper: bool, integers (integer, with the type's range where it
// is narrower than 64 bits), float and double (double), enums (enum, elements from the enumerator
// names), std::chrono::sys_time<…> (datetime), std::optional<M> (not required), std::vector<M> (array).
// point, linestring and polygon are the spatial types.
// A relationship names the related collection by ID and the relation type (reference B.3).
//
//   struct user { aw::field::email mail; aw::field::varchar<64> nick; std::optional<aw::field::url> site; };
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <appwrite/schema/fixed_string.hpp>
#include <appwrite/schema/kinds.hpp>

namespace appwrite::schema::field {

namespace detail {
// A std::string that is one Appwrite string type: constructible and assignable as a std::string.
template <class Tag>
struct text_value : std::string {
    using std::string::string;
    text_value() = default;
    text_value(std::string s) : std::string(std::move(s)) {}  // NOLINT: implicit on purpose
    using std::string::operator=;
};
template <std::int64_t N>
struct sized_tag {};
struct varchar_tag {};
}  // namespace detail

// B.2: `string` of `size` characters (the server picks VARCHAR or TEXT by size), and the 1.9 types.
template <std::int64_t Size>
struct string : detail::text_value<detail::sized_tag<Size>> {
    using detail::text_value<detail::sized_tag<Size>>::text_value;
    using detail::text_value<detail::sized_tag<Size>>::operator=;
    static constexpr std::int64_t size = Size;
};
template <std::int64_t Size>
struct varchar : detail::text_value<detail::varchar_tag> {
    using detail::text_value<detail::varchar_tag>::text_value;
    using detail::text_value<detail::varchar_tag>::operator=;
    static constexpr std::int64_t size = Size;
};

#define APPWRITE_SCHEMA_DETAIL_TEXT_FIELD(name)           \
    struct name : detail::text_value<struct name##_tag> { \
        using text_value::text_value;                     \
        using text_value::operator=;                      \
    };
APPWRITE_SCHEMA_DETAIL_TEXT_FIELD(text)
APPWRITE_SCHEMA_DETAIL_TEXT_FIELD(mediumtext)
APPWRITE_SCHEMA_DETAIL_TEXT_FIELD(longtext)
APPWRITE_SCHEMA_DETAIL_TEXT_FIELD(email)
APPWRITE_SCHEMA_DETAIL_TEXT_FIELD(url)
APPWRITE_SCHEMA_DETAIL_TEXT_FIELD(ip)
// A datetime as the server's text ("2026-01-31T12:00:00.000+00:00"), for apps that keep it as is;
// std::chrono::sys_time<…> is the typed alternative.
APPWRITE_SCHEMA_DETAIL_TEXT_FIELD(datetime)
#undef APPWRITE_SCHEMA_DETAIL_TEXT_FIELD

// B.2 (1.9): a 64-bit integer column; plain std::int64_t maps to `integer`.
struct bigint {
    std::int64_t value = 0;
    constexpr bigint() = default;
    constexpr bigint(std::int64_t v) : value(v) {}             // NOLINT: implicit on purpose
    constexpr operator std::int64_t() const { return value; }  // NOLINT
};

// B.4 (1.8): spatial columns. A point is [x, y] in a document, x the longitude in [-180, 180] and y
// the latitude in [-90, 90]; a line 2 or more points; a polygon rings of points, each closed (its
// last point its first) and of 4 or more points.
struct point {
    double x = 0;
    double y = 0;
    friend constexpr bool operator==(const point&, const point&) = default;
};
struct linestring : std::vector<point> {
    using std::vector<point>::vector;
};
struct polygon : std::vector<std::vector<point>> {
    using std::vector<std::vector<point>>::vector;
};

// B.3: a relationship to collection `Related`, holding the related document's ID. oneToOne and
// manyToOne (one related document) are a member of this type, or an optional of it; oneToMany and
// manyToMany a std::vector of it. Two-way, its key and on-delete are options
// (aw::member<&S::m>.two_way("key").on_delete(aw::cascade)). The related collection is named by ID,
// not by its struct, so collections may refer to each other in any order.
template <fixed_string Related, relation_type Type>
struct relationship : detail::text_value<relationship<Related, Type>> {
    using detail::text_value<relationship<Related, Type>>::text_value;
    using detail::text_value<relationship<Related, Type>>::operator=;
    static constexpr std::string_view related = Related.view();
    static constexpr relation_type relation = Type;
};

}  // namespace appwrite::schema::field

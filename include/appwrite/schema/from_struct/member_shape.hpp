// Which Appwrite attribute a struct member's C++ type is (the table of docs/documents.md): its type,
// size, range, array-ness and optionality. A type with no row is `unknown`, which collection_from
// reports naming the struct, the member and the type.
#pragma once

#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <appwrite/schema/fields.hpp>
#include <appwrite/schema/kinds.hpp>

namespace appwrite::schema::detail_struct {

struct member_shape {
    attribute_type type = attribute_type::unknown;
    std::int64_t size = 0;    // string types that carry one (field::string<N>, field::varchar<N>)
    bool needs_size = false;  // std::string: the size comes from aw::member<…>.size(n)
    bool optional = false;    // std::optional<M>: not required
    bool array = false;       // std::vector<M>
    bool ranged = false;      // integers narrower than 64 bits: the type's range (B.2)
    std::int64_t min = 0;
    std::int64_t max = 0;
    std::string_view related{};  // relationships (B.3)
    relation_type relation = relation_type::invalid;
    bool relation_shape_ok = true;  // one related document or a list, as the relation type has it
};

template <class M>
struct tag {};

template <class M>
constexpr member_shape shape(tag<M>) {
    if constexpr (std::is_same_v<M, bool>) {
        return {.type = attribute_type::boolean};
    } else if constexpr (std::is_same_v<M, char> || std::is_same_v<M, wchar_t> || std::is_same_v<M, char8_t> ||
                         std::is_same_v<M, char16_t> || std::is_same_v<M, char32_t>) {
        return {};  // a character is neither a number nor a string here (std::int8_t is signed char: a number)
    } else if constexpr (std::is_integral_v<M>) {
        // B.2: integers are signed 64-bit; a wider unsigned type does not fit.
        if constexpr (std::is_unsigned_v<M> && sizeof(M) >= sizeof(std::int64_t)) return {};
        else if constexpr (sizeof(M) >= sizeof(std::int64_t)) return {.type = attribute_type::integer};
        else
            return {.type = attribute_type::integer,
                    .ranged = true,
                    .min = static_cast<std::int64_t>(std::numeric_limits<M>::min()),
                    .max = static_cast<std::int64_t>(std::numeric_limits<M>::max())};
    } else if constexpr (std::is_floating_point_v<M>) {
        return {.type = attribute_type::double_};
    } else if constexpr (std::is_enum_v<M>) {
        return {.type = attribute_type::enum_};
    } else if constexpr (std::is_same_v<M, std::string>) {
        return {.type = attribute_type::string, .needs_size = true};
    } else {
        return {};
    }
}
template <std::int64_t N>
constexpr member_shape shape(tag<field::string<N>>) {
    return {.type = attribute_type::string, .size = N};
}
template <std::int64_t N>
constexpr member_shape shape(tag<field::varchar<N>>) {
    return {.type = attribute_type::varchar, .size = N};
}
constexpr member_shape shape(tag<field::text>) { return {.type = attribute_type::text}; }
constexpr member_shape shape(tag<field::mediumtext>) { return {.type = attribute_type::mediumtext}; }
constexpr member_shape shape(tag<field::longtext>) { return {.type = attribute_type::longtext}; }
constexpr member_shape shape(tag<field::email>) { return {.type = attribute_type::email}; }
constexpr member_shape shape(tag<field::url>) { return {.type = attribute_type::url}; }
constexpr member_shape shape(tag<field::ip>) { return {.type = attribute_type::ip}; }
constexpr member_shape shape(tag<field::datetime>) { return {.type = attribute_type::datetime}; }
constexpr member_shape shape(tag<field::bigint>) { return {.type = attribute_type::bigint}; }
constexpr member_shape shape(tag<field::point>) { return {.type = attribute_type::point}; }
constexpr member_shape shape(tag<field::linestring>) { return {.type = attribute_type::linestring}; }
constexpr member_shape shape(tag<field::polygon>) { return {.type = attribute_type::polygon}; }
template <fixed_string R, relation_type T>
constexpr member_shape shape(tag<field::relationship<R, T>>) {
    return {.type = attribute_type::relationship,
            .related = field::relationship<R, T>::related,
            .relation = T,
            .relation_shape_ok = !holds_many(T)};
}
template <class D>
constexpr member_shape shape(tag<std::chrono::sys_time<D>>) {
    return {.type = attribute_type::datetime};
}
// An optional is not required; an optional array, or an array of optionals, has no Appwrite meaning,
// nor has an array of a spatial type (B.4: spatial columns take no `array`).
template <class M>
constexpr member_shape shape(tag<std::optional<M>>) {
    auto s = shape(tag<M>{});
    if (s.optional || s.array) return {};
    s.optional = true;
    return s;
}
// A list of related documents is a relationship, not an array attribute (B.3).
template <class M>
constexpr member_shape shape(tag<std::vector<M>>) {
    auto s = shape(tag<M>{});
    if (s.optional || s.array) return {};
    if (s.type == attribute_type::relationship) s.relation_shape_ok = holds_many(s.relation);
    else if (is_spatial_type(s.type)) return {};
    else s.array = true;
    return s;
}

// The element type after std::optional and std::vector (an enum member's enum).
template <class M>
struct value_of_member {
    using type = M;
};
template <class M>
struct value_of_member<std::optional<M>> : value_of_member<M> {};
template <class M>
struct value_of_member<std::vector<M>> : value_of_member<M> {};

}  // namespace appwrite::schema::detail_struct

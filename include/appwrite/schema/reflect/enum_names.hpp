// The enumerators of an enum and their names, without macros: each value of a bounded range is tried
// as a template argument, and the signature names it only if an enumerator has that value
// (signature.hpp). The range is 0..127 unless enum_range<E> says otherwise; Appwrite allows at most
// 100 elements per enum (reference B.2), so that is room enough for an enum written for a schema.
//
//   enum class goal_status { active, paused, done };
//   static_assert(aw::reflect::enumerator_names<goal_status>[2] == "done");
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <appwrite/schema/reflect/signature.hpp>

namespace appwrite::schema::reflect {

// Specialize for an enum whose values lie outside 0..127: template <> struct enum_range<E> {
// static constexpr long long min = -5, max = 300; }; (each value of the range costs an instantiation).
template <class E>
struct enum_range {
    static constexpr long long min = 0;
    static constexpr long long max = 127;
};

// Specialize to give the elements yourself, for the values 0, 1, 2, … in order: when an element is no
// C++ identifier ("in-progress", "1st") or its enumerator is spelt differently. Nothing is probed then
// (`appwrite-schema types` writes one for every enum it generates).
//   template <> struct aw::reflect::enum_elements<status> {
//       static constexpr std::array<std::string_view, 2> names{"in-progress", "done"};
//   };
template <class E>
struct enum_elements {};

}  // namespace appwrite::schema::reflect

enum class appwrite_schema_enum_probe { calibration_enumerator };  // global: see signature.hpp

namespace appwrite::schema::reflect::detail {

inline constexpr std::string_view enum_suffix = suffix_after(
    signature_of_value<appwrite_schema_enum_probe::calibration_enumerator>(), "calibration_enumerator");

template <class E, long long V>
constexpr std::string_view enumerator_name_of() {
    return identifier_before(signature_of_value<static_cast<E>(V)>(), enum_suffix);
}

template <class E>
struct enumerator_entry {
    E value;
    std::string_view name;
};

// An enum with a fixed underlying type (every enum class; `enum E : int`) holds every value of that
// type; without one, a value outside the enumerators' bit range is not a constant (clang >= 16
// rejects the cast), so such an enum cannot be probed.
template <class E>
inline constexpr bool has_fixed_underlying_type = requires {
    E{std::underlying_type_t<E>{}};
};

template <class E, long long... I>
constexpr auto all_enumerators(std::integer_sequence<long long, I...>) {
    static_assert(has_fixed_underlying_type<E>, "appwrite-schema: an enum read by name needs a fixed underlying type: "
                                                "`enum class E {...}` or `enum E : int {...}`");
    if constexpr (!has_fixed_underlying_type<E>) {
        return std::array<enumerator_entry<E>, 0>{};  // the static_assert above is the error
    } else {
        constexpr long long lo = enum_range<E>::min;
        constexpr std::array<std::string_view, sizeof...(I)> names{enumerator_name_of<E, lo + I>()...};
        constexpr std::size_t count = [&] {
            std::size_t n = 0;
            for (auto name : names)
                if (!name.empty()) ++n;
            return n;
        }();
        std::array<enumerator_entry<E>, count> out{};
        std::size_t at = 0;
        for (std::size_t i = 0; i < names.size(); ++i)
            if (!names[i].empty()) out[at++] = {static_cast<E>(lo + static_cast<long long>(i)), names[i]};
        return out;
    }
}

}  // namespace appwrite::schema::reflect::detail

namespace appwrite::schema::reflect {

// {value, name} of every enumerator in the range, by value; an alias of an earlier enumerator's value
// is not seen (the compiler names the value once). With enum_elements<E>, its names for 0, 1, ….
template <class E>
    requires std::is_enum_v<E>
inline constexpr auto enumerators = [] {
    if constexpr (requires { enum_elements<E>::names.size(); }) {
        constexpr auto& names = enum_elements<E>::names;
        std::array<detail::enumerator_entry<E>, names.size()> out{};
        for (std::size_t i = 0; i < names.size(); ++i) out[i] = {static_cast<E>(i), names[i]};
        return out;
    } else {
        return detail::all_enumerators<E>(
            std::make_integer_sequence<long long, enum_range<E>::max - enum_range<E>::min + 1>{});
    }
}();

template <class E>
    requires std::is_enum_v<E>
inline constexpr auto enumerator_names = [] {
    std::array<std::string_view, enumerators<E>.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = enumerators<E>[i].name;
    return out;
}();

}  // namespace appwrite::schema::reflect

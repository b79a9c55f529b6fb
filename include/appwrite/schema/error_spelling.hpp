// How compile-time errors spell what they are about: an ID as a type (str<…> or a char pack), the
// parts of its where (at::attribute<…>, at::declared_at<…>, …) and the always-false condition of a named
// error. Shared by the rule errors (validate.hpp) and the app helpers' errors (app/), which need
// nothing else of the rule engine.
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>

#include <appwrite/schema/fixed_string.hpp>

// How IDs are spelled in error types. clang < 15 prints class-type template arguments as integer
// arrays, and clang >= 15 cuts strings after 34 characters ("abc…[...]"): there, IDs go in as char
// packs (chars<'e', 'm', …>), which every compiler prints in full (DESIGN §4).
#if defined(__clang__) && __clang_major__ < 15
#define APPWRITE_SCHEMA_CHARS_ABOVE 0
#elif defined(__clang__)
#define APPWRITE_SCHEMA_CHARS_ABOVE 32
#else
#define APPWRITE_SCHEMA_CHARS_ABOVE 0xFFFFFFFF
#endif

namespace appwrite::schema {

// An ID spelled into a type: str<fixed_string<5>{"users"}> or, on clang < 15, chars<'u','s',…>.
template <fixed_string S>
struct str {};

namespace detail {
template <fixed_string S, std::size_t... I>
chars<S.data[I]...> spell_as_chars(std::index_sequence<I...>);
template <fixed_string S>
using spelled = std::conditional_t<(S.size() > APPWRITE_SCHEMA_CHARS_ABOVE),
                                   decltype(spell_as_chars<S>(std::make_index_sequence<S.size()>{})), str<S>>;
}  // namespace detail

// The parts of an error's where: the subject with its whole path (at::attribute<"db/users/email">),
// the offending field and value, and the declaration (at::declared_at<"schema.hpp:12">).
// clang-format off
namespace at {
template <class... Parts> struct where {};
template <class Id> struct project {};
template <class Id> struct database {};
template <class Path> struct collection {};
template <class Path> struct attribute {};
template <class Path> struct index {};
template <class Path> struct permission {};
template <class Name> struct field {};
template <class Text> struct detail {};
template <class FileLine> struct declared_at {};
template <class Path> struct member {};   // a struct member a collection is derived from: "ns::S::name"
template <class T> struct cpp_type {};    // that member's C++ type
}  // namespace at
// clang-format on

namespace error {
template <class...>
inline constexpr bool always_false = false;
}  // namespace error

}  // namespace appwrite::schema

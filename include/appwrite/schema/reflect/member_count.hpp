// The number of members of an aggregate, without reflection: the largest N for which T{x1, …, xN}
// is well-formed when each x converts to any type. Used to derive a collection from a struct
// (issue 12); C++20 only, no Boost.PFR (Debian's Boost predates its C++20 core, DESIGN.md).
//
//   struct goal { std::string name; std::int64_t minutes; };
//   static_assert(aw::reflect::member_count<goal> == 2);
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>

namespace appwrite::schema::reflect {

namespace detail {
// Converts to any member type; declared only, used in unevaluated operands.
struct any_initializer {
    template <class U>
    operator U() const noexcept;
};
template <std::size_t>
using any_initializer_t = any_initializer;

template <class T, std::size_t... I>
constexpr bool brace_initializable(std::index_sequence<I...>) {
    return requires { T{any_initializer_t<I>{}...}; };
}
template <class T, std::size_t N>
inline constexpr bool initializable_from = brace_initializable<T>(std::make_index_sequence<N>{});

// An aggregate accepts fewer initializers than members, so the predicate holds up to the count and
// fails after it: double N until it fails, then halve the gap. At most 2·count initializers are tried,
// and the template depth stays logarithmic (1,010 members: 11 doublings, 10 halvings).
template <class T, std::size_t Ok, std::size_t Fails>
constexpr std::size_t count_between() {
    if constexpr (Fails - Ok <= 1) return Ok;
    else {
        constexpr std::size_t mid = Ok + (Fails - Ok) / 2;
        if constexpr (initializable_from<T, mid>) return count_between<T, mid, Fails>();
        else return count_between<T, Ok, mid>();
    }
}
template <class T, std::size_t N>
constexpr std::size_t count_from() {
    if constexpr (initializable_from<T, N>) return count_from<T, N * 2>();
    else return count_between<T, N / 2, N>();
}

template <class T>
constexpr std::size_t count_members() {
    static_assert(std::is_aggregate_v<T> && std::is_class_v<T>,
                  "appwrite-schema: only an aggregate struct (public members, no constructors, no virtual "
                  "functions) can be read member by member");
    if constexpr (!initializable_from<T, 1>) return 0;
    else return count_from<T, 1>();
}
}  // namespace detail

template <class T>
inline constexpr std::size_t member_count = detail::count_members<std::remove_cv_t<T>>();

}  // namespace appwrite::schema::reflect

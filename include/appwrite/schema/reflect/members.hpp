// An aggregate's members without macros or reflection (C++20): how many (member_count.hpp), their
// names (member_names<T>) and references to them in order (for_each_member). The technique is Boost
// PFR's and glaze's: structured bindings on an `extern` object that is never defined, whose members'
// addresses are constants, and the member's name read from the signature of a template that takes
// such an address (signature.hpp).
//
//   struct goal { std::string name; std::int64_t minutes; };
//   static_assert(aw::reflect::member_names<goal>[1] == "minutes");
//
// Members of base classes, bit-fields and C arrays cannot be bound this way: such a struct fails to
// compile where it is read.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include <appwrite/schema/reflect/bind_members.hpp>
#include <appwrite/schema/reflect/member_count.hpp>
#include <appwrite/schema/reflect/signature.hpp>

namespace appwrite::schema::reflect::detail {

// Whether binder<N> is defined here: <bind_members_wide.hpp> adds 129..1010.
template <std::size_t N>
concept has_binder = requires {
    sizeof(binder<N>);
};

// The member count of T, or 0 after the one error that says why T cannot be read (no cascade).
template <class T>
constexpr std::size_t bindable_count() {
    constexpr std::size_t n = member_count<T>;
    static_assert(n <= wide_member_limit, "appwrite-schema: Appwrite allows at most 1010 attributes per collection");
    static_assert(n > wide_member_limit || n <= narrow_member_limit || has_binder<n>,
                  "appwrite-schema: a struct of more than 128 members needs "
                  "#include <appwrite/schema/reflect/bind_members_wide.hpp> before the struct is read");
    return has_binder<n> ? n : 0;
}

// Declared, never defined: only its members' addresses are used, in constant expressions.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wundefined-var-template"
#endif
template <class T>
extern const T fake_object;

// A member's address wrapped in a class: clang-14 refuses a pointer to a subobject as a template
// argument, but takes a class holding one.
struct member_address {
    const void* address;
};

template <class T>
constexpr auto member_addresses() {
    return binder<bindable_count<T>()>::apply(fake_object<T>, [](const auto&... m) {
        return std::array<member_address, sizeof...(m)>{member_address{&m}...};
    });
}
template <class T>
inline constexpr auto addresses_of = member_addresses<T>();

struct name_probe {
    int calibration_member_name;
};
inline constexpr std::string_view member_suffix = suffix_after(signature_of_value<addresses_of<name_probe>[0]>(),
                                                               "calibration_member_name");

template <class T, std::size_t I>
constexpr std::string_view member_name_at() {
    return identifier_before(signature_of_value<addresses_of<T>[I]>(), member_suffix);
}
template <class T, std::size_t... I>
constexpr std::array<std::string_view, sizeof...(I)> member_names_of(std::index_sequence<I...>) {
    return {member_name_at<T, I>()...};
}

}  // namespace appwrite::schema::reflect::detail

namespace appwrite::schema::reflect {

namespace detail {
template <class... M>
struct type_list {};
template <class T>
constexpr auto member_types_of() {
    return binder<bindable_count<T>()>::apply(
        fake_object<T>, [](const auto&... m) { return type_list<std::remove_cvref_t<decltype(m)>...>{}; });
}
}  // namespace detail

// How T's members are read: count, names, references in order, types. By default as an aggregate
// (above); <appwrite/schema/reflect/hana_struct.hpp> reads structs adapted with Boost.Hana instead.
template <class T>
struct struct_access {
    static constexpr std::size_t count = detail::bindable_count<T>();
    static constexpr auto names() { return detail::member_names_of<T>(std::make_index_sequence<count>{}); }
    template <class U, class F>
    static constexpr decltype(auto) apply(U& t, F&& f) {
        return detail::binder<count>::apply(t, static_cast<F&&>(f));
    }
    using types = decltype(detail::member_types_of<T>());
};

namespace detail {
template <class T>
inline constexpr std::size_t bound_count = struct_access<T>::count;
}  // namespace detail

template <class T>
inline constexpr std::array<std::string_view, detail::bound_count<T>> member_names = struct_access<T>::names();

// f(member_0, member_1, …): references to t's members in declaration order.
template <class T, class F>
constexpr decltype(auto) apply_members(T& t, F&& f) {
    return struct_access<std::remove_cv_t<T>>::apply(t, static_cast<F&&>(f));
}

namespace detail {
// Member I's type by overload resolution against indexed bases, not by walking the pack: libstdc++
// 12's tuple_element does that walk per index, which at 1,010 members took g++ 135 s and 19 GB.
template <std::size_t I, class M>
struct indexed {};
template <class Indices, class... M>
struct indexed_all;
template <std::size_t... I, class... M>
struct indexed_all<std::index_sequence<I...>, M...> : indexed<I, M>... {};
template <std::size_t I, class M>
M type_at(const indexed<I, M>&);  // declared only: decltype

template <std::size_t I, class List>
struct pick;
template <std::size_t I, class... M>
struct pick<I, type_list<M...>> {
    using type = decltype(type_at<I>(indexed_all<std::index_sequence_for<M...>, M...>{}));
};
}  // namespace detail

// The types of T's members, in order, and the type of member I.
template <class T>
using member_types = typename struct_access<T>::types;
template <class T, std::size_t I>
using member_type = typename detail::pick<I, member_types<T>>::type;

}  // namespace appwrite::schema::reflect

#if defined(__clang__)
#pragma clang diagnostic pop  // -Wundefined-var-template: fake_object is declared only, on purpose
#endif

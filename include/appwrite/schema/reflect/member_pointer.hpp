// The name of the member a pointer to member names (`&goal::status` -> "status") and the struct it
// belongs to, read from a signature like every name here (signature.hpp).
#pragma once

#include <string_view>
#include <type_traits>

#include <appwrite/schema/reflect/signature.hpp>

struct appwrite_schema_member_probe {  // global: see signature.hpp
    int calibration_member_pointer;
};

namespace appwrite::schema::reflect {

namespace detail {
template <class P>
struct member_pointer_parts;
template <class C, class M>
struct member_pointer_parts<M C::*> {
    using owner = C;
};
inline constexpr std::string_view pointer_suffix = suffix_after(
    signature_of_value<&appwrite_schema_member_probe::calibration_member_pointer>(), "calibration_member_pointer");
}  // namespace detail

template <auto P>
    requires std::is_member_object_pointer_v<decltype(P)>
inline constexpr std::string_view member_pointer_name = detail::identifier_before(detail::signature_of_value<P>(),
                                                                                  detail::pointer_suffix);

template <auto P>
    requires std::is_member_object_pointer_v<decltype(P)>
using member_pointer_owner = typename detail::member_pointer_parts<decltype(P)>::owner;

}  // namespace appwrite::schema::reflect

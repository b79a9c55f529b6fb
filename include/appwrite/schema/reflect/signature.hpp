// Names the compiler knows but C++20 cannot ask for: a type's, a member's, an enumerator's. Each is
// read from __PRETTY_FUNCTION__ of a template instantiated for it. g++-12, clang-14 and clang-19 print
// those signatures differently (g++: "[with auto V = vp{((const void*)(& fake<S>.S::name))}; …]",
// clang-14: "[V = {&fake.name}]", clang-19: "[V = value_type{&fake.name}]"), so nothing is assumed
// about the layout: each kind of name is calibrated on a probe whose name is known, and the text after
// the probe's name is the suffix every other signature of that kind ends with.
#pragma once

#include <cstddef>
#include <string_view>

namespace appwrite::schema::reflect::detail {

template <auto V>
constexpr std::string_view signature_of_value() {
    return __PRETTY_FUNCTION__;
}
template <class T>
constexpr std::string_view signature_of_type() {
    return __PRETTY_FUNCTION__;
}

constexpr bool is_identifier_char(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The text after `probe_name` in the probe's signature; "" if the compiler spelled it some other way.
constexpr std::string_view suffix_after(std::string_view signature, std::string_view probe_name) {
    const auto at = signature.rfind(probe_name);
    return at == std::string_view::npos ? std::string_view{} : signature.substr(at + probe_name.size());
}

// The identifier that ends `signature` before `suffix`: "" when the suffix does not match or the
// last token is not an identifier (an enum value without an enumerator prints as "(E)5").
constexpr std::string_view identifier_before(std::string_view signature, std::string_view suffix) {
    if (suffix.empty() || signature.size() < suffix.size() ||
        signature.substr(signature.size() - suffix.size()) != suffix)
        return {};
    const auto end = signature.size() - suffix.size();
    auto begin = end;
    while (begin > 0 && is_identifier_char(signature[begin - 1])) --begin;
    const auto name = signature.substr(begin, end - begin);
    if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return {};
    return name;
}

// The qualified name of a type, after the suffix calibrated the same way: "ns::PracticeGoal". The probe
// is global: g++ prints a type of the function's own namespace unqualified.
}  // namespace appwrite::schema::reflect::detail
struct appwrite_schema_type_name_probe {};
namespace appwrite::schema::reflect::detail {
inline constexpr std::string_view type_probe_name = "appwrite_schema_type_name_probe";
using type_name_probe = ::appwrite_schema_type_name_probe;
inline constexpr std::string_view type_suffix = suffix_after(signature_of_type<type_name_probe>(), type_probe_name);
inline constexpr std::size_t type_prefix = signature_of_type<type_name_probe>().size() - type_suffix.size() -
                                           type_probe_name.size();

template <class T>
constexpr std::string_view type_name_of() {
    constexpr auto s = signature_of_type<T>();
    return s.substr(type_prefix, s.size() - type_prefix - type_suffix.size());
}

}  // namespace appwrite::schema::reflect::detail

namespace appwrite::schema::reflect {
// "ns::PracticeGoal": for error messages and generated text.
template <class T>
inline constexpr std::string_view type_name = detail::type_name_of<T>();
}  // namespace appwrite::schema::reflect

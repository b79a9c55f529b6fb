// Index builders (reference C.1): key, unique, fulltext and spatial indexes over attribute lists
// that may use $id, $createdAt and $updatedAt, each field ascending, descending or unspecified.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include <appwrite/schema/located.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema {

// One entry of an index's attribute list: "name", asc("name") or desc("name").
struct index_part {
    index_field field;
    // NOLINTNEXTLINE(google-explicit-constructor): plain names read best in braced lists
    constexpr index_part(const char* name) : field{name, sort_order::unspecified} {}
    // NOLINTNEXTLINE(google-explicit-constructor)
    constexpr index_part(std::string_view name) : field{name, sort_order::unspecified} {}
    constexpr explicit index_part(index_field f) : field(f) {}
};
constexpr index_part asc(std::string_view attribute) { return index_part{index_field{attribute, sort_order::asc}}; }
constexpr index_part desc(std::string_view attribute) { return index_part{index_field{attribute, sort_order::desc}}; }

template <std::size_t N>
struct index_def {
    index_record record{};
    std::array<index_field, N> fields{};
};

namespace detail {
template <std::size_t N>
constexpr index_def<N> make_index(located key, index_type type, const index_part (&parts)[N]) {
    index_def<N> ix{};
    ix.record.key = key.text;
    ix.record.type = type;
    ix.record.from.line = key.line;
    ix.record.from.file = key.file;
    ix.record.fields = {0, static_cast<std::uint32_t>(N)};  // rebased when pooled
    for (std::size_t i = 0; i < N; ++i) ix.fields[i] = parts[i].field;
    return ix;
}
}  // namespace detail

template <std::size_t N>
constexpr auto key_index(located key, const index_part (&attributes)[N]) {
    return detail::make_index(key, index_type::key, attributes);
}
template <std::size_t N>
constexpr auto unique_index(located key, const index_part (&attributes)[N]) {
    return detail::make_index(key, index_type::unique, attributes);
}
template <std::size_t N>
constexpr auto fulltext_index(located key, const index_part (&attributes)[N]) {
    return detail::make_index(key, index_type::fulltext, attributes);
}
template <std::size_t N>
constexpr auto spatial_index(located key, const index_part (&attributes)[N]) {
    return detail::make_index(key, index_type::spatial, attributes);
}

}  // namespace appwrite::schema

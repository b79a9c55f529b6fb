// collection(id, name, parts...): a collection (a table in the TablesDB shape) from permissions,
// attributes, indexes and flags, in any order; declaration order is kept within each kind.
#pragma once

#include <cstddef>
#include <string_view>

#include <appwrite/schema/attribute.hpp>
#include <appwrite/schema/index.hpp>
#include <appwrite/schema/located.hpp>
#include <appwrite/schema/permission.hpp>
#include <appwrite/schema/store.hpp>

namespace appwrite::schema {

// Collection flags (reference E): document security (rowSecurity for tables), enabled.
struct document_security {
    bool on = true;
};
using row_security = document_security;
struct enabled {
    bool on = true;
};

template <store_counts C>
struct collection_def : store<C> {};

namespace detail {

// Parts that only annotate other parts and add nothing themselves (collection_from's member options).
template <class Part>
inline constexpr bool annotation_part = false;

// How much of each pool a part takes.
template <class Part>
struct part_counts;
template <attribute_family F, std::size_t NE, std::size_t NP, std::size_t NR, std::size_t NX>
struct part_counts<attribute_def<F, NE, NP, NR, NX>> {
    static constexpr store_counts value{
        .attributes = 1, .strings = NE, .rings = NR, .coordinates = 2 * NP, .extras = NX};
};
template <std::size_t N>
struct part_counts<index_def<N>> {
    static constexpr store_counts value{.indexes = 1, .fields = N};
};
template <std::size_t N>
struct part_counts<permission_set<N>> {
    static constexpr store_counts value{.permissions = N};
};
template <>
struct part_counts<document_security> {
    static constexpr store_counts value{};
};
template <>
struct part_counts<enabled> {
    static constexpr store_counts value{};
};

template <store_counts C>
struct collection_writer {
    store<C>& out;
    store_counts at{};

    template <attribute_family F, std::size_t NE, std::size_t NP, std::size_t NR, std::size_t NX>
    constexpr int add(const attribute_def<F, NE, NP, NR, NX>& a) {
        auto& rec = out.attributes[at.attributes++] = a.record;  // one copy: g++ keeps each (store.hpp)
        rec.elements.begin += u32(at.strings);
        for (std::size_t i = 0; i < NX; ++i) {
            rec.extra = u32(at.extras);
            auto& x = out.extras[at.extras++] = a.extras[i];
            x.geometry.rings.begin += u32(at.rings);
            x.geometry.first_point += u32(at.coordinates / 2);
        }
        for (std::size_t i = 0; i < NE; ++i) out.strings[at.strings++] = a.elements[i];
        for (std::size_t i = 0; i < NR; ++i) out.rings[at.rings++] = a.rings[i];
        for (std::size_t i = 0; i < 2 * NP; ++i) out.coordinates[at.coordinates++] = a.coordinates[i];
        return 0;
    }
    template <std::size_t N>
    constexpr int add(const index_def<N>& ix) {
        auto& rec = out.indexes[at.indexes++] = ix.record;
        rec.fields.begin = u32(at.fields);
        for (std::size_t i = 0; i < N; ++i) out.fields[at.fields++] = ix.fields[i];
        return 0;
    }
    template <std::size_t N>
    constexpr int add(const permission_set<N>& p) {
        for (std::size_t i = 0; i < N; ++i) out.permissions[at.permissions++] = p.records[i];
        return 0;
    }
    constexpr int add(document_security s) {
        out.collections[0].document_security = s.on;
        return 0;
    }
    template <class Part>
        requires annotation_part<Part>
    constexpr int add(const Part&) { return 0; }
    constexpr int add(enabled e) {
        out.collections[0].enabled = e.on;
        return 0;
    }
};

}  // namespace detail

namespace detail {
template <class... Parts>
inline constexpr store_counts collection_counts = [] {
    store_counts c = sum_counts(detail::part_counts<Parts>::value...);
    c.collections = 1;
    return c;
}();

// The collection `Def<counts>` of `parts`: collection_def, or a derived collection's own type. (The
// counts are a variable template: clang-14 cannot name a local constant in Def<…> of an alias.)
template <template <store_counts> class Def, class... Parts>
constexpr auto build_collection(located id, std::string_view name, const Parts&... parts) {
    constexpr store_counts counts = collection_counts<Parts...>;
    Def<collection_counts<Parts...>> out{};
    auto& c = out.collections[0];
    c.id = id.text;
    c.name = name;
    c.from.line = id.line;
    c.from.file = id.file;
    c.attributes = {0, static_cast<std::uint32_t>(counts.attributes)};
    c.indexes = {0, static_cast<std::uint32_t>(counts.indexes)};
    c.permissions = {0, static_cast<std::uint32_t>(counts.permissions)};
    [[maybe_unused]] detail::collection_writer<counts> writer{out};  // unused when there are no parts
    [[maybe_unused]] const int expand[] = {0, writer.add(parts)...};
    return out;
}
}  // namespace detail

// Parts: attributes, indexes, permissions(...) / read(...) / …, document_security{}, enabled{false}.
template <class... Parts>
constexpr auto collection(located id, std::string_view name, const Parts&... parts) {
    return detail::build_collection<collection_def>(id, name, parts...);
}

}  // namespace appwrite::schema

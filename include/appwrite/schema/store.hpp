// Flat storage behind the DSL: fixed-size arrays of view records whose sizes are template arguments.
// A collection, a database and a project are each one `store`; building a parent appends its
// children's stores and rebases their ranges. Packs are expanded into braced lists, never folds
// (clang nests folds as brackets, 256 deep: DESIGN §4).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <appwrite/schema/view.hpp>

namespace appwrite::schema {

struct store_counts {
    std::size_t databases = 0;
    std::size_t collections = 0;
    std::size_t attributes = 0;
    std::size_t indexes = 0;
    std::size_t fields = 0;
    std::size_t permissions = 0;
    std::size_t strings = 0;
    std::size_t rings = 0;
    std::size_t coordinates = 0;
    std::size_t extras = 0;

    constexpr store_counts& operator+=(const store_counts& o) {
        databases += o.databases;
        collections += o.collections;
        attributes += o.attributes;
        indexes += o.indexes;
        fields += o.fields;
        permissions += o.permissions;
        strings += o.strings;
        rings += o.rings;
        coordinates += o.coordinates;
        extras += o.extras;
        return *this;
    }
};

template <store_counts C>
struct store {
    std::array<database_record, C.databases> databases{};
    std::array<collection_record, C.collections> collections{};
    std::array<attribute_record, C.attributes> attributes{};
    std::array<index_record, C.indexes> indexes{};
    std::array<index_field, C.fields> fields{};
    std::array<permission_record, C.permissions> permissions{};
    std::array<std::string_view, C.strings> strings{};
    std::array<std::uint32_t, C.rings> rings{};
    std::array<double, C.coordinates> coordinates{};
    std::array<attribute_extra, C.extras> extras{};

    static constexpr store_counts counts = C;

    [[nodiscard]] constexpr schema_view view() const {
        schema_view v{};
        v.databases = databases;
        v.collections = collections;
        v.attributes = attributes;
        v.indexes = indexes;
        v.index_fields = fields;
        v.permissions = permissions;
        v.strings = strings;
        v.ring_sizes = rings;
        v.coordinates = coordinates;
        v.extras = extras;
        return v;
    }
};

template <class... Counts>
constexpr store_counts sum_counts(const Counts&... parts) {
    const store_counts list[] = {store_counts{}, parts...};
    store_counts total{};
    for (const auto& c : list) total += c;
    return total;
}

namespace detail {

static constexpr std::uint32_t u32(std::size_t n) { return static_cast<std::uint32_t>(n); }

// Appends records to a store, tracking where each pool ends.
template <store_counts C>
struct store_writer {
    store<C>& out;
    store_counts at{};

    // Appends a whole child store, rebasing every range into the parent's pools. Each record is
    // copied once, into its place, and rebased there: a constant evaluation on g++ keeps every copy
    // it makes until the end of the translation unit (docs/performance.md).
    template <store_counts S>
    constexpr void append(const store<S>& in) {
        for (std::size_t i = 0; i < S.databases; ++i) {
            auto& d = out.databases[at.databases + i] = in.databases[i];
            d.collections.begin += u32(at.collections);
        }
        for (std::size_t i = 0; i < S.collections; ++i) {
            auto& c = out.collections[at.collections + i] = in.collections[i];
            c.database += u32(at.databases);
            c.attributes.begin += u32(at.attributes);
            c.indexes.begin += u32(at.indexes);
            c.permissions.begin += u32(at.permissions);
        }
        for (std::size_t i = 0; i < S.attributes; ++i) {
            auto& a = out.attributes[at.attributes + i] = in.attributes[i];
            a.elements.begin += u32(at.strings);
            if (a.extra != no_extra) a.extra += u32(at.extras);
        }
        for (std::size_t i = 0; i < S.extras; ++i) {
            auto& x = out.extras[at.extras + i] = in.extras[i];
            x.geometry.rings.begin += u32(at.rings);
            x.geometry.first_point += u32(at.coordinates / 2);
        }
        for (std::size_t i = 0; i < S.indexes; ++i) {
            auto& x = out.indexes[at.indexes + i] = in.indexes[i];
            x.fields.begin += u32(at.fields);
        }
        for (std::size_t i = 0; i < S.fields; ++i) out.fields[at.fields + i] = in.fields[i];
        for (std::size_t i = 0; i < S.permissions; ++i) out.permissions[at.permissions + i] = in.permissions[i];
        for (std::size_t i = 0; i < S.strings; ++i) out.strings[at.strings + i] = in.strings[i];
        for (std::size_t i = 0; i < S.rings; ++i) out.rings[at.rings + i] = in.rings[i];
        for (std::size_t i = 0; i < S.coordinates; ++i) out.coordinates[at.coordinates + i] = in.coordinates[i];
        at += S;
    }
    // Appends each part in order (a braced list, not a fold: clang limits folds to 256 operands).
    template <store_counts... S>
    constexpr void append_all(const store<S>&... parts) {
        [[maybe_unused]] const int expand[] = {0, (append(parts), 0)...};
    }
};

}  // namespace detail

}  // namespace appwrite::schema

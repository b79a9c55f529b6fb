// Budgets (reference B.1, B.5, C.2): attributes per collection (child sides of relationships count in
// the related collection), row width by the adapter's formula, indexes per collection.
#pragma once

#include <appwrite/schema/rules/relationship_graph.hpp>

namespace appwrite::schema::rules {

inline constexpr std::uint32_t row_width_base = 1067;       // B.5: internal columns
inline constexpr std::uint32_t relationship_width = 1021;   // B.5: LENGTH_KEY*4+1

// B.5 SQL::getAttributeWidth for one attribute.
constexpr std::uint32_t attribute_width(const attribute_record& a, const server_profile& p) {
    if (a.array) return 20;
    const auto t = a.type;
    if (is_string_family(t) && !is_text_type(t)) {
        const auto size = stored_size(t, a.size);
        if (size > 16381) return 20;
        if (size > 255) return static_cast<std::uint32_t>(size * 4 + 2);
        return static_cast<std::uint32_t>((size < 0 ? 0 : size) * 4 + 1);
    }
    switch (t) {
        case attribute_type::text:
        case attribute_type::mediumtext:
        case attribute_type::longtext: return 20;
        // B.2: integers are BIGINT when max > 2^31-1; a missing max means PHP_INT_MAX.
        case attribute_type::integer: return (!a.max.present || a.max.as_double() > 2147483647.0) ? 8 : 4;
        case attribute_type::bigint:
        case attribute_type::double_: return 8;
        case attribute_type::boolean: return 1;
        case attribute_type::datetime: return 7;
        case attribute_type::relationship: return relationship_width;
        case attribute_type::point: return p.point_width;
        case attribute_type::linestring:
        case attribute_type::polygon: return 20;
        default: return 0;
    }
}

template <class Sink>
constexpr void check_budgets(const context& cx, const relationship_graph& graph, Sink& sink) {
    const auto& v = cx.view;
    const auto& p = cx.profile;
    const auto n = static_cast<std::uint32_t>(v.collections.size());
    // reserve + push_back: clang-14 rejects libstdc++'s constexpr fill constructor.
    std::vector<std::uint32_t> count;
    std::vector<std::uint64_t> width;
    count.reserve(n);
    width.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        count.push_back(0);
        width.push_back(row_width_base);
    }
    for (std::uint32_t ci = 0; ci < n; ++ci) {
        const auto& c = v.collections[ci];
        for (std::uint32_t a = c.attributes.begin; a < c.attributes.end(); ++a) {
            if (graph.is_covered_child(ci, a)) continue;
            ++count[ci];
            width[ci] += attribute_width(v.attributes[a], p);
        }
    }
    for (const auto& kid : graph.children()) {
        ++count[kid.collection];
        width[kid.collection] += relationship_width;
    }
    for (std::uint32_t ci = 0; ci < n; ++ci) {
        const auto& c = v.collections[ci];
        if (p.max_attributes != 0 && count[ci] > p.max_attributes) {
            auto d = cx.about_collection(rule::too_many_attributes, c);
            d.field = "attributes";
            d.detail.append_int(count[ci]).append(" > ").append_int(p.max_attributes);
            sink.add(d);
        }
        if (p.row_width_limit != 0 && width[ci] >= p.row_width_limit) {
            auto d = cx.about_collection(rule::row_width_exceeded, c);
            d.field = "attributes";
            d.detail.append_int(static_cast<std::int64_t>(width[ci])).append(" bytes >= ").append_int(p.row_width_limit);
            sink.add(d);
        }
        if (c.indexes.count > p.max_indexes) {
            auto d = cx.about_collection(rule::too_many_indexes, c);
            d.field = "indexes";
            d.detail.append_int(c.indexes.count).append(" > ").append_int(p.max_indexes);
            sink.add(d);
        }
    }
}

}  // namespace appwrite::schema::rules

// Index rules (reference C.1–C.3): type, attribute list, what may be indexed, the length budget,
// spatial indexes, and the engine-specific fulltext/identical-index restrictions.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include <appwrite/schema/rules/context.hpp>
#include <appwrite/schema/rules/key_table.hpp>

namespace appwrite::schema::rules {

namespace detail_indexes {

// The internal attributes an index may name (A.2, A.3), as records the index rules can read.
constexpr attribute_record internal_record(const internal_attribute_row& row) {
    attribute_record r{};
    r.key = row.key;
    r.type = row.type;
    r.required = true;
    r.size = row.size;
    r.size_present = row.size != 0;
    return r;
}
inline constexpr attribute_record internal_records[] = {internal_record(internal_attributes[0]),
                                                        internal_record(internal_attributes[1]),
                                                        internal_record(internal_attributes[2])};
static_assert(sizeof internal_records / sizeof internal_records[0] ==
              sizeof internal_attributes / sizeof internal_attributes[0]);

// The attribute an index names: an internal one, or one of the collection's (case-insensitive).
constexpr const attribute_record* find_attribute(const schema_view& v, const key_table& keys, std::string_view key) {
    for (const auto& r : internal_records)
        if (r.key == key) return &r;
    if (auto a = keys.find(key)) return &v.attributes[*a];
    return nullptr;
}

// The relationship of a collection of `c`'s database whose child side, created by the server in `c`,
// has the key `key` (B.3: twoWayKey, else the declaring collection's ID; the server creates it for
// one-way relationships too, as relationship_graph counts it); null when none. Index rules ask only
// when the key is not one of `c`'s own attributes: the server knows that attribute and refuses it as
// a relationship (C.2), not as missing.
constexpr const attribute_record* child_side_parent(const schema_view& v, const collection_record& c,
                                                    std::string_view key) {
    if (c.database >= v.databases.size()) return nullptr;  // a file's collection without a databaseId
    for (const auto& other : v.collections_of(v.databases[c.database]))
        for (const auto& a : v.attributes_of(other))
            if (const auto& rel = v.extra_of(a);
                a.type == attribute_type::relationship && rel.side == relation_side::parent &&
                detail::equal_icase(rel.related_collection, c.id) &&
                detail::equal_icase(rel.two_way_key.empty() ? other.id : rel.two_way_key, key))
                return &a;
    return nullptr;
}

// C.3 checkIndexLengths: string types count their size, double 2, others 1, arrays 255.
constexpr std::int64_t index_length(const attribute_record& a) {
    if (a.array) return 255;
    if (is_string_family(a.type)) return stored_size(a.type, a.size);
    if (a.type == attribute_type::double_) return 2;
    return 1;
}

constexpr bool same_fields(const schema_view& v, const index_record& x, const index_record& y) {
    if (x.fields.count != y.fields.count) return false;
    for (std::uint32_t k = 0; k < x.fields.count; ++k) {
        const auto& fx = v.index_fields[x.fields.begin + k];
        const auto& fy = v.index_fields[y.fields.begin + k];
        auto ord = [](sort_order o) { return o == sort_order::desc ? sort_order::desc : sort_order::asc; };
        if (!detail::equal_icase(fx.attribute, fy.attribute) || ord(fx.order) != ord(fy.order)) return false;
    }
    return true;
}

}  // namespace detail_indexes

// Collection scope; `attribute_keys` holds the collection's attribute keys (case-insensitive).
template <class Sink>
constexpr void check_indexes(const context& cx, const collection_record& c, const key_table& attribute_keys,
                             std::uint32_t begin, std::uint32_t end, Sink& sink) {
    using namespace detail_indexes;
    const auto& v = cx.view;
    const auto& p = cx.profile;
    // The collection-wide checks run with the first and the last part of the indexes.
    const bool first = begin == c.indexes.begin;
    const bool last = end == c.indexes.end();
    if (first && c.indexes.count > p.max_indexes) {  // C.2.1
        auto d = cx.about_collection(rule::too_many_indexes, c);
        d.field = "indexes";
        d.detail.append_int(c.indexes.count).append(" > ").append_int(p.max_indexes);
        sink.add(d);
    }
    {
        std::uint32_t fulltext_seen = 0;
        for (std::uint32_t i = c.indexes.begin; i < begin; ++i)
            if (v.indexes[i].type == index_type::fulltext) ++fulltext_seen;
        for (std::uint32_t i = begin; i < end; ++i) {
            const auto& ix = v.indexes[i];
            const auto fields = v.fields_of(ix);
            auto emit = [&](rule r, std::string_view field, std::uint32_t at = no_item) -> diagnostic {
                auto d = cx.about_index(r, c, i, field);
                d.field_index = at;
                return d;
            };
            if (ix.type == index_type::unknown) {
                auto d = emit(rule::unknown_index_type, "type");
                d.detail = ix.type_spelling;
                sink.add(d);
                continue;
            }
            if (fields.empty()) {
                sink.add(emit(rule::index_empty, "attributes"));
                continue;
            }
            if (fields.size() > 100) {
                auto d = emit(rule::index_too_many_attributes, "attributes");
                d.detail.append_int(static_cast<std::int64_t>(fields.size())).append(" > 100");
                sink.add(d);
            }
            // B.6: only inline creation counts orders; older CLIs and servers create indexes one by one.
            if (ix.orders_present && ix.orders_count != fields.size() &&
                !older_than(p.cli_version, first_inline_create_cli) &&
                !older_than(p.server_version, first_inline_create_server)) {
                auto d = emit(rule::index_orders_mismatch, "orders");
                d.detail.append_int(ix.orders_count)
                    .append(ix.orders_count == 1 ? " order for " : " orders for ")
                    .append_int(static_cast<std::int64_t>(fields.size()))
                    .append(fields.size() == 1 ? " attribute" : " attributes");
                sink.add(d);
            }
            if (ix.fields.count > 1) {
                key_table listed(key_folding::case_insensitive, ix.fields.count);
                for (std::uint32_t f = ix.fields.begin; f < ix.fields.end(); ++f)
                    listed.add(f, v.index_fields[f].attribute);
                listed.for_each_repeat([&](std::uint32_t later, std::uint32_t) {
                    auto d = emit(rule::index_duplicate_attribute, "attributes", later - ix.fields.begin);
                    d.detail = v.index_fields[later].attribute;
                    sink.add(d);
                });
            }

            std::int64_t length = 0;
            bool lengths_known = true;
            bool has_explicit_order = false;
            std::uint32_t spatial_fields = 0;
            const attribute_record* spatial_attr = nullptr;
            for (std::uint32_t f = 0; f < fields.size(); ++f) {
                const auto& field = fields[f];
                if (field.order == sort_order::invalid) {
                    auto d = emit(rule::invalid_index_order, "orders", f);
                    sink.add(d);
                }
                if (field.order == sort_order::asc || field.order == sort_order::desc) has_explicit_order = true;
                const attribute_record* a = find_attribute(v, attribute_keys, field.attribute);
                if (a == nullptr && child_side_parent(v, c, field.attribute) != nullptr) {
                    auto d = emit(rule::index_on_relationship, "attributes", f);
                    d.detail = field.attribute;
                    sink.add(d);
                    lengths_known = false;
                    continue;
                }
                if (a == nullptr) {
                    auto d = emit(rule::index_attribute_missing, "attributes", f);
                    d.detail = field.attribute;
                    sink.add(d);
                    lengths_known = false;
                    continue;
                }
                if (a->type == attribute_type::relationship) {
                    auto d = emit(rule::index_on_relationship, "attributes", f);
                    d.detail = a->key;
                    sink.add(d);
                }
                if (a->array && !p.array_indexes && a->type != attribute_type::relationship) {
                    auto d = emit(rule::index_on_array, "attributes", f);
                    d.detail = a->key;
                    // C.2.4: servers before 1.9 create it: a warning of what an upgrade breaks.
                    if (older_than(p.server_version, first_array_index_rejecting_server)) d.level = severity::warning;
                    sink.add(d);
                }
                if (is_spatial_type(a->type)) {
                    ++spatial_fields;
                    spatial_attr = a;
                    if (ix.type != index_type::spatial) {
                        auto d = emit(rule::index_on_spatial_attribute, "attributes", f);
                        d.detail = a->key;
                        sink.add(d);
                    }
                }
                if (ix.type == index_type::fulltext && !is_string_family(a->type)) {
                    auto d = emit(rule::fulltext_on_non_string, "attributes", f);
                    d.detail.append(a->key).append(" is ").append(name_of(a->type));
                    sink.add(d);
                }
                length += index_length(*a);
            }
            if (ix.type != index_type::fulltext && ix.type != index_type::spatial && lengths_known &&
                length > p.max_index_length) {
                auto d = emit(rule::index_too_long, "attributes");
                d.detail.append_int(length).append(" > ").append_int(p.max_index_length);
                sink.add(d);
            }
            if (ix.type == index_type::spatial) {
                if (fields.size() != 1 || spatial_fields != 1) {
                    sink.add(emit(rule::spatial_index_shape, "attributes"));
                } else {
                    if (!spatial_attr->required && !p.spatial_index_on_nullable) {
                        auto d = emit(rule::spatial_index_nullable, "attributes", 0);
                        d.detail = spatial_attr->key;
                        sink.add(d);
                    }
                    if (has_explicit_order && !p.spatial_index_orders)
                        sink.add(emit(rule::spatial_index_orders, "orders"));
                }
            }
            if (ix.type == index_type::fulltext && ++fulltext_seen > 1 && !p.multiple_fulltext_indexes)
                sink.add(emit(rule::multiple_fulltext_indexes, "type"));
        }
        // C.3 checkIdenticalIndexes: key/unique indexes with the same fields+orders, where unsupported.
        if (last && !p.identical_indexes) {
            auto signature_less = [&](std::uint32_t x, std::uint32_t y) {
                const auto& a = v.indexes[x];
                const auto& b = v.indexes[y];
                if (a.fields.count != b.fields.count) return a.fields.count < b.fields.count;
                for (std::uint32_t k = 0; k < a.fields.count; ++k) {
                    const auto& fa = v.index_fields[a.fields.begin + k];
                    const auto& fb = v.index_fields[b.fields.begin + k];
                    if (const int cmp = detail::compare_icase(fa.attribute, fb.attribute); cmp != 0) return cmp < 0;
                    const bool da = fa.order == sort_order::desc;
                    const bool db = fb.order == sort_order::desc;
                    if (da != db) return db;
                }
                return false;
            };
            std::vector<std::uint32_t> keyed;
            for (std::uint32_t i = c.indexes.begin; i < c.indexes.end(); ++i)
                if (v.indexes[i].type == index_type::key || v.indexes[i].type == index_type::unique) keyed.push_back(i);
            std::sort(keyed.begin(), keyed.end(), [&](std::uint32_t x, std::uint32_t y) {
                if (signature_less(x, y)) return true;
                if (signature_less(y, x)) return false;
                return x < y;
            });
            for (std::size_t k = 1; k < keyed.size(); ++k)
                if (same_fields(v, v.indexes[keyed[k - 1]], v.indexes[keyed[k]])) {
                    const auto later = keyed[k - 1] > keyed[k] ? keyed[k - 1] : keyed[k];
                    const auto earlier = keyed[k - 1] > keyed[k] ? keyed[k] : keyed[k - 1];
                    auto d = cx.about_index(rule::identical_indexes, c, later, "attributes");
                    d.detail = v.indexes[earlier].key;
                    sink.add(d);
                }
        }
    }
}

template <class Sink>
constexpr void check_indexes(const context& cx, const collection_record& c, const key_table& attribute_keys,
                             Sink& sink) {
    check_indexes(cx, c, attribute_keys, c.indexes.begin, c.indexes.end(), sink);
}

}  // namespace appwrite::schema::rules

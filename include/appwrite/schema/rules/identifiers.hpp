// Identifier rules (reference A, E, F.3): the Key validator on every ID and key, reserved index
// names, names of 1–128 characters, and uniqueness — case-insensitive and, for attributes and
// indexes, again after '.' is stripped for physical names (A.4). One function per scope.
#pragma once

#include <appwrite/schema/rules/context.hpp>
#include <appwrite/schema/rules/key_table.hpp>

namespace appwrite::schema::rules {

namespace detail_ids {
// A.1 CustomId: database and collection IDs may be `unique()`, which the server replaces with a
// generated 20-character ID (so two of them never clash); attribute and index keys may not.
constexpr bool is_generated_id(std::string_view id) { return id == "unique()"; }

// `where` builds the diagnostic's location; it is called only when the key is broken (building a
// diagnostic per attribute up front cost a third of the identifier checks' compile time).
// A.1: the Key validator's own default length, which the varchar/text create endpoints use whatever
// the engine (A.2): on MongoDB their keys stay at 36 while other keys may have 255.
inline constexpr std::uint32_t default_key_length = 36;
constexpr std::uint32_t key_length_for(const context& cx, attribute_type t) {
    const auto max = cx.profile.max_id_length;
    return (t == attribute_type::varchar || is_text_type(t)) && max > default_key_length ? default_key_length : max;
}

template <class Sink, class Where>
constexpr void report_key(const context& cx, Sink& sink, Where where, std::string_view key, bool custom_id = false,
                          std::uint32_t max_length = 0) {
    const auto max = max_length != 0 ? max_length : cx.profile.max_id_length;
    if (custom_id && is_generated_id(key)) return;
    if (auto r = check_key(key, max)) {
        diagnostic d = where();
        d.code = *r;
        d.level = info(*r).level;
        d.detail = key_detail(*r, key, max);
        sink.add(d);
    }
}
constexpr bool bad_name(std::string_view n) { return n.empty() || detail::utf8_length(n) > 128; }
constexpr bool has_non_physical_char(std::string_view key) {
    for (char c : key)
        if (!detail::is_physical_char(c)) return true;
    return false;
}
}  // namespace detail_ids

// Project scope: database IDs and names, duplicate database IDs, collections whose databaseId
// names no database (files only).
template <class Sink>
constexpr void check_project_identifiers(const context& cx, Sink& sink) {
    const auto& v = cx.view;
    key_table ids(key_folding::case_insensitive, v.databases.size());
    for (std::uint32_t d = 0; d < v.databases.size(); ++d) {
        detail_ids::report_key(
            cx, sink,
            [&] {
                auto where = cx.about_database(rule::id_empty, d);
                where.field = "$id";
                return where;
            },
            v.databases[d].id, true);
        if (detail_ids::bad_name(v.databases[d].name)) {
            auto diag = cx.about_database(rule::database_name_length, d);
            diag.field = "name";
            diag.detail.append_int(static_cast<std::int64_t>(detail::utf8_length(v.databases[d].name)))
                .append(" characters");
            sink.add(diag);
        }
        ids.add(d, v.databases[d].id);
    }
    ids.for_each_repeat([&](std::uint32_t later, std::uint32_t earlier) {
        if (detail_ids::is_generated_id(v.databases[later].id)) return;
        auto d = cx.about_database(rule::duplicate_database_id, later);
        d.field = "$id";
        d.detail = v.databases[earlier].id;
        sink.add(d);
    });
    for (const auto& c : v.collections)
        if (c.database >= v.databases.size()) {
            auto diag = cx.about_collection(rule::collection_database_missing, c);
            diag.field = "databaseId";
            sink.add(diag);
        }
}

// Database scope: collection IDs and names; `ids` holds the database's collection IDs.
template <class Sink>
constexpr void check_database_identifiers(const context& cx, const database_record& db, const key_table& ids,
                                          Sink& sink) {
    const auto& v = cx.view;
    for (std::uint32_t ci = db.collections.begin; ci < db.collections.end(); ++ci) {
        const auto& c = v.collections[ci];
        detail_ids::report_key(
            cx, sink,
            [&] {
                auto where = cx.about_collection(rule::id_empty, c);
                where.field = "$id";
                return where;
            },
            c.id, true);
        if (detail_ids::bad_name(c.name)) {
            auto diag = cx.about_collection(rule::collection_name_length, c);
            diag.field = "name";
            diag.detail.append_int(static_cast<std::int64_t>(detail::utf8_length(c.name))).append(" characters");
            sink.add(diag);
        }
    }
    ids.for_each_repeat([&](std::uint32_t later, std::uint32_t earlier) {
        if (detail_ids::is_generated_id(v.collections[later].id)) return;
        auto d = cx.about_collection(rule::duplicate_collection_id, v.collections[later]);
        d.field = "$id";
        d.detail = v.collections[earlier].id;
        sink.add(d);
    });
}

// Collection scope, part 1: the attribute and two-way keys of attributes [begin, end).
template <class Sink>
constexpr void check_attribute_keys(const context& cx, const collection_record& c, std::uint32_t begin,
                                    std::uint32_t end, Sink& sink) {
    const auto& v = cx.view;
    for (std::uint32_t a = begin; a < end; ++a) {
        const auto& at = v.attributes[a];
        detail_ids::report_key(
            cx, sink, [&] { return cx.about_attribute(rule::id_empty, c, a, "key"); }, at.key, false,
            detail_ids::key_length_for(cx, at.type));
        if (at.type != attribute_type::relationship) continue;
        if (const auto& rel = v.extra_of(at); rel.side == relation_side::parent && !rel.two_way_key.empty())
            detail_ids::report_key(
                cx, sink, [&] { return cx.about_attribute(rule::id_empty, c, a, "twoWayKey"); }, rel.two_way_key);
    }
}

// Collection scope, part 2: index keys, reserved index names, duplicates. `attribute_keys` holds
// the collection's parent-side attribute keys (child sides of two-way relationships are checked
// with the relationship rules, B.3).
template <class Sink>
constexpr void check_index_keys_and_repeats(const context& cx, const collection_record& c,
                                            const key_table& attribute_keys, Sink& sink) {
    const auto& v = cx.view;
    bool physical_attributes = false;
    for (std::uint32_t a = c.attributes.begin; a < c.attributes.end(); ++a)
        physical_attributes = physical_attributes || detail_ids::has_non_physical_char(v.attributes[a].key);
    key_table index_keys(key_folding::case_insensitive, c.indexes.count);
    bool physical_indexes = false;
    for (std::uint32_t i = c.indexes.begin; i < c.indexes.end(); ++i) {
        const auto& ix = v.indexes[i];
        detail_ids::report_key(
            cx, sink, [&] { return cx.about_index(rule::id_empty, c, i, "key"); }, ix.key);
        // A.3: internal index names are reserved on MariaDB/MySQL (case-insensitive).
        if (cx.profile.reserved_index_names)
            for (std::string_view reserved : {"primary", "_created_at", "_updated_at", "_tenant_id"})
                if (detail::equal_icase(ix.key, reserved)) {
                    auto d = cx.about_index(rule::index_key_reserved, c, i, "key");
                    d.detail = reserved;
                    sink.add(d);
                }
        index_keys.add(i, ix.key);
        physical_indexes = physical_indexes || detail_ids::has_non_physical_char(ix.key);
    }

    auto report_attribute = [&](rule r) {
        return [&, r](std::uint32_t later, std::uint32_t earlier) {
            if (v.attributes[later].key.empty()) return;  // reported as id_empty
            if (r == rule::attribute_physical_name_clash &&
                detail::equal_icase(v.attributes[later].key, v.attributes[earlier].key))
                return;  // a plain duplicate, reported as such
            auto d = cx.about_attribute(r, c, later, "key");
            d.detail = v.attributes[earlier].key;
            sink.add(d);
        };
    };
    auto report_index = [&](rule r) {
        return [&, r](std::uint32_t later, std::uint32_t earlier) {
            if (v.indexes[later].key.empty()) return;
            if (r == rule::index_physical_name_clash &&
                detail::equal_icase(v.indexes[later].key, v.indexes[earlier].key))
                return;
            auto d = cx.about_index(r, c, later, "key");
            d.detail = v.indexes[earlier].key;
            sink.add(d);
        };
    };
    attribute_keys.for_each_repeat(report_attribute(rule::duplicate_attribute_key));
    index_keys.for_each_repeat(report_index(rule::duplicate_index_key));
    // Physical names differ from the keys only when a key holds '.': build those tables only then.
    if (physical_attributes) {
        key_table physical(key_folding::physical, c.attributes.count);
        for (std::uint32_t a = c.attributes.begin; a < c.attributes.end(); ++a)
            if (v.extra_of(v.attributes[a]).side == relation_side::parent) physical.add(a, v.attributes[a].key);
        physical.for_each_repeat(report_attribute(rule::attribute_physical_name_clash));
    }
    if (physical_indexes) {
        key_table physical(key_folding::physical, c.indexes.count);
        for (std::uint32_t i = c.indexes.begin; i < c.indexes.end(); ++i) physical.add(i, v.indexes[i].key);
        physical.for_each_repeat(report_index(rule::index_physical_name_clash));
    }
}

// Collection scope: attribute, two-way and index keys; reserved index names; duplicates.
template <class Sink>
constexpr void check_collection_identifiers(const context& cx, const collection_record& c,
                                            const key_table& attribute_keys, Sink& sink) {
    check_attribute_keys(cx, c, c.attributes.begin, c.attributes.end(), sink);
    check_index_keys_and_repeats(cx, c, attribute_keys, sink);
}

}  // namespace appwrite::schema::rules

// Identifier rules (reference A): the Key validator on every ID and key, reserved names, and
// uniqueness — case-insensitive, and again after '.' is stripped for physical names (A.4).
#pragma once

#include <appwrite/schema/rules/context.hpp>

namespace appwrite::schema::rules {

namespace detail_ids {
template <class Sink>
constexpr void report_key(const context& cx, Sink& sink, diagnostic d, std::string_view key, bool allow_internal = false) {
    const auto max = cx.profile.max_id_length;
    if (auto r = check_key(key, max, allow_internal)) {
        d.code = *r;
        d.level = info(*r).level;
        d.detail = key_detail(*r, key, max);
        if (d.field.empty()) d.field = d.kind == subject_kind::attribute || d.kind == subject_kind::index ? "key" : "$id";
        sink.add(d);
    }
}
}  // namespace detail_ids

// A.1/A.2: database, collection, attribute (and two-way) and index keys all pass Key(36 | 255).
template <class Sink>
constexpr void check_identifiers(const context& cx, Sink& sink) {
    const auto& v = cx.view;
    for (std::uint32_t d = 0; d < v.databases.size(); ++d)
        detail_ids::report_key(cx, sink, cx.about_database(rule::id_empty, d), v.databases[d].id);
    for (const auto& c : v.collections) {
        detail_ids::report_key(cx, sink, cx.about_collection(rule::id_empty, c), c.id);
        for (std::uint32_t a = c.attributes.begin; a < c.attributes.end(); ++a) {
            const auto& at = v.attributes[a];
            detail_ids::report_key(cx, sink, cx.about_attribute(rule::id_empty, c, a), at.key);
            if (at.type == attribute_type::relationship && at.side == relation_side::parent && !at.two_way_key.empty())
                detail_ids::report_key(cx, sink, cx.about_attribute(rule::id_empty, c, a, "twoWayKey"), at.two_way_key);
        }
        for (std::uint32_t i = c.indexes.begin; i < c.indexes.end(); ++i) {
            const auto& ix = v.indexes[i];
            detail_ids::report_key(cx, sink, cx.about_index(rule::id_empty, c, i), ix.key);
            // A.3: reserved internal index names on MariaDB/MySQL (case-insensitive).
            if (cx.profile.reserved_index_names) {
                for (std::string_view reserved : {"primary", "_created_at", "_updated_at", "_tenant_id"})
                    if (detail::equal_icase(ix.key, reserved)) {
                        auto d = cx.about_index(rule::index_key_reserved, c, i, "key");
                        d.detail = reserved;
                        sink.add(d);
                    }
            }
        }
    }
}

// A.4: uniqueness of database IDs (project), collection IDs (database), attribute and index keys
// (collection), case-insensitively and by physical name.
template <class Sink>
constexpr void check_uniqueness(const context& cx, Sink& sink) {
    const auto& v = cx.view;
    for_each_repeat(
        0, static_cast<std::uint32_t>(v.databases.size()), [&](std::uint32_t i) { return v.databases[i].id; },
        detail::compare_icase, [&](std::uint32_t later, std::uint32_t earlier) {
            auto d = cx.about_database(rule::duplicate_database_id, later);
            d.field = "$id";
            d.detail = v.databases[earlier].id;
            sink.add(d);
        });
    for (const auto& db : v.databases)
        for_each_repeat(
            db.collections.begin, db.collections.count, [&](std::uint32_t i) { return v.collections[i].id; },
            detail::compare_icase, [&](std::uint32_t later, std::uint32_t earlier) {
                auto d = cx.about_collection(rule::duplicate_collection_id, v.collections[later]);
                d.field = "$id";
                d.detail = v.collections[earlier].id;
                sink.add(d);
            });
    for (const auto& c : v.collections) {
        // Child sides of two-way relationships are checked with the relationship rules (B.3).
        auto attr_key = [&](std::uint32_t i) {
            return v.attributes[i].side == relation_side::child ? std::string_view{} : v.attributes[i].key;
        };
        auto report_attr = [&](rule r) {
            return [&, r](std::uint32_t later, std::uint32_t earlier) {
                if (v.attributes[later].side == relation_side::child || v.attributes[earlier].side == relation_side::child)
                    return;
                if (v.attributes[later].key.empty()) return;  // reported as id_empty
                if (r == rule::attribute_physical_name_clash && detail::equal_icase(v.attributes[later].key, v.attributes[earlier].key))
                    return;  // already a plain duplicate
                auto d = cx.about_attribute(r, c, later, "key");
                d.detail = v.attributes[earlier].key;
                sink.add(d);
            };
        };
        for_each_repeat(c.attributes.begin, c.attributes.count, attr_key, detail::compare_icase,
                        report_attr(rule::duplicate_attribute_key));
        for_each_repeat(c.attributes.begin, c.attributes.count, attr_key, detail::compare_physical,
                        report_attr(rule::attribute_physical_name_clash));

        auto index_key = [&](std::uint32_t i) { return v.indexes[i].key; };
        auto report_index = [&](rule r) {
            return [&, r](std::uint32_t later, std::uint32_t earlier) {
                if (v.indexes[later].key.empty()) return;
                if (r == rule::index_physical_name_clash && detail::equal_icase(v.indexes[later].key, v.indexes[earlier].key))
                    return;
                auto d = cx.about_index(r, c, later, "key");
                d.detail = v.indexes[earlier].key;
                sink.add(d);
            };
        };
        for_each_repeat(c.indexes.begin, c.indexes.count, index_key, detail::compare_icase,
                        report_index(rule::duplicate_index_key));
        for_each_repeat(c.indexes.begin, c.indexes.count, index_key, detail::compare_physical,
                        report_index(rule::index_physical_name_clash));
    }
}

// E: names are Text(128), 1–128 characters; F.3: a collection's database must exist.
template <class Sink>
constexpr void check_names(const context& cx, Sink& sink) {
    const auto& v = cx.view;
    auto bad = [](std::string_view n) { return n.empty() || detail::utf8_length(n) > 128; };
    for (std::uint32_t d = 0; d < v.databases.size(); ++d)
        if (bad(v.databases[d].name)) {
            auto diag = cx.about_database(rule::database_name_length, d);
            diag.field = "name";
            diag.detail.append_int(static_cast<std::int64_t>(detail::utf8_length(v.databases[d].name))).append(" characters");
            sink.add(diag);
        }
    for (const auto& c : v.collections) {
        if (c.database >= v.databases.size()) {
            auto diag = cx.about_collection(rule::collection_database_missing, c);
            diag.field = "databaseId";
            sink.add(diag);
        }
        if (bad(c.name)) {
            auto diag = cx.about_collection(rule::collection_name_length, c);
            diag.field = "name";
            diag.detail.append_int(static_cast<std::int64_t>(detail::utf8_length(c.name))).append(" characters");
            sink.add(diag);
        }
    }
}

}  // namespace appwrite::schema::rules

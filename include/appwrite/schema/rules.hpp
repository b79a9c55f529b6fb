// Runs the rules over a schema view, by scope: the project (databases), each database (collection
// IDs, relationships, budgets) and each collection (keys, attributes, indexes, permissions).
// The file checker runs all scopes in one call (run_rules); the compile-time verdict evaluates each
// scope as its own constant expression, so every scope gets the compiler's full constexpr budget.
#pragma once

#include <cstdint>

#include <appwrite/schema/diagnostic.hpp>
#include <appwrite/schema/profile.hpp>
#include <appwrite/schema/rules/attributes.hpp>
#include <appwrite/schema/rules/budgets.hpp>
#include <appwrite/schema/rules/identifiers.hpp>
#include <appwrite/schema/rules/indexes.hpp>
#include <appwrite/schema/rules/key_table.hpp>
#include <appwrite/schema/rules/permissions.hpp>
#include <appwrite/schema/rules/relationship_graph.hpp>
#include <appwrite/schema/rules/relationships.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema {

// Sink: any type with `constexpr void add(const diagnostic&)`.
template <class Sink>
constexpr void check_project_scope(const schema_view& view, const server_profile& profile, Sink& sink) {
    rules::check_project_identifiers(rules::context{view, profile}, sink);
}

template <class Sink>
constexpr void check_database_scope(const schema_view& view, const server_profile& profile, std::uint32_t database,
                                    Sink& sink) {
    const rules::context cx{view, profile};
    const auto& db = view.databases[database];
    rules::key_table ids(rules::key_folding::case_insensitive, db.collections.count);
    for (std::uint32_t c = db.collections.begin; c < db.collections.end(); ++c) ids.add(c, view.collections[c].id);
    rules::check_database_identifiers(cx, db, ids, sink);
    const rules::relationship_graph graph(view, db, ids);
    rules::check_database_relationships(cx, db, graph, sink);
}

namespace rules {
// The parent-side attribute keys of a collection (child sides of relationships, in files, are the
// relationship rules' business, B.3).
constexpr key_table attribute_key_table(const schema_view& view, const collection_record& c) {
    key_table keys(key_folding::case_insensitive, c.attributes.count);
    for (std::uint32_t a = c.attributes.begin; a < c.attributes.end(); ++a)
        if (view.extra_of(view.attributes[a]).side == relation_side::parent) keys.add(a, view.attributes[a].key);
    return keys;
}
}  // namespace rules

template <class Sink>
constexpr void check_collection_scope(const schema_view& view, const server_profile& profile, std::uint32_t collection,
                                      Sink& sink) {
    const rules::context cx{view, profile};
    const auto& c = view.collections[collection];
    const auto keys = rules::attribute_key_table(view, c);
    rules::check_collection_identifiers(cx, c, keys, sink);
    rules::check_attributes(cx, c, sink);
    rules::check_indexes(cx, c, keys, sink);
    rules::check_permissions(cx, c, sink);
}

// The compile-time verdict evaluates a large collection's scope in parts, each its own constant
// evaluation, so that no evaluation outgrows the compilers' default limits (clang: 1,048,576 steps,
// g++: 33,554,432 operations) at Appwrite's maxima. The parts run the checks of
// check_collection_scope in the same order, so the findings are the same and come in the same order.
enum class part_kind : std::uint8_t { whole, attribute_keys, keys, attributes, indexes, permissions };
struct collection_part {
    std::uint32_t collection = 0;
    part_kind kind = part_kind::whole;
    std::uint32_t begin = 0;  // attribute_keys and attributes: the attributes [begin, end); indexes: the
    std::uint32_t end = 0;    // indexes [begin, end)
};

namespace rules {
// A part's work, in characters the checks walk, estimated from counts alone (the plan itself must
// cost next to nothing): an attribute's keys and a fixed amount, each enum element as its longest
// (255, B.2); each attribute an index lists as a long key looked up in the collection's key table.
// A part holds at least one record; the largest attribute (100 elements) and the largest index
// (100 attributes) each fit one part well below the limits.
inline constexpr std::uint32_t part_budget = 16384;
constexpr std::uint32_t attribute_work(const schema_view& view, std::uint32_t a) {
    const auto& at = view.attributes[a];
    return 64 + static_cast<std::uint32_t>(at.key.size() + view.extra_of(at).two_way_key.size()) +
           263 * at.elements.count;
}
constexpr std::uint32_t index_work(const schema_view& view, std::uint32_t i) {
    return 64 + 128 * view.indexes[i].fields.count;
}
// Calls part(kind, begin, end) for runs of [first, last) within the budget (at least one each).
template <class Work, class Part>
constexpr void for_each_run(std::uint32_t first, std::uint32_t last, std::uint32_t budget, Work work, Part part) {
    for (std::uint32_t begin = first; begin < last;) {
        std::uint32_t end = begin;
        for (std::uint32_t w = 0; end < last && (end == begin || w + work(end) <= budget); ++end) w += work(end);
        part(begin, end);
        begin = end;
    }
}
// Calls part(p) for each part of collection c, in order.
template <class Part>
constexpr void for_each_part(const schema_view& view, std::uint32_t collection, Part part) {
    const auto& c = view.collections[collection];
    auto attribute = [&](std::uint32_t a) { return attribute_work(view, a); };
    auto index = [&](std::uint32_t i) { return index_work(view, i); };
    std::uint32_t attributes = 0;
    std::uint32_t indexes = 0;
    for (std::uint32_t a = c.attributes.begin; a < c.attributes.end(); ++a) attributes += attribute(a);
    for (std::uint32_t i = c.indexes.begin; i < c.indexes.end(); ++i) indexes += index(i);
    if (attributes + indexes <= part_budget) {
        part(collection_part{collection, part_kind::whole, 0, 0});
        return;
    }
    auto emit = [&](part_kind kind) {
        return [&, kind](std::uint32_t begin, std::uint32_t end) {
            part(collection_part{collection, kind, begin, end});
        };
    };
    for_each_run(c.attributes.begin, c.attributes.end(), part_budget, attribute, emit(part_kind::attribute_keys));
    part(collection_part{collection, part_kind::keys, 0, 0});
    for_each_run(c.attributes.begin, c.attributes.end(), part_budget, attribute, emit(part_kind::attributes));
    for_each_run(c.indexes.begin, c.indexes.end(), 2 * part_budget, index, emit(part_kind::indexes));
    part(collection_part{collection, part_kind::permissions, 0, 0});
}
}  // namespace rules

constexpr std::uint32_t collection_part_count(const schema_view& view, std::uint32_t collection) {
    std::uint32_t n = 0;
    rules::for_each_part(view, collection, [&](const collection_part&) { ++n; });
    return n;
}

template <class Sink>
constexpr void check_collection_part(const schema_view& view, const server_profile& profile,
                                     const collection_part& part, Sink& sink) {
    const rules::context cx{view, profile};
    const auto& c = view.collections[part.collection];
    switch (part.kind) {
        case part_kind::whole: check_collection_scope(view, profile, part.collection, sink); return;
        case part_kind::attribute_keys: rules::check_attribute_keys(cx, c, part.begin, part.end, sink); return;
        case part_kind::keys:
            rules::check_index_keys_and_repeats(cx, c, rules::attribute_key_table(view, c), sink);
            return;
        case part_kind::attributes: rules::check_attributes(cx, c, part.begin, part.end, sink); return;
        case part_kind::indexes:
            rules::check_indexes(cx, c, rules::attribute_key_table(view, c), part.begin, part.end, sink);
            return;
        case part_kind::permissions: rules::check_permissions(cx, c, sink); return;
    }
}

template <class Sink>
constexpr void run_rules(const schema_view& view, const server_profile& profile, Sink& sink) {
    check_project_scope(view, profile, sink);
    for (std::uint32_t d = 0; d < view.databases.size(); ++d) check_database_scope(view, profile, d, sink);
    for (std::uint32_t c = 0; c < view.collections.size(); ++c) check_collection_scope(view, profile, c, sink);
}

}  // namespace appwrite::schema

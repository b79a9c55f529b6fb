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
    rules::key_table ids(rules::key_folding::case_insensitive);
    ids.reserve(db.collections.count);
    for (std::uint32_t c = db.collections.begin; c < db.collections.end(); ++c) ids.add(c, view.collections[c].id);
    ids.sort();
    rules::check_database_identifiers(cx, db, ids, sink);
    const rules::relationship_graph graph(view, db, ids);
    rules::check_database_relationships(cx, db, graph, sink);
}

template <class Sink>
constexpr void check_collection_scope(const schema_view& view, const server_profile& profile, std::uint32_t collection,
                                      Sink& sink) {
    const rules::context cx{view, profile};
    const auto& c = view.collections[collection];
    // Child sides of relationships (files) are the relationship rules' business (B.3).
    rules::key_table keys(rules::key_folding::case_insensitive);
    keys.reserve(c.attributes.count);
    for (std::uint32_t a = c.attributes.begin; a < c.attributes.end(); ++a)
        if (view.attributes[a].side == relation_side::parent) keys.add(a, view.attributes[a].key);
    keys.sort();
    rules::check_collection_identifiers(cx, c, keys, sink);
    rules::check_attributes(cx, c, sink);
    rules::check_indexes(cx, c, keys, sink);
    rules::check_permissions(cx, c, sink);
}

template <class Sink>
constexpr void run_rules(const schema_view& view, const server_profile& profile, Sink& sink) {
    check_project_scope(view, profile, sink);
    for (std::uint32_t d = 0; d < view.databases.size(); ++d) check_database_scope(view, profile, d, sink);
    for (std::uint32_t c = 0; c < view.collections.size(); ++c) check_collection_scope(view, profile, c, sink);
}

}  // namespace appwrite::schema

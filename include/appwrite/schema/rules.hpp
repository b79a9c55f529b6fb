// Runs every rule over a schema view. The single entry point both front ends call: the DSL at compile
// time (appwrite/schema/validate.hpp), the file checker at run time.
#pragma once

#include <appwrite/schema/diagnostic.hpp>
#include <appwrite/schema/profile.hpp>
#include <appwrite/schema/rules/attributes.hpp>
#include <appwrite/schema/rules/budgets.hpp>
#include <appwrite/schema/rules/identifiers.hpp>
#include <appwrite/schema/rules/indexes.hpp>
#include <appwrite/schema/rules/permissions.hpp>
#include <appwrite/schema/rules/relationships.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema {

// Sink: any type with `constexpr void add(const diagnostic&)`.
template <class Sink>
constexpr void run_rules(const schema_view& view, const server_profile& profile, Sink& sink) {
    const rules::context cx{view, profile};
    rules::check_identifiers(cx, sink);
    rules::check_uniqueness(cx, sink);
    rules::check_names(cx, sink);
    rules::check_attributes(cx, sink);
    const rules::relationship_graph graph(view);
    rules::check_relationships(cx, graph, sink);
    rules::check_indexes(cx, sink);
    rules::check_permissions(cx, sink);
    rules::check_budgets(cx, graph, sink);
}

}  // namespace appwrite::schema

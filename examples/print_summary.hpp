// A one-screen summary of a validated schema: databases, collections, attribute / index / permission
// counts, and the warnings the rules raised. Shared by the example programs and scripts/demo.sh.
#pragma once

#include <cstdio>
#include <string_view>

#include <fmt/core.h>

#include <appwrite/schema.hpp>

namespace examples {

template <const auto& Project>
int print_summary() {
    namespace aw = appwrite::schema;
    static_assert(aw::valid<Project>);  // a consumer checks too: an invalid schema never gets here
    const auto view = Project.view();
    fmt::print("project {} ({}), engine profile {}\n", view.project_id, view.project_name, Project.profile().name);
    for (const auto& db : view.databases) {
        fmt::print("  database {} ({})\n", db.id, db.name);
        fmt::print("    {:<24} {:>10} {:>7} {:>11} {:>9}\n", "collection", "attributes", "indexes", "permissions",
                   "security");
        for (const auto& c : view.collections_of(db))
            fmt::print("    {:<24} {:>10} {:>7} {:>11} {:>9}\n", c.id, c.attributes.count, c.indexes.count,
                       c.permissions.count, c.document_security ? "document" : "-");
    }
    constexpr auto findings = aw::diagnose<Project>();
    for (const auto& d : findings)
        fmt::print("  warning {} {}: {}/{} {}: {} [{}]\n", d.about().code, d.about().name, d.database_id,
                   d.collection_id, d.subject, d.about().message, d.detail.view());
    fmt::print("  {} errors, {} warnings\n", findings.errors, findings.warnings);
    return 0;
}

}  // namespace examples

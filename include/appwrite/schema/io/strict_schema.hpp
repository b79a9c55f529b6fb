// The keys the Appwrite CLI's strict config schema allows (CLI 13 to 25 validate the file with it on
// `push --all`, and reject any other key: reference F.2-F.5, G.2). Attributes and columns share one
// list, as do indexes of both shapes; settings, functions, buckets and the rest are not read here.
#pragma once

#include <string_view>

namespace appwrite::schema::io::strict_schema {

// F.2
inline constexpr std::string_view top_level[] = {
    "organizationId", "projectId", "projectName", "endpoint",    "includes", "settings",
    "functions",      "sites",     "databases",   "collections", "tablesDB", "tables",
    "buckets",        "teams",     "webhooks",    "topics",      "messages",
};
// F.3
inline constexpr std::string_view database[] = {"$id", "name", "enabled"};
inline constexpr std::string_view collection[] = {
    "$id",         "$permissions", "databaseId", "name",    "enabled", "documentSecurity",
    "rowSecurity", "attributes",   "columns",    "indexes",
};
// F.4 (CLI 25's AttributeSchema and ColumnSchema)
inline constexpr std::string_view attribute[] = {
    "key",    "type",       "required",          "array",        "size",         "default",     "min",       "max",
    "format", "elements",   "relatedCollection", "relatedTable", "relationType", "twoWay",      "twoWayKey", "onDelete",
    "side",   "attributes", "columns",           "orders",       "encrypt",      "previousKey",
};
// F.5: `status` is allowed; `lengths` and `error` are not.
inline constexpr std::string_view index[] = {"key", "type", "status", "attributes", "columns", "orders"};

}  // namespace appwrite::schema::io::strict_schema

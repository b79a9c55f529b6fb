// The keys the Appwrite CLI's strict config schema allows (CLI 13 to 25 validate the file with it on
// `push --all`, and reject any other key: reference F.2-F.5, G.2). Attributes and columns share one
// list; settings, functions, buckets and the rest are not read here (emit writes them back as they are).
#pragma once

#include <algorithm>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace appwrite::schema::io::strict_schema {

// F.2, in the order the Go CLI writes them (emit writes a file's sections in this order).
inline constexpr std::string_view top_level[] = {
    "organizationId", "projectId", "projectName", "endpoint",    "includes", "settings",
    "functions",      "sites",     "databases",   "collections", "tablesDB", "tables",
    "buckets",        "teams",     "webhooks",    "topics",      "messages",
};
// F.2: the sections `includes` may take from a file (each file holds the list).
inline constexpr std::string_view includable[] = {
    "functions", "sites", "databases", "collections", "tablesDB", "tables",
    "buckets",   "teams", "webhooks",  "topics",      "messages",
};
// F.3
inline constexpr std::string_view database[] = {"$id", "name", "enabled"};
// A legacy collection takes documentSecurity and attributes, a table rowSecurity and columns.
inline constexpr std::string_view collection[] = {
    "$id", "$permissions", "databaseId", "name", "enabled", "documentSecurity", "attributes", "indexes",
};
inline constexpr std::string_view table[] = {
    "$id", "$permissions", "databaseId", "name", "enabled", "rowSecurity", "columns", "indexes",
};
// F.4 (CLI 25's AttributeSchema and ColumnSchema)
inline constexpr std::string_view attribute[] = {
    "key",    "type",       "required",          "array",        "size",         "default",     "min",       "max",
    "format", "elements",   "relatedCollection", "relatedTable", "relationType", "twoWay",      "twoWayKey", "onDelete",
    "side",   "attributes", "columns",           "orders",       "encrypt",      "previousKey",
};
// F.5: `status` is allowed; `lengths` and `error` are not. A legacy index lists `attributes`, a
// table's `columns`.
inline constexpr std::string_view index[] = {"key", "type", "status", "attributes", "orders"};
inline constexpr std::string_view table_index[] = {"key", "type", "status", "columns", "orders"};

// The list sections that are not the schema (F.2): their entries are read only for never_in_config.
inline constexpr std::string_view other_lists[] = {"functions", "sites",  "buckets", "teams",
                                                   "webhooks",  "topics", "messages"};

// A key no CLI's config schema has in any section: a note (`_comment`) or a timestamp the server
// writes (`$createdAt`, pasted from an API response; corpus 017, 051, 079).
constexpr bool never_in_config(std::string_view key) {
    return key.starts_with('_') || key == "$createdAt" || key == "$updatedAt";
}

// The objects outside the schema whose own keys are read for never_in_config, with their JSON path
// and human path: each entry of a list section (a function's `vars` are the user's names, not read)
// and every object of settings (no free-form names there). One walk for check, which reports the
// keys, and emit, which leaves them out; `visit(object, path, where)` may erase from `object`.
template <class Json, class Visit>
void for_objects_outside_schema(std::string_view section, Json& value, const Visit& visit) {
    const std::string name(section);
    if (section == "settings") {
        const auto walk = [&visit](Json& x, const std::string& path, const auto& self) -> void {
            if (x.is_object()) {
                auto where = path;  // settings/auth/security
                std::replace(where.begin(), where.end(), '.', '/');
                visit(x, path, where);
                for (auto& [key, child] : x.items())
                    if (!never_in_config(key)) self(child, path + "." + key, self);
            } else if (x.is_array()) {
                for (std::size_t i = 0; i < x.size(); ++i) self(x[i], path + "[" + std::to_string(i) + "]", self);
            }
        };
        walk(value, name, walk);
        return;
    }
    if (std::find(std::begin(other_lists), std::end(other_lists), section) == std::end(other_lists) ||
        !value.is_array())
        return;
    for (std::size_t i = 0; i < value.size(); ++i) {
        auto& entry = value[i];
        if (!entry.is_object()) continue;
        const auto id = entry.find("$id");  // buckets/avatars
        visit(entry, name + "[" + std::to_string(i) + "]",
              name + "/" +
                  (id != entry.end() && id->is_string() ? id->template get<std::string>() : std::to_string(i)));
    }
}

// The same field under the other shape's name (a table's "columns" written "attributes"): the
// name `allowed` has for `key`, or empty.
constexpr std::string_view other_shape_name(std::string_view key, std::span<const std::string_view> allowed) {
    constexpr std::string_view pairs[][2] = {
        {"attributes", "columns"}, {"documentSecurity", "rowSecurity"}, {"relatedCollection", "relatedTable"}};
    for (const auto& pair : pairs)
        for (int i = 0; i < 2; ++i)
            if (key == pair[i])
                for (const auto& a : allowed)
                    if (a == pair[1 - i]) return pair[1 - i];
    return {};
}

}  // namespace appwrite::schema::io::strict_schema

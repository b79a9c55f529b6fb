// The appwrite.config.json emitter (reference F.2–F.7): a validated schema view to the file the
// Appwrite CLI pushes, in the legacy (databases/collections/attributes) or TablesDB
// (tablesDB/tables/columns) shape. Runtime code; needs nlohmann/json.
//
// Fidelity matters: CLI 12 deletes and recreates (drops the data of) any attribute whose keys differ
// from what the server returns (F.6), so each type gets exactly the server's keys (F.4), `required`
// and `array` always, `"default": null` when there is none, permissions expanded as the server stores
// them (D.1), one uppercase order per index attribute and never `lengths` (F.5).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include <appwrite/schema/bounds.hpp>
#include <appwrite/schema/detail/text.hpp>
#include <appwrite/schema/io/strict_schema.hpp>
#include <appwrite/schema/permission_text.hpp>
#include <appwrite/schema/profile.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema::emit {

using json = nlohmann::ordered_json;

enum class config_shape : std::uint8_t { collections, tables };

// Emit-time settings: the shape and per-environment overrides (reference F.2).
struct config_options {
    config_shape shape = config_shape::collections;
    std::string project_id{};                                        // empty: the schema's project ID
    std::string project_name{};                                      // empty: the schema's project name
    std::string endpoint{};                                          // empty: no endpoint key
    std::map<std::string, std::string, std::less<>> database_ids{};  // schema database ID -> deployed ID
    std::uint32_t cli_version = 0;  // the CLI the file is pushed with; 0: the schema's target, else the newest
    // The config's other top-level sections (settings, functions, buckets, …: io::other_sections),
    // written as they are, each in its place of F.2's order.
    json other_sections = json::object();
};

namespace detail {

inline std::string str(std::string_view s) { return std::string(s); }

inline json default_json(const schema_view& v, const attribute_record& a) {
    const auto& d = a.default_value;
    const auto& g = v.extra_of(a).geometry;
    switch (d.kind) {
        case value_kind::string: return str(d.text);
        case value_kind::integer: return d.integer;
        case value_kind::number: return d.number;
        case value_kind::boolean: return d.boolean;
        case value_kind::coordinates: {
            // depth 1: [x, y]; 2: [[x, y], …]; 3: [[[x, y], …], …]
            auto point = [&](std::uint32_t p) { return json::array({v.coordinates[2 * p], v.coordinates[2 * p + 1]}); };
            std::uint32_t p = g.first_point;
            if (g.depth == 1) return point(p);
            json rings = json::array();
            for (std::uint32_t r = g.rings.begin; r < g.rings.end(); ++r) {
                json ring = json::array();
                for (std::uint32_t k = 0; k < v.ring_sizes[r]; ++k) ring.push_back(point(p++));
                rings.push_back(std::move(ring));
            }
            return g.depth == 2 ? rings.at(0) : rings;
        }
        default: return nullptr;
    }
}

inline json bound_json(const bound& b) {
    if (b.is_integer) return b.integer;
    return b.number;
}

// One attribute (with its extra `x`: relationship, rename) with the keys the server returns for its
// type, in the server's order (F.4).
inline json attribute_json(const schema_view& v, const attribute_record& a, const attribute_extra& x,
                           config_shape shape, std::string_view two_way_key) {
    json j;
    const auto& spelling = spelling_of(a.type);
    j["key"] = str(a.key);
    j["type"] = str(spelling.wire_type);
    j["required"] = a.required;
    j["array"] = a.array;
    switch (a.type) {
        case attribute_type::string:
        case attribute_type::varchar:
            j["size"] = a.size;
            j["default"] = default_json(v, a);
            j["encrypt"] = a.encrypt;
            break;
        case attribute_type::text:
        case attribute_type::mediumtext:
        case attribute_type::longtext:
            j["default"] = default_json(v, a);
            j["encrypt"] = a.encrypt;
            break;
        case attribute_type::integer:
        case attribute_type::bigint: {
            // The server fills missing bounds with PHP_INT_MIN/MAX (B.2) and returns them.
            j["min"] = bound_json(a.min.present ? a.min : server_filled_bound(a.type, true));
            j["max"] = bound_json(a.max.present ? a.max : server_filled_bound(a.type, false));
            j["default"] = default_json(v, a);
            break;
        }
        case attribute_type::double_:
            // Unbounded doubles pull as +-1.79e308, which CLI >= 13 rejects (F.8.1): declared bounds only.
            if (a.min.present) j["min"] = bound_json(a.min);
            if (a.max.present) j["max"] = bound_json(a.max);
            j["default"] = default_json(v, a);
            break;
        case attribute_type::datetime:
            j["format"] = str(spelling.wire_format);  // "", as the server returns it
            j["default"] = default_json(v, a);
            break;
        case attribute_type::email:
        case attribute_type::url:
        case attribute_type::ip:
            j["format"] = str(spelling.wire_format);
            j["default"] = default_json(v, a);
            break;
        case attribute_type::enum_: {
            json elements = json::array();
            for (auto e : v.elements_of(a)) elements.push_back(str(e));
            j["elements"] = std::move(elements);
            j["format"] = str(spelling.wire_format);
            j["default"] = default_json(v, a);
            break;
        }
        case attribute_type::relationship:
            j[shape == config_shape::tables ? "relatedTable" : "relatedCollection"] = str(x.related_collection);
            j["relationType"] = str(name_of(x.relation));
            j["twoWay"] = x.two_way;
            j["twoWayKey"] = str(two_way_key);
            j["onDelete"] = str(name_of(x.on_delete));
            j["side"] = str(name_of(x.side));
            break;
        default:  // boolean, spatial
            j["default"] = default_json(v, a);
            break;
    }
    if (!x.previous_key.empty()) j["previousKey"] = str(x.previous_key);
    return j;
}

// `inline_created`: the index is pushed inside a new legacy collection's create call (CLI >= 13.1, B.6).
inline json index_json(const schema_view& v, const index_record& ix, config_shape shape, bool inline_created) {
    json j;
    j["key"] = str(ix.key);
    j["type"] = str(name_of(ix.type));
    json fields = json::array();
    json orders = json::array();
    for (const auto& f : v.fields_of(ix)) {
        fields.push_back(str(f.attribute));
        if (ix.type != index_type::spatial || f.order != sort_order::unspecified)
            orders.push_back(str(name_of(f.order == sort_order::desc ? sort_order::desc : sort_order::asc)));
    }
    j[shape == config_shape::tables ? "columns" : "attributes"] = std::move(fields);
    // A spatial index without explicit orders sends none: PostgreSQL rejects orders on it (C.3). Inline
    // creation also rejects `"orders": []` for one attribute (B.6), so there the key is left out; elsewhere
    // `[]` stays, as pulled: CLI 12 recreates an index whose `orders` is missing locally (F.6).
    if (!orders.empty() || ix.type != index_type::spatial || !inline_created) j["orders"] = std::move(orders);
    return j;
}

// A two-way relationship's child side lives in the related collection, and a pull writes it there
// (side "child"). Emitting it too keeps the file equal to what the server returns, and every CLI
// skips child sides on push (F.6). Sides a file already lists are not added twice.
// The two-way parents of one database by the (lowercased) collection they point at: found in one
// pass, so emitting stays linear in the file (a scan per collection was quadratic).
class child_sides {
public:
    child_sides(const schema_view& v, const database_record& db) {
        for (const auto& parent : v.collections_of(db))
            for (const auto& a : v.attributes_of(parent))
                if (const auto& x = v.extra_of(a);
                    a.type == attribute_type::relationship && x.side == relation_side::parent && x.two_way)
                    by_target_[lower(x.related_collection)].push_back({&parent, &a});
    }

    void append(const schema_view& v, const collection_record& target, config_shape shape, json& attributes) const {
        const auto found = by_target_.find(lower(target.id));
        if (found == by_target_.end()) return;
        std::unordered_set<std::string> listed;
        for (const auto& existing : v.attributes_of(target)) listed.insert(lower(existing.key));
        for (const auto& [parent, a] : found->second) {
            const auto& x = v.extra_of(*a);
            const auto key = x.two_way_key.empty() ? parent->id : x.two_way_key;
            if (!listed.insert(lower(key)).second) continue;
            attribute_record child = *a;
            child.key = key;
            attribute_extra child_extra = x;
            child_extra.related_collection = parent->id;
            child_extra.side = relation_side::child;
            child_extra.previous_key = {};
            attributes.push_back(attribute_json(v, child, child_extra, shape, a->key));
        }
    }

private:
    static std::string lower(std::string_view s) {
        std::string out(s);
        for (auto& c : out) c = schema::detail::ascii_lower(c);
        return out;
    }
    struct side {
        const collection_record* parent;
        const attribute_record* attribute;
    };
    std::unordered_map<std::string, std::vector<side>> by_target_;
};

}  // namespace detail

namespace detail {
// The Go CLI (26+) pulls `default`, then `format`, before elements/min/max, a double's server-filled
// bounds, and each index's `status`;
// written so, its pull of the deployed schema is the same text (tests/cli/oracle_pull.sh).
inline json in_go_pull_order(const json& attribute) {
    if (!attribute.contains("default")) return attribute;
    json out;
    for (const auto& [k, v] : attribute.items()) {
        if (k == "default" || k == "format") continue;
        out[k] = v;
        if (k != (attribute.contains("size") ? "size" : "array")) continue;
        out["default"] = attribute["default"];
        if (attribute.contains("format")) out["format"] = attribute["format"];
    }
    if (out["type"] == "double") {  // it pulls (and pushes) the bounds the server fills in (B.2)
        const json low = out.value("min", json(-float_max));
        const json high = out.value("max", json(float_max));
        out.erase("min");
        out.erase("max");
        out["min"] = low;
        out["max"] = high;
    }
    return out;
}
inline json with_go_pull_status(const json& index) {
    json out;
    for (const auto& [k, v] : index.items()) {
        out[k] = v;
        if (k == "type") out["status"] = "available";
    }
    return out;
}
}  // namespace detail

// The whole config as JSON, keys in the CLI's order (F.2, F.3).
inline json config_json(const schema_view& v, const config_options& options = {}) {
    const bool tables = options.shape == config_shape::tables;
    auto deployed_id = [&](std::string_view database) {
        if (auto it = options.database_ids.find(database); it != options.database_ids.end()) return it->second;
        return detail::str(database);
    };
    json j;
    j["projectId"] = options.project_id.empty() ? detail::str(v.project_id) : options.project_id;
    j["projectName"] = options.project_name.empty() ? detail::str(v.project_name) : options.project_name;
    if (!options.endpoint.empty()) j["endpoint"] = options.endpoint;

    json databases = json::array();
    for (const auto& db : v.databases)
        databases.push_back(json{{"$id", deployed_id(db.id)}, {"name", detail::str(db.name)}, {"enabled", db.enabled}});

    json collections = json::array();
    const bool inline_created = !tables && !older_than(options.cli_version, first_inline_create_cli);
    const bool go_order = options.cli_version >= first_go_cli;  // named: the newest (0) keeps the TS order
    for (const auto& db : v.databases) {
        const detail::child_sides children(v, db);
        for (const auto& c : v.collections_of(db)) {
            json entry;
            entry["$id"] = detail::str(c.id);
            entry["$permissions"] = stored_permissions(v, c);
            entry["databaseId"] = deployed_id(db.id);
            entry["name"] = detail::str(c.name);
            entry["enabled"] = c.enabled;
            entry[tables ? "rowSecurity" : "documentSecurity"] = c.document_security;
            json attributes = json::array();
            for (const auto& a : v.attributes_of(c)) {
                // The server fills twoWayKey with the declaring collection's ID (B.3).
                const auto& x = v.extra_of(a);
                const auto two_way_key = x.two_way_key.empty() && x.side == relation_side::parent ? c.id
                                                                                                  : x.two_way_key;
                auto attribute = detail::attribute_json(v, a, x, options.shape, two_way_key);
                // previousKey renames in place from CLI 24.1 on; older CLIs do not know the key (F.6)
                // and the migration plan shows their delete + create instead.
                if (older_than(options.cli_version, first_in_place_cli)) attribute.erase("previousKey");
                attributes.push_back(std::move(attribute));
            }
            children.append(v, c, options.shape, attributes);
            if (go_order)
                for (auto& attribute : attributes) attribute = detail::in_go_pull_order(attribute);
            entry[tables ? "columns" : "attributes"] = std::move(attributes);
            json indexes = json::array();
            for (const auto& ix : v.indexes_of(c)) {
                auto index = detail::index_json(v, ix, options.shape, inline_created);
                indexes.push_back(go_order ? detail::with_go_pull_status(index) : std::move(index));
            }
            entry["indexes"] = std::move(indexes);
            collections.push_back(std::move(entry));
        }
    }
    j[tables ? "tablesDB" : "databases"] = std::move(databases);
    j[tables ? "tables" : "collections"] = std::move(collections);
    if (options.other_sections.empty()) return j;
    json all;
    for (const auto key : io::strict_schema::top_level) {
        const std::string k(key);
        if (j.contains(k)) all[k] = std::move(j[k]);
        else if (options.other_sections.contains(k)) all[k] = options.other_sections[k];
    }
    return all;
}

// The file's bytes: 4-space indent like the CLI's writer, a final newline; identical across runs
// and compilers (nlohmann's own number formatting).
inline std::string config_text(const schema_view& v, const config_options& options = {}) {
    return config_json(v, options).dump(4) + "\n";
}

}  // namespace appwrite::schema::emit

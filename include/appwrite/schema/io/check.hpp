// Checking a loaded config: the same rule functions as the DSL (run at run time over the file's view),
// their diagnostics located by JSON path, after the file's own issues.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <appwrite/schema/io/config_file.hpp>
#include <appwrite/schema/profile.hpp>
#include <appwrite/schema/rules.hpp>

namespace appwrite::schema::io {

// Collects every diagnostic (a run-time sink for run_rules).
struct diagnostic_vector {
    std::vector<diagnostic> items;
    void add(const diagnostic& d) { items.push_back(d); }
};

// The JSON path of what a diagnostic is about, e.g. collections[3].attributes[7].default.
inline std::string path_of(const loaded_config& config, const diagnostic& d) {
    std::string path;
    std::string field(d.field);
    switch (d.kind) {
        case subject_kind::project: path = "$"; break;
        case subject_kind::database:
            path = d.database < config.database_paths.size() ? config.database_paths[d.database] : "$";
            break;
        case subject_kind::collection: path = config.collection_paths.at(d.collection); break;
        case subject_kind::attribute: path = config.attribute_paths.at(d.item); break;
        case subject_kind::index:
            path = config.index_paths.at(d.item);
            if (field == "attributes") field = config.index_list_keys.at(d.item);
            break;
        case subject_kind::permission: return config.permission_paths.at(d.item);
    }
    if (d.kind == subject_kind::collection && field == "attributes" && !config.collections.empty()) {
        // tables name their attribute list `columns`
        if (path.rfind("tables[", 0) == 0) field = "columns";
    }
    if (!field.empty()) path += "." + field;
    if (d.field_index != no_item) path += "[" + std::to_string(d.field_index) + "]";
    return path;
}

inline finding to_finding(const loaded_config& config, const diagnostic& d) {
    const auto& about = d.about();
    return {std::string(about.code),   std::string(about.name),    d.level,
            path_of(config, d),        std::string(about.message), std::string(d.detail.view()),
            std::string(about.section)};
}

struct check_options {
    // The server the file is for (version(1, 9) == 10900); 0 = not said. Rules whose mistakes older
    // servers accepted (index_on_array before 1.9) are warnings unless the server is new enough.
    std::uint32_t server_version = 0;
};

// "1.9" or "1.9.6" -> version(1, 9, 6).
inline bool parse_version(std::string_view text, std::uint32_t& out) {
    std::uint32_t parts[3] = {0, 0, 0};
    std::size_t n = 0;
    std::uint32_t value = 0;
    bool digits = false;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            value = value * 10 + static_cast<std::uint32_t>(c - '0');
            digits = true;
            if (value > 99) return false;
        } else if (c == '.' && digits && n < 2) {
            parts[n++] = value;
            value = 0;
            digits = false;
        } else {
            return false;
        }
    }
    if (!digits || n == 0) return false;
    parts[n] = value;
    out = version(parts[0], parts[1], parts[2]);
    return true;
}

// Every finding of a config: file issues first, then the rules' diagnostics in rule order.
inline std::vector<finding> check_config(const loaded_config& config, const server_profile& profile = mariadb,
                                         const check_options& options = {}) {
    std::vector<finding> out = config.issues;
    if (!config.readable) return out;
    diagnostic_vector sink;
    run_rules(config.view(), profile, sink);
    for (const auto& d : sink.items) {
        // A collection described in both shapes is one collection (file issue described_twice).
        if (d.code == rule::duplicate_collection_id &&
            std::find(config.second_descriptions.begin(), config.second_descriptions.end(), d.collection) !=
                config.second_descriptions.end())
            continue;
        auto f = to_finding(config, d);
        // B.6, F.6: only inline creation (CLI >= 13.1 creates new legacy collections with their attributes
        // and indexes in one call) needs one order per attribute. New tables are created empty and their
        // indexes one by one, where the per-index endpoint takes any number of orders: not for tables.
        if (d.code == rule::index_orders_mismatch && f.path.rfind("tables[", 0) == 0) continue;
        if (d.code == rule::index_on_array && options.server_version < version(1, 9, 0)) {
            f.level = severity::warning;
            f.message += " (servers before 1.9 accepted it; --server 1.9 makes it an error)";
        }
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace appwrite::schema::io

// Checking a loaded config: the same rule functions as the DSL (run at run time over the file's view),
// their diagnostics located by JSON path, after the file's own issues.
#pragma once

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include <appwrite/schema/io/config_file.hpp>
#include <appwrite/schema/io/locate.hpp>
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
    return {.code = std::string(about.code),
            .name = std::string(about.name),
            .level = d.level,
            .path = path_of(config, d),
            .message = std::string(about.message),
            .detail = std::string(d.detail.view()),
            .section = std::string(about.section)};
}

struct check_options {
    // The server and CLI the file is pushed with, as the DSL's for_target takes them (0 = the newest):
    // version-gated rules (type_unsupported_by_target, index_on_array) fire the same way from a file.
    deploy_target target{};
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

// The file's own findings, located: what `check` says of a file it cannot read in full.
inline std::vector<finding> file_findings(const loaded_config& config) {
    std::vector<finding> out = config.issues;
    locate(config, out);
    return out;
}

// The file's own errors (AW004-AW006: a missing field, a field of the wrong type, a failed include),
// located: such a file is read only in part, so a migration plan from it could call a loss a create.
inline std::vector<finding> structural_errors(const loaded_config& config) {
    auto out = file_findings(config);
    std::erase_if(out, [](const finding& f) { return f.level != severity::error; });
    return out;
}

// Whom the rules' findings are for: `check` of the file, or the C++ compiler of a header `import`
// writes from it (which keeps every error, including those that are the file's alone to skip).
enum class rules_for { file, compiler };

// The rules' findings on a readable config, in rule order, not located.
inline std::vector<finding> rule_findings(const loaded_config& config, const server_profile& profile,
                                          const check_options& options, rules_for audience = rules_for::file) {
    diagnostic_vector sink;
    run_rules(config.view(), with_target(profile, options.target), sink);
    std::vector<finding> out;
    for (const auto& d : sink.items) {
        if (audience == rules_for::compiler) {
            if (d.level == severity::error) out.push_back(to_finding(config, d));
            continue;
        }
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
        out.push_back(std::move(f));
    }
    return out;
}

// The errors the C++ compiler would report for a header `import` writes from this config (checked for
// the same profile and target), located: the rules as the DSL runs them, without the settings' levels
// or the file-only exceptions above (AW415 on tables, a collection described in both shapes).
inline std::vector<finding> compiler_errors(const loaded_config& config, const server_profile& profile,
                                            const check_options& options) {
    auto out = rule_findings(config, profile, options, rules_for::compiler);
    locate(config, out);
    return out;
}

// Every finding of a config, located and in file order (at one place: file issues, then the rules'
// diagnostics in rule order).
inline std::vector<finding> check_config(const loaded_config& config, const server_profile& profile = mariadb,
                                         const check_options& options = {}) {
    std::vector<finding> out = config.issues;
    if (!config.readable) {
        locate(config, out);
        return out;
    }
    // G.2: what only the CLI's strict schema rejects, for a target CLI without it.
    if (!validates_config_strictly(options.target.cli_version))
        std::erase_if(out, [](const finding& f) {
            return f.name == info(file_issue::strict_schema_key).name ||
                   f.name == info(file_issue::required_default_absent).name;
        });
    auto rules = rule_findings(config, profile, options);
    out.insert(out.end(), std::make_move_iterator(rules.begin()), std::make_move_iterator(rules.end()));
    locate(config, out);
    return out;
}

}  // namespace appwrite::schema::io

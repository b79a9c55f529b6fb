// Printing findings: human text (colour only on a terminal; repeats grouped) or JSON.
#pragma once

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <appwrite/schema/io/config_file.hpp>

namespace tool {

// The collection or table a JSON path lies in: "collections[3]" of "collections[3].attributes[7].default".
inline std::string collection_of(const std::string& path) {
    for (const char* list : {"collections[", "tables["})
        if (path.rfind(list, 0) == 0) return path.substr(0, path.find(']') + 1);
    return {};
}

struct text_options {
    bool colour = false;
    bool quiet = false;           // the summary line only
    bool verbose = false;         // every finding, none grouped
    std::size_t group_above = 3;  // more warnings of one rule in one collection than this are one line
};

// Findings one per line, `path: severity CODE name: message [detail] (reference X)`, then the summary.
// Repeated warnings of one rule in one collection are one line naming how many, which and where the
// first is (errors are always listed one by one).
inline void print_text(std::FILE* out, const std::string& source,
                       const std::vector<appwrite::schema::io::finding>& findings, const text_options& options,
                       const std::map<std::string, std::string>& collection_ids = {}) {
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::map<std::pair<std::string, std::string>, std::vector<const appwrite::schema::io::finding*>> groups;
    for (const auto& f : findings)
        if (const auto c = collection_of(f.path); !c.empty()) groups[{f.code, c}].push_back(&f);
    for (const auto& f : findings) {
        const bool error = f.level == appwrite::schema::severity::error;
        (error ? errors : warnings)++;
        if (options.quiet) continue;
        const char* on = !options.colour ? "" : (error ? "\x1b[31m" : "\x1b[33m");
        const char* off = options.colour ? "\x1b[0m" : "";
        const auto collection = collection_of(f.path);
        const auto group = collection.empty() ? groups.end() : groups.find({f.code, collection});
        // Errors are always listed one by one: each is a place to fix. Repeated warnings are noise.
        if (!error && !options.verbose && group != groups.end() && group->second.size() > options.group_above) {
            if (group->second.front() != &f) continue;  // the group is printed at its first finding
            std::vector<std::string> details;
            for (const auto* g : group->second) {
                // What differs between the members: the detail, or else the key the path ends in (`status`).
                auto what = g->detail.empty() ? g->path.substr(g->path.rfind('.') + 1) : g->detail;
                if (details.size() < 4 && std::find(details.begin(), details.end(), what) == details.end())
                    details.push_back(std::move(what));
            }
            const auto id = collection_ids.find(collection);
            fmt::print(out, "{}: {}{}{} {} {} in {} places of {}: {}", collection, on, error ? "error" : "warning", off,
                       f.code, f.name, group->second.size(),
                       id != collection_ids.end() ? "`" + id->second + "`" : collection, f.message);
            if (!details.empty()) {
                fmt::print(out, " [{}", details.front());
                for (std::size_t i = 1; i < details.size(); ++i) fmt::print(out, ", {}", details[i]);
                fmt::print(out, "{}]", details.size() == 4 ? ", …" : "");
            }
            fmt::print(out, " (first at {}; --verbose lists each)\n", f.path);
            continue;
        }
        fmt::print(out, "{}: {}{}{} {} {}: {}", f.path, on, error ? "error" : "warning", off, f.code, f.name,
                   f.message);
        if (!f.detail.empty()) fmt::print(out, " [{}]", f.detail);
        if (!f.section.empty()) fmt::print(out, " (reference {})", f.section);
        fmt::print(out, "\n");
    }
    fmt::print(out, "{}: {} error{}, {} warning{}\n", source, errors, errors == 1 ? "" : "s", warnings,
               warnings == 1 ? "" : "s");
}

inline std::string json_report(const std::string& source, const std::vector<appwrite::schema::io::finding>& findings) {
    nlohmann::ordered_json j;
    j["file"] = source;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& f : findings) {
        (f.level == appwrite::schema::severity::error ? errors : warnings)++;
        list.push_back({{"code", f.code},
                        {"rule", f.name},
                        {"severity", f.level == appwrite::schema::severity::error ? "error" : "warning"},
                        {"path", f.path},
                        {"message", f.message},
                        {"detail", f.detail},
                        {"reference", f.section}});
    }
    j["errors"] = errors;
    j["warnings"] = warnings;
    j["findings"] = std::move(list);
    return j.dump(2) + "\n";
}

}  // namespace tool

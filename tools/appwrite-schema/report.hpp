// Printing findings for people: one line per finding in the compiler convention
// `file:line:column: severity CODE name: database/collection/key: message [detail]`, so editors and
// CI jump to it, then an indented line with the fix, the rule's entry in docs/rules.md and the JSON
// path. Colour through fmt/color.h; repeated warnings of one rule in one collection are one line.
#pragma once

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <fmt/color.h>
#include <fmt/core.h>

#include <appwrite/schema/io/config_file.hpp>
#include <appwrite/schema/io/rule_help.hpp>

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

// `file:line:column` of a finding (`file` alone when it has no position).
inline std::string place_of(const appwrite::schema::io::finding& f, const std::string& source) {
    const auto& file = f.file.empty() ? source : f.file;
    return f.at.line == 0 ? file : fmt::format("{}:{}:{}", file, f.at.line, f.at.column);
}

inline std::string severity_text(const appwrite::schema::io::finding& f, bool colour) {
    const bool error = f.level == appwrite::schema::severity::error;
    const char* word = error ? "error" : "warning";
    if (!colour) return word;
    return fmt::format(fmt::fg(error ? fmt::terminal_color::bright_red : fmt::terminal_color::bright_magenta) |
                           fmt::emphasis::bold,
                       "{}", word);
}

// `AW505 permission_anonymous_write (policy)`: policy lints are not server rules.
inline std::string rule_text(const appwrite::schema::io::finding& f) {
    const auto& help = appwrite::schema::io::help_of(f.code);
    return fmt::format("{} {}{}", f.code, f.name, help.policy ? " (policy)" : "");
}

// The second line: what to do, where the rule is explained, and the JSON path.
inline void print_fix_line(std::FILE* out, const appwrite::schema::io::finding& f, const char* json_path_label) {
    const auto& help = appwrite::schema::io::help_of(f.code);
    fmt::print(out, "    ");
    if (!help.fix.empty()) fmt::print(out, "fix: {}; ", help.fix);
    fmt::print(out, "see {}; {} {}\n", appwrite::schema::io::rule_link(f.code), json_path_label, f.path);
}

// Findings in file order, then the summary line. Repeated warnings of one rule in one collection are
// one line naming how many, which and where the first is (errors are always listed one by one).
inline void print_text(std::FILE* out, const std::string& source,
                       const std::vector<appwrite::schema::io::finding>& findings, const text_options& options) {
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::map<std::pair<std::string, std::string>, std::vector<const appwrite::schema::io::finding*>> groups;
    for (const auto& f : findings)
        if (const auto c = collection_of(f.path); !c.empty()) groups[{f.code, c}].push_back(&f);
    for (const auto& f : findings) {
        const bool error = f.level == appwrite::schema::severity::error;
        (error ? errors : warnings)++;
        if (options.quiet) continue;
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
            // The collection's name: the finding's own name up to the collection (db/collection).
            auto where = f.where;
            if (const auto cut = where.find('/', where.find('/') + 1); cut != std::string::npos) where.resize(cut);
            fmt::print(out, "{}: {} {} in {} places of {}: {}", place_of(f, source), severity_text(f, options.colour),
                       rule_text(f), group->second.size(), where.empty() ? collection : where, f.message);
            if (!details.empty()) {
                fmt::print(out, " [{}", details.front());
                for (std::size_t i = 1; i < details.size(); ++i) fmt::print(out, ", {}", details[i]);
                fmt::print(out, "{}]", details.size() == 4 ? ", …" : "");
            }
            fmt::print(out, " (--verbose lists each)\n");
            print_fix_line(out, f, "first at");
            continue;
        }
        fmt::print(out, "{}: {} {}: ", place_of(f, source), severity_text(f, options.colour), rule_text(f));
        if (!f.where.empty()) fmt::print(out, "{}: ", f.where);
        fmt::print(out, "{}", f.message);
        if (!f.detail.empty()) fmt::print(out, " [{}]", f.detail);
        fmt::print(out, "\n");
        print_fix_line(out, f, "at");
    }
    fmt::print(out, "{}: {} error{}, {} warning{}\n", source, errors, errors == 1 ? "" : "s", warnings,
               warnings == 1 ? "" : "s");
}

}  // namespace tool

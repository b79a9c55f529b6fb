// Printing findings: grouped human text (colour only on a terminal) or JSON.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <appwrite/schema/io/config_file.hpp>

namespace tool {

inline void print_text(std::FILE* out, const std::string& source,
                       const std::vector<appwrite::schema::io::finding>& findings, bool colour) {
    std::size_t errors = 0;
    std::size_t warnings = 0;
    for (const auto& f : findings) {
        const bool error = f.level == appwrite::schema::severity::error;
        (error ? errors : warnings)++;
        const char* on = !colour ? "" : (error ? "\x1b[31m" : "\x1b[33m");
        const char* off = colour ? "\x1b[0m" : "";
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

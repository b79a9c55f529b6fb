// Printing findings for programs: JSON (the tool's own fields), SARIF 2.1.0 (GitHub code scanning and
// other SARIF viewers) and GitHub Actions workflow commands (annotations on the pull request).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include <appwrite/schema/io/config_file.hpp>
#include <appwrite/schema/io/rule_help.hpp>

namespace tool {

// The findings of one file.
struct file_report {
    std::string source;
    std::vector<appwrite::schema::io::finding> findings;
};

inline const char* severity_name(appwrite::schema::severity s) {
    return s == appwrite::schema::severity::error ? "error" : "warning";
}

inline nlohmann::ordered_json json_of(const file_report& report) {
    nlohmann::ordered_json j;
    j["file"] = report.source;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& f : report.findings) {
        (f.level == appwrite::schema::severity::error ? errors : warnings)++;
        const auto& help = appwrite::schema::io::help_of(f.code);
        list.push_back({{"code", f.code},
                        {"rule", f.name},
                        {"severity", severity_name(f.level)},
                        {"policy", help.policy},
                        {"path", f.path},
                        {"where", f.where},
                        {"file", f.file.empty() ? report.source : f.file},
                        {"line", f.at.line},
                        {"column", f.at.column},
                        {"message", f.message},
                        {"detail", f.detail},
                        {"fix", help.fix},
                        {"help", appwrite::schema::io::rule_link(f.code)},
                        {"reference", f.section}});
    }
    j["errors"] = errors;
    j["warnings"] = warnings;
    j["findings"] = std::move(list);
    return j;
}

// One file: an object {file, errors, warnings, findings}; several: an array of them.
inline std::string json_report(const std::vector<file_report>& reports) {
    if (reports.size() == 1) return json_of(reports.front()).dump(2) + "\n";
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (const auto& r : reports) all.push_back(json_of(r));
    return all.dump(2) + "\n";
}

// SARIF 2.1.0: one run; the rules that fired, with their help and link; each result with its
// physical location (artifact, line, column) and logical location (database/collection/key).
inline std::string sarif_report(const std::vector<file_report>& reports, const std::string& version) {
    namespace io = appwrite::schema::io;
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    std::map<std::string, std::size_t> rule_index;
    nlohmann::ordered_json results = nlohmann::ordered_json::array();
    for (const auto& report : reports) {
        for (const auto& f : report.findings) {
            const auto& help = io::help_of(f.code);
            auto [at, added] = rule_index.try_emplace(f.code, rules.size());
            if (added) {
                rules.push_back({{"id", f.code},
                                 {"name", f.name},
                                 {"shortDescription", {{"text", f.message}}},
                                 {"help",
                                  {{"text", std::string(help.fix.empty() ? f.message : help.fix) + " (" +
                                                io::rule_link(f.code) + ")"}}},
                                 {"defaultConfiguration", {{"level", severity_name(f.level)}}},
                                 {"properties", {{"tags", {help.policy ? "policy" : "appwrite-server-rule"}}}}});
            }
            std::string text = f.where.empty() ? f.message : f.where + ": " + f.message;
            if (!f.detail.empty()) text += " [" + f.detail + "]";
            nlohmann::ordered_json location;
            nlohmann::ordered_json physical = {
                {"artifactLocation", {{"uri", f.file.empty() ? report.source : f.file}}}};
            if (f.at.line != 0) physical["region"] = {{"startLine", f.at.line}, {"startColumn", f.at.column}};
            location["physicalLocation"] = std::move(physical);
            location["logicalLocations"] = {{{"fullyQualifiedName", f.where.empty() ? f.path : f.where}}};
            results.push_back({{"ruleId", f.code},
                               {"ruleIndex", at->second},
                               {"level", severity_name(f.level)},
                               {"message", {{"text", text}}},
                               {"locations", {location}},
                               {"properties", {{"jsonPath", f.path}}}});
        }
    }
    nlohmann::ordered_json driver = {{"name", "appwrite-schema"}, {"version", version}, {"rules", std::move(rules)}};
    nlohmann::ordered_json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                                    {"version", "2.1.0"},
                                    {"runs", {{{"tool", {{"driver", std::move(driver)}}}, {"results", results}}}}};
    return sarif.dump(2) + "\n";
}

// GitHub Actions workflow commands: `::error file=F,line=L,col=C,title=T::message`. Data escapes
// %, CR and LF; properties also ':' and ','.
inline std::string github_escape(std::string_view text, bool property) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            case ':': out += property ? "%3A" : ":"; break;
            case ',': out += property ? "%2C" : ","; break;
            default: out += c;
        }
    }
    return out;
}

inline std::string github_report(const std::vector<file_report>& reports) {
    namespace io = appwrite::schema::io;
    std::string out;
    for (const auto& report : reports) {
        for (const auto& f : report.findings) {
            const auto& help = io::help_of(f.code);
            out += "::";
            out += severity_name(f.level);
            out += " file=" + github_escape(f.file.empty() ? report.source : f.file, true);
            if (f.at.line != 0) out += ",line=" + std::to_string(f.at.line) + ",col=" + std::to_string(f.at.column);
            out += ",title=" + github_escape(f.code + " " + f.name, true) + "::";
            std::string text = f.where.empty() ? f.message : f.where + ": " + f.message;
            if (!f.detail.empty()) text += " [" + f.detail + "]";
            if (!help.fix.empty()) text += ". Fix: " + std::string(help.fix);
            text += " (" + io::rule_link(f.code) + ")";
            out += github_escape(text, false) + "\n";
        }
    }
    return out;
}

}  // namespace tool

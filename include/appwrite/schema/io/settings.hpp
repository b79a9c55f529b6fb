// A project's check settings: `.appwrite-schema.json` beside the config (or named with --settings)
// says which engine and deployment target the config is checked for, and the level of each rule:
//
//   {"profile": "postgresql", "server": "1.9.6", "cli": "25.0.0",
//    "rules": {"AW505": "off", "strict_schema_key": "error", "AW225": "warning"}}
//
// Command-line options win over the file. A settings file that is not exactly this is refused with
// the file, line and column of what is wrong: a misspelt or repeated key must not switch a rule off
// unseen.
#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include <appwrite/schema/detail/closest.hpp>
#include <appwrite/schema/io/check.hpp>
#include <appwrite/schema/io/file_issues.hpp>
#include <appwrite/schema/io/positions.hpp>
#include <appwrite/schema/io/read_file.hpp>
#include <appwrite/schema/profile.hpp>
#include <appwrite/schema/rule_catalogue.hpp>

namespace appwrite::schema::io {

inline constexpr std::string_view settings_file_name = ".appwrite-schema.json";

// The code of a rule or file issue named by code (any case: aw505 is AW505) or name
// (permission_anonymous_write); empty when there is none.
inline std::string_view rule_code_named(std::string_view wanted) {
    std::string code(wanted);
    if (code.size() > 2)
        std::transform(code.begin(), code.begin() + 2, code.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    for (const auto& r : rule_catalogue)
        if (r.code == code || r.name == wanted) return r.code;
    for (const auto& r : file_issue_catalogue)
        if (r.code == code || r.name == wanted) return r.code;
    return {};
}

// The file issues whose level cannot be changed or left out: those of a file not read (nothing
// else is reported about it) and the structural ones of a file read only in part (a missing or
// mistyped field, a failed include): emit and import would write what is not there, and diff
// refuses them too.
inline bool level_is_fixed(std::string_view code) {
    for (auto fixed :
         {file_issue::unreadable, file_issue::not_json, file_issue::not_a_config, file_issue::missing_field,
          file_issue::wrong_field_type, file_issue::include_failed, file_issue::settings_unusable})
        if (info(fixed).code == code) return true;
    return false;
}

struct rule_level {
    std::string code;                 // AW505
    std::optional<severity> level{};  // none: off (the finding is left out)
};

struct check_settings {
    std::string file;  // where they were read from; empty: no settings file
    std::string profile;
    std::string server;
    std::string cli;
    std::vector<rule_level> rules;
};

// The profile names, for messages: "mariadb, mysql, …".
inline std::string profile_list() {
    std::string out;
    for (const auto& row : profile_names) out += (out.empty() ? "" : ", ") + std::string(row.name);
    return out;
}

// The settings file beside a config (the config's own folder), or empty when there is none.
inline std::filesystem::path settings_beside(const std::filesystem::path& config) {
    const auto candidate = config.parent_path() / std::string(settings_file_name);
    std::error_code ec;
    return std::filesystem::exists(candidate, ec) ? candidate : std::filesystem::path();
}

// Why a settings file cannot be used, and where in it.
struct settings_error {
    std::string file;
    text_position at{};  // line 0: the file as a whole
    std::string message;
    std::string path = "$";  // the JSON path of the value that is wrong (rules.AW505)
    [[nodiscard]] std::string text() const {
        return file + (at.line == 0 ? "" : ":" + std::to_string(at.line) + ":" + std::to_string(at.column)) + ": " +
               message;
    }
};

// The closest rule code or name to a misspelt one, as "(did you mean X?)", or empty.
inline std::string rule_suggestion(std::string_view wanted) {
    std::vector<std::string_view> names;
    for (const auto& r : rule_catalogue) names.insert(names.end(), {r.code, r.name});
    for (const auto& r : file_issue_catalogue) names.insert(names.end(), {r.code, r.name});
    const auto near = schema::detail::closest(wanted, names);
    return near.empty() ? std::string() : " (did you mean " + near + "?)";
}

namespace settings_detail {
// The first key that an object of `text` repeats (JSON allows it, nlohmann keeps the last: a
// repeated rule level would change a level unseen): its JSON path and the byte offset of the
// repeat; an empty path when none repeats. Keys inside arrays are checked per object too.
struct repeat {
    std::string path;
    std::size_t offset = 0;
};
inline repeat repeated_key(std::string_view text) {
    struct frame {
        std::string path;
        std::unordered_set<std::string> keys;
    };
    std::vector<frame> open;
    repeat found;
    std::string last_key;
    const auto callback = [&](int, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        using event_t = nlohmann::json::parse_event_t;
        const auto child = [&] {
            if (open.empty()) return std::string();
            return open.back().path.empty() ? last_key : open.back().path + "." + last_key;
        };
        if (event == event_t::object_start || event == event_t::array_start) {
            open.push_back({child(), {}});
            last_key.clear();  // an array's elements have no key of their own
        } else if ((event == event_t::object_end || event == event_t::array_end) && !open.empty()) {
            open.pop_back();
        } else if (event == event_t::key && !open.empty()) {
            last_key = parsed.get<std::string>();
            if (found.path.empty() && !open.back().keys.insert(last_key).second) found.path = child();
        }
        return true;
    };
    const auto parsed = nlohmann::json::parse(text, callback, false);
    static_cast<void>(parsed);
    if (found.path.empty()) return found;
    // The repeat's place: the second `"key"` followed by a colon, after the first.
    const auto key = found.path.substr(found.path.rfind('.') + 1);
    const std::string quoted = nlohmann::json(key).dump();
    std::size_t seen = 0;
    for (std::size_t at = text.find(quoted); at != std::string_view::npos; at = text.find(quoted, at + 1)) {
        std::size_t after = at + quoted.size();
        while (after < text.size() &&
               (text[after] == ' ' || text[after] == '\t' || text[after] == '\n' || text[after] == '\r'))
            ++after;
        if (after < text.size() && text[after] == ':' && ++seen == 2) {
            found.offset = at;
            break;
        }
    }
    return found;
}
}  // namespace settings_detail

// Reads a settings file into `out`; what is wrong with it, if anything.
inline std::optional<settings_error> read_settings(const std::filesystem::path& file, check_settings& out) {
    out = {};
    out.file = file.string();
    std::string text;
    if (const auto why = read_regular_file(file, text); !why.empty()) return settings_error{out.file, {}, why};
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        return settings_error{out.file, position_of(text, e.byte > 0 ? e.byte - 1 : 0),
                              "not JSON (no comments or trailing commas)"};
    } catch (const nlohmann::json::exception&) {  // out_of_range: a number beyond a double
        return settings_error{out.file, {}, "not JSON: a number beyond a double"};
    }
    auto fail = [&](const std::string& path, std::string message) {
        const auto offsets = value_offsets(text, {path});
        const auto found = offsets.find(path);
        return settings_error{out.file,
                              found != offsets.end() ? position_of(text, found->second.value) : text_position{1, 1},
                              std::move(message), path};
    };
    if (!root.is_object()) return fail("$", "the settings are a JSON object");
    if (const auto repeated = settings_detail::repeated_key(text); !repeated.path.empty())
        return settings_error{out.file, position_of(text, repeated.offset),
                              "\"" + repeated.path.substr(repeated.path.rfind('.') + 1) + "\" is given twice",
                              repeated.path};
    static constexpr std::string_view settings_keys[] = {"profile", "server", "cli", "rules", "$schema"};
    for (const auto& [key, value] : root.items()) {
        if (key == "$schema") {  // for editors: the JSON schema of this file
            if (!value.is_string()) return fail(key, "\"$schema\" is a string");
        } else if (key == "profile" || key == "server" || key == "cli") {
            if (!value.is_string()) return fail(key, "\"" + key + "\" is a string");
            const auto s = value.get<std::string>();
            std::uint32_t v = 0;
            if (key == "profile" && profile_named(s) == nullptr)
                return fail(key, "unknown profile \"" + s + "\" (" + profile_list() + ")");
            if (key != "profile" && !parse_version(s, v))
                return fail(key, "\"" + key + "\" takes a version like " + (key == "cli" ? "25.0.0" : "1.9.6") +
                                     ", not \"" + s + "\"");
            (key == "profile" ? out.profile : key == "server" ? out.server : out.cli) = s;
        } else if (key == "rules") {
            if (!value.is_object()) return fail(key, "\"rules\" maps rule codes or names to off, warning or error");
            for (const auto& [name, level] : value.items()) {
                const auto path = "rules." + name;
                const auto code = rule_code_named(name);
                if (code.empty())
                    return fail(path,
                                name + " is not a rule code or name" + rule_suggestion(name) + " (docs/rules.md)");
                if (level_is_fixed(code))
                    return fail(path, name + " means the file is not read in full: its level is fixed");
                for (const auto& earlier : out.rules)
                    if (earlier.code == code)
                        return fail(path, name + " is " + std::string(code) + ", whose level is already set");
                const auto word = level.is_string() ? level.get<std::string>() : std::string();
                rule_level r{std::string(code)};
                if (word == "error") r.level = severity::error;
                else if (word == "warning") r.level = severity::warning;
                else if (word != "off") return fail(path, "the level of " + name + " is off, warning or error");
                out.rules.push_back(std::move(r));
            }
        } else {
            const auto near = schema::detail::closest(key, settings_keys);
            return fail(key, "unknown setting \"" + key + "\"" +
                                 (near.empty() ? "" : " (did you mean \"" + near + "\"?)") +
                                 "; the settings are profile, server, cli and rules");
        }
    }
    return std::nullopt;
}

// The levels of the settings (and of --ignore, as "off") applied to a readable file's findings.
inline void apply_levels(const std::vector<rule_level>& levels, std::vector<finding>& findings) {
    std::erase_if(findings, [&](finding& f) {
        for (const auto& r : levels) {
            if (r.code != f.code) continue;
            if (!r.level) return true;
            f.level = *r.level;
        }
        return false;
    });
}

}  // namespace appwrite::schema::io

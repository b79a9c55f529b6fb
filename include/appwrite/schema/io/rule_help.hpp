// What to do about each finding and where its rule is explained: one row per rule and file issue,
// `fix` the short instruction printed under a finding (and in SARIF's rule help), `policy` for lints
// of a project's own policy rather than rules the server enforces. The rules' own rows are in
// rule_catalogue.def and file_issues.hpp; the static_assert below keeps this table complete.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>

#include <appwrite/schema/io/file_issues.hpp>
#include <appwrite/schema/rule_catalogue.hpp>

namespace appwrite::schema::io {

struct rule_help {
    std::string_view code{};
    std::string_view fix{};
    bool policy = false;
};

// In code order.
inline constexpr rule_help rule_helps[] = {
    {"AW001", R"()", false}, {"AW002", R"()", false}, {"AW003", R"()", false}, {"AW004", R"()", false},
    {"AW005", R"()", false}, {"AW006", R"()", false}, {"AW007", R"()", false}, {"AW008", R"()", false},
    {"AW009", R"()", false}, {"AW010", R"()", false}, {"AW011", R"()", false}, {"AW101", R"()", false},
    {"AW102", R"()", false}, {"AW103", R"()", false}, {"AW104", R"()", false}, {"AW105", R"()", false},
    {"AW106", R"()", false}, {"AW110", R"()", false}, {"AW111", R"()", false}, {"AW112", R"()", false},
    {"AW113", R"()", false}, {"AW114", R"()", false}, {"AW115", R"()", false}, {"AW120", R"()", false},
    {"AW121", R"()", false}, {"AW122", R"()", false}, {"AW200", R"()", false}, {"AW201", R"()", false},
    {"AW202", R"()", false}, {"AW203", R"()", false}, {"AW204", R"()", false}, {"AW205", R"()", false},
    {"AW206", R"()", false}, {"AW207", R"()", false}, {"AW208", R"()", false}, {"AW209", R"()", false},
    {"AW210", R"()", false}, {"AW211", R"()", false}, {"AW212", R"()", false}, {"AW213", R"()", false},
    {"AW214", R"()", false}, {"AW215", R"()", false}, {"AW216", R"()", false}, {"AW217", R"()", false},
    {"AW218", R"()", false}, {"AW219", R"()", false}, {"AW220", R"()", false}, {"AW221", R"()", false},
    {"AW222", R"()", false}, {"AW223", R"()", false}, {"AW224", R"()", false}, {"AW225", R"()", false},
    {"AW300", R"()", false}, {"AW301", R"()", false}, {"AW302", R"()", false}, {"AW303", R"()", false},
    {"AW304", R"()", false}, {"AW400", R"()", false}, {"AW401", R"()", false}, {"AW402", R"()", false},
    {"AW403", R"()", false}, {"AW404", R"()", false}, {"AW405", R"()", false}, {"AW406", R"()", false},
    {"AW407", R"()", false}, {"AW408", R"()", false}, {"AW409", R"()", false}, {"AW410", R"()", false},
    {"AW411", R"()", false}, {"AW412", R"()", false}, {"AW413", R"()", false}, {"AW414", R"()", false},
    {"AW415", R"()", false}, {"AW416", R"()", false}, {"AW500", R"()", false}, {"AW501", R"()", false},
    {"AW502", R"()", false}, {"AW503", R"()", false}, {"AW504", R"()", false}, {"AW505", R"()", true},
    {"AW600", R"()", false}, {"AW601", R"()", false}, {"AW602", R"()", false},
};

namespace help_detail {
inline constexpr rule_help no_help{};

constexpr bool has_help(std::string_view code) {
    return std::any_of(std::begin(rule_helps), std::end(rule_helps),
                       [&](const rule_help& h) { return h.code == code && !h.fix.empty(); });
}
constexpr bool every_code_has_help() {
    return std::all_of(std::begin(rule_catalogue), std::end(rule_catalogue),
                       [](const rule_info& r) { return has_help(r.code); }) &&
           std::all_of(std::begin(file_issue_catalogue), std::end(file_issue_catalogue),
                       [](const file_issue_info& i) { return has_help(i.code); });
}
}  // namespace help_detail

// TEMP static_assert(help_detail::every_code_has_help(), "every rule and file issue needs a row in rule_helps, with a
// fix");

// The help of a code (an empty row for a code that is not a rule).
constexpr const rule_help& help_of(std::string_view code) {
    for (const auto& h : rule_helps)
        if (h.code == code) return h;
    return help_detail::no_help;
}

// Where a rule is explained: its entry in docs/rules.md (the anchors are the codes in lower case).
inline std::string rule_link(std::string_view code) {
    std::string anchor(code);
    std::transform(anchor.begin(), anchor.end(), anchor.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return "docs/rules.md#" + anchor;
}

}  // namespace appwrite::schema::io

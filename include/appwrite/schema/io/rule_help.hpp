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
    {"AW001", R"(pass the path of a readable regular file (appwrite.json), at most 64 MiB)", false},
    {"AW002", R"(fix the JSON at the line and column shown: no comments, trailing commas, YAML)", false},
    {"AW003", R"(save the file as UTF-8 without BOM)", false},
    {"AW004", R"(add the field the JSON path ends in ("type", "key", "required": false, …))", false},
    {"AW005", R"(write numbers and true/false without quotes, names in quotes, lists in [ ])", false},
    {"AW006", R"(use a relative path inside the config's folder to a file holding a JSON array)", false},
    {"AW007", R"(list the database in "databases" or "tablesDB": {"$id": ..., "name": ...})", false},
    {"AW008", R"(replace "$read"/"$write" with "$permissions" entries such as read("any"))", false},
    {"AW009", R"(delete the key, or rename it to the one in brackets (emit leaves unknown keys out))", false},
    {"AW010", R"(keep the collection in one list: delete it from "collections" or "tables")", false},
    {"AW011", R"(pass a config with "databases", "tablesDB", "collections" or "tables")", false},
    {"AW012", R"(write "default": null on the attribute)", false},
    {"AW013", R"(correct the settings file as the message says, or pass --no-settings)", false},
    {"AW101", R"(give a non-empty ID or key of 1 to 36 characters)", false},
    {"AW102", R"(shorten the ID or key to at most 36 characters (255 on MongoDB))", false},
    {"AW103", R"(use only A-Z, a-z, 0-9, ".", "_" and "-", e.g. "first_name" for "first name")", false},
    {"AW104", R"(start the ID or key with a letter or digit, not "_", "." or "-")", false},
    {"AW105", R"(remove the leading "$": $id, $createdAt and $updatedAt already exist)", false},
    {"AW106", R"(rename the index: "primary" is reserved on MariaDB/MySQL)", false},
    {"AW110", R"(give each database its own "$id" (case-insensitive) or merge the entries)", false},
    {"AW111", R"(give each collection of the database its own "$id" (case-insensitive))", false},
    {"AW112", R"(rename or delete one of the attributes (keys compare ignoring case))", false},
    {"AW113", R"(avoid "." in keys: "a.b" and "ab" name the same column; use "_")", false},
    {"AW114", R"(rename or delete one of the indexes (keys compare ignoring case))", false},
    {"AW115", R"(avoid "." in index keys: "a.b" and "ab" name the same index; use "_")", false},
    {"AW120", R"(give the database a "name" of 1 to 128 characters)", false},
    {"AW121", R"(give the collection a "name" of 1 to 128 characters)", false},
    {"AW122", R"(add "databaseId" with the "$id" of an entry in "databases" or "tablesDB")", false},
    {"AW200", R"(use a known "type"; for email write "type": "string", "format": "email")", false},
    {"AW201", R"(drop "default" or write "required": false)", false},
    {"AW202", R"(write "default": null on array attributes)", false},
    {"AW203", R"(give "size" between 1 and 1073741824 (varchar: 1 to 16381))", false},
    {"AW204", R"(raise "size" to at least 150, or remove "encrypt")", false},
    {"AW205", R"(remove "encrypt": only string, varchar and the text types are encrypted)", false},
    {"AW206", R"(write "array": false; for many related documents use oneToMany or manyToMany)", false},
    {"AW207", R"(remove spatial attributes, or deploy on MariaDB/MySQL or PostgreSQL)", false},
    {"AW208", R"(upgrade server/CLI, or use "string" for varchar/text and "integer" for bigint)", false},
    {"AW209", R"(remove "min"/"max", or keep them within +-9223372036854775807)", false},
    {"AW210", R"(swap "min" and "max" so that min <= max)", false},
    {"AW211", R"(write whole-number bounds within signed 64-bit, or omit "min"/"max")", false},
    {"AW212", R"(write "default" in the attribute's type (5, not "5" or 5.0) or null)", false},
    {"AW213", R"(shorten the "default" or raise "size" to at least its length)", false},
    {"AW214", R"(move "default" between "min" and "max", or widen the range)", false},
    {"AW215", R"(make "default" one of "elements" (exact match) or null)", false},
    {"AW216", R"(use a full email address as "default" (name@example.com) or null)", false},
    {"AW217", R"(use an absolute URL as "default" (https://host/path) or null)", false},
    {"AW218", R"(use one IPv4 or IPv6 address as "default" (no port, no /mask) or null)", false},
    {"AW219", R"(write "default" as ISO 8601, e.g. "2024-01-01T00:00:00.000+00:00")", false},
    {"AW220", R"(use [lon, lat] points in range; polygon rings of 4+ points, first = last)", false},
    {"AW221", R"(shorten "default": its JSON must fit 16384 characters)", false},
    {"AW222", R"(give "elements" 1 to 100 entries)", false},
    {"AW223", R"(make each element 1 to 255 characters long)", false},
    {"AW224", R"(shorten or drop elements: their JSON must fit 16384 characters)", false},
    {"AW225", R"(delete the repeated element from "elements")", false},
    {"AW300", R"(use oneToOne/oneToMany/manyToOne/manyToMany and cascade/restrict/setNull)", false},
    {"AW301", R"(set "relatedCollection" to the "$id" of a collection in the same database)", false},
    {"AW302", R"(keep one manyToMany per pair of collections; use a join collection for more)", false},
    {"AW303", R"(set a "twoWayKey" that no attribute of the related collection uses)", false},
    {"AW304", R"(set a "twoWayKey" different from "key")", false},
    {"AW400", R"(use "type": "key", "unique", "fulltext" or "spatial" (lower case))", false},
    {"AW401", R"(list at least one attribute in the index, or delete the index)", false},
    {"AW402", R"(index at most 100 attributes)", false},
    {"AW403", R"(list an existing attribute key, or $id, $createdAt or $updatedAt)", false},
    {"AW404", R"(remove the repeated attribute from the index)", false},
    {"AW405", R"(remove the relationship attribute from the index)", false},
    {"AW406", R"(remove the array attribute from the index)", false},
    {"AW407", R"(use a "key" index, or index only string, varchar and text attributes)", false},
    {"AW408", R"(lower string "size"s or index fewer attributes (at most 768, MongoDB 1024))", false},
    {"AW409", R"(give the spatial index exactly one point, linestring or polygon attribute)", false},
    {"AW410", R"(make the indexed spatial attribute "required": true)", false},
    {"AW411", R"(remove "orders" from the spatial index)", false},
    {"AW412", R"(index spatial attributes only with a "type": "spatial" index)", false},
    {"AW413", R"(merge the fulltext indexes into one that lists all their attributes)", false},
    {"AW414", R"(delete one of the two identical indexes)", false},
    {"AW415", R"(remove "orders" (always for a spatial index on PostgreSQL, AW411), or give one "ASC" or "DESC" per attribute)", false},
    {"AW416", R"(write each order as "ASC" or "DESC")", false},
    {"AW500", R"(write TYPE("ROLE"), e.g. read("any"); use any for "*", no "role:" prefix)", false},
    {"AW501", R"(use a valid ID after user:/team:/member: (1-36 of A-Z a-z 0-9 . _ -))", false},
    {"AW502", R"(use a label of 1 to 36 letters and digits only)", false},
    {"AW503", R"(use /verified or /unverified; a team role must be a valid key)", false},
    {"AW504", R"(keep "$permissions" to 100 entries; grant to teams or labels instead)", false},
    {"AW505", R"(grant writes to "users" or a team, not any/guests (or --ignore AW505))", true},
    {"AW600", R"(split the collection: at most 1010 attributes, relationship back sides included)", false},
    {"AW601", R"(lower string sizes, use "text" for long text, or split the collection)", false},
    {"AW602", R"(drop unused indexes: at most 58 per collection)", false},

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

static_assert(help_detail::every_code_has_help(), "every rule and file issue needs a rule_helps row with a fix");

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

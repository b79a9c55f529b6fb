// What a config holds besides its schema: settings, functions, sites, buckets, teams, topics,
// messages, webhooks, endpoint, organizationId (reference F.2). `emit` writes them back as the
// file has them (the keys inside each in the file's order; the sections in F.2's), so re-emitting a
// project's config loses none of it.
#pragma once

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include <appwrite/schema/io/config_file.hpp>
#include <appwrite/schema/io/strict_schema.hpp>

namespace appwrite::schema::io {

namespace other_sections_detail {
// The top-level keys the schema view itself describes: emit writes them from the view.
inline constexpr std::string_view schema_keys[] = {"projectId", "projectName", "databases", "collections",
                                                   "tablesDB",  "tables",      "includes"};
inline bool kept(std::string_view key) {
    return std::find(std::begin(schema_keys), std::end(schema_keys), key) == std::end(schema_keys) &&
           std::find(std::begin(strict_schema::top_level), std::end(strict_schema::top_level), key) !=
               std::end(strict_schema::top_level);
}

// Keys no CLI's schema has (a `_comment`, a server's `$createdAt`) are reported as AW009 and left
// out, as in the schema (strict_schema::for_objects_outside_schema says where they are read).
inline void kept_as_valid(std::string_view section, nlohmann::ordered_json& value) {
    strict_schema::for_objects_outside_schema(
        section, value, [](nlohmann::ordered_json& object, const std::string&, const std::string&) {
            for (auto it = object.begin(); it != object.end();)
                it = strict_schema::never_in_config(it.key()) ? object.erase(it) : std::next(it);
        });
}
}  // namespace other_sections_detail

// The config's other top-level sections (an `includes` file's content in place of its name), keys
// in file order; keys the config format does not have (AW009) are left out.
inline nlohmann::ordered_json other_sections(const loaded_config& config) {
    auto out = nlohmann::ordered_json::object();
    if (!config.readable || config.texts.empty()) return out;
    std::string_view text = config.texts.front().text;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    const auto root = nlohmann::ordered_json::parse(text, nullptr, false);
    if (!root.is_object()) return out;
    for (const auto& [key, value] : root.items())
        if (other_sections_detail::kept(key)) {
            out[key] = value;
            other_sections_detail::kept_as_valid(key, out[key]);
        }
    for (std::size_t i = 1; i < config.texts.size(); ++i) {
        const auto& included = config.texts[i];
        if (!other_sections_detail::kept(included.resource)) continue;
        auto section = nlohmann::ordered_json::parse(included.text, nullptr, false);
        if (section.is_discarded()) continue;
        other_sections_detail::kept_as_valid(included.resource, section);
        out[included.resource] = std::move(section);
    }
    return out;
}

}  // namespace appwrite::schema::io

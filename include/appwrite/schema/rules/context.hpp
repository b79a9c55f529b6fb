// What every rule family shares: the (view, profile) pair, diagnostic construction with the path
// filled in, sorted-index helpers (duplicates and look-ups are O(n log n), never pair loops: DESIGN §4),
// and the Key validator of reference A.1.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include <appwrite/schema/diagnostic.hpp>
#include <appwrite/schema/profile.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema::rules {

struct context {
    const schema_view& view;
    const server_profile& profile;

    [[nodiscard]] constexpr std::uint32_t collection_index(const collection_record& c) const {
        return static_cast<std::uint32_t>(&c - view.collections.data());
    }
    [[nodiscard]] constexpr std::string_view database_id_of(const collection_record& c) const {
        return c.database < view.databases.size() ? view.databases[c.database].id : std::string_view{};
    }

    [[nodiscard]] constexpr diagnostic about_database(rule r, std::uint32_t db) const {
        diagnostic d{};
        d.code = r;
        d.level = info(r).level;
        d.kind = subject_kind::database;
        d.database = db;
        d.database_id = view.databases[db].id;
        d.subject = view.databases[db].id;
        d.line = view.databases[db].from.line;
        d.file = view.databases[db].from.file;
        return d;
    }
    [[nodiscard]] constexpr diagnostic about_collection(rule r, const collection_record& c) const {
        diagnostic d{};
        d.code = r;
        d.level = info(r).level;
        d.kind = subject_kind::collection;
        d.database = c.database;
        d.database_id = database_id_of(c);
        d.collection = collection_index(c);
        d.collection_id = c.id;
        d.subject = c.id;
        d.line = c.from.line;
        d.file = c.from.file;
        return d;
    }
    // An attribute or an index (`item` in its flat array) of collection `c`.
    [[nodiscard]] constexpr diagnostic about_item(rule r, const collection_record& c, subject_kind kind,
                                                  std::uint32_t item, std::string_view key, const origin& from,
                                                  std::string_view field) const {
        diagnostic d = about_collection(r, c);
        d.kind = kind;
        d.item = item;
        d.subject = key;
        d.field = field;
        d.line = from.line;
        d.file = from.file;
        return d;
    }
    [[nodiscard]] constexpr diagnostic about_attribute(rule r, const collection_record& c, std::uint32_t a,
                                                       std::string_view field = {}) const {
        const auto& rec = view.attributes[a];
        return about_item(r, c, subject_kind::attribute, a, rec.key, rec.from, field);
    }
    [[nodiscard]] constexpr diagnostic about_index(rule r, const collection_record& c, std::uint32_t i,
                                                   std::string_view field = {}) const {
        const auto& rec = view.indexes[i];
        return about_item(r, c, subject_kind::index, i, rec.key, rec.from, field);
    }
    [[nodiscard]] constexpr diagnostic about_permission(rule r, const collection_record& c, std::uint32_t p) const {
        diagnostic d = about_collection(r, c);
        d.kind = subject_kind::permission;
        d.item = p;
        const auto& rec = view.permissions[p];
        d.subject = !rec.raw.empty() ? rec.raw : (!rec.id.empty() ? rec.id : name_of(rec.role));
        d.line = rec.from.line;
        d.file = rec.from.file;
        return d;
    }
};

// Reference A.1: the server's Key validator. Returns the rule a key breaks, if any.
constexpr std::optional<rule> check_key(std::string_view key, std::uint32_t max_length, bool allow_internal = false) {
    if (key.empty()) return rule::id_empty;
    if (key.front() == '$') {
        if (allow_internal && internal_attribute(key) != nullptr) return std::nullopt;
        return rule::id_reserved_dollar;
    }
    if (key.front() == '_' || key.front() == '.' || key.front() == '-') return rule::id_invalid_first_character;
    for (char c : key)
        if (!(detail::is_alnum(c) || c == '_' || c == '-' || c == '.')) return rule::id_invalid_character;
    if (detail::utf8_length(key) > max_length) return rule::id_too_long;
    return std::nullopt;
}

// The detail line for an ID that breaks the Key rule: the offending character or length.
constexpr detail::small_text<96> key_detail(rule r, std::string_view key, std::uint32_t max_length) {
    detail::small_text<96> t;
    if (r == rule::id_too_long) {
        t.append_int(static_cast<std::int64_t>(detail::utf8_length(key))).append(" > ").append_int(max_length);
    } else if (r == rule::id_invalid_character) {
        for (char c : key)
            if (!(detail::is_alnum(c) || c == '_' || c == '-' || c == '.')) {
                t.append("character '").append(std::string_view(&c, 1)).append("'");
                break;
            }
    }
    return t;
}

}  // namespace appwrite::schema::rules

// Diagnostics as data: what a rule reports, where, and why. Both front ends consume the same record:
// the DSL lifts it into a named compile error, the file checker prints it with a JSON path.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <appwrite/schema/detail/text.hpp>
#include <appwrite/schema/rule_catalogue.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema {

// What the diagnostic's subject is; with `item` it locates the record in the flat view.
enum class subject_kind : std::uint8_t { project, database, collection, attribute, index, permission };

constexpr std::string_view subject_kind_name(subject_kind k) {
    switch (k) {
        case subject_kind::project: return "project";
        case subject_kind::database: return "database";
        case subject_kind::collection: return "collection";
        case subject_kind::attribute: return "attribute";
        case subject_kind::index: return "index";
        case subject_kind::permission: return "permission";
    }
    return "project";
}

inline constexpr std::uint32_t no_item = 0xFFFFFFFFU;

struct diagnostic {
    rule code = rule::id_empty;
    severity level = severity::error;
    subject_kind kind = subject_kind::project;
    std::uint32_t database = no_item;    // index into schema_view::databases
    std::uint32_t collection = no_item;  // index into schema_view::collections
    std::uint32_t item = no_item;        // index into attributes / indexes / permissions
    std::string_view database_id{};
    std::string_view collection_id{};
    std::string_view subject{};           // attribute/index key, permission text, or the ID itself
    std::string_view field{};             // the offending field: "default", "size", "twoWayKey", …
    std::uint32_t field_index = no_item;  // element of an array field (elements[i], attributes[i])
    detail::small_text<96> detail{};      // the offending value or the limit, for the message
    std::uint32_t line = 0;               // DSL: line of the declaration
    const char* file = nullptr;           // DSL: its header, as the compiler names it

    [[nodiscard]] constexpr const rule_info& about() const { return info(code); }
    [[nodiscard]] constexpr bool is_error() const { return level == severity::error; }
};

// Keeps the first N diagnostics and counts all of them. Usable at compile time and at run time.
template <std::size_t N>
struct diagnostic_list {
    diagnostic items[N > 0 ? N : 1]{};
    std::size_t stored = 0;
    std::size_t errors = 0;
    std::size_t warnings = 0;

    constexpr void add(const diagnostic& d) {
        if (d.level == severity::error) ++errors;
        else ++warnings;
        if (stored < N) items[stored++] = d;
    }
    [[nodiscard]] constexpr std::size_t total() const { return errors + warnings; }
    [[nodiscard]] constexpr bool ok() const { return errors == 0; }
    [[nodiscard]] constexpr const diagnostic* begin() const { return items; }
    [[nodiscard]] constexpr const diagnostic* end() const { return items + stored; }
    [[nodiscard]] constexpr const diagnostic* first_error() const {
        for (std::size_t i = 0; i < stored; ++i)
            if (items[i].is_error()) return &items[i];
        return nullptr;
    }
    [[nodiscard]] constexpr bool contains(rule r) const {
        for (std::size_t i = 0; i < stored; ++i)
            if (items[i].code == r) return true;
        return false;
    }
};

// Only the first error (and the counts): what a compile-time verdict needs. Strict sinks treat
// warnings as errors (valid_strict).
template <bool Strict = false>
struct first_finding_sink {
    diagnostic error{};
    bool found = false;
    std::size_t errors = 0;
    std::size_t warnings = 0;

    constexpr void add(const diagnostic& d) {
        const bool counts = Strict || d.level == severity::error;
        if (d.level == severity::error) ++errors;
        else ++warnings;
        if (counts && !found) {
            error = d;
            found = true;
        }
    }
};
using first_error_sink = first_finding_sink<false>;

}  // namespace appwrite::schema

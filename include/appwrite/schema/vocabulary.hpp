// The machinery of the closed vocabularies (kinds.hpp, accept_loss.hpp, diff/plan.hpp): a table per
// enum, and one way to spell a value or read a spelling back.
#pragma once

#include <optional>
#include <string_view>

namespace appwrite::schema {

// A vocabulary: `vocabulary<E>::rows` is a table whose rows carry `value` (the enum) and `name` (its
// config spelling); `vocabulary<E>::none` is the spelling of a value outside the table.
template <class E>
struct vocabulary;

template <class E>
constexpr const auto* row_of(E value) {
    for (const auto& row : vocabulary<E>::rows)
        if (row.value == value) return &row;
    return static_cast<decltype(&vocabulary<E>::rows[0])>(nullptr);
}

// The config spelling of `value` ("oneToMany", "fulltext", "enum", …).
template <class E>
constexpr std::string_view name_of(E value) {
    const auto* row = row_of(value);
    return row != nullptr ? row->name : vocabulary<E>::none;
}

// The DSL spelling of `value` (what `appwrite-schema import` writes: "aw::one_to_many", …).
template <class E>
constexpr std::string_view dsl_name_of(E value) {
    const auto* row = row_of(value);
    return row != nullptr ? row->dsl : std::string_view{};
}

// The value spelled `name` in the config, exactly (the server's whitelists are case-sensitive).
template <class E>
constexpr std::optional<E> from_name(std::string_view name) {
    for (const auto& row : vocabulary<E>::rows)
        if (row.name == name) return row.value;
    return std::nullopt;
}

// A row of the smaller vocabularies: the value, its config spelling and its DSL spelling.
template <class E>
struct spelling_row {
    E value;
    std::string_view name;
    std::string_view dsl;
};

}  // namespace appwrite::schema

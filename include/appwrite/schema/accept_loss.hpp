// Data loss the author means: a schema names the destructive changes it intends, and the migration
// plan (diff/plan.hpp) lets exactly those through `--fail-on destructive` (reference F.6: `appwrite
// push` deletes and recreates an attribute whose type, array, encrypt, format or relationship changes).
//
//   inline constexpr auto app = aw::project("app", "App", main_db)
//       .accept_data_loss(aw::loss::dropped_attribute("main", "users", "nickname"),
//                         aw::loss::recreated_attribute("main", "users", "age"));
//
// Database IDs are the schema's own (before any deploy-time mapping). Once deployed, remove the line:
// the diff reports acceptances that match no change.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include <appwrite/schema/vocabulary.hpp>

namespace appwrite::schema {

enum class loss_kind : std::uint8_t { dropped_database, dropped_collection, dropped_attribute, recreated_attribute };

// Spelled as the DSL's aw::loss:: functions, and so in `diff --accept KIND:…`.
template <>
struct vocabulary<loss_kind> {
    static constexpr std::string_view none = "dropped_attribute";
    static constexpr spelling_row<loss_kind> rows[] = {
        {loss_kind::dropped_database, "dropped_database", "aw::loss::dropped_database"},
        {loss_kind::dropped_collection, "dropped_collection", "aw::loss::dropped_collection"},
        {loss_kind::dropped_attribute, "dropped_attribute", "aw::loss::dropped_attribute"},
        {loss_kind::recreated_attribute, "recreated_attribute", "aw::loss::recreated_attribute"},
    };
};

struct accepted_loss {
    loss_kind kind = loss_kind::dropped_attribute;
    std::string_view database{};
    std::string_view collection{};  // empty for a database
    std::string_view key{};         // empty for a database or a collection
};

namespace loss {
constexpr accepted_loss dropped_database(std::string_view database) {
    return {loss_kind::dropped_database, database, {}, {}};
}
constexpr accepted_loss dropped_collection(std::string_view database, std::string_view collection) {
    return {loss_kind::dropped_collection, database, collection, {}};
}
constexpr accepted_loss dropped_attribute(std::string_view database, std::string_view collection,
                                          std::string_view key) {
    return {loss_kind::dropped_attribute, database, collection, key};
}
constexpr accepted_loss recreated_attribute(std::string_view database, std::string_view collection,
                                            std::string_view key) {
    return {loss_kind::recreated_attribute, database, collection, key};
}
}  // namespace loss

// What a project (or a database used as a schema) carries: a fixed number of acceptances, so the
// schema stays a literal type. 32 is far more than one migration needs.
struct loss_acceptances {
    static constexpr std::size_t capacity = 32;
    std::array<accepted_loss, capacity> items{};
    std::size_t count = 0;

    [[nodiscard]] constexpr std::span<const accepted_loss> view() const { return {items.data(), count}; }
    constexpr void add(const accepted_loss& a) {
        // More than `capacity` is a compile error in a constant expression (throw is not constant).
        if (count == capacity) throw "appwrite-schema: more than 32 accepted losses in one schema";
        items[count++] = a;
    }
};

// `schema` with `losses` accepted too: the accept_data_loss of databases and projects.
template <class Schema, class... Loss>
constexpr Schema with_accepted_losses(Schema schema, const Loss&... losses) {
    (schema.acceptances.add(losses), ...);
    return schema;
}

// Every schema's acceptances: none unless it says so.
template <class Schema>
constexpr std::span<const accepted_loss> accepted_losses_of(const Schema& s) {
    if constexpr (requires { s.acceptances.view(); }) return s.acceptances.view();
    else return {};
}

}  // namespace appwrite::schema

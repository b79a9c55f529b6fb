// Two versions of one schema for the migration tests: v1 was deployed (its config is the committed
// baseline, v1.appwrite.config.json); v2 changes it in every way the plan classifies (F.6).
#pragma once

// Laid out by hand, one part per line.
// clang-format off

#include <appwrite/schema.hpp>

namespace notes {
namespace aw = appwrite::schema;
using aw::role::users;

namespace v1 {
inline constexpr auto notes = aw::collection(
    "notes", "Notes", aw::permissions(aw::read(users()), aw::create(users())), aw::document_security{},
    aw::string("title", 100).required(),
    aw::string("body", 5000),
    aw::string("nickname", 64),
    aw::integer("stars").range(0, 5),
    aw::key_index("by_title", {"title"}));
inline constexpr auto archive = aw::collection("archive", "Archive", aw::permissions(aw::read(users())),
                                               aw::string("payload", 1000));
inline constexpr auto project = aw::project("notes", "Notes", aw::database("main", "Main", notes, archive));
}  // namespace v1

namespace v2 {
inline constexpr auto notes = aw::collection(
    "notes", "Notes", aw::permissions(aw::read(users()), aw::create(users())), aw::document_security{},
    aw::string("title", 200).required(),           // size: in place from CLI 24.1, recreated by CLI 12
    aw::string("text", 5000).renamed_from("body"), // rename (previousKey)
    aw::string("stars", 8),                        // integer -> string: recreated, data loss
    aw::boolean("pinned").default_value(false),    // new
    aw::key_index("by_title", {aw::desc("title")})); // orders changed: the index is recreated
    // nickname is gone: deleted, data loss; the archive collection is gone: deleted, data loss

inline constexpr auto database = aw::database("main", "Main", notes);

// Every loss accepted: the migration test passes.
inline constexpr auto accepted = aw::project("notes", "Notes", database)
    .accept_data_loss(aw::loss::recreated_attribute("main", "notes", "stars"),
                      aw::loss::dropped_attribute("main", "notes", "nickname"),
                      aw::loss::dropped_collection("main", "archive"));

// Nothing accepted: the migration test fails and prints the lines to add.
inline constexpr auto unaccepted = aw::project("notes", "Notes", database);

// For CLI 12 the title's size change and the rename lose data too.
inline constexpr auto accepted_for_cli_12 = accepted.for_target(aw::targets::server_1_8_cli_12);
}  // namespace v2

}  // namespace notes

// The consumer's schema.
#pragma once

// Laid out by hand, one part per line.
// clang-format off

#include <appwrite/schema.hpp>

namespace consumer {
namespace aw = appwrite::schema;

inline constexpr auto notes = aw::collection("notes", "Notes", aw::permissions(aw::read(aw::role::users())),
                                             aw::string("title", 128).required(), aw::text("body"),
                                             aw::fulltext_index("search", {"title"}));
inline constexpr auto project = aw::project("consumer", "Consumer", aw::database("main", "Main", notes));
static_assert(aw::valid<project>);
}  // namespace consumer

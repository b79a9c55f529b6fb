// Intrada — a music-practice app (shared/EXAMPLES.md §2): 4 collections, relationships, document
// security on every collection (each user sees their own documents).
#pragma once

// Laid out by hand, one part per line.
// clang-format off

#include <appwrite/schema.hpp>

namespace intrada {
namespace aw = appwrite::schema;
using aw::role::users;

inline constexpr auto user_access = aw::permissions(aw::read(users()), aw::create(users()), aw::update(users()),
                                                    aw::remove(users()));

inline constexpr auto goals = aw::collection(
    "goals", "Goals", user_access, aw::document_security{},
    aw::string("name", 255).required(),
    aw::string("description", 2000),
    aw::enumeration("status", {"not_started", "in_progress", "completed", "archived"}).default_value("not_started"),
    aw::datetime("target_date"),
    aw::integer("progress").range(0, 100).default_value(0),
    aw::string("user_id", 36).required(),
    aw::fulltext_index("name_fulltext", {"name"}),
    aw::key_index("user_status", {"user_id", "status"}));

inline constexpr auto studies = aw::collection(
    "studies", "Studies", user_access, aw::document_security{},
    aw::string("name", 255).required(),
    aw::string("composer", 255),
    aw::string("instructions", 5000),
    aw::integer("difficulty").range(1, 10),
    aw::integer("tempo_bpm").range(20, 400),
    aw::string("tags", 64).array(),
    aw::string("user_id", 36).required(),
    aw::fulltext_index("name_fulltext", {"name"}),
    aw::key_index("user_key", {"user_id"}));

inline constexpr auto sessions = aw::collection(
    "sessions", "Sessions", user_access, aw::document_security{},
    aw::datetime("started_at").required(),
    aw::datetime("ended_at"),
    aw::integer("duration_seconds").min(0),
    aw::string("notes", 2000),
    aw::enumeration("mood", {"great", "good", "ok", "tired"}),
    aw::string("user_id", 36).required(),
    aw::key_index("user_started", {"user_id", aw::desc("started_at")}));

// Both relationships put their child side, `study_sessions`, into different collections.
inline constexpr auto study_sessions = aw::collection(
    "study_sessions", "Study Sessions", user_access, aw::document_security{},
    aw::relationship("study", "studies", aw::many_to_one).two_way("study_sessions").on_delete(aw::cascade),
    aw::relationship("session", "sessions", aw::many_to_one).two_way("study_sessions").on_delete(aw::cascade),
    aw::integer("repetitions").min(0).default_value(0),
    aw::double_("score").range(0, 100),
    aw::string("user_id", 36).required(),
    aw::key_index("user_key", {"user_id"}));

inline constexpr auto database = aw::database("intrada_db", "Intrada Database", goals, studies, sessions, study_sessions);

// Deployed with CLI 12 to a 1.8 server: types they lack (varchar, text, bigint) would not compile.
inline constexpr auto project =
    aw::project("intrada", "Intrada", database).for_target(aw::targets::server_1_8_cli_12);

static_assert(aw::valid<project>);

}  // namespace intrada

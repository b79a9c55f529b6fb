// Intrada — a music-practice app (shared/EXAMPLES.md §2), declared the way the Rust tool it comes from
// declares it: the app's types are the collections (docs/documents.md). Four collections, two
// relationships, document security on every collection (each user sees their own documents). The
// emitted config is byte for byte the one of the DSL form (tests/golden/intrada.collections.json).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

#include <appwrite/schema.hpp>
#include <appwrite/schema/collection_from.hpp>

namespace intrada {
namespace aw = appwrite::schema;
using aw::role::users;
using timestamp = std::chrono::sys_seconds;

enum class goal_status { not_started, in_progress, completed, archived };
enum class mood { great, good, ok, tired };

struct PracticeGoal {
    aw::field::string<255> name;
    std::optional<aw::field::string<2000>> description;
    goal_status status = goal_status::not_started;
    std::optional<timestamp> target_date;
    std::int64_t progress = 0;
    aw::field::string<36> user_id;
};

struct Study {
    aw::field::string<255> name;
    std::optional<aw::field::string<255>> composer;
    std::optional<aw::field::string<5000>> instructions;
    std::optional<std::int64_t> difficulty;
    std::optional<std::int64_t> tempo_bpm;
    std::vector<aw::field::string<64>> tags;
    aw::field::string<36> user_id;
};

struct PracticeSession {
    timestamp started_at;
    std::optional<timestamp> ended_at;
    std::optional<std::int64_t> duration_seconds;
    std::optional<aw::field::string<2000>> notes;
    std::optional<intrada::mood> mood;
    aw::field::string<36> user_id;
};

// Both relationships put their child side, `study_sessions`, into different collections.
struct StudySession {
    std::optional<aw::field::relationship<"studies", aw::many_to_one>> study;
    std::optional<aw::field::relationship<"sessions", aw::many_to_one>> session;
    std::int64_t repetitions = 0;
    std::optional<double> score;
    aw::field::string<36> user_id;
};

inline constexpr auto user_access = aw::permissions(aw::read(users()), aw::create(users()), aw::update(users()),
                                                    aw::remove(users()));

inline constexpr auto goals = aw::collection_from<PracticeGoal>(
    "goals", "Goals", user_access, aw::document_security{},
    aw::member<&PracticeGoal::status>.default_value(goal_status::not_started),
    aw::member<&PracticeGoal::progress>.range(0, 100).default_value(0),
    aw::fulltext_index("name_fulltext", {"name"}), aw::key_index("user_status", {"user_id", "status"}));

inline constexpr auto studies = aw::collection_from<Study>(
    "studies", "Studies", user_access, aw::document_security{}, aw::member<&Study::difficulty>.range(1, 10),
    aw::member<&Study::tempo_bpm>.range(20, 400), aw::fulltext_index("name_fulltext", {"name"}),
    aw::key_index("user_key", {"user_id"}));

inline constexpr auto sessions = aw::collection_from<PracticeSession>(
    "sessions", "Sessions", user_access, aw::document_security{},
    aw::member<&PracticeSession::duration_seconds>.min(0),
    aw::key_index("user_started", {"user_id", aw::desc("started_at")}));

inline constexpr auto study_sessions = aw::collection_from<StudySession>(
    "study_sessions", "Study Sessions", user_access, aw::document_security{},
    aw::member<&StudySession::study>.two_way("study_sessions").on_delete(aw::cascade),
    aw::member<&StudySession::session>.two_way("study_sessions").on_delete(aw::cascade),
    aw::member<&StudySession::repetitions>.min(0).default_value(0), aw::member<&StudySession::score>.range(0, 100),
    aw::key_index("user_key", {"user_id"}));

inline constexpr auto database = aw::database("intrada_db", "Intrada Database", goals, studies, sessions, study_sessions);

// Deployed with CLI 12 to a 1.8 server: types they lack (varchar, text, bigint) would not compile.
inline constexpr auto project =
    aw::project("intrada", "Intrada", database).for_target(aw::targets::server_1_8_cli_12);

static_assert(aw::valid<project>);

}  // namespace intrada

// quixotic-whisper — a transcription backend (shared/EXAMPLES.md §3). One schema, three environments:
// the database is declared once as "main" and emitted as main-dev, main-staging and main-prod, each
// config with its own project ID and endpoint (see examples/CMakeLists.txt).
#pragma once

// Laid out by hand, one part per line.
// clang-format off

#include <appwrite/schema.hpp>

namespace quixotic_whisper {
namespace aw = appwrite::schema;

// Backend functions use an API key; clients only read their own documents (document security).
inline constexpr auto transcription_jobs = aw::collection(
    "transcription_jobs", "Transcription Jobs", aw::document_security{},
    aw::string("job_id", 36).required(),
    aw::string("user_id", 36).required(),
    aw::string("file_id", 36).required(),
    aw::string("filename", 255).required(),
    aw::enumeration("status", {"uploaded", "processing", "completed", "failed"}).default_value("uploaded"),
    aw::double_("estimated_cost").min(0),
    aw::double_("actual_cost").min(0),
    aw::string("transcription_text", 1000000),  // CLI 12 knows no longtext (reference G.4)
    aw::string("api_version", 8).default_value("v1"),
    aw::datetime("created_at").required(),
    aw::datetime("completed_at"),
    aw::key_index("idx_user", {"user_id"}),
    aw::key_index("idx_status", {"status"}),
    aw::unique_index("idx_job", {"job_id"}));

inline constexpr auto usage_logs = aw::collection(
    "usage_logs", "Usage Logs", aw::document_security{},
    aw::string("log_id", 36).required(),
    aw::string("user_id", 36).required(),
    aw::string("job_id", 36),
    aw::string("operation", 64).required(),
    aw::string("api_version", 8),
    aw::double_("cost"),
    aw::double_("credits_before"),
    aw::double_("credits_after"),
    aw::datetime("timestamp").required(),
    aw::key_index("idx_user_time", {"user_id", aw::desc("timestamp")}));

inline constexpr auto user_credits = aw::collection(
    "user_credits", "User Credits", aw::document_security{}, aw::permissions(aw::read(aw::role::users())),
    aw::string("user_id", 36).required(),
    aw::double_("credits").min(0).default_value(10),
    aw::integer("total_transcriptions").min(0).default_value(0),
    aw::double_("total_minutes_transcribed").min(0).default_value(0),
    aw::datetime("created_at").required(),
    aw::datetime("updated_at"),
    aw::unique_index("idx_user", {"user_id"}));

// Deployed with CLI 12 to a 1.8 server: types they lack (varchar, text, bigint) would not compile —
// which is why transcription_text is a string of 1,000,000 rather than a longtext.
inline constexpr auto project =
    aw::project("quixotic-whisper", "Quixotic Whisper",
                aw::database("main", "Main", transcription_jobs, usage_logs, user_credits))
        .for_target(aw::targets::server_1_8_cli_12);

static_assert(aw::valid<project>);

}  // namespace quixotic_whisper

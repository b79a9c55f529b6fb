// App code of quixotic-whisper's backend: the jobs still processing for a user, and a typed read of a
// user's credits (a double) from a document.
#include <cstdio>
#include <string>

#include <appwrite/schema/app.hpp>

#include "quixotic_whisper_schema.hpp"

namespace aw = appwrite::schema;

int main() {
    using jobs = aw::app::query<quixotic_whisper::transcription_jobs>;
    const std::string queries[] = {jobs::equal<"user_id">("u1"), jobs::equal<"status">("processing"),
                                   jobs::is_null<"completed_at">(), jobs::select<"job_id", "filename", "$createdAt">()};
    for (const auto& q : queries) std::printf("%s\n", q.c_str());

    const auto credits_doc = nlohmann::json::parse(R"({"user_id": "u1", "credits": 7.5, "total_transcriptions": 3})");
    const auto credits = aw::app::get<quixotic_whisper::user_credits, "credits">(credits_doc);
    const auto total = aw::app::get<quixotic_whisper::user_credits, "total_transcriptions">(credits_doc);
    std::printf("credits %.2f after %lld transcriptions\n", credits.value_or(0),
                static_cast<long long>(total.value_or(0)));
    return credits == 7.5 && total == 3 ? 0 : 1;
}

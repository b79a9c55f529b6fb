// App code of Intrada: documents built from the app's structs, validated before they are sent,
// written to JSON and read back; queries by member pointer and by key (a search over goal names is
// allowed because a fulltext index covers `name`). Exits non-zero if any step is not as expected.
#include <cstdio>
#include <string>

#include <appwrite/schema/app.hpp>

#include "intrada_schema.hpp"

namespace aw = appwrite::schema;
using namespace std::chrono_literals;

namespace {
int failures = 0;
void expect(bool ok, const char* what) {
    std::printf("%s: %s\n", ok ? "ok" : "FAILED", what);
    failures += ok ? 0 : 1;
}
}  // namespace

int main() {
    // A goal as the app holds it, validated, sent as JSON and read back.
    intrada::PracticeGoal goal{"Scales in thirds",
                               std::nullopt,
                               intrada::goal_status::in_progress,
                               intrada::timestamp{std::chrono::sys_days{2026y / 3 / 1}},
                               40,
                               "u1"};
    expect(aw::app::validate<intrada::goals>(goal).empty(), "a goal within the schema has no violations");
    const nlohmann::json sent = aw::app::to_document<intrada::goals>(goal);
    std::printf("%s\n", sent.dump().c_str());
    const auto back = aw::app::from_document<intrada::goals>(sent);
    expect(back.name == goal.name && back.status == goal.status && back.target_date == goal.target_date &&
               back.progress == 40,
           "the goal reads back from its JSON");

    // What the server would refuse is found before the request.
    goal.progress = 150;
    goal.name = std::string(300, 'x');
    const auto problems = aw::app::validate<intrada::goals>(goal);
    for (const auto& p : problems) std::printf("  %s: %s\n", p.key.c_str(), p.reason.c_str());
    expect(problems.size() == 2 && problems[0].key == "name" && problems[1].key == "progress",
           "an over-long name and a progress above 100 are reported");

    // A study session as the server returns it: relationships nested, system fields around.
    const auto returned = nlohmann::json::parse(R"json({
        "$id": "ss1", "$createdAt": "2026-03-01T09:30:00.000+00:00", "$updatedAt": "2026-03-01T09:30:00.000+00:00",
        "$permissions": ["read(\"user:u1\")"], "$collectionId": "study_sessions", "$databaseId": "intrada_db",
        "study": {"$id": "etude1", "name": "Etude"}, "session": "s1", "repetitions": 3, "score": 87.5,
        "user_id": "u1"
})json");
    const auto session = returned.get<aw::app::document<intrada::study_sessions>>();
expect(session.id == "ss1" && session.data.study && *session.data.study == "etude1" && session.data.repetitions == 3,
       "a study session reads with its related study's ID");
nlohmann::json wrong = returned;
wrong["repetitions"] = "three";
try {
    (void)aw::app::from_document<intrada::study_sessions>(wrong);
    expect(false, "a string for repetitions is refused");
} catch (const aw::app::document_error& e) {
    std::printf("  %s\n", e.what());
    expect(e.key() == "repetitions", "a string for repetitions is refused, naming the key");
}

// Queries: by member pointer (the value has the member's type) and by key.
using goals = aw::app::query<intrada::goals>;
using sessions = aw::app::query<intrada::sessions>;
const std::string queries[] = {goals::equal<&intrada::PracticeGoal::status>(intrada::goal_status::in_progress),
                               goals::search<"name">("scales"), goals::between<"progress">(10, 90),
                               sessions::equal<&intrada::PracticeSession::user_id>(std::string("u1")),
                               sessions::order_desc<&intrada::PracticeSession::started_at>()};
for (const auto& q : queries) std::printf("%s\n", q.c_str());
expect(queries[0] == R"({"method":"equal","attribute":"status","values":["in_progress"]})",
       "an enum query sends the enumerator's name");

const auto study = nlohmann::json::parse(R"({"name": "Etude", "tags": ["scales", "left hand"], "difficulty": 4})");
const auto tags = aw::app::get<intrada::studies, "tags">(study);
expect(tags && tags->size() == 2, "a typed read of a study's tags");
return failures == 0 ? 0 : 1;
}

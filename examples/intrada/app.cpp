// App code of Intrada: a user's recent practice sessions and a search over goal names (allowed
// because a fulltext index covers `name`), and a typed read of a study's tags.
#include <cstdio>
#include <string>

#include <appwrite/schema/app.hpp>

#include "intrada_schema.hpp"

namespace aw = appwrite::schema;

int main() {
    using sessions = aw::app::query<intrada::sessions>;
    using goals = aw::app::query<intrada::goals>;
    const std::string queries[] = {
        sessions::equal<"user_id">("u1"), sessions::greater_than_equal<"duration_seconds">(600),
        sessions::order_desc<"started_at">(), goals::search<"name">("scales"), goals::between<"progress">(10, 90)};
    for (const auto& q : queries) std::printf("%s\n", q.c_str());

    const auto study = nlohmann::json::parse(R"({"name": "Etude", "tags": ["scales", "left hand"], "difficulty": 4})");
    const auto tags = aw::app::get<intrada::studies, "tags">(study);
    const auto difficulty = aw::app::get<intrada::studies, "difficulty">(study);
    std::printf("%zu tags, difficulty %lld\n", tags ? tags->size() : 0,
                static_cast<long long>(difficulty.value_or(-1)));
    return tags && tags->size() == 2 && difficulty == 4 ? 0 : 1;
}

// App code of the DJAMMS jukebox: builds the queries its kiosk sends and reads a request document,
// with every key and value type checked against the schema at compile time.
#include <cstdio>
#include <string>

#include <appwrite/schema/app.hpp>

#include "djamms_schema.hpp"

namespace aw = appwrite::schema;
using requests = aw::app::query<djamms::requests>;

int main() {
    // The queue of a venue: queued requests, oldest first (an index covers venueId and status).
    const std::string queue[] = {requests::equal<"venueId">("venue-1"), requests::equal<"status">("queued"),
                                 requests::order_asc<"timestamp">(), requests::limit(50)};
    std::printf("GET /databases/%.*s/collections/%.*s/documents\n",
                static_cast<int>(djamms::database.databases[0].id.size()), djamms::database.databases[0].id.data(),
                static_cast<int>(aw::app::collection_id<djamms::requests>.size()),
                aw::app::collection_id<djamms::requests>.data());
    for (const auto& q : queue) std::printf("  queries[]=%s\n", q.c_str());

    const auto document = nlohmann::json::parse(R"({"$id": "r1", "requestId": "r1", "venueId": "venue-1",
        "song": "Blue in Green", "requesterId": "u7", "status": "queued", "timestamp": "2026-11-22T05:00:00.000+00:00",
        "paymentId": null})");
    const auto song = aw::app::get<djamms::requests, "song">(document);
    const auto payment = aw::app::get<djamms::requests, "paymentId">(document);
    std::printf("song: %s, paid: %s\n", song.value_or("?").c_str(), payment ? "yes" : "no");
    return song == std::optional<std::string>("Blue in Green") && !payment ? 0 : 1;
}

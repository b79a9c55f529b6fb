// DJAMMS — a venue jukebox (shared/EXAMPLES.md §1): 7 collections with per-collection permissions.
#pragma once

// Laid out by hand, one part per line.
// clang-format off

#include <appwrite/schema.hpp>

namespace djamms {
namespace aw = appwrite::schema;
using aw::role::any;
using aw::role::team;
using aw::role::users;

inline constexpr auto users_collection = aw::collection(
    "users", "Users",
    aw::permissions(aw::read(users()), aw::create(users()), aw::update(users(), team("admins")),
                    aw::remove(team("admins"))),
    aw::string("userId", 255).required(),
    aw::string("email", 255).required(),
    aw::enumeration("role", {"admin", "staff", "viewer"}).default_value("staff"),
    aw::boolean("autoplay").default_value(true),
    aw::string("venueId", 255),
    aw::datetime("createdAt").required(),
    aw::datetime("updatedAt"),
    aw::url("avatar_url"),
    aw::unique_index("email_unique", {"email"}),
    aw::key_index("userId_key", {"userId"}));

inline constexpr auto venues = aw::collection(
    "venues", "Venues",
    aw::permissions(aw::read(any()), aw::create(users()), aw::update(users(), team("admins")),
                    aw::remove(team("admins"))),
    aw::string("venueId", 255).required(),
    aw::string("name", 255).required(),
    aw::string("slug", 255).required(),
    aw::string("ownerId", 255).required(),
    aw::string("activePlayerInstanceId", 255),
    aw::datetime("createdAt").required(),
    aw::unique_index("slug_unique", {"slug"}),
    aw::key_index("ownerId_key", {"ownerId"}));

inline constexpr auto queues = aw::collection(
    "queues", "Queues",
    aw::permissions(aw::read(any()), aw::create(users()), aw::update(users()), aw::remove(team("admins"))),
    aw::string("venueId", 255).required(),
    aw::string("nowPlaying", 10000),
    aw::string("mainQueue", 100000).required(),
    aw::string("priorityQueue", 100000).required(),
    aw::datetime("createdAt").required(),
    aw::datetime("updatedAt"),
    aw::unique_index("venueId_unique", {"venueId"}));

inline constexpr auto players = aw::collection(
    "players", "Players",
    aw::permissions(aw::read(users()), aw::create(users()), aw::update(users()), aw::remove(users())),
    aw::string("playerId", 255).required(),
    aw::string("venueId", 255).required(),
    aw::string("deviceId", 255).required(),
    aw::enumeration("status", {"active", "idle", "offline"}).default_value("idle"),
    aw::integer("lastHeartbeat").required(),
    aw::integer("expiresAt").required(),
    aw::string("userAgent", 500).required(),
    aw::datetime("createdAt").required(),
    aw::key_index("venueId_key", {"venueId"}),
    aw::key_index("deviceId_key", {"deviceId"}));

// As published, magic links can be created by anyone: the permission_anonymous_write warning says so.
inline constexpr auto magic_links = aw::collection(
    "magicLinks", "Magic Links",
    aw::permissions(aw::read(team("admins")), aw::create(any()), aw::update(team("admins")),
                    aw::remove(team("admins"))),
    aw::string("email", 255).required(),
    aw::string("token", 255).required(),
    aw::url("redirectUrl").required(),
    aw::integer("expiresAt").required(),
    aw::boolean("used").default_value(false),
    aw::key_index("token_key", {"token"}),
    aw::key_index("email_key", {"email"}));

inline constexpr auto playlists = aw::collection(
    "playlists", "Playlists",
    aw::permissions(aw::read(users()), aw::create(users()), aw::update(users()), aw::remove(users())),
    aw::string("playlistId", 255).required(),
    aw::string("name", 255).required(),
    aw::string("description", 1000),
    aw::string("ownerId", 255).required(),
    aw::string("venueId", 255),
    aw::string("tracks", 100000).required(),
    aw::datetime("createdAt").required(),
    aw::datetime("updatedAt"),
    aw::key_index("ownerId_key", {"ownerId"}),
    aw::key_index("venueId_key", {"venueId"}));

// The kiosk creates requests anonymously on purpose (create any).
inline constexpr auto requests = aw::collection(
    "requests", "Requests",
    aw::permissions(aw::read(users()), aw::create(any()), aw::update(users()), aw::remove(team("admins"))),
    aw::string("requestId", 255).required(),
    aw::string("venueId", 255).required(),
    aw::string("song", 10000).required(),
    aw::string("requesterId", 255).required(),
    aw::string("paymentId", 255),
    aw::enumeration("status", {"queued", "playing", "completed", "cancelled"}).default_value("queued"),
    aw::datetime("timestamp").required(),
    aw::datetime("completedAt"),
    aw::datetime("cancelledAt"),
    aw::string("cancelReason", 500),
    aw::key_index("venueId_key", {"venueId"}),
    aw::key_index("requesterId_key", {"requesterId"}),
    aw::key_index("timestamp_key", {"timestamp"}),
    aw::key_index("status_key", {"status"}));

inline constexpr auto database = aw::database("djamms_production", "DJAMMS Production", users_collection, venues,
                                              queues, players, magic_links, playlists, requests);

// Deployed with CLI 12 to a 1.8 server: types they lack (varchar, text, bigint) would not compile.
inline constexpr auto project =
    aw::project("djamms", "DJAMMS", database).for_target(aw::targets::server_1_8_cli_12);

static_assert(aw::valid<project>);

}  // namespace djamms

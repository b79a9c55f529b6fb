// Server profiles: the database adapter decides several limits (reference 0.1). A profile is a plain
// value so the same rule functions serve every engine.
#pragma once

#include <cstdint>
#include <string_view>

namespace appwrite::schema {

// A version as one number: version(1, 9, 0) == 10900. 0 means "the newest".
constexpr std::uint32_t version(std::uint32_t major, std::uint32_t minor, std::uint32_t patch = 0) {
    return major * 10000 + minor * 100 + patch;
}

// A target version before a gate; 0 (the newest) never is.
constexpr bool older_than(std::uint32_t have, std::uint32_t need) { return have != 0 && have < need; }

// Version gates: the first server or CLI that knows a feature (F.6, G.4; CLI CHANGELOG).
// The CLI that updates attributes in place and renames with previousKey (24.1.0); older CLIs delete
// and recreate on most changes.
inline constexpr std::uint32_t first_in_place_cli = version(24, 1, 0);
// varchar/text/mediumtext/longtext, bigint and point/linestring/polygon.
inline constexpr std::uint32_t first_text_types_server = version(1, 9, 0);
inline constexpr std::uint32_t first_text_types_cli = version(13, 2, 0);
inline constexpr std::uint32_t first_bigint_server = version(1, 9, 5);
inline constexpr std::uint32_t first_bigint_cli = version(21, 0, 0);
inline constexpr std::uint32_t first_spatial_server = version(1, 8, 0);
// Inline creation (B.6): CLI 13.1 creates a new legacy collection with its attributes and indexes
// in one call, which servers from 1.9 take; only that path wants one order per index attribute.
inline constexpr std::uint32_t first_inline_create_cli = version(13, 1, 0);
inline constexpr std::uint32_t first_inline_create_server = version(1, 9, 0);
// The CLIs that validate the whole config against a strict schema on `push --all` (G.2): the
// TypeScript CLIs from 13; the Go CLIs (26 and later) do not (G.3). 0 (the newest, or unknown)
// counts as validating: the file may well be pushed by one of them.
inline constexpr std::uint32_t first_strict_config_cli = version(13, 0, 0);
inline constexpr std::uint32_t first_go_cli = version(26, 0, 0);
constexpr bool validates_config_strictly(std::uint32_t cli) {
    return cli == 0 || (cli >= first_strict_config_cli && cli < first_go_cli);
}
// The official Terraform provider's TablesDB resources need Appwrite 1.9.0 or later (its docs/index.md,
// "Compatibility", at 066dbb9bcfd0eed089b86c77394c5eb386ae012e).
inline constexpr std::uint32_t first_terraform_tablesdb_server = version(1, 9, 0);
// Team role dimensions (team:ID/ROLE) are Key(81) from server 1.9 (UDB 6), Key(36) on 1.8.x (D.1).
inline constexpr std::uint32_t first_long_team_role_server = version(1, 9, 0);
inline constexpr std::uint32_t short_team_role_length = 36;
// The first server that rejects indexes on array attributes (C.2.4); older ones created them.
inline constexpr std::uint32_t first_array_index_rejecting_server = version(1, 9, 0);

struct server_profile {
    std::string_view name{};
    // What the schema is deployed with (0 = newest): some types need newer servers or CLIs (F.6).
    std::uint32_t server_version = 0;
    std::uint32_t cli_version = 0;
    std::uint32_t max_id_length = 36;        // getMaxUIDLength
    std::uint32_t max_attributes = 1010;     // 1017 columns - 7 internal; 0 = unlimited
    std::uint32_t max_indexes = 58;          // 64 - 6 internal
    std::uint32_t row_width_limit = 65535;   // bytes; 0 = none (B.5)
    std::uint32_t max_index_length = 768;    // C.3 (767 with shared tables)
    bool reserved_index_names = true;        // `primary`, `_created_at`, … (A.3)
    bool spatial_attributes = true;          // B.4
    bool spatial_index_on_nullable = false;  // C.3 checkSpatialIndexes
    bool spatial_index_orders = true;        // C.3
    bool multiple_fulltext_indexes = true;   // C.3 checkMultipleFulltextIndexes
    bool identical_indexes = true;           // C.3 checkIdenticalIndexes
    std::int32_t datetime_min_year = 1000;   // 0.1 datetime min
    std::int32_t datetime_max_year = 9999;
    std::uint32_t team_role_max_length = 81;  // D.1 (team_role_length: 36 for servers before 1.9)
    bool array_indexes = false;               // C.2.4: rejected since server 1.9.0 (a warning for older targets)
    std::uint32_t point_width = 25;           // B.5 (Postgres 32)
};

// Deployment targets: the server and CLI a config is pushed with (reference 0, F.6, G.4).
struct deploy_target {
    std::uint32_t server_version = 0;
    std::uint32_t cli_version = 0;
};
namespace targets {
inline constexpr deploy_target latest{};
// Server 1.8.x with the CLI 12.0.1 that targets it: no varchar/text types, no bigint (F.6).
inline constexpr deploy_target server_1_8_cli_12{version(1, 8, 1), version(12, 0, 1)};
inline constexpr deploy_target server_1_9{version(1, 9, 6), 0};
}  // namespace targets

// The team role length a target takes: the engine's, but at most 36 before server 1.9 (D.1).
constexpr std::uint32_t team_role_length(const server_profile& p) {
    return older_than(p.server_version, first_long_team_role_server) && p.team_role_max_length > short_team_role_length
               ? short_team_role_length
               : p.team_role_max_length;
}

constexpr server_profile with_target(server_profile p, deploy_target t) {
    p.server_version = t.server_version;
    p.cli_version = t.cli_version;
    return p;
}

// MariaDB/MySQL, the default and the engine of every server before 1.9 (reference 0.1).
inline constexpr server_profile mariadb{.name = "mariadb"};

// MySQL: MariaDB's limits, but spatial indexes reject explicit orders (reference 0.1, MySQL.php).
inline constexpr server_profile mysql{.name = "mysql", .spatial_index_orders = false};

// PostgreSQL: MariaDB's limits, but spatial indexes accept nullable attributes and reject orders,
// and datetimes reach back to -4713 (reference 0.1).
inline constexpr server_profile postgresql{
    .name = "postgresql",
    .reserved_index_names = false,
    .spatial_index_on_nullable = true,
    .spatial_index_orders = false,
    .datetime_min_year = -4713,
    .point_width = 32,
};

// MongoDB: 255-char IDs, no column or width limit, no spatial types, one fulltext index, no
// identical indexes (reference 0.1).
inline constexpr server_profile mongodb{
    .name = "mongodb",
    .max_id_length = 255,
    .max_attributes = 0,
    .row_width_limit = 0,
    .max_index_length = 1024,
    .reserved_index_names = false,
    .spatial_attributes = false,
    .multiple_fulltext_indexes = false,
    .identical_indexes = false,
    .datetime_min_year = -9999,
};

// Portable: what deploys on every engine — MariaDB numbers plus Mongo's index restrictions; spatial
// attributes are not portable (reference 0.1, "Portable strict profile").
inline constexpr server_profile portable{
    .name = "portable",
    .spatial_attributes = false,
    .spatial_index_orders = false,
    .multiple_fulltext_indexes = false,
    .identical_indexes = false,
    .team_role_max_length = short_team_role_length,
};

// The profiles by the names tools take (`check --profile`), with the engines' other common names.
struct profile_name_row {
    std::string_view name;
    const server_profile* profile;
};
inline constexpr profile_name_row profile_names[] = {
    {"mariadb", &mariadb},     {"mysql", &mysql},     {"postgresql", &postgresql},
    {"postgres", &postgresql}, {"mongodb", &mongodb}, {"portable", &portable},
};
constexpr const server_profile* profile_named(std::string_view name) {
    for (const auto& row : profile_names)
        if (row.name == name) return row.profile;
    return nullptr;
}

}  // namespace appwrite::schema

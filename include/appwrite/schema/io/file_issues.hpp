// What can be wrong with a config file before any schema rule applies: its syntax and structure.
// Reported like rule findings (code, name, JSON path), never by crashing.
#pragma once

#include <cstdint>
#include <string_view>

#include <appwrite/schema/rule_catalogue.hpp>

// X(name, code, severity, message)
// clang-format off
#define APPWRITE_SCHEMA_FILE_ISSUES(X)                                                                               \
    X(unreadable, "AW001", error, "the file cannot be read")                                                        \
    X(not_json, "AW002", error, "the file is not JSON (YAML is not read by the Appwrite CLI)")                     \
    X(byte_order_mark, "AW003", warning,                                                                            \
      "the file starts with a UTF-8 byte order mark, which the Appwrite CLI's JSON parser rejects")                 \
    X(missing_field, "AW004", error, "a required field is missing")                                                 \
    X(wrong_field_type, "AW005", error, "a field has the wrong JSON type")                                          \
    X(include_failed, "AW006", error, "an `includes` file cannot be read or is not a JSON array")                  \
    X(database_not_declared, "AW007", warning,                                                                      \
      "a collection names a database the file does not list (old CLIs did not write `databases`)")                  \
    X(legacy_permissions, "AW008", warning,                                                                         \
      "`$read`/`$write` are pre-1.0 permissions: the server wants `$permissions` entries like read(\"any\")")       \
    X(described_twice, "AW010", warning,                                                                            \
      "the same collection is in both `collections` and `tables`: each description is checked")                     \
    X(not_a_config, "AW011", error,                                                                                 \
      "the file is not an Appwrite config: a JSON object with databases, tablesDB, collections or tables")           \
    X(strict_schema_key, "AW009", warning,                                                                          \
      "a key the config format does not have here: CLI 13 to 25 reject the file on `push --all`")                  \
    X(required_default_absent, "AW012", warning,                                                                    \
      "a required attribute without \"default\": null: CLI 13 to 25 reject it on `push --all` (absent is not null)") \
    X(settings_unusable, "AW013", error,                                                                            \
      "the check settings for this config cannot be used: the config is not checked")

// clang-format on

namespace appwrite::schema::io {

enum class file_issue : std::uint8_t {
#define APPWRITE_SCHEMA_X(name, code, sev, message) name,
    APPWRITE_SCHEMA_FILE_ISSUES(APPWRITE_SCHEMA_X)
#undef APPWRITE_SCHEMA_X
};

struct file_issue_info {
    file_issue id;
    std::string_view name;
    std::string_view code;
    severity level;
    std::string_view message;
};

inline constexpr file_issue_info file_issue_catalogue[] = {
#define APPWRITE_SCHEMA_X(name, code, sev, message) \
    file_issue_info{file_issue::name, #name, code, severity::sev, message},
    APPWRITE_SCHEMA_FILE_ISSUES(APPWRITE_SCHEMA_X)
#undef APPWRITE_SCHEMA_X
};

constexpr const file_issue_info& info(file_issue i) { return file_issue_catalogue[static_cast<std::size_t>(i)]; }

}  // namespace appwrite::schema::io

// The rule catalogue: the rows are in rule_catalogue.def (one X(name, code, section, severity,
// message) per line, also read by tests/CMakeLists.txt); this header turns them into the `rule` enum
// and the rule_catalogue table, validate.hpp into one error type per rule, so a rule cannot exist in
// one place and be missing in another.
//
// Expanding the rows (the .def calls X; X is mapped to APPWRITE_SCHEMA_X only around the include,
// so a user's own X macro is neither used nor lost):
//   #pragma push_macro("X")
//   #undef X
//   #define X APPWRITE_SCHEMA_X
//   #define APPWRITE_SCHEMA_X(name, code, section, sev, message) ...
//   #include <appwrite/schema/rule_catalogue.def>
//   #undef APPWRITE_SCHEMA_X
//   #undef X
//   #pragma pop_macro("X")
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace appwrite::schema {

enum class severity : std::uint8_t { error, warning };

enum class rule : std::uint16_t {
#pragma push_macro("X")
#undef X
#define X APPWRITE_SCHEMA_X
#define APPWRITE_SCHEMA_X(name, code, section, sev, message) name,
#include <appwrite/schema/rule_catalogue.def>
#undef APPWRITE_SCHEMA_X
#undef X
#pragma pop_macro("X")
};

struct rule_info {
    rule id;
    std::string_view name;
    std::string_view code;
    std::string_view section;
    severity level;
    std::string_view message;
};

inline constexpr rule_info rule_catalogue[] = {
#pragma push_macro("X")
#undef X
#define X APPWRITE_SCHEMA_X
#define APPWRITE_SCHEMA_X(name, code, section, sev, message) \
    rule_info{rule::name, #name, code, section, severity::sev, message},
#include <appwrite/schema/rule_catalogue.def>
#undef APPWRITE_SCHEMA_X
#undef X
#pragma pop_macro("X")
};

constexpr const rule_info& info(rule r) { return rule_catalogue[static_cast<std::size_t>(r)]; }

}  // namespace appwrite::schema

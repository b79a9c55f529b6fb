// An ID or key together with the line of the user's header that wrote it. The conversion from a
// string literal takes __builtin_LINE() as a default argument, which is evaluated at the call site:
// every DSL declaration records its own line, so errors can point at it.
#pragma once

#include <cstdint>
#include <string_view>

namespace appwrite::schema {

struct located {
    std::string_view text;
    std::uint32_t line;

    // NOLINTNEXTLINE(google-explicit-constructor): implicit on purpose, see above
    constexpr located(const char* s, std::uint32_t l = __builtin_LINE()) : text(s), line(l) {}
    // NOLINTNEXTLINE(google-explicit-constructor)
    constexpr located(std::string_view s, std::uint32_t l = __builtin_LINE()) : text(s), line(l) {}
};

}  // namespace appwrite::schema

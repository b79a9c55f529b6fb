// An ID or key together with the file and line of the user's header that wrote it. The conversion
// from a string literal takes __builtin_FILE() and __builtin_LINE() as default arguments, which are
// evaluated at the call site: every DSL declaration records where it was written, so errors can
// point at it.
#pragma once

#include <cstdint>
#include <string_view>

namespace appwrite::schema {

struct located {
    std::string_view text;
    std::uint32_t line;
    const char* file;

    // NOLINTNEXTLINE(google-explicit-constructor): implicit on purpose, see above
    constexpr located(const char* s, std::uint32_t l = __builtin_LINE(), const char* f = __builtin_FILE())
        : text(s), line(l), file(f) {}
    // NOLINTNEXTLINE(google-explicit-constructor)
    constexpr located(std::string_view s, std::uint32_t l = __builtin_LINE(), const char* f = __builtin_FILE())
        : text(s), line(l), file(f) {}
};

}  // namespace appwrite::schema

// Exact-size compile-time strings. They exist for one job: carrying the IDs of an offending
// schema element into the *name* of an error type, so the compiler prints them (DESIGN §4).
#pragma once

#include <cstddef>
#include <string_view>

namespace appwrite::schema {

// A string of exactly N characters usable as a non-type template argument.
template <std::size_t N>
struct fixed_string {
    char data[N + 1]{};

    constexpr fixed_string() = default;
    constexpr fixed_string(const char (&s)[N + 1]) {  // NOLINT: implicit from literals on purpose
        for (std::size_t i = 0; i < N; ++i) data[i] = s[i];
        data[N] = '\0';
    }
    // The terminator is written explicitly: clang prints a char array as a string only when every
    // element was initialized, and otherwise falls back to a list of integers.
    constexpr explicit fixed_string(std::string_view s) {
        for (std::size_t i = 0; i < N && i < s.size(); ++i) data[i] = s[i];
        data[N] = '\0';
    }
    [[nodiscard]] constexpr std::string_view view() const { return {data, N}; }
    [[nodiscard]] static constexpr std::size_t size() { return N; }
};

template <std::size_t M>
fixed_string(const char (&)[M]) -> fixed_string<M - 1>;

// The string_view must be a constant expression whose size is N.
template <std::size_t N>
constexpr fixed_string<N> make_fixed_string(std::string_view s) {
    return fixed_string<N>{s};
}

// Characters as a pack: clang < 15 prints class-type template arguments as integer arrays, but
// prints a char pack as 'u', 's', ... (DESIGN §4), which still names the ID in the error.
template <char... Cs>
struct chars {};

}  // namespace appwrite::schema

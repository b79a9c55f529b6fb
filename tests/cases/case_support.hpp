// Support for the rule cases: every rule has a minimal schema that breaks it (bad_<rule>, with the
// subject the diagnostic must name) and a neighbouring schema that passes (good_<rule>). The same
// cases feed the value-level tests (tests/rules) and the compile-fail tests (tests/compile_fail),
// and tests/CMakeLists.txt reads the AW_BAD lines to know which ID each compile error must name.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

#include <appwrite/schema.hpp>

namespace cases {
namespace aw = appwrite::schema;
using namespace aw::role;

// A project with one database "db" holding one collection "coll" made of `parts`.
template <class... Parts>
constexpr auto single(const Parts&... parts) {
    return aw::project("proj", "Project", aw::database("db", "Database", aw::collection("coll", "Collection", parts...)));
}

// A copy of a DSL project with some records changed: reaches what the typed DSL cannot express
// (the shapes only files can have), through the same view and the same rules.
template <class Project, class Edit>
constexpr Project edited(Project p, Edit edit) {
    edit(p);
    return p;
}

// N distinct keys "k0000", "k0001", … with static storage, for generated large cases.
template <std::size_t N>
struct numbered_keys {
    std::array<std::array<char, 8>, N> storage{};
    constexpr numbered_keys(char prefix) {
        for (std::size_t i = 0; i < N; ++i) {
            storage[i][0] = prefix;
            std::size_t v = i;
            for (std::size_t d = 4; d >= 1; --d) {
                storage[i][d] = static_cast<char>('0' + v % 10);
                v /= 10;
            }
        }
    }
    [[nodiscard]] constexpr std::string_view operator[](std::size_t i) const { return {storage[i].data(), 5}; }
};

// A string of N characters with static storage (long defaults, names, enum elements).
template <std::size_t N>
struct long_text {
    std::array<char, N + 1> storage{};
    constexpr explicit long_text(char c) {
        for (std::size_t i = 0; i < N; ++i) storage[i] = c;
    }
    [[nodiscard]] constexpr std::string_view view() const { return {storage.data(), N}; }
};

// The diagnostics of a case, compared with what it must report.
template <const auto& Schema>
constexpr bool reports_only(aw::rule expected, std::string_view subject) {
    const auto found = aw::diagnose<Schema, 8>();
    const bool warning = aw::info(expected).level == aw::severity::warning;
    if (warning ? (found.errors != 0 || found.warnings != 1) : found.errors != 1) return false;
    for (const auto& d : found)
        if (d.code == expected) return d.subject == subject;
    return false;
}
template <const auto& Schema>
constexpr bool clean() {
    return aw::diagnose<Schema, 8>().total() == 0;
}

}  // namespace cases

// AW_BAD(rule, "subject", schema): the schema reports exactly `rule`, naming `subject`.
#define AW_BAD(rule_name, subject, ...)                                            \
    namespace cases {                                                              \
    inline constexpr auto bad_##rule_name = __VA_ARGS__;                           \
    inline constexpr std::string_view bad_##rule_name##_subject = subject;         \
    }
// AW_GOOD(rule, schema): the closest schema that passes every rule.
#define AW_GOOD(rule_name, ...) \
    namespace cases {           \
    inline constexpr auto good_##rule_name = __VA_ARGS__; \
    }

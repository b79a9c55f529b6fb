// Diagnostics as data: for every rule of the catalogue, its bad case reports exactly that rule
// naming the expected subject, and its good neighbour reports nothing. A rule without cases does
// not compile (bad_<rule> / good_<rule> would be undeclared).
//
// Built twice (tests/CMakeLists.txt): rule_cases_test with CATCH_CONFIG_RUNTIME_STATIC_REQUIRE, where
// STATIC_REQUIRE is REQUIRE and a wrong case fails its own test case at run time; and
// rule_cases_static_test, where STATIC_REQUIRE is a static_assert, built by the test rules.static.build.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "cases/all.hpp"

#define X(name, code, section, sev, message)                                                                    \
    TEST_CASE(code " " #name " (" section ")", "[rules]") {                                                     \
        STATIC_REQUIRE(                                                                                         \
            cases::reports_only<cases::bad_##name>(appwrite::schema::rule::name, cases::bad_##name##_subject)); \
        STATIC_REQUIRE(cases::clean<cases::good_##name>());                                                     \
    }
#include <appwrite/schema/rule_catalogue.def>
#undef X

// Version-gated levels, the same in C++ as from a file (check --server): an index on an array
// attribute deploys on servers before 1.9 (a warning of what an upgrade breaks), not from 1.9 (C.2.4).
namespace cases {
inline constexpr auto array_index_for_1_8 = bad_index_on_array.for_target(aw::targets::server_1_8_cli_12);
inline constexpr auto array_index_for_1_9 = bad_index_on_array.for_target(aw::targets::server_1_9);
}  // namespace cases
TEST_CASE("AW406 index_on_array is a warning for servers before 1.9, an error from 1.9 (C.2.4)", "[rules]") {
    namespace aw = appwrite::schema;
    constexpr auto old_server = aw::diagnose<cases::array_index_for_1_8, 8>();
    STATIC_REQUIRE(old_server.errors == 0);
    STATIC_REQUIRE(old_server.warnings == 1);
    STATIC_REQUIRE(cases::reports_only<cases::array_index_for_1_9>(aw::rule::index_on_array, "by_tags"));
}

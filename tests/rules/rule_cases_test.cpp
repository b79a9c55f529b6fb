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

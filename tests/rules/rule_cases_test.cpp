// Diagnostics as data: for every rule of the catalogue, its bad case reports exactly that rule
// naming the expected subject, and its good neighbour reports nothing. A rule without cases does
// not compile (bad_<rule> / good_<rule> would be undeclared).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "cases/all.hpp"

#define APPWRITE_SCHEMA_X(name, code, section, sev, message)                                      \
    TEST_CASE(code " " #name " (" section ")", "[rules]") {                                     \
        STATIC_REQUIRE(cases::reports_only<cases::bad_##name>(appwrite::schema::rule::name,      \
                                                              cases::bad_##name##_subject));      \
        STATIC_REQUIRE(cases::clean<cases::good_##name>());                                       \
    }
APPWRITE_SCHEMA_RULES(APPWRITE_SCHEMA_X)
#undef APPWRITE_SCHEMA_X

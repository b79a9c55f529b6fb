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

// An index naming the child side of a two-way relationship: the server created that attribute in the
// related collection, and refuses the index because it is a relationship (AW405), not because the
// attribute is missing (AW403). The server creates the child side of a one-way relationship too (its
// key must be free, B.3), so the same holds there; a key no relationship creates is missing.
namespace cases {
inline constexpr auto child_side_index = aw::project(
    "proj", "Project",
    aw::database(
        "db", "Database",
        aw::collection("posts", "Posts", aw::relationship("author", "authors", aw::many_to_one).two_way_key("posts")),
        aw::collection("authors", "Authors", aw::string("name", 20), aw::key_index("by_post", {"Posts"}))));
inline constexpr auto default_child_side_index = aw::project(
    "proj", "Project",
    aw::database("db", "Database",
                 aw::collection("posts", "Posts", aw::relationship("author", "authors", aw::many_to_one).two_way()),
                 aw::collection("authors", "Authors", aw::string("name", 20), aw::key_index("by_post", {"posts"}))));
inline constexpr auto one_way_child_index = aw::project(
    "proj", "Project",
    aw::database("db", "Database",
                 aw::collection("posts", "Posts", aw::relationship("author", "authors", aw::many_to_one)),
                 aw::collection("authors", "Authors", aw::string("name", 20), aw::key_index("by_post", {"posts"}))));
inline constexpr auto not_a_child_index = aw::project(
    "proj", "Project",
    aw::database(
        "db", "Database",
        aw::collection("posts", "Posts", aw::relationship("author", "authors", aw::many_to_one).two_way_key("posts")),
        aw::collection("authors", "Authors", aw::string("name", 20), aw::key_index("by_post", {"post"}))));
}  // namespace cases
TEST_CASE("AW405 index_on_relationship for the child side of a two-way relationship, not AW403 (C.2, B.3)", "[rules]") {
    namespace aw = appwrite::schema;
    STATIC_REQUIRE(cases::reports_only<cases::child_side_index>(aw::rule::index_on_relationship, "by_post"));
    STATIC_REQUIRE(cases::reports_only<cases::default_child_side_index>(aw::rule::index_on_relationship, "by_post"));
    STATIC_REQUIRE(cases::reports_only<cases::one_way_child_index>(aw::rule::index_on_relationship, "by_post"));
    STATIC_REQUIRE(cases::reports_only<cases::not_a_child_index>(aw::rule::index_attribute_missing, "by_post"));
}

// A collection too large for one constant evaluation is checked in parts (rules.hpp,
// check_collection_part); the parts must find what the whole scope finds (run_rules, as the file
// checker runs it), in the same order: one mistake for each kind of part.
namespace cases {
inline constexpr auto split_collection = aw::project(
    "proj", "Project",
    aw::database("db", "Database",
                 flags_collection("coll", std::make_index_sequence<300>{}, aw::string("_bad", 10),
                                  aw::string("F0001", 10), aw::string("zero", 0),
                                  aw::enumeration("e", {"a", "b", "a", "b"}),
                                  aw::key_index("by_missing", {"nothere"}),
                                  aw::key_index("by_twice", {"f0000", "F0000"}),
                                  aw::permissions(aw::permission("read(\"*\")")))));
}  // namespace cases
TEST_CASE("a collection checked in parts reports what its whole scope reports, in order", "[rules]") {
    namespace aw = appwrite::schema;
    constexpr const auto& p = cases::split_collection;
    STATIC_REQUIRE(aw::collection_part_count(p.view(), 0) > 3);
    constexpr auto parts = aw::diagnose<p, 32>();
    aw::diagnostic_list<32> whole;
    aw::run_rules(p.view(), p.profile(), whole);
    REQUIRE(parts.stored == 8);
    REQUIRE(whole.stored == parts.stored);
    for (std::size_t i = 0; i < whole.stored; ++i) {
        CAPTURE(i, aw::info(whole.items[i].code).name, whole.items[i].subject);
        CHECK(parts.items[i].code == whole.items[i].code);
        CHECK(parts.items[i].subject == whole.items[i].subject);
        CHECK(parts.items[i].field_index == whole.items[i].field_index);
    }
    // The enum's repeats in the order they were declared: "a" (element 2), then "b" (element 3).
    std::vector<std::uint32_t> repeats;
    for (const auto& d : parts)
        if (d.code == aw::rule::duplicate_enum_element) repeats.push_back(d.field_index);
    CHECK(repeats == std::vector<std::uint32_t>{2, 3});
}

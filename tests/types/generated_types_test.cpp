// The header `appwrite-schema types` writes for tests/types/awkward.json (at build time), used as an
// app uses it: IDs, keys and enum elements that are no C++ names, every member kind, the key
// constants, documents through nlohmann's to_json / from_json, and validation.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "awkward_types.hpp"

#include <appwrite/schema/emit.hpp>

namespace aw = appwrite::schema;
using namespace std::chrono_literals;

namespace {
awkward::StudySessions sample() {
    awkward::StudySessions s;
    s.first_name = "Ada";
    s.status = awkward::StudySessionsStatus::c_1st;
    s.StudySessions_2 = true;
    s.count = 3;
    s.big = aw::field::bigint(9'000'000'000'000LL);
    s.started = std::chrono::sys_days{std::chrono::year{2026} / 12 / 7} + 9h + 30min;
    s.tags = {aw::field::string<20>("scales"), aw::field::string<20>("etudes")};
    s.location = {13.4, 52.5};
    s.route = aw::field::linestring{{0, 0}, {1, 1}};
    s.area = aw::field::polygon{{{0, 0}, {0, 1}, {1, 1}, {0, 0}}};
    s.goal = aw::field::relationship<"goals", aw::many_to_one>("g1");
    return s;
}
}  // namespace

TEST_CASE("generated names: structs, members and enumerators from IDs, keys and elements", "[documents]") {
    // Keys that are no C++ names are kept by the key constants and the derived attributes.
    CHECK(awkward::study_sessions_keys::first_name == "first-name");
    CHECK(awkward::study_sessions_keys::StudySessions_2 == "StudySessions");  // a member may not be named as its struct
    CHECK(awkward::study_sessions.collections[0].id == "study-sessions");
    // Names the header itself uses (std, a keyword) are never a member's or a collection's.
    CHECK(awkward::goals_keys::std_2 == "std");
    CHECK(awkward::goals_keys::class_ == "class");
    CHECK(awkward::std_2.collections[0].id == "std");
    CHECK(awkward::study_sessions.attributes[0].key == "first-name");
    CHECK(awkward::study_sessions.attributes[2].key == "StudySessions");
    const auto& names = aw::reflect::enumerator_names<awkward::StudySessionsStatus>;
    REQUIRE(names.size() == 4);
    CHECK(names[0] == "in-progress");
    CHECK(names[2] == "1st");
    CHECK(names[3] == "delete");
}

TEST_CASE("generated collections keep required, defaults, bounds, encryption and both relationship sides",
          "[documents]") {
    const auto& c = awkward::study_sessions;
    auto attribute = [&](std::string_view key) -> const aw::attribute_record& {
        for (const auto& a : c.attributes)
            if (a.key == key) return a;
        FAIL("no attribute " << key);
        return c.attributes[0];
    };
    CHECK(attribute("first-name").required);
    CHECK_FALSE(attribute("status").required);
    CHECK(attribute("status").default_value.text == "in-progress");
    CHECK(attribute("tags").array);
    CHECK(attribute("tags").required);  // an array the config says is required
    CHECK(attribute("count").max.integer == 10);
    CHECK(attribute("ratio").default_value.number == 0.5);
    CHECK(attribute("secret").encrypt);
    CHECK(attribute("location").type == aw::attribute_type::point);
    CHECK(attribute("location").required);
    // The child side the config lists under goals has no member: the parent's two-way member makes it.
    const auto config = nlohmann::json::parse(aw::emit::config<awkward::project>());
    const auto& goals = config["collections"][0];
    REQUIRE(goals["$id"] == "goals");
    REQUIRE(goals["attributes"].size() == 4);
    CHECK(goals["attributes"][3]["key"] == "sessions");
    CHECK(goals["attributes"][3]["side"] == "child");
}

TEST_CASE("generated structs convert to and from documents with nlohmann's get and assignment", "[documents]") {
    const auto s = sample();
    const nlohmann::json j = s;
    CHECK(j["first-name"] == "Ada");
    CHECK(j["status"] == "1st");
    CHECK(j["StudySessions"] == true);
    CHECK(j["big"] == 9'000'000'000'000LL);
    CHECK(j["started"] == "2026-12-07T09:30:00.000+00:00");
    CHECK(j["location"] == nlohmann::json::array({13.4, 52.5}));
    CHECK(j["route"] == nlohmann::json::parse("[[0.0, 0.0], [1.0, 1.0]]"));
    CHECK(j["area"] == nlohmann::json::parse("[[[0.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.0, 0.0]]]"));
    CHECK(j["ratio"].is_null());
    CHECK(j["goal"] == "g1");
    const auto back = j.get<awkward::StudySessions>();
    CHECK(nlohmann::json(back) == j);
    CHECK(back.location == aw::field::point{13.4, 52.5});
    REQUIRE(back.area.has_value());
    CHECK(back.area->front().size() == 4);

    // A nested related document, as the server returns one, is read as its ID.
    auto nested = j;
    nested["goal"] = {{"$id", "g2"}, {"title", "Play Bach"}};
    CHECK(*nested.get<awkward::StudySessions>().goal == "g2");
}

TEST_CASE("reading a generated struct from a document that does not fit names the key", "[documents]") {
    auto j = nlohmann::json(sample());
    auto error_of = [](const nlohmann::json& doc) -> std::string {
        try {
            (void)doc.get<awkward::StudySessions>();
        } catch (const aw::app::document_error& e) {
            return e.key() + ": " + e.reason();
        }
        return "no error";
    };
    auto with = [&](const char* key, nlohmann::json value) {
        auto doc = j;
        doc[key] = std::move(value);
        return error_of(doc);
    };
    CHECK(with("location", "POINT(1 2)") == "location: expected a point [x, y] of two numbers, got a string");
    CHECK(with("area", nlohmann::json::parse("[[[0, 0], [1]]]")) ==
          "area[0][1]: expected a point [x, y] of two numbers, got an array");
    CHECK(with("status", "in_progress") == "status: \"in_progress\" is not one of in-progress, done, 1st, delete");
    CHECK(with("count", 1.5) == "count: expected an integer, got a number");
    auto missing = j;
    missing.erase("first-name");
    CHECK(error_of(missing) == "first-name: missing, but the member is not a std::optional");
}

TEST_CASE("validating a generated struct by the server's document rules", "[documents]") {
    CHECK(aw::app::validate<awkward::study_sessions>(sample()).empty());
    auto s = sample();
    s.count = 11;                                           // max 10
    s.location = {200, 0};                                  // longitude beyond 180
    s.area = aw::field::polygon{{{0, 0}, {0, 1}, {1, 1}}};  // not closed, 3 points
    s.first_name = std::string(101, 'x');                   // size 100
    const auto problems = aw::app::validate<awkward::study_sessions>(s);
    using kind = aw::app::violation_kind;
    std::vector<std::pair<std::string, kind>> seen;
    for (const auto& p : problems) seen.emplace_back(p.key, p.kind);
    const std::vector<std::pair<std::string, kind>> expected{{"first-name", kind::too_long},
                                                             {"count", kind::out_of_range},
                                                             {"location", kind::invalid_geometry},
                                                             {"area", kind::invalid_geometry}};
    CHECK(seen == expected);
}

// Structs adapted with Boost.Hana (issue 12): read through Hana's accessors, so a struct with a
// constructor (no aggregate) is a collection too, and a BOOST_HANA_DEFINE_STRUCT one reads the same.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <boost/hana/adapt_struct.hpp>
#include <boost/hana/define_struct.hpp>

#include <appwrite/schema/reflect/hana_struct.hpp>

#include <appwrite/schema.hpp>
#include <appwrite/schema/app.hpp>
#include <appwrite/schema/collection_from.hpp>
#include <appwrite/schema/emit.hpp>

namespace aw = appwrite::schema;

namespace hana_app {
enum class level { low, high };

// Not an aggregate: a user-declared constructor. Only Hana can list its members.
struct goal {
    goal() = default;
    explicit goal(std::string t) : title(std::move(t)) {}
    aw::field::string<100> title;
    std::optional<std::int64_t> minutes;
    level priority = level::low;
    std::vector<aw::field::string<20>> tags;
};
}  // namespace hana_app
BOOST_HANA_ADAPT_STRUCT(hana_app::goal, title, minutes, priority, tags);

namespace hana_app {
struct note {
    BOOST_HANA_DEFINE_STRUCT(note, (aw::field::text, body), (bool, pinned));
};

inline constexpr auto goals = aw::collection_from<goal>("goals", "Goals", aw::member<&goal::minutes>.range(0, 600),
                                                        aw::key_index("by_title", {"title"}));
inline constexpr auto notes = aw::collection_from<note>("notes", "Notes");
inline constexpr auto goals_dsl = aw::collection("goals", "Goals", aw::string("title", 100).required(),
                                                 aw::integer("minutes").range(0, 600),
                                                 aw::enumeration("priority", {"low", "high"}).required(),
                                                 aw::string("tags", 20).array(), aw::key_index("by_title", {"title"}));
inline constexpr auto notes_dsl = aw::collection("notes", "Notes", aw::text("body").required(),
                                                 aw::boolean("pinned").required());
inline constexpr auto project = aw::project("hana", "Hana", aw::database("main", "Main", goals, notes));
inline constexpr auto project_dsl = aw::project("hana", "Hana", aw::database("main", "Main", goals_dsl, notes_dsl));
static_assert(aw::valid<project>);
}  // namespace hana_app

TEST_CASE("Hana-adapted structs: names, count and the collection they derive", "[documents]") {
    CHECK(aw::reflect::member_names<hana_app::goal>.size() == 4);
    CHECK(aw::reflect::member_names<hana_app::goal>[3] == "tags");
    CHECK(aw::reflect::member_names<hana_app::note>[1] == "pinned");
    CHECK(aw::emit::config<hana_app::project>() == aw::emit::config<hana_app::project_dsl>());
}

TEST_CASE("Hana-adapted structs: documents, validation and queries", "[documents]") {
    hana_app::goal g("Scales");
    g.minutes = 700;
    g.priority = hana_app::level::high;
    const auto j = aw::app::to_document<hana_app::goals>(g);
    CHECK(j == nlohmann::json::parse(R"({"title": "Scales", "minutes": 700, "priority": "high", "tags": []})"));
    const auto back = aw::app::from_document<hana_app::goals>(j);
    CHECK(back.title == "Scales");
    CHECK(back.priority == hana_app::level::high);
    const auto problems = aw::app::validate<hana_app::goals>(g);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].key == "minutes");
    CHECK(aw::app::query<hana_app::goals>::equal<&hana_app::goal::priority>(hana_app::level::low) ==
          R"({"method":"equal","attribute":"priority","values":["low"]})");
}

// Collections derived from structs, their documents and run-time validation (issue 12). Names and
// types are worked out at compile time, but compared with CHECK: a wrong one fails its own test, not
// the build.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <appwrite/schema.hpp>
#include <appwrite/schema/app.hpp>
#include <appwrite/schema/collection_from.hpp>
#include <appwrite/schema/emit/config_json.hpp>

namespace aw = appwrite::schema;
namespace rf = appwrite::schema::reflect;
using namespace std::chrono_literals;

namespace practice {
enum class goal_status { not_started, in_progress, completed, archived };
enum mood : int { great = 1, good = 2, tired = 7 };

struct goal {
    aw::field::string<255> name;
    std::optional<std::string> description;
    goal_status status = goal_status::not_started;  // a default member initializer does not count
    std::optional<std::chrono::sys_seconds> target_date;
    std::int8_t progress = 0;
    std::vector<aw::field::string<64>> tags;
    std::string _user;
};
inline constexpr auto goals = aw::collection_from<goal>(
    "goals", "Goals", aw::member<&goal::description>.size(2000),
    aw::member<&goal::status>.default_value(goal_status::not_started),
    aw::member<&goal::progress>.range(0, 100).default_value(0), aw::member<&goal::_user>.key("user_id").size(36),
    aw::fulltext_index("name_fulltext", {"name"}), aw::key_index("user_status", {"user_id", "status"}),
    aw::permissions(aw::read(aw::role::users())), aw::document_security{});

// The same collection written with the DSL: both must emit the same config.
inline constexpr auto goals_dsl = aw::collection(
    "goals", "Goals", aw::string("name", 255).required(), aw::string("description", 2000),
    aw::enumeration("status", {"not_started", "in_progress", "completed", "archived"}).default_value("not_started"),
    aw::datetime("target_date"), aw::integer("progress").range(0, 100).default_value(0), aw::string("tags", 64).array(),
    aw::string("user_id", 36).required(), aw::fulltext_index("name_fulltext", {"name"}),
    aw::key_index("user_status", {"user_id", "status"}), aw::permissions(aw::read(aw::role::users())),
    aw::document_security{});
inline constexpr auto project = aw::project("practice", "Practice", aw::database("main", "Main", goals));
inline constexpr auto project_dsl = aw::project("practice", "Practice", aw::database("main", "Main", goals_dsl));

// Every type of the mapping.
struct everything {
    bool flag;
    std::int16_t small;
    std::uint32_t unsigned_32;
    std::int64_t big;
    aw::field::bigint bigger;
    double ratio;
    float rough;
    mood feeling;
    aw::field::string<10> code;
    aw::field::varchar<20> nick;
    aw::field::text body;
    aw::field::mediumtext medium;
    aw::field::longtext longer;
    aw::field::email mail;
    aw::field::url site;
    aw::field::ip address;
    aw::field::datetime stamp;
    std::chrono::sys_time<std::chrono::milliseconds> at;
    std::optional<std::int32_t> maybe;
    std::vector<bool> flags;
    std::vector<goal_status> history;
};
inline constexpr auto everything_collection = aw::collection_from<everything>(
    "everything", "Everything", aw::member<&everything::mail>.required(false));

// Awkward names.
struct awkward {
    int _x;
    int x2;
    int abcdefghijabcdefghijabcdefghijabcdef;  // 36 characters, the longest key (A.1)
    int renamed_in_cpp;
};
}  // namespace practice

namespace {
template <const auto& Project>
nlohmann::json emitted() {
    return aw::emit::config_json(Project.view());
}
template <class Collection>
std::vector<aw::app::violation_kind> kinds(const Collection& c, const nlohmann::json& doc) {
    std::vector<aw::app::violation_kind> out;
    for (const auto& v : aw::app::validate(c, doc)) out.push_back(v.kind);
    return out;
}
using aw::app::violation_kind;
}  // namespace

TEST_CASE("member counts of aggregates of every member kind", "[documents]") {
    struct empty {};
    struct one {
        std::optional<std::vector<std::string>> nested;
    };
    CHECK(rf::member_count<empty> == 0);
    CHECK(rf::member_count<one> == 1);
    CHECK(rf::member_count<practice::goal> == 7);
    CHECK(rf::member_count<practice::everything> == 21);
}

TEST_CASE("member names, awkward ones too, on every compiler", "[documents]") {
    CHECK(rf::member_names<practice::goal>[0] == "name");
    CHECK(rf::member_names<practice::goal>[6] == "_user");
    CHECK(rf::member_names<practice::awkward>[0] == "_x");
    CHECK(rf::member_names<practice::awkward>[1] == "x2");
    CHECK(rf::member_names<practice::awkward>[2] == "abcdefghijabcdefghijabcdefghijabcdef");
    CHECK(rf::member_names<practice::everything>[20] == "history");
    CHECK(rf::type_name<practice::goal> == "practice::goal");
    CHECK(rf::member_pointer_name<&practice::awkward::renamed_in_cpp> == "renamed_in_cpp");
    CHECK(std::is_same_v<rf::member_type<practice::goal, 3>, std::optional<std::chrono::sys_seconds>>);
}

TEST_CASE("enumerator names, with gaps, a fixed underlying type and a custom range", "[documents]") {
    CHECK(rf::enumerator_names<practice::goal_status>.size() == 4);
    CHECK(rf::enumerator_names<practice::goal_status>[3] == "archived");
    CHECK(rf::enumerator_names<practice::mood>.size() == 3);
    CHECK(rf::enumerators<practice::mood>[2].value == practice::tired);
    CHECK(rf::enumerators<practice::mood>[2].name == "tired");
}

enum class signed_levels : int { low = -100, mid = 0, high = 100 };
template <>
struct appwrite::schema::reflect::enum_range<signed_levels> {
    static constexpr long long min = -100, max = 100;
};
TEST_CASE("an enum range can be widened to negative values", "[documents]") {
    CHECK(rf::enumerator_names<signed_levels>.size() == 3);
    CHECK(rf::enumerator_names<signed_levels>[0] == "low");
    CHECK(rf::enumerator_names<signed_levels>[2] == "high");
}

TEST_CASE("a derived collection emits the same config as the DSL collection", "[documents]") {
    CHECK(emitted<practice::project>().dump(2) == emitted<practice::project_dsl>().dump(2));
    CHECK(aw::valid<practice::project>);
}

TEST_CASE("member types map to Appwrite types, sizes, ranges, required and array", "[documents]") {
    const auto& c = practice::everything_collection;
    using t = aw::attribute_type;
    const t expected[] = {t::boolean, t::integer, t::integer,  t::integer,  t::bigint,     t::double_,  t::double_,
                          t::enum_,   t::string,  t::varchar,  t::text,     t::mediumtext, t::longtext, t::email,
                          t::url,     t::ip,      t::datetime, t::datetime, t::integer,    t::boolean,  t::enum_};
    REQUIRE(c.attributes.size() == std::size(expected));
    for (std::size_t i = 0; i < std::size(expected); ++i) {
        INFO(c.attributes[i].key);
        CHECK(c.attributes[i].type == expected[i]);
    }
    CHECK((c.attributes[1].min.integer == -32768 && c.attributes[1].max.integer == 32767));
    CHECK((c.attributes[2].min.integer == 0 && c.attributes[2].max.integer == 4294967295));
    CHECK((!c.attributes[3].min.present && !c.attributes[3].max.present));  // int64: the server's own range
    CHECK(c.attributes[8].size == 10);
    CHECK(c.attributes[9].size == 20);
    CHECK(c.attributes[0].required);
    CHECK(!c.attributes[13].required);  // the option
    CHECK(!c.attributes[18].required);  // std::optional
    CHECK((c.attributes[19].array && !c.attributes[19].required));
    const auto v = c.view();
    const auto feelings = v.elements_of(c.attributes[7]);
    CHECK(std::vector<std::string_view>(feelings.begin(), feelings.end()) ==
          std::vector<std::string_view>{"great", "good", "tired"});
    CHECK(v.elements_of(c.attributes[20]).size() == 4);
}

namespace practice {
struct options {
    std::string _secret;
    std::optional<double> score;
    int count;
};
inline constexpr auto options_collection = aw::collection_from<options>(
    "s", "S", aw::member<&options::_secret>.key("secret").size(100).encrypt(),
    aw::member<&options::score>.range(0.5, 9.5), aw::member<&options::count>.default_value(3));
}  // namespace practice
TEST_CASE("member options: key, size, default, range, encrypt, required", "[documents]") {
    const auto& c = practice::options_collection;
    CHECK(c.attributes[0].key == "secret");
    CHECK(c.attributes[0].size == 100);
    CHECK(c.attributes[0].encrypt);
    CHECK(c.attributes[1].min.number == 0.5);
    CHECK(c.attributes[1].max.number == 9.5);
    CHECK(c.attributes[2].default_value.integer == 3);
    CHECK(!c.attributes[2].required);  // a default: the server fills it in, so it is not required (B.1)
}

inline constexpr auto bad_index = aw::collection_from<practice::awkward>(
    "awkward", "Awkward", aw::member<&practice::awkward::_x>.key("x"),
    aw::fulltext_index("by_x", {"x"}));  // fulltext on an integer
inline constexpr auto bad_project = aw::project("p", "P", aw::database("db", "DB", bad_index));
TEST_CASE("the rules apply to derived collections and name the key", "[documents]") {
    constexpr auto found = aw::diagnose<bad_project>();
    REQUIRE(found.errors >= 1);
    bool named = false;
    for (const auto& d : found) named = named || (d.collection_id == "awkward" && d.subject == "by_x");
    CHECK(named);
}

TEST_CASE("documents round-trip every member type", "[documents]") {
    practice::everything e{true,
                           -5,
                           4000000000U,
                           -9000000000000000000LL,
                           {9000000000000000000LL},
                           0.25,
                           1.5F,
                           practice::tired,
                           "code",
                           "nick",
                           "body",
                           "medium",
                           "longer",
                           "a@b.example",
                           "https://example.com/x",
                           "127.0.0.1",
                           "2026-01-31T12:00:00.000+00:00",
                           std::chrono::sys_days{2026y / 1 / 31} + 12h + 30min + 15s + 250ms,
                           std::nullopt,
                           {true, false},
                           {practice::goal_status::completed, practice::goal_status::archived}};
    const auto j = aw::app::to_document<practice::everything_collection>(e);
    CHECK(j["feeling"] == "tired");
    CHECK(j["at"] == "2026-01-31T12:30:15.250+00:00");
    CHECK(j["bigger"] == 9000000000000000000LL);
    CHECK(j["maybe"].is_null());
    CHECK(j["history"] == nlohmann::json({"completed", "archived"}));
    const auto back = aw::app::from_document<practice::everything_collection>(j);
    CHECK(aw::app::to_document<practice::everything_collection>(back) == j);
    CHECK(back.at == e.at);
    CHECK(back.unsigned_32 == 4000000000U);
    CHECK(back.feeling == practice::tired);
    auto absent = j;
    absent.erase("maybe");  // an optional may be absent as well as null
    CHECK(!aw::app::from_document<practice::everything_collection>(absent).maybe);
}

TEST_CASE("a document that does not fit the struct is an error naming the key", "[documents]") {
    practice::goal g{"Scales", std::nullopt, practice::goal_status::in_progress, std::nullopt, 5, {"a"}, "u1"};
    const auto good = aw::app::to_document<practice::goals>(g);
    CHECK(good.contains("user_id"));  // the renamed member is written under its key
    auto fails_with = [&](const char* key, const nlohmann::json& value, const std::string& reason) {
        auto j = good;
        if (value.is_discarded()) j.erase(key);
        else j[key] = value;
        try {
            (void)aw::app::from_document<practice::goals>(j);
            FAIL("no error for " << key);
        } catch (const aw::app::document_error& e) {
            CHECK(e.key().rfind(key, 0) == 0);
            CHECK_THAT(e.reason(), Catch::Contains(reason));
        }
    };
    fails_with("progress", 300, "does not fit");
    fails_with("progress", 1.5, "expected an integer");
    fails_with("status", "done", "is not one of not_started, in_progress, completed, archived");
    fails_with("name", nullptr, "null");
    fails_with("name", 7, "expected a string");
    fails_with("user_id", nlohmann::json(nlohmann::json::value_t::discarded), "missing");
    fails_with("tags", {"a", 5}, "expected a string");
    fails_with("tags", "a", "expected an array");
    fails_with("target_date", "yesterday", "is not a datetime");
    CHECK_THROWS_AS(aw::app::from_document<practice::goals>(nlohmann::json::array()), aw::app::document_error);
    g.status = static_cast<practice::goal_status>(9);
    CHECK_THROWS_WITH(aw::app::to_document<practice::goals>(g), Catch::Contains("no enumerator"));
}

TEST_CASE("a document with system fields, in both shapes", "[documents]") {
    nlohmann::json j = {{"name", "Scales"},
                        {"description", nullptr},
                        {"status", "completed"},
                        {"target_date", nullptr},
                        {"progress", 100},
                        {"tags", nlohmann::json::array()},
                        {"user_id", "u1"},
                        {"$id", "goal1"},
                        {"$createdAt", "2026-01-31T12:00:00.000+00:00"},
                        {"$updatedAt", "2026-02-01T08:00:00.500+01:00"},
                        {"$permissions", {"read(\"users\")"}},
                        {"$tableId", "goals"},
                        {"$databaseId", "main"},
                        {"$sequence", 4}};
    const auto d = j.get<aw::app::document<practice::goals>>();
    CHECK(d.id == "goal1");
    CHECK(d.collection_id == "goals");
    CHECK(d.database_id == "main");
    CHECK(d.permissions == std::vector<std::string>{"read(\"users\")"});
    CHECK(*d.updated_at == std::chrono::sys_days{2026y / 2 / 1} + 7h + 500ms);
    CHECK(d.data.status == practice::goal_status::completed);
    const nlohmann::json written = d;
    CHECK(written["$collectionId"] == "goals");
    CHECK(written["$updatedAt"] == "2026-02-01T07:00:00.500+00:00");
    CHECK(written.get<aw::app::document<practice::goals>>().data.name == "Scales");
}

TEST_CASE("Appwrite datetimes read and written", "[documents]") {
    using aw::app::parse_datetime;
    const auto noon = std::chrono::sys_days{2024y / 2 / 29} + 12h;
    CHECK(parse_datetime("2024-02-29T12:00:00.000+00:00") == noon);
    CHECK(parse_datetime("2024-02-29T12:00:00Z") == noon);
    CHECK(parse_datetime("2024-02-29T14:30:00+02:30") == noon);
    CHECK(parse_datetime("2024-02-29") == std::chrono::sys_days{2024y / 2 / 29});
    CHECK(!parse_datetime("2023-02-29"));
    CHECK(!parse_datetime("2024-13-01"));
    CHECK(!parse_datetime("2024-02-29T25:00"));
    CHECK(!parse_datetime("2024-02-29 junk"));
    CHECK(aw::app::format_datetime(noon) == "2024-02-29T12:00:00.000+00:00");
}

TEST_CASE("validation reports every violation of a document with its key", "[documents]") {
    const nlohmann::json j = {{"name", std::string(256, 'x')},          {"status", "done"}, {"progress", 101},
                              {"tags", {"a", 3, std::string(65, 't')}}, {"extra", 1},       {"$id", "ignored"}};
    const auto found = aw::app::validate(practice::goals, j);
    std::vector<std::pair<std::string, violation_kind>> got;
    for (const auto& v : found) got.emplace_back(v.key, v.kind);
    CHECK(got == std::vector<std::pair<std::string, violation_kind>>{{"name", violation_kind::too_long},
                                                                     {"status", violation_kind::not_an_element},
                                                                     {"progress", violation_kind::out_of_range},
                                                                     {"tags[1]", violation_kind::wrong_type},
                                                                     {"tags[2]", violation_kind::too_long},
                                                                     {"user_id", violation_kind::missing_required},
                                                                     {"extra", violation_kind::unknown_attribute}});
    CHECK(found[2].reason == "101 > max 100");
    CHECK(aw::app::validate(practice::goals, nlohmann::json::array()).size() == 1);
}

inline constexpr auto formats = aw::collection(
    "formats", "Formats", aw::email("mail"), aw::url("site"), aw::ip("address"), aw::datetime("when"),
    aw::double_("ratio").range(0, 1), aw::boolean("flag"), aw::integer("count").array(), aw::point("where"),
    aw::polygon("area"), aw::relationship("owner", "users", aw::many_to_one),
    aw::relationship("members", "users", aw::many_to_many));
TEST_CASE("validation checks formats, numbers, booleans, arrays, geometry and relationships", "[documents]") {
    const nlohmann::json good = {{"mail", "a@b.example"},
                                 {"site", "https://example.com"},
                                 {"address", "::1"},
                                 {"when", "2026-01-31T12:00:00.000+00:00"},
                                 {"ratio", 0.5},
                                 {"flag", true},
                                 {"count", {1, 2}},
                                 {"where", {1.0, 2.0}},
                                 {"area", {{{0, 0}, {0, 1}, {1, 1}, {0, 0}}}},
                                 {"owner", "user1"},
                                 {"members", {"user1", {{"$id", "user2"}}}}};
    CHECK(aw::app::validate(formats, good).empty());
    auto bad = [&](const char* key, nlohmann::json value) {
        auto j = good;
        j[key] = std::move(value);
        return kinds(formats, j);
    };
    using v = std::vector<violation_kind>;
    CHECK(bad("mail", "not-an-email") == v{violation_kind::invalid_format});
    CHECK(bad("site", "example") == v{violation_kind::invalid_format});
    CHECK(bad("address", "300.1.1.1") == v{violation_kind::invalid_format});
    CHECK(bad("when", "no date") == v{violation_kind::invalid_format});
    CHECK(bad("when", "0999-01-01") == v{violation_kind::out_of_range});  // MariaDB's years start at 1000
    CHECK(bad("ratio", 1.5) == v{violation_kind::out_of_range});
    CHECK(bad("ratio", "half") == v{violation_kind::wrong_type});
    CHECK(bad("flag", 1) == v{violation_kind::wrong_type});
    CHECK(bad("count", 1) == v{violation_kind::wrong_type});
    CHECK(bad("count", {1, 2.5}) == v{violation_kind::wrong_type});
    CHECK(bad("mail", {"a@b.example"}) == v{violation_kind::wrong_type});
    CHECK(bad("where", {1}) == v{violation_kind::invalid_geometry});
    CHECK(bad("area", {{{0, 0}, {0, 1}, {1, 1}}}) == v{violation_kind::invalid_geometry});
    CHECK(bad("owner", {"user1"}) == v{violation_kind::invalid_relationship});
    CHECK(bad("members", "user1") == v{violation_kind::invalid_relationship});
    CHECK(bad("count", {9223372036854775807ULL + 1}) == v{violation_kind::out_of_range});
}

TEST_CASE("validation of a struct: clean, and an enum holding no enumerator reported once", "[documents]") {
    practice::goal g{"Scales", std::nullopt, practice::goal_status::in_progress, std::nullopt, 5, {"a"}, "u1"};
    CHECK(aw::app::validate<practice::goals>(g).empty());
    g.status = static_cast<practice::goal_status>(9);
    g.progress = 120;
    const auto found = aw::app::validate<practice::goals>(g);
    REQUIRE(found.size() == 2);
    CHECK((found[0].key == "status" && found[0].kind == violation_kind::not_an_element));
    CHECK((found[1].key == "progress" && found[1].kind == violation_kind::out_of_range));
}

namespace practice {
struct author {
    aw::field::string<100> name;
};
struct book {
    aw::field::string<200> title;
    std::optional<aw::field::relationship<"authors", aw::many_to_one>> author;
    std::vector<aw::field::relationship<"readers", aw::many_to_many>> readers;
};
inline constexpr auto authors = aw::collection_from<author>("authors", "Authors");
inline constexpr auto readers = aw::collection_from<author>("readers", "Readers");
inline constexpr auto books = aw::collection_from<book>(
    "books", "Books", aw::member<&book::author>.two_way("books").on_delete(aw::cascade));
inline constexpr auto library = aw::project("library", "Library", aw::database("db", "DB", authors, readers, books));
}  // namespace practice
TEST_CASE("relationship members: related collection, type, options, IDs or nested documents", "[documents]") {
    const auto v = practice::books.view();
    const auto& author = practice::books.attributes[1];
    CHECK(author.type == aw::attribute_type::relationship);
    CHECK(!author.required);
    CHECK(v.extra_of(author).related_collection == "authors");
    CHECK(v.extra_of(author).relation == aw::relation_type::many_to_one);
    CHECK(v.extra_of(author).two_way);
    CHECK(v.extra_of(author).two_way_key == "books");
    CHECK(v.extra_of(author).on_delete == aw::on_delete_action::cascade);
    const auto& readers = practice::books.attributes[2];
    CHECK((!readers.array && v.extra_of(readers).relation == aw::relation_type::many_to_many));
    CHECK(aw::valid<practice::library>);
    const auto j = nlohmann::json::parse(
        R"({"title": "Dune", "author": {"$id": "herbert", "name": "Frank"}, "readers": ["r1", {"$id": "r2"}]})");
    const auto b = aw::app::from_document<practice::books>(j);
    CHECK(b.author == std::optional<aw::field::relationship<"authors", aw::many_to_one>>("herbert"));
    REQUIRE(b.readers.size() == 2);
    CHECK(b.readers[1] == "r2");
    CHECK(aw::app::to_document<practice::books>(b)["author"] == "herbert");
    CHECK(aw::app::validate<practice::books>(b).empty());
    CHECK_THROWS_WITH(aw::app::from_document<practice::books>(nlohmann::json::parse(R"({"title": "x", "author": 5})")),
                      Catch::Contains("author: expected a document ID"));
}

TEST_CASE("queries by member pointer use the key and the member's type", "[documents]") {
    using q = aw::app::query<practice::goals>;
    CHECK(q::equal<&practice::goal::status>(practice::goal_status::in_progress) ==
          R"({"method":"equal","attribute":"status","values":["in_progress"]})");
    CHECK(q::equal<&practice::goal::_user>(std::string("u1")) ==
          R"({"method":"equal","attribute":"user_id","values":["u1"]})");
    CHECK(q::between<&practice::goal::progress>(10, 20) ==
          R"({"method":"between","attribute":"progress","values":[10,20]})");
    CHECK(q::less_than<&practice::goal::target_date>(std::chrono::sys_seconds{std::chrono::sys_days{2026y / 1 / 1}}) ==
          R"({"method":"lessThan","attribute":"target_date","values":["2026-01-01T00:00:00.000+00:00"]})");
    CHECK(q::search<&practice::goal::name>("scales") ==
          R"({"method":"search","attribute":"name","values":["scales"]})");
    CHECK(q::is_null<&practice::goal::description>() == R"({"method":"isNull","attribute":"description"})");
    CHECK(q::order_desc<&practice::goal::progress>() == R"({"method":"orderDesc","attribute":"progress"})");
}

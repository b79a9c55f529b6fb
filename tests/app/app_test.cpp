// Typed app access: query strings and document reads follow the schema.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <appwrite/schema.hpp>
#include <appwrite/schema/app.hpp>

namespace {
namespace aw = appwrite::schema;
inline constexpr auto books = aw::collection("books", "Books", aw::string("title", 200).required(),
                                             aw::string("tags", 20).array(), aw::integer("pages"),
                                             aw::double_("rating"), aw::boolean("lent"), aw::datetime("published"),
                                             aw::string("blurb", 1000), aw::fulltext_index("search_title", {"title"}));
using q = aw::app::query<books>;
}  // namespace

TEST_CASE("queries are Appwrite's JSON query strings", "[app]") {
    CHECK(q::equal<"title">("Dune") == R"({"method":"equal","attribute":"title","values":["Dune"]})");
    CHECK(q::between<"pages">(100, 200) == R"({"method":"between","attribute":"pages","values":[100,200]})");
    CHECK(q::greater_than<"rating">(4.5) == R"({"method":"greaterThan","attribute":"rating","values":[4.5]})");
    CHECK(q::equal<"lent">(false) == R"({"method":"equal","attribute":"lent","values":[false]})");
    CHECK(q::search<"title">("sand") == R"({"method":"search","attribute":"title","values":["sand"]})");
    CHECK(q::is_null<"blurb">() == R"({"method":"isNull","attribute":"blurb"})");
    CHECK(q::order_desc<"$createdAt">() == R"({"method":"orderDesc","attribute":"$createdAt"})");
    CHECK(q::select<"title", "$id">() == R"({"method":"select","values":["title","$id"]})");
    CHECK(q::limit(10) == R"({"method":"limit","values":[10]})");
    CHECK(q::cursor_after("abc") == R"({"method":"cursorAfter","values":["abc"]})");
    CHECK(q::equal<"title">("say \"hi\"") == R"({"method":"equal","attribute":"title","values":["say \"hi\""]})");
}

TEST_CASE("document reads are typed by the attribute", "[app]") {
    const auto doc = nlohmann::json::parse(
        R"({"title": "Dune", "tags": ["sf", "classic"], "pages": 412, "rating": 4, "lent": true, "published": null})");
    STATIC_REQUIRE(std::is_same_v<aw::app::value_type_of<books, "tags">, std::vector<std::string>>);
    STATIC_REQUIRE(std::is_same_v<aw::app::value_type_of<books, "pages">, std::int64_t>);
    CHECK(aw::app::get<books, "title">(doc) == "Dune");
    CHECK(aw::app::get<books, "tags">(doc) == std::vector<std::string>{"sf", "classic"});
    CHECK(aw::app::get<books, "pages">(doc) == 412);
    CHECK(aw::app::get<books, "rating">(doc) == 4.0);  // a JSON integer reads as a double
    CHECK(aw::app::get<books, "lent">(doc) == true);
    CHECK(!aw::app::get<books, "published">(doc));  // null
    CHECK(!aw::app::get<books, "blurb">(doc));      // absent
}

TEST_CASE("values of another JSON type read as nothing, never as garbage", "[app]") {
    const auto doc = nlohmann::json::parse(R"({"title": 5, "tags": ["sf", 3], "pages": "412", "lent": 1})");
    CHECK(!aw::app::get<books, "title">(doc));
    CHECK(!aw::app::get<books, "tags">(doc));
    CHECK(!aw::app::get<books, "pages">(doc));
    CHECK(!aw::app::get<books, "lent">(doc));
}

// The emitter: the keys each type gets (reference F.4), permissions as the server stores them (D.1),
// index orders (F.5), both shapes, overrides, deterministic bytes and atomic writes.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <appwrite/schema.hpp>
#include <appwrite/schema/emit.hpp>
#include <appwrite/schema/generator/main.hpp>

namespace {
namespace aw = appwrite::schema;
namespace emit = appwrite::schema::emit;
using namespace aw::role;
using json = nlohmann::ordered_json;

inline constexpr auto people = aw::collection(
    "people", "People", aw::document_security{},
    aw::permissions(aw::read(any()), aw::write(users()), aw::update(users()), aw::remove(team("admins"))),
    aw::string("name", 100).required(), aw::varchar("nick", 200).encrypt(), aw::text("bio"),
    aw::email("mail"), aw::url("site"), aw::ip("addr"), aw::enumeration("kind", {"a", "b"}).default_value("a"),
    aw::integer("age").range(0, 150), aw::integer("score"), aw::double_("ratio"), aw::boolean("ok").default_value(true),
    aw::datetime("born"), aw::point("home").required(), aw::string("tags", 10).array(),
    aw::relationship("team", "teams", aw::many_to_one).two_way("members").on_delete(aw::set_null),
    aw::key_index("by_name", {"name", aw::desc("$createdAt")}), aw::spatial_index("near", {"home"}));
inline constexpr auto teams = aw::collection("teams", "Teams", aw::string("title", 50));
inline constexpr auto project = aw::project("proj", "Project", aw::database("main", "Main", people, teams));

json emitted(const emit::config_options& options = {}) { return json::parse(emit::config<project>(options)); }

json attribute(const json& config, std::string_view collection, std::string_view key, const char* list = "attributes",
               const char* collections = "collections") {
    for (const auto& c : config[collections])
        if (c["$id"] == collection)
            for (const auto& a : c[list])
                if (a["key"] == key) return a;
    return nullptr;
}

std::vector<std::string> keys_of(const json& object) {
    std::vector<std::string> keys;
    for (const auto& item : object.items()) keys.push_back(item.key());
    return keys;
}
using keys = std::vector<std::string>;
}  // namespace

TEST_CASE("each type gets exactly the keys the server returns, in its order (F.4)", "[emit]") {
    const auto c = emitted();
    CHECK(keys_of(attribute(c, "people", "name")) == keys{"key", "type", "required", "array", "size", "default", "encrypt"});
    CHECK(keys_of(attribute(c, "people", "nick")) == keys{"key", "type", "required", "array", "size", "default", "encrypt"});
    CHECK(keys_of(attribute(c, "people", "bio")) == keys{"key", "type", "required", "array", "default", "encrypt"});
    CHECK(keys_of(attribute(c, "people", "mail")) == keys{"key", "type", "required", "array", "format", "default"});
    CHECK(keys_of(attribute(c, "people", "kind")) ==
          keys{"key", "type", "required", "array", "elements", "format", "default"});
    CHECK(keys_of(attribute(c, "people", "age")) == keys{"key", "type", "required", "array", "min", "max", "default"});
    CHECK(keys_of(attribute(c, "people", "ok")) == keys{"key", "type", "required", "array", "default"});
    CHECK(keys_of(attribute(c, "people", "born")) == keys{"key", "type", "required", "array", "format", "default"});
    CHECK(keys_of(attribute(c, "people", "team")) == keys{"key", "type", "required", "array", "relatedCollection",
                                                          "relationType", "twoWay", "twoWayKey", "onDelete", "side"});
}

TEST_CASE("formats, defaults and bounds are written as the server stores them", "[emit]") {
    const auto c = emitted();
    CHECK(attribute(c, "people", "mail")["type"] == "string");
    CHECK(attribute(c, "people", "mail")["format"] == "email");
    CHECK(attribute(c, "people", "born")["format"] == "");
    CHECK(attribute(c, "people", "name")["default"].is_null());      // explicit null: `| null` types, updates
    CHECK(attribute(c, "people", "kind")["default"] == "a");
    CHECK(attribute(c, "people", "ok")["default"] == true);
    CHECK(attribute(c, "people", "nick")["encrypt"] == true);
    CHECK(attribute(c, "people", "tags")["array"] == true);
    CHECK(attribute(c, "people", "score")["min"] == INT64_MIN);         // the server's PHP_INT_MIN/MAX
    CHECK(attribute(c, "people", "score")["max"] == INT64_MAX);
    CHECK(!attribute(c, "people", "ratio").contains("min"));            // ±1.79e308 would fail CLI >= 13
    CHECK(attribute(c, "people", "team")["side"] == "parent");
}

TEST_CASE("two-way relationships also write the child side into the related collection", "[emit]") {
    const auto child = attribute(emitted(), "teams", "members");
    REQUIRE(child.is_object());
    CHECK(child["side"] == "child");
    CHECK(child["relatedCollection"] == "people");
    CHECK(child["twoWayKey"] == "team");
    CHECK(child["onDelete"] == "setNull");
}

TEST_CASE("permissions are expanded, de-duplicated and ordered (D.1)", "[emit]") {
    const auto perms = emitted()["collections"][0]["$permissions"];
    CHECK(perms == json::array({"read(\"any\")", "create(\"users\")", "update(\"users\")", "delete(\"users\")",
                                "delete(\"team:admins\")"}));
}

TEST_CASE("indexes get one uppercase order per attribute and never lengths (F.5)", "[emit]") {
    const auto indexes = emitted()["collections"][0]["indexes"];
    CHECK(indexes[0]["attributes"] == json::array({"name", "$createdAt"}));
    CHECK(indexes[0]["orders"] == json::array({"ASC", "DESC"}));
    CHECK(!indexes[0].contains("lengths"));
    CHECK(indexes[1]["orders"] == json::array());  // spatial: no implicit order (C.3)
}

TEST_CASE("the tables shape renames what TablesDB renames", "[emit]") {
    const auto c = emitted({.shape = emit::config_shape::tables});
    CHECK(keys_of(c) == keys{"projectId", "projectName", "tablesDB", "tables"});
    const auto& people_table = c["tables"][0];
    CHECK(people_table.contains("rowSecurity"));
    CHECK(!people_table.contains("documentSecurity"));
    CHECK(people_table["indexes"][0].contains("columns"));
    CHECK(attribute(c, "people", "team", "columns", "tables")["relatedTable"] == "teams");
}

TEST_CASE("project fields and database IDs can be overridden per environment", "[emit]") {
    emit::config_options options;
    options.project_id = "proj-prod";
    options.endpoint = "https://cloud.appwrite.io/v1";
    options.database_ids["main"] = "main-prod";
    const auto c = emitted(options);
    CHECK(keys_of(c) == keys{"projectId", "projectName", "endpoint", "databases", "collections"});
    CHECK(c["projectId"] == "proj-prod");
    CHECK(c["databases"][0]["$id"] == "main-prod");
    CHECK(c["collections"][1]["databaseId"] == "main-prod");
}

TEST_CASE("emitting twice gives the same bytes, indented by four spaces", "[emit]") {
    const auto first = emit::config<project>();
    CHECK(first == emit::config<project>());
    CHECK(first.rfind("{\n    \"projectId\": \"proj\",\n", 0) == 0);
    CHECK(first.back() == '\n');
}

namespace {
std::filesystem::path scratch(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("appwrite-schema-emit-test-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}
std::string read(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
std::size_t entries(const std::filesystem::path& dir) {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir), {}));
}
}  // namespace

TEST_CASE("write_config replaces the file whole", "[emit][file]") {
    const auto dir = scratch("replace");
    const auto file = dir / "appwrite.config.json";
    std::ofstream(file) << "old";
    emit::write_config<project>(file);
    CHECK(read(file) == emit::config<project>());
    CHECK(entries(dir) == 1);  // no temporary left behind
}

TEST_CASE("an unwritable destination fails clearly and leaves nothing behind", "[emit][file]") {
    const auto dir = scratch("unwritable");
    SECTION("missing directory") {
        const auto file = dir / "missing" / "appwrite.config.json";
        CHECK_THROWS_WITH(emit::write_config<project>(file), Catch::Contains("cannot write") && Catch::Contains("missing"));
        CHECK(!std::filesystem::exists(file));
    }
    SECTION("destination is a directory: the rename fails, the directory is untouched") {
        const auto target = dir / "appwrite.config.json";
        std::filesystem::create_directory(target);
        std::ofstream(target / "keep") << "x";
        CHECK_THROWS_AS(emit::write_config<project>(target), emit::write_error);
        CHECK(std::filesystem::is_directory(target));
        CHECK(read(target / "keep") == "x");
        CHECK(entries(dir) == 1);  // the temporary was removed
    }
}

TEST_CASE("generator arguments are parsed and checked", "[emit][generator]") {
    aw::generator::generator_arguments args;
    const auto& options = args.options;
    auto& output = args.output;
    SECTION("all options") {
        const char* argv[] = {"gen", "--output", "x.json", "--shape", "tables", "--project-id", "p",
                              "--endpoint", "https://e/v1", "--database-id", "main=main-dev"};
        CHECK(aw::generator::parse_generator_arguments(11, argv, args).empty());
        CHECK(output == "x.json");
        CHECK(options.shape == emit::config_shape::tables);
        CHECK(options.database_ids.at("main") == "main-dev");
    }
    SECTION("a deployed database ID must be a valid ID") {
        const char* argv[] = {"gen", "--output", "x.json", "--database-id", "main=_bad"};
        CHECK_THAT(aw::generator::parse_generator_arguments(5, argv, args), Catch::Contains("must not start"));
    }
    SECTION("unknown shape, missing output") {
        const char* bad_shape[] = {"gen", "--output", "x", "--shape", "rows"};
        CHECK_THAT(aw::generator::parse_generator_arguments(5, bad_shape, args), Catch::Contains("--shape"));
        output.clear();
        const char* no_output[] = {"gen"};
        CHECK_THAT(aw::generator::parse_generator_arguments(1, no_output, args), Catch::Contains("--output"));
    }
}

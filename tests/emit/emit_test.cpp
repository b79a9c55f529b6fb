// The emitter: the keys each type gets (reference F.4), permissions as the server stores them (D.1),
// index orders (F.5), both shapes, overrides, deterministic bytes and atomic writes.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
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
    aw::string("name", 100).required(), aw::varchar("nick", 200).encrypt(), aw::text("bio"), aw::email("mail"),
    aw::url("site"), aw::ip("addr"), aw::enumeration("kind", {"a", "b"}).default_value("a"),
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

// The emitter's table of F.4 as typed here (types the corpus has no server-written sample of
// included); the next test checks the emitter against the files pulled from servers.
TEST_CASE("each type gets exactly the keys of F.4, in the emitter's order", "[emit]") {
    const auto c = emitted();
    CHECK(keys_of(attribute(c, "people", "name")) ==
          keys{"key", "type", "required", "array", "size", "default", "encrypt"});
    CHECK(keys_of(attribute(c, "people", "nick")) ==
          keys{"key", "type", "required", "array", "size", "default", "encrypt"});
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

// --- the key order of files pulled from a server (F.4) ---------------------------------------------
// CLI 12 recreates (drops the data of) an attribute whose keys differ from the server's (F.6), and the
// order is the server's response order, so the emitter must write the keys a server writes, in the
// server's order. Which corpus files show that order? Hand-written files do not (keys missing or in
// any order), nor do pulls by CLI >= 13 (its schema order: "default" before "format", "min", "max").
// The evidence used: attributes that carry a key only the server writes — status, error,
// $createdAt, $updatedAt (INDEX.tsv: attr-field:status). Only pulls by CLI < 6, before the whitelist
// (F.4, F.7), kept them: the server's response verbatim. invalid/ is not read (not JSON as committed).
namespace {
inline constexpr auto every_type = aw::collection(
    "every", "Every type", aw::string("s", 10), aw::varchar("v", 20), aw::text("t"), aw::mediumtext("mt"),
    aw::longtext("lt"), aw::integer("i"), aw::bigint("bi"), aw::double_("d").range(0.0, 1.0), aw::boolean("b"),
    aw::datetime("dt"), aw::email("e"), aw::url("u"), aw::ip("ip"), aw::enumeration("en", {"x", "y"}), aw::point("p"),
    aw::linestring("l"), aw::polygon("pg"), aw::relationship("r", "other", aw::many_to_one).two_way("back"),
    aw::key_index("by_s", {"s"}));
inline constexpr auto other = aw::collection("other", "Other", aw::string("title", 10));
inline constexpr auto every_project = aw::project("every", "Every", aw::database("main", "Main", every_type, other));
constexpr auto attribute_types = static_cast<std::size_t>(aw::attribute_type::unknown);  // every type but unknown

// Keys only the server writes (F.7); for indexes also `lengths`, which the emitter never writes (F.5).
const std::set<std::string> server_only{"status", "error", "$createdAt", "$updatedAt"};
const std::set<std::string> server_only_index{"status", "error", "$createdAt", "$updatedAt", "$id", "lengths"};

// An attribute's type as F.4 tells them apart: `type`, and for strings the `format`.
std::string type_of(const json& a) {
    const std::string type = a.value("type", "");
    const std::string format = a.contains("format") && a["format"].is_string() ? a["format"].get<std::string>() : "";
    return type == "string" && !format.empty() ? type + "+" + format : type;
}
// The keys of an object minus `ignored`, in order; TablesDB names as the legacy ones.
keys keys_without(const json& object, const std::set<std::string>& ignored) {
    keys out;
    for (const auto& item : object.items()) {
        if (ignored.count(item.key()) != 0) continue;
        if (item.key() == "relatedTable") out.emplace_back("relatedCollection");
        else if (item.key() == "columns") out.emplace_back("attributes");
        else out.push_back(item.key());
    }
    return out;
}
// The keys of `order` that `other` has too, in `order`'s order.
keys common(const keys& order, const keys& other) {
    keys out;
    for (const auto& k : order)
        for (const auto& o : other)
            if (k == o) out.push_back(k);
    return out;
}
std::string joined(const keys& k) {
    std::string out;
    for (const auto& s : k) out += (out.empty() ? "" : " ") + s;
    return out;
}

struct server_orders {
    std::map<std::string, std::map<keys, std::set<std::string>>> attributes;  // type -> order -> files
    std::map<keys, std::set<std::string>> indexes;                            // order -> files
    std::set<std::string> files;
};
server_orders read_server_orders() {
    server_orders out;
    for (const auto& entry : std::filesystem::directory_iterator(APPWRITE_SCHEMA_CORPUS_DIR)) {
        if (entry.path().extension() != ".json") continue;
        std::ifstream in(entry.path());
        const auto config = json::parse(in, nullptr, false);
        if (!config.is_object()) continue;
        const auto file = entry.path().filename().string();
        for (const char* list : {"collections", "tables"}) {
            if (!config.contains(list) || !config[list].is_array()) continue;
            for (const auto& c : config[list]) {
                bool pulled = false;
                for (const char* fields : {"attributes", "columns"}) {
                    if (!c.is_object() || !c.contains(fields) || !c[fields].is_array()) continue;
                    for (const auto& a : c[fields]) {
                        if (!a.is_object()) continue;
                        bool server_written = false;
                        for (const auto& k : server_only) server_written = server_written || a.contains(k);
                        if (!server_written) continue;
                        pulled = true;
                        out.attributes[type_of(a)][keys_without(a, server_only)].insert(file);
                        out.files.insert(file);
                    }
                }
                if (pulled && c.contains("indexes") && c["indexes"].is_array())
                    for (const auto& ix : c["indexes"])
                        if (ix.is_object()) out.indexes[keys_without(ix, server_only_index)].insert(file);
            }
        }
    }
    return out;
}
}  // namespace

TEST_CASE("each type gets the keys a server writes, in the server's order, as pulled files show (F.4)",
          "[emit][corpus]") {
    const auto server = read_server_orders();
    INFO("server-written files in " APPWRITE_SCHEMA_CORPUS_DIR ": " << server.files.size());
    REQUIRE(server.files.size() >= 5);
    // What those files cannot show: types no server-written attribute has (they predate the types, or
    // nobody pulled them), keys the servers of the time did not return yet, and one hand edit.
    const std::set<std::string> types_without_evidence{"bigint",  "linestring", "longtext", "mediumtext", "point",
                                                       "polygon", "string+ip",  "text",     "varchar"};
    const std::map<std::string, keys> keys_without_evidence{{"string", {"encrypt"}}};
    const std::set<std::string> corpus_types_not_emitted{"email"};  // 079: `"type": "email"`, no server type

    for (const auto shape : {emit::config_shape::collections, emit::config_shape::tables}) {
        const bool tables = shape == emit::config_shape::tables;
        INFO((tables ? "tables/columns shape" : "collections/attributes shape"));
        const auto c = json::parse(emit::config<every_project>({.shape = shape}));
        std::set<std::string> emitted_types;
        for (const auto& collection : c[tables ? "tables" : "collections"]) {
            for (const auto& a : collection[tables ? "columns" : "attributes"]) {
                const auto type = type_of(a);
                emitted_types.insert(type);
                CHECK(!a.contains(tables ? "relatedCollection" : "relatedTable"));
                const keys emitted = keys_without(a, {"previousKey"});
                INFO(type << " emitted as: " << joined(emitted));
                const auto found = server.attributes.find(type);
                const bool listed_without_evidence = types_without_evidence.count(type) == 1;
                if (found == server.attributes.end()) {
                    INFO("no server-written " << type << " attribute in the corpus, and the type is not listed so");
                    CHECK(listed_without_evidence);
                    continue;
                }
                INFO(type << " is listed as without evidence, but the corpus has server-written samples");
                CHECK(!listed_without_evidence);
                std::set<std::string> server_keys;
                for (const auto& [order, files] : found->second) {
                    INFO("server order: " << joined(order) << " (" << *files.begin() << " and " << files.size() - 1
                                          << " more)");
                    CHECK(common(emitted, order) == common(order, emitted));
                    server_keys.insert(order.begin(), order.end());
                }
                keys missing;  // keys a server writes that the emitter does not: CLI 12 would recreate
                for (const auto& k : server_keys)
                    if (std::find(emitted.begin(), emitted.end(), k) == emitted.end()) missing.push_back(k);
                CHECK(missing == keys{});
                keys unproven;  // keys the emitter writes that no server-written sample has
                for (const auto& k : emitted)
                    if (server_keys.count(k) == 0) unproven.push_back(k);
                const auto expected = keys_without_evidence.find(type);
                CHECK(unproven == (expected == keys_without_evidence.end() ? keys{} : expected->second));
            }
            for (const auto& ix : collection["indexes"]) {
                const keys emitted = keys_without(ix, {});
                INFO("index emitted as: " << joined(emitted));
                REQUIRE(!server.indexes.empty());
                for (const auto& [order, files] : server.indexes) {
                    INFO("server index order: " << joined(order) << " (" << *files.begin() << ")");
                    CHECK(common(emitted, order) == common(order, emitted));
                    CHECK(common(order, emitted) == order);  // and every server key
                }
            }
        }
        CHECK(emitted_types.size() == attribute_types);  // the schema above has every type
        std::set<std::string> not_emitted;
        for (const auto& [type, orders] : server.attributes)
            if (emitted_types.count(type) == 0) not_emitted.insert(type);
        CHECK(not_emitted == corpus_types_not_emitted);
    }
}

TEST_CASE("formats, defaults and bounds are written as the server stores them", "[emit]") {
    const auto c = emitted();
    CHECK(attribute(c, "people", "mail")["type"] == "string");
    CHECK(attribute(c, "people", "mail")["format"] == "email");
    CHECK(attribute(c, "people", "born")["format"] == "");
    CHECK(attribute(c, "people", "name")["default"].is_null());  // explicit null: `| null` types, updates
    CHECK(attribute(c, "people", "kind")["default"] == "a");
    CHECK(attribute(c, "people", "ok")["default"] == true);
    CHECK(attribute(c, "people", "nick")["encrypt"] == true);
    CHECK(attribute(c, "people", "tags")["array"] == true);
    CHECK(attribute(c, "people", "score")["min"] == INT64_MIN);  // the server's PHP_INT_MIN/MAX
    CHECK(attribute(c, "people", "score")["max"] == INT64_MAX);
    CHECK(!attribute(c, "people", "ratio").contains("min"));  // ±1.79e308 would fail CLI >= 13
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
    // spatial: no implicit order (C.3), and no `orders: []`, which inline creation rejects (B.6)
    CHECK_FALSE(indexes[1].contains("orders"));
    // tables are created empty and CLI 12 creates indexes one by one: `[]`, as a pull writes it (F.6)
    CHECK(emitted({.shape = emit::config_shape::tables})["tables"][0]["indexes"][1]["orders"] == json::array());
    CHECK(emitted({.cli_version = aw::version(12, 0, 1)})["collections"][0]["indexes"][1]["orders"] == json::array());
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
        CHECK_THROWS_WITH(emit::write_config<project>(file),
                          Catch::Contains("cannot write") && Catch::Contains("missing"));
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
        const char* argv[] = {"gen", "--output",   "x.json",       "--shape",       "tables",       "--project-id",
                              "p",   "--endpoint", "https://e/v1", "--database-id", "main=main-dev"};
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
    SECTION("--flag=value is the same as --flag value, repeated --database-id collects") {
        const char* argv[] = {"gen",           "--output=x.json", "--shape=tables",       "--database-id=main=m1",
                              "--database-id", "logs=l1",         "--fail-on=destructive"};
        CHECK(aw::generator::parse_generator_arguments(7, argv, args).empty());
        CHECK(output == "x.json");
        CHECK(options.shape == emit::config_shape::tables);
        CHECK(options.database_ids.at("main") == "m1");
        CHECK(options.database_ids.at("logs") == "l1");
        CHECK(args.fail_on_destructive);
    }
    SECTION("an unknown or misspelt option is an error, not ignored") {
        const char* unknown[] = {"gen", "--output", "x.json", "--shapes", "tables"};
        CHECK_THAT(aw::generator::parse_generator_arguments(5, unknown, args), Catch::Contains("--shapes"));
        const char* bad_fail_on[] = {"gen", "--diff", "old.json", "--fail-on=everything"};
        CHECK_THAT(aw::generator::parse_generator_arguments(4, bad_fail_on, args), Catch::Contains("everything"));
    }
    SECTION("--help prints the options and is not an error") {
        const char* argv[] = {"gen", "--help"};
        std::string help;
        CHECK(aw::generator::parse_generator_arguments(2, argv, args, &help).empty());
        CHECK_THAT(help, Catch::Contains("--database-id") && Catch::Contains("Exit codes"));
    }
}

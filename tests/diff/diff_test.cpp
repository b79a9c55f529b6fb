// The migration plan (diff/plan.hpp) and its shell scripts (diff/shell.hpp), from configs written
// as JSON text. Oracle: reference F.6 — what `appwrite push` does with each change on CLI >= 24.1
// and on CLI 12 (< 24.1), written here from the reference, not from the code.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <appwrite/schema/diff/plan.hpp>
#include <appwrite/schema/diff/shell.hpp>
#include <appwrite/schema/io/config_file.hpp>

namespace {
namespace aw = appwrite::schema;
namespace diff = appwrite::schema::diff;
namespace io = appwrite::schema::io;
using json = nlohmann::json;
using diff::change_kind;
using diff::subject;

// Lists are std::vector<json>: a one-element braced json list is an array for g++ but a copy for clang.
using list = std::vector<json>;
json collection(const std::string& id, list attributes, list indexes = {}, const std::string& db = "db") {
    return {{"$id", id},       {"$permissions", json::array()}, {"databaseId", db},         {"name", id},
            {"enabled", true}, {"documentSecurity", false},     {"attributes", attributes}, {"indexes", indexes}};
}
json database(const std::string& id) { return {{"$id", id}, {"name", id}, {"enabled", true}}; }
json config(list collections, list databases = {database("db")}) {
    return {{"projectId", "p"}, {"databases", databases}, {"collections", collections}};
}
// One collection `c` in database `db`, with the collections a relationship may point at.
json one(json attribute, list indexes = {}) {
    return config({collection("c", {attribute}, indexes), collection("other", {}), collection("third", {})});
}
json index(const std::string& key, const std::string& type, std::vector<std::string> attributes,
           std::vector<std::string> orders) {
    return {{"key", key}, {"type", type}, {"attributes", attributes}, {"orders", orders}};
}

// Both configs stay alive with the plan: its changes point at their records.
struct diffed {
    io::loaded_config before, after;
    diff::plan p;
    diffed(const json& a, const json& b, diff::plan_options o = {})
        : before(io::parse_config(a.dump())), after(io::parse_config(b.dump())),
          p(diff::make_plan(before.view(), after.view(), o)) {
        REQUIRE(before.readable);
        REQUIRE(after.readable);
    }
    [[nodiscard]] const diff::change* find(subject what, change_kind kind, const std::string& key) const {
        for (const auto& c : p.changes)
            if (c.what == what && c.kind == kind && (c.key == key || c.collection == key || c.database == key))
                return &c;
        return nullptr;
    }
};

constexpr auto cli12 = aw::version(12, 0, 1);

// Base attributes, as a pull writes them (F.4).
json attr(const std::string& type, json extra = json::object()) {
    json a = {{"key", "k"}, {"type", type}, {"required", false}, {"array", false}, {"default", nullptr}};
    for (auto& [k, v] : extra.items()) a[k] = v;
    return a;
}
json string_attr(const std::string& type = "string") { return attr(type, {{"size", 100}, {"encrypt", false}}); }
json text_attr(const std::string& type) { return attr(type, {{"encrypt", false}}); }
json number_attr(const std::string& type, json min, json max) { return attr(type, {{"min", min}, {"max", max}}); }
json formatted(const std::string& format) { return attr("string", {{"format", format}}); }
json enum_attr() { return attr("string", {{"format", "enum"}, {"elements", {"a", "b"}}}); }
json named(json a, const std::string& key) {
    a["key"] = key;
    return a;
}
json relationship() {
    return {{"key", "k"},     {"type", "relationship"}, {"relatedCollection", "other"}, {"relationType", "manyToOne"},
            {"twoWay", true}, {"twoWayKey", "back"},    {"onDelete", "restrict"},       {"side", "parent"}};
}

struct row {
    std::string name;
    json base;
    std::function<void(json&)> edit;
    change_kind kind;
    std::string field;  // the first field the change names
    bool loss;
    bool cli12_recreates;
};

auto set(const std::string& k, json v) {
    return [k, v](json& a) { a[k] = v; };
}
auto retype(const std::string& type, json extra = json::object()) {
    return [type, extra](json& a) {
        a["type"] = type;
        for (const char* k : {"size", "encrypt", "format", "elements", "min", "max"}) a.erase(k);
        for (auto& [k, v] : extra.items()) a[k] = v;
    };
}

const auto U = change_kind::update;
const auto R = change_kind::recreate;

// F.6, CLI >= 24.1: size (string/varchar), required, default, elements, min, max, onDelete update in
// place; type, array, encrypt, format and the relationship's topology recreate (data loss). CLI 12
// recreates on size and onDelete too (cli12_recreates).
std::vector<row> rows() {
    return {
        {"string size", string_attr(), set("size", 200), U, "size", false, true},
        {"string required", string_attr(), set("required", true), U, "required", false, false},
        {"string default", string_attr(), set("default", "x"), U, "default", false, false},
        {"string array", string_attr(), set("array", true), R, "array", true, false},
        {"string encrypt", attr("string", {{"size", 200}, {"encrypt", false}}), set("encrypt", true), R, "encrypt",
         true, false},
        {"string format email", string_attr(), set("format", "email"), R, "format", true, false},
        {"string type integer", string_attr(), retype("integer"), R, "type", true, false},
        {"string[] required", attr("string", {{"size", 10}, {"array", true}, {"encrypt", false}}),
         set("required", true), U, "required", false, false},
        {"varchar size", string_attr("varchar"), set("size", 50), U, "size", false, true},
        {"varchar encrypt", attr("varchar", {{"size", 200}, {"encrypt", false}}), set("encrypt", true), R, "encrypt",
         true, false},
        {"varchar type string", string_attr("varchar"), set("type", "string"), R, "type", true, false},
        {"text default", text_attr("text"), set("default", "hi"), U, "default", false, false},
        {"text type mediumtext", text_attr("text"), set("type", "mediumtext"), R, "type", true, false},
        {"mediumtext required", text_attr("mediumtext"), set("required", true), U, "required", false, false},
        {"mediumtext array", text_attr("mediumtext"), set("array", true), R, "array", true, false},
        {"longtext default", text_attr("longtext"), set("default", "long"), U, "default", false, false},
        {"longtext encrypt", text_attr("longtext"), set("encrypt", true), R, "encrypt", true, false},
        {"integer min", number_attr("integer", 0, 100), set("min", 1), U, "min", false, false},
        {"integer max", number_attr("integer", 0, 100), set("max", 50), U, "max", false, false},
        {"integer default", number_attr("integer", 0, 100), set("default", 5), U, "default", false, false},
        {"integer type bigint", number_attr("integer", 0, 100), set("type", "bigint"), R, "type", true, false},
        {"integer array", number_attr("integer", 0, 100), set("array", true), R, "array", true, false},
        {"bigint max", number_attr("bigint", 0, 100), set("max", 1000000000000), U, "max", false, false},
        {"bigint type integer", number_attr("bigint", 0, 100), set("type", "integer"), R, "type", true, false},
        {"double min", number_attr("double", 0.0, 1.5), set("min", 0.5), U, "min", false, false},
        {"double default", number_attr("double", 0.0, 1.5), set("default", 1.25), U, "default", false, false},
        {"double type integer", number_attr("double", 0.0, 1.5), retype("integer"), R, "type", true, false},
        {"boolean default", attr("boolean"), set("default", true), U, "default", false, false},
        {"boolean array", attr("boolean"), set("array", true), R, "array", true, false},
        {"datetime required", attr("datetime", {{"format", ""}}), set("required", true), U, "required", false, false},
        {"datetime type string", attr("datetime", {{"format", ""}}), retype("string", {{"size", 30}}), R, "type", true,
         false},
        {"email default", formatted("email"), set("default", "a@b.c"), U, "default", false, false},
        {"email format url", formatted("email"), set("format", "url"), R, "format", true, false},
        {"url required", formatted("url"), set("required", true), U, "required", false, false},
        {"url format ip", formatted("url"), set("format", "ip"), R, "format", true, false},
        {"ip default", formatted("ip"), set("default", "127.0.0.1"), U, "default", false, false},
        {"ip array", formatted("ip"), set("array", true), R, "array", true, false},
        {"enum elements", enum_attr(), set("elements", {"a", "b", "c"}), U, "elements", false, false},
        {"enum default", enum_attr(), set("default", "a"), U, "default", false, false},
        {"enum to string", enum_attr(), retype("string", {{"size", 10}}), R, "format", true, false},
        {"relationship onDelete", relationship(), set("onDelete", "cascade"), U, "onDelete", false, true},
        {"relationship relationType", relationship(), set("relationType", "oneToMany"), R, "relationType", true, false},
        {"relationship relatedCollection", relationship(), set("relatedCollection", "third"), R, "relatedCollection",
         true, false},
        {"relationship twoWay", relationship(), set("twoWay", false), R, "twoWay", true, false},
        {"relationship twoWayKey", relationship(), set("twoWayKey", "back2"), R, "twoWayKey", true, false},
        {"point required", attr("point"), set("required", true), U, "required", false, false},
        {"point default set", attr("point"), set("default", {1.0, 2.0}), U, "default", false, false},
        {"point default moved", attr("point", {{"default", {1.0, 2.0}}}), set("default", {3.0, 4.0}), U, "default",
         false, false},
        {"point type polygon", attr("point"), set("type", "polygon"), R, "type", true, false},
        {"linestring default", attr("linestring"), set("default", {{0.0, 0.0}, {1.0, 1.0}}), U, "default", false,
         false},
        {"linestring type point", attr("linestring"), set("type", "point"), R, "type", true, false},
        {"polygon required", attr("polygon"), set("required", true), U, "required", false, false},
        {"polygon type linestring", attr("polygon"), set("type", "linestring"), R, "type", true, false},
    };
}

// The acceptance a change asks for; only changes that lose data have one.
aw::accepted_loss acceptance_of(const diff::change& c) {
    const auto a = c.acceptance();
    REQUIRE(a.has_value());
    return *a;
}

void check_one_attribute_change(const diffed& d, change_kind kind, const std::string& field, bool loss) {
    REQUIRE(d.p.changes.size() == 1);
    const auto& c = d.p.changes.front();
    CHECK(c.what == subject::attribute);
    CHECK(c.database == "db");
    CHECK(c.collection == "c");
    CHECK(c.key == "k");
    CHECK(aw::name_of(c.kind) == aw::name_of(kind));
    REQUIRE_FALSE(c.fields.empty());
    CHECK(c.fields.front() == field);
    CHECK(c.data_loss == loss);
    CHECK(d.p.destructive() == loss);
}

}  // namespace

TEST_CASE("the table has an in-place and a recreating change for every attribute type") {
    const auto all = rows();
    for (const char* type :
         {"string", "varchar", "text", "mediumtext", "longtext", "integer", "bigint", "double", "boolean", "datetime",
          "email", "url", "ip", "enum", "relationship", "point", "linestring", "polygon"}) {
        const auto of = [&](change_kind k) {
            return std::count_if(all.begin(), all.end(), [&](const row& r) {
                return r.name.rfind(std::string(type) + " ", 0) == 0 && r.kind == k;
            });
        };
        INFO(type);
        CHECK(of(U) >= 1);
        CHECK(of(R) >= 1);
    }
}

TEST_CASE("every attribute type: in-place and recreating changes (F.6, CLI >= 24.1)") {
    for (const auto& r : rows()) {
        DYNAMIC_SECTION(r.name) {
            json after = r.base;
            r.edit(after);
            const diffed d(one(r.base), one(after));
            check_one_attribute_change(d, r.kind, r.field, r.loss);
            CHECK(d.p.changes.front().cli12_recreates == r.cli12_recreates);
            const auto& c = d.p.changes.front();
            CHECK(c.note.empty() == !(r.cli12_recreates || c.push_fails || c.push_leaves));
        }
    }
}

// Found by the CLI oracle (tests/cli/oracle_check.py): where push does not do what the change says.
TEST_CASE("what push leaves out or fails on, per CLI") {
    auto plan_of = [](const std::string& name, diff::plan_options o) {
        for (const auto& r : rows())
            if (r.name == name) {
                json after = r.base;
                r.edit(after);
                const diffed d(one(r.base), one(after), o);
                REQUIRE(d.p.changes.size() == 1);
                const auto& c = d.p.changes.front();
                return std::make_pair(c.push_leaves, c.push_fails);
            }
        FAIL("no row " << name);
        return std::make_pair(false, false);
    };
    const diff::plan_options go{.cli_version = aw::version(27, 3, 0)};
    const diff::plan_options newest{};
    const diff::plan_options legacy{.cli_version = cli12};
    // The Go CLI PATCHes an old enum as a plain string, and onDelete to a route the server lacks.
    CHECK(plan_of("enum to string", go) == std::make_pair(false, true));
    CHECK(plan_of("enum to string", newest) == std::make_pair(false, true));
    CHECK(plan_of("relationship onDelete", go) == std::make_pair(false, true));
    CHECK(plan_of("relationship onDelete", legacy) == std::make_pair(false, false));  // CLI 12 recreates it
    // CLI 12 does not see a plain string become formatted: the server returns no format for it.
    CHECK(plan_of("string format email", legacy) == std::make_pair(true, false));
    CHECK(plan_of("string format email", go) == std::make_pair(false, false));
    CHECK(plan_of("email format url", legacy) == std::make_pair(false, false));
    // Push deletes nothing in the collections shape; in the tables shape it deletes what is gone.
    const json two = config({collection("c", {}), collection("d", {})}, {database("db"), database("db2")});
    const json one_left = config({collection("c", {})});
    const diffed legacy_shape(two, one_left);
    for (const auto& c : legacy_shape.p.changes) CHECK(c.push_leaves);
    CHECK(legacy_shape.p.changes.size() == 2);  // collection d, database db2
    const diffed tables(two, one_left, {.tables = true});
    for (const auto& c : tables.p.changes) CHECK_FALSE(c.push_leaves);
}

TEST_CASE("the same edits for CLI 12: size and onDelete recreate too (F.6)") {
    for (const auto& r : rows()) {
        DYNAMIC_SECTION(r.name) {
            json after = r.base;
            r.edit(after);
            const diffed d(one(r.base), one(after), {.cli_version = cli12});
            // CLI 12 compares every key but required/default/elements/min/max.
            const bool recreates = r.kind == R || r.cli12_recreates;
            check_one_attribute_change(d, recreates ? R : U, r.field, recreates);
            if (r.cli12_recreates) {
                CHECK_FALSE(d.p.changes.front().note.empty());
                CHECK(acceptance_of(d.p.changes.front()).kind == aw::loss_kind::recreated_attribute);
            }
        }
    }
    // CLI 24.1 itself is the first that updates in place.
    const diffed d(one(string_attr()), one(attr("string", {{"size", 200}, {"encrypt", false}})),
                   {.cli_version = aw::version(24, 1, 0)});
    check_one_attribute_change(d, U, "size", false);
}

TEST_CASE("equal values spelled differently are no change") {
    const diffed a(one(number_attr("double", 0, 1)), one(number_attr("double", 0.0, 1.0)));
    CHECK(a.p.changes.empty());
    // Bounds the server fills itself (int64 extremes) equal absent ones.
    const diffed b(one(attr("integer")), one(number_attr("integer", INT64_MIN, INT64_MAX)));
    CHECK(b.p.changes.empty());
    const diffed f(one(attr("double")), one(number_attr("double", -1.7976931348623157e308, 1.7976931348623157e308)));
    CHECK(f.p.changes.empty());
    const diffed c(one(attr("integer", {{"default", 3}})), one(attr("integer", {{"default", 3.0}})));
    CHECK(c.p.changes.empty());
}

TEST_CASE("index changes recreate the index without data loss (F.6)") {
    const json name = string_attr();
    auto with = [&](list indexes) { return config({collection("c", {name, named(attr("integer"), "n")}, indexes)}); };
    const auto base = with({index("ix", "key", {"k"}, {"ASC"})});
    struct {
        const char* name;
        json after;
        const char* field;
    } const cases[] = {{"orders", with({index("ix", "key", {"k"}, {"DESC"})}), "orders"},
                       {"attributes", with({index("ix", "key", {"k", "n"}, {"ASC", "ASC"})}), "attributes"},
                       {"type", with({index("ix", "unique", {"k"}, {"ASC"})}), "type"}};
    for (const auto& x : cases) {
        DYNAMIC_SECTION(x.name) {
            const diffed d(base, x.after);
            REQUIRE(d.p.changes.size() == 1);
            const auto& c = d.p.changes.front();
            CHECK(c.what == subject::index);
            CHECK(c.kind == change_kind::recreate);
            CHECK(c.key == "ix");
            CHECK(c.fields == std::vector<std::string>{x.field});
            CHECK_FALSE(c.data_loss);
            CHECK_FALSE(d.p.destructive());
        }
    }
    const diffed added(base, with({index("ix", "key", {"k"}, {"ASC"}), index("ix2", "key", {"n"}, {"ASC"})}));
    REQUIRE(added.p.changes.size() == 1);
    CHECK(added.find(subject::index, change_kind::create, "ix2") != nullptr);
    const diffed removed(base, with({}));
    REQUIRE(removed.p.changes.size() == 1);
    const auto* gone = removed.find(subject::index, change_kind::remove, "ix");
    REQUIRE(gone != nullptr);
    CHECK_FALSE(gone->data_loss);
    CHECK_FALSE(removed.p.destructive());
}

TEST_CASE("collections and databases") {
    const json c = collection("c", {string_attr()});
    const json other = collection("other", {string_attr()}, {index("ix", "key", {"k"}, {"ASC"})});
    const json base = config({c, other});

    SECTION("a deleted collection loses its data") {
        const diffed d(base, config({c}));
        REQUIRE(d.p.changes.size() == 1);
        const auto* x = d.find(subject::collection, change_kind::remove, "other");
        REQUIRE(x != nullptr);
        CHECK(x->data_loss);
        CHECK(acceptance_of(*x).kind == aw::loss_kind::dropped_collection);
    }
    SECTION("a deleted database is one change: its collections go with it") {
        const diffed d(config({c, collection("x", {}, {}, "db2")}, {database("db"), database("db2")}), config({c}));
        REQUIRE(d.p.changes.size() == 1);
        const auto& x = d.p.changes.front();
        CHECK(x.what == subject::database);
        CHECK(x.kind == change_kind::remove);
        CHECK(x.database == "db2");
        CHECK(x.data_loss);
        CHECK(diff::acceptance_line(acceptance_of(x)) == R"(.accept_data_loss(aw::loss::dropped_database("db2")))");
    }
    SECTION("a renamed database: one update, no loss") {
        json renamed = database("db");
        renamed["name"] = "Main";
        const diffed d(base, config({c, other}, {renamed}));
        REQUIRE(d.p.changes.size() == 1);
        CHECK(d.p.changes.front().what == subject::database);
        CHECK(d.p.changes.front().kind == change_kind::update);
        CHECK(d.p.changes.front().fields == std::vector<std::string>{"name"});
        CHECK_FALSE(d.p.destructive());
    }
    SECTION("a new collection: the collection, each attribute, each index") {
        json child = named(relationship(), "parent");
        child["side"] = "child";  // created by the server from the parent's twoWay (F.6)
        const json fresh = collection("n", {string_attr(), child}, {index("ix", "key", {"k"}, {"ASC"})});
        const diffed d(config({c}), config({c, fresh}));
        REQUIRE(d.p.changes.size() == 3);
        CHECK(d.find(subject::collection, change_kind::create, "n") != nullptr);
        CHECK(d.find(subject::attribute, change_kind::create, "k") != nullptr);
        CHECK(d.find(subject::index, change_kind::create, "ix") != nullptr);
        CHECK_FALSE(d.p.destructive());
    }
    SECTION("settings of an existing collection: one update; push sends only the name (F.6)") {
        json edited = other;
        edited["name"] = "Renamed";
        edited["documentSecurity"] = true;
        edited["$permissions"] = {"read(\"any\")"};
        const diffed d(base, config({c, edited}));
        REQUIRE(d.p.changes.size() == 1);
        const auto& x = d.p.changes.front();
        CHECK(x.what == subject::collection);
        CHECK(x.kind == change_kind::update);
        CHECK(x.collection == "other");
        CHECK(x.fields == std::vector<std::string>{"name", "documentSecurity", "$permissions"});
        CHECK(x.from == "other");
        CHECK(x.to == "Renamed");
        CHECK_FALSE(x.data_loss);
        CHECK_FALSE(x.note.empty());
        json renamed_only = other;
        renamed_only["name"] = "Renamed";
        const diffed n(base, config({c, renamed_only}));
        REQUIRE(n.p.changes.size() == 1);
        CHECK(n.p.changes.front().note.empty());  // the name is what push does send
    }
    SECTION("permissions are a set: order and `write` spelled out are no change (D.1)") {
        json a = other;
        a["$permissions"] = {"read(\"any\")", "write(\"users\")"};
        json b = other;
        b["$permissions"] = {"delete(\"users\")", "update(\"users\")", "read(\"any\")", "create(\"users\")"};
        const diffed d(config({c, a}), config({c, b}));
        CHECK(d.p.changes.empty());
        b["$permissions"] = {"update(\"users\")", "read(\"any\")", "create(\"users\")"};
        const diffed e(config({c, a}), config({c, b}));
        REQUIRE(e.p.changes.size() == 1);
        CHECK(e.p.changes.front().fields == std::vector<std::string>{"$permissions"});
    }
}

TEST_CASE("previousKey renames in place on CLI >= 24.1; CLI 12 deletes and creates (F.6)") {
    const json old_attr = named(string_attr(), "old");
    json new_attr = named(old_attr, "new");
    new_attr["previousKey"] = "old";

    const diffed d(one(old_attr), one(new_attr));
    REQUIRE(d.p.changes.size() == 1);
    const auto& r = d.p.changes.front();
    CHECK(r.kind == change_kind::rename);
    CHECK(r.what == subject::attribute);
    CHECK(r.from == "old");
    CHECK(r.to == "new");
    CHECK_FALSE(r.data_loss);

    const diffed legacy(one(old_attr), one(new_attr), {.cli_version = cli12});
    REQUIRE(legacy.p.changes.size() == 2);
    const auto* gone = legacy.find(subject::attribute, change_kind::remove, "old");
    REQUIRE(gone != nullptr);
    CHECK(gone->data_loss);
    const auto* created = legacy.find(subject::attribute, change_kind::create, "new");
    REQUIRE(created != nullptr);
    CHECK_FALSE(created->data_loss);
}

TEST_CASE("accepted losses") {
    const json before = config({collection("c", {named(string_attr(), "gone"), named(string_attr(), "age")})});
    const json after = config({collection("c", {named(attr("integer"), "age")})});

    const std::vector<aw::accepted_loss> right = {aw::loss::dropped_attribute("db", "c", "gone"),
                                                  aw::loss::recreated_attribute("db", "c", "age"),
                                                  aw::loss::dropped_collection("db", "nope")};
    const diffed d(before, after, {.accepted = right});
    REQUIRE(d.p.changes.size() == 2);
    for (const auto& c : d.p.changes) CHECK(c.accepted);
    CHECK(d.p.losses() == 2);
    CHECK_FALSE(d.p.destructive());
    REQUIRE(d.p.unused_acceptances.size() == 1);
    CHECK(d.p.unused_acceptances.front().kind == aw::loss_kind::dropped_collection);
    CHECK(d.p.unused_acceptances.front().collection == "nope");

    // The kind must match too: dropping is not recreating.
    const std::vector<aw::accepted_loss> wrong = {aw::loss::dropped_attribute("db", "c", "age")};
    const diffed w(before, after, {.accepted = wrong});
    CHECK(w.p.destructive());
    CHECK(w.p.unaccepted_losses() == 2);
    CHECK(w.p.unused_acceptances.size() == 1);

    const auto* dropped = d.find(subject::attribute, change_kind::remove, "gone");
    REQUIRE(dropped != nullptr);
    CHECK(diff::acceptance_line(acceptance_of(*dropped)) ==
          R"(.accept_data_loss(aw::loss::dropped_attribute("db", "c", "gone")))");
    CHECK(diff::acceptance_line(aw::loss::dropped_attribute("db", "c", "k")) ==
          R"(.accept_data_loss(aw::loss::dropped_attribute("db", "c", "k")))");
    CHECK(diff::acceptance_line(aw::loss::dropped_collection("db", "c")) ==
          R"(.accept_data_loss(aw::loss::dropped_collection("db", "c")))");
}

TEST_CASE("a config against itself plans nothing (golden files)") {
    const auto golden = std::filesystem::path(__FILE__).parent_path().parent_path() / "golden";
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(golden)) {
        if (entry.path().extension() != ".json") continue;
        ++files;
        DYNAMIC_SECTION(entry.path().filename().string()) {
            const auto a = io::load_config(entry.path());
            const auto b = io::load_config(entry.path());  // separate records: compared by value
            REQUIRE(a.readable);
            REQUIRE_FALSE(a.collections.empty());
            const auto p = diff::make_plan(a.view(), b.view());
            CHECK(p.changes.empty());
            CHECK_FALSE(p.destructive());
        }
    }
    CHECK(files == 8);
    // The legacy and the tables shape of one schema are the same schema.
    for (const char* name : {"djamms", "intrada"}) {
        const auto legacy = io::load_config(golden / (std::string(name) + ".collections.json"));
        const auto tables = io::load_config(golden / (std::string(name) + ".tables.json"));
        REQUIRE(tables.has_tables_shape);
        CHECK(diff::make_plan(legacy.view(), tables.view(), {.tables = true}).changes.empty());
    }
}

namespace {
// The script's lines, without the `step ` that prints each command before it runs.
std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line.rfind("step ", 0) == 0 ? line.substr(5) : line);
    return out;
}
// Line numbers of the lines starting with any of `prefixes`.
std::vector<std::size_t> where(const std::vector<std::string>& lines, std::vector<std::string> prefixes) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < lines.size(); ++i)
        for (const auto& p : prefixes)
            if (lines[i].rfind(p, 0) == 0) out.push_back(i);
    return out;
}
}  // namespace

TEST_CASE("shell scripts: deployment order, rollback, tables shape, quoting") {
    json owner = named(relationship(), "owner");
    owner["relatedCollection"] = "n";
    owner["twoWay"] = false;
    json fresh = collection("n", {string_attr()});
    fresh["name"] = "Bob's notes";
    const json before = config({collection("c", {named(string_attr(), "age"), named(string_attr(), "gone")},
                                           {index("ix", "key", {"age"}, {"ASC"})}),
                                collection("old", {})});
    const json c = collection("c", {named(attr("integer"), "age"), named(attr("boolean"), "extra"), owner},
                              {index("ix", "key", {"age"}, {"DESC"}), index("ix2", "key", {"extra"}, {"ASC"})});
    const json after = config({c, fresh}, {database("db"), database("db2")});
    const diffed d(before, after);
    const auto out = diff::shell_scripts(d.p, d.before.view(), d.after.view(), {.tables = false});
    const auto lines = lines_of(out.deploy);
    const std::string a = "appwrite databases ";
    const std::string in_c = "--database-id 'db' --collection-id 'c' --key ";
    // The phases of shell.hpp, each after the one before: the server needs collections before their
    // attributes, every collection before a relationship, available attributes before indexes.
    const std::vector<std::vector<std::string>> order = {
        {a + "create --database-id 'db2'"},
        {a + "create-collection --database-id 'db' --collection-id 'n'"},
        {a + "delete-index " + in_c + "'ix'"},
        {a + "delete-attribute " + in_c + "'age'"},
        {a + "create-integer-attribute " + in_c + "'age'", a + "create-boolean-attribute " + in_c + "'extra'",
         a + "create-string-attribute --database-id 'db' --collection-id 'n' --key 'k'"},
        {a + "create-relationship-attribute " + in_c + "'owner'"},
        {"wait_until_available attribute "},
        {a + "create-index " + in_c + "'ix'", a + "create-index " + in_c + "'ix2'"},
        {a + "delete-attribute " + in_c + "'gone'"},
        {a + "delete-collection --database-id 'db' --collection-id 'old'"},
    };
    std::vector<std::vector<std::size_t>> at;
    for (const auto& group : order) {
        at.push_back(where(lines, group));
        INFO(group.front());
        CHECK(at.back().size() >= group.size());
    }
    CHECK(where(lines, {"wait_until_available attribute "}).size() == 4);  // age, extra, owner, n's k
    for (std::size_t i = 0; i + 1 < at.size(); ++i) {
        INFO(order[i].front() << "  before  " << order[i + 1].front());
        if (at[i].empty() || at[i + 1].empty()) continue;
        CHECK(*std::max_element(at[i].begin(), at[i].end()) < *std::min_element(at[i + 1].begin(), at[i + 1].end()));
    }
    CHECK(out.deploy.find(R"(--name 'Bob'\''s notes')") != std::string::npos);
    // A flag with no values would take the next flag as its value (the Go CLI does): never written.
    CHECK(out.deploy.find("--permissions --") == std::string::npos);
    CHECK(out.rollback.find("--permissions --") == std::string::npos);

    // The rollback is the plan back to OLD: what was created goes, the old shapes come back (empty).
    const auto back = lines_of(out.rollback);
    const auto drop_n = where(back, {a + "delete-collection --database-id 'db' --collection-id 'n'"});
    const auto drop_db2 = where(back, {a + "delete --database-id 'db2'"});
    REQUIRE(drop_n.size() == 1);
    REQUIRE(drop_db2.size() == 1);
    CHECK(drop_n.front() < drop_db2.front());  // a collection before its database
    const auto age_back = where(back, {a + "create-string-attribute " + in_c + "'age' --required false --size 100"});
    const auto age_gone = where(back, {a + "delete-attribute " + in_c + "'age'"});
    REQUIRE(age_back.size() == 1);  // the recreated attribute gets its old type and size again
    REQUIRE(age_gone.size() == 1);
    CHECK(age_gone.front() < age_back.front());
    CHECK(where(back, {a + "create-string-attribute " + in_c + "'gone' --required false --size 100"}).size() == 1);
    CHECK(where(back, {a + "create-collection --database-id 'db' --collection-id 'old'"}).size() == 1);
    CHECK(where(back, {a + "delete-attribute " + in_c + "'extra'"}).size() == 1);
    CHECK(where(back, {a + "create-index " + in_c + "'ix' --type key --attributes 'age' --orders ASC"}).size() == 1);
    CHECK(where(back, {a + "delete-index " + in_c + "'ix2'"}).size() == 1);
    CHECK(out.rollback.find("# attribute db/c/age comes back empty") != std::string::npos);
    CHECK(out.rollback.find("# attribute db/c/gone comes back empty") != std::string::npos);
    CHECK(out.rollback.find("# collection db/old comes back empty") != std::string::npos);
    // Both start with the pre-flight and print each step.
    for (const auto* text : {&out.deploy, &out.rollback}) {
        CHECK(text->find("appwrite --json databases list >/dev/null") < text->find("step appwrite databases"));
        CHECK(text->find("    12.* | 27.*) ;;") != std::string::npos);
    }

    // The tables shape speaks tables-db (CLI 12 spelling, F.6).
    const auto tables = diff::shell_scripts(d.p, d.before.view(), d.after.view(), {.tables = true});
    CHECK(tables.deploy.find("appwrite tables-db create-table --database-id 'db' --table-id 'n'") != std::string::npos);
    CHECK(tables.deploy.find("appwrite tables-db create-string-column --database-id 'db' --table-id 'n' --key 'k'") !=
          std::string::npos);
    CHECK(tables.deploy.find("--columns 'extra'") != std::string::npos);
    CHECK(tables.deploy.find("--related-table-id 'n'") != std::string::npos);
    CHECK(tables.deploy.find("appwrite databases ") == std::string::npos);
}

namespace {
// What the plan warns about one attribute change (warnings.hpp), as one line.
std::string warnings_of(const diffed& d) {
    std::string out;
    for (const auto& c : d.p.changes)
        for (const auto& w : c.warnings) out += w + "\n";
    return out;
}
json with_on_delete(const std::string& action) {
    json r = relationship();
    r["onDelete"] = action;
    return r;
}
}  // namespace

TEST_CASE("warnings: steps the server may refuse or that change what stored documents mean") {
    struct warning_row {
        std::string name;
        json base;
        std::function<void(json&)> edit;
        std::string expected;  // a part of the warning; empty: none
    };
    const std::vector<warning_row> table = {
        {"string size cut", string_attr(), set("size", 20), "refuses to shrink the column while a stored value"},
        {"string size grown", string_attr(), set("size", 200), ""},
        {"varchar size cut", string_attr("varchar"), set("size", 20), "size 100 -> 20"},
        {"enum element removed", enum_attr(), set("elements", {"a"}), "elements removed (\"b\")"},
        {"enum element added", enum_attr(), set("elements", {"a", "b", "c"}), ""},
        {"integer min raised", number_attr("integer", 0, 100), set("min", 1), "min raised to 1"},
        {"integer min lowered", number_attr("integer", 0, 100), set("min", -1), ""},
        {"integer max lowered", number_attr("integer", 0, 100), set("max", 50), "max lowered to 50"},
        {"integer max raised", number_attr("integer", 0, 100), set("max", 500), ""},
        {"integer bound where none was", attr("integer"), set("min", 5), "min raised to 5"},
        {"double min raised", number_attr("double", 0.0, 1.5), set("min", 0.5), "documents outside the new range"},
        {"required set without default", string_attr(), set("required", true), "required without a default"},
        {"required unset", attr("string", {{"size", 100}, {"encrypt", false}, {"required", true}}),
         set("required", false), ""},
        {"onDelete to restrict", with_on_delete("cascade"), set("onDelete", "restrict"),
         "refuses to delete a document of c while related other documents"},
        {"onDelete to cascade", relationship(), set("onDelete", "cascade"), ""},
        {"a default changed", string_attr(), set("default", "x"), ""},
    };
    for (const auto& r : table) {
        DYNAMIC_SECTION(r.name) {
            json changed = r.base;
            r.edit(changed);
            const diffed d(one(r.base), one(changed));
            REQUIRE(d.p.changes.size() == 1);
            CHECK(d.p.changes.front().kind == change_kind::update);
            const auto said = warnings_of(d);
            INFO(said);
            if (r.expected.empty()) CHECK(said.empty());
            else CHECK(said.find(r.expected) != std::string::npos);
            CHECK(d.p.warnings() == (r.expected.empty() ? 0U : 1U));
        }
    }
    // CLI 12 recreates a resized string: the column is new, nothing is shrunk.
    const diffed legacy(one(string_attr()), one(attr("string", {{"size", 20}, {"encrypt", false}})),
                        {.cli_version = cli12});
    CHECK(warnings_of(legacy).empty());
}

TEST_CASE("warnings: new required attributes and unique indexes on collections that have documents") {
    const json base = string_attr();
    json required = named(base, "must");
    required["required"] = true;
    const json key_index = index("ix", "key", {"k"}, {"ASC"});
    const json unique_index = index("ix", "unique", {"k"}, {"ASC"});
    struct case_ {
        std::string name;
        json before, after;
        std::string expected;
    };
    const std::vector<case_> cases = {
        {"new required attribute without default", config({collection("c", {base})}),
         config({collection("c", {base, required})}), "existing documents get no value"},
        {"new optional attribute", config({collection("c", {base})}),
         config({collection("c", {base, named(base, "maybe")})}), ""},
        {"required attribute of a new collection", config({collection("c", {base})}),
         config({collection("c", {base}), collection("n", {required})}), ""},
        {"recreated as required", config({collection("c", {base})}),
         config({collection("c", {attr("integer", {{"required", true}})})}), "existing documents get no value"},
        {"index made unique", config({collection("c", {base}, {key_index})}),
         config({collection("c", {base}, {unique_index})}), "made unique: the server cannot build it"},
        {"new unique index", config({collection("c", {base})}), config({collection("c", {base}, {unique_index})}),
         "a new unique index"},
        {"unique made key", config({collection("c", {base}, {unique_index})}),
         config({collection("c", {base}, {key_index})}), ""},
        {"unique index of a new collection", config({collection("c", {base})}),
         config({collection("c", {base}), collection("n", {base}, {unique_index})}), ""},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.name) {
            const diffed d(c.before, c.after);
            const auto said = warnings_of(d);
            INFO(said);
            if (c.expected.empty()) CHECK(said.empty());
            else CHECK(said.find(c.expected) != std::string::npos);
        }
    }
}

TEST_CASE("rename hints: a delete and a create of the same shape in one collection") {
    const json phone_number = named(string_attr(), "phoneNumber");
    struct case_ {
        std::string name;
        json created;
        bool hinted;
    };
    const std::vector<case_> cases = {
        {"same type and size", named(string_attr(), "phone"), true},
        {"another size", named(attr("string", {{"size", 20}, {"encrypt", false}}), "phone"), false},
        {"another type", named(attr("integer"), "phone"), false},
        {"now required", named(attr("string", {{"size", 100}, {"encrypt", false}, {"required", true}}), "phone"),
         false},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.name) {
            const diffed d(one(phone_number), one(c.created));
            const auto* made = d.find(subject::attribute, change_kind::create, "phone");
            const auto* gone = d.find(subject::attribute, change_kind::remove, "phoneNumber");
            REQUIRE(made != nullptr);
            REQUIRE(gone != nullptr);
            CHECK(made->looks_renamed == (c.hinted ? "phoneNumber" : ""));
            CHECK(gone->looks_renamed == (c.hinted ? "phone" : ""));
            if (!c.hinted) continue;
            CHECK(diff::rename_line(*made, diff::acceptance_spelling::command_line) ==
                  R"("previousKey": "phoneNumber" in db/c/phone of NEW)");
            CHECK(diff::rename_line(*made) == R"(.renamed_from("phoneNumber") on db/c/phone)");
        }
    }
    // Two of each pair in order, each once; a previousKey rename is no hint.
    const json a1 = named(string_attr(), "a1"), b1 = named(string_attr(), "b1");
    const diffed two(config({collection("c", {a1, b1})}),
                     config({collection("c", {named(string_attr(), "a2"), named(string_attr(), "b2")})}));
    CHECK(two.find(subject::attribute, change_kind::create, "a2")->looks_renamed == "a1");
    CHECK(two.find(subject::attribute, change_kind::create, "b2")->looks_renamed == "b1");
    json declared = named(string_attr(), "phone");
    declared["previousKey"] = "phoneNumber";
    const diffed renamed(one(phone_number), one(declared));
    REQUIRE(renamed.p.changes.size() == 1);
    CHECK(renamed.p.changes.front().looks_renamed.empty());
    const diffed legacy(one(phone_number), one(declared), {.cli_version = cli12});
    CHECK(legacy.find(subject::attribute, change_kind::create, "phone")->looks_renamed.empty());
}

TEST_CASE("shell scripts: no step the CLI cannot send, REST where it cannot, rollback renames back") {
    const json title = named(string_attr(), "title");                 // no default
    const json score = named(number_attr("double", 0, 10), "score");  // whole bounds
    json renamed = named(title, "heading");
    renamed["previousKey"] = "title";
    renamed["size"] = 200;
    json fractional = score;
    fractional["min"] = 0.5;
    json with_default = named(number_attr("integer", 0, 10), "n");
    json with_default_after = with_default;
    with_default_after["default"] = 5;
    const diffed d(config({collection("c", {title, score, with_default})}),
                   config({collection("c", {renamed, fractional, with_default_after})}));
    const auto out = diff::shell_scripts(d.p, d.before.view(), d.after.view());
    INFO(out.deploy);
    // An update without a default, a fractional bound: the request push sends, through curl.
    CHECK(
        out.deploy.find(
            R"(step api PATCH '/databases/db/collections/c/attributes/string/title' '{"required":false,"size":200,"default":null,"newKey":"heading"}')") !=
        std::string::npos);
    CHECK(
        out.deploy.find(
            R"(step api PATCH '/databases/db/collections/c/attributes/float/score' '{"required":false,"min":0.5,"max":10,"default":null}')") !=
        std::string::npos);
    CHECK(out.deploy.find("--xdefault 5") != std::string::npos);  // a default: the CLI sends it
    CHECK(out.deploy.find("update-float-attribute") == std::string::npos);
    CHECK(out.deploy.find("update-string-attribute") == std::string::npos);
    CHECK(out.deploy.find(R"(: "${APPWRITE_ENDPOINT:?)") < out.deploy.find("step api PATCH"));
    // The rollback renames back (and shrinks back) through the same route.
    CHECK(
        out.rollback.find(
            R"(step api PATCH '/databases/db/collections/c/attributes/string/heading' '{"required":false,"size":100,"default":null,"newKey":"title"}')") !=
        std::string::npos);
    // A script for a named CLI asks for that version.
    const auto pinned = diff::shell_scripts(d.p, d.before.view(), d.after.view(), {.cli_version = cli12});
    CHECK(pinned.deploy.find("    \"12.0.1\") ;;") != std::string::npos);
    // Nothing to change: no step, no REST settings asked for.
    const diffed same(config({collection("c", {title})}), config({collection("c", {title})}));
    const auto none = diff::shell_scripts(same.p, same.before.view(), same.after.view());
    CHECK(none.deploy.find("# nothing to change") != std::string::npos);
    CHECK(none.deploy.find("APPWRITE_API_KEY") == std::string::npos);
}

// Not a test: writes the change pairs for the CLI oracle (tests/cli/oracle_check.sh) into
// $ORACLE_CASES_DIR, one folder per pair (old.json, new.json), named GROUP.NAME: the attribute table
// above (every type, an in-place and a recreating change) and the index, rename and delete cases.
TEST_CASE("write the change pairs for the CLI oracle", "[.oracle]") {
    const char* dir = std::getenv("ORACLE_CASES_DIR");
    REQUIRE(dir != nullptr);
    auto write = [&](const std::string& group, std::string name, const json& old_config, const json& new_config) {
        std::replace(name.begin(), name.end(), ' ', '_');
        std::replace(name.begin(), name.end(), '[', '_');
        std::erase(name, ']');
        const auto folder = std::filesystem::path(dir) / (group + "." + name);
        std::filesystem::create_directories(folder);
        std::ofstream(folder / "old.json") << old_config.dump(2) << "\n";
        std::ofstream(folder / "new.json") << new_config.dump(2) << "\n";
    };
    std::size_t n = 0;
    for (const auto& r : rows()) {
        json changed = r.base;
        r.edit(changed);
        auto group = r.name.substr(0, r.name.find(' '));
        std::erase(group, '[');
        std::erase(group, ']');
        write(group, r.name, one(r.base), one(changed));
        ++n;
    }
    const json s = string_attr();
    const json t = named(string_attr(), "t");
    const json by_k = index("ix", "key", {"k"}, {"ASC"});
    const json other = collection("other", {});
    write("index", "attributes changed", config({collection("c", {s, t}, {by_k}), other}),
          config({collection("c", {s, t}, {index("ix", "key", {"t"}, {"ASC"})}), other}));
    write("index", "made unique", config({collection("c", {s}, {by_k}), other}),
          config({collection("c", {s}, {index("ix", "unique", {"k"}, {"ASC"})}), other}));
    write("index", "order changed", config({collection("c", {s}, {by_k}), other}),
          config({collection("c", {s}, {index("ix", "key", {"k"}, {"DESC"})}), other}));
    write("index", "created", config({collection("c", {s}), other}), config({collection("c", {s}, {by_k}), other}));
    write("index", "deleted", config({collection("c", {s}, {by_k}), other}), config({collection("c", {s}), other}));
    write("index", "attribute recreated", config({collection("c", {s, t}, {by_k}), other}),
          config({collection("c", {attr("integer"), t}, {by_k}), other}));
    json renamed = named(s, "k2");
    renamed["previousKey"] = "k";
    write("rename", "previousKey", config({collection("c", {s}), other}), config({collection("c", {renamed}), other}));
    write("rename", "looks like one", config({collection("c", {s}), other}),
          config({collection("c", {named(s, "k2")}), other}));
    write("collection", "attribute created", config({collection("c", {s}), other}),
          config({collection("c", {s, t}), other}));
    write("collection", "attribute deleted", config({collection("c", {s, t}), other}),
          config({collection("c", {s}), other}));
    write("collection", "created", config({collection("c", {s})}),
          config({collection("c", {s}), collection("n", {t})}));
    write("collection", "deleted", config({collection("c", {s}), other}), config({collection("c", {s})}));
    write("collection", "renamed", config({collection("c", {s})}), config({[&] {
              json c = collection("c", {s});
              c["name"] = "Renamed";
              return c;
          }()}));
    write("database", "deleted",
          config({collection("c", {s}), collection("d", {s}, {}, "db2")}, {database("db"), database("db2")}),
          config({collection("c", {s})}));
    write("database", "created", config({collection("c", {s})}),
          config({collection("c", {s}), collection("d", {s}, {}, "db2")}, {database("db"), database("db2")}));
    n += 15;
    // One folder per pair: no two names collide.
    const auto folders = std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator());
    CHECK(static_cast<std::size_t>(folders) == n);
}

TEST_CASE("an index over a recreated attribute is recreated with it (push leaves it out)") {
    const json s = string_attr();
    const json by_k = index("ix", "key", {"k"}, {"ASC"});
    const json other_ix = index("other_ix", "key", {"t"}, {"ASC"});
    const json t = named(string_attr(), "t");
    const diffed d(config({collection("c", {s, t}, {by_k, other_ix})}),
                   config({collection("c", {attr("integer"), t}, {by_k, other_ix})}));
    const auto* ix = d.find(subject::index, change_kind::recreate, "ix");
    REQUIRE(ix != nullptr);
    CHECK(ix->push_leaves);
    CHECK(ix->note.find("its attribute k is recreated") != std::string::npos);
    CHECK(d.find(subject::index, change_kind::recreate, "other_ix") == nullptr);  // not over k
    // The script takes the index down before the attribute and builds it again after.
    const auto out = diff::shell_scripts(d.p, d.before.view(), d.after.view());
    const auto lines = lines_of(out.deploy);
    const auto down = where(lines,
                            {"appwrite databases delete-index --database-id 'db' --collection-id 'c' --key 'ix'"});
    const auto gone = where(lines,
                            {"appwrite databases delete-attribute --database-id 'db' --collection-id 'c' --key 'k'"});
    const auto up = where(lines, {"appwrite databases create-index --database-id 'db' --collection-id 'c' --key 'ix'"});
    REQUIRE(down.size() == 1);
    REQUIRE(gone.size() == 1);
    REQUIRE(up.size() == 1);
    CHECK(down.front() < gone.front());
    CHECK(gone.front() < up.front());
}

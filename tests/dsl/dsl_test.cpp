// The DSL records what the user declared: every type, option, index form and permission role ends up
// in the schema view with the values written (checked against the view, not the builders).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <appwrite/schema.hpp>

namespace {
namespace aw = appwrite::schema;
using namespace aw::role;

// One part per line, as a user lays out a schema.
// clang-format off
inline constexpr auto everything = aw::collection(
    "everything", "Every type", aw::document_security{}, aw::enabled{false},
    aw::permissions(aw::read(any()), aw::create(users()), aw::update(users(aw::verified), team("admins", "owner")),
                    aw::remove(team("admins")), aw::write(user("abc", aw::unverified)), aw::read(member("m1")),
                    aw::read(label("vip")), aw::read(guests()), aw::permission("read(\"user:abc\")")),
    aw::string("s", 150).encrypt().required(),
    aw::varchar("v", 20).default_value("x"),
    aw::text("t"), aw::mediumtext("mt"), aw::longtext("lt").encrypt(),
    aw::email("e"), aw::url("u"), aw::ip("i").array(),
    aw::enumeration("en", {"a", "b"}).default_value("b"),
    aw::integer("n").range(-5, 5).default_value(0),
    aw::bigint("big").min(-9223372036854775807LL - 1),
    aw::double_("d").max(1.5).default_value(0.25),
    aw::boolean("flag").default_value(true),
    aw::datetime("at").default_value("2024-01-01T00:00:00.000+00:00"),
    aw::relationship("parent", "everything", aw::many_to_one).two_way("children").on_delete(aw::set_null),
    aw::point("p").required(),
    aw::point("spot").default_value({1.0, 2.0}),
    aw::linestring("l").default_value({{0.0, 0.0}, {1.0, 1.0}}),
    aw::polygon("poly").default_value({{{0.0, 0.0}, {1.0, 0.0}, {1.0, 1.0}, {0.0, 0.0}}}),
    aw::string("renamed", 10).renamed_from("old_name"),
    aw::key_index("k", {"s", aw::desc("$createdAt")}),
    aw::unique_index("u1", {aw::asc("v")}),
    aw::fulltext_index("f", {"t"}),
    aw::spatial_index("sp", {"p"}));
// clang-format on

inline constexpr auto project = aw::project("proj", "Project", aw::database("db", "Database", everything));
static_assert(aw::valid<project>);
constexpr auto view = project.view();

constexpr const aw::attribute_record& attribute(std::string_view key) {
    for (const auto& a : view.attributes)
        if (a.key == key) return a;
    return view.attributes[0];
}
constexpr const aw::attribute_extra& extra(std::string_view key) { return view.extra_of(attribute(key)); }
}  // namespace

TEST_CASE("collections keep their flags and counts", "[dsl]") {
    STATIC_REQUIRE(view.collections.size() == 1);
    STATIC_REQUIRE(view.collections[0].document_security);
    STATIC_REQUIRE(!view.collections[0].enabled);
    STATIC_REQUIRE(view.collections[0].attributes.count == 20);
    STATIC_REQUIRE(view.collections[0].indexes.count == 4);
    STATIC_REQUIRE(view.collections[0].permissions.count == 10);  // update() with two roles is two
    STATIC_REQUIRE(view.databases[0].enabled);
}

TEST_CASE("attributes keep type, options and defaults", "[dsl]") {
    STATIC_REQUIRE(attribute("s").type == aw::attribute_type::string);
    STATIC_REQUIRE(attribute("s").size == 150);
    STATIC_REQUIRE(attribute("s").encrypt);
    STATIC_REQUIRE(attribute("s").required);
    STATIC_REQUIRE(attribute("v").default_value.kind == aw::value_kind::string);
    STATIC_REQUIRE(attribute("v").default_value.text == "x");
    STATIC_REQUIRE(attribute("i").array);
    STATIC_REQUIRE(attribute("n").min.integer == -5);
    STATIC_REQUIRE(attribute("n").max.integer == 5);
    STATIC_REQUIRE(attribute("big").min.integer == -9223372036854775807LL - 1);
    STATIC_REQUIRE(!attribute("d").max.is_integer);
    STATIC_REQUIRE(attribute("d").max.number == 1.5);
    STATIC_REQUIRE(attribute("d").default_value.number == 0.25);
    STATIC_REQUIRE(attribute("flag").default_value.boolean);
    STATIC_REQUIRE(extra("renamed").previous_key == "old_name");
    STATIC_REQUIRE(
        extra("s").previous_key.empty());  // attributes without options beyond the record share one empty extra
    STATIC_REQUIRE(view.elements_of(attribute("en")).size() == 2);
    STATIC_REQUIRE(view.elements_of(attribute("en"))[1] == "b");
}

TEST_CASE("relationships keep their options", "[dsl]") {
    constexpr const auto& r = extra("parent");
    STATIC_REQUIRE(r.related_collection == "everything");
    STATIC_REQUIRE(r.relation == aw::relation_type::many_to_one);
    STATIC_REQUIRE(r.two_way);
    STATIC_REQUIRE(r.two_way_key == "children");
    STATIC_REQUIRE(r.on_delete == aw::on_delete_action::set_null);
}

TEST_CASE("spatial defaults are pooled with their shape", "[dsl]") {
    constexpr auto g = extra("poly").geometry;
    STATIC_REQUIRE(g.depth == 3);
    STATIC_REQUIRE(g.rings.count == 1);
    STATIC_REQUIRE(view.ring_sizes[g.rings.begin] == 4);
    STATIC_REQUIRE(extra("spot").geometry.depth == 1);
    STATIC_REQUIRE(attribute("p").default_value.kind == aw::value_kind::absent);
    STATIC_REQUIRE(extra("l").geometry.depth == 2);
    // pooled in declaration order: the point (1 point), the line (2), then the polygon's ring
    STATIC_REQUIRE(view.ring_sizes[0] == 1);
    STATIC_REQUIRE(view.ring_sizes[1] == 2);
    STATIC_REQUIRE(view.coordinates[1] == 2.0);
    STATIC_REQUIRE(view.coordinates[2 * 3 + 2] == 1.0);
}

TEST_CASE("indexes keep fields and orders", "[dsl]") {
    constexpr auto k = view.indexes[0];
    STATIC_REQUIRE(k.type == aw::index_type::key);
    STATIC_REQUIRE(view.fields_of(k).size() == 2);
    STATIC_REQUIRE(view.fields_of(k)[1].attribute == "$createdAt");
    STATIC_REQUIRE(view.fields_of(k)[1].order == aw::sort_order::desc);
    STATIC_REQUIRE(view.fields_of(k)[0].order == aw::sort_order::unspecified);
    STATIC_REQUIRE(view.fields_of(view.indexes[1])[0].order == aw::sort_order::asc);
    STATIC_REQUIRE(view.indexes[3].type == aw::index_type::spatial);
}

TEST_CASE("permissions keep type, role, ID and dimension", "[dsl]") {
    constexpr auto p = view.permissions;
    STATIC_REQUIRE(p[0].type == aw::permission_type::read);
    STATIC_REQUIRE(p[0].role == aw::role_kind::any);
    STATIC_REQUIRE(p[2].role == aw::role_kind::users);
    STATIC_REQUIRE(p[2].dimension == "verified");
    STATIC_REQUIRE(p[3].id == "admins");
    STATIC_REQUIRE(p[3].dimension == "owner");
    STATIC_REQUIRE(p[4].type == aw::permission_type::delete_);
    STATIC_REQUIRE(p[5].type == aw::permission_type::write);
    STATIC_REQUIRE(p[5].dimension == "unverified");
    STATIC_REQUIRE(p[9].role == aw::role_kind::user);
    STATIC_REQUIRE(p[9].id == "abc");
    STATIC_REQUIRE(p[9].raw == "read(\"user:abc\")");
}

TEST_CASE("every declaration records its line", "[dsl]") {
    STATIC_REQUIRE(attribute("s").from.line > 0);
    STATIC_REQUIRE(attribute("v").from.line == attribute("s").from.line + 1);
    STATIC_REQUIRE(view.indexes[0].from.line > attribute("renamed").from.line);
    STATIC_REQUIRE(view.permissions[1].from.line == view.permissions[0].from.line);
}

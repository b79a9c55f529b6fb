// The closed vocabularies (kinds.hpp): every value has one config spelling that reads back as the
// same value, the wire type+format of every attribute type reads back as that type, and the DSL
// spellings name the DSL's own builders and constants.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <string_view>

#include <appwrite/schema.hpp>
#include <appwrite/schema/diff/plan.hpp>

namespace {
namespace aw = appwrite::schema;

// Every row reads back as its value, and no two rows share a spelling.
template <class E>
void check_round_trip(std::size_t expected_rows) {
    std::set<std::string_view> names;
    for (const auto& row : aw::vocabulary<E>::rows) {
        INFO(row.name);
        CHECK(aw::name_of(row.value) == row.name);
        const auto back = aw::from_name<E>(row.name);
        REQUIRE(back.has_value());
        CHECK(*back == row.value);
        CHECK(names.insert(row.name).second);
    }
    CHECK(names.size() == expected_rows);
}
}  // namespace

TEST_CASE("every vocabulary round-trips its config spellings", "[vocabulary]") {
    check_round_trip<aw::attribute_type>(18);
    check_round_trip<aw::index_type>(4);
    check_round_trip<aw::sort_order>(2);
    check_round_trip<aw::relation_type>(4);
    check_round_trip<aw::on_delete_action>(3);
    check_round_trip<aw::relation_side>(2);
    check_round_trip<aw::permission_type>(5);
    check_round_trip<aw::role_kind>(7);
    check_round_trip<aw::loss_kind>(4);
    check_round_trip<aw::diff::change_kind>(5);
    check_round_trip<aw::diff::subject>(4);
}

TEST_CASE("spellings are the server's, case-sensitive, and unknown values say so", "[vocabulary]") {
    CHECK(aw::name_of(aw::relation_type::one_to_many) == "oneToMany");
    CHECK(aw::name_of(aw::on_delete_action::set_null) == "setNull");
    CHECK(aw::name_of(aw::permission_type::delete_) == "delete");
    CHECK(aw::name_of(aw::attribute_type::enum_) == "enum");
    CHECK(aw::name_of(aw::attribute_type::unknown) == "unknown");
    CHECK(aw::name_of(aw::relation_type::invalid) == "invalid");
    CHECK_FALSE(aw::from_name<aw::relation_type>("onetomany").has_value());
    CHECK_FALSE(aw::from_name<aw::index_type>("Key").has_value());
    CHECK_FALSE(aw::from_name<aw::attribute_type>("unknown").has_value());
}

TEST_CASE("every attribute type's wire type and format read back as that type (F.4)", "[vocabulary]") {
    for (const auto& row : aw::vocabulary<aw::attribute_type>::rows) {
        INFO(row.name);
        CHECK(aw::from_wire(row.wire_type, row.wire_format) == row.value);
    }
    // email/url/ip/enum are formats of string: as a `type` they are unknown.
    CHECK(aw::from_wire("email", "") == aw::attribute_type::unknown);
    CHECK(aw::from_wire("string", "enum") == aw::attribute_type::enum_);
    CHECK(aw::from_wire("string", "uuid") == aw::attribute_type::unknown);
    // Formats mean nothing to other types: datetime is pulled with "" and written "datetime".
    CHECK(aw::from_wire("datetime", "datetime") == aw::attribute_type::datetime);
    CHECK(aw::from_wire("datetime", "") == aw::attribute_type::datetime);
    CHECK(aw::same_wire_type(aw::attribute_type::string, aw::attribute_type::email));
    CHECK_FALSE(aw::same_wire_type(aw::attribute_type::string, aw::attribute_type::varchar));
}

TEST_CASE("type families and stored sizes follow the table (B.2, C.3)", "[vocabulary]") {
    using t = aw::attribute_type;
    for (auto s : {t::string, t::varchar, t::text, t::mediumtext, t::longtext, t::email, t::url, t::ip, t::enum_})
        CHECK(aw::is_string_family(s));
    for (auto n : {t::integer, t::bigint, t::double_, t::boolean, t::datetime, t::relationship, t::point, t::unknown})
        CHECK_FALSE(aw::is_string_family(n));
    CHECK(aw::has_declared_size(t::string));
    CHECK(aw::has_declared_size(t::varchar));
    CHECK_FALSE(aw::has_declared_size(t::text));
    CHECK(aw::stored_size(t::string, 42) == 42);
    CHECK(aw::stored_size(t::email, 42) == 254);
    CHECK(aw::stored_size(t::longtext, 1) == 2147483647);
    CHECK(aw::stored_size(t::integer, 9) == 0);
    CHECK(aw::spelling_of(t::double_).command == "float");
    CHECK(aw::spelling_of(t::linestring).command == "line");
}

TEST_CASE("the bounds the server fills in (B.2)", "[vocabulary]") {
    using t = aw::attribute_type;
    CHECK(aw::server_filled_bound(t::integer, true).integer == aw::int64_min);
    CHECK(aw::server_filled_bound(t::bigint, false).integer == aw::int64_max);
    CHECK(aw::server_filled_bound(t::double_, false).number == aw::float_max);
    CHECK_FALSE(aw::server_filled_bound(t::string, true).present);
    CHECK(aw::is_server_filled(aw::server_filled_bound(t::integer, true), true));
    CHECK_FALSE(aw::is_server_filled(aw::server_filled_bound(t::integer, true), false));
    CHECK(aw::is_server_filled(aw::server_filled_bound(t::double_, true), true));
    CHECK(aw::outside_int64(9223372036854775808.0));
    CHECK_FALSE(aw::outside_int64(-9223372036854775808.0));
    CHECK_FALSE(aw::outside_int64(9.2e18));
    CHECK(aw::internal_attribute("$id")->type == t::string);
    CHECK(aw::internal_attribute("$updatedAt")->type == t::datetime);
    CHECK(aw::internal_attribute("$createdat") == nullptr);
}

// The DSL spellings are the DSL's own names: each compiles as written.
namespace dsl_spellings {
using namespace appwrite::schema;
namespace aw = appwrite::schema;
inline constexpr auto c = aw::collection(
    "c", "C",
    aw::permissions(aw::create(aw::role::any()), aw::read(aw::role::guests()), aw::update(aw::role::users()),
                    aw::remove(aw::role::user("u")), aw::write(aw::role::team("t")), aw::read(aw::role::member("m")),
                    aw::read(aw::role::label("l"))),
    aw::string("s", 10), aw::varchar("v", 10), aw::text("t"), aw::mediumtext("m"), aw::longtext("l"), aw::integer("i"),
    aw::bigint("b"), aw::double_("d"), aw::boolean("o"), aw::datetime("dt"), aw::email("e"), aw::url("u"), aw::ip("ip"),
    aw::enumeration("en", {"x"}), aw::point("p").required(), aw::linestring("ls"), aw::polygon("pg"),
    aw::relationship("r1", "c", aw::one_to_one).on_delete(aw::restrict_),
    aw::relationship("r2", "c", aw::one_to_many).on_delete(aw::cascade),
    aw::relationship("r3", "c", aw::many_to_one).on_delete(aw::set_null), aw::relationship("r4", "c", aw::many_to_many),
    aw::key_index("k", {aw::asc("s")}), aw::unique_index("u1", {aw::desc("i")}), aw::fulltext_index("f", {"t"}),
    aw::spatial_index("sp", {"p"}));
}  // namespace dsl_spellings

TEST_CASE("the DSL spellings in the tables are the ones this file compiles with", "[vocabulary]") {
    // Kept in step by hand with the declaration above: a new row without a use here fails the count.
    const std::set<std::string_view> used = {"aw::string",
                                             "aw::varchar",
                                             "aw::text",
                                             "aw::mediumtext",
                                             "aw::longtext",
                                             "aw::integer",
                                             "aw::bigint",
                                             "aw::double_",
                                             "aw::boolean",
                                             "aw::datetime",
                                             "aw::email",
                                             "aw::url",
                                             "aw::ip",
                                             "aw::enumeration",
                                             "aw::point",
                                             "aw::linestring",
                                             "aw::polygon",
                                             "aw::relationship",
                                             "aw::one_to_one",
                                             "aw::one_to_many",
                                             "aw::many_to_one",
                                             "aw::many_to_many",
                                             "aw::restrict_",
                                             "aw::cascade",
                                             "aw::set_null",
                                             "aw::key_index",
                                             "aw::unique_index",
                                             "aw::fulltext_index",
                                             "aw::spatial_index",
                                             "aw::asc",
                                             "aw::desc",
                                             "aw::create",
                                             "aw::read",
                                             "aw::update",
                                             "aw::remove",
                                             "aw::write",
                                             "aw::role::any",
                                             "aw::role::guests",
                                             "aw::role::users",
                                             "aw::role::user",
                                             "aw::role::team",
                                             "aw::role::member",
                                             "aw::role::label"};
    std::size_t rows = 0;
    auto check = [&](auto vocabulary_tag) {
        using E = decltype(vocabulary_tag);
        for (const auto& row : aw::vocabulary<E>::rows) {
            if (row.dsl.empty()) continue;
            INFO(row.dsl);
            CHECK(used.count(row.dsl) == 1);
            ++rows;
        }
    };
    check(aw::attribute_type{});
    check(aw::index_type{});
    check(aw::sort_order{});
    check(aw::relation_type{});
    check(aw::on_delete_action{});
    check(aw::permission_type{});
    check(aw::role_kind{});
    CHECK(rows == used.size());
    CHECK(dsl_spellings::c.attributes.size() == 21);
}

TEST_CASE("profiles by name, with the engines' other names (check --profile)", "[vocabulary]") {
    CHECK(aw::profile_named("mariadb") == &aw::mariadb);
    CHECK(aw::profile_named("mysql") == &aw::mysql);
    CHECK(aw::profile_named("postgres") == &aw::postgresql);
    CHECK(aw::profile_named("mongodb") == &aw::mongodb);
    CHECK(aw::profile_named("portable") == &aw::portable);
    CHECK(aw::profile_named("MariaDB") == nullptr);
    for (const auto& row : aw::profile_names) CHECK(aw::profile_named(row.profile->name) == row.profile);
}

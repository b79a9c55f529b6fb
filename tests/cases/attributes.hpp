// Cases for the attribute rules (reference B.1, B.2, B.4).
#pragma once

#include "case_support.hpp"

namespace cases {
inline constexpr long_text<16400> text_16400{'x'};  // JSON-encoded with quotes: 16402 > 16384
inline constexpr long_text<16000> text_16000{'x'};
inline constexpr long_text<255> text_255{'e'};

// 100 distinct enum elements of 200 characters: 100 * 203 + 15 > 16384 once JSON-encoded.
struct wide_elements {
    std::array<std::array<char, 200>, 100> storage{};
    std::array<std::string_view, 100> views{};
    constexpr wide_elements() {
        for (std::size_t i = 0; i < 100; ++i) {
            for (auto& c : storage[i]) c = 'w';
            storage[i][0] = static_cast<char>('0' + i / 10);
            storage[i][1] = static_cast<char>('0' + i % 10);
        }
    }
};
inline constexpr wide_elements wide{};
constexpr std::array<std::string_view, 100> wide_views() {
    std::array<std::string_view, 100> v{};
    for (std::size_t i = 0; i < 100; ++i) v[i] = std::string_view(wide.storage[i].data(), 200);
    return v;
}
constexpr std::array<std::string_view, 80> wide_views_80() {
    std::array<std::string_view, 80> v{};
    for (std::size_t i = 0; i < 80; ++i) v[i] = std::string_view(wide.storage[i].data(), 200);
    return v;
}
inline constexpr auto too_wide = wide_views();
inline constexpr auto wide_enough = wide_views_80();  // 80 * 203 + 15 = 16255
}  // namespace cases

// B.2: a type Appwrite does not know can only come from a file. Its spelling lives in the
// attribute's extra record, which a DSL attribute has only when it is a relationship.
AW_BAD(unknown_attribute_type, "k", edited(single(aw::relationship("k", "coll", aw::many_to_one)), [](auto& p) {
           p.attributes[0].type = aw::attribute_type::unknown;
           p.extras[p.attributes[0].extra].type_spelling = "strng";
       }))
AW_GOOD(unknown_attribute_type, single(aw::string("k", 10)))

// B.1
AW_BAD(required_with_default, "role", single(aw::string("role", 10).required().default_value("staff")))
AW_GOOD(required_with_default, single(aw::string("role", 10).required(), aw::string("role2", 10).default_value("staff")))
AW_BAD(array_with_default, "tags", single(aw::integer("tags").array().default_value(1)))
AW_GOOD(array_with_default, single(aw::integer("tags").array(), aw::integer("count").default_value(1)))

// B.2 sizes and encryption
AW_BAD(string_size_out_of_range, "code", single(aw::string("code", 0)))
AW_GOOD(string_size_out_of_range, single(aw::string("code", 1), aw::string("blob", 1073741824)))
AW_BAD(encrypt_size_too_small, "secret", single(aw::string("secret", 149).encrypt()))
AW_GOOD(encrypt_size_too_small, single(aw::string("secret", 150).encrypt(), aw::text("notes").encrypt()))
AW_BAD(encrypt_unsupported_type, "mail", single(aw::email("mail").encrypt()))
AW_GOOD(encrypt_unsupported_type, single(aw::longtext("mail").encrypt()))
AW_BAD(array_unsupported_type, "where",
       edited(single(aw::point("where")), [](auto& p) { p.attributes[0].array = true; }))
AW_GOOD(array_unsupported_type, single(aw::point("where"), aw::string("tags", 10).array()))
AW_BAD(spatial_unsupported, "where", single(aw::point("where")).for_engine(aw::mongodb))
AW_GOOD(spatial_unsupported, single(aw::point("where")))

// B.2 numbers
AW_BAD(min_greater_than_max, "level", single(aw::integer("level").range(10, 5)))
AW_GOOD(min_greater_than_max, single(aw::integer("level").range(5, 5)))
AW_BAD(bound_outside_int64, "count", single(aw::integer("count").max(1e19)))
AW_GOOD(bound_outside_int64, single(aw::integer("count").min(INT64_MIN).max(INT64_MAX)))
AW_BAD(double_bound_rejected_by_cli, "ratio", single(aw::double_("ratio").min(-1.7976931348623157e308)))
AW_GOOD(double_bound_rejected_by_cli, single(aw::double_("ratio").min(-9e18).max(9e18)))
AW_BAD(default_type_mismatch, "count", single(aw::integer("count").default_value("5")))
AW_GOOD(default_type_mismatch, single(aw::integer("count").default_value(5), aw::double_("ratio").default_value(1)))
AW_BAD(default_out_of_range, "progress", single(aw::integer("progress").range(0, 100).default_value(101)))
AW_GOOD(default_out_of_range, single(aw::integer("progress").range(0, 100).default_value(100)))

// B.2 strings and formats
AW_BAD(default_too_long, "code", single(aw::string("code", 3).default_value("abcd")))
AW_GOOD(default_too_long, single(aw::string("code", 3).default_value("äbc")))  // 3 characters, 4 bytes
AW_BAD(default_not_in_elements, "role", single(aw::enumeration("role", {"admin", "staff"}).default_value("guest")))
AW_GOOD(default_not_in_elements, single(aw::enumeration("role", {"admin", "staff"}).default_value("staff")))
AW_BAD(default_invalid_email, "contact", single(aw::email("contact").default_value("not-an-email")))
AW_GOOD(default_invalid_email, single(aw::email("contact").default_value("team+ops@example.com")))
AW_BAD(default_invalid_url, "site", single(aw::url("site").default_value("example.com")))
AW_GOOD(default_invalid_url, single(aw::url("site").default_value("https://example.com/a?b=c")))
AW_BAD(default_invalid_ip, "addr", single(aw::ip("addr").default_value("256.1.1.1")))
AW_GOOD(default_invalid_ip, single(aw::ip("addr").default_value("::ffff:10.0.0.1"), aw::ip("v4").default_value("10.0.0.1")))
// MariaDB's datetimes start in year 1000; Postgres reaches -4713.
AW_BAD(default_invalid_datetime, "since", single(aw::datetime("since").default_value("0999-12-31T00:00:00Z")))
AW_GOOD(default_invalid_datetime, single(aw::datetime("since").default_value("1000-01-01T00:00:00.000+00:00")))
AW_BAD(default_invalid_geometry, "route", single(aw::linestring("route").default_value({{0.0, 0.0}, {200.0, 0.0}})))
AW_GOOD(default_invalid_geometry,
        single(aw::linestring("route").default_value({{0.0, 0.0}, {180.0, 90.0}}),
               aw::polygon("area").default_value({{{0.0, 0.0}, {1.0, 0.0}, {1.0, 1.0}, {0.0, 0.0}}}),
               aw::point("spot").default_value({-180.0, -90.0})))
AW_BAD(default_too_large, "body", single(aw::string("body", 20000).default_value(cases::text_16400.view())))
AW_GOOD(default_too_large, single(aw::string("body", 20000).default_value(cases::text_16000.view())))

// B.2 enums
AW_BAD(enum_element_count, "level", single(aw::enumeration("level", {"e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9", "e10", "e11", "e12", "e13", "e14", "e15", "e16", "e17", "e18", "e19", "e20", "e21", "e22", "e23", "e24", "e25", "e26", "e27", "e28", "e29", "e30", "e31", "e32", "e33", "e34", "e35", "e36", "e37", "e38", "e39", "e40", "e41", "e42", "e43", "e44", "e45", "e46", "e47", "e48", "e49", "e50", "e51", "e52", "e53", "e54", "e55", "e56", "e57", "e58", "e59", "e60", "e61", "e62", "e63", "e64", "e65", "e66", "e67", "e68", "e69", "e70", "e71", "e72", "e73", "e74", "e75", "e76", "e77", "e78", "e79", "e80", "e81", "e82", "e83", "e84", "e85", "e86", "e87", "e88", "e89", "e90", "e91", "e92", "e93", "e94", "e95", "e96", "e97", "e98", "e99", "e100"})))
AW_GOOD(enum_element_count, single(aw::enumeration("level", {"e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9", "e10", "e11", "e12", "e13", "e14", "e15", "e16", "e17", "e18", "e19", "e20", "e21", "e22", "e23", "e24", "e25", "e26", "e27", "e28", "e29", "e30", "e31", "e32", "e33", "e34", "e35", "e36", "e37", "e38", "e39", "e40", "e41", "e42", "e43", "e44", "e45", "e46", "e47", "e48", "e49", "e50", "e51", "e52", "e53", "e54", "e55", "e56", "e57", "e58", "e59", "e60", "e61", "e62", "e63", "e64", "e65", "e66", "e67", "e68", "e69", "e70", "e71", "e72", "e73", "e74", "e75", "e76", "e77", "e78", "e79", "e80", "e81", "e82", "e83", "e84", "e85", "e86", "e87", "e88", "e89", "e90", "e91", "e92", "e93", "e94", "e95", "e96", "e97", "e98", "e99"})))
AW_BAD(enum_element_length, "level", single(aw::enumeration("level", {"low", ""})))
AW_GOOD(enum_element_length, single(aw::enumeration("level", {"low", cases::text_255.view()})))
AW_BAD(enum_elements_too_large, "level", single(aw::enumeration("level", cases::too_wide)))
AW_GOOD(enum_elements_too_large, single(aw::enumeration("level", cases::wide_enough)))
AW_BAD(duplicate_enum_element, "level", single(aw::enumeration("level", {"low", "high", "low"})))
AW_GOOD(duplicate_enum_element, single(aw::enumeration("level", {"low", "high", "Low"})))

// F.6: CLI 12 (server 1.8) knows no varchar/text types and no bigint.
AW_BAD(type_unsupported_by_target, "notes", single(aw::text("notes")).for_target(aw::targets::server_1_8_cli_12))
AW_GOOD(type_unsupported_by_target, single(aw::string("notes", 65535)).for_target(aw::targets::server_1_8_cli_12))

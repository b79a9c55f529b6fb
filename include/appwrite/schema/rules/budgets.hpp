// Budgets of one collection (reference B.1, B.5): at most 1010 attributes and a row narrower than
// 65535 bytes by the adapter's width formula, both counting child sides of relationships.
#pragma once

#include <appwrite/schema/rules/context.hpp>

namespace appwrite::schema::rules {

inline constexpr std::uint32_t row_width_base = 1067;      // B.5: internal columns
inline constexpr std::uint32_t relationship_width = 1021;  // B.5: LENGTH_KEY*4+1

// B.5 SQL::getAttributeWidth for one attribute.
constexpr std::uint32_t attribute_width(const attribute_record& a, const server_profile& p) {
    if (a.array) return 20;
    const auto t = a.type;
    if (is_string_family(t) && !is_text_type(t)) {
        const auto size = stored_size(t, a.size);
        if (size > 16381) return 20;
        if (size > 255) return static_cast<std::uint32_t>(size * 4 + 2);
        return static_cast<std::uint32_t>((size < 0 ? 0 : size) * 4 + 1);
    }
    switch (t) {
        case attribute_type::text:
        case attribute_type::mediumtext:
        case attribute_type::longtext: return 20;
        // B.2: integers are BIGINT when max > 2^31-1; a missing max means PHP_INT_MAX.
        case attribute_type::integer: return (!a.max.present || a.max.as_double() > 2147483647.0) ? 8 : 4;
        case attribute_type::bigint:
        case attribute_type::double_: return 8;
        case attribute_type::boolean: return 1;
        case attribute_type::datetime: return 7;
        case attribute_type::relationship: return relationship_width;
        case attribute_type::point: return p.point_width;
        case attribute_type::linestring:
        case attribute_type::polygon: return 20;
        default: return 0;
    }
}

class collection_budget {
public:
    constexpr explicit collection_budget(const server_profile& p) : profile_(p) {}
    constexpr void add(const attribute_record& a) {
        ++count_;
        width_ += attribute_width(a, profile_);
    }
    constexpr void add_child_side() {
        ++count_;
        width_ += relationship_width;
    }
    template <class Sink>
    constexpr void report(const context& cx, const collection_record& c, Sink& sink) const {
        if (profile_.max_attributes != 0 && count_ > profile_.max_attributes) {
            auto d = cx.about_collection(rule::too_many_attributes, c);
            d.field = "attributes";
            d.detail.append_int(count_).append(" > ").append_int(profile_.max_attributes);
            sink.add(d);
        }
        if (profile_.row_width_limit != 0 && width_ >= profile_.row_width_limit) {
            auto d = cx.about_collection(rule::row_width_exceeded, c);
            d.field = "attributes";
            d.detail.append_int(static_cast<std::int64_t>(width_))
                .append(" bytes >= ")
                .append_int(profile_.row_width_limit);
            sink.add(d);
        }
    }

private:
    const server_profile& profile_;
    std::uint32_t count_ = 0;
    std::uint64_t width_ = row_width_base;
};

}  // namespace appwrite::schema::rules

// Attribute rules (reference B.1, B.2, B.4): types, sizes, encryption, arrays, numeric bounds,
// enum elements and every default-value check.
#pragma once

#include <cstdint>
#include <limits>

#include <appwrite/schema/detail/value_formats.hpp>
#include <appwrite/schema/rules/context.hpp>
#include <appwrite/schema/rules/key_table.hpp>

namespace appwrite::schema::rules {

namespace detail_attrs {

inline constexpr std::int64_t max_string_size = 1073741824;  // B.2 APP_DATABASE_ATTRIBUTE_STRING_MAX_LENGTH
inline constexpr std::int64_t max_varchar_size = 16381;      // B.2 Varchar Range(1, 16381)
inline constexpr std::int64_t encrypt_min_size = 150;        // B.2 APP_DATABASE_ENCRYPT_SIZE_MIN
inline constexpr std::size_t max_encoded_default = 16384;    // B.1 metadata column size

// B.4: every point in [-180, 180] x [-90, 90]; rings/lines long enough; rings closed.
constexpr bool geometry_ok(const schema_view& v, attribute_type t, const geometry_ref& g) {
    if (!g.well_formed || g.rings.count == 0 || g.rings.end() > v.ring_sizes.size()) return false;
    const auto sizes = v.ring_sizes.subspan(g.rings.begin, g.rings.count);
    auto x = [&](std::uint32_t p) { return v.coordinates[2 * p]; };
    auto y = [&](std::uint32_t p) { return v.coordinates[2 * p + 1]; };
    std::uint64_t points = 0;
    for (auto n : sizes) points += n;
    if (2 * (g.first_point + points) > v.coordinates.size()) return false;
    std::uint32_t p = g.first_point;
    for (std::uint32_t r = 0; r < sizes.size(); ++r) {
        const std::uint32_t n = sizes[r];
        for (std::uint32_t k = 0; k < n; ++k)
            if (!detail::is_valid_point(x(p + k), y(p + k))) return false;
        if (t == attribute_type::polygon) {
            if (n < 4 || x(p) != x(p + n - 1) || y(p) != y(p + n - 1)) return false;
        }
        p += n;
    }
    switch (t) {
        case attribute_type::point: return g.depth == 1 && sizes.size() == 1 && sizes[0] == 1;
        case attribute_type::linestring: return g.depth == 2 && sizes.size() == 1 && sizes[0] >= 2;
        case attribute_type::polygon: return g.depth == 2 || g.depth == 3;
        default: return false;
    }
}

constexpr bool wkt_prefix_ok(attribute_type t, std::string_view s) {
    const std::string_view prefix = t == attribute_type::point        ? "POINT("
                                    : t == attribute_type::linestring ? "LINESTRING("
                                                                      : "POLYGON(";
    return s.size() > prefix.size() && s.substr(0, prefix.size()) == prefix && s.back() == ')';
}

// The JSON length of the stored {"value": <default>} payload's value (B.1).
constexpr std::size_t encoded_default_length(const value_ref& d) {
    switch (d.kind) {
        case value_kind::string: return detail::json_encoded_length(d.text) + 2;
        case value_kind::array:
        case value_kind::object:
        case value_kind::coordinates: return d.encoded_length;
        default: return 0;
    }
}

}  // namespace detail_attrs

template <class Sink>
constexpr void check_attribute(const context& cx, Sink& sink, const collection_record& c, std::uint32_t index) {
    using namespace detail_attrs;
    const auto& v = cx.view;
    const auto& a = v.attributes[index];
    auto emit = [&](rule r, std::string_view field, auto&& fill) {
        auto d = cx.about_attribute(r, c, index, field);
        fill(d.detail);
        sink.add(d);
    };
    auto nothing = [](auto&) {};
    const auto t = a.type;
    const auto& def = a.default_value;

    if (t == attribute_type::unknown) {
        emit(rule::unknown_attribute_type, "type", [&](auto& s) { s.append(v.extra_of(a).type_spelling); });
        return;
    }
    if (v.extra_of(a).side == relation_side::child) return;  // created by the server from the parent (B.3)

    // B.1: required or array attributes take no default (null means none).
    if (def.present() && a.required) emit(rule::required_with_default, "default", nothing);
    if (def.present() && a.array) emit(rule::array_with_default, "default", nothing);

    // B.2: sizes of declared-size strings.
    if (has_declared_size(t)) {
        const auto max = t == attribute_type::varchar ? max_varchar_size : max_string_size;
        if (!a.size_present || a.size < 1 || a.size > max)
            emit(rule::string_size_out_of_range, "size", [&](auto& s) {
                if (a.size_present) s.append("size ").append_int(a.size).append(", allowed 1..").append_int(max);
                else s.append("size missing or not a number");
            });
    }
    // B.2: encryption needs string/varchar >= 150, or a text type.
    if (a.encrypt) {
        if (has_declared_size(t)) {
            if (a.size_present && a.size >= 1 && a.size < encrypt_min_size)
                emit(rule::encrypt_size_too_small, "encrypt", [&](auto& s) { s.append("size ").append_int(a.size); });
        } else if (!is_text_type(t)) {
            emit(rule::encrypt_unsupported_type, "encrypt", [&](auto& s) { s.append(name_of(t)); });
        }
    }
    // B.2: relationships and spatial types are never arrays; B.4: spatial needs engine support.
    if (a.array && (t == attribute_type::relationship || is_spatial_type(t)))
        emit(rule::array_unsupported_type, "array", [&](auto& s) { s.append(name_of(t)); });
    if (is_spatial_type(t) && !cx.profile.spatial_attributes)
        emit(rule::spatial_unsupported, "type", [&](auto& s) { s.append(cx.profile.name); });
    // F.6/G.4: types newer than the deployment target (0 = newest).
    {
        const auto server = cx.profile.server_version;
        const auto cli = cx.profile.cli_version;
        std::string_view needs{};
        if ((t == attribute_type::varchar || is_text_type(t)) && older_than(server, first_text_types_server))
            needs = "server 1.9";
        else if ((t == attribute_type::varchar || is_text_type(t)) && older_than(cli, first_text_types_cli))
            needs = "CLI 13.2";
        else if (t == attribute_type::bigint && older_than(server, first_bigint_server)) needs = "server 1.9.5";
        else if (t == attribute_type::bigint && older_than(cli, first_bigint_cli)) needs = "CLI 21";
        else if (is_spatial_type(t) && older_than(server, first_spatial_server)) needs = "server 1.8";
        if (!needs.empty())
            emit(rule::type_unsupported_by_target, "type",
                 [&](auto& s) { s.append(name_of(t)).append(" needs ").append(needs); });
    }

    // B.2: numeric bounds.
    if (is_numeric_type(t)) {
        const bool integral = is_integer_type(t);
        if (integral)
            for (const bound* b : {&a.min, &a.max})
                if (b->present && !b->is_integer)
                    emit(rule::bound_outside_int64, b == &a.min ? "min" : "max",
                         [&](auto& s) { s.append_number(b->number); });
        if (!integral && validates_config_strictly(cx.profile.cli_version)) {
            // The server takes any double, but CLIs 13 to 25 validate min/max as int64 (G.2, F.4): the
            // +-1.79e308 a pull writes for unbounded doubles fails `push --all`.
            for (const bound* b : {&a.min, &a.max})
                if (b->present && !b->is_integer && outside_int64(b->number))
                    emit(rule::double_bound_rejected_by_cli, b == &a.min ? "min" : "max",
                         [&](auto& s) { s.append_number(b->number); });
        }
        if (a.min.present && a.max.present) {
            const bool greater = (a.min.is_integer && a.max.is_integer) ? a.min.integer > a.max.integer
                                                                        : a.min.as_double() > a.max.as_double();
            if (greater)
                emit(rule::min_greater_than_max, "min", [&](auto& s) {
                    s.append("min ")
                        .append_number(a.min.as_double())
                        .append(" > max ")
                        .append_number(a.max.as_double());
                });
        }
    }

    // B.2: enum elements.
    if (t == attribute_type::enum_) {
        const auto elements = v.elements_of(a);
        if (elements.empty() || elements.size() > 100)
            emit(rule::enum_element_count, "elements",
                 [&](auto& s) { s.append_int(static_cast<std::int64_t>(elements.size())).append(" elements"); });
        std::size_t encoded = 2;  // [ ]
        for (std::uint32_t e = 0; e < elements.size(); ++e) {
            const auto len = detail::utf8_length(elements[e]);
            if (len < 1 || len > 255) {
                auto d = cx.about_attribute(rule::enum_element_length, c, index, "elements");
                d.field_index = e;
                d.detail.append_int(static_cast<std::int64_t>(len)).append(" characters");
                sink.add(d);
            }
            encoded += detail::json_encoded_length(elements[e]) + 3;  // quotes and comma
        }
        if (encoded + 13 > max_encoded_default)  // {"elements":…}
            emit(rule::enum_elements_too_large, "elements",
                 [&](auto& s) { s.append_int(static_cast<std::int64_t>(encoded + 13)).append(" > 16384"); });
        // Hashed, not sorted: sorting 100 elements of up to 255 characters that share a long prefix
        // compared strings character by character past clang's default step limit (issue 11).
        if (elements.size() > 1) {
            key_table seen(key_folding::exact, elements.size());
            for (std::uint32_t e = 0; e < elements.size(); ++e) seen.add(a.elements.begin + e, elements[e]);
            seen.for_each_repeat([&](std::uint32_t later, std::uint32_t) {
                auto d = cx.about_attribute(rule::duplicate_enum_element, c, index, "elements");
                d.field_index = later - a.elements.begin;
                d.detail = v.strings[later];
                sink.add(d);
            });
        }
    }

    if (!def.present() || t == attribute_type::relationship) return;

    // B.1: the stored default must fit the 16384-char metadata column.
    if (encoded_default_length(def) > max_encoded_default)
        emit(rule::default_too_large, "default",
             [&](auto& s) { s.append_int(static_cast<std::int64_t>(encoded_default_length(def))).append(" > 16384"); });

    // B.2: the default's type, then its value.
    auto mismatch = [&] { emit(rule::default_type_mismatch, "default", [&](auto& s) { s.append(name_of(t)); }); };
    if (def.kind == value_kind::array && !a.array) {
        mismatch();
        return;
    }
    if (def.kind == value_kind::array || def.kind == value_kind::object) {
        if (def.kind == value_kind::object) mismatch();
        return;  // array defaults are reported by array_with_default
    }
    switch (t) {
        case attribute_type::string:
        case attribute_type::varchar:
        case attribute_type::text:
        case attribute_type::mediumtext:
        case attribute_type::longtext:
        case attribute_type::email:
        case attribute_type::url:
        case attribute_type::ip:
        case attribute_type::enum_:
        case attribute_type::datetime: {
            if (def.kind != value_kind::string) return mismatch();
            const auto len = static_cast<std::int64_t>(detail::utf8_length(def.text));
            if (has_declared_size(t) && a.size_present && len > a.size)
                emit(rule::default_too_long, "default",
                     [&](auto& s) { s.append_int(len).append(" > size ").append_int(a.size); });
            if (t == attribute_type::email && !detail::is_valid_email(def.text))
                emit(rule::default_invalid_email, "default", [&](auto& s) { s.append(def.text); });
            if (t == attribute_type::url && !detail::is_valid_url(def.text))
                emit(rule::default_invalid_url, "default", [&](auto& s) { s.append(def.text); });
            if (t == attribute_type::ip && !detail::is_valid_ip(def.text))
                emit(rule::default_invalid_ip, "default", [&](auto& s) { s.append(def.text); });
            if (t == attribute_type::enum_) {
                bool found = false;
                for (auto e : v.elements_of(a)) found = found || e == def.text;
                if (!found) emit(rule::default_not_in_elements, "default", [&](auto& s) { s.append(def.text); });
            }
            if (t == attribute_type::datetime) {
                std::int32_t year = 0;
                const bool readable = detail::datetime_year(def.text, year);
                if (!readable || year < cx.profile.datetime_min_year || year > cx.profile.datetime_max_year)
                    emit(rule::default_invalid_datetime, "default", [&](auto& s) {
                        s.append(def.text).append(readable ? ": the year is outside the engine's range"
                                                           : ": not a date");
                    });
            }
            return;
        }
        case attribute_type::integer:
        case attribute_type::bigint:
        case attribute_type::double_: {
            const bool integral = is_integer_type(t);
            if (def.kind != value_kind::integer && def.kind != value_kind::number) return mismatch();
            if (integral && def.kind == value_kind::number) {
                // A JSON float on an integer: a whole number beyond int64 is a range problem,
                // anything else (1.5) has the wrong type for the server's Integer validator (files
                // read 5.0 as the integer 5, which is what the CLI sends).
                const bool huge = float_outside_int64(def.number);
                if (huge)
                    return emit(rule::bound_outside_int64, "default", [&](auto& s) { s.append_number(def.number); });
                return mismatch();
            }
            const double value = def.kind == value_kind::integer ? static_cast<double>(def.integer) : def.number;
            bool below = false;
            bool above = false;
            if (a.min.present)
                below = (def.kind == value_kind::integer && a.min.is_integer) ? def.integer < a.min.integer
                                                                              : value < a.min.as_double();
            if (a.max.present)
                above = (def.kind == value_kind::integer && a.max.is_integer) ? def.integer > a.max.integer
                                                                              : value > a.max.as_double();
            if (below || above)
                emit(rule::default_out_of_range, "default", [&](auto& s) {
                    s.append_number(value)
                        .append(below ? " < min " : " > max ")
                        .append_number(below ? a.min.as_double() : a.max.as_double());
                });
            return;
        }
        case attribute_type::boolean:
            if (def.kind != value_kind::boolean) mismatch();
            return;
        case attribute_type::point:
        case attribute_type::linestring:
        case attribute_type::polygon:
            if (def.kind == value_kind::string) {
                if (!wkt_prefix_ok(t, def.text))
                    emit(rule::default_invalid_geometry, "default", [&](auto& s) { s.append(def.text); });
                return;
            }
            if (def.kind != value_kind::coordinates) return mismatch();
            if (!geometry_ok(v, t, v.extra_of(a).geometry))
                emit(rule::default_invalid_geometry, "default", [&](auto& s) { s.append(name_of(t)); });
            return;
        default: return;
    }
}

// Collection scope.
template <class Sink>
constexpr void check_attributes(const context& cx, const collection_record& c, std::uint32_t begin, std::uint32_t end,
                                Sink& sink) {
    for (std::uint32_t a = begin; a < end; ++a) check_attribute(cx, sink, c, a);
}
template <class Sink>
constexpr void check_attributes(const context& cx, const collection_record& c, Sink& sink) {
    check_attributes(cx, c, c.attributes.begin, c.attributes.end(), sink);
}

}  // namespace appwrite::schema::rules

// Attribute builders: one function per Appwrite type (reference B.2) returning a value that records
// the declaration. Options are chained (`.required()`, `.default_value(…)`, `.range(min, max)`); an
// option that makes no sense for a type does not exist on it, and a value the server would reject is
// left to the rules, which name it (a default of the wrong type is `default_type_mismatch`, not an
// overload failure).
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include <appwrite/schema/located.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema {

namespace detail {
// A default value as the rules read it: any scalar here; the rules check it against the type (B.1, B.2).
template <class T>
constexpr value_ref value_of(const T& v) {
    value_ref d{};
    if constexpr (std::same_as<T, bool>) {
        d.kind = value_kind::boolean;
        d.boolean = v;
    } else if constexpr (std::integral<T>) {
        d.kind = value_kind::integer;
        d.integer = static_cast<std::int64_t>(v);
    } else if constexpr (std::floating_point<T>) {
        d.kind = value_kind::number;
        d.number = static_cast<double>(v);
    } else if constexpr (std::is_same_v<T, std::nullptr_t>) {
        d.kind = value_kind::null;
    } else {
        static_assert(std::is_convertible_v<const T&, std::string_view>, "default_value: a bool, number or string");
        d.kind = value_kind::string;
        d.text = std::string_view(v);
    }
    return d;
}
// A min or max (B.2): integers stay integers, so an integer attribute's bound is exact.
template <class T>
constexpr bound bound_of(T v) {
    bound b{};
    b.present = true;
    if constexpr (std::is_integral_v<T>) {
        b.integer = static_cast<std::int64_t>(v);
    } else {
        b.is_integer = false;
        b.number = static_cast<double>(v);
    }
    return b;
}
}  // namespace detail

// Which options a builder offers.
enum class attribute_family : std::uint8_t { text, numeric, boolean, datetime, enumeration, relationship, spatial };

// NE enum elements, NP spatial default points in NR rings, NX (0 or 1) attribute_extra: pooled by the
// collection (view.hpp). Relationships always have their extra; a rename or a spatial default adds one.
template <attribute_family F, std::size_t NE = 0, std::size_t NP = 0, std::size_t NR = 0,
          std::size_t NX = (F == attribute_family::relationship ? 1 : 0)>
struct attribute_def {
    attribute_record record{};
    std::array<std::string_view, NE> elements{};
    std::array<double, 2 * NP> coordinates{};
    std::array<std::uint32_t, NR> rings{};
    std::array<attribute_extra, NX> extras{};

    static constexpr attribute_family family = F;

    // Each option comes twice. On a temporary (`aw::string("k", 32).required()`, the usual chain) it
    // sets the option in place and hands the same object on; on a named builder it copies first. A
    // constant evaluation on g++ keeps every copy it makes until the end of the translation unit, so
    // a chain of copies cost ~8 KB per option at 100 x 50 (docs/performance.md).

    // B.1 — every type
    [[nodiscard]] constexpr attribute_def&& required(bool on = true) && {
        record.required = on;
        return moved();
    }
    [[nodiscard]] constexpr attribute_def required(bool on = true) const& { return copied().required(on); }
    [[nodiscard]] constexpr attribute_def&& array(bool on = true) &&
        requires(F != attribute_family::relationship && F != attribute_family::spatial) {
        record.array = on;
        return moved();
    }
    [[nodiscard]] constexpr attribute_def array(bool on = true) const& requires(F != attribute_family::relationship &&
                                                                                F != attribute_family::spatial) {
        return copied().array(on);
    }
    // B.2 — string, varchar and the text types
    [[nodiscard]] constexpr attribute_def&& encrypt(bool on = true) && requires(F == attribute_family::text) {
        record.encrypt = on;
        return moved();
    }
    [[nodiscard]] constexpr attribute_def encrypt(bool on = true) const& requires(F == attribute_family::text) {
        return copied().encrypt(on);
    }
    // Marks a rename: emitted as `previousKey` (CLI >= 24.1 renames in place).
    [[nodiscard]] constexpr auto renamed_from(std::string_view old_key) const {
        auto out = with_extra<NP, NR>();
        out.coordinates = coordinates;
        out.rings = rings;
        out.extras[0].previous_key = old_key;
        return out;
    }

    // Defaults: any scalar is accepted here; the rules check it against the type (B.1, B.2).
    template <class T>
        requires(F != attribute_family::relationship && F != attribute_family::spatial)
    [[nodiscard]] constexpr attribute_def&& default_value(const T& v) && {
        record.default_value = detail::value_of(v);
        return moved();
    }
    template <class T>
        requires(F != attribute_family::relationship && F != attribute_family::spatial)
    [[nodiscard]] constexpr attribute_def default_value(const T& v) const& { return copied().default_value(v); }

    // B.2 — integer, bigint, double
    template <class T>
        requires(F == attribute_family::numeric && std::is_arithmetic_v<T>)
    [[nodiscard]] constexpr attribute_def&& min(T v) && {
        record.min = detail::bound_of(v);
        return moved();
    }
    template <class T>
        requires(F == attribute_family::numeric && std::is_arithmetic_v<T>)
    [[nodiscard]] constexpr attribute_def min(T v) const& { return copied().min(v); }
    template <class T>
        requires(F == attribute_family::numeric && std::is_arithmetic_v<T>)
    [[nodiscard]] constexpr attribute_def&& max(T v) && {
        record.max = detail::bound_of(v);
        return moved();
    }
    template <class T>
        requires(F == attribute_family::numeric && std::is_arithmetic_v<T>)
    [[nodiscard]] constexpr attribute_def max(T v) const& { return copied().max(v); }
    template <class T, class U>
        requires(F == attribute_family::numeric && std::is_arithmetic_v<T> && std::is_arithmetic_v<U>)
    [[nodiscard]] constexpr attribute_def&& range(T lo, U hi) && { return moved().min(lo).max(hi); }
    template <class T, class U>
        requires(F == attribute_family::numeric && std::is_arithmetic_v<T> && std::is_arithmetic_v<U>)
    [[nodiscard]] constexpr attribute_def range(T lo, U hi) const& { return copied().min(lo).max(hi); }

    // B.3 — relationships
    [[nodiscard]] constexpr attribute_def&& two_way(std::string_view two_way_key = {}) &&
        requires(F == attribute_family::relationship) {
        extras[0].two_way = true;
        if (!two_way_key.empty()) extras[0].two_way_key = two_way_key;
        return moved();
    }
    [[nodiscard]] constexpr attribute_def
    two_way(std::string_view two_way_key = {}) const& requires(F == attribute_family::relationship) {
        return copied().two_way(two_way_key);
    }
    // The key of the child side without making it visible (oneToMany still creates the column).
    [[nodiscard]] constexpr attribute_def&& two_way_key(std::string_view key) &&
        requires(F == attribute_family::relationship) {
        extras[0].two_way_key = key;
        return moved();
    }
    [[nodiscard]] constexpr attribute_def
    two_way_key(std::string_view key) const& requires(F == attribute_family::relationship) {
        return copied().two_way_key(key);
    }
    [[nodiscard]] constexpr attribute_def&& on_delete(on_delete_action action) &&
        requires(F == attribute_family::relationship) {
        extras[0].on_delete = action;
        return moved();
    }
    [[nodiscard]] constexpr attribute_def
    on_delete(on_delete_action action) const& requires(F == attribute_family::relationship) {
        return copied().on_delete(action);
    }

    // B.4 — spatial defaults as WKT text, e.g. "POINT(1 2)" (the server accepts both forms).
    [[nodiscard]] constexpr attribute_def&& default_value(std::string_view wkt) &&
        requires(F == attribute_family::spatial) {
        record.default_value.kind = value_kind::string;
        record.default_value.text = wkt;
        return moved();
    }
    [[nodiscard]] constexpr attribute_def
    default_value(std::string_view wkt) const& requires(F == attribute_family::spatial) {
        return copied().default_value(wkt);
    }

    // B.4 — spatial defaults: a point {x, y}, a line {{x, y}, …}, or polygon rings {{{x, y}, …}, …}.
    [[nodiscard]] constexpr auto default_value(const double (&p)[2]) const
        requires(F == attribute_family::spatial && NP == 0) {
        auto out = with_extra<1, 1>();
        out.coordinates = {p[0], p[1]};
        out.rings = {1};
        set_geometry(out, 1, 1);
        return out;
    }
    template <std::size_t N>
    [[nodiscard]] constexpr auto default_value(const double (&line)[N][2]) const
        requires(F == attribute_family::spatial && NP == 0 && N > 1) {
        auto out = with_extra<N, 1>();
        out.rings = {static_cast<std::uint32_t>(N)};
        for (std::size_t i = 0; i < N; ++i) {
            out.coordinates[2 * i] = line[i][0];
            out.coordinates[2 * i + 1] = line[i][1];
        }
        set_geometry(out, 2, 1);
        return out;
    }
    template <std::size_t R, std::size_t N>
    [[nodiscard]] constexpr auto default_value(const double (&rings)[R][N][2]) const
        requires(F == attribute_family::spatial && NP == 0) {
        auto out = with_extra<R * N, R>();
        for (std::size_t r = 0; r < R; ++r) {
            out.rings[r] = static_cast<std::uint32_t>(N);
            for (std::size_t i = 0; i < N; ++i) {
                out.coordinates[2 * (r * N + i)] = rings[r][i][0];
                out.coordinates[2 * (r * N + i) + 1] = rings[r][i][1];
            }
        }
        set_geometry(out, 3, static_cast<std::uint32_t>(R));
        return out;
    }

private:
    constexpr attribute_def&& moved() { return static_cast<attribute_def&&>(*this); }
    constexpr attribute_def copied() const { return *this; }
    // This attribute with an extra (its own, or a new one) and room for NP2 points in NR2 rings.
    template <std::size_t NP2, std::size_t NR2>
    constexpr attribute_def<F, NE, NP2, NR2, 1> with_extra() const {
        attribute_def<F, NE, NP2, NR2, 1> out{};
        out.record = record;
        out.record.extra = 0;  // rebased when the collection pools it
        out.elements = elements;
        if constexpr (NX == 1) out.extras = extras;
        return out;
    }
    template <std::size_t NP2, std::size_t NR2>
    static constexpr void set_geometry(attribute_def<F, NE, NP2, NR2, 1>& a, std::uint8_t depth, std::uint32_t rings) {
        a.record.default_value.kind = value_kind::coordinates;
        a.extras[0].geometry.depth = depth;
        a.extras[0].geometry.rings = {0, rings};  // rebased when the collection pools it
    }
};

namespace detail {
template <attribute_family F>
constexpr attribute_def<F> make_attribute(located key, attribute_type type) {
    attribute_def<F> a{};
    a.record.key = key.text;
    a.record.type = type;
    a.record.from.line = key.line;
    a.record.from.file = key.file;
    return a;
}
}  // namespace detail

// --- text (B.2) ---------------------------------------------------------------------------------
constexpr auto string(located key, std::int64_t size) {
    auto a = detail::make_attribute<attribute_family::text>(key, attribute_type::string);
    a.record.size = size;
    a.record.size_present = true;
    return a;
}
constexpr auto varchar(located key, std::int64_t size) {
    auto a = detail::make_attribute<attribute_family::text>(key, attribute_type::varchar);
    a.record.size = size;
    a.record.size_present = true;
    return a;
}
constexpr auto text(located key) { return detail::make_attribute<attribute_family::text>(key, attribute_type::text); }
constexpr auto mediumtext(located key) {
    return detail::make_attribute<attribute_family::text>(key, attribute_type::mediumtext);
}
constexpr auto longtext(located key) {
    return detail::make_attribute<attribute_family::text>(key, attribute_type::longtext);
}
// email/url/ip are strings with a format; the server fixes their size (254, 2000, 39).
constexpr auto email(located key) { return detail::make_attribute<attribute_family::text>(key, attribute_type::email); }
constexpr auto url(located key) { return detail::make_attribute<attribute_family::text>(key, attribute_type::url); }
constexpr auto ip(located key) { return detail::make_attribute<attribute_family::text>(key, attribute_type::ip); }

// --- numbers (B.2) ------------------------------------------------------------------------------
constexpr auto integer(located key) {
    return detail::make_attribute<attribute_family::numeric>(key, attribute_type::integer);
}
constexpr auto bigint(located key) {
    return detail::make_attribute<attribute_family::numeric>(key, attribute_type::bigint);
}
// Appwrite's `double` (endpoint `float`); named with an underscore because `double` is a keyword.
constexpr auto double_(located key) {
    return detail::make_attribute<attribute_family::numeric>(key, attribute_type::double_);
}
constexpr auto boolean(located key) {
    return detail::make_attribute<attribute_family::boolean>(key, attribute_type::boolean);
}
constexpr auto datetime(located key) {
    return detail::make_attribute<attribute_family::datetime>(key, attribute_type::datetime);
}

// --- enum (B.2): elements as a braced list, e.g. enumeration("role", {"admin", "staff"}) ---------
template <std::size_t N>
constexpr auto enumeration(located key, const std::string_view (&elements)[N]) {
    attribute_def<attribute_family::enumeration, N> a{};
    a.record.key = key.text;
    a.record.type = attribute_type::enum_;
    a.record.from.line = key.line;
    a.record.from.file = key.file;
    for (std::size_t i = 0; i < N; ++i) a.elements[i] = elements[i];
    a.record.elements = {0, static_cast<std::uint32_t>(N)};  // rebased when pooled
    return a;
}

// The same from an array (generated schemas, imports).
template <std::size_t N>
constexpr auto enumeration(located key, const std::array<std::string_view, N>& elements) {
    attribute_def<attribute_family::enumeration, N> a{};
    a.record.key = key.text;
    a.record.type = attribute_type::enum_;
    a.record.from.line = key.line;
    a.record.from.file = key.file;
    a.elements = elements;
    a.record.elements = {0, static_cast<std::uint32_t>(N)};
    return a;
}

// --- relationship (B.3) ---------------------------------------------------------------------------
inline constexpr relation_type one_to_one = relation_type::one_to_one;
inline constexpr relation_type one_to_many = relation_type::one_to_many;
inline constexpr relation_type many_to_one = relation_type::many_to_one;
inline constexpr relation_type many_to_many = relation_type::many_to_many;
inline constexpr on_delete_action restrict_ = on_delete_action::restrict_;
inline constexpr on_delete_action cascade = on_delete_action::cascade;
inline constexpr on_delete_action set_null = on_delete_action::set_null;

// `key` is the attribute on this collection; the server's default `key` is the related ID (B.3).
constexpr auto relationship(located key, std::string_view related_collection, relation_type type) {
    auto a = detail::make_attribute<attribute_family::relationship>(key, attribute_type::relationship);
    a.record.extra = 0;  // rebased when the collection pools it
    a.extras[0].related_collection = related_collection;
    a.extras[0].relation = type;
    return a;
}

// --- spatial (B.4) ----------------------------------------------------------------------------------
constexpr auto point(located key) {
    return detail::make_attribute<attribute_family::spatial>(key, attribute_type::point);
}
constexpr auto linestring(located key) {
    return detail::make_attribute<attribute_family::spatial>(key, attribute_type::linestring);
}
constexpr auto polygon(located key) {
    return detail::make_attribute<attribute_family::spatial>(key, attribute_type::polygon);
}

}  // namespace appwrite::schema

// Numeric bounds of integer and double attributes, and the limits they live within (reference B.2,
// G.2): the int64 range, and the bounds the server fills in when a file or schema gives none.
#pragma once

#include <cstdint>
#include <optional>

#include <appwrite/schema/kinds.hpp>

namespace appwrite::schema {

// A numeric bound (min/max) as written. Files can hold numbers beyond int64; those keep only `number`.
struct bound {
    bool present = false;
    bool is_integer = true;
    std::int64_t integer = 0;
    double number = 0;
    [[nodiscard]] constexpr double as_double() const { return is_integer ? static_cast<double>(integer) : number; }
};

// B.2: integer bounds and defaults are PHP ints (signed 64-bit).
inline constexpr std::int64_t int64_min = -9223372036854775807LL - 1;
inline constexpr std::int64_t int64_max = 9223372036854775807LL;
// B.2: an unbounded double is stored with +-PHP_FLOAT_MAX (what a pull writes back).
inline constexpr double float_max = 1.7976931348623157e308;

// A double with no int64 value: below -2^63, at or above 2^63, or not a number.
constexpr bool outside_int64(double v) { return !(v >= -9223372036854775808.0 && v < 9223372036854775808.0); }
// A number a file writes as a float, beyond int64 for the server: -2^63 too, because an integer
// literal below int64 (-9223372036854776000, as JavaScript prints -2^63) is read as that float.
constexpr bool float_outside_int64(double v) { return !(v > -9223372036854775808.0 && v < 9223372036854775808.0); }

// The bound the server stores when `min` (low) or `max` is absent (B.2): PHP_INT_MIN/MAX for
// integers, -+PHP_FLOAT_MAX for doubles; not present for other types.
constexpr bound server_filled_bound(attribute_type t, bool low) {
    if (is_integer_type(t)) return {true, true, low ? int64_min : int64_max, 0};
    if (t == attribute_type::double_) return {true, false, 0, low ? -float_max : float_max};
    return {};
}

// A bound equal to the one the server fills in by itself: to the server the same as no bound.
constexpr bool is_server_filled(const bound& b, bool low) {
    if (!b.present) return false;
    if (b.is_integer) return b.integer == (low ? int64_min : int64_max);
    return b.number >= float_max || b.number <= -float_max;
}

// The bound as the user means it: none where absent or filled in by the server.
constexpr std::optional<double> effective_bound(const bound& b, bool low) {
    if (!b.present || is_server_filled(b, low)) return std::nullopt;
    return b.as_double();
}

}  // namespace appwrite::schema

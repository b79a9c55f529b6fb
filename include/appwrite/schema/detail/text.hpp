// constexpr helpers over std::string_view that the rules share (case folding, physical names,
// numbers to text). Internal: not part of the public API.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace appwrite::schema::detail {

constexpr char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
constexpr bool is_hex(char c) { return is_digit(c) || (ascii_lower(c) >= 'a' && ascii_lower(c) <= 'f'); }

// Case-insensitive three-way compare (keys are unique case-insensitively, reference A.4).
constexpr int compare_icase(std::string_view a, std::string_view b) {
    const std::size_t n = a.size() < b.size() ? a.size() : b.size();
    for (std::size_t i = 0; i < n; ++i) {
        const char x = ascii_lower(a[i]);
        const char y = ascii_lower(b[i]);
        if (x != y) return x < y ? -1 : 1;
    }
    if (a.size() == b.size()) return 0;
    return a.size() < b.size() ? -1 : 1;
}
// Byte-for-byte equality as one builtin call: a constant evaluation counts it as one step, where a
// loop over the characters costs several per character (clang's default limit is 1,048,576 steps).
constexpr bool same_text(std::string_view a, std::string_view b) {
    return a.size() == b.size() && (a.empty() || __builtin_memcmp(a.data(), b.data(), a.size()) == 0);
}
constexpr bool equal_icase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && (same_text(a, b) || compare_icase(a, b) == 0);
}

// Physical column/index name: Adapter::filter() keeps [A-Za-z0-9_-] only, so '.' vanishes
// (reference A.4). Compared case-insensitively, like the keys themselves.
// A table, not a chain of comparisons: every key's characters are classified, and a lookup is one
// step of a constant evaluation where the chain is several.
struct char_class {
    bool member[256]{};
};
inline constexpr char_class physical_chars = [] {
    char_class t;
    for (int c = 0; c < 256; ++c) t.member[c] = is_alnum(static_cast<char>(c)) || c == '_' || c == '-';
    return t;
}();
constexpr bool is_physical_char(char c) { return physical_chars.member[static_cast<unsigned char>(c)]; }
constexpr int compare_physical(std::string_view a, std::string_view b) {
    std::size_t i = 0;
    std::size_t j = 0;
    for (;;) {
        while (i < a.size() && !is_physical_char(a[i])) ++i;
        while (j < b.size() && !is_physical_char(b[j])) ++j;
        const bool ea = i == a.size();
        const bool eb = j == b.size();
        if (ea || eb) return ea == eb ? 0 : (ea ? -1 : 1);
        const char x = ascii_lower(a[i]);
        const char y = ascii_lower(b[j]);
        if (x != y) return x < y ? -1 : 1;
        ++i;
        ++j;
    }
}

// Number of Unicode code points in UTF-8 text: PHP's mb_strlen, which the server's Text and Key
// validators use (reference B.2).
constexpr std::size_t utf8_length(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++n;
    return n;
}

// Length of json_encode(s) without the quotes: non-ASCII code points become \uXXXX (6 chars,
// 12 for astral ones), quotes/backslashes/control characters are escaped (reference B.1).
constexpr std::size_t json_encoded_length(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80U) {
            if (c == '"' || c == '\\' || c == '/' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t')
                n += 2;
            else if (c < 0x20U) n += 6;
            else n += 1;
        } else if ((c & 0xF8U) == 0xF0U) {
            n += 12;  // surrogate pair
            i += 3;
        } else if ((c & 0xF0U) == 0xE0U) {
            n += 6;
            i += 2;
        } else if ((c & 0xE0U) == 0xC0U) {
            n += 6;
            i += 1;
        } else {
            n += 6;  // stray byte: counted once
        }
    }
    return n;
}

// A small fixed-capacity text buffer for diagnostic details built at compile time.
template <std::size_t Cap>
struct small_text {
    char data[Cap]{};
    std::size_t len = 0;

    constexpr small_text() = default;
    constexpr small_text(std::string_view s) { append(s); }  // NOLINT: implicit by design
    constexpr small_text& append(std::string_view s) {
        for (char c : s)
            if (len < Cap) data[len++] = c;
        return *this;
    }
    constexpr small_text& append_int(std::int64_t v) {
        char buf[24]{};
        int n = 0;
        const bool neg = v < 0;
        // Work in negative space so INT64_MIN does not overflow.
        std::int64_t x = neg ? v : -v;
        do {
            buf[n++] = static_cast<char>('0' - (x % 10));
            x /= 10;
        } while (x != 0);
        if (neg) append("-");
        while (n > 0) {
            const char c[1] = {buf[--n]};
            append(std::string_view(c, 1));
        }
        return *this;
    }
    // Doubles are printed with up to six decimals, enough to tell a user which bound was crossed.
    constexpr small_text& append_number(double v) {
        if (v != v) return append("nan");
        if (v > 9.2e18 || v < -9.2e18) {  // scientific: 1.797693e308
            if (v < 0) {
                append("-");
                v = -v;
            }
            int exponent = 0;
            while (v >= 10.0 && exponent < 400) {
                v /= 10.0;
                ++exponent;
            }
            return append_number(v).append("e").append_int(exponent);
        }
        const bool neg = v < 0;
        if (neg) {
            append("-");
            v = -v;
        }
        auto whole = static_cast<std::int64_t>(v);
        double frac = v - static_cast<double>(whole);
        auto micro = static_cast<std::int64_t>(frac * 1000000.0 + 0.5);
        if (micro >= 1000000) {
            ++whole;
            micro -= 1000000;
        }
        append_int(whole);
        if (micro != 0) {
            append(".");
            char digits[6]{};
            for (int k = 5; k >= 0; --k) {
                digits[k] = static_cast<char>('0' + micro % 10);
                micro /= 10;
            }
            int last = 5;
            while (last > 0 && digits[last] == '0') --last;
            append(std::string_view(digits, static_cast<std::size_t>(last + 1)));
        }
        return *this;
    }
    [[nodiscard]] constexpr std::string_view view() const { return {data, len}; }
    [[nodiscard]] constexpr bool empty() const { return len == 0; }
};

}  // namespace appwrite::schema::detail

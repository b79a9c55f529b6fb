// constexpr validators for default values of formatted strings: email, url, ip, datetime and the
// spatial shapes (reference B.2, B.4). They accept what the server accepts in practice; where the
// server's PHP parser is more permissive than can be known here (DateTime free text), they refuse
// only what it surely refuses.
#pragma once

#include <cstdint>
#include <string_view>

#include <appwrite/schema/detail/text.hpp>

namespace appwrite::schema::detail {

// Local part and domain as utopia-php/emails accepts them (RFC 5322 dot-atoms, a dotted domain).
constexpr bool is_valid_email(std::string_view s) {
    const auto at = s.rfind('@');
    if (at == std::string_view::npos || at == 0 || at + 1 >= s.size() || s.size() > 254) return false;
    const auto local = s.substr(0, at);
    const auto domain = s.substr(at + 1);
    if (local.size() > 64 || local.front() == '.' || local.back() == '.') return false;
    constexpr std::string_view local_specials = "!#$%&'*+-/=?^_`{|}~.";
    char prev = 0;
    for (char c : local) {
        if (!(is_alnum(c) || local_specials.find(c) != std::string_view::npos)) return false;
        if (c == '.' && prev == '.') return false;
        prev = c;
    }
    if (domain.find('.') == std::string_view::npos) return false;
    std::size_t label = 0;
    prev = '.';
    for (char c : domain) {
        if (c == '.') {
            if (label == 0 || prev == '-') return false;
            label = 0;
        } else if (is_alnum(c) || (c == '-' && label > 0)) {
            ++label;
            if (label > 63) return false;
        } else {
            return false;
        }
        prev = c;
    }
    return label > 0 && prev != '-';
}

// FILTER_VALIDATE_URL in practice: scheme "://" host, then anything printable without spaces.
constexpr bool is_valid_url(std::string_view s) {
    const auto sep = s.find("://");
    if (sep == std::string_view::npos || sep == 0) return false;
    if (!is_alpha(s[0])) return false;
    for (std::size_t i = 0; i < sep; ++i)
        if (!(is_alnum(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')) return false;
    auto rest = s.substr(sep + 3);
    const auto host_end = rest.find_first_of("/?#");
    auto authority = rest.substr(0, host_end);
    if (const auto at = authority.rfind('@'); at != std::string_view::npos) authority = authority.substr(at + 1);
    if (authority.empty()) return false;
    if (authority.front() != '[') {  // bracketed IPv6 literals are left alone
        if (const auto colon = authority.rfind(':'); colon != std::string_view::npos) {
            const auto port = authority.substr(colon + 1);
            for (char c : port)
                if (!is_digit(c)) return false;
            authority = authority.substr(0, colon);
        }
        if (authority.empty()) return false;
        for (char c : authority)
            if (!(is_alnum(c) || c == '-' || c == '.' || c == '_')) return false;
    }
    for (char c : s)
        if (static_cast<unsigned char>(c) <= 0x20U || c == '\x7f') return false;
    return true;
}

constexpr bool is_valid_ipv4(std::string_view s) {
    int parts = 0;
    std::size_t i = 0;
    while (i <= s.size()) {
        std::size_t j = i;
        int value = 0;
        while (j < s.size() && is_digit(s[j]) && j - i < 3) value = value * 10 + (s[j++] - '0');
        const std::size_t len = j - i;
        if (len == 0 || value > 255 || (len > 1 && s[i] == '0')) return false;  // no leading zeros
        ++parts;
        if (j == s.size()) break;
        if (s[j] != '.') return false;
        i = j + 1;
    }
    return parts == 4;
}

constexpr bool is_valid_ipv6(std::string_view s) {
    if (s.empty()) return false;
    int groups = 0;
    bool compressed = false;
    std::size_t i = 0;
    if (s.substr(0, 2) == "::") {
        compressed = true;
        i = 2;
        if (i == s.size()) return true;
    } else if (s[0] == ':') {
        return false;
    }
    while (i < s.size()) {
        std::size_t j = i;
        while (j < s.size() && is_hex(s[j])) ++j;
        if (j < s.size() && s[j] == '.') {  // embedded IPv4 tail counts as two groups
            if (!is_valid_ipv4(s.substr(i))) return false;
            groups += 2;
            i = s.size();
            break;
        }
        const std::size_t len = j - i;
        if (len == 0 || len > 4) return false;
        ++groups;
        if (j == s.size()) {
            i = j;
            break;
        }
        if (s[j] != ':') return false;
        if (j + 1 < s.size() && s[j + 1] == ':') {
            if (compressed) return false;
            compressed = true;
            i = j + 2;
            if (i == s.size()) break;
        } else {
            i = j + 1;
            if (i == s.size()) return false;  // trailing single ':'
        }
    }
    return compressed ? groups < 8 : groups == 8;
}

constexpr bool is_valid_ip(std::string_view s) { return is_valid_ipv4(s) || is_valid_ipv6(s); }

// B.4: a point's x (the longitude) is in [-180, 180] and its y (the latitude) in [-90, 90].
constexpr bool is_valid_point(double x, double y) { return x >= -180 && x <= 180 && y >= -90 && y <= 90; }

// B.2: the server's Datetime validator takes whatever PHP's DateTime parses that holds a standalone
// 4-digit year in the engine's range: the year, or false. PHP is lenient ("Jan 31 2024", "2024-01-31
// 12:00 UTC", even 2024-02-30, which it moves to 1 March), so only what it surely refuses fails: no
// such year, or a date written YYYY-MM-DD whose month is not 1-12 or whose day is not 1-31.
constexpr bool datetime_year(std::string_view s, std::int32_t& year) {
    const std::size_t sign = !s.empty() && (s[0] == '-' || s[0] == '+') ? 1 : 0;
    auto digits = [&](std::size_t at, std::size_t len) {
        int out = 0;
        for (std::size_t k = at; k < at + len; ++k) out = out * 10 + (s[k] - '0');
        return out;
    };
    auto digit_run = [&](std::size_t at, std::size_t len) {
        if (at + len > s.size()) return false;
        for (std::size_t k = at; k < at + len; ++k)
            if (!is_digit(s[k])) return false;
        return true;
    };
    if (digit_run(sign, 4) && s.size() >= sign + 10 && s[sign + 4] == '-' && digit_run(sign + 5, 2) &&
        s[sign + 7] == '-' && digit_run(sign + 8, 2) && (s.size() == sign + 10 || !is_digit(s[sign + 10]))) {
        const int month = digits(sign + 5, 2);
        const int day = digits(sign + 8, 2);
        if (month < 1 || month > 12 || day < 1 || day > 31) return false;
        year = (s[0] == '-' ? -1 : 1) * digits(sign, 4);
        return true;
    }
    for (std::size_t i = 0; i < s.size();) {
        if (!is_digit(s[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < s.size() && is_digit(s[end])) ++end;
        if (end - i == 4) {
            year = digits(i, 4);
            return true;
        }
        i = end;
    }
    return false;
}

}  // namespace appwrite::schema::detail

// Appwrite's datetime text ("2026-01-31T12:00:00.000+00:00", what the server returns) to and from
// std::chrono::sys_time. Reading also takes "Z", no fraction and other offsets; anything else is no
// datetime here (the server's own check is more lenient: detail/value_formats.hpp).
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace appwrite::schema::app {

// "YYYY-MM-DDTHH:MM:SS.mmm+00:00", in UTC, milliseconds truncated toward the past.
template <class Duration>
std::string format_datetime(std::chrono::sys_time<Duration> t) {
    using namespace std::chrono;
    const auto ms = floor<milliseconds>(t);
    const auto day = floor<days>(ms);
    const year_month_day ymd{day};
    const hh_mm_ss<milliseconds> time{ms - day};
    char out[40];
    std::snprintf(out, sizeof out, "%04d-%02u-%02uT%02d:%02d:%02d.%03d+00:00", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()), static_cast<int>(time.subseconds().count()));
    return out;
}

// The instant `text` names, or nullopt if it is not "YYYY-MM-DD[Thh:mm[:ss[.fff…]]][Z|±hh:mm]".
inline std::optional<std::chrono::sys_time<std::chrono::milliseconds>> parse_datetime(std::string_view text) {
    using namespace std::chrono;
    std::size_t at = 0;
    auto number = [&](std::size_t digits, int& out) {
        if (at + digits > text.size()) return false;
        out = 0;
        for (std::size_t i = 0; i < digits; ++i) {
            const char c = text[at + i];
            if (c < '0' || c > '9') return false;
            out = out * 10 + (c - '0');
        }
        at += digits;
        return true;
    };
    auto expect = [&](char c) {
        if (at < text.size() && text[at] == c) {
            ++at;
            return true;
        }
        return false;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0;
    if (!number(4, y) || !expect('-') || !number(2, mo) || !expect('-') || !number(2, d)) return std::nullopt;
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    if (at < text.size() && (text[at] == 'T' || text[at] == ' ')) {
        ++at;
        if (!number(2, h) || !expect(':') || !number(2, mi)) return std::nullopt;
        if (expect(':')) {
            if (!number(2, s)) return std::nullopt;
            if (expect('.')) {
                int scale = 100;
                std::size_t digits = 0;
                while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
                    ms += (text[at] - '0') * scale;
                    scale /= 10;
                    ++at;
                    ++digits;
                }
                if (digits == 0) return std::nullopt;
            }
        }
        if (h > 23 || mi > 59 || s > 60) return std::nullopt;
    }
    int offset_minutes = 0;
    if (expect('Z')) {
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        const int sign = text[at] == '-' ? -1 : 1;
        ++at;
        int oh = 0, om = 0;
        if (!number(2, oh)) return std::nullopt;
        expect(':');
        if (!number(2, om) || oh > 23 || om > 59) return std::nullopt;
        offset_minutes = sign * (oh * 60 + om);
    }
    if (at != text.size()) return std::nullopt;
    return sys_days{ymd} + hours{h} + minutes{mi - offset_minutes} + seconds{s} + milliseconds{ms};
}

}  // namespace appwrite::schema::app

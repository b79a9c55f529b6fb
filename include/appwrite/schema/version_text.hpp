// A version number (profile.hpp) as people write it: 10801 -> "1.8.1"; 0 (the newest) -> "the newest".
#pragma once

#include <cstdint>
#include <string>

namespace appwrite::schema {

inline std::string version_text(std::uint32_t v) {
    if (v == 0) return "the newest";
    return std::to_string(v / 10000) + "." + std::to_string(v / 100 % 100) + "." + std::to_string(v % 100);
}

}  // namespace appwrite::schema

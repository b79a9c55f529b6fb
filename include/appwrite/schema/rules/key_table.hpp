// A hashed table of keys for duplicate detection and look-ups (reference A.4: keys compare
// case-insensitively; physical names drop '.'; enum elements compare exactly). Each key is hashed once
// and placed by open addressing, so adding and finding cost a hash and, on a hash match, one full
// comparison: no sort. Sorting the entries cost g++-12 0.57 s and 86 MB of the 100 x 50 schema's
// validation (docs/performance.md), and kept a 1,010-attribute collection near clang's step limit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <appwrite/schema/detail/text.hpp>

namespace appwrite::schema::rules {

enum class key_folding : std::uint8_t { case_insensitive, physical, exact };

// FNV-1a. Physical names hash every kept character ('.' anywhere must not matter); other keys hash
// their length and at most their first and last 8 characters, so hashing costs the same for a
// 36-character key as for an 8-character one. Equal hashes are then compared in full (keys_equal),
// so keys that differ only in the middle cost a comparison, never a wrong answer.
constexpr std::uint64_t key_hash(std::string_view key, key_folding folding) {
    std::uint64_t h = 14695981039346656037ULL;
    auto mix = [&](char c) {
        h ^= static_cast<unsigned char>(folding == key_folding::exact ? c : detail::ascii_lower(c));
        h *= 1099511628211ULL;
    };
    if (folding == key_folding::physical) {
        for (char c : key)
            if (detail::is_physical_char(c)) mix(c);
        return h;
    }
    constexpr std::size_t sampled = 8;
    const std::size_t n = key.size();
    h ^= n;
    h *= 1099511628211ULL;
    if (n <= 2 * sampled) {
        for (char c : key) mix(c);
    } else {
        for (std::size_t i = 0; i < sampled; ++i) mix(key[i]);
        for (std::size_t i = n - sampled; i < n; ++i) mix(key[i]);
    }
    return h;
}

constexpr bool keys_equal(std::string_view a, std::string_view b, key_folding folding) {
    switch (folding) {
        case key_folding::case_insensitive: return detail::equal_icase(a, b);
        case key_folding::physical: return detail::compare_physical(a, b) == 0;
        case key_folding::exact: return detail::same_text(a, b);
    }
    return false;
}

// Items must be added in increasing order (every caller adds them in declaration order): then the
// first-added of equal keys is the earliest declared, and repeats come out in declaration order.
class key_table {
public:
    // `capacity`: how many keys the table will hold; it grows beyond that if needed.
    constexpr key_table(key_folding folding, std::size_t capacity) : folding_(folding) { rehash(capacity); }

    constexpr void add(std::uint32_t item, std::string_view key) {
        if (2 * (entries_.size() + 1) > slots_.size()) rehash(2 * entries_.size() + 2);
        const auto h = key_hash(key, folding_);
        std::size_t s = h & mask_;
        for (; slots_[s] != empty; s = (s + 1) & mask_) {
            const auto& e = entries_[slots_[s]];
            if (e.hash == h && keys_equal(e.key, key, folding_)) {
                repeats_.push_back({item, e.item});
                return;
            }
        }
        slots_[s] = static_cast<std::uint32_t>(entries_.size());
        entries_.push_back({h, item, key});
    }

    // The first-added item whose key equals `key`, if any.
    [[nodiscard]] constexpr std::optional<std::uint32_t> find(std::string_view key) const {
        const auto h = key_hash(key, folding_);
        for (std::size_t s = h & mask_; slots_[s] != empty; s = (s + 1) & mask_) {
            const auto& e = entries_[slots_[s]];
            if (e.hash == h && keys_equal(e.key, key, folding_)) return e.item;
        }
        return std::nullopt;
    }

    // Calls report(later, earlier) for every item whose key equals an earlier-added one (earlier: the
    // first-added of them), in the order the later items were added.
    template <class Report>
    constexpr void for_each_repeat(Report report) const {
        for (const auto& r : repeats_) report(r.later, r.earlier);
    }

private:
    struct entry {
        std::uint64_t hash;
        std::uint32_t item;  // caller's identifier (index into the view's array)
        std::string_view key;
    };
    struct repeat {
        std::uint32_t later;
        std::uint32_t earlier;
    };
    static constexpr std::uint32_t empty = 0xFFFFFFFFU;

    // At least twice as many slots as keys, a power of two; the entries are placed again.
    constexpr void rehash(std::size_t keys) {
        std::size_t n = 4;
        while (n < 2 * keys) n *= 2;
        mask_ = n - 1;
        slots_.assign(n, empty);
        entries_.reserve(keys);
        for (std::uint32_t i = 0; i < entries_.size(); ++i) {
            std::size_t s = entries_[i].hash & mask_;
            while (slots_[s] != empty) s = (s + 1) & mask_;
            slots_[s] = i;
        }
    }

    key_folding folding_;
    std::size_t mask_ = 0;
    std::vector<std::uint32_t> slots_;  // index into entries_, or empty
    std::vector<entry> entries_;        // distinct keys, in the order added
    std::vector<repeat> repeats_;
};

}  // namespace appwrite::schema::rules

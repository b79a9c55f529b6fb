// A sorted table of keys for duplicate detection and look-ups (reference A.4: keys compare
// case-insensitively; physical names drop '.'; enum elements compare exactly). Each key is hashed
// once and the table is sorted by (hash, position): the sort compares integers, not strings, which
// keeps a 1,010-attribute collection inside clang's default constexpr step limit (DESIGN §4).
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
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

class key_table {
public:
    struct entry {
        std::uint64_t hash;
        std::uint32_t item;  // caller's identifier (index into the view's array)
        std::string_view key;
    };

    constexpr explicit key_table(key_folding folding) : folding_(folding) {}

    constexpr void reserve(std::size_t n) { entries_.reserve(n); }
    constexpr void add(std::uint32_t item, std::string_view key) {
        entries_.push_back({key_hash(key, folding_), item, key});
    }
    constexpr void sort() {
        std::sort(entries_.begin(), entries_.end(),
                  [](const entry& x, const entry& y) { return x.hash != y.hash ? x.hash < y.hash : x.item < y.item; });
    }

    // The first-added item whose key equals `key`, if any. Requires sort().
    [[nodiscard]] constexpr std::optional<std::uint32_t> find(std::string_view key) const {
        const auto h = key_hash(key, folding_);
        auto it = std::lower_bound(entries_.begin(), entries_.end(), h,
                                   [](const entry& e, std::uint64_t v) { return e.hash < v; });
        for (; it != entries_.end() && it->hash == h; ++it)
            if (keys_equal(it->key, key, folding_)) return it->item;
        return std::nullopt;
    }

    // Calls report(later, earlier) for every item whose key equals an earlier-added one, in the
    // order the later items were added: the first repeat declared is reported first. Repeats are rare,
    // so collecting and ordering them costs nothing in the common case.
    template <class Report>
    constexpr void for_each_repeat(Report report) const {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> repeats;
        for (std::size_t lo = 0; lo < entries_.size();) {
            std::size_t hi = lo + 1;
            while (hi < entries_.size() && entries_[hi].hash == entries_[lo].hash) ++hi;
            for (std::size_t i = lo + 1; i < hi; ++i)  // runs are one entry long unless keys repeat
                for (std::size_t j = lo; j < i; ++j)
                    if (keys_equal(entries_[i].key, entries_[j].key, folding_)) {
                        repeats.emplace_back(entries_[i].item, entries_[j].item);
                        break;
                    }
            lo = hi;
        }
        std::sort(repeats.begin(), repeats.end());
        for (const auto& [later, earlier] : repeats) report(later, earlier);
    }

private:
    key_folding folding_;
    std::vector<entry> entries_;
};

}  // namespace appwrite::schema::rules

// "Did you mean": the closest of a list of words to a misspelt one (edit distance), for the tool's
// options and commands, rule names and the keys of a config.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace appwrite::schema::detail {

// Levenshtein distance (the words are short: one row of the table is enough).
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The closest of `candidates` to `word`, or empty when none is close (about a third different at
// most; two edits for short words, so a swapped pair of letters is found). Words of two letters or
// fewer get no suggestion: everything short is one edit away.
template <class Words>
std::string closest(std::string_view word, const Words& candidates) {
    std::string best;
    if (word.size() <= 2) return best;
    std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const auto& c : candidates) {
        const std::string_view candidate(c);
        const auto d = edit_distance(word, candidate);
        if (d < best_distance) {
            best = std::string(candidate);
            best_distance = d;
        }
    }
    return best;
}

}  // namespace appwrite::schema::detail

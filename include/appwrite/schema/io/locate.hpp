// Locating findings for people: the file (the config or the `includes` file the value came from),
// line and column of the value the JSON path names (or of its nearest ancestor, when the value is
// missing), and the path in names, database/collection/key, instead of list indices.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <appwrite/schema/io/config_file.hpp>
#include <appwrite/schema/io/positions.hpp>

namespace appwrite::schema::io {

namespace locate_detail {

// The path without its last step: `a[3].b` -> `a[3]` -> `a` -> "" (the root).
inline std::string_view parent_path(std::string_view path) {
    const auto cut = path.find_last_of(".[");
    return cut == std::string_view::npos ? std::string_view{} : path.substr(0, cut);
}

// Which text a finding's path lies in, and the path inside that text (the loader's spelling: "$" and
// "$.projectId" name the root and its members; an included resource's list is that file's root).
inline std::pair<std::size_t, std::string> text_and_path(const loaded_config& config, const std::string& path) {
    for (std::size_t t = 1; t < config.texts.size(); ++t) {
        const auto& resource = config.texts[t].resource;
        if (path.rfind(resource, 0) == 0 && (path.size() == resource.size() || path[resource.size()] == '['))
            return {t, path.substr(resource.size())};
    }
    if (path == "$") return {0, {}};
    if (path.rfind("$.", 0) == 0) return {0, path.substr(2)};
    return {0, path};
}

// A detail that is the number at `offset`, as the file writes it (9223372036854775808, not the
// rules' 9.223372e18); any other detail as it is.
inline std::string as_written(std::string_view text, std::size_t offset, const std::string& detail) {
    const auto numeric = [](char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    };
    if (detail.empty() || !std::all_of(detail.begin(), detail.end(), numeric)) return detail;
    std::size_t end = offset;
    while (end < text.size() && numeric(text[end])) ++end;
    if (end == offset || (text[offset] != '-' && (text[offset] < '0' || text[offset] > '9'))) return detail;
    return std::string(text.substr(offset, end - offset));
}

// The records' paths, to name what a path lies in.
class record_names {
public:
    explicit record_names(const loaded_config& config) : config_(config) {
        for (std::size_t d = 0; d < config.database_paths.size(); ++d) names_[config.database_paths[d]] = database(d);
        for (std::size_t c = 0; c < config.collections.size() && c < config.collection_paths.size(); ++c) {
            const auto& col = config.collections[c];
            const auto base = collection(c);
            names_[config.collection_paths[c]] = base;
            for (std::size_t a = col.attributes.begin; a < col.attributes.begin + col.attributes.count; ++a)
                if (a < config.attribute_paths.size())
                    names_[config.attribute_paths[a]] = base + "/" + std::string(config.attributes[a].key);
            for (std::size_t i = col.indexes.begin; i < col.indexes.begin + col.indexes.count; ++i)
                if (i < config.index_paths.size())
                    names_[config.index_paths[i]] = base + "/indexes/" + std::string(config.indexes[i].key);
            for (std::size_t p = col.permissions.begin; p < col.permissions.begin + col.permissions.count; ++p)
                if (p < config.permission_paths.size()) names_[config.permission_paths[p]] = base + "/$permissions";
        }
    }

    // The name of the deepest record the path lies in; empty for paths outside every record.
    [[nodiscard]] std::string of(std::string_view path) const {
        for (;;) {
            if (const auto it = names_.find(std::string(path)); it != names_.end()) return it->second;
            if (path.empty()) return {};
            path = parent_path(path);
        }
    }

private:
    [[nodiscard]] std::string database(std::size_t d) const {
        const auto id = std::string(config_.databases[d].id);
        return id.empty() ? "?" : id;
    }
    [[nodiscard]] std::string collection(std::size_t c) const {
        const auto& col = config_.collections[c];
        const auto db = col.database < config_.databases.size() ? database(col.database) : std::string("?");
        return db + "/" + (col.id.empty() ? std::string("?") : std::string(col.id));
    }

    const loaded_config& config_;
    std::unordered_map<std::string, std::string> names_;
};

}  // namespace locate_detail

// Fills file, position and name of the findings that have none, then orders them by file and
// position; findings at one place keep their order (file issues, then rules in rule order).
inline void locate(const loaded_config& config, std::vector<finding>& findings) {
    using namespace locate_detail;
    if (config.texts.empty()) {  // unreadable: the file itself is the place
        for (auto& f : findings)
            if (f.file.empty()) f.file = config.source;
        return;
    }
    // One SAX pass per text, for the paths and their ancestors (a missing value is shown at its parent).
    std::vector<std::unordered_set<std::string>> wanted(config.texts.size());
    std::vector<std::pair<std::size_t, std::string>> places;
    places.reserve(findings.size());
    for (const auto& f : findings) {
        places.push_back(text_and_path(config, f.path));
        for (std::string_view p = places.back().second;; p = parent_path(p)) {
            wanted[places.back().first].emplace(p);
            if (p.empty()) break;
        }
    }
    std::vector<std::unordered_map<std::string, json_offset>> offsets(config.texts.size());
    for (std::size_t t = 0; t < config.texts.size(); ++t) offsets[t] = value_offsets(config.texts[t].text, wanted[t]);

    struct place {
        std::size_t text;
        std::size_t offset;
        std::size_t finding;
        bool operator<(const place& o) const {
            return text != o.text ? text < o.text : offset != o.offset ? offset < o.offset : finding < o.finding;
        }
    };
    std::vector<place> order;
    order.reserve(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const auto& [t, inner] = places[i];
        std::size_t offset = 0;
        for (std::string_view p = inner;; p = parent_path(p)) {
            if (const auto it = offsets[t].find(std::string(p)); it != offsets[t].end()) {
                const bool exact = p.size() == inner.size();
                offset = exact && findings[i].about_name ? it->second.name : it->second.value;
                if (exact && !findings[i].about_name)
                    findings[i].detail = as_written(config.texts[t].text, offset, findings[i].detail);
                break;
            }
            if (p.empty()) break;
        }
        order.push_back({t, offset, i});
    }
    std::sort(order.begin(), order.end());

    // Lines and columns in one sweep per text: the offsets are now in order.
    const record_names names(config);
    std::vector<finding> sorted;
    sorted.reserve(findings.size());
    std::size_t text = config.texts.size();
    std::size_t swept = 0;
    text_position at{1, 1};
    for (const auto& o : order) {
        if (o.text != text) {
            text = o.text;
            swept = 0;
            at = {1, 1};
        }
        at = advance(config.texts[text].text, swept, o.offset, at);
        swept = o.offset;
        auto& f = findings[o.finding];
        if (f.at.line == 0) {
            f.file = config.texts[text].file;
            f.at = at;
        }
        if (f.where.empty()) f.where = names.of(f.path);
        sorted.push_back(std::move(f));
    }
    findings = std::move(sorted);
}

}  // namespace appwrite::schema::io

// Steps of a plan that lose no data but that the server may refuse, or that change what existing
// documents mean: each warning says what the server does and what to do before deploying.
// The server checks stored values only where the database itself does (a column resize, an index
// build); validators (enum elements, min/max, required) run on the next write of each document
// (reference B.1, B.2, B.3, C.3, F.6).
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <appwrite/schema/view.hpp>

namespace appwrite::schema::diff::warning_detail {

inline std::string quoted_list(const std::vector<std::string_view>& items) {
    std::string s;
    const std::size_t shown = std::min<std::size_t>(items.size(), 3);
    for (std::size_t i = 0; i < shown; ++i) s += (i == 0 ? "\"" : ", \"") + std::string(items[i]) + "\"";
    if (items.size() > shown) s += " and " + std::to_string(items.size() - shown) + " more";
    return s;
}

inline std::string number(const bound& b) {
    return b.is_integer ? std::to_string(b.integer) : std::to_string(b.number);
}

}  // namespace appwrite::schema::diff::warning_detail

namespace appwrite::schema::diff {

// An attribute changed in place (`old_a` -> `a`).
inline std::vector<std::string> update_warnings(const schema_view& before, const attribute_record& old_a,
                                                const schema_view& after, const attribute_record& a,
                                                std::string_view collection) {
    using namespace warning_detail;
    std::vector<std::string> out;
    const std::string key(a.key);
    if (has_declared_size(a.type) && old_a.type == a.type && a.size < old_a.size)
        out.push_back("size " + std::to_string(old_a.size) + " -> " + std::to_string(a.size) +
                      ": the server refuses to shrink the column while a stored value is longer (\"Resize would "
                      "result in data truncation\"), after the earlier steps ran; shorten or clear the longer " +
                      key + " values first");
    if (a.type == attribute_type::enum_ && old_a.type == a.type) {
        std::vector<std::string_view> removed;
        const auto now = after.elements_of(a);
        for (auto e : before.elements_of(old_a))
            if (std::find(now.begin(), now.end(), e) == now.end()) removed.push_back(e);
        if (!removed.empty())
            out.push_back("elements removed (" + quoted_list(removed) +
                          "): the server does not check stored values, so documents holding them keep them and "
                          "are refused on their next write until " +
                          key + " is changed; move them to a remaining element first");
    }
    if (is_numeric_type(a.type) && old_a.type == a.type) {
        const auto old_min = effective_bound(old_a.min, true), new_min = effective_bound(a.min, true);
        const auto old_max = effective_bound(old_a.max, false), new_max = effective_bound(a.max, false);
        const bool raised = new_min && (!old_min || *new_min > *old_min);
        const bool lowered = new_max && (!old_max || *new_max < *old_max);
        if (raised || lowered)
            out.push_back(std::string(raised && lowered ? "min raised and max lowered"
                                      : raised          ? "min raised to " + number(a.min)
                                                        : "max lowered to " + number(a.max)) +
                          ": the server does not check stored values, so documents outside the new range are "
                          "refused on their next write until " +
                          key + " is changed; bring them into range first");
    }
    if (a.required && !old_a.required && !a.default_value.present())
        out.push_back("required without a default: the server does not fill existing documents, so every "
                      "document of " +
                      std::string(collection) + " without " + key +
                      " is refused on its next write; give each one a value first");
    if (a.type == attribute_type::relationship && old_a.type == a.type &&
        after.extra_of(a).on_delete != before.extra_of(old_a).on_delete &&
        after.extra_of(a).on_delete == on_delete_action::restrict_)
        out.push_back("onDelete restrict: from now on the server refuses to delete a document of " +
                      std::string(collection) + " while related " + std::string(after.extra_of(a).related_collection) +
                      " documents point at it; code that deletes them must delete or unlink those first");
    return out;
}

// An attribute created (or recreated, empty) in a collection that already has documents.
inline std::vector<std::string> create_warnings(const attribute_record& a, std::string_view collection) {
    if (!a.required || a.default_value.present() || a.type == attribute_type::relationship) return {};
    return {"required without a default on an existing collection: existing documents get no value, and the "
            "server refuses each one's next write until " +
            std::string(a.key) + " is set; create it optional, fill it in every document of " +
            std::string(collection) + ", then make it required"};
}

// An index created, or recreated as `ix`, in a collection that already has documents.
inline std::vector<std::string> index_warnings(const index_record* old_ix, const index_record& ix) {
    if (ix.type != index_type::unique || (old_ix != nullptr && old_ix->type == index_type::unique)) return {};
    return {std::string(old_ix != nullptr ? "made unique" : "a new unique index") +
            ": the server cannot build it while two documents share the indexed values (the index ends "
            "\"failed\"" +
            (old_ix != nullptr ? ", and the old index is deleted before" : "") +
            "); find and remove the duplicates first"};
}

}  // namespace appwrite::schema::diff

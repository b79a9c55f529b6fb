// The relationship graph: which collection each relationship points at (sorted look-up by
// database and ID) and the child-side attributes the server adds to related collections (B.3).
// Shared by the relationship rules and the budgets, which count those child sides.
#pragma once

#include <optional>
#include <vector>

#include <appwrite/schema/rules/context.hpp>

namespace appwrite::schema::rules {

struct derived_child {
    std::uint32_t collection;         // where the server creates it
    std::string_view key;             // twoWayKey, or the parent collection's ID by default
    std::uint32_t parent_attribute;   // the declaring relationship
    std::uint32_t parent_collection;
};

class relationship_graph {
public:
    constexpr explicit relationship_graph(const schema_view& v) : view_(v) {
        const auto n = static_cast<std::uint32_t>(v.collections.size());
        by_id_ = sorted_indices(0, n, [&](std::uint32_t x, std::uint32_t y) { return less(x, y); });
        for (std::uint32_t ci = 0; ci < n; ++ci) {
            const auto& c = v.collections[ci];
            for (std::uint32_t a = c.attributes.begin; a < c.attributes.end(); ++a) {
                const auto& at = v.attributes[a];
                if (at.type != attribute_type::relationship || at.side != relation_side::parent) continue;
                if (auto target = find(c.database, at.related_collection))
                    children_.push_back({*target, at.two_way_key.empty() ? c.id : at.two_way_key, a, ci});
            }
        }
        std::sort(children_.begin(), children_.end(), [](const derived_child& x, const derived_child& y) {
            if (x.collection != y.collection) return x.collection < y.collection;
            if (const int cmp = detail::compare_icase(x.key, y.key); cmp != 0) return cmp < 0;
            return x.parent_attribute < y.parent_attribute;
        });
    }

    // The collection with this ID in this database (case-insensitive, like the server's look-up).
    [[nodiscard]] constexpr std::optional<std::uint32_t> find(std::uint32_t database, std::string_view id) const {
        auto lo = by_id_.begin();
        auto hi = by_id_.end();
        while (lo < hi) {
            auto mid = lo + (hi - lo) / 2;
            const auto& c = view_.collections[*mid];
            const int cmp = c.database != database ? (c.database < database ? -1 : 1) : detail::compare_icase(c.id, id);
            if (cmp < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo != by_id_.end() && view_.collections[*lo].database == database &&
            detail::equal_icase(view_.collections[*lo].id, id))
            return *lo;
        return std::nullopt;
    }

    // Child sides the server creates, ordered by (collection, key).
    [[nodiscard]] constexpr const std::vector<derived_child>& children() const { return children_; }

    // A child-side attribute written in a file (side: "child") stands for a derived child of a parent
    // we also see; it is then counted once, as the derived one.
    [[nodiscard]] constexpr bool is_covered_child(std::uint32_t collection, std::uint32_t attribute) const {
        const auto& at = view_.attributes[attribute];
        if (at.side != relation_side::child) return false;
        const auto& c = view_.collections[collection];
        const auto parent = find(c.database, at.related_collection);
        if (!parent) return false;
        auto lo = children_.begin();
        auto hi = children_.end();
        while (lo < hi) {
            auto mid = lo + (hi - lo) / 2;
            const int cmp = mid->collection != collection ? (mid->collection < collection ? -1 : 1)
                                                          : detail::compare_icase(mid->key, at.key);
            if (cmp < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (; lo != children_.end() && lo->collection == collection && detail::equal_icase(lo->key, at.key); ++lo)
            if (lo->parent_collection == *parent) return true;
        return false;
    }

private:
    [[nodiscard]] constexpr bool less(std::uint32_t x, std::uint32_t y) const {
        const auto& a = view_.collections[x];
        const auto& b = view_.collections[y];
        if (a.database != b.database) return a.database < b.database;
        return detail::compare_icase(a.id, b.id) < 0;
    }

    const schema_view& view_;
    std::vector<std::uint32_t> by_id_;
    std::vector<derived_child> children_;
};

}  // namespace appwrite::schema::rules

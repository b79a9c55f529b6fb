// The relationships of one database (reference B.3): which collection each relationship points at
// (looked up by ID in the database, case-insensitively) and the child-side attributes the server
// adds to the related collections. Relationships never cross databases, so this is database scope.
#pragma once

#include <algorithm>
#include <optional>
#include <vector>

#include <appwrite/schema/rules/context.hpp>
#include <appwrite/schema/rules/key_table.hpp>

namespace appwrite::schema::rules {

struct derived_child {
    std::uint32_t collection;        // where the server creates it
    std::uint64_t hash;              // key_hash(key, case_insensitive)
    std::string_view key;            // twoWayKey, or the parent collection's ID by default
    std::uint32_t parent_attribute;  // the declaring relationship
    std::uint32_t parent_collection;
};

class relationship_graph {
public:
    // `ids` holds the database's collection IDs (case-insensitive).
    constexpr relationship_graph(const schema_view& v, const database_record& db, const key_table& ids) : ids_(ids) {
        for (std::uint32_t ci = db.collections.begin; ci < db.collections.end(); ++ci) {
            const auto& c = v.collections[ci];
            for (std::uint32_t a = c.attributes.begin; a < c.attributes.end(); ++a) {
                const auto& at = v.attributes[a];
                const auto& rel = v.extra_of(at);
                if (at.type != attribute_type::relationship || rel.side != relation_side::parent) continue;
                if (auto target = ids.find(rel.related_collection)) {
                    const auto key = rel.two_way_key.empty() ? c.id : rel.two_way_key;
                    children_.push_back({*target, key_hash(key, key_folding::case_insensitive), key, a, ci});
                }
            }
        }
        std::sort(children_.begin(), children_.end(), [](const derived_child& x, const derived_child& y) {
            if (x.collection != y.collection) return x.collection < y.collection;
            if (x.hash != y.hash) return x.hash < y.hash;
            return x.parent_attribute < y.parent_attribute;
        });
    }

    [[nodiscard]] constexpr std::optional<std::uint32_t> target(std::string_view related_collection) const {
        return ids_.find(related_collection);
    }
    // Child sides the server creates, ordered by (collection, key hash, parent).
    [[nodiscard]] constexpr const std::vector<derived_child>& children() const { return children_; }

    // The children created in `collection` whose key equals `key`, as [first, last).
    [[nodiscard]] constexpr std::pair<std::size_t, std::size_t> children_named(std::uint32_t collection,
                                                                               std::string_view key) const {
        const auto h = key_hash(key, key_folding::case_insensitive);
        auto lo = std::lower_bound(children_.begin(), children_.end(), std::pair{collection, h},
                                   [](const derived_child& c, std::pair<std::uint32_t, std::uint64_t> v) {
                                       return c.collection != v.first ? c.collection < v.first : c.hash < v.second;
                                   });
        auto hi = lo;
        while (hi != children_.end() && hi->collection == collection && hi->hash == h) ++hi;
        return {static_cast<std::size_t>(lo - children_.begin()), static_cast<std::size_t>(hi - children_.begin())};
    }

private:
    const key_table& ids_;
    std::vector<derived_child> children_;
};

}  // namespace appwrite::schema::rules

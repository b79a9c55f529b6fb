// Relationship rules (reference B.3): valid options, target in the same database, one manyToMany per
// collection pair, and the child-side key the server adds to the related collection must be free.
#pragma once

#include <appwrite/schema/rules/relationship_graph.hpp>

namespace appwrite::schema::rules {

template <class Sink>
constexpr void check_relationships(const context& cx, const relationship_graph& graph, Sink& sink) {
    const auto& v = cx.view;

    // Options and targets.
    for (const auto& c : v.collections)
        for (std::uint32_t a = c.attributes.begin; a < c.attributes.end(); ++a) {
            const auto& at = v.attributes[a];
            if (at.type != attribute_type::relationship || at.side != relation_side::parent) continue;
            if (at.relation == relation_type::invalid || at.on_delete == on_delete_action::invalid) {
                auto d = cx.about_attribute(rule::relationship_invalid_options, c, a,
                                            at.relation == relation_type::invalid ? "relationType" : "onDelete");
                sink.add(d);
            }
            if (!graph.find(c.database, at.related_collection)) {
                auto d = cx.about_attribute(rule::relationship_target_missing, c, a, "relatedCollection");
                d.detail = at.related_collection;
                sink.add(d);
            }
        }

    // At most one manyToMany between the same two collections, in either direction.
    const auto& kids = graph.children();
    std::vector<std::uint32_t> m2m;
    for (std::uint32_t k = 0; k < kids.size(); ++k)
        if (v.attributes[kids[k].parent_attribute].relation == relation_type::many_to_many) m2m.push_back(k);
    auto pair_of = [&](std::uint32_t k) {
        const auto a = kids[k].parent_collection;
        const auto b = kids[k].collection;
        return std::pair{a < b ? a : b, a < b ? b : a};
    };
    std::sort(m2m.begin(), m2m.end(), [&](std::uint32_t x, std::uint32_t y) {
        if (pair_of(x) != pair_of(y)) return pair_of(x) < pair_of(y);
        return kids[x].parent_attribute < kids[y].parent_attribute;
    });
    for (std::size_t i = 1; i < m2m.size(); ++i)
        if (pair_of(m2m[i]) == pair_of(m2m[i - 1])) {
            const auto& k = kids[m2m[i]];
            auto d = cx.about_attribute(rule::relationship_duplicate_many_to_many, v.collections[k.parent_collection],
                                        k.parent_attribute, "relationType");
            d.detail = v.attributes[kids[m2m[i - 1]].parent_attribute].key;
            sink.add(d);
        }

    // Child-side keys against the keys already in the related collection (case-insensitive).
    struct entry {
        std::uint32_t collection;
        std::string_view key;
        std::uint32_t attribute;  // explicit attribute, or no_item for a derived child
        std::uint32_t child;      // index into kids, or no_item
    };
    std::vector<entry> entries;
    for (std::uint32_t ci = 0; ci < v.collections.size(); ++ci) {
        const auto& c = v.collections[ci];
        for (std::uint32_t a = c.attributes.begin; a < c.attributes.end(); ++a)
            if (!graph.is_covered_child(ci, a)) entries.push_back({ci, v.attributes[a].key, a, no_item});
    }
    for (std::uint32_t k = 0; k < kids.size(); ++k) entries.push_back({kids[k].collection, kids[k].key, no_item, k});
    std::sort(entries.begin(), entries.end(), [](const entry& x, const entry& y) {
        if (x.collection != y.collection) return x.collection < y.collection;
        if (const int cmp = detail::compare_icase(x.key, y.key); cmp != 0) return cmp < 0;
        if (x.attribute != y.attribute) return x.attribute < y.attribute;  // explicit attributes first
        return x.child < y.child;
    });
    for (std::size_t lo = 0; lo < entries.size();) {
        std::size_t hi = lo + 1;
        while (hi < entries.size() && entries[hi].collection == entries[lo].collection &&
               detail::equal_icase(entries[hi].key, entries[lo].key))
            ++hi;
        if (hi - lo > 1) {
            for (std::size_t i = lo; i < hi; ++i) {
                if (entries[i].child == no_item) continue;
                const auto& kid = kids[entries[i].child];
                // The first other entry in the group is what the child side collides with.
                const entry* other = nullptr;
                for (std::size_t j = lo; j < hi && other == nullptr; ++j)
                    if (j != i) other = &entries[j];
                const bool self = other->attribute == kid.parent_attribute;
                auto d = cx.about_attribute(self ? rule::relationship_self_key_clash : rule::relationship_two_way_key_clash,
                                            v.collections[kid.parent_collection], kid.parent_attribute, "twoWayKey");
                d.detail.append(v.collections[kid.collection].id).append(".").append(kid.key);
                sink.add(d);
            }
        }
        lo = hi;
    }
}

}  // namespace appwrite::schema::rules

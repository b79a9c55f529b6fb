// Relationship rules and budgets, database scope (reference B.1, B.3, B.5): valid options, target in
// the same database, one manyToMany per collection pair, child-side keys free in the related
// collection; then attributes per collection and row width, both counting those child sides.
#pragma once

#include <algorithm>
#include <utility>
#include <vector>

#include <appwrite/schema/rules/budgets.hpp>
#include <appwrite/schema/rules/relationship_graph.hpp>

namespace appwrite::schema::rules {

template <class Sink>
constexpr void check_database_relationships(const context& cx, const database_record& db,
                                            const relationship_graph& graph, Sink& sink) {
    const auto& v = cx.view;
    const auto& kids = graph.children();

    // Options and targets.
    for (std::uint32_t ci = db.collections.begin; ci < db.collections.end(); ++ci) {
        const auto& c = v.collections[ci];
        for (std::uint32_t a = c.attributes.begin; a < c.attributes.end(); ++a) {
            const auto& at = v.attributes[a];
            const auto& rel = v.extra_of(at);
            if (at.type != attribute_type::relationship || rel.side != relation_side::parent) continue;
            if (rel.relation == relation_type::invalid || rel.on_delete == on_delete_action::invalid)
                sink.add(cx.about_attribute(rule::relationship_invalid_options, c, a,
                                            rel.relation == relation_type::invalid ? "relationType" : "onDelete"));
            if (!graph.target(rel.related_collection)) {
                auto d = cx.about_attribute(rule::relationship_target_missing, c, a, "relatedCollection");
                d.detail = rel.related_collection;
                sink.add(d);
            }
        }
    }

    // At most one manyToMany between the same two collections, whichever side declares it.
    std::vector<std::uint32_t> m2m;
    for (std::uint32_t k = 0; k < kids.size(); ++k)
        if (v.extra_of(v.attributes[kids[k].parent_attribute]).relation == relation_type::many_to_many)
            m2m.push_back(k);
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

    auto clash = [&](const derived_child& kid, std::uint32_t other_attribute, std::string_view other_key) {
        const bool self = other_attribute == kid.parent_attribute;
        auto d = cx.about_attribute(self ? rule::relationship_self_key_clash : rule::relationship_two_way_key_clash,
                                    v.collections[kid.parent_collection], kid.parent_attribute, "twoWayKey");
        d.detail.append(v.collections[kid.collection].id).append(".").append(other_key);
        sink.add(d);
    };
    // Two child sides with the same key in one collection: the later relationship clashes.
    for (std::size_t i = 1; i < kids.size(); ++i)
        for (std::size_t j = i; j-- > 0 && kids[j].collection == kids[i].collection && kids[j].hash == kids[i].hash;)
            if (detail::equal_icase(kids[j].key, kids[i].key)) {
                clash(kids[i], no_item, kids[j].key);
                break;
            }

    // Each collection: attributes against the child sides created in it, then the budgets.
    for (std::uint32_t ci = db.collections.begin; ci < db.collections.end(); ++ci) {
        const auto& c = v.collections[ci];
        std::uint32_t incoming = 0;
        {
            auto lo = std::lower_bound(kids.begin(), kids.end(), ci,
                                       [](const derived_child& k, std::uint32_t col) { return k.collection < col; });
            while (lo != kids.end() && lo->collection == ci) {
                ++incoming;
                ++lo;
            }
        }
        collection_budget budget(cx.profile);
        for (std::uint32_t a = c.attributes.begin; a < c.attributes.end(); ++a) {
            const auto& at = v.attributes[a];
            bool covered = false;  // a child side written in a file, standing for a derived child
            if (incoming != 0) {
                const auto [lo, hi] = graph.children_named(ci, at.key);
                for (std::size_t k = lo; k < hi; ++k) {
                    const auto& kid = kids[k];
                    if (!detail::equal_icase(kid.key, at.key)) continue;
                    if (v.extra_of(at).side == relation_side::child &&
                        detail::equal_icase(v.extra_of(at).related_collection, v.collections[kid.parent_collection].id))
                        covered = true;
                    else clash(kid, a, at.key);
                }
            }
            if (!covered) budget.add(at);
        }
        for (std::uint32_t k = 0; k < incoming; ++k) budget.add_child_side();
        budget.report(cx, c, sink);
    }
}

}  // namespace appwrite::schema::rules

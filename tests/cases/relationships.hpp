// Cases for the relationship rules (reference B.3).
#pragma once

#include "case_support.hpp"

namespace cases {
template <class... Collections>
constexpr auto in_one_database(const Collections&... collections) {
    return aw::project("proj", "Project", aw::database("db", "Database", collections...));
}
}  // namespace cases

AW_BAD(relationship_invalid_options, "author",
       edited(in_one_database(aw::collection("posts", "Posts", aw::relationship("author", "authors", aw::many_to_one)),
                              aw::collection("authors", "Authors")),
              [](auto& p) { p.extras[p.attributes[0].extra].relation = aw::relation_type::invalid; }))
AW_GOOD(relationship_invalid_options,
        in_one_database(aw::collection("posts", "Posts", aw::relationship("author", "authors", aw::many_to_one)),
                        aw::collection("authors", "Authors")))

// The target must be in the same database, not merely in the project.
AW_BAD(relationship_target_missing, "author",
       aw::project("proj", "Project",
                   aw::database("blog", "Blog",
                                aw::collection("posts", "Posts", aw::relationship("author", "authors", aw::many_to_one))),
                   aw::database("people", "People", aw::collection("authors", "Authors"))))
AW_GOOD(relationship_target_missing,
        in_one_database(aw::collection("posts", "Posts", aw::relationship("author", "authors", aw::many_to_one)),
                        aw::collection("authors", "Authors")))

// One manyToMany per pair of collections, whichever side declares it.
AW_BAD(relationship_duplicate_many_to_many, "curators",
       in_one_database(aw::collection("posts", "Posts",
                                      aw::relationship("tags", "tags", aw::many_to_many).two_way("posts")),
                       aw::collection("tags", "Tags",
                                      aw::relationship("curators", "posts", aw::many_to_many).two_way_key("curated"))))
AW_GOOD(relationship_duplicate_many_to_many,
        in_one_database(aw::collection("posts", "Posts",
                                       aw::relationship("tags", "tags", aw::many_to_many).two_way("posts")),
                        aw::collection("tags", "Tags",
                                       aw::relationship("curators", "posts", aw::one_to_many).two_way_key("curated"))))

// The child side (twoWayKey, by default the parent collection's ID) lands in the related collection.
AW_BAD(relationship_two_way_key_clash, "author",
       in_one_database(aw::collection("posts", "Posts", aw::relationship("author", "authors", aw::many_to_one).two_way("name")),
                       aw::collection("authors", "Authors", aw::string("name", 100))))
AW_GOOD(relationship_two_way_key_clash,
        in_one_database(aw::collection("posts", "Posts", aw::relationship("author", "authors", aw::many_to_one).two_way("posts")),
                        aw::collection("authors", "Authors", aw::string("name", 100))))

AW_BAD(relationship_self_key_clash, "parent",
       in_one_database(aw::collection("nodes", "Nodes", aw::relationship("parent", "nodes", aw::many_to_one).two_way("parent"))))
AW_GOOD(relationship_self_key_clash,
        in_one_database(aw::collection("nodes", "Nodes", aw::relationship("parent", "nodes", aw::many_to_one).two_way("children"))))

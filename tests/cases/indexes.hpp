// Cases for the index rules (reference C).
#pragma once

#include "case_support.hpp"

AW_BAD(unknown_index_type, "by_k",
       edited(single(aw::string("k", 10), aw::key_index("by_k", {"k"})), [](auto& p) {
           p.indexes[0].type = aw::index_type::unknown;
           p.indexes[0].type_spelling = "btree";
       }))
AW_GOOD(unknown_index_type, single(aw::string("k", 10), aw::key_index("by_k", {"k"})))
AW_BAD(index_empty, "by_k",
       edited(single(aw::string("k", 10), aw::key_index("by_k", {"k"})), [](auto& p) { p.indexes[0].fields.count = 0; }))
AW_GOOD(index_empty, single(aw::string("k", 10), aw::key_index("by_k", {"k"})))
AW_BAD(index_too_many_attributes, "wide",
       single(aw::boolean("b0"),
               aw::boolean("b1"),
               aw::boolean("b2"),
               aw::boolean("b3"),
               aw::boolean("b4"),
               aw::boolean("b5"),
               aw::boolean("b6"),
               aw::boolean("b7"),
               aw::boolean("b8"),
               aw::boolean("b9"),
               aw::boolean("b10"),
               aw::boolean("b11"),
               aw::boolean("b12"),
               aw::boolean("b13"),
               aw::boolean("b14"),
               aw::boolean("b15"),
               aw::boolean("b16"),
               aw::boolean("b17"),
               aw::boolean("b18"),
               aw::boolean("b19"),
               aw::boolean("b20"),
               aw::boolean("b21"),
               aw::boolean("b22"),
               aw::boolean("b23"),
               aw::boolean("b24"),
               aw::boolean("b25"),
               aw::boolean("b26"),
               aw::boolean("b27"),
               aw::boolean("b28"),
               aw::boolean("b29"),
               aw::boolean("b30"),
               aw::boolean("b31"),
               aw::boolean("b32"),
               aw::boolean("b33"),
               aw::boolean("b34"),
               aw::boolean("b35"),
               aw::boolean("b36"),
               aw::boolean("b37"),
               aw::boolean("b38"),
               aw::boolean("b39"),
               aw::boolean("b40"),
               aw::boolean("b41"),
               aw::boolean("b42"),
               aw::boolean("b43"),
               aw::boolean("b44"),
               aw::boolean("b45"),
               aw::boolean("b46"),
               aw::boolean("b47"),
               aw::boolean("b48"),
               aw::boolean("b49"),
               aw::boolean("b50"),
               aw::boolean("b51"),
               aw::boolean("b52"),
               aw::boolean("b53"),
               aw::boolean("b54"),
               aw::boolean("b55"),
               aw::boolean("b56"),
               aw::boolean("b57"),
               aw::boolean("b58"),
               aw::boolean("b59"),
               aw::boolean("b60"),
               aw::boolean("b61"),
               aw::boolean("b62"),
               aw::boolean("b63"),
               aw::boolean("b64"),
               aw::boolean("b65"),
               aw::boolean("b66"),
               aw::boolean("b67"),
               aw::boolean("b68"),
               aw::boolean("b69"),
               aw::boolean("b70"),
               aw::boolean("b71"),
               aw::boolean("b72"),
               aw::boolean("b73"),
               aw::boolean("b74"),
               aw::boolean("b75"),
               aw::boolean("b76"),
               aw::boolean("b77"),
               aw::boolean("b78"),
               aw::boolean("b79"),
               aw::boolean("b80"),
               aw::boolean("b81"),
               aw::boolean("b82"),
               aw::boolean("b83"),
               aw::boolean("b84"),
               aw::boolean("b85"),
               aw::boolean("b86"),
               aw::boolean("b87"),
               aw::boolean("b88"),
               aw::boolean("b89"),
               aw::boolean("b90"),
               aw::boolean("b91"),
               aw::boolean("b92"),
               aw::boolean("b93"),
               aw::boolean("b94"),
               aw::boolean("b95"),
               aw::boolean("b96"),
               aw::boolean("b97"),
               aw::boolean("b98"),
               aw::boolean("b99"),
               aw::boolean("b100"),
              aw::key_index("wide", {"b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12", "b13", "b14", "b15", "b16", "b17", "b18", "b19", "b20", "b21", "b22", "b23", "b24", "b25", "b26", "b27", "b28", "b29", "b30", "b31", "b32", "b33", "b34", "b35", "b36", "b37", "b38", "b39", "b40", "b41", "b42", "b43", "b44", "b45", "b46", "b47", "b48", "b49", "b50", "b51", "b52", "b53", "b54", "b55", "b56", "b57", "b58", "b59", "b60", "b61", "b62", "b63", "b64", "b65", "b66", "b67", "b68", "b69", "b70", "b71", "b72", "b73", "b74", "b75", "b76", "b77", "b78", "b79", "b80", "b81", "b82", "b83", "b84", "b85", "b86", "b87", "b88", "b89", "b90", "b91", "b92", "b93", "b94", "b95", "b96", "b97", "b98", "b99", "b100"})))
AW_GOOD(index_too_many_attributes, single(aw::boolean("b0"), aw::boolean("b1"), aw::key_index("wide", {"b0", "b1"})))
AW_BAD(index_attribute_missing, "by_name", single(aw::string("title", 10), aw::key_index("by_name", {"name"})))
AW_GOOD(index_attribute_missing, single(aw::string("title", 10), aw::key_index("by_name", {"Title"})))  // case-insensitive
AW_BAD(index_duplicate_attribute, "twice", single(aw::string("k", 10), aw::key_index("twice", {"k", aw::desc("K")})))
AW_GOOD(index_duplicate_attribute, single(aw::string("k", 10), aw::string("j", 10), aw::key_index("twice", {"k", "j"})))
AW_BAD(index_on_relationship, "by_author",
       aw::project("proj", "Project",
                   aw::database("db", "Database",
                                aw::collection("posts", "Posts", aw::relationship("author", "authors", aw::many_to_one),
                                               aw::key_index("by_author", {"author"})),
                                aw::collection("authors", "Authors"))))
AW_GOOD(index_on_relationship,
        aw::project("proj", "Project",
                    aw::database("db", "Database",
                                 aw::collection("posts", "Posts", aw::relationship("author", "authors", aw::many_to_one),
                                                aw::string("authorName", 100), aw::key_index("by_author", {"authorName"})),
                                 aw::collection("authors", "Authors"))))
AW_BAD(index_on_array, "by_tags", single(aw::string("tags", 20).array(), aw::key_index("by_tags", {"tags"})))
AW_GOOD(index_on_array, single(aw::string("tag", 20), aw::key_index("by_tag", {"tag"})))
AW_BAD(fulltext_on_non_string, "search", single(aw::integer("year"), aw::fulltext_index("search", {"year"})))
AW_GOOD(fulltext_on_non_string, single(aw::text("body"), aw::email("mail"), aw::fulltext_index("search", {"body", "mail"})))
// Strings count their full size (the CLI never sends lengths); $id counts 255.
AW_BAD(index_too_long, "by_title", single(aw::string("title", 514), aw::key_index("by_title", {"$id", "title"})))
AW_GOOD(index_too_long, single(aw::string("title", 513), aw::key_index("by_title", {"$id", "title"})))
AW_BAD(spatial_index_shape, "near", single(aw::string("where", 10), aw::spatial_index("near", {"where"})))
AW_GOOD(spatial_index_shape, single(aw::point("where").required(), aw::spatial_index("near", {"where"})))
AW_BAD(spatial_index_nullable, "near", single(aw::point("where"), aw::spatial_index("near", {"where"})))
AW_GOOD(spatial_index_nullable, single(aw::point("where"), aw::spatial_index("near", {"where"})).for_engine(aw::postgresql))
AW_BAD(spatial_index_orders, "near",
       single(aw::point("where").required(), aw::spatial_index("near", {aw::desc("where")})).for_engine(aw::postgresql))
AW_GOOD(spatial_index_orders, single(aw::point("where").required(), aw::spatial_index("near", {aw::desc("where")})))
AW_BAD(index_on_spatial_attribute, "by_where", single(aw::point("where").required(), aw::key_index("by_where", {"where"})))
AW_GOOD(index_on_spatial_attribute, single(aw::point("where").required(), aw::spatial_index("by_where", {"where"})))
AW_BAD(multiple_fulltext_indexes, "search_body",
       single(aw::text("title"), aw::text("body"), aw::fulltext_index("search_title", {"title"}),
              aw::fulltext_index("search_body", {"body"}))
           .for_engine(aw::mongodb))
AW_GOOD(multiple_fulltext_indexes,
        single(aw::text("title"), aw::text("body"), aw::fulltext_index("search_title", {"title"}),
               aw::fulltext_index("search_body", {"body"})))
AW_BAD(identical_indexes, "by_k_again",
       single(aw::string("k", 10), aw::key_index("by_k", {"k"}), aw::unique_index("by_k_again", {aw::asc("k")}))
           .for_engine(aw::portable))
AW_GOOD(identical_indexes,
        single(aw::string("k", 10), aw::key_index("by_k", {"k"}), aw::unique_index("by_k_again", {aw::desc("k")}))
            .for_engine(aw::portable))
// Files only: `"orders": []` next to attributes, and orders that are not ASC/DESC.
AW_BAD(index_orders_mismatch, "by_k", edited(single(aw::string("k", 10), aw::key_index("by_k", {"k"})), [](auto& p) {
           p.indexes[0].orders_present = true;
           p.indexes[0].orders_count = 0;
       }))
AW_GOOD(index_orders_mismatch, edited(single(aw::string("k", 10), aw::key_index("by_k", {"k"})), [](auto& p) {
            p.indexes[0].orders_present = true;
            p.indexes[0].orders_count = 1;
        }))
AW_BAD(invalid_index_order, "by_k", edited(single(aw::string("k", 10), aw::key_index("by_k", {"k"})), [](auto& p) {
           p.fields[0].order = aw::sort_order::invalid;
       }))
AW_GOOD(invalid_index_order, single(aw::string("k", 10), aw::key_index("by_k", {aw::desc("k")})))

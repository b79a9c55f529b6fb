// Cases for the identifier, name and uniqueness rules (reference A, E, F.3).
#pragma once

#include "case_support.hpp"

// A.1
AW_BAD(id_empty, "", single(aw::string("", 10)))
AW_GOOD(id_empty, single(aw::string("k", 10)))
AW_BAD(id_too_long, "abcdefghijabcdefghijabcdefghijabcdefg",
       single(aw::string("abcdefghijabcdefghijabcdefghijabcdefg", 10)))
AW_GOOD(id_too_long, single(aw::string("abcdefghijabcdefghijabcdefghijabcdef", 10)))  // 36
AW_BAD(id_invalid_character, "e mail", single(aw::string("e mail", 10)))
AW_GOOD(id_invalid_character, single(aw::string("e-mail.x_1", 10)))
AW_BAD(id_invalid_first_character, "_secret", single(aw::string("_secret", 10)))
AW_GOOD(id_invalid_first_character, single(aw::string("1st", 10)))  // a leading digit is fine
// A.3: only indexes may name $id, $createdAt, $updatedAt.
AW_BAD(id_reserved_dollar, "$createdAt", single(aw::datetime("$createdAt")))
AW_GOOD(id_reserved_dollar, single(aw::datetime("created"), aw::key_index("by_created", {"$createdAt", "$id"})))
AW_BAD(index_key_reserved, "PRIMARY", single(aw::string("k", 10), aw::key_index("PRIMARY", {"k"})))
AW_GOOD(index_key_reserved,
        single(aw::string("k", 10), aw::key_index("PRIMARY", {"k"})).for_engine(aw::postgresql))

// A.4
AW_BAD(duplicate_database_id, "DB",
       aw::project("proj", "Project", aw::database("db", "One", aw::collection("a", "A")),
                   aw::database("DB", "Two", aw::collection("b", "B"))))
AW_GOOD(duplicate_database_id,
        aw::project("proj", "Project", aw::database("db", "One", aw::collection("a", "A")),
                    aw::database("db2", "Two", aw::collection("a", "A"))))
AW_BAD(duplicate_collection_id, "Users",
       aw::project("proj", "Project",
                   aw::database("db", "Database", aw::collection("users", "Users"), aw::collection("Users", "Users 2"))))
AW_GOOD(duplicate_collection_id,
        aw::project("proj", "Project",
                    aw::database("db", "Database", aw::collection("users", "Users"), aw::collection("users2", "Users 2"))))
AW_BAD(duplicate_attribute_key, "Email", single(aw::string("email", 10), aw::email("Email")))
AW_GOOD(duplicate_attribute_key, single(aw::string("email", 10), aw::email("email2")))
AW_BAD(attribute_physical_name_clash, "ab", single(aw::string("a.b", 10), aw::string("ab", 10)))
AW_GOOD(attribute_physical_name_clash, single(aw::string("a.b", 10), aw::string("a_b", 10)))
AW_BAD(duplicate_index_key, "IDX", single(aw::string("k", 10), aw::key_index("idx", {"k"}), aw::unique_index("IDX", {"k"})))
AW_GOOD(duplicate_index_key, single(aw::string("k", 10), aw::key_index("idx", {"k"}), aw::unique_index("idx2", {"k"})))
AW_BAD(index_physical_name_clash, "byk", single(aw::string("k", 10), aw::key_index("by.k", {"k"}), aw::key_index("byk", {aw::desc("k")})))
AW_GOOD(index_physical_name_clash, single(aw::string("k", 10), aw::key_index("by.k", {"k"}), aw::key_index("by_k", {aw::desc("k")})))

// E: names are 1..128 characters.
AW_BAD(database_name_length, "db", aw::project("proj", "Project", aw::database("db", "", aw::collection("c", "C"))))
// 128 characters of two bytes each: lengths are counted in characters (mb_strlen).
AW_GOOD(database_name_length, aw::project("proj", "Project", aw::database("db", "ÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅ", aw::collection("c", "C"))))
AW_BAD(collection_name_length, "coll",
       aw::project("proj", "Project", aw::database("db", "Database", aw::collection("coll", "NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN"))))
AW_GOOD(collection_name_length,
        aw::project("proj", "Project", aw::database("db", "Database", aw::collection("coll", "NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN"))))

// F.3: only a file can point a collection at a database it does not declare.
AW_BAD(collection_database_missing, "coll",
       edited(single(aw::string("k", 10)), [](auto& p) { p.collections[0].database = 7; }))
AW_GOOD(collection_database_missing, single(aw::string("k", 10)))

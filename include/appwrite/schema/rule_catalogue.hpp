// The rule catalogue: one row per rule — stable code, snake_case name, reference section, severity,
// one-sentence message. Everything else (the `rule` enum, the compile-time error types, the docs table)
// is generated from this list, so a rule cannot exist in one place and be missing in another.
#pragma once

#include <cstdint>
#include <string_view>

// X(name, code, section, severity, message)
#define APPWRITE_SCHEMA_RULES(X)                                                                                       \
    /* A. identifiers */                                                                                               \
    X(id_empty, "AW101", "A.1", error, "IDs and keys must not be empty")                                               \
    X(id_too_long, "AW102", "A.1", error, "IDs and keys must be at most 36 characters (255 on MongoDB)")              \
    X(id_invalid_character, "AW103", "A.1", error, "IDs and keys may only contain A-Z, a-z, 0-9, '.', '_' and '-'")   \
    X(id_invalid_first_character, "AW104", "A.1", error, "IDs and keys must not start with '_', '.' or '-'")          \
    X(id_reserved_dollar, "AW105", "A.3", error, "keys starting with '$' are reserved for $id, $createdAt, $updatedAt")\
    X(index_key_reserved, "AW106", "A.3", error, "index key 'primary' (any case) is reserved on MariaDB/MySQL")        \
    X(duplicate_database_id, "AW110", "A.4", error, "database IDs must be unique within a project (case-insensitive)") \
    X(duplicate_collection_id, "AW111", "A.4", error,                                                                  \
      "collection IDs must be unique within a database (case-insensitive)")                                            \
    X(duplicate_attribute_key, "AW112", "A.4", error,                                                                  \
      "attribute keys must be unique within a collection (case-insensitive)")                                          \
    X(attribute_physical_name_clash, "AW113", "A.4", error,                                                            \
      "attribute keys that differ only by '.' map to the same column name")                                            \
    X(duplicate_index_key, "AW114", "A.4", error, "index keys must be unique within a collection (case-insensitive)") \
    X(index_physical_name_clash, "AW115", "A.4", error, "index keys that differ only by '.' map to the same index name")\
    /* E. databases and collections */                                                                                 \
    X(database_name_length, "AW120", "E", error, "database names must be 1 to 128 characters")                       \
    X(collection_name_length, "AW121", "E", error, "collection names must be 1 to 128 characters")                   \
    X(collection_database_missing, "AW122", "F.3", error, "a collection's databaseId must name a declared database") \
    /* B. attributes */                                                                                                \
    X(unknown_attribute_type, "AW200", "B.2", error, "the attribute type (or type+format) is not an Appwrite type")   \
    X(required_with_default, "AW201", "B.1", error, "a required attribute cannot have a default value")             \
    X(array_with_default, "AW202", "B.1", error, "an array attribute cannot have a default value")                  \
    X(string_size_out_of_range, "AW203", "B.2", error,                                                                 \
      "string size must be 1 to 1073741824 (varchar: 1 to 16381) and must be given")                                   \
    X(encrypt_size_too_small, "AW204", "B.2", error, "an encrypted string or varchar needs a size of at least 150")  \
    X(encrypt_unsupported_type, "AW205", "B.2", error, "only string, varchar and text types can be encrypted")       \
    X(array_unsupported_type, "AW206", "B.2", error, "relationship and spatial attributes cannot be arrays")         \
    X(spatial_unsupported, "AW207", "B.4", error, "spatial attributes are not supported on this database engine")   \
    X(type_unsupported_by_target, "AW208", "F.6", error,                                                               \
      "varchar/text types need server 1.9 and CLI 13.2, bigint server 1.9.5 and CLI 21, spatial server 1.8")                      \
    X(min_greater_than_max, "AW210", "B.2", error, "min must not be greater than max")                              \
    X(bound_outside_int64, "AW211", "B.2", error, "integer min, max and defaults must fit in a signed 64-bit integer")\
    X(double_bound_rejected_by_cli, "AW209", "G.2", warning,                                                           \
      "double min/max beyond int64 (as pulled for unbounded doubles) fail CLI >= 13's push --all")                     \
    X(default_type_mismatch, "AW212", "B.2", error, "the default value's type does not match the attribute type")   \
    X(default_too_long, "AW213", "B.2", error, "a string default must not be longer than the attribute size")       \
    X(default_out_of_range, "AW214", "B.2", error, "a numeric default must lie within [min, max]")                  \
    X(default_not_in_elements, "AW215", "B.2", error, "an enum default must be one of its elements")               \
    X(default_invalid_email, "AW216", "B.2", error, "an email default must be a valid email address")              \
    X(default_invalid_url, "AW217", "B.2", error, "a url default must be a valid URL (scheme://host…)")            \
    X(default_invalid_ip, "AW218", "B.2", error, "an ip default must be a valid IPv4 or IPv6 address")             \
    X(default_invalid_datetime, "AW219", "B.2", error,                                                                 \
      "a datetime default must be a date with a 4-digit year inside the engine's range")                               \
    X(default_invalid_geometry, "AW220", "B.4", error,                                                                 \
      "a spatial default must be a point [x,y], a line of >= 2 points or closed rings of >= 4 points, in range")       \
    X(default_too_large, "AW221", "B.1", error, "the JSON-encoded default must fit 16384 characters")               \
    X(enum_element_count, "AW222", "B.2", error, "an enum must have 1 to 100 elements")                             \
    X(enum_element_length, "AW223", "B.2", error, "each enum element must be 1 to 255 characters")                 \
    X(enum_elements_too_large, "AW224", "B.2", error, "the JSON-encoded enum elements must fit 16384 characters")   \
    X(duplicate_enum_element, "AW225", "B.2", warning, "enum elements repeat (the server keeps duplicates)")        \
    /* B.3 relationships */                                                                                            \
    X(relationship_invalid_options, "AW300", "B.3", error,                                                             \
      "relationType must be oneToOne/oneToMany/manyToOne/manyToMany and onDelete cascade/restrict/setNull")            \
    X(relationship_target_missing, "AW301", "B.3", error, "the related collection must exist in the same database") \
    X(relationship_duplicate_many_to_many, "AW302", "B.3", error,                                                      \
      "at most one manyToMany relationship may join the same two collections")                                          \
    X(relationship_two_way_key_clash, "AW303", "B.3", error,                                                           \
      "the two-way key must be free in the related collection (its child-side attribute goes there)")                  \
    X(relationship_self_key_clash, "AW304", "B.3", error,                                                              \
      "a relationship of a collection with itself needs a two-way key different from its key")                         \
    /* C. indexes */                                                                                                   \
    X(unknown_index_type, "AW400", "C.1", error, "index type must be key, unique, fulltext or spatial")             \
    X(index_empty, "AW401", "C.3", error, "an index needs at least one attribute")                                  \
    X(index_too_many_attributes, "AW402", "C.1", error, "an index may list at most 100 attributes")                \
    X(index_attribute_missing, "AW403", "C.2", error, "every indexed attribute must exist ($id, $createdAt, $updatedAt allowed)")\
    X(index_duplicate_attribute, "AW404", "C.3", error, "an index must not list the same attribute twice")        \
    X(index_on_relationship, "AW405", "C.2", error, "relationship attributes cannot be indexed")                    \
    X(index_on_array, "AW406", "C.2", error, "array attributes cannot be indexed (server 1.9.0 and later)")        \
    X(fulltext_on_non_string, "AW407", "C.3", error, "fulltext indexes only cover string, varchar and text types") \
    X(index_too_long, "AW408", "C.3", error,                                                                           \
      "the index length (string sizes, doubles 2, others 1) must not exceed 768 (1024 on MongoDB)")                    \
    X(spatial_index_shape, "AW409", "C.3", error, "a spatial index needs exactly one point, linestring or polygon attribute")\
    X(spatial_index_nullable, "AW410", "C.3", error, "a spatial index needs a required attribute on this engine") \
    X(spatial_index_orders, "AW411", "C.3", error, "a spatial index cannot have explicit orders on this engine")   \
    X(index_on_spatial_attribute, "AW412", "C.3", error, "key, unique and fulltext indexes cannot cover spatial attributes")\
    X(multiple_fulltext_indexes, "AW413", "C.3", error, "only one fulltext index per collection on this engine")   \
    X(identical_indexes, "AW414", "C.3", error,                                                                        \
      "two key/unique indexes with the same attributes and orders are rejected on this engine")                        \
    X(index_orders_mismatch, "AW415", "B.6", warning,                                                                  \
      "orders should have one entry per attribute (inline collection creation rejects anything else)")                 \
    X(invalid_index_order, "AW416", "C.1", error, "index orders must be ASC or DESC")                              \
    /* D. permissions */                                                                                               \
    X(permission_syntax, "AW500", "D.1", error, "a permission must read TYPE(\"ROLE\") with a known type and role") \
    X(permission_role_id, "AW501", "D.1", error, "user, team and member IDs in roles must be valid IDs")           \
    X(permission_label, "AW502", "D.1", error, "role labels must be 1 to 36 characters of A-Z, a-z, 0-9")           \
    X(permission_dimension, "AW503", "D.1", error,                                                                     \
      "users/user dimensions must be verified or unverified; team roles must be valid keys")                           \
    X(too_many_permissions, "AW504", "D.2", error, "a collection may have at most 100 permissions")               \
    X(permission_anonymous_write, "AW505", "D.1", warning,                                                             \
      "create/update/delete for any or guests lets anonymous clients write")                                           \
    /* budgets */                                                                                                      \
    X(too_many_attributes, "AW600", "B.1", error,                                                                      \
      "a collection may have at most 1010 attributes, counting child sides of relationships")                          \
    X(row_width_exceeded, "AW601", "B.5", error, "the collection's row width must stay below 65535 bytes")          \
    X(too_many_indexes, "AW602", "C.2", error, "a collection may have at most 58 indexes")

namespace appwrite::schema {

enum class severity : std::uint8_t { error, warning };

enum class rule : std::uint16_t {
#define APPWRITE_SCHEMA_X(name, code, section, sev, message) name,
    APPWRITE_SCHEMA_RULES(APPWRITE_SCHEMA_X)
#undef APPWRITE_SCHEMA_X
};

struct rule_info {
    rule id;
    std::string_view name;
    std::string_view code;
    std::string_view section;
    severity level;
    std::string_view message;
};

inline constexpr rule_info rule_catalogue[] = {
#define APPWRITE_SCHEMA_X(name, code, section, sev, message) \
    rule_info{rule::name, #name, code, section, severity::sev, message},
    APPWRITE_SCHEMA_RULES(APPWRITE_SCHEMA_X)
#undef APPWRITE_SCHEMA_X
};

constexpr const rule_info& info(rule r) { return rule_catalogue[static_cast<std::size_t>(r)]; }

}  // namespace appwrite::schema

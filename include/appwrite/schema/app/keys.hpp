// Typed keys for app code: attribute names checked against the schema at compile time.
//
//   constexpr std::string_view k = aw::app::key<users, "email">;   // "email"
//   aw::app::key<users, "emial">  // error::no_such_attribute::in<at::where<at::attribute<"users/emial">>>
//
// `Collection` is a DSL collection (aw::collection(…)); the collection's own rules are checked where
// the project is (static_assert(aw::valid<project>)).
#pragma once

#include <cstddef>
#include <string_view>

#include <appwrite/schema/error_spelling.hpp>
#include <appwrite/schema/fixed_string.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema::app {

inline constexpr std::size_t not_found = static_cast<std::size_t>(-1);

// Index of the attribute `key` (exact spelling, as documents carry it) in the collection's store.
template <const auto& Collection>
constexpr std::size_t attribute_index(std::string_view key) {
    for (std::size_t i = 0; i < Collection.attributes.size(); ++i)
        if (Collection.attributes[i].key == key) return i;
    return not_found;
}

namespace error {
// A function whose address is taken, like the rules' errors (rule_errors.hpp): the only error.
struct no_such_attribute {
    template <class Where>
    static void in() {
        static_assert(schema::error::always_false<Where>,
                      "appwrite-schema: app code names an attribute the collection does not declare (see Where)");
    }
};
}  // namespace error

namespace detail {
// "users/emial": the collection ID and the key, as the rules' errors spell paths.
template <const auto& Collection, fixed_string Key>
constexpr auto path_of() {
    constexpr std::string_view id = Collection.collections[0].id;
    fixed_string<id.size() + 1 + Key.size()> path{};
    for (std::size_t i = 0; i < id.size(); ++i) path.data[i] = id[i];
    path.data[id.size()] = '/';
    for (std::size_t i = 0; i < Key.size(); ++i) path.data[id.size() + 1 + i] = Key.data[i];
    return path;
}
template <const auto& Collection, fixed_string Key>
using spelled_path = schema::detail::spelled<path_of<Collection, Key>()>;

template <const auto& Collection, fixed_string Key>
constexpr std::size_t checked_index() {
    constexpr std::size_t index = attribute_index<Collection>(Key.view());
    if constexpr (index == not_found) {
        (void)&error::no_such_attribute::template in<at::where<at::attribute<spelled_path<Collection, Key>>>>;
        return 0;  // never used: the program is ill-formed
    } else {
        return index;
    }
}
}  // namespace detail

// The attribute record of `Key` in `Collection`; does not compile for an unknown key.
template <const auto& Collection, fixed_string Key>
inline constexpr const attribute_record& attribute = Collection.attributes[detail::checked_index<Collection, Key>()];

// The key itself, for app code that builds documents or queries by hand.
template <const auto& Collection, fixed_string Key>
inline constexpr std::string_view key = attribute<Collection, Key>.key;

// The collection ID.
template <const auto& Collection>
inline constexpr std::string_view collection_id = Collection.collections[0].id;

}  // namespace appwrite::schema::app

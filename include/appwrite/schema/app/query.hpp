// Typed queries for app code: Appwrite query strings (the JSON form servers >= 1.5 take) whose
// attribute names and value types are checked against the schema at compile time.
//
//   using q = aw::app::query<users>;
//   q::equal<"role">("admin")        {"method":"equal","attribute":"role","values":["admin"]}
//   q::greater_than<"age">(18)       a number for an integer attribute; a string here does not compile
//   q::search<"bio">("jazz")         only where a fulltext index covers the attribute (Appwrite's rule)
//   q::order_desc<"$createdAt">(), q::limit(25)
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include <appwrite/schema/app/keys.hpp>

namespace appwrite::schema::app {

namespace detail {

// The C++ values an attribute type takes in queries and documents.
template <class V>
constexpr bool value_fits(attribute_type t) {
    using T = std::remove_cvref_t<V>;
    if constexpr (std::same_as<T, bool>) {
        return t == attribute_type::boolean;
    } else if constexpr (std::integral<T>) {
        return is_numeric_type(t);
    } else if constexpr (std::floating_point<T>) {
        return t == attribute_type::double_;
    } else if constexpr (std::is_convertible_v<T, std::string_view>) {
        return is_string_family(t) || t == attribute_type::datetime || t == attribute_type::relationship;
    } else {
        return false;
    }
}

template <const auto& Collection>
constexpr bool has_fulltext_index(std::string_view key) {
    for (const auto& ix : Collection.indexes) {
        if (ix.type != index_type::fulltext) continue;
        for (std::uint32_t f = ix.fields.begin; f < ix.fields.end(); ++f)
            if (Collection.fields[f].attribute == key) return true;
    }
    return false;
}

template <class V>
nlohmann::json value_json(const V& v) {
    if constexpr (std::is_convertible_v<V, std::string_view>) return std::string(std::string_view(v));
    else return v;
}

inline std::string make(std::string_view method, std::string_view attribute, nlohmann::json values) {
    nlohmann::ordered_json q;
    q["method"] = std::string(method);
    if (!attribute.empty()) q["attribute"] = std::string(attribute);
    if (!values.is_null()) q["values"] = std::move(values);
    return q.dump();
}

}  // namespace detail

template <const auto& Collection>
struct query {
    // The attribute's type, or datetime/string for the internal attributes.
    template <fixed_string Key>
    static constexpr attribute_type type_of() {
        // $id, $createdAt, $updatedAt are queryable on every collection (A.3).
        if constexpr (internal_attribute(Key.view()) != nullptr) return internal_attribute(Key.view())->type;
        else return attribute<Collection, Key>.type;
    }
    template <fixed_string Key, class... V>
    static std::string compare(std::string_view method, const V&... values) {
        static_assert((detail::value_fits<V>(type_of<Key>()) && ...),
                      "appwrite-schema: the query value's type does not match the attribute's type");
        return detail::make(method, Key.view(), nlohmann::json::array({detail::value_json(values)...}));
    }

    template <fixed_string Key, class V>
    static std::string equal(const V& v) {
        return compare<Key>("equal", v);
    }
    template <fixed_string Key, class V>
    static std::string not_equal(const V& v) {
        return compare<Key>("notEqual", v);
    }
    template <fixed_string Key, class V>
    static std::string less_than(const V& v) {
        return compare<Key>("lessThan", v);
    }
    template <fixed_string Key, class V>
    static std::string less_than_equal(const V& v) {
        return compare<Key>("lessThanEqual", v);
    }
    template <fixed_string Key, class V>
    static std::string greater_than(const V& v) {
        return compare<Key>("greaterThan", v);
    }
    template <fixed_string Key, class V>
    static std::string greater_than_equal(const V& v) {
        return compare<Key>("greaterThanEqual", v);
    }
    template <fixed_string Key, class V>
    static std::string between(const V& lo, const V& hi) {
        return compare<Key>("between", lo, hi);
    }
    template <fixed_string Key, class V>
    static std::string starts_with(const V& v) {
        static_assert(is_string_family(type_of<Key>()), "appwrite-schema: startsWith needs a string attribute");
        return compare<Key>("startsWith", v);
    }
    // Appwrite answers a search without a fulltext index with an error; here it does not compile.
    template <fixed_string Key>
    static std::string search(std::string_view text) {
        static_assert(detail::has_fulltext_index<Collection>(Key.view()),
                      "appwrite-schema: search needs a fulltext index on the attribute");
        return compare<Key>("search", text);
    }
    template <fixed_string Key>
    static std::string is_null() {
        static_assert((internal_attribute(Key.view()) != nullptr) || !attribute<Collection, Key>.required,
                      "appwrite-schema: a required attribute is never null");
        return detail::make("isNull", Key.view(), nullptr);
    }
    template <fixed_string Key>
    static std::string is_not_null() {
        static_cast<void>(checked_key<Key>());
        return detail::make("isNotNull", Key.view(), nullptr);
    }
    template <fixed_string Key>
    static std::string order_asc() {
        static_cast<void>(checked_key<Key>());
        return detail::make("orderAsc", Key.view(), nullptr);
    }
    template <fixed_string Key>
    static std::string order_desc() {
        static_cast<void>(checked_key<Key>());
        return detail::make("orderDesc", Key.view(), nullptr);
    }
    // Names an attribute (or an internal one) or fails to compile.
    template <fixed_string Key>
    static constexpr std::string_view checked_key() {
        if constexpr ((internal_attribute(Key.view()) != nullptr)) return Key.view();
        else return key<Collection, Key>;
    }
    template <fixed_string... Keys>
    static std::string select() {
        [[maybe_unused]] const std::string_view checked[] = {"", checked_key<Keys>()...};
        return detail::make("select", {}, nlohmann::json::array({std::string(Keys.view())...}));
    }
    static std::string limit(std::int64_t n) { return detail::make("limit", {}, nlohmann::json::array({n})); }
    static std::string offset(std::int64_t n) { return detail::make("offset", {}, nlohmann::json::array({n})); }
    static std::string cursor_after(std::string_view id) {
        return detail::make("cursorAfter", {}, nlohmann::json::array({std::string(id)}));
    }
};

}  // namespace appwrite::schema::app

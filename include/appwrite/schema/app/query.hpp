// Typed queries for app code: Appwrite query strings (the JSON form servers >= 1.5 take) whose
// attribute names and value types are checked against the schema at compile time.
//
//   using q = aw::app::query<users>;
//   q::equal<"role">("admin")        {"method":"equal","attribute":"role","values":["admin"]}
//   q::greater_than<"age">(18)       a number for an integer attribute; a string here does not compile
//   q::search<"bio">("jazz")         only where a fulltext index covers the attribute (Appwrite's rule)
//   q::order_desc<"$createdAt">(), q::limit(25)
//
// For a collection derived from a struct (collection_from.hpp) a member pointer names the attribute,
// and the value has the member's type (an enum is sent as its enumerator name, a sys_time as text):
//   aw::app::query<goals>::equal<&goal::status>(goal_status::in_progress)
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include <appwrite/schema/app/datetime_text.hpp>
#include <appwrite/schema/app/keys.hpp>
#include <appwrite/schema/from_struct/member_shape.hpp>
#include <appwrite/schema/reflect/enum_names.hpp>
#include <appwrite/schema/reflect/member_pointer.hpp>
#include <appwrite/schema/reflect/members.hpp>

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

// The key of the attribute derived from member `Member` (its name, or the key it was given).
template <const auto& Collection, auto Member>
constexpr std::size_t member_index() {
    using T = typename std::remove_cvref_t<decltype(Collection)>::struct_type;
    static_assert(std::is_same_v<reflect::member_pointer_owner<Member>, T>,
                  "appwrite-schema: the member pointer names a member of another struct than the collection's");
    constexpr auto names = reflect::member_names<T>;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == reflect::member_pointer_name<Member>) return i;
    return 0;
}
template <const auto& Collection, auto Member>
inline constexpr auto
    member_key = make_fixed_string<Collection.attributes[member_index<Collection, Member>()].key.size()>(
        Collection.attributes[member_index<Collection, Member>()].key);

template <auto Member>
using member_value_t = typename schema::detail_struct::value_of_member<
    std::remove_cvref_t<decltype(std::declval<reflect::member_pointer_owner<Member>&>().*Member)>>::type;

// A member's value as the query sends it; the value must have the member's type.
template <auto Member, class V>
auto member_query_value(const V& v) {
    using M = member_value_t<Member>;
    static_assert(std::is_convertible_v<const V&, M>,
                  "appwrite-schema: the query value's type does not match the member's type");
    if constexpr (std::is_enum_v<M>) {
        for (const auto& e : reflect::enumerators<M>)
            if (e.value == static_cast<M>(v)) return std::string(e.name);
        return std::string();  // no enumerator: matches nothing, as the server would answer
    } else if constexpr (requires { format_datetime(static_cast<M>(v)); }) {
        return format_datetime(static_cast<M>(v));
    } else if constexpr (std::is_same_v<M, field::bigint>) {
        return static_cast<std::int64_t>(static_cast<M>(v));
    } else if constexpr (std::is_base_of_v<std::string, M>) {
        return std::string(static_cast<M>(v));
    } else {
        return static_cast<M>(v);
    }
}

template <class P>
concept member_pointer = std::is_member_object_pointer_v<P>;

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
    // The same by member pointer, for collections derived from a struct.
    template <auto M, class V>
        requires detail::member_pointer<decltype(M)>
    static std::string equal(const V& v) {
        return equal<detail::member_key<Collection, M>>(detail::member_query_value<M>(v));
    }
    template <auto M, class V>
        requires detail::member_pointer<decltype(M)>
    static std::string not_equal(const V& v) {
        return not_equal<detail::member_key<Collection, M>>(detail::member_query_value<M>(v));
    }
    template <auto M, class V>
        requires detail::member_pointer<decltype(M)>
    static std::string less_than(const V& v) {
        return less_than<detail::member_key<Collection, M>>(detail::member_query_value<M>(v));
    }
    template <auto M, class V>
        requires detail::member_pointer<decltype(M)>
    static std::string less_than_equal(const V& v) {
        return less_than_equal<detail::member_key<Collection, M>>(detail::member_query_value<M>(v));
    }
    template <auto M, class V>
        requires detail::member_pointer<decltype(M)>
    static std::string greater_than(const V& v) {
        return greater_than<detail::member_key<Collection, M>>(detail::member_query_value<M>(v));
    }
    template <auto M, class V>
        requires detail::member_pointer<decltype(M)>
    static std::string greater_than_equal(const V& v) {
        return greater_than_equal<detail::member_key<Collection, M>>(detail::member_query_value<M>(v));
    }
    template <auto M, class V>
        requires detail::member_pointer<decltype(M)>
    static std::string between(const V& lo, const V& hi) {
        return between<detail::member_key<Collection, M>>(detail::member_query_value<M>(lo),
                                                          detail::member_query_value<M>(hi));
    }
    template <auto M, class V>
        requires detail::member_pointer<decltype(M)>
    static std::string starts_with(const V& v) {
        return starts_with<detail::member_key<Collection, M>>(detail::member_query_value<M>(v));
    }
    template <auto M>
        requires detail::member_pointer<decltype(M)>
    static std::string search(std::string_view text) { return search<detail::member_key<Collection, M>>(text); }
    template <auto M>
        requires detail::member_pointer<decltype(M)>
    static std::string is_null() { return is_null<detail::member_key<Collection, M>>(); }
    template <auto M>
        requires detail::member_pointer<decltype(M)>
    static std::string is_not_null() { return is_not_null<detail::member_key<Collection, M>>(); }
    template <auto M>
        requires detail::member_pointer<decltype(M)>
    static std::string order_asc() { return order_asc<detail::member_key<Collection, M>>(); }
    template <auto M>
        requires detail::member_pointer<decltype(M)>
    static std::string order_desc() { return order_desc<detail::member_key<Collection, M>>(); }

    static std::string limit(std::int64_t n) { return detail::make("limit", {}, nlohmann::json::array({n})); }
    static std::string offset(std::int64_t n) { return detail::make("offset", {}, nlohmann::json::array({n})); }
    static std::string cursor_after(std::string_view id) {
        return detail::make("cursorAfter", {}, nlohmann::json::array({std::string(id)}));
    }
};

}  // namespace appwrite::schema::app

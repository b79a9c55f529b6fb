// Documents (rows) of a collection derived from a struct (collection_from.hpp), to and from the JSON
// Appwrite sends and returns:
//
//   nlohmann::json j = aw::app::to_document<goals>(goal);      // {"name": …, "status": "in_progress", …}
//   goal g = aw::app::from_document<goals>(j);                 // throws aw::app::document_error
//   aw::app::document<goals> d = response.get<aw::app::document<goals>>();   // with $id, $createdAt, …
//
// Keys are the attributes' (a renamed member is read and written under its key); enums are their
// enumerator names, datetimes Appwrite's text, std::optional null or absent, std::vector an array,
// relationships the related document's ID (a nested document is read as its $id), points [x, y],
// lines and polygons arrays of them.
// A value of the wrong JSON type, out of the member type's range, an unknown enum name or an
// unreadable datetime throws document_error naming the key: nothing is defaulted silently. Keys the
// struct does not have are ignored when reading (aw::app::validate reports them).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include <appwrite/schema/app/datetime_text.hpp>
#include <appwrite/schema/collection_from.hpp>

namespace appwrite::schema::app {

// A document that does not fit the struct: `key()` names the attribute ("tags[2]" for an element).
class document_error : public std::runtime_error {
public:
    document_error(std::string key, std::string reason)
        : std::runtime_error(key + ": " + reason), key_(std::move(key)), reason_(std::move(reason)) {}
    [[nodiscard]] const std::string& key() const noexcept { return key_; }
    [[nodiscard]] const std::string& reason() const noexcept { return reason_; }

private:
    std::string key_;
    std::string reason_;
};

// The struct a derived collection was made from.
template <const auto& Collection>
using struct_of = typename std::remove_cvref_t<decltype(Collection)>::struct_type;

namespace detail_doc {

template <class M>
struct is_optional : std::false_type {};
template <class M>
struct is_optional<std::optional<M>> : std::true_type {};
template <class M>
struct is_vector : std::false_type {};
template <class M>
struct is_vector<std::vector<M>> : std::true_type {};
template <class M>
struct is_relationship : std::false_type {};
template <fixed_string R, relation_type T>
struct is_relationship<field::relationship<R, T>> : std::true_type {};
template <class M>
struct is_sys_time : std::false_type {};
template <class D>
struct is_sys_time<std::chrono::sys_time<D>> : std::true_type {};

inline std::string json_type(const nlohmann::json& j) {
    if (j.is_number_integer()) return "an integer";
    if (j.is_number()) return "a number";
    return (j.is_array() || j.is_object() ? "an " : "a ") + std::string(j.type_name());
}
[[noreturn]] inline void wrong_type(const std::string& key, const char* expected, const nlohmann::json& j) {
    throw document_error(key, std::string("expected ") + expected + ", got " + json_type(j));
}

// The enumerator name of `v`, or "" for a value that has none.
template <class E>
std::string_view enumerator_name(E v) {
    for (const auto& e : reflect::enumerators<E>)
        if (e.value == v) return e.name;
    return {};
}

// B.4: a point is [x, y]; a line a list of points; a polygon a list of rings of points.
inline nlohmann::json write_points(const std::vector<field::point>& points) {
    auto out = nlohmann::json::array();
    for (const auto& p : points) out.push_back({p.x, p.y});
    return out;
}
inline void read_point(const nlohmann::json& j, field::point& out, const std::string& key) {
    if (!j.is_array() || j.size() != 2 || !j[0].is_number() || !j[1].is_number())
        wrong_type(key, "a point [x, y] of two numbers", j);
    out = {j[0].get<double>(), j[1].get<double>()};
}
inline void read_points(const nlohmann::json& j, std::vector<field::point>& out, const std::string& key) {
    if (!j.is_array()) wrong_type(key, "an array of points [[x, y], …]", j);
    out.resize(j.size());
    for (std::size_t i = 0; i < j.size(); ++i) read_point(j[i], out[i], key + "[" + std::to_string(i) + "]");
}

template <class M>
nlohmann::json write(const M& v, const std::string& key) {
    if constexpr (is_optional<M>::value) {
        return v ? write(*v, key) : nlohmann::json(nullptr);
    } else if constexpr (is_vector<M>::value) {
        auto out = nlohmann::json::array();
        for (std::size_t i = 0; i < v.size(); ++i) out.push_back(write(v[i], key + "[" + std::to_string(i) + "]"));
        return out;
    } else if constexpr (std::is_enum_v<M>) {
        const auto name = enumerator_name(v);
        if (name.empty())
            throw document_error(key, "the value " + std::to_string(static_cast<long long>(v)) + " is no enumerator");
        return std::string(name);
    } else if constexpr (is_sys_time<M>::value) {
        return format_datetime(v);
    } else if constexpr (std::is_same_v<M, field::bigint>) {
        return v.value;
    } else if constexpr (std::is_same_v<M, field::point>) {
        return nlohmann::json::array({v.x, v.y});
    } else if constexpr (std::is_same_v<M, field::linestring>) {
        return write_points(v);
    } else if constexpr (std::is_same_v<M, field::polygon>) {
        auto out = nlohmann::json::array();
        for (const auto& ring : v) out.push_back(write_points(ring));
        return out;
    } else if constexpr (std::is_base_of_v<std::string, M>) {
        return static_cast<const std::string&>(v);
    } else {
        return v;  // bool, integers, floating point
    }
}

template <class M>
void read(const nlohmann::json& j, M& out, const std::string& key) {
    if constexpr (is_optional<M>::value) {
        if (j.is_null()) {
            out.reset();
        } else {
            typename M::value_type v{};
            read(j, v, key);
            out = std::move(v);
        }
    } else if (j.is_null()) {
        throw document_error(key, "null, but the member is not a std::optional");
    } else if constexpr (is_vector<M>::value) {
        if (!j.is_array()) wrong_type(key, "an array", j);
        out.clear();
        out.reserve(j.size());
        for (std::size_t i = 0; i < j.size(); ++i) {
            typename M::value_type element{};  // not out[i]: std::vector<bool> has no element references
            read(j[i], element, key + "[" + std::to_string(i) + "]");
            out.push_back(std::move(element));
        }
    } else if constexpr (std::is_same_v<M, bool>) {
        if (!j.is_boolean()) wrong_type(key, "a boolean", j);
        out = j.get<bool>();
    } else if constexpr (std::is_integral_v<M> || std::is_same_v<M, field::bigint>) {
        using I = std::conditional_t<std::is_same_v<M, field::bigint>, std::int64_t, M>;
        if (!j.is_number_integer()) wrong_type(key, "an integer", j);
        const bool fits = j.is_number_unsigned()
                              ? j.get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<I>::max())
                              : j.get<std::int64_t>() >= static_cast<std::int64_t>(std::numeric_limits<I>::min()) &&
                                    (std::is_unsigned_v<I> ||
                                     j.get<std::int64_t>() <= static_cast<std::int64_t>(std::numeric_limits<I>::max()));
        if (!fits) throw document_error(key, j.dump() + " does not fit the member's type");
        out = static_cast<I>(j.is_number_unsigned() ? static_cast<I>(j.get<std::uint64_t>())
                                                    : static_cast<I>(j.get<std::int64_t>()));
    } else if constexpr (std::is_floating_point_v<M>) {
        if (!j.is_number()) wrong_type(key, "a number", j);
        out = j.get<M>();
    } else if constexpr (std::is_enum_v<M>) {
        if (!j.is_string()) wrong_type(key, "a string", j);
        const auto& text = j.get_ref<const std::string&>();
        for (const auto& e : reflect::enumerators<M>)
            if (e.name == text) {
                out = e.value;
                return;
            }
        std::string names;
        for (const auto& e : reflect::enumerators<M>) names += (names.empty() ? "" : ", ") + std::string(e.name);
        throw document_error(key, "\"" + text + "\" is not one of " + names);
    } else if constexpr (is_relationship<M>::value) {
        // B.3: the related document's ID, or the document itself when the server nests it.
        const auto* id = j.is_object() && j.contains("$id") ? &j["$id"] : &j;
        if (!id->is_string()) wrong_type(key, "a document ID or a document with an $id", j);
        out = M(id->template get<std::string>());
    } else if constexpr (std::is_same_v<M, field::point>) {
        read_point(j, out, key);
    } else if constexpr (std::is_same_v<M, field::linestring>) {
        read_points(j, out, key);
    } else if constexpr (std::is_same_v<M, field::polygon>) {
        if (!j.is_array()) wrong_type(key, "an array of rings [[[x, y], …], …]", j);
        out.resize(j.size());
        for (std::size_t i = 0; i < j.size(); ++i) read_points(j[i], out[i], key + "[" + std::to_string(i) + "]");
    } else if constexpr (is_sys_time<M>::value) {
        if (!j.is_string()) wrong_type(key, "a datetime string", j);
        const auto t = parse_datetime(j.get_ref<const std::string&>());
        if (!t) throw document_error(key, "\"" + j.get<std::string>() + "\" is not a datetime");
        out = std::chrono::time_point_cast<typename M::duration>(*t);
    } else {
        static_assert(std::is_base_of_v<std::string, M>, "appwrite-schema: a member type collection_from accepts");
        if (!j.is_string()) wrong_type(key, "a string", j);
        out = M(j.get<std::string>());
    }
}

}  // namespace detail_doc

namespace detail_doc {
// The document of `value`; with `errors`, a member that has no JSON form (an enum holding no
// enumerator) is left out and reported there instead of thrown.
template <const auto& Collection>
nlohmann::json write_document(const struct_of<Collection>& value, std::vector<document_error>* errors) {
    nlohmann::json out = nlohmann::json::object();
    std::size_t i = 0;
    reflect::apply_members(value, [&](const auto&... m) {
        [[maybe_unused]] auto one = [&](const auto& member) {  // unused for a struct without members
            std::string key(Collection.attributes[i++].key);
            if (errors == nullptr) {
                auto v = write(member, key);
                out[std::move(key)] = std::move(v);
            } else {
                try {
                    auto v = write(member, key);
                    out[std::move(key)] = std::move(v);
                } catch (document_error& e) {
                    errors->push_back(std::move(e));
                }
            }
            return 0;
        };
        // A braced list, not a fold: in order, and no nesting limit (1,010 members; store.hpp).
        [[maybe_unused]] const int expand[] = {0, one(m)...};
    });
    return out;
}
}  // namespace detail_doc

// The document's attributes, by key; throws document_error for an enum member holding no enumerator.
template <const auto& Collection>
nlohmann::json to_document(const struct_of<Collection>& value) {
    return detail_doc::write_document<Collection>(value, nullptr);
}

// The struct of a document; throws document_error for an attribute that does not fit (see above).
template <const auto& Collection>
struct_of<Collection> from_document(const nlohmann::json& doc) {
    if (!doc.is_object()) throw document_error("", "a document is a JSON object, got " + detail_doc::json_type(doc));
    struct_of<Collection> out{};
    std::size_t i = 0;
    reflect::apply_members(out, [&](auto&... m) {
        [[maybe_unused]] auto one = [&](auto& member) {  // unused for a struct without members
            const std::string key(Collection.attributes[i++].key);
            const auto it = doc.find(key);
            if (it != doc.end()) {
                detail_doc::read(*it, member, key);
            } else if constexpr (!detail_doc::is_optional<std::remove_cvref_t<decltype(member)>>::value) {
                throw document_error(key, "missing, but the member is not a std::optional");
            }
            return 0;
        };
        [[maybe_unused]] const int expand[] = {0, one(m)...};
    });
    return out;
}

// A document with its system fields, as the server returns it (`$collectionId`, or `$tableId` in the
// TablesDB shape). Writing leaves out the system fields that are empty.
template <const auto& Collection>
struct document {
    std::string id;                                                              // $id
    std::optional<std::chrono::sys_time<std::chrono::milliseconds>> created_at;  // $createdAt
    std::optional<std::chrono::sys_time<std::chrono::milliseconds>> updated_at;  // $updatedAt
    std::vector<std::string> permissions;                                        // $permissions
    std::string collection_id;                                                   // $collectionId / $tableId
    std::string database_id;                                                     // $databaseId
    struct_of<Collection> data{};

    friend void to_json(nlohmann::json& j, const document& d) {
        j = to_document<Collection>(d.data);
        if (!d.id.empty()) j["$id"] = d.id;
        if (d.created_at) j["$createdAt"] = format_datetime(*d.created_at);
        if (d.updated_at) j["$updatedAt"] = format_datetime(*d.updated_at);
        j["$permissions"] = d.permissions;
        if (!d.collection_id.empty()) j["$collectionId"] = d.collection_id;
        if (!d.database_id.empty()) j["$databaseId"] = d.database_id;
    }
    friend void from_json(const nlohmann::json& j, document& d) {
        d.data = from_document<Collection>(j);
        auto text = [&](const char* key, std::string& out) {
            const auto it = j.find(key);
            if (it == j.end() || it->is_null()) return false;
            if (!it->is_string()) detail_doc::wrong_type(key, "a string", *it);
            out = it->template get<std::string>();
            return true;
        };
        auto when = [&](const char* key, auto& out) {
            std::string t;
            if (!text(key, t)) return;
            const auto parsed = parse_datetime(t);
            if (!parsed) throw document_error(key, "\"" + t + "\" is not a datetime");
            out = *parsed;
        };
        text("$id", d.id);
        when("$createdAt", d.created_at);
        when("$updatedAt", d.updated_at);
        if (!text("$collectionId", d.collection_id)) text("$tableId", d.collection_id);
        text("$databaseId", d.database_id);
        if (const auto it = j.find("$permissions"); it != j.end() && !it->is_null())
            detail_doc::read(*it, d.permissions, "$permissions");
    }
};

}  // namespace appwrite::schema::app

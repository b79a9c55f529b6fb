// Typed reads of documents (rows) returned by Appwrite, by schema key:
//
//   nlohmann::json doc = …;                                   // a document from the REST API
//   std::optional<std::string> mail = aw::app::get<users, "email">(doc);
//   std::optional<std::vector<std::string>> tags = aw::app::get<studies, "tags">(doc);
//
// The C++ type follows the attribute's type (string types and datetimes: std::string; integer and
// bigint: std::int64_t; double: double; boolean: bool; arrays: std::vector of those). An unknown key
// does not compile; a value of another JSON type, or null, reads as std::nullopt.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include <appwrite/schema/app/keys.hpp>

namespace appwrite::schema::app {

namespace detail {
template <attribute_type T>
constexpr auto scalar_of() {
    if constexpr (T == attribute_type::boolean) return bool{};
    else if constexpr (T == attribute_type::integer || T == attribute_type::bigint) return std::int64_t{};
    else if constexpr (T == attribute_type::double_) return double{};
    else return std::string{};
}

template <class T>
std::optional<T> read_scalar(const nlohmann::json& j) {
    if constexpr (std::is_same_v<T, bool>) {
        if (j.is_boolean()) return j.get<bool>();
    } else if constexpr (std::is_same_v<T, std::int64_t>) {
        if (j.is_number_integer()) return j.get<std::int64_t>();
    } else if constexpr (std::is_same_v<T, double>) {
        if (j.is_number()) return j.get<double>();
    } else {
        if (j.is_string()) return j.get<std::string>();
    }
    return std::nullopt;
}
}  // namespace detail

template <const auto& Collection, fixed_string Key>
using value_type_of = std::conditional_t<attribute<Collection, Key>.array,
                                         std::vector<decltype(detail::scalar_of<attribute<Collection, Key>.type>())>,
                                         decltype(detail::scalar_of<attribute<Collection, Key>.type>())>;

template <const auto& Collection, fixed_string Key>
std::optional<value_type_of<Collection, Key>> get(const nlohmann::json& document) {
    static_assert(attribute<Collection, Key>.type != attribute_type::relationship &&
                      !is_spatial_type(attribute<Collection, Key>.type),
                  "appwrite-schema: read relationships and spatial values from the JSON directly");
    using scalar = decltype(detail::scalar_of<attribute<Collection, Key>.type>());
    const auto it = document.find(std::string(Key.view()));
    if (it == document.end() || it->is_null()) return std::nullopt;
    if constexpr (attribute<Collection, Key>.array) {
        if (!it->is_array()) return std::nullopt;
        std::vector<scalar> out;
        for (const auto& item : *it) {
            auto v = detail::read_scalar<scalar>(item);
            if (!v) return std::nullopt;
            out.push_back(std::move(*v));
        }
        return out;
    } else {
        return detail::read_scalar<scalar>(*it);
    }
}

}  // namespace appwrite::schema::app

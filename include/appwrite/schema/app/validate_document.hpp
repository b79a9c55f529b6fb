// Run-time validation of a document (row) before it is sent, by the rules the server's document
// validator applies (utopia-php/database Structure; rules reference B.1-B.4):
//
//   for (const auto& v : aw::app::validate(goals, j)) std::cerr << v.key << ": " << v.reason << "\n";
//   auto problems = aw::app::validate<goals>(goal);      // a struct (app/validate_struct.hpp)
//
// Every violation is reported, each with its key ("tags[2]" for an element) and reason: an unknown
// attribute, a required one missing or null, a value of the wrong type, a string longer than its
// size, an enum value not among the elements, a number outside min/max, an email, URL, IP or
// datetime the server would refuse (the same checks the compile-time default rules use,
// detail/value_formats.hpp), and a relationship value of the wrong shape. It works for any
// collection, derived from a struct or declared with the DSL.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <appwrite/schema/detail/text.hpp>
#include <appwrite/schema/detail/value_formats.hpp>
#include <appwrite/schema/profile.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema::app {

enum class violation_kind : std::uint8_t {
    unknown_attribute,     // the collection has no such attribute
    missing_required,      // a required attribute is absent or null
    wrong_type,            // e.g. a string for an integer, a scalar for an array
    too_long,              // longer than the attribute's size
    not_an_element,        // an enum value that is not one of the elements
    out_of_range,          // below min or above max
    invalid_format,        // email, url, ip, datetime
    invalid_relationship,  // neither an ID, a document nor (for the many sides) a list of them
    invalid_geometry,      // not a point, line or polygon of numbers
};

struct violation {
    std::string key;
    violation_kind kind;
    std::string reason;
};

namespace detail_validate {

struct checker {
    const schema_view& view;
    const server_profile& profile;
    std::vector<violation>& out;

    void add(std::string key, violation_kind kind, std::string reason) const {
        out.push_back({std::move(key), kind, std::move(reason)});
    }

    // B.3: one side holds one related document (ID or nested document), the other a list of them.
    [[nodiscard]] bool many_side(const attribute_record& a) const {
        const auto& x = view.extra_of(a);
        const bool parent = x.side == relation_side::parent;
        switch (x.relation) {
            case relation_type::many_to_many: return true;
            case relation_type::one_to_many: return parent;
            case relation_type::many_to_one: return !parent;
            default: return false;
        }
    }
    static bool related_value(const nlohmann::json& j) { return j.is_string() || j.is_object(); }

    static bool point(const nlohmann::json& j) {
        return j.is_array() && j.size() == 2 && j[0].is_number() && j[1].is_number() &&
               schema::detail::is_valid_point(j[0].get<double>(), j[1].get<double>());
    }
    static bool line(const nlohmann::json& j) {
        if (!j.is_array() || j.size() < 2) return false;
        for (const auto& p : j)
            if (!point(p)) return false;
        return true;
    }
    static bool polygon(const nlohmann::json& j) {
        if (!j.is_array() || j.empty()) return false;
        for (const auto& ring : j)
            if (!line(ring) || ring.size() < 4 || ring.front() != ring.back()) return false;
        return true;
    }

    void number(const attribute_record& a, const std::string& key, const nlohmann::json& j) const {
        const bool integral = is_integer_type(a.type);
        if (integral ? !j.is_number_integer() : !j.is_number())
            return add(key, violation_kind::wrong_type, integral ? "expected an integer" : "expected a number");
        // B.2: integers are signed 64-bit; the bounds default to that range.
        if (integral && j.is_number_unsigned() &&
            j.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            return add(key, violation_kind::out_of_range, j.dump() + " is beyond the 64-bit range");
        const bool exact = integral && !j.is_number_unsigned();
        const auto below = [&](const bound& b) {
            return exact && b.is_integer ? j.get<std::int64_t>() < b.integer : j.get<double>() < b.as_double();
        };
        const auto above = [&](const bound& b) {
            return exact && b.is_integer ? j.get<std::int64_t>() > b.integer : j.get<double>() > b.as_double();
        };
        const auto text = [](const bound& b) {
            return b.is_integer ? std::to_string(b.integer) : nlohmann::json(b.number).dump();
        };
        if (a.min.present && below(a.min)) add(key, violation_kind::out_of_range, j.dump() + " < min " + text(a.min));
        if (a.max.present && above(a.max)) add(key, violation_kind::out_of_range, j.dump() + " > max " + text(a.max));
    }

    void text(const attribute_record& a, const std::string& key, const nlohmann::json& j) const {
        if (!j.is_string()) return add(key, violation_kind::wrong_type, "expected a string");
        const auto& s = j.get_ref<const std::string&>();
        const auto length = static_cast<std::int64_t>(schema::detail::utf8_length(s));
        const auto size = stored_size(a.type, a.size);
        if (is_string_family(a.type) && a.type != attribute_type::enum_ && length > size)
            add(key, violation_kind::too_long, std::to_string(length) + " characters > size " + std::to_string(size));
        switch (a.type) {
            case attribute_type::email:
                if (!schema::detail::is_valid_email(s))
                    add(key, violation_kind::invalid_format, "not an email address");
                break;
            case attribute_type::url:
                if (!schema::detail::is_valid_url(s)) add(key, violation_kind::invalid_format, "not a URL");
                break;
            case attribute_type::ip:
                if (!schema::detail::is_valid_ip(s)) add(key, violation_kind::invalid_format, "not an IP address");
                break;
            case attribute_type::enum_: {
                bool found = false;
                std::string elements;
                for (auto e : view.elements_of(a)) {
                    found = found || e == s;
                    elements += (elements.empty() ? "" : ", ") + std::string(e);
                }
                if (!found) add(key, violation_kind::not_an_element, "\"" + s + "\" is not one of " + elements);
                break;
            }
            case attribute_type::datetime: {
                std::int32_t year = 0;
                if (!schema::detail::datetime_year(s, year))
                    add(key, violation_kind::invalid_format, "\"" + s + "\" is not a datetime");
                else if (year < profile.datetime_min_year || year > profile.datetime_max_year)
                    add(key, violation_kind::out_of_range,
                        "the year " + std::to_string(year) + " is outside the database's range");
                break;
            }
            default: break;
        }
    }

    // One value (an element, for arrays) of attribute `a`.
    void value(const attribute_record& a, const std::string& key, const nlohmann::json& j) const {
        switch (a.type) {
            case attribute_type::integer:
            case attribute_type::bigint:
            case attribute_type::double_: return number(a, key, j);
            case attribute_type::boolean:
                if (!j.is_boolean()) add(key, violation_kind::wrong_type, "expected a boolean");
                return;
            case attribute_type::point:
                if (!point(j))
                    add(key, violation_kind::invalid_geometry,
                        "expected a point [x, y], x in [-180, 180], y in [-90, 90]");
                return;
            case attribute_type::linestring:
                if (!line(j))
                    add(key, violation_kind::invalid_geometry,
                        "expected a line [[x, y], …] of 2 or more points in range");
                return;
            case attribute_type::polygon:
                if (!polygon(j))
                    add(key, violation_kind::invalid_geometry,
                        "expected closed rings [[[x, y], …], …] of 4 or more points in range");
                return;
            case attribute_type::relationship: return;  // in attribute(): its shape is the value's
            case attribute_type::unknown: return;
            default: return text(a, key, j);
        }
    }

    void attribute(const attribute_record& a, const nlohmann::json& doc) const {
        const std::string key(a.key);
        const auto it = doc.find(key);
        if (it == doc.end() || it->is_null()) {
            if (a.required) add(key, violation_kind::missing_required, "required, but missing or null");
            return;
        }
        const auto& j = *it;
        if (a.type == attribute_type::relationship) {
            const bool ok = many_side(a) ? j.is_array() &&
                                               [&] {
                                                   for (const auto& e : j)
                                                       if (!related_value(e)) return false;
                                                   return true;
                                               }()
                                         : related_value(j);
            if (!ok)
                add(key, violation_kind::invalid_relationship,
                    many_side(a) ? "expected a list of document IDs or documents"
                                 : "expected a document ID or a document");
            return;
        }
        if (a.array) {
            if (!j.is_array()) return add(key, violation_kind::wrong_type, "expected an array");
            for (std::size_t i = 0; i < j.size(); ++i) value(a, key + "[" + std::to_string(i) + "]", j[i]);
            return;
        }
        if (j.is_array() && !is_spatial_type(a.type))
            return add(key, violation_kind::wrong_type, "not an array attribute");
        value(a, key, j);
    }
};

}  // namespace detail_validate

// Every violation of `doc` against the first collection of `collection` (a DSL or derived collection),
// in the collection's attribute order, then the unknown keys. `$`-keys (system fields) are not checked.
template <class Collection>
std::vector<violation> validate(const Collection& collection, const nlohmann::json& doc,
                                const server_profile& profile = mariadb) {
    std::vector<violation> out;
    if (!doc.is_object()) {
        out.push_back({"", violation_kind::wrong_type, "a document is a JSON object"});
        return out;
    }
    const schema_view view = collection.view();
    const auto& c = view.collections[0];
    const detail_validate::checker check{view, profile, out};
    const auto attributes = view.attributes_of(c);
    for (const auto& a : attributes) check.attribute(a, doc);
    for (const auto& [key, value] : doc.items()) {
        if (!key.empty() && key[0] == '$') continue;
        bool known = false;
        for (const auto& a : attributes) known = known || a.key == key;
        if (!known) check.add(key, violation_kind::unknown_attribute, "the collection has no such attribute");
    }
    return out;
}

}  // namespace appwrite::schema::app

// Reading appwrite.json / appwrite.config.json into the schema view the rules check (reference F).
// Both shapes (databases/collections/attributes and tablesDB/tables/columns) and files mixing them,
// tolerating what real files contain: server-echoed status/error/$createdAt and `_comment` (warnings:
// CLI 13-25 reject them), lowercase orders, `format: ""`, `includes`, a UTF-8 BOM, pre-1.0 `$read`/`$write`.
// Nothing in a file makes it throw: problems become findings with the JSON path.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <appwrite/schema/detail/closest.hpp>
#include <appwrite/schema/io/file_issues.hpp>
#include <appwrite/schema/io/positions.hpp>
#include <appwrite/schema/io/read_file.hpp>
#include <appwrite/schema/io/strict_schema.hpp>
#include <appwrite/schema/permission_syntax.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema::io {

// One problem found in a file: a file issue or a rule diagnostic, located by JSON path.
struct finding {
    std::string code{};
    std::string name{};
    severity level = severity::error;
    std::string path{};  // e.g. collections[3].attributes[7].default
    std::string message{};
    std::string detail{};     // the offending value or the limit
    std::string section{};    // rules reference section, empty for file issues
    bool about_name = false;  // about the member name at `path` (a key the format lacks), not its value
    // Filled by io::locate (check_config does it): where a person finds the value.
    std::string file{};   // the config, or the `includes` file the value is in
    text_position at{};   // line 0: not located
    std::string where{};  // database/collection/key, e.g. main/users/age
};

// A parsed config: owns every string the view points at.
class loaded_config {
public:
    std::string source;  // the file name, for messages
    std::string project_id;
    std::string project_name;
    bool has_collections_shape = false;  // `collections` present
    bool has_tables_shape = false;       // `tables` present
    bool readable = true;                // false: unreadable, not JSON or not an Appwrite config (exit code 2)
    std::vector<finding> issues;         // file issues, in file order

    // The texts read, for positions (io::locate): the file itself first, then each `includes` file
    // with the top-level key (`resource`) it fills.
    struct source_text {
        std::string resource;
        std::string file;
        std::string text;
    };
    std::vector<source_text> texts;

    std::vector<database_record> databases;
    std::vector<collection_record> collections;
    std::vector<attribute_record> attributes;
    std::vector<index_record> indexes;
    std::vector<index_field> index_fields;
    std::vector<permission_record> permissions;
    std::vector<std::string_view> strings;
    std::vector<std::uint32_t> ring_sizes;
    std::vector<double> coordinates;
    std::vector<attribute_extra> extras;  // one per attribute

    // JSON paths of the records, parallel to the arrays above.
    std::vector<std::string> database_paths;
    std::vector<std::string> collection_paths;
    std::vector<std::string> attribute_paths;
    std::vector<std::string> index_paths;
    std::vector<std::string> index_list_keys;  // "attributes" or "columns"
    std::vector<std::string> permission_paths;
    // Collections that are a second description (in `tables`) of one in `collections`.
    std::vector<std::uint32_t> second_descriptions;

    // The records point into owned_: a copy would point into the original, so there is none. Moves
    // keep the strings where they are (a deque's move takes its blocks).
    loaded_config() = default;
    loaded_config(const loaded_config&) = delete;
    loaded_config& operator=(const loaded_config&) = delete;
    loaded_config(loaded_config&&) = default;
    loaded_config& operator=(loaded_config&&) = default;
    ~loaded_config() = default;

    [[nodiscard]] schema_view view() const {
        schema_view v{};
        v.project_id = project_id;
        v.project_name = project_name;
        v.databases = databases;
        v.collections = collections;
        v.attributes = attributes;
        v.indexes = indexes;
        v.index_fields = index_fields;
        v.permissions = permissions;
        v.strings = strings;
        v.ring_sizes = ring_sizes;
        v.coordinates = coordinates;
        v.extras = extras;
        return v;
    }

    // Keeps a copy of `s` whose address never changes; returns a view of it.
    std::string_view keep(std::string s) {
        owned_.push_back(std::move(s));
        return owned_.back();
    }

private:
    std::deque<std::string> owned_;
};

namespace detail {

using json = nlohmann::json;

inline std::string at(const std::string& base, std::string_view key) {
    return base.empty() ? std::string(key) : base + "." + std::string(key);
}
inline std::string at(const std::string& base, std::size_t i) { return base + "[" + std::to_string(i) + "]"; }

class loader {
public:
    explicit loader(loaded_config& out, std::filesystem::path directory)
        : out_(out), directory_(std::move(directory)) {}

    void issue(file_issue what, std::string path, std::string detail = {}) {
        const auto& about = info(what);
        out_.issues.push_back({.code = std::string(about.code),
                               .name = std::string(about.name),
                               .level = about.level,
                               .path = std::move(path),
                               .message = std::string(about.message),
                               .detail = std::move(detail),
                               .about_name = what == file_issue::strict_schema_key});
    }

    // A string field; absent is empty, another JSON type is a wrong_field_type finding.
    std::string_view text(const json& object, const char* key, const std::string& path, bool required = false) {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null()) {
            if (required) issue(file_issue::missing_field, at(path, key));
            return {};
        }
        if (!it->is_string()) {
            issue(file_issue::wrong_field_type, at(path, key),
                  "expected a string, found " + std::string(it->type_name()));
            return {};
        }
        return out_.keep(it->get<std::string>());
    }
    bool flag(const json& object, const char* key, const std::string& path, bool fallback) {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null()) return fallback;
        if (!it->is_boolean()) {
            issue(file_issue::wrong_field_type, at(path, key),
                  "expected true or false, found " + std::string(it->type_name()));
            return fallback;
        }
        return it->get<bool>();
    }
    const json* list(const json& object, const char* key, const std::string& path) {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null()) return nullptr;
        if (!it->is_array()) {
            issue(file_issue::wrong_field_type, at(path, key),
                  "expected an array, found " + std::string(it->type_name()));
            return nullptr;
        }
        return &*it;
    }

    // A float with a whole value (`1.0`, `1e3`) as that integer. Only up to 2^53, where every double is
    // exactly the number written: beyond, a float may be a rounded integer outside int64 (JavaScript's
    // -9223372036854776000 is read as -2^63), which must stay a finding.
    // A whole number written as a float (`1.0`, `1e17`) is that integer: the CLI parses it as a JS
    // number and sends it without a fraction, and every whole double inside int64 converts exactly
    // (float_outside_int64 says why -2^63 is not one).
    static bound whole_number(bound b) {
        if (b.present && !b.is_integer && !float_outside_int64(b.number) &&
            b.number == static_cast<double>(static_cast<std::int64_t>(b.number))) {
            b.is_integer = true;
            b.integer = static_cast<std::int64_t>(b.number);
            b.number = 0;
        }
        return b;
    }

    static bound number_bound(const json& j) {
        bound b{};
        b.present = true;
        if (j.is_number_integer()) {
            if (j.is_number_unsigned() && j.get<std::uint64_t>() > static_cast<std::uint64_t>(int64_max)) {
                b.is_integer = false;
                b.number = static_cast<double>(j.get<std::uint64_t>());
            } else {
                b.integer = j.get<std::int64_t>();
            }
        } else {
            b.is_integer = false;
            b.number = j.get<double>();
        }
        return b;
    }

    // The length of j.dump(), without dump()'s recursion (a hostile file can nest 100,000 deep).
    static std::size_t encoded_size(const json& root) {
        std::size_t total = 0;
        std::vector<const json*> stack{&root};
        while (!stack.empty()) {
            const json* j = stack.back();
            stack.pop_back();
            if (j->is_array() || j->is_object()) {
                total += 2 + (j->empty() ? 0 : j->size() - 1);  // brackets and commas
                for (auto it = j->begin(); it != j->end(); ++it) {
                    if (j->is_object()) total += json(it.key()).dump().size() + 1;
                    stack.push_back(&*it);
                }
            } else {
                total += j->dump().size();
            }
        }
        return total;
    }

    // Spatial defaults: nested arrays of numbers (B.4).
    void geometry(const json& j, value_ref& v, geometry_ref& g) {
        auto is_point = [](const json& p) {
            return p.is_array() && p.size() == 2 && p[0].is_number() && p[1].is_number();
        };
        auto depth_of = [](const json& x) {
            std::uint8_t d = 0;
            const json* cur = &x;
            while (cur->is_array() && !cur->empty()) {
                ++d;
                cur = &(*cur)[0];
            }
            return d;
        };
        v.kind = value_kind::coordinates;
        g.depth = depth_of(j);
        g.first_point = static_cast<std::uint32_t>(out_.coordinates.size() / 2);
        g.rings.begin = static_cast<std::uint32_t>(out_.ring_sizes.size());
        auto add_ring = [&](const json& ring) {
            std::uint32_t n = 0;
            for (const auto& p : ring) {
                if (!is_point(p)) {
                    g.well_formed = false;
                    continue;
                }
                out_.coordinates.push_back(p[0].get<double>());
                out_.coordinates.push_back(p[1].get<double>());
                ++n;
            }
            out_.ring_sizes.push_back(n);
            ++g.rings.count;
        };
        if (g.depth == 1) {
            if (is_point(j)) {
                out_.coordinates.push_back(j[0].get<double>());
                out_.coordinates.push_back(j[1].get<double>());
                out_.ring_sizes.push_back(1);
                ++g.rings.count;
            } else {
                g.well_formed = false;
            }
        } else if (g.depth == 2) {
            add_ring(j);
        } else if (g.depth == 3) {
            for (const auto& ring : j) {
                if (!ring.is_array()) {
                    g.well_formed = false;
                    continue;
                }
                add_ring(ring);
            }
        } else {
            g.well_formed = false;
        }
        v.encoded_length = static_cast<std::uint32_t>(std::min<std::size_t>(encoded_size(j), UINT32_MAX));
        v.text = canonical_text(j);
    }

    // The value as JSON with every number a double: [1, 2] and [1.0, 2.0] are one value (the migration
    // plan compares defaults by it).
    std::string_view canonical_text(const json& j) {
        auto canonical = [](const json& x, auto& self) -> json {
            if (x.is_number()) return x.get<double>();
            if (x.is_array()) {
                json out = json::array();
                for (const auto& e : x) out.push_back(self(e, self));
                return out;
            }
            if (x.is_object()) {
                json out = json::object();
                for (const auto& [k, e] : x.items()) out[k] = self(e, self);
                return out;
            }
            return x;
        };
        return out_.keep(canonical(j, canonical).dump());
    }

    // The default `j` of an attribute of `type`; a spatial default's points go to `g`.
    value_ref value(const json& j, attribute_type type, geometry_ref& g) {
        value_ref v{};
        if (j.is_null()) {
            v.kind = value_kind::null;
        } else if (j.is_string()) {
            v.kind = value_kind::string;
            v.text = out_.keep(j.get<std::string>());
        } else if (j.is_boolean()) {
            v.kind = value_kind::boolean;
            v.boolean = j.get<bool>();
        } else if (j.is_number()) {
            // On an integer attribute, `5.0` reaches the server as 5 (see whole_number); 5.5 stays a float.
            const auto b = is_integer_type(type) ? whole_number(number_bound(j)) : number_bound(j);
            v.kind = b.is_integer ? value_kind::integer : value_kind::number;
            v.integer = b.integer;
            v.number = b.number;
        } else if (j.is_array() && is_spatial_type(type)) {
            geometry(j, v, g);
        } else {
            v.kind = j.is_array() ? value_kind::array : value_kind::object;
            v.encoded_length = static_cast<std::uint32_t>(std::min<std::size_t>(encoded_size(j), UINT32_MAX));
            v.text = canonical_text(j);
        }
        return v;
    }

    // Keys outside the CLI's strict config schema (F.2-F.5): CLI 13-25 `push --all` rejects the file.
    // $read/$write have their own finding (legacy_permissions). The detail names the key and, for a
    // misspelling or the other shape's name, the key meant.
    void strict_keys(const json& object, const std::string& path, std::span<const std::string_view> allowed) {
        for (const auto& [key, value] : object.items()) {
            if (key == "$read" || key == "$write") continue;
            if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
            std::string detail = key;
            if (const auto meant = strict_schema::other_shape_name(key, allowed); !meant.empty())
                detail += " (this shape calls it \"" + std::string(meant) + "\")";
            else if (const auto near = schema::detail::closest(key, allowed); !near.empty())
                detail += " (did you mean \"" + near + "\"?)";
            issue(file_issue::strict_schema_key, at(path, key), detail);
        }
    }

    // Outside the schema (settings, functions, buckets, …) only the keys no CLI's schema has: those
    // lists grow with each release.
    void keys_outside_schema(const json& root) {
        for (const auto& [section, value] : root.items())
            strict_schema::for_objects_outside_schema(
                section, value, [this](const json& object, const std::string& path, const std::string& where) {
                    for (const auto& [key, ignored] : object.items())
                        if (strict_schema::never_in_config(key)) {
                            issue(file_issue::strict_schema_key, at(path, key),
                                  key + " (a note or a field the server writes)");
                            out_.issues.back().where = where;
                        }
                });
    }

    void attribute(const json& a, const std::string& path) {
        attribute_record r{};
        attribute_extra x{};
        if (!a.is_object()) {
            issue(file_issue::wrong_field_type, path, "expected an object");
            return;
        }
        r.key = text(a, "key", path, true);
        const auto type = text(a, "type", path, true);
        const auto format = text(a, "format", path);
        r.type = from_wire(type, format);
        if (r.type == attribute_type::unknown) {
            std::string spelling = std::string(type) + (format.empty() ? "" : "+" + std::string(format));
            // email/url/ip/enum are formats of `string` (F.4): as a `type` no CLI sends them.
            if (const auto meant = from_name<attribute_type>(type))
                if (const auto& row = spelling_of(*meant); row.wire_type != type)
                    spelling += " (write \"type\": \"" + std::string(row.wire_type) + "\", \"format\": \"" +
                                std::string(row.wire_format) + "\")";
            x.type_spelling = out_.keep(spelling);
        }
        r.required = flag(a, "required", path, false);
        // B.1: `required` is a mandatory parameter of every create call but the relationship one,
        // and the CLI sends only the fields a file has.
        if (!a.contains("required") && r.type != attribute_type::relationship)
            issue(file_issue::missing_field, at(path, "required"));
        r.array = flag(a, "array", path, false);
        r.encrypt = flag(a, "encrypt", path, false);
        if (const auto it = a.find("size"); it != a.end() && !it->is_null()) {
            // A whole number written as a float (`1e3`, `255.0`) is that size: JSON does not tell them apart.
            const auto size = it->is_number() ? whole_number(number_bound(*it)) : bound{};
            if (size.present && size.is_integer) {
                r.size_present = true;
                r.size = size.integer;
            } else if (it->is_number_integer()) {  // beyond int64
                r.size_present = true;
                r.size = int64_max;
            } else {
                issue(file_issue::wrong_field_type, at(path, "size"),
                      "expected an integer, found " + std::string(it->type_name()));
            }
        }
        for (const char* name : {"min", "max"}) {
            const auto it = a.find(name);
            if (it == a.end() || it->is_null()) continue;
            if (!it->is_number()) {
                issue(file_issue::wrong_field_type, at(path, name),
                      "expected a number, found " + std::string(it->type_name()));
                continue;
            }
            // Bounds written `1.0` are the integer 1.
            (name[1] == 'i' ? r.min : r.max) = whole_number(number_bound(*it));
        }
        if (const auto it = a.find("default"); it != a.end()) r.default_value = value(*it, r.type, x.geometry);
        if (const json* elements = list(a, "elements", path)) {
            r.elements.begin = static_cast<std::uint32_t>(out_.strings.size());
            for (std::size_t i = 0; i < elements->size(); ++i) {
                const auto& e = (*elements)[i];
                if (!e.is_string()) {
                    issue(file_issue::wrong_field_type, at(at(path, "elements"), i), "expected a string");
                    continue;
                }
                out_.strings.push_back(out_.keep(e.get<std::string>()));
                ++r.elements.count;
            }
        } else if (r.type == attribute_type::enum_) {
            issue(file_issue::missing_field, at(path, "elements"));
        }
        if (r.type == attribute_type::relationship) {
            x.related_collection = text(a, "relatedTable", path);
            if (x.related_collection.empty()) x.related_collection = text(a, "relatedCollection", path, true);
            const auto relation = text(a, "relationType", path, true);
            x.relation = from_name<relation_type>(relation).value_or(relation_type::invalid);
            x.two_way = flag(a, "twoWay", path, false);
            x.two_way_key = text(a, "twoWayKey", path);
            const auto on_delete = text(a, "onDelete", path);
            // B.3: onDelete is optional and defaults to restrict.
            x.on_delete = on_delete.empty()
                              ? on_delete_action::restrict_
                              : from_name<on_delete_action>(on_delete).value_or(on_delete_action::invalid);
            x.side = from_name<relation_side>(text(a, "side", path)).value_or(relation_side::parent);
        }
        x.previous_key = text(a, "previousKey", path);
        r.from.position = static_cast<std::uint32_t>(out_.attributes.size());
        strict_keys(a, path, strict_schema::attribute);
        // G.2 validateRequiredDefault: a required attribute's default must be null, and an absent one
        // is not (a present non-null default is the rule required_with_default).
        if (r.required && !a.contains("default")) issue(file_issue::required_default_absent, at(path, "default"));
        r.extra = static_cast<std::uint32_t>(out_.extras.size());
        out_.extras.push_back(x);
        out_.attributes.push_back(r);
        out_.attribute_paths.push_back(path);
    }

    void index(const json& x, const std::string& path, bool tables) {
        if (!x.is_object()) {
            issue(file_issue::wrong_field_type, path, "expected an object");
            return;
        }
        index_record r{};
        r.key = text(x, "key", path, true);
        const auto type = text(x, "type", path, true);
        r.type = from_name<index_type>(type).value_or(index_type::unknown);
        r.type_spelling = type;
        const char* list_key = x.contains("columns") ? "columns" : "attributes";
        const json* fields = list(x, list_key, path);
        if (fields == nullptr && !x.contains(list_key)) issue(file_issue::missing_field, at(path, list_key));
        const json* orders = list(x, "orders", path);
        r.fields.begin = static_cast<std::uint32_t>(out_.index_fields.size());
        if (fields != nullptr) {
            for (std::size_t i = 0; i < fields->size(); ++i) {
                const auto& f = (*fields)[i];
                if (!f.is_string()) {
                    issue(file_issue::wrong_field_type, at(at(path, list_key), i), "expected a string");
                    continue;
                }
                index_field field{out_.keep(f.get<std::string>()), sort_order::unspecified};
                if (orders != nullptr && i < orders->size()) {
                    const auto& o = (*orders)[i];
                    // C.1: each order passes WhiteList(ASC, DESC), case-insensitively; null does not.
                    std::string s = o.is_string() ? o.get<std::string>() : "?";
                    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
                    field.order = s.empty() ? sort_order::unspecified
                                            : from_name<sort_order>(s).value_or(sort_order::invalid);
                }
                out_.index_fields.push_back(field);
                ++r.fields.count;
            }
        }
        r.orders_present = orders != nullptr;
        r.orders_count = orders != nullptr ? static_cast<std::uint32_t>(orders->size()) : 0;
        r.from.position = static_cast<std::uint32_t>(out_.indexes.size());
        using keys = std::span<const std::string_view>;
        strict_keys(x, path, tables ? keys(strict_schema::table_index) : keys(strict_schema::index));
        out_.indexes.push_back(r);
        out_.index_paths.push_back(path);
        out_.index_list_keys.emplace_back(list_key);
    }

    void permission(std::string_view text, const std::string& path) {
        permission_record p = parse_permission(out_.keep(std::string(text)));
        p.from.position = static_cast<std::uint32_t>(out_.permissions.size());
        out_.permissions.push_back(p);
        out_.permission_paths.push_back(path);
    }

    void collection(const json& c, const std::string& path, std::uint32_t database, bool tables) {
        collection_record r{};
        r.id = text(c, "$id", path, true);
        r.name = text(c, "name", path, true);
        r.database = database;
        r.enabled = flag(c, "enabled", path, true);
        r.document_security = flag(c, tables ? "rowSecurity" : "documentSecurity", path, false) ||
                              (c.contains("permission") && c["permission"] == "document");
        r.attributes.begin = static_cast<std::uint32_t>(out_.attributes.size());
        const char* attribute_key = c.contains("columns") ? "columns" : "attributes";
        if (const json* list_ = list(c, attribute_key, path))
            for (std::size_t i = 0; i < list_->size(); ++i) attribute((*list_)[i], at(at(path, attribute_key), i));
        r.attributes.count = static_cast<std::uint32_t>(out_.attributes.size()) - r.attributes.begin;
        r.indexes.begin = static_cast<std::uint32_t>(out_.indexes.size());
        if (const json* list_ = list(c, "indexes", path))
            for (std::size_t i = 0; i < list_->size(); ++i) index((*list_)[i], at(at(path, "indexes"), i), tables);
        r.indexes.count = static_cast<std::uint32_t>(out_.indexes.size()) - r.indexes.begin;
        r.permissions.begin = static_cast<std::uint32_t>(out_.permissions.size());
        if (const json* list_ = list(c, "$permissions", path)) {
            for (std::size_t i = 0; i < list_->size(); ++i) {
                const auto p = at(at(path, "$permissions"), i);
                if ((*list_)[i].is_string()) permission((*list_)[i].get<std::string>(), p);
                else issue(file_issue::wrong_field_type, p, "expected a string");
            }
        }
        // Pre-1.0 files: $read/$write role lists. Read as read("role")/write("role") so the roles are
        // checked too (role:all and friends are rejected by today's servers, D.1).
        for (const char* legacy : {"$read", "$write"}) {
            const json* roles = list(c, legacy, path);
            if (roles == nullptr) continue;
            issue(file_issue::legacy_permissions, at(path, legacy));
            for (std::size_t i = 0; i < roles->size(); ++i)
                if ((*roles)[i].is_string())
                    permission(std::string(name_of(legacy[1] == 'r' ? permission_type::read : permission_type::write)) +
                                   "(\"" + (*roles)[i].get<std::string>() + "\")",
                               at(at(path, legacy), i));
        }
        r.permissions.count = static_cast<std::uint32_t>(out_.permissions.size()) - r.permissions.begin;
        r.from.position = static_cast<std::uint32_t>(out_.collections.size());
        using keys = std::span<const std::string_view>;
        strict_keys(c, path, tables ? keys(strict_schema::table) : keys(strict_schema::collection));
        out_.collections.push_back(r);
        out_.collection_paths.push_back(path);
    }

    void resolve_includes(json& root) {
        const auto it = root.find("includes");
        if (it == root.end() || !it->is_object()) return;
        std::vector<std::pair<std::string, json>> resolved;  // assigned after the loop: `root` is iterated
        for (auto& [resource, file] : it->items()) {
            const std::string path = "includes." + resource;
            if (std::find(std::begin(strict_schema::includable), std::end(strict_schema::includable), resource) ==
                std::end(strict_schema::includable)) {
                issue(file_issue::include_failed, path,
                      "\"" + resource +
                          "\" cannot come from a file: includes name lists such as collections, tables, "
                          "databases, tablesDB, functions or buckets");
                continue;
            }
            if (!file.is_string()) {
                issue(file_issue::include_failed, path, "expected a relative file name");
                continue;
            }
            const auto name = file.get<std::string>();
            // CLI 25 reads includes only below the config's folder: no absolute paths, `..` or URLs.
            const std::filesystem::path relative(name);
            const bool escapes = std::any_of(relative.begin(), relative.end(), [](const auto& p) { return p == ".."; });
            if (name.empty() || relative.is_absolute() || relative.has_root_name() || escapes ||
                name.find("://") != std::string::npos) {
                issue(file_issue::include_failed, path,
                      "\"" + name +
                          "\" must be a relative path inside the config's folder (not absolute, no .., no URL)");
                continue;
            }
            std::string text;
            if (const auto why = read_regular_file(directory_ / name, text); !why.empty()) {
                issue(file_issue::include_failed, path, (directory_ / name).string() + " " + why);
                continue;
            }
            json included = json::parse(text, nullptr, false);
            if (included.is_discarded() || !included.is_array()) {
                issue(file_issue::include_failed, path, name + " is not a JSON array");
                continue;
            }
            out_.texts.push_back({resource, (directory_ / name).lexically_normal().string(), std::move(text)});
            resolved.emplace_back(resource, std::move(included));
        }
        for (auto& [resource, included] : resolved) root[resource] = std::move(included);
    }

    void load(json& root) {
        const bool config = root.is_object() && (root.contains("databases") || root.contains("tablesDB") ||
                                                 root.contains("collections") || root.contains("tables"));
        if (!config) {
            issue(file_issue::not_a_config, "$",
                  root.is_object() ? "no databases, tablesDB, collections or tables"
                                   : std::string("the top level is ") + root.type_name() + ", not an object");
            out_.readable = false;
            return;
        }
        resolve_includes(root);
        strict_keys(root, "", strict_schema::top_level);
        keys_outside_schema(root);
        out_.project_id = std::string(text(root, "projectId", "$"));
        out_.project_name = std::string(text(root, "projectName", "$"));
        // Databases of both shapes.
        for (const char* key : {"databases", "tablesDB"}) {
            const json* list_ = list(root, key, "");
            if (list_ == nullptr) continue;
            for (std::size_t i = 0; i < list_->size(); ++i) {
                const auto path = at(std::string(key), i);
                const auto& d = (*list_)[i];
                if (!d.is_object()) {
                    issue(file_issue::wrong_field_type, path, "expected an object");
                    continue;
                }
                database_record r{};
                r.id = text(d, "$id", path, true);
                // Legacy and TablesDB databases are the same thing (E): listed in both, it is one. Listed
                // twice in one list, it is two, and duplicate_database_id (AW110) reports the second.
                bool listed = false;
                for (std::size_t k = 0; k < out_.databases.size(); ++k)
                    listed = listed || (!r.id.empty() && out_.databases[k].id == r.id &&
                                        out_.database_paths[k].rfind(key, 0) != 0);
                if (listed) continue;
                r.name = text(d, "name", path, true);
                r.enabled = flag(d, "enabled", path, true);
                r.from.position = static_cast<std::uint32_t>(out_.databases.size());
                strict_keys(d, path, strict_schema::database);
                out_.databases.push_back(r);
                out_.database_paths.push_back(path);
            }
        }
        // Collections of both shapes, grouped by database (the view wants contiguous ranges).
        struct pending {
            const json* entry;
            std::string path;
            std::uint32_t database;
            bool tables;
            bool second_description;
            std::size_t position;  // in file order: ties keep it (std::stable_sort warns under clang 19 + libstdc++ 12)
        };
        std::vector<pending> found;
        const auto no_database = std::numeric_limits<std::uint32_t>::max();
        for (const char* key : {"collections", "tables"}) {
            const json* list_ = list(root, key, "");
            if (list_ == nullptr) continue;
            (key[0] == 'c' ? out_.has_collections_shape : out_.has_tables_shape) = true;
            for (std::size_t i = 0; i < list_->size(); ++i) {
                const auto path = at(std::string(key), i);
                const auto& c = (*list_)[i];
                if (!c.is_object()) {
                    issue(file_issue::wrong_field_type, path, "expected an object");
                    continue;
                }
                std::uint32_t database = no_database;
                if (const auto id = c.find("databaseId");
                    id != c.end() && id->is_string() && !id->get<std::string>().empty()) {
                    const auto wanted = id->get<std::string>();
                    for (std::uint32_t d = 0; d < out_.databases.size() && database == no_database; ++d)
                        if (out_.databases[d].id == wanted) database = d;
                    if (database == no_database) {  // old CLIs wrote no `databases`: the server had them
                        issue(file_issue::database_not_declared, at(path, "databaseId"), wanted);
                        database_record r{};
                        r.id = out_.keep(wanted);
                        r.name = r.id;
                        r.from.position = static_cast<std::uint32_t>(out_.databases.size());
                        out_.databases.push_back(r);
                        out_.database_paths.push_back(at(path, "databaseId"));
                        database = static_cast<std::uint32_t>(out_.databases.size() - 1);
                    }
                }
                // A collection described in both shapes: both descriptions are checked, and the second is
                // marked so that it is reported once, as described_twice, not also as a duplicate ID.
                const bool tables = key[0] == 't';
                bool twice = false;
                if (tables && c.contains("$id") && c["$id"].is_string()) {
                    const auto id = c["$id"].get<std::string>();
                    for (const auto& other : found)
                        twice = twice || (!other.tables && other.database == database &&
                                          other.entry->value("$id", std::string()) == id);
                }
                if (twice)
                    issue(file_issue::described_twice, path, c["$id"].is_string() ? c["$id"].get<std::string>() : "");
                found.push_back({&c, path, database, tables, twice, found.size()});
            }
        }
        std::sort(found.begin(), found.end(), [](const pending& a, const pending& b) {
            return a.database != b.database ? a.database < b.database : a.position < b.position;
        });
        for (const auto& p : found) {
            if (p.database != no_database) {
                auto& db = out_.databases[p.database];
                if (db.collections.count == 0)
                    db.collections.begin = static_cast<std::uint32_t>(out_.collections.size());
                ++db.collections.count;
            }
            if (p.second_description)
                out_.second_descriptions.push_back(static_cast<std::uint32_t>(out_.collections.size()));
            collection(*p.entry, p.path, p.database, p.tables);
        }
    }

private:
    loaded_config& out_;
    std::filesystem::path directory_;
};

}  // namespace detail

// Reads a config from its text; `directory` resolves `includes`.
inline loaded_config parse_config(std::string_view text, const std::string& source = "appwrite.json",
                                  const std::filesystem::path& directory = ".") {
    loaded_config out;
    out.source = source;
    detail::loader load(out, directory);
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        load.issue(file_issue::byte_order_mark, "$");
        text.remove_prefix(3);
    }
    out.texts.push_back({{}, source, std::string(text)});
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for 1e400
        std::size_t byte = 0;
        if (const auto* parse = dynamic_cast<const nlohmann::json::parse_error*>(&e))
            byte = parse->byte > 0 ? parse->byte - 1 : 0;
        const auto at = position_of(text, byte);
        out.readable = false;
        // nlohmann's text repeats the position: keep what follows it.
        std::string what = e.what();
        if (const auto at = what.find(": ", what.find("column")); at != std::string::npos) what = what.substr(at + 2);
        load.issue(file_issue::not_json, "$",
                   "line " + std::to_string(at.line) + ", column " + std::to_string(at.column) + ": " + what);
        out.issues.back().file = source;
        out.issues.back().at = at;
        return out;
    }
    load.load(root);
    return out;
}

// A config that could not be read at all: its one finding says why.
inline loaded_config unreadable_config(const std::string& source, const std::string& why) {
    loaded_config out;
    out.source = source;
    out.readable = false;
    out.issues.push_back({.code = std::string(info(file_issue::unreadable).code),
                          .name = std::string(info(file_issue::unreadable).name),
                          .level = severity::error,
                          .path = "$",
                          .message = std::string(info(file_issue::unreadable).message),
                          .detail = source + " " + why,
                          .file = source});
    return out;
}

// Reads a config file; an unreadable file gives a loaded_config with readable == false.
inline loaded_config load_config(const std::filesystem::path& file) {
    std::string text;
    if (const auto why = read_regular_file(file, text); !why.empty()) return unreadable_config(file.string(), why);
    return parse_config(text, file.string(), file.has_parent_path() ? file.parent_path() : ".");
}

// Reads a config from a stream (standard input for `-`), named `source`; includes resolve from the
// current folder.
inline loaded_config load_config(std::FILE* in, const std::string& source) {
    std::string text;
    if (const auto why = read_stream(in, text); !why.empty()) return unreadable_config(source, why);
    return parse_config(text, source, ".");
}

}  // namespace appwrite::schema::io

// The Terraform emitter: a schema view as HCL for the official Appwrite provider (registry source
// appwrite/appwrite), with its TablesDB resources appwrite_tablesdb, appwrite_tablesdb_table,
// appwrite_tablesdb_column and appwrite_tablesdb_index. Read from appwrite/terraform-provider-appwrite:
// docs/resources/tablesdb_column.md at 1bbd7b6530d1f5aae3ca754d3569c95fbb600431, tablesdb.md,
// tablesdb_table.md and tablesdb_index.md at 2712dd57adccb11a34ce231f056f18a82044326c, and the code
// behind them: internal/services/column/resource.go at e6b048062863058651b62d2a4c330f4256c3dd6f,
// internal/services/index/resource.go at 2d4978fb4bf16ab9a02b94c6bba0182abcdbf428.
//
// References carry the order `terraform apply` needs: a column names its table's `.id`, a
// relationship its related table's `.id`, an index its columns' `.key` (the provider waits for
// each to be available), and an index over the child side of a two-way relationship the parent
// column's `.two_way_key` (the server creates that side with the parent). Child sides are not
// resources: the server creates them. What the provider cannot express is a `blocker`, never a
// silent drop (docs/terraform.md). Runtime code.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <appwrite/schema/bounds.hpp>
#include <appwrite/schema/detail/text.hpp>
#include <appwrite/schema/emit/hcl.hpp>
#include <appwrite/schema/kinds.hpp>
#include <appwrite/schema/permission_text.hpp>
#include <appwrite/schema/profile.hpp>
#include <appwrite/schema/rules/attributes.hpp>
#include <appwrite/schema/version_text.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema::emit {

// One deployment of the schema: its project, endpoint and the IDs its databases have there.
struct terraform_environment {
    std::string name;
    std::string project_id;
    std::string endpoint;                                            // empty: APPWRITE_ENDPOINT
    std::map<std::string, std::string, std::less<>> database_ids{};  // schema database ID -> deployed ID
};

struct terraform_options {
    // Without environments: the defaults of the variables project_id and endpoint (empty project:
    // the schema's; empty endpoint: none, the provider reads APPWRITE_ENDPOINT) and the database IDs.
    std::string project_id{};
    std::string endpoint{};
    std::map<std::string, std::string, std::less<>> database_ids{};
    // With environments: a variable `environment` picks one, and its values configure the provider.
    std::vector<terraform_environment> environments{};
    // Nonzero: the schema targets an older server (for the Appwrite CLI) and was checked for this
    // one (terraform_server); the file says so in its first comment.
    std::uint32_t checked_for_server = 0;
    std::uint32_t schema_server = 0;
};

// The server a Terraform file deploys to: the schema's target, and at least the first that has
// the provider's TablesDB routes. A schema for an older server is checked again for that one.
constexpr std::uint32_t terraform_server(std::uint32_t target) {
    return older_than(target, first_terraform_tablesdb_server) ? first_terraform_tablesdb_server : target;
}

// Something of the schema the provider cannot create as declared.
struct terraform_blocker {
    enum class record : std::uint8_t { attribute, index } kind;
    std::uint32_t position;  // into schema_view::attributes or ::indexes
    std::string message;
    std::string fix;
};

// A string attribute above varchar's size: the provider's `string` creates a text column without a
// size (column/resource.go), so it is written as the text type the server stores it in (B.2:
// MariaDB keeps `string` of more than 16381 characters in TEXT, MEDIUMTEXT or LONGTEXT).
struct terraform_note {
    std::uint32_t attribute;
    std::string message;
};

// What is wrong with an endpoint (empty when fine): the provider takes an http(s) URL of the API.
inline std::string endpoint_error(std::string_view endpoint) {
    const bool http = endpoint.rfind("https://", 0) == 0 || endpoint.rfind("http://", 0) == 0;
    if (!http || endpoint.find_first_of(" \t\n\"") != std::string_view::npos ||
        endpoint.size() <= endpoint.find("//") + 2)
        return "\"" + std::string(endpoint) +
               "\" is not an endpoint: give the API's URL, e.g. https://cloud.appwrite.io/v1";
    return {};
}

// What is wrong with a project or database ID (empty when fine): the server's custom-ID rule (A.1).
inline std::string id_error(std::string_view what, std::string_view id) {
    if (auto broken = rules::check_key(id, 36))
        return std::string(what) + " \"" + std::string(id) + "\": " + std::string(info(*broken).message);
    return {};
}

// Parses `NAME=PROJECT_ID[,ENDPOINT][,SCHEMA_DB=DEPLOYED_DB]...` (--environment, and the CMake
// function's TERRAFORM_ENVIRONMENTS); an error message naming the wrong part, empty when fine.
inline std::string parse_terraform_environment(std::string_view spec, terraform_environment& out) {
    std::vector<std::string_view> parts;
    for (std::size_t at = 0;;) {
        const auto comma = spec.find(',', at);
        parts.push_back(spec.substr(at, comma == std::string_view::npos ? comma : comma - at));
        if (comma == std::string_view::npos) break;
        at = comma + 1;
    }
    const auto eq = parts[0].find('=');
    if (eq == std::string_view::npos)
        return "it starts with NAME=PROJECT_ID (then ,ENDPOINT and ,SCHEMA_DB=DEPLOYED_DB as needed)";
    out.name = std::string(parts[0].substr(0, eq));
    out.project_id = std::string(parts[0].substr(eq + 1));
    if (!hcl::is_identifier(out.name))
        return "the environment name \"" + out.name +
               "\" is not a Terraform name (letters, digits, _ and -, starting with a letter or _)";
    if (auto error = id_error("the project ID", out.project_id); !error.empty()) return error;
    for (std::size_t i = 1; i < parts.size(); ++i) {
        const auto part = parts[i];
        const auto deq = part.find('=');
        if (part.empty()) return "an empty part (a comma too many)";
        if (deq == std::string_view::npos) {
            if (!out.endpoint.empty()) return "two endpoints (" + out.endpoint + " and " + std::string(part) + ")";
            if (auto error = endpoint_error(part); !error.empty())
                return error + ", or map a database as SCHEMA_DB=DEPLOYED_DB";
            out.endpoint = std::string(part);
            continue;
        }
        const auto schema_db = std::string(part.substr(0, deq));
        const auto deployed = std::string(part.substr(deq + 1));
        if (schema_db.empty()) return "\"" + std::string(part) + "\" names no schema database before =";
        if (auto error = id_error("the database ID", deployed); !error.empty()) return schema_db + "=: " + error;
        if (!out.database_ids.emplace(schema_db, deployed).second)
            return "the database " + schema_db + " is mapped twice";
    }
    return {};
}

// What would make options say something the output cannot (an error message; empty when fine): a
// database mapping naming no database of the schema, two databases mapped to one ID, an environment
// named twice, an endpoint that is not a URL.
inline std::string terraform_options_error(const schema_view& v, const terraform_options& options) {
    const auto mapping_error = [&](const auto& ids) -> std::string {
        std::map<std::string, std::string> deployed_of;  // every database's deployed ID -> its schema ID
        for (const auto& db : v.databases) {
            const auto it = ids.find(db.id);
            const auto deployed = it != ids.end() ? it->second : std::string(db.id);
            if (const auto [at, fresh] = deployed_of.emplace(deployed, std::string(db.id)); !fresh)
                return "the databases " + at->second + " and " + std::string(db.id) + " would both be " + deployed;
        }
        for (const auto& [id, deployed] : ids) {
            bool found = false;
            std::string listed;
            for (const auto& db : v.databases) {
                found = found || db.id == id;
                listed += (listed.empty() ? "" : ", ") + std::string(db.id);
            }
            if (!found) return id + " is not a database of the schema (it has: " + listed + ")";
        }
        return {};
    };
    if (auto error = mapping_error(options.database_ids); !error.empty()) return error;
    if (!options.endpoint.empty())
        if (auto error = endpoint_error(options.endpoint); !error.empty()) return error;
    for (std::size_t i = 0; i < options.environments.size(); ++i) {
        const auto& e = options.environments[i];
        for (std::size_t j = 0; j < i; ++j)
            if (options.environments[j].name == e.name) return "the environment " + e.name + " is given twice";
        if (auto error = mapping_error(e.database_ids); !error.empty()) return "environment " + e.name + ": " + error;
    }
    return {};
}

namespace terraform_detail {

inline std::string str(std::string_view s) { return std::string(s); }

// Resource names: a Terraform name for each ID, unique within its resource type. A table's name
// starts with its database's, a column's and an index's with their table's, so a name never depends
// on what other databases or tables exist (a new name is a destroy and a create to Terraform).
// Characters a name cannot have (`.`) become `_`, a leading digit gets a `_`, and the rare name
// already taken (`a.b` and `a_b`) gets `_2`, `_3`, … in emit order.
class names {
public:
    std::string take(std::string_view wanted) {
        std::string name;
        for (char c : wanted) name += schema::detail::is_physical_char(c) ? c : '_';
        if (name.empty() || !(schema::detail::is_alpha(name[0]) || name[0] == '_')) name.insert(0, "_");
        std::string unique = name;
        for (int n = 2; !taken_.insert(unique).second; ++n) unique = name + "_" + std::to_string(n);
        return unique;
    }

private:
    std::set<std::string> taken_;
};

inline std::string number_text(const bound& b) {
    return b.is_integer ? std::to_string(b.integer) : nlohmann::json(b.number).dump();
}

// The provider's `default` is one string, parsed per type (column/resource.go): numbers as their
// text, booleans as "true"/"false", everything else as written. Empty: nothing to write.
inline std::optional<std::string> default_text(const attribute_record& a) {
    const auto& d = a.default_value;
    switch (d.kind) {
        case value_kind::string: return str(d.text);
        case value_kind::integer: return std::to_string(d.integer);
        case value_kind::number: return nlohmann::json(d.number).dump();
        case value_kind::boolean: return d.boolean ? "true" : "false";
        default: return std::nullopt;
    }
}

// The type a string attribute is written as: varchar of its size, or the text type that holds it.
inline attribute_type written_type(const attribute_record& a) {
    if (a.type != attribute_type::string) return a.type;
    if (a.size <= rules::detail_attrs::max_varchar_size) return attribute_type::varchar;
    for (auto t : {attribute_type::text, attribute_type::mediumtext, attribute_type::longtext})
        if (a.size <= spelling_of(t).stored_size) return t;
    return attribute_type::longtext;
}

}  // namespace terraform_detail

// Everything the provider cannot create as the schema declares it (empty: all of it can).
inline std::vector<terraform_blocker> terraform_blockers(const schema_view& v) {
    std::vector<terraform_blocker> out;
    using kind = terraform_blocker::record;
    for (std::uint32_t i = 0; i < v.attributes.size(); ++i) {
        const auto& a = v.attributes[i];
        if (v.extra_of(a).side == relation_side::child) continue;  // not a resource
        const auto& d = a.default_value;
        if (is_spatial_type(a.type) && d.present())
            out.push_back({kind::attribute, i,
                           "the provider sends no default for a " + terraform_detail::str(spelling_of(a.type).name) +
                               " column (it would be created without one)",
                           "drop the default (the app can write it), or deploy this schema with the Appwrite CLI"});
        else if (d.kind == value_kind::array || d.kind == value_kind::object || d.kind == value_kind::coordinates)
            out.push_back({kind::attribute, i, "the provider's default is one string, not a list or an object",
                           "drop the default"});
        if (is_integer_type(a.type) && ((a.min.present && !a.min.is_integer) || (a.max.present && !a.max.is_integer)))
            out.push_back({kind::attribute, i, "the provider's min and max are 64-bit integers",
                           "give bounds within -9223372036854775808 … 9223372036854775807"});
        if (a.type == attribute_type::unknown)
            out.push_back(
                {kind::attribute, i,
                 "the type \"" + terraform_detail::str(v.extra_of(a).type_spelling) + "\" is not an Appwrite type",
                 "use one of the types of docs/rules.md"});
    }
    for (std::uint32_t i = 0; i < v.indexes.size(); ++i)
        for (const auto& f : v.fields_of(v.indexes[i]))
            if (internal_attribute(f.attribute) != nullptr) {
                // index/resource.go waits for every listed column with GetColumn, which has no
                // system attributes: the index would never be created.
                out.push_back({kind::index, i,
                               "the provider cannot index the system attribute " + terraform_detail::str(f.attribute) +
                                   " (it waits for each column of an index to be available, and " +
                                   terraform_detail::str(f.attribute) + " is not a column it can read)",
                               "index a column of your own instead (e.g. a datetime the app sets for $createdAt), "
                               "or deploy this schema with the Appwrite CLI"});
                break;
            }
    return out;
}

// Where a blocker is, as database/collection/key (an index: database/collection/indexes/key), and
// the line of the user's header that declared it (0 for files: they locate by JSON path).
inline std::string terraform_blocker_place(const schema_view& v, const terraform_blocker& b) {
    const bool attribute = b.kind == terraform_blocker::record::attribute;
    for (const auto& c : v.collections) {
        const auto r = attribute ? c.attributes : c.indexes;
        if (b.position < r.begin || b.position >= r.end()) continue;
        const auto& from = attribute ? v.attributes[b.position].from : v.indexes[b.position].from;
        const auto key = attribute ? v.attributes[b.position].key : v.indexes[b.position].key;
        const auto database = c.database < v.databases.size() ? v.databases[c.database].id : std::string_view("?");
        std::string place = std::string(database) + "/" + std::string(c.id) + "/" + (attribute ? "" : "indexes/") +
                            std::string(key);
        return from.line == 0 ? place : place + " (declared on line " + std::to_string(from.line) + ")";
    }
    return "?";
}

// The string attributes written as a text type (see terraform_note).
inline std::vector<terraform_note> terraform_notes(const schema_view& v) {
    std::vector<terraform_note> out;
    for (std::uint32_t i = 0; i < v.attributes.size(); ++i) {
        const auto& a = v.attributes[i];
        if (v.extra_of(a).side == relation_side::child || a.type != attribute_type::string) continue;
        const auto written = terraform_detail::written_type(a);
        if (written == attribute_type::varchar) continue;
        out.push_back({i, "string of size " + std::to_string(a.size) + " written as " +
                              terraform_detail::str(spelling_of(written).name) +
                              " (the provider's sized column, varchar, holds at most " +
                              std::to_string(rules::detail_attrs::max_varchar_size) +
                              " characters): the server no longer enforces the size " + std::to_string(a.size) +
                              ", only the type's " + std::to_string(spelling_of(written).stored_size)});
    }
    return out;
}

// The HCL text (call terraform_blockers first: what they list is written as best it can be).
inline std::string terraform_text(const schema_view& v, const terraform_options& options = {}) {
    using terraform_detail::str;
    hcl::writer w;
    if (options.checked_for_server != 0) {
        w.comment("The schema targets Appwrite " + version_text(options.schema_server) +
                  " (for the Appwrite CLI); this file, for the provider's TablesDB resources, was checked for " +
                  version_text(options.checked_for_server) + ".");
        w.blank();
    }
    w.open("terraform");
    w.open("required_providers");
    w.open("appwrite =");
    w.assign("source", hcl::quote("appwrite/appwrite"));
    // 1.3.2 added bigint; 2.x may change the resources (CHANGELOG.md at 066bf1dce1eccd2425dd23c2c9f8d79a05df8a6e).
    w.assign("version", hcl::quote(">= 1.3.2, < 2.0.0"));
    w.close();
    w.close();
    w.close();
    w.blank();

    const bool environments = !options.environments.empty();
    std::string project = "var.project_id";
    std::string endpoint = "var.endpoint";
    if (environments) {
        std::vector<std::string> names;
        for (const auto& e : options.environments) names.push_back(e.name);
        std::string listed;
        for (std::size_t i = 0; i < names.size(); ++i) listed += (i == 0 ? "" : ", ") + names[i];
        w.open("variable \"environment\"");
        w.assign("description", hcl::quote("The environment to deploy to: " + listed + "."));
        w.assign("type", "string");
        if (names.size() == 1) w.assign("default", hcl::quote(names[0]));
        w.blank();
        w.open("validation");
        w.assign("condition", "contains(" + hcl::quote_list(names) + ", var.environment)");
        w.assign("error_message", hcl::quote("The environment is one of: " + listed + "."));
        w.close();
        w.close();
        w.blank();
        w.open("locals");
        w.open("environments =");
        for (const auto& e : options.environments) {
            w.open(e.name + " =");
            w.assign("project_id", hcl::quote(e.project_id));
            w.assign("endpoint", e.endpoint.empty() ? "null" : hcl::quote(e.endpoint));
            w.open("database_ids =");
            for (const auto& db : v.databases) {
                const auto it = e.database_ids.find(db.id);
                w.assign(hcl::quote(db.id), hcl::quote(it != e.database_ids.end() ? it->second : str(db.id)));
            }
            w.close();
            w.close();
        }
        w.close();
        w.assign("environment", "local.environments[var.environment]");
        w.close();
        project = "local.environment.project_id";
        endpoint = "local.environment.endpoint";
    } else {
        w.open("variable \"project_id\"");
        w.assign("description", hcl::quote("The Appwrite project to deploy the schema to."));
        w.assign("type", "string");
        w.assign("default", hcl::quote(options.project_id.empty() ? str(v.project_id) : options.project_id));
        w.close();
        w.blank();
        w.open("variable \"endpoint\"");
        w.assign("description", hcl::quote("The Appwrite API endpoint (null: the provider reads APPWRITE_ENDPOINT)."));
        w.assign("type", "string");
        w.assign("default", options.endpoint.empty() ? "null" : hcl::quote(options.endpoint));
        w.close();
    }
    w.blank();
    w.comment("The API key comes from APPWRITE_API_KEY: never write it here.");
    w.open("provider \"appwrite\"");
    w.assign("endpoint", endpoint);
    w.assign("project_id", project);
    w.close();

    terraform_detail::names database_names;
    terraform_detail::names table_names;
    terraform_detail::names column_names;
    terraform_detail::names index_names;
    for (const auto& db : v.databases) {
        const auto db_name = database_names.take(db.id);
        const auto db_ref = "appwrite_tablesdb." + db_name + ".id";
        std::string id = hcl::quote(db.id);
        if (environments) id = "local.environment.database_ids[" + hcl::quote(db.id) + "]";
        else if (const auto it = options.database_ids.find(db.id); it != options.database_ids.end())
            id = hcl::quote(it->second);
        w.blank();
        w.open("resource \"appwrite_tablesdb\" " + hcl::quote(db_name));
        w.assign("id", id);
        w.assign("name", hcl::quote(db.name));
        if (!db.enabled) w.assign("enabled", "false");
        w.close();

        // Names first: relationships and indexes refer to tables and columns declared later.
        std::map<std::string, std::string> table_of;                           // lowercased collection ID -> name
        std::map<std::pair<std::string, std::string>, std::string> column_of;  // (collection, key), lowercased
        std::map<std::pair<std::string, std::string>, std::string> child_of;   // child side -> parent's name
        const auto lower = [](std::string_view s) {
            std::string out(s);
            for (auto& c : out) c = schema::detail::ascii_lower(c);
            return out;
        };
        std::map<std::uint32_t, std::string> name_of_attribute;  // index into v.attributes -> its resource name
        for (const auto& c : v.collections_of(db))  // an ID used twice (an error, --force): the first is referred to
            table_of.emplace(lower(c.id), table_names.take(db_name + "_" + str(c.id)));
        for (const auto& c : v.collections_of(db)) {
            const auto& table = table_of[lower(c.id)];
            for (std::uint32_t i = c.attributes.begin; i < c.attributes.end(); ++i) {
                const auto& a = v.attributes[i];
                if (v.extra_of(a).side == relation_side::child) continue;
                const auto name = column_names.take(table + "_" + str(a.key));
                name_of_attribute[i] = name;
                column_of.emplace(std::pair{lower(c.id), lower(a.key)}, name);
                if (a.type == attribute_type::relationship && v.extra_of(a).two_way)
                    child_of.emplace(
                        std::pair{lower(v.extra_of(a).related_collection),
                                  lower(v.extra_of(a).two_way_key.empty() ? c.id : v.extra_of(a).two_way_key)},
                        name);
            }
        }
        for (const auto& c : v.collections_of(db)) {
            const auto& table = table_of[lower(c.id)];
            const auto table_ref = "appwrite_tablesdb_table." + table + ".id";
            w.blank();
            w.open("resource \"appwrite_tablesdb_table\" " + hcl::quote(table));
            w.assign("database_id", db_ref);
            w.assign("id", hcl::quote(c.id));
            w.assign("name", hcl::quote(c.name));
            w.assign("permissions", hcl::quote_list(stored_permissions(v, c)));
            w.assign("row_security", c.document_security ? "true" : "false");
            if (!c.enabled) w.assign("enabled", "false");
            w.close();

            for (std::uint32_t i = c.attributes.begin; i < c.attributes.end(); ++i) {
                const auto& a = v.attributes[i];
                if (v.extra_of(a).side == relation_side::child) continue;
                const auto type = terraform_detail::written_type(a);
                w.blank();
                if (type != a.type && type != attribute_type::varchar)  // said on stderr too (terraform_notes)
                    w.comment("A string of size " + std::to_string(a.size) + " in the config, written as " +
                              str(spelling_of(type).name) + ": the provider's sized column (varchar) holds at most " +
                              std::to_string(rules::detail_attrs::max_varchar_size) + " characters.");
                w.open("resource \"appwrite_tablesdb_column\" " + hcl::quote(name_of_attribute[i]));
                w.assign("database_id", db_ref);
                w.assign("table_id", table_ref);
                w.assign("key", hcl::quote(a.key));
                w.assign("type", hcl::quote(spelling_of(type).command));  // the provider's words (F.6)
                if (type == attribute_type::varchar) w.assign("size", std::to_string(a.size));
                if (type != attribute_type::relationship) w.assign("required", a.required ? "true" : "false");
                if (a.array) w.assign("array", "true");
                if (const auto d = terraform_detail::default_text(a); d && !is_spatial_type(a.type))
                    w.assign("default", hcl::quote(*d));
                if (a.encrypt) w.assign("encrypt", "true");
                // Bounds the server fills in by itself (B.2) are no bounds: a pulled config has them.
                const bool has_min = a.min.present && !is_server_filled(a.min, true);
                const bool has_max = a.max.present && !is_server_filled(a.max, false);
                const bool integer = is_integer_type(a.type);
                if ((integer || a.type == attribute_type::double_) && has_min)
                    w.assign(integer ? "min" : "float_min", terraform_detail::number_text(a.min));
                if ((integer || a.type == attribute_type::double_) && has_max)
                    w.assign(integer ? "max" : "float_max", terraform_detail::number_text(a.max));
                if (a.type == attribute_type::enum_) {
                    std::vector<std::string> elements;
                    for (auto e : v.elements_of(a)) elements.push_back(str(e));
                    w.assign("elements", hcl::quote_list(elements));
                }
                if (a.type == attribute_type::relationship) {
                    const auto related = table_of.find(lower(v.extra_of(a).related_collection));
                    w.assign("related_table_id", related != table_of.end()
                                                     ? "appwrite_tablesdb_table." + related->second + ".id"
                                                     : hcl::quote(v.extra_of(a).related_collection));
                    w.assign("relationship_type", hcl::quote(name_of(v.extra_of(a).relation)));
                    w.assign("two_way", v.extra_of(a).two_way ? "true" : "false");
                    // The server fills an empty two-way key with the declaring table's ID (B.3); written
                    // out, so an index over the child side can refer to it.
                    if (v.extra_of(a).two_way)
                        w.assign("two_way_key",
                                 hcl::quote(v.extra_of(a).two_way_key.empty() ? c.id : v.extra_of(a).two_way_key));
                    w.assign("on_delete", hcl::quote(name_of(v.extra_of(a).on_delete)));
                }
                w.close();
            }

            for (const auto& ix : v.indexes_of(c)) {
                std::vector<std::string> columns;
                std::vector<std::string> orders;
                bool explicit_order = false;
                for (const auto& f : v.fields_of(ix)) {
                    const std::pair<std::string, std::string> at{lower(c.id), lower(f.attribute)};
                    if (const auto own = column_of.find(at); own != column_of.end())
                        columns.push_back("appwrite_tablesdb_column." + own->second + ".key");
                    else if (const auto child = child_of.find(at); child != child_of.end())
                        columns.push_back("appwrite_tablesdb_column." + child->second + ".two_way_key");
                    else columns.push_back(hcl::quote(f.attribute));
                    explicit_order = explicit_order || f.order != sort_order::unspecified;
                    orders.push_back(str(name_of(f.order == sort_order::desc ? sort_order::desc : sort_order::asc)));
                }
                w.blank();
                w.open("resource \"appwrite_tablesdb_index\" " +
                       hcl::quote(index_names.take(table + "_" + str(ix.key))));
                w.assign("database_id", db_ref);
                w.assign("table_id", table_ref);
                w.assign("key", hcl::quote(ix.key));
                w.assign("type", hcl::quote(name_of(ix.type)));
                w.assign("columns", hcl::list(columns));
                // One order per column, as the server returns them (F.5); a spatial index takes none
                // unless declared (C.3: PostgreSQL rejects them).
                if (ix.type != index_type::spatial || explicit_order) w.assign("orders", hcl::quote_list(orders));
                w.close();
            }
        }
    }
    return w.text();
}

}  // namespace appwrite::schema::emit

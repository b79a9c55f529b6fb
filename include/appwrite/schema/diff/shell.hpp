// A migration plan as shell scripts: the deployment in the order the server needs it, and a rollback
// that puts OLD's shape back. Commands and flags are those of appwrite-cli 12.0.1 (`databases …` for
// the collections shape, `tables-db …` for tables; checked against the CLI's requests, docs/diff.md):
//   databases, then collections, then index deletes, attribute renames and in-place updates,
//   recreated attributes deleted (and waited for), attributes created, relationships after every
//   collection exists, a wait until every new attribute is available, indexes, and deletes last.
// No step is expected to fail: what the CLI cannot send (a null default on an update — the server's
// update endpoints require `default`, F.6 — fractional numbers, which CLI 12 reads as integers, and
// spatial defaults, which it sends as strings) goes to the REST API through curl instead, with the
// request push itself would make. A pre-flight checks the CLI, its version and the project before the
// first change, and every step is printed before it runs.
// The rollback is the plan from NEW back to OLD (renames undone by key): what was created goes,
// in-place changes and renames are set back, and recreated or deleted attributes, collections and
// databases come back in their old shape — empty, which the script says.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <appwrite/schema/diff/plan.hpp>
#include <appwrite/schema/emit/config_json.hpp>
#include <appwrite/schema/permission_text.hpp>
#include <appwrite/schema/version_text.hpp>

namespace appwrite::schema::diff {

struct shell_options {
    bool tables = false;            // tables-db commands (tables shape) instead of databases commands
    std::uint32_t cli_version = 0;  // the CLI planned for: the pre-flight requires it; 0: 12.x or 27.x
};

struct shell_output {
    std::string deploy;
    std::string rollback;
};

namespace shell_detail {

inline std::string quote(std::string_view s) {
    std::string out = "'";
    for (char ch : s) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
    return out + "'";
}

// The deployment order (see the header comment).
enum class phase : int {
    databases,
    collections,
    index_deletes,
    renames,
    updates,
    recreate_deletes,
    attribute_creates,
    relationship_creates,
    attribute_waits,
    index_creates,
    attribute_deletes,
    collection_deletes,
    database_deletes,
};

struct step {
    phase when;
    std::vector<std::string> lines;  // commands (run through `step`) and comments
};

// The CLI's spelling of the two shapes (CLI 12 `databases` vs `tables-db`).
struct cli_words {
    std::string group, collection_flag, attribute, related_flag, index_fields_flag, security_flag;
    std::string create_collection, update_collection, delete_collection;
};

// clang-format off
inline cli_words words(bool tables) {
    if (tables)
        return {"tables-db",    "--table-id",   "column",       "--related-table-id", "--columns",
                "--row-security", "create-table", "update-table", "delete-table"};
    return {"databases",           "--collection-id",   "attribute",        "--related-collection-id", "--attributes",
            "--document-security", "create-collection", "update-collection", "delete-collection"};
}
// clang-format on

inline std::string number_text(const bound& b) {
    if (b.is_integer) return std::to_string(b.integer);
    return nlohmann::json(b.number).dump();
}

// A value CLI 12's parseInteger would truncate (no cast: a double beyond int64 has no integer value).
inline bool fractional(double x) { return std::isfinite(x) && x != std::trunc(x); }
inline bool fractional(const bound& b) { return b.present && !b.is_integer && fractional(b.number); }

// Why CLI 12's flags cannot carry this attribute's values; empty when they can.
inline std::string cli_cannot_send(const attribute_record& a, bool create) {
    if (a.type == attribute_type::relationship) return {};
    const auto& d = a.default_value;
    if (is_numeric_type(a.type) &&
        (fractional(a.min) || fractional(a.max) || (d.kind == value_kind::number && fractional(d.number))))
        return "CLI 12 reads float flags as integers and would truncate its fractional min/max/default";
    if (is_spatial_type(a.type) && d.present()) return "CLI 12 sends a spatial default as a string";
    if (!create && !d.present()) return "the update endpoint requires `default` and CLI 12 cannot send null";
    return {};
}

struct writer {
    const schema_view& before;  // the side the plan starts from
    const schema_view& after;   // the side it goes to
    cli_words w;
    bool tables = false;
    std::vector<step> steps;
    bool uses_api = false;  // a step goes through curl: the pre-flight checks its settings

    [[nodiscard]] std::string scope(std::string_view db, std::string_view coll = {}) const {
        std::string s = "--database-id " + quote(db);
        if (!coll.empty()) s += " " + w.collection_flag + " " + quote(coll);
        return s;
    }
    [[nodiscard]] std::string cmd(std::string_view verb) const {
        return "step appwrite " + w.group + " " + std::string(verb);
    }
    // The REST route of an attribute, as push uses it for both shapes (F.6).
    static std::string route(std::string_view db, std::string_view coll) {
        return "/databases/" + std::string(db) + "/collections/" + std::string(coll) + "/attributes";
    }

    // The values an attribute command carries besides its key; `create` adds what only creation takes.
    [[nodiscard]] std::string attribute_flags(const schema_view& v, const attribute_record& a, bool create) const {
        std::string s;
        if (a.type == attribute_type::relationship) {
            if (create) {
                s += " " + w.related_flag + " " + quote(v.extra_of(a).related_collection) + " --type " +
                     std::string(name_of(v.extra_of(a).relation)) + " --two-way " +
                     (v.extra_of(a).two_way ? "true" : "false");
                if (v.extra_of(a).two_way && !v.extra_of(a).two_way_key.empty())
                    s += " --two-way-key " + quote(v.extra_of(a).two_way_key);
            }
            return s + " --on-delete " + std::string(name_of(v.extra_of(a).on_delete));
        }
        s += std::string(" --required ") + (a.required ? "true" : "false");
        if (has_declared_size(a.type) && (create || a.size_present)) s += " --size " + std::to_string(a.size);
        if (a.type == attribute_type::enum_) {
            s += " --elements";
            for (auto e : v.elements_of(a)) s += " " + quote(e);
        }
        if (is_numeric_type(a.type)) {
            if (effective_bound(a.min, true)) s += " --min " + number_text(a.min);
            if (effective_bound(a.max, false)) s += " --max " + number_text(a.max);
        }
        const auto& d = a.default_value;
        if (d.kind == value_kind::string) s += " --xdefault " + quote(d.text);
        else if (d.kind == value_kind::integer) s += " --xdefault " + std::to_string(d.integer);
        else if (d.kind == value_kind::number) s += " --xdefault " + nlohmann::json(d.number).dump();
        else if (d.kind == value_kind::boolean) s += std::string(" --xdefault ") + (d.boolean ? "true" : "false");
        if (create) {
            if (a.array) s += " --array true";
            if (a.encrypt) s += " --encrypt true";
        }
        return s;
    }

    // The request body push sends for this attribute (F.6): absent bounds stay out, the default is
    // always there (null when there is none).
    [[nodiscard]] static nlohmann::ordered_json attribute_body(const schema_view& v, const attribute_record& a,
                                                               bool create, std::string_view new_key) {
        nlohmann::ordered_json j;
        if (create) j["key"] = std::string(a.key);
        j["required"] = a.required;
        if (has_declared_size(a.type) && (create || a.size_present)) j["size"] = a.size;
        if (a.type == attribute_type::enum_) {
            auto elements = nlohmann::ordered_json::array();
            for (auto e : v.elements_of(a)) elements.push_back(std::string(e));
            j["elements"] = std::move(elements);
        }
        if (is_numeric_type(a.type)) {
            if (effective_bound(a.min, true)) j["min"] = emit::detail::bound_json(a.min);
            if (effective_bound(a.max, false)) j["max"] = emit::detail::bound_json(a.max);
        }
        j["default"] = emit::detail::default_json(v, a);
        if (create && !is_spatial_type(a.type)) j["array"] = a.array;
        if (create && has_declared_size(a.type)) j["encrypt"] = a.encrypt;
        if (!new_key.empty()) j["newKey"] = std::string(new_key);
        return j;
    }

    [[nodiscard]] std::vector<std::string> rest(std::string_view why, std::string_view method, std::string path,
                                                const nlohmann::ordered_json& body) {
        uses_api = true;
        return {"# " + std::string(why) + ": through the REST API",
                "step api " + std::string(method) + " " + quote(path) + " " + quote(body.dump())};
    }

    [[nodiscard]] std::vector<std::string> create_attribute(const schema_view& v, std::string_view db,
                                                            std::string_view coll, const attribute_record& a) {
        const auto type_word = std::string(spelling_of(a.type).command);
        if (const auto why = cli_cannot_send(a, true); !why.empty())
            return rest(why, "POST", route(db, coll) + "/" + type_word, attribute_body(v, a, true, {}));
        return {cmd("create-" + type_word + "-" + w.attribute) + " " + scope(db, coll) + " --key " + quote(a.key) +
                attribute_flags(v, a, true)};
    }

    // An in-place update to `a`'s values, addressed by `key` (the old key for renames).
    [[nodiscard]] std::vector<std::string> update_attribute(const schema_view& v, std::string_view db,
                                                            std::string_view coll, std::string_view key,
                                                            const attribute_record& a, std::string_view new_key = {}) {
        const auto type_word = std::string(spelling_of(a.type).command);
        if (const auto why = cli_cannot_send(a, false); !why.empty())
            return rest(why, "PATCH", route(db, coll) + "/" + type_word + "/" + std::string(key),
                        attribute_body(v, a, false, new_key));
        return {cmd("update-" + type_word + "-" + w.attribute) + " " + scope(db, coll) + " --key " + quote(key) +
                (new_key.empty() ? "" : " --new-key " + quote(new_key)) + attribute_flags(v, a, false)};
    }

    [[nodiscard]] std::string delete_attribute(std::string_view db, std::string_view coll, std::string_view key) const {
        return cmd("delete-" + w.attribute) + " " + scope(db, coll) + " --key " + quote(key);
    }
    [[nodiscard]] std::string wait(std::string_view what, std::string_view db, std::string_view coll,
                                   std::string_view key, bool gone = false) const {
        return std::string(gone ? "step wait_until_deleted " : "step wait_until_available ") + std::string(what) + " " +
               scope(db, coll) + " --key " + quote(key);
    }

    [[nodiscard]] std::string create_index(const schema_view& v, std::string_view db, std::string_view coll,
                                           const index_record& ix) const {
        std::string fields;
        std::string orders;
        bool any_order = false;
        for (const auto& f : v.fields_of(ix)) {
            fields += " " + quote(f.attribute);
            orders += f.order == sort_order::desc ? " DESC" : " ASC";
            any_order = any_order || f.order != sort_order::unspecified;
        }
        // Spatial indexes take no orders unless declared (C.3); push sends what the file has (F.6).
        const bool send_orders = ix.type != index_type::spatial || any_order;
        return cmd("create-index") + " " + scope(db, coll) + " --key " + quote(ix.key) + " --type " +
               std::string(name_of(ix.type)) + " " + w.index_fields_flag + fields +
               (send_orders ? " --orders" + orders : "");
    }
    [[nodiscard]] std::string delete_index(std::string_view db, std::string_view coll, std::string_view key) const {
        return cmd("delete-index") + " " + scope(db, coll) + " --key " + quote(key);
    }

    // A flag with no values is not an empty list: the Go CLI takes the next flag as its value (the
    // oracle found `--permissions --document-security false` stored as a permission). No permissions:
    // a create leaves the flag out (none is the default); an update goes through REST with [].
    [[nodiscard]] std::vector<std::string> collection_command(bool create, const schema_view& v, std::string_view db,
                                                              const collection_record& c) {
        const auto permissions = stored_permissions(v, c);
        if (!create && permissions.empty()) {
            nlohmann::ordered_json body{{"name", std::string(c.name)},
                                        {"permissions", nlohmann::ordered_json::array()},
                                        {"documentSecurity", c.document_security},
                                        {"enabled", c.enabled}};
            return rest("a CLI flag cannot send an empty permission list", "PUT",
                        "/databases/" + std::string(db) + "/collections/" + std::string(c.id), body);
        }
        std::string s = cmd(create ? w.create_collection : w.update_collection) + " " + scope(db, c.id) + " --name " +
                        quote(c.name);
        if (!permissions.empty()) s += " --permissions";
        for (const auto& p : permissions) s += " " + quote(p);
        return {s + " " + w.security_flag + " " + (c.document_security ? "true" : "false") + " --enabled " +
                (c.enabled ? "true" : "false")};
    }
    [[nodiscard]] std::string database_command(std::string_view verb, const database_record& d) const {
        return cmd(verb) + " --database-id " + quote(d.id) + " --name " + quote(d.name) + " --enabled " +
               (d.enabled ? "true" : "false");
    }

    void add(phase when, std::vector<std::string> lines) { steps.push_back({when, std::move(lines)}); }
    void add(phase when, std::string line) { add(when, std::vector<std::string>{std::move(line)}); }

    // A thing created again that held data before the deployment (the rollback of a delete or a
    // recreate): it comes back empty.
    static std::string empty_again(const change& c) {
        return "# " + std::string(name_of(c.what)) + " " + c.database +
               (c.collection.empty() ? "" : "/" + c.collection) + (c.key.empty() ? "" : "/" + c.key) +
               " comes back empty: its data was lost in the deployment; restore it from a backup";
    }

    void created_attribute(const change& c, const attribute_record& a) {
        const auto& db = c.database;
        const auto& coll = c.collection;
        add(a.type == attribute_type::relationship ? phase::relationship_creates : phase::attribute_creates,
            create_attribute(after, db, coll, a));
        add(phase::attribute_waits, wait(w.attribute, db, coll, a.key));
    }

    void plan_step(const change& c) {
        const auto& db = c.database;
        const auto& coll = c.collection;
        switch (c.what) {
            case subject::database:
                if (c.kind == change_kind::create) add(phase::databases, database_command("create", *c.new_database));
                else if (c.kind == change_kind::update)
                    add(phase::databases, database_command("update", *c.new_database));
                else add(phase::database_deletes, cmd("delete") + " --database-id " + quote(db));
                return;
            case subject::collection:
                if (c.kind == change_kind::create)
                    add(phase::collections, collection_command(true, after, db, *c.new_collection));
                else if (c.kind == change_kind::update)
                    add(phase::collections, collection_command(false, after, db, *c.new_collection));
                else add(phase::collection_deletes, cmd(w.delete_collection) + " " + scope(db, coll));
                return;
            case subject::index:
                if (c.kind != change_kind::create)  // delete, or recreate: the old one goes first
                    add(phase::index_deletes, {delete_index(db, coll, c.key), wait("index", db, coll, c.key, true)});
                if (c.kind != change_kind::remove)
                    add(phase::index_creates,
                        {create_index(after, db, coll, *c.new_index), wait("index", db, coll, c.key)});
                return;
            case subject::attribute: break;
        }
        switch (c.kind) {
            case change_kind::create: created_attribute(c, *c.new_attribute); return;
            case change_kind::rename:
                add(phase::renames, update_attribute(after, db, coll, c.from, *c.new_attribute, c.to));
                return;
            case change_kind::update:
                add(phase::updates, update_attribute(after, db, coll, c.key, *c.new_attribute));
                return;
            case change_kind::recreate: {
                const auto& old_key = c.old_attribute->key;
                add(phase::recreate_deletes,
                    {delete_attribute(db, coll, old_key), wait(w.attribute, db, coll, old_key, true)});
                created_attribute(c, *c.new_attribute);
                return;
            }
            case change_kind::remove:
                add(phase::attribute_deletes,
                    {delete_attribute(db, coll, c.key), wait(w.attribute, db, coll, c.key, true)});
                return;
        }
    }
};

// The helpers every script starts with, and the pre-flight that runs before the first change.
// `wait_until_*` poll `get-attribute`/`get-column`/`get-index` (with --json) until the status is
// available, or until the resource is gone; statuses come from the server: available, processing,
// deleting, stuck, failed.
// clang-format off
inline std::string prologue(std::string_view group, std::string_view title, std::string_view cli_pattern,
                            std::string_view cli_name, bool uses_api) {
    const std::string g(group);
    std::string s = "#!/bin/sh\n# " + std::string(title) +
        "\n# Generated by appwrite-schema diff. Review it before running. The appwrite CLI must be logged in to the\n"
        "# project:\n"
        "#   appwrite client --endpoint https://<host>/v1 --project-id <project> --key <api key>\n";
    if (uses_api)
        s += "# Steps the CLI cannot send go to the REST API with curl, which needs APPWRITE_ENDPOINT,\n"
             "# APPWRITE_PROJECT_ID and APPWRITE_API_KEY (an API key with the databases scopes).\n";
    s += "set -eu\n"
         "APPWRITE_WAIT_SECONDS=${APPWRITE_WAIT_SECONDS:-300}\n\n"
         "step() {  # prints a step, then runs it\n"
         "    echo \"+ $*\" >&2\n"
         "    \"$@\"\n"
         "}\n\n";
    if (uses_api)
        s += "api() {  # METHOD PATH JSON: one REST request, as push would send it\n"
             "    curl -fsS -X \"$1\" \"${APPWRITE_ENDPOINT%/}$2\" -H 'Content-Type: application/json' \\\n"
             "        -H \"X-Appwrite-Project: $APPWRITE_PROJECT_ID\" -H \"X-Appwrite-Key: $APPWRITE_API_KEY\" \\\n"
             "        --data \"$3\" >/dev/null\n"
             "}\n\n";
    s += "wait_until_available() {  # attribute|column|index, then the get command's flags\n"
         "    what=$1; shift; waited=0\n"
         "    while :; do\n"
         "        out=$(appwrite --json " + g + " get-\"$what\" \"$@\" 2>/dev/null || true)\n"
         "        case $out in\n"
         "            *'\"status\":\"available\"'* | *'\"status\": \"available\"'*) return 0 ;;\n"
         "            *'\"status\":\"failed\"'* | *'\"status\": \"failed\"'* | *'\"status\":\"stuck\"'* | *'\"status\": \"stuck\"'*)\n"
         "                echo \"$what $* failed on the server: $out\" >&2; return 1 ;;\n"
         "        esac\n"
         "        waited=$((waited + 1))\n"
         "        if [ \"$waited\" -ge \"$APPWRITE_WAIT_SECONDS\" ]; then echo \"timed out waiting for $what $*\" >&2; return 1; fi\n"
         "        sleep 1\n"
         "    done\n"
         "}\n\n"
         "wait_until_deleted() {  # attribute|column|index, then the get command's flags\n"
         "    what=$1; shift; waited=0\n"
         "    while appwrite --json " + g + " get-\"$what\" \"$@\" >/dev/null 2>&1; do\n"
         "        waited=$((waited + 1))\n"
         "        if [ \"$waited\" -ge \"$APPWRITE_WAIT_SECONDS\" ]; then echo \"timed out deleting $what $*\" >&2; return 1; fi\n"
         "        sleep 1\n"
         "    done\n"
         "}\n\n"
         "# Pre-flight: nothing has changed yet.\n"
         "command -v appwrite >/dev/null 2>&1 || { echo 'the appwrite CLI is not installed (appwrite-cli " + std::string(cli_name) + ")' >&2; exit 1; }\n"
         "cli_version=$(appwrite --version 2>/dev/null | grep -Eo '[0-9]+[.][0-9]+[.][0-9]+' | head -n 1 || true)\n"
         "case $cli_version in\n"
         "    " + std::string(cli_pattern) + ") ;;\n"
         "    *) echo \"this script is written for appwrite-cli " + std::string(cli_name) + ", found '$cli_version'\" >&2; exit 1 ;;\n"
         "esac\n"
         "appwrite --json " + g + " list >/dev/null 2>&1 || { echo 'the appwrite CLI cannot list the databases: set the endpoint, project and key (appwrite client ...)' >&2; exit 1; }\n";
    if (uses_api)
        s += "command -v curl >/dev/null 2>&1 || { echo 'curl is not installed' >&2; exit 1; }\n"
             ": \"${APPWRITE_ENDPOINT:?set APPWRITE_ENDPOINT (https://<host>/v1)}\" \"${APPWRITE_PROJECT_ID:?set APPWRITE_PROJECT_ID}\" \"${APPWRITE_API_KEY:?set APPWRITE_API_KEY}\"\n"
             "curl -fsS \"${APPWRITE_ENDPOINT%/}/databases\" -H \"X-Appwrite-Project: $APPWRITE_PROJECT_ID\" -H \"X-Appwrite-Key: $APPWRITE_API_KEY\" >/dev/null ||\n"
             "    { echo \"the REST API at $APPWRITE_ENDPOINT refuses the project or key\" >&2; exit 1; }\n";
    return s;
}
// clang-format on

inline std::string_view phase_title(phase p) {
    switch (p) {
        case phase::databases: return "databases";
        case phase::collections: return "collections";
        case phase::index_deletes: return "indexes that go or change: delete first";
        case phase::renames: return "renames (previousKey)";
        case phase::updates: return "in-place updates";
        case phase::recreate_deletes: return "attributes recreated: delete the old one (DATA LOSS)";
        case phase::attribute_creates: return "new attributes";
        case phase::relationship_creates: return "relationships (every collection exists now)";
        case phase::attribute_waits: return "wait until every new attribute is available";
        case phase::index_creates: return "indexes";
        case phase::attribute_deletes: return "attribute deletes (DATA LOSS)";
        case phase::collection_deletes: return "collection deletes (DATA LOSS)";
        case phase::database_deletes: return "database deletes (DATA LOSS)";
    }
    return "";
}

// The CLI versions the pre-flight accepts, as a `case` pattern, and how the script names them: the
// planned version exactly, or the CLIs the commands were run with end to end (12.0.1, the Go CLI
// 27.3.0: tests/cli/oracle_scripts.sh).
inline std::pair<std::string, std::string> cli_requirement(std::uint32_t cli) {
    if (cli == 0) return {"12.* | 27.*", "12.x or 27.x"};
    const auto text = version_text(cli);
    return {"\"" + text + "\"", text};
}

// One script: the steps of `p` in deployment order, each phase under its title.
inline std::string script(const plan& p, const schema_view& from, const schema_view& to, const shell_options& options,
                          const std::string& title, const std::vector<std::string>& preamble) {
    writer wr{from, to, words(options.tables), options.tables, {}};
    for (const auto& c : p.changes) wr.plan_step(c);
    const auto [pattern, name] = cli_requirement(options.cli_version);
    std::string out = prologue(wr.w.group, title, pattern, name, wr.uses_api);
    for (const auto& line : preamble) out += line + "\n";
    // Into deployment order, keeping the plan's order within a phase (a bucket pass: std::stable_sort
    // warns under clang 19 with libstdc++ 12).
    bool any = false;
    for (int ph = 0; ph <= static_cast<int>(phase::database_deletes); ++ph) {
        bool titled = false;
        for (const auto& s : wr.steps) {
            if (static_cast<int>(s.when) != ph) continue;
            if (!titled) out += "\n# " + std::string(phase_title(s.when)) + "\n";
            titled = true;
            any = true;
            for (const auto& line : s.lines) out += line + "\n";
        }
    }
    out += any ? "\necho 'done' >&2\n" : "\n# nothing to change\n";
    return out;
}

}  // namespace shell_detail

// The deployment script and its rollback. The views must be the ones the plan was made from.
inline shell_output shell_scripts(const plan& p, const schema_view& before, const schema_view& after,
                                  const shell_options& options = {}) {
    using namespace shell_detail;
    shell_output out;
    out.deploy = script(p, before, after, options,
                        "Deployment: " + std::to_string(p.changes.size()) + " schema changes, " +
                            std::to_string(p.losses()) + " losing data.",
                        {});
    // The rollback is the plan back: NEW to OLD, renames undone.
    const auto back = make_plan(after, before,
                                {.cli_version = options.cli_version, .tables = options.tables, .undo_renames = true});
    std::vector<std::string> lost;
    for (const auto& c : p.changes)
        if (c.data_loss) lost.push_back(writer::empty_again(c));
    if (!lost.empty()) lost.insert(lost.begin(), "\n# What the deployment deleted cannot be brought back here:");
    out.rollback = script(back, after, before, options,
                          "Rollback of the deployment: puts the old schema back (" +
                              std::to_string(back.changes.size()) + " changes).",
                          lost);
    return out;
}

}  // namespace appwrite::schema::diff

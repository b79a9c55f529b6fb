// A migration plan as shell scripts of Appwrite CLI commands: the deployment in the order the server
// needs it, and a rollback of the steps that can be undone. Commands and flags are those of
// appwrite-cli 12.0.1 (`databases …` for the collections shape, `tables-db …` for tables; flags
// checked against the CLI's requests, see docs/diff.md):
//   databases, then collections, then index deletes, attribute renames and in-place updates,
//   recreated attributes deleted (and waited for), attributes created, relationships after every
//   collection exists, a wait until every new attribute is available, indexes, and deletes last.
// Undoable: creates (delete them), in-place updates and renames (set the old values), index changes
// (restore the old index). Deleted or recreated data cannot come back: the rollback says so.
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <appwrite/schema/diff/plan.hpp>
#include <appwrite/schema/permission_text.hpp>

namespace appwrite::schema::diff {

struct shell_options {
    bool tables = false;  // tables-db commands (tables shape) instead of databases commands
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
    std::vector<std::string> deploy;
    std::vector<std::string> rollback;  // undoes `deploy`; comments where it cannot
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

struct writer {
    const schema_view& before;
    const schema_view& after;
    cli_words w;
    std::vector<step> steps;

    [[nodiscard]] std::string scope(std::string_view db, std::string_view coll = {}) const {
        std::string s = "--database-id " + quote(db);
        if (!coll.empty()) s += " " + w.collection_flag + " " + quote(coll);
        return s;
    }
    [[nodiscard]] std::string cmd(std::string_view verb) const {
        return "appwrite " + w.group + " " + std::string(verb);
    }

    // The values an attribute command carries besides its key; `create` adds what only creation takes.
    [[nodiscard]] std::string attribute_values(const schema_view& v, const attribute_record& a, bool create,
                                               std::vector<std::string>& warnings) const {
        std::string s;
        if (a.type == attribute_type::relationship) {
            if (create) {
                s += " " + w.related_flag + " " + quote(a.related_collection) + " --type " +
                     std::string(name_of(a.relation)) + " --two-way " + (a.two_way ? "true" : "false");
                if (a.two_way && !a.two_way_key.empty()) s += " --two-way-key " + quote(a.two_way_key);
            }
            return s + " --on-delete " + std::string(name_of(a.on_delete));
        }
        s += std::string(" --required ") + (a.required ? "true" : "false");
        if (has_declared_size(a.type) && (create || a.size_present)) s += " --size " + std::to_string(a.size);
        if (a.type == attribute_type::enum_) {
            s += " --elements";
            for (auto e : v.elements_of(a)) s += " " + quote(e);
        }
        if (is_numeric_type(a.type)) {
            if (const auto low = detail::effective_bound(a.min, true)) s += " --min " + number_text(a.min);
            if (const auto high = detail::effective_bound(a.max, false)) s += " --max " + number_text(a.max);
            if (fractional(a.min) || fractional(a.max) ||
                (a.default_value.kind == value_kind::number && fractional(a.default_value.number)))
                warnings.push_back("CLI 12 reads float flags as integers (parseInteger) and truncates " +
                                   std::string(a.key) +
                                   "'s fractional min/max/default: set them with appwrite push or the console");
        }
        const auto& d = a.default_value;
        if (is_spatial_type(a.type) && d.present()) {
            warnings.push_back("CLI 12 sends spatial defaults as strings: set " + std::string(a.key) +
                               "'s default with appwrite push or the console");
        } else if (d.kind == value_kind::string) {
            s += " --xdefault " + quote(d.text);
        } else if (d.kind == value_kind::integer) {
            s += " --xdefault " + std::to_string(d.integer);
        } else if (d.kind == value_kind::number) {
            s += " --xdefault " + nlohmann::json(d.number).dump();
        } else if (d.kind == value_kind::boolean) {
            s += std::string(" --xdefault ") + (d.boolean ? "true" : "false");
        } else if (!create && !is_spatial_type(a.type)) {
            // F.6: the update endpoints require `default`, and CLI 12 cannot send null (`--xdefault
            // null` is the string "null"); push sends `"default": null` from the config.
            warnings.push_back("no default: if the server answers that 'default' is missing, apply this update to " +
                               std::string(a.key) + " with appwrite push");
        }
        if (create) {
            if (a.array) s += " --array true";
            if (a.encrypt) s += " --encrypt true";
        }
        return s;
    }

    [[nodiscard]] std::vector<std::string> create_attribute(const schema_view& v, std::string_view db,
                                                            std::string_view coll, const attribute_record& a) const {
        std::vector<std::string> warnings;
        const auto values = attribute_values(v, a, true, warnings);
        std::vector<std::string> lines;
        for (const auto& x : warnings) lines.push_back("# " + x);
        lines.push_back(cmd("create-" + std::string(spelling_of(a.type).command) + "-" + w.attribute) + " " +
                        scope(db, coll) + " --key " + quote(a.key) + values);
        return lines;
    }

    // An in-place update to `a`'s values, addressed by `key` (the old key for renames).
    [[nodiscard]] std::vector<std::string> update_attribute(const schema_view& v, std::string_view db,
                                                            std::string_view coll, std::string_view key,
                                                            const attribute_record& a,
                                                            std::string_view new_key = {}) const {
        std::vector<std::string> warnings;
        const auto values = attribute_values(v, a, false, warnings);
        std::vector<std::string> lines;
        for (const auto& x : warnings) lines.push_back("# " + x);
        lines.push_back(cmd("update-" + std::string(spelling_of(a.type).command) + "-" + w.attribute) + " " +
                        scope(db, coll) + " --key " + quote(key) +
                        (new_key.empty() ? "" : " --new-key " + quote(new_key)) + values);
        return lines;
    }

    [[nodiscard]] std::string delete_attribute(std::string_view db, std::string_view coll, std::string_view key) const {
        return cmd("delete-" + w.attribute) + " " + scope(db, coll) + " --key " + quote(key);
    }
    [[nodiscard]] std::string wait(std::string_view what, std::string_view db, std::string_view coll,
                                   std::string_view key, bool gone = false) const {
        return std::string(gone ? "wait_until_deleted " : "wait_until_available ") + std::string(what) + " " +
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

    [[nodiscard]] std::string collection_command(std::string_view verb, const schema_view& v, std::string_view db,
                                                 const collection_record& c) const {
        std::string s = cmd(verb) + " " + scope(db, c.id) + " --name " + quote(c.name) + " --permissions";
        for (const auto& p : stored_permissions(v, c)) s += " " + quote(p);
        return s + " " + w.security_flag + " " + (c.document_security ? "true" : "false") + " --enabled " +
               (c.enabled ? "true" : "false");
    }
    [[nodiscard]] std::string database_command(std::string_view verb, const database_record& d) const {
        return cmd(verb) + " --database-id " + quote(d.id) + " --name " + quote(d.name) + " --enabled " +
               (d.enabled ? "true" : "false");
    }

    void add(phase when, std::vector<std::string> deploy, std::vector<std::string> rollback) {
        steps.push_back({when, std::move(deploy), std::move(rollback)});
    }
    static std::string lost(const change& c, std::string_view how) {
        std::string where = c.database + (c.collection.empty() ? "" : "/" + c.collection) +
                            (c.key.empty() ? "" : "/" + c.key);
        return "# cannot undo: " + std::string(how) + " " + std::string(name_of(c.what)) + " " + where +
               " lost its data; restore it from a backup";
    }

    void plan_step(const change& c) {
        const auto& db = c.database;
        const auto& coll = c.collection;
        switch (c.what) {
            case subject::database:
                if (c.kind == change_kind::create)
                    add(phase::databases, {database_command("create", *c.new_database)},
                        {cmd("delete") + " --database-id " + quote(db)});
                else if (c.kind == change_kind::update)
                    add(phase::databases, {database_command("update", *c.new_database)},
                        {database_command("update", *c.old_database)});
                else
                    add(phase::database_deletes, {cmd("delete") + " --database-id " + quote(db)}, {lost(c, "deleted")});
                return;
            case subject::collection:
                if (c.kind == change_kind::create)
                    add(phase::collections, {collection_command(w.create_collection, after, db, *c.new_collection)},
                        {cmd(w.delete_collection) + " " + scope(db, coll)});
                else if (c.kind == change_kind::update)
                    add(phase::collections, {collection_command(w.update_collection, after, db, *c.new_collection)},
                        {collection_command(w.update_collection, before, db, *c.old_collection)});
                else
                    add(phase::collection_deletes, {cmd(w.delete_collection) + " " + scope(db, coll)},
                        {lost(c, "deleted")});
                return;
            case subject::index:
                if (c.kind == change_kind::create) {
                    add(phase::index_creates,
                        {create_index(after, db, coll, *c.new_index), wait("index", db, coll, c.key)},
                        {delete_index(db, coll, c.key), wait("index", db, coll, c.key, true)});
                } else if (c.kind == change_kind::remove) {
                    add(phase::index_deletes, {delete_index(db, coll, c.key), wait("index", db, coll, c.key, true)},
                        {create_index(before, db, coll, *c.old_index), wait("index", db, coll, c.key)});
                } else {  // recreate: the old one goes first, the new one comes after the attributes
                    add(phase::index_deletes, {delete_index(db, coll, c.key), wait("index", db, coll, c.key, true)},
                        {create_index(before, db, coll, *c.old_index), wait("index", db, coll, c.key)});
                    add(phase::index_creates,
                        {create_index(after, db, coll, *c.new_index), wait("index", db, coll, c.key)},
                        {delete_index(db, coll, c.key), wait("index", db, coll, c.key, true)});
                }
                return;
            case subject::attribute: break;
        }
        const auto kind = w.attribute;
        switch (c.kind) {
            case change_kind::create: {
                const auto& a = *c.new_attribute;
                add(a.type == attribute_type::relationship ? phase::relationship_creates : phase::attribute_creates,
                    create_attribute(after, db, coll, a),
                    {delete_attribute(db, coll, a.key), wait(kind, db, coll, a.key, true)});
                add(phase::attribute_waits, {wait(kind, db, coll, a.key)}, {});
                return;
            }
            case change_kind::rename:
                add(phase::renames, update_attribute(after, db, coll, c.from, *c.new_attribute, c.to),
                    update_attribute(before, db, coll, c.to, *c.old_attribute, c.from));
                return;
            case change_kind::update:
                add(phase::updates, update_attribute(after, db, coll, c.key, *c.new_attribute),
                    update_attribute(before, db, coll, c.key, *c.old_attribute));
                return;
            case change_kind::recreate: {
                const auto& old_key = c.old_attribute->key;
                add(phase::recreate_deletes, {delete_attribute(db, coll, old_key), wait(kind, db, coll, old_key, true)},
                    {lost(c, "recreated")});
                const auto& a = *c.new_attribute;
                add(a.type == attribute_type::relationship ? phase::relationship_creates : phase::attribute_creates,
                    create_attribute(after, db, coll, a), {});
                add(phase::attribute_waits, {wait(kind, db, coll, a.key)}, {});
                return;
            }
            case change_kind::remove:
                add(phase::attribute_deletes, {delete_attribute(db, coll, c.key), wait(kind, db, coll, c.key, true)},
                    {lost(c, "deleted")});
                return;
        }
    }
};

// Polls `get-attribute`/`get-column`/`get-index` (with --json) until the status is available, or
// until the resource is gone. Statuses come from the server: available, processing, deleting,
// stuck, failed.
// clang-format off
inline std::string prologue(std::string_view group, std::string_view title) {
    std::string s = "#!/bin/sh\n# " + std::string(title) +
                    "\n# Generated by appwrite-schema diff. Review it before running. The appwrite CLI must be logged in:\n"
                    "#   appwrite client --endpoint https://<host>/v1 --project-id <project> --key <api key>\n"
                    "set -eu\n"
                    "APPWRITE_WAIT_SECONDS=${APPWRITE_WAIT_SECONDS:-300}\n\n";
    s += "wait_until_available() {  # attribute|column|index, then the get command's flags\n"
         "    what=$1; shift; waited=0\n"
         "    while :; do\n"
         "        out=$(appwrite --json " + std::string(group) + " get-\"$what\" \"$@\" 2>/dev/null || true)\n"
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
         "    while appwrite --json " + std::string(group) + " get-\"$what\" \"$@\" >/dev/null 2>&1; do\n"
         "        waited=$((waited + 1))\n"
         "        if [ \"$waited\" -ge \"$APPWRITE_WAIT_SECONDS\" ]; then echo \"timed out deleting $what $*\" >&2; return 1; fi\n"
         "        sleep 1\n"
         "    done\n"
         "}\n";
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

}  // namespace shell_detail

// The deployment script and its rollback. The views must be the ones the plan was made from.
inline shell_output shell_scripts(const plan& p, const schema_view& before, const schema_view& after,
                                  const shell_options& options = {}) {
    using namespace shell_detail;
    writer wr{before, after, words(options.tables), {}};
    for (const auto& c : p.changes) wr.plan_step(c);
    // Into deployment order, keeping the plan's order within a phase (a bucket pass: std::stable_sort
    // warns under clang 19 with libstdc++ 12).
    std::vector<step> ordered;
    ordered.reserve(wr.steps.size());
    for (int ph = 0; ph <= static_cast<int>(phase::database_deletes); ++ph)
        for (auto& s : wr.steps)
            if (static_cast<int>(s.when) == ph) ordered.push_back(std::move(s));
    wr.steps = std::move(ordered);

    shell_output out;
    out.deploy = prologue(wr.w.group, "Deployment: " + std::to_string(p.changes.size()) + " schema changes, " +
                                          std::to_string(p.losses()) + " losing data.");
    bool first = true;
    phase current{};
    for (const auto& s : wr.steps) {
        if (first || s.when != current) {
            out.deploy += "\n# " + std::string(phase_title(s.when)) + "\n";
            current = s.when;
            first = false;
        }
        for (const auto& line : s.deploy) out.deploy += line + "\n";
    }
    if (wr.steps.empty()) out.deploy += "\n# nothing to change\n";

    out.rollback = prologue(wr.w.group, "Rollback of the deployment, in reverse order: undoes what can be undone.");
    out.rollback += "\n";
    for (auto it = wr.steps.rbegin(); it != wr.steps.rend(); ++it)
        for (const auto& line : it->rollback) out.rollback += line + "\n";
    return out;
}

}  // namespace appwrite::schema::diff

// A migration plan between two schema versions, offline: what `appwrite push` would create, update in
// place, recreate (dropping the attribute's data), delete or rename — per database, collection,
// attribute and index (reference F.6).
//
// Classes follow CLI >= 24.1: size (string/varchar), required, default, elements, min, max and
// onDelete update in place; type, format, array, encrypt and the relationship's topology (related
// collection, relation type, two-way, two-way key) recreate; `previousKey` renames in place. Older
// CLIs (12 … 24.0) compare every key but required/default/elements/min/max and recreate on any other
// difference, and know no `previousKey`: planned for such a CLI (plan_options::cli_version), those
// changes lose data too; planned for a newer one, they are flagged (`cli12_recreates`).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <appwrite/schema/accept_loss.hpp>
#include <appwrite/schema/detail/text.hpp>
#include <appwrite/schema/diff/warnings.hpp>
#include <appwrite/schema/permission_text.hpp>
#include <appwrite/schema/profile.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema::diff {
enum class change_kind : std::uint8_t { create, update, recreate, remove, rename };
enum class subject : std::uint8_t { database, collection, attribute, index };
}  // namespace appwrite::schema::diff

// The spellings of the plan's own vocabularies (reports, JSON, scripts).
namespace appwrite::schema {
template <>
struct vocabulary<diff::change_kind> {
    static constexpr std::string_view none = "update";
    static constexpr spelling_row<diff::change_kind> rows[] = {
        {diff::change_kind::create, "create", ""},     {diff::change_kind::update, "update", ""},
        {diff::change_kind::recreate, "recreate", ""}, {diff::change_kind::remove, "delete", ""},
        {diff::change_kind::rename, "rename", ""},
    };
};
template <>
struct vocabulary<diff::subject> {
    static constexpr std::string_view none = "attribute";
    static constexpr spelling_row<diff::subject> rows[] = {
        {diff::subject::database, "database", ""},
        {diff::subject::collection, "collection", ""},
        {diff::subject::attribute, "attribute", ""},
        {diff::subject::index, "index", ""},
    };
};
}  // namespace appwrite::schema

namespace appwrite::schema::diff {

struct plan_options {
    std::uint32_t cli_version = 0;              // the CLI that pushes NEW; 0 = the newest
    std::span<const accepted_loss> accepted{};  // losses the author means (accept_loss.hpp)
    bool tables = false;                        // NEW is in the tables shape (what push sends differs, F.6)
    // Planning back (a rollback): an attribute of `before` renamed from a key of `after`
    // (`previousKey`) is renamed back, not deleted and created.
    bool undo_renames = false;
};

struct change {
    change_kind kind = change_kind::update;
    subject what = subject::attribute;
    std::string database;
    std::string collection;           // empty for databases
    std::string key;                  // attribute or index key; empty for databases and collections
    std::vector<std::string> fields;  // what differs, e.g. {"size"} or {"type"}
    std::string from;                 // old and new value of the first field, for people
    std::string to;
    bool data_loss = false;        // deletes the data of an attribute, a collection or a database
    bool cli12_recreates = false;  // in place here, but CLI < 24.1 deletes and recreates it
    bool accepted = false;         // data loss the schema accepts
    // What `appwrite push` does differently (found by the CLI oracle, tests/cli/oracle_check.py): it
    // leaves this change out (the shell script makes it), or it fails on it.
    bool push_leaves = false;
    bool push_fails = false;
    std::string note;  // what people should know (push behaviour, F.6)
    // Steps the server may refuse, or that change what stored documents mean (warnings.hpp).
    std::vector<std::string> warnings;
    // A delete and a create of the same shape in one collection: the other key of the pair (the
    // create's old key, the delete's new key), so the report can ask whether it is a rename.
    std::string looks_renamed;
    // The records on either side, for scripts; null where the thing does not exist.
    const database_record* old_database = nullptr;
    const database_record* new_database = nullptr;
    const collection_record* old_collection = nullptr;
    const collection_record* new_collection = nullptr;
    const attribute_record* old_attribute = nullptr;
    const attribute_record* new_attribute = nullptr;
    const index_record* old_index = nullptr;
    const index_record* new_index = nullptr;

    // The acceptance that lets this change through, for changes that lose data.
    [[nodiscard]] std::optional<accepted_loss> acceptance() const {
        if (!data_loss) return std::nullopt;
        switch (what) {
            case subject::database: return loss::dropped_database(database);
            case subject::collection: return loss::dropped_collection(database, collection);
            case subject::attribute:
                return kind == change_kind::remove ? loss::dropped_attribute(database, collection, key)
                                                   : loss::recreated_attribute(database, collection, key);
            case subject::index: break;
        }
        return std::nullopt;
    }
};

struct plan {
    std::vector<change> changes;
    std::vector<accepted_loss> unused_acceptances;  // matched no change: stale once deployed

    [[nodiscard]] std::size_t losses() const {
        std::size_t n = 0;
        for (const auto& c : changes) n += c.data_loss ? 1 : 0;
        return n;
    }
    [[nodiscard]] std::size_t unaccepted_losses() const {
        std::size_t n = 0;
        for (const auto& c : changes) n += c.data_loss && !c.accepted ? 1 : 0;
        return n;
    }
    [[nodiscard]] std::size_t warnings() const {
        std::size_t n = 0;
        for (const auto& c : changes) n += c.warnings.size();
        return n;
    }
    // What `--fail-on destructive` fails on.
    [[nodiscard]] bool destructive() const { return unaccepted_losses() > 0; }
};

// Who accepts a loss, and so how the report spells the acceptance: a C++ schema's author adds
// accept_data_loss to the declaration; a user of `appwrite-schema diff` on files passes --accept.
enum class acceptance_spelling : std::uint8_t { cpp, command_line };

// The DSL line, or the --accept argument, that accepts a change: what `--fail-on destructive`
// tells the author to add.
inline std::string acceptance_line(const accepted_loss& a, acceptance_spelling spelling = acceptance_spelling::cpp) {
    const bool has_collection = a.kind != loss_kind::dropped_database;
    const bool has_key = a.kind == loss_kind::dropped_attribute || a.kind == loss_kind::recreated_attribute;
    if (spelling == acceptance_spelling::command_line)
        return std::string(name_of(a.kind)) + ":" + std::string(a.database) +
               (has_collection ? "/" + std::string(a.collection) : "") + (has_key ? "/" + std::string(a.key) : "");
    auto quoted = [](std::string_view s) { return "\"" + std::string(s) + "\""; };
    std::string args = quoted(a.database);
    if (has_collection) args += ", " + quoted(a.collection);
    if (has_key) args += ", " + quoted(a.key);
    return ".accept_data_loss(aw::loss::" + std::string(name_of(a.kind)) + "(" + args + "))";
}

// For a create that looks like a rename (change::looks_renamed): the line that makes it one, in the
// author's source — the DSL call on the attribute, or the config key in the file.
inline std::string rename_line(const change& created, acceptance_spelling spelling = acceptance_spelling::cpp) {
    if (spelling == acceptance_spelling::cpp)
        return ".renamed_from(\"" + created.looks_renamed + "\") on " + created.database + "/" + created.collection +
               "/" + created.key;
    return "\"previousKey\": \"" + created.looks_renamed + "\" in " + created.database + "/" + created.collection +
           "/" + created.key + " of NEW";
}

namespace detail {

inline std::string str(std::string_view s) { return std::string(s); }
inline std::string flag(bool b) { return b ? "true" : "false"; }

inline std::string value_text(const value_ref& d) {
    switch (d.kind) {
        case value_kind::absent:
        case value_kind::null: return "null";
        case value_kind::string: return "\"" + str(d.text) + "\"";
        case value_kind::integer: return std::to_string(d.integer);
        case value_kind::number: return std::to_string(d.number);
        case value_kind::boolean: return flag(d.boolean);
        default: return d.text.empty() ? "(value)" : str(d.text);
    }
}

// Bounds the server fills itself (int64 extremes, +-PHP_FLOAT_MAX) compare equal to absent ones.
inline bool same_bound(const bound& a, const bound& b, bool low) {
    const auto ea = effective_bound(a, low);
    const auto eb = effective_bound(b, low);
    if (ea.has_value() != eb.has_value()) return false;
    if (!ea) return true;
    if (a.is_integer && b.is_integer) return a.integer == b.integer;
    return *ea == *eb;
}

inline std::string bound_text(const bound& x, bool low) {
    const auto e = effective_bound(x, low);
    if (!e) return "none";
    return x.is_integer ? std::to_string(x.integer) : std::to_string(x.number);
}

inline bool same_default(const value_ref& a, const value_ref& b) {
    if (a.present() != b.present()) return false;
    if (!a.present()) return true;
    const bool numbers = (a.kind == value_kind::integer || a.kind == value_kind::number) &&
                         (b.kind == value_kind::integer || b.kind == value_kind::number);
    if (a.kind != b.kind && numbers) {  // 1 and 1.0 are the same default
        const double x = a.kind == value_kind::integer ? static_cast<double>(a.integer) : a.number;
        const double y = b.kind == value_kind::integer ? static_cast<double>(b.integer) : b.number;
        return x == y;
    }
    if (a.kind != b.kind) return false;
    switch (a.kind) {
        case value_kind::string: return a.text == b.text;
        case value_kind::integer: return a.integer == b.integer;
        case value_kind::number: return a.number == b.number;
        case value_kind::boolean: return a.boolean == b.boolean;
        default: return a.text == b.text;  // arrays, objects, geometry: their canonical JSON (files)
    }
}

inline bool same_elements(const schema_view& va, const attribute_record& a, const schema_view& vb,
                          const attribute_record& b) {
    const auto ea = va.elements_of(a);
    const auto eb = vb.elements_of(b);
    if (ea.size() != eb.size()) return false;
    for (std::size_t i = 0; i < ea.size(); ++i)
        if (ea[i] != eb[i]) return false;
    return true;
}

// The fields that differ between two versions of one attribute, and the change they make.
inline void compare_attribute(const schema_view& va, const collection_record& ca, const attribute_record& a,
                              const schema_view& vb, const collection_record& cb, const attribute_record& b,
                              change& out) {
    auto differs = [&](std::string_view field, std::string from, std::string to, bool recreate, bool cli12) {
        out.fields.emplace_back(field);
        if (out.fields.size() == 1) {
            out.from = std::move(from);
            out.to = std::move(to);
        }
        if (recreate) out.kind = change_kind::recreate;
        out.cli12_recreates = out.cli12_recreates || cli12;
    };
    // Recreate (data loss) on every CLI.
    if (a.type != b.type) {
        // string, email, url, ip and enum are one `type: "string"` told apart by `format` (F.4).
        differs(same_wire_type(a.type, b.type) ? "format" : "type", str(name_of(a.type)), str(name_of(b.type)), true,
                false);
    }
    if (a.array != b.array) differs("array", flag(a.array), flag(b.array), true, false);
    if (a.encrypt != b.encrypt) differs("encrypt", flag(a.encrypt), flag(b.encrypt), true, false);
    if (a.type == attribute_type::relationship && b.type == attribute_type::relationship) {
        if (!schema::detail::equal_icase(va.extra_of(a).related_collection, vb.extra_of(b).related_collection))
            differs("relatedCollection", str(va.extra_of(a).related_collection), str(vb.extra_of(b).related_collection),
                    true, false);
        if (va.extra_of(a).relation != vb.extra_of(b).relation)
            differs("relationType", str(name_of(va.extra_of(a).relation)), str(name_of(vb.extra_of(b).relation)), true,
                    false);
        if (va.extra_of(a).two_way != vb.extra_of(b).two_way)
            differs("twoWay", flag(va.extra_of(a).two_way), flag(vb.extra_of(b).two_way), true, false);
        const auto ka = va.extra_of(a).two_way_key.empty() ? ca.id : va.extra_of(a).two_way_key;
        const auto kb = vb.extra_of(b).two_way_key.empty() ? cb.id : vb.extra_of(b).two_way_key;
        if (va.extra_of(a).two_way && vb.extra_of(b).two_way && ka != kb)
            differs("twoWayKey", str(ka), str(kb), true, false);
        // In place on CLI >= 24.1; CLI 12 compares onDelete too (only required/default/elements/
        // min/max are exempt there, F.6).
        if (va.extra_of(a).on_delete != vb.extra_of(b).on_delete)
            differs("onDelete", str(name_of(va.extra_of(a).on_delete)), str(name_of(vb.extra_of(b).on_delete)), false,
                    true);
    }
    // In place on CLI >= 24.1.
    if (has_declared_size(a.type) && a.type == b.type && a.size != b.size)
        differs("size", std::to_string(a.size), std::to_string(b.size), false, true);
    if (a.required != b.required) differs("required", flag(a.required), flag(b.required), false, false);
    if (!same_default(a.default_value, b.default_value))
        differs("default", value_text(a.default_value), value_text(b.default_value), false, false);
    if (a.type == attribute_type::enum_ && b.type == attribute_type::enum_ && !same_elements(va, a, vb, b))
        differs("elements", std::to_string(a.elements.count) + " elements",
                std::to_string(b.elements.count) + " elements", false, false);
    if (is_numeric_type(a.type) && a.type == b.type) {
        if (!same_bound(a.min, b.min, true))
            differs("min", bound_text(a.min, true), bound_text(b.min, true), false, false);
        if (!same_bound(a.max, b.max, false))
            differs("max", bound_text(a.max, false), bound_text(b.max, false), false, false);
    }
}

// What differs between two versions of an index (F.6 compares type, attributes and orders).
inline std::vector<std::string> index_differences(const schema_view& va, const index_record& a, const schema_view& vb,
                                                  const index_record& b) {
    std::vector<std::string> out;
    if (a.type != b.type) out.emplace_back("type");
    const auto fa = va.fields_of(a);
    const auto fb = vb.fields_of(b);
    bool attributes = fa.size() != fb.size();
    bool orders = false;
    auto descending = [](sort_order o) { return o == sort_order::desc; };
    for (std::size_t i = 0; !attributes && i < fa.size(); ++i) {
        attributes = fa[i].attribute != fb[i].attribute;
        orders = orders || descending(fa[i].order) != descending(fb[i].order);
    }
    if (attributes) out.emplace_back("attributes");
    else if (orders) out.emplace_back("orders");
    return out;
}

// Permissions as a set: order and `write` vs create+update+delete spellings do not matter (D.1).
inline std::vector<std::string> permission_set(const schema_view& v, const collection_record& c) {
    auto out = stored_permissions(v, c);
    std::sort(out.begin(), out.end());
    return out;
}

// The records of one side by key. A file can repeat a key (a finding of `check`): the n-th record
// with a key pairs with the n-th on the other side, so a file against itself plans nothing.
template <class Record>
class matcher {
public:
    template <class Key, class Keep>
    matcher(std::span<const Record> all, Key key, Keep keep) {
        for (const auto& r : all)
            if (keep(r)) by_key_[key(r)].push_back(&r);
    }
    template <class Key>
    matcher(std::span<const Record> all, Key key) : matcher(all, key, [](const Record&) { return true; }) {}

    // The first record with this key not taken yet, now taken; null when there is none.
    const Record* take(std::string_view key) {
        const auto it = by_key_.find(key);
        if (it == by_key_.end()) return nullptr;
        for (const auto* r : it->second)
            if (taken_.insert(r).second) return r;
        return nullptr;
    }
    [[nodiscard]] bool taken(const Record& r) const { return taken_.contains(&r); }
    // Takes `r` itself; false when it was taken already.
    bool take(const Record& r) { return taken_.insert(&r).second; }

private:
    std::map<std::string_view, std::vector<const Record*>> by_key_;
    std::set<const Record*> taken_;
};

struct planner {
    const schema_view& before;
    const schema_view& after;
    const plan_options& options;
    plan out{};

    [[nodiscard]] bool legacy_cli() const { return older_than(options.cli_version, first_in_place_cli); }
    [[nodiscard]] bool go_cli() const { return !older_than(options.cli_version, first_go_cli); }

    // Notes add up: one change can have several things to say.
    static void add_note(change& c, std::string_view text) {
        c.note += (c.note.empty() ? "" : "; ") + std::string(text);
    }

    // Push deletes nothing in the collections shape: it reads only what the config lists.
    void push_never_deletes(change& c) const {
        if (options.tables) return;
        c.push_leaves = true;
        add_note(c, "appwrite push deletes nothing in the collections shape: it stays on the server (the shell script "
                    "deletes it)");
    }

    // Where the CLI's push differs from the plan (observed with the real CLIs against the oracle).
    void cli_quirks(change& c, const attribute_record& old_a, const attribute_record& a) const {
        const bool format_changed = std::find(c.fields.begin(), c.fields.end(), "format") != c.fields.end();
        if (format_changed && legacy_cli() && old_a.type == attribute_type::string) {
            // The server returns no `format` for a plain string, and CLI 12 compares only what it returns.
            c.push_leaves = true;
            add_note(c, "CLI < 24.1 does not see this change (the server returns no format for a plain string): push "
                        "leaves it; the shell script makes it");
        } else if (format_changed && go_cli() && a.type == attribute_type::string) {
            // The Go CLI leaves a key absent from NEW alone, so it PATCHes the old enum/email/url/ip as a string.
            c.push_fails = true;
            add_note(c, "the Go CLI (26+) sends this as an update of a plain string, which the server refuses, unless "
                        "NEW's attribute says \"format\": \"\" (then it recreates it); or use the shell script");
        } else if (go_cli() && a.type == attribute_type::relationship && c.kind == change_kind::update &&
                   std::find(c.fields.begin(), c.fields.end(), "onDelete") != c.fields.end()) {
            c.push_fails = true;
            add_note(c, "the Go CLI (26+) sends this update to a route the server does not have (404) and stops: use "
                        "the shell script");
        }
    }

    change& add(change_kind kind, subject what, std::string_view db, std::string_view coll = {},
                std::string_view key = {}) {
        change c;
        c.kind = kind;
        c.what = what;
        c.database = str(db);
        c.collection = str(coll);
        c.key = str(key);
        c.data_loss = kind == change_kind::remove && what != subject::index;
        out.changes.push_back(std::move(c));
        return out.changes.back();
    }

    void created_collection(const database_record& db, const collection_record& c) {
        add(change_kind::create, subject::collection, db.id, c.id).new_collection = &c;
        for (const auto& a : after.attributes_of(c))
            if (after.extra_of(a).side == relation_side::parent)
                add(change_kind::create, subject::attribute, db.id, c.id, a.key).new_attribute = &a;
        for (const auto& ix : after.indexes_of(c))
            add(change_kind::create, subject::index, db.id, c.id, ix.key).new_index = &ix;
    }

    void collection_settings(const database_record& db, const collection_record& old_c, const collection_record& c) {
        std::vector<std::string> fields;
        if (old_c.name != c.name) fields.emplace_back("name");
        if (old_c.enabled != c.enabled) fields.emplace_back("enabled");
        if (old_c.document_security != c.document_security)
            fields.emplace_back(options.tables ? "rowSecurity" : "documentSecurity");
        if (permission_set(before, old_c) != permission_set(after, c)) fields.emplace_back("$permissions");
        if (fields.empty()) return;
        auto& ch = add(change_kind::update, subject::collection, db.id, c.id);
        ch.old_collection = &old_c;
        ch.new_collection = &c;
        if (old_c.name != c.name) {
            ch.from = str(old_c.name);
            ch.to = str(c.name);
        }
        // F.6: push updates only the name of an existing collection (tables: name, rowSecurity and
        // permissions; never enabled).
        const bool unsent = options.tables ? old_c.enabled != c.enabled
                                           : fields.size() > (old_c.name != c.name ? 1U : 0U);
        if (unsent)
            ch.note = options.tables ? "appwrite push does not send `enabled` for an existing table (F.6)"
                                     : "appwrite push sends only `name` for an existing collection (F.6); "
                                       "the shell script updates the rest";
        ch.fields = std::move(fields);
    }

    void attributes(const database_record& db, const collection_record& old_c, const collection_record& c) {
        auto parent = [&](const attribute_record& a) { return before.extra_of(a).side == relation_side::parent; };
        matcher<attribute_record> old_attributes(
            before.attributes_of(old_c), [](const attribute_record& a) { return a.key; }, parent);
        for (const auto& a : after.attributes_of(c)) {
            if (after.extra_of(a).side != relation_side::parent) continue;
            const attribute_record* old_a = old_attributes.take(a.key);
            bool renamed = old_a == nullptr && !after.extra_of(a).previous_key.empty() &&
                           (old_a = old_attributes.take(after.extra_of(a).previous_key)) != nullptr;
            if (old_a == nullptr && options.undo_renames)
                for (const auto& x : before.attributes_of(old_c))
                    if (parent(x) && before.extra_of(x).previous_key == a.key && old_attributes.take(x)) {
                        old_a = &x;
                        renamed = true;
                        break;
                    }
            if (old_a == nullptr) {
                auto& created = add(change_kind::create, subject::attribute, db.id, c.id, a.key);
                created.new_attribute = &a;
                created.warnings = create_warnings(a, c.id);
                continue;
            }
            if (renamed && legacy_cli()) {
                // No previousKey before CLI 24.1: the old attribute goes, a new one comes (F.6).
                auto& gone = add(change_kind::remove, subject::attribute, db.id, c.id, old_a->key);
                gone.old_attribute = old_a;
                gone.note = "renamed to " + str(a.key) + ", but CLI < 24.1 has no previousKey: it deletes and creates";
                add(change_kind::create, subject::attribute, db.id, c.id, a.key).new_attribute = &a;
                continue;
            }
            if (renamed) {
                auto& r = add(change_kind::rename, subject::attribute, db.id, c.id, a.key);
                r.fields = {"key"};
                r.from = str(old_a->key);
                r.to = str(a.key);
                r.old_attribute = old_a;
                r.new_attribute = &a;
            }
            change ch;
            compare_attribute(before, old_c, *old_a, after, c, a, ch);
            if (ch.fields.empty()) continue;
            auto& added = add(ch.kind, subject::attribute, db.id, c.id, a.key);
            added.fields = std::move(ch.fields);
            added.from = std::move(ch.from);
            added.to = std::move(ch.to);
            added.old_attribute = old_a;
            added.new_attribute = &a;
            if (added.kind == change_kind::recreate) {
                added.data_loss = true;
            } else if (ch.cli12_recreates && legacy_cli()) {
                added.kind = change_kind::recreate;
                added.data_loss = true;
                added.note = "CLI < 24.1 deletes and recreates on this change; CLI >= 24.1 updates it in place";
            } else if (ch.cli12_recreates) {
                added.cli12_recreates = true;
                added.note = "in place on CLI >= 24.1; CLI 12 would delete and recreate it";
            }
            added.warnings = added.kind == change_kind::recreate ? create_warnings(a, c.id)
                                                                 : update_warnings(before, *old_a, after, a, c.id);
            cli_quirks(added, *old_a, a);
            if (added.kind == change_kind::recreate && legacy_cli())
                add_note(added,
                         "CLI 12 does not wait for the delete to finish: on a busy server its create fails (409) "
                         "after the data is gone; the shell script waits");
            if (added.kind == change_kind::recreate && legacy_cli() && a.type == attribute_type::relationship &&
                before.extra_of(*old_a).two_way)
                add_note(added, "CLI 12 then deletes the child side too, which deletes the whole relationship: push "
                                "again, or use the shell script");
        }
        const std::size_t first_remove = out.changes.size();
        for (const auto& x : before.attributes_of(old_c))
            if (parent(x) && !old_attributes.taken(x))
                add(change_kind::remove, subject::attribute, db.id, c.id, x.key).old_attribute = &x;
        pair_renames(old_c, c, first_remove);
    }

    // A deleted attribute and a created one of the same type and options in this collection look
    // like a rename without `previousKey` (which loses the data): each delete is paired with the first
    // such create not paired yet. The removes are the changes from `first_remove` on.
    void pair_renames(const collection_record& old_c, const collection_record& c, std::size_t first_remove) {
        for (std::size_t r = first_remove; r < out.changes.size(); ++r) {
            auto& gone = out.changes[r];
            if (gone.kind != change_kind::remove || gone.what != subject::attribute) continue;
            for (auto& made : out.changes) {
                if (made.kind != change_kind::create || made.what != subject::attribute || made.collection != c.id ||
                    made.database != gone.database || !made.looks_renamed.empty() ||
                    !after.extra_of(*made.new_attribute)
                         .previous_key.empty())  // a rename CLI < 24.1 cannot make: noted
                    continue;
                change same;
                compare_attribute(before, old_c, *gone.old_attribute, after, c, *made.new_attribute, same);
                if (!same.fields.empty()) continue;
                made.looks_renamed = gone.key;
                gone.looks_renamed = made.key;
                break;
            }
        }
    }

    // The key of an attribute of `c` this plan recreates among `ix`'s, or empty.
    [[nodiscard]] std::string recreated_in(const index_record& ix, std::string_view db, std::string_view coll) const {
        for (const auto& f : after.fields_of(ix))
            for (const auto& ch : out.changes)
                if (ch.what == subject::attribute && ch.kind == change_kind::recreate && ch.database == db &&
                    ch.collection == coll && ch.key == f.attribute)
                    return ch.key;
        return {};
    }

    void indexes(const database_record& db, const collection_record& old_c, const collection_record& c) {
        matcher<index_record> old_indexes(before.indexes_of(old_c), [](const index_record& i) { return i.key; });
        for (const auto& ix : after.indexes_of(c)) {
            const auto* old_ix = old_indexes.take(ix.key);
            // An index over a recreated attribute loses it when the attribute is deleted, and no CLI
            // recreates the index in the same push (found by the oracle): the script does.
            if (old_ix != nullptr && index_differences(before, *old_ix, after, ix).empty())
                if (const auto key = recreated_in(ix, db.id, c.id); !key.empty()) {
                    auto& ch = add(change_kind::recreate, subject::index, db.id, c.id, ix.key);
                    ch.fields = {"attributes"};
                    ch.old_index = old_ix;
                    ch.new_index = &ix;
                    ch.push_leaves = true;
                    ch.note = "its attribute " + key +
                              " is recreated, which takes it out of the index; appwrite push does not put it back "
                              "(push again, or use the shell script)";
                    continue;
                }
            if (old_ix == nullptr) {
                auto& ch = add(change_kind::create, subject::index, db.id, c.id, ix.key);
                ch.new_index = &ix;
                ch.warnings = index_warnings(nullptr, ix);
            } else if (auto fields = index_differences(before, *old_ix, after, ix); !fields.empty()) {
                // Any index change recreates the index (F.6); the data stays.
                auto& ch = add(change_kind::recreate, subject::index, db.id, c.id, ix.key);
                ch.fields = std::move(fields);
                ch.old_index = old_ix;
                ch.new_index = &ix;
                ch.warnings = index_warnings(old_ix, ix);
            }
        }
        for (const auto& x : before.indexes_of(old_c))
            if (!old_indexes.taken(x)) add(change_kind::remove, subject::index, db.id, c.id, x.key).old_index = &x;
    }

    void run() {
        auto db_key = [](const database_record& d) { return d.id; };
        auto coll_key = [](const collection_record& c) { return c.id; };
        matcher<database_record> old_databases(before.databases, db_key);
        for (const auto& db : after.databases) {
            const auto* old_db = old_databases.take(db.id);
            if (old_db == nullptr) {
                add(change_kind::create, subject::database, db.id).new_database = &db;
            } else if (old_db->name != db.name || old_db->enabled != db.enabled) {
                auto& ch = add(change_kind::update, subject::database, db.id);
                if (old_db->name != db.name) {
                    ch.fields.emplace_back("name");
                    ch.from = str(old_db->name);
                    ch.to = str(db.name);
                }
                if (old_db->enabled != db.enabled) ch.fields.emplace_back("enabled");
                ch.old_database = old_db;
                ch.new_database = &db;
            }
            matcher<collection_record> old_collections(
                old_db != nullptr ? before.collections_of(*old_db) : std::span<const collection_record>{}, coll_key);
            for (const auto& c : after.collections_of(db)) {
                const auto* old_c = old_collections.take(c.id);
                if (old_c == nullptr) {
                    created_collection(db, c);
                    continue;
                }
                collection_settings(db, *old_c, c);
                attributes(db, *old_c, c);
                indexes(db, *old_c, c);
            }
            if (old_db == nullptr) continue;
            // A deleted collection takes its attributes and indexes with it: listed once.
            for (const auto& c : before.collections_of(*old_db))
                if (!old_collections.taken(c)) {
                    auto& gone = add(change_kind::remove, subject::collection, db.id, c.id);
                    gone.old_collection = &c;
                    push_never_deletes(gone);
                }
        }
        // A deleted database takes its collections with it: listed once.
        for (const auto& db : before.databases)
            if (!old_databases.taken(db)) {
                auto& gone = add(change_kind::remove, subject::database, db.id);
                gone.old_database = &db;
                push_never_deletes(gone);
            }
    }

    // Marks the losses the schema accepts and collects acceptances that matched nothing.
    void accept() {
        std::vector<bool> used(options.accepted.size(), false);
        for (auto& c : out.changes) {
            const auto wanted = c.acceptance();
            if (!wanted) continue;
            for (std::size_t i = 0; i < options.accepted.size(); ++i) {
                const auto& a = options.accepted[i];
                if (a.kind == wanted->kind && a.database == wanted->database && a.collection == wanted->collection &&
                    a.key == wanted->key) {
                    c.accepted = true;
                    used[i] = true;
                }
            }
        }
        for (std::size_t i = 0; i < options.accepted.size(); ++i)
            if (!used[i]) out.unused_acceptances.push_back(options.accepted[i]);
    }
};

}  // namespace detail

// The plan from `before` (e.g. the deployed config) to `after` (the new schema). The views must
// outlive the plan: changes point at their records.
inline plan make_plan(const schema_view& before, const schema_view& after, const plan_options& options = {}) {
    detail::planner p{before, after, options};
    p.run();
    p.accept();
    return std::move(p.out);
}

}  // namespace appwrite::schema::diff

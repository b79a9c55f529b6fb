// ER diagrams of a schema view: Mermaid (erDiagram) and Graphviz DOT. Each collection shows its key
// attributes (required, indexed or relationships), relationships carry their cardinality, and
// indexes are listed with the attributes they cover.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <appwrite/schema/detail/text.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema::emit {

namespace diagram_detail {

inline std::string name(std::string_view id) {
    std::string out;
    for (char c : id) out += (schema::detail::is_alnum(c) || c == '_') ? c : '_';
    return out.empty() ? "_" : out;
}

// A DOT identifier for any text: always quoted, so IDs Appwrite generates (`6991d955003932cb853b`,
// starting with a digit) and any other character stay one node.
inline std::string dot_id(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

// The collection of `db` that a relationship names (case-insensitive, B.3), or null.
inline const collection_record* related_collection(const schema_view& v, const database_record& db,
                                                   std::string_view id) {
    for (const auto& c : v.collections_of(db))
        if (schema::detail::equal_icase(c.id, id)) return &c;
    return nullptr;
}

// Index roles of an attribute in its collection: "PK"-like marks for the diagram.
struct attribute_marks {
    bool unique = false;
    bool indexed = false;
    std::string indexes;  // "email_unique, by_email"
};

inline attribute_marks marks(const schema_view& v, const collection_record& c, std::string_view key) {
    attribute_marks m;
    for (const auto& ix : v.indexes_of(c))
        for (const auto& f : v.fields_of(ix))
            if (schema::detail::equal_icase(f.attribute, key)) {
                m.indexed = true;
                m.unique = m.unique || ix.type == index_type::unique;
                m.indexes += (m.indexes.empty() ? "" : ", ") + std::string(ix.key);
            }
    return m;
}

inline bool is_key_attribute(const attribute_record& a, const attribute_marks& m) {
    return a.required || m.indexed || a.type == attribute_type::relationship;
}

// `related` is the related collection when it exists: relationships name it, not its (often generated) ID.
inline std::string type_label(const schema_view& v, const attribute_record& a,
                              const collection_record* related = nullptr) {
    if (a.type == attribute_type::relationship)
        return "→ " + std::string(related != nullptr ? related->name : v.extra_of(a).related_collection) + " (" +
               std::string(name_of(v.extra_of(a).relation)) + ")";
    std::string t(name_of(a.type));
    if (has_declared_size(a.type)) t += "(" + std::to_string(a.size) + ")";
    if (a.array) t += "[]";
    return t;
}

// Mermaid cardinality between parent (left) and related (right).
inline std::string_view mermaid_cardinality(relation_type t) {
    switch (t) {
        case relation_type::one_to_one: return "||--||";
        case relation_type::one_to_many: return "||--o{";
        case relation_type::many_to_one: return "}o--||";
        default: return "}o--o{";
    }
}

// Text for a quoted Mermaid string (entity label, comment, relationship label). Its lexer refuses
// '"', '%' and '\' in labels and reads `#name;` as an entity code, and the drawing is HTML: these
// become entity codes, which Mermaid decodes when it draws. Control characters would end the line.
inline std::string mermaid_text(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '"': out += "#quot;"; break;
            case '#': out += "#35;"; break;
            case '%': out += "#37;"; break;
            case '\\': out += "#92;"; break;
            case '<': out += "#lt;"; break;
            case '>': out += "#gt;"; break;
            default: out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
        }
    }
    return out;
}

// Mermaid reads a line holding "direction TB" (or BT, RL, LR) anywhere, even in a label, as a
// direction statement: the blank after every "direction" becomes an entity code.
inline std::string mermaid_line_text(std::string_view text) {
    constexpr std::string_view word = "direction";
    std::string out = mermaid_text(text);
    for (std::size_t i = 0; i + word.size() < out.size(); ++i)
        if (out[i + word.size()] == ' ' && schema::detail::equal_icase(out.substr(i, word.size()), word))
            out.replace(i + word.size(), 1, "#32;");
    return out;
}

// IDs that collections of more than one database share: their entities name the database too, or
// two boxes would read the same.
inline std::set<std::string_view> ids_in_several_databases(const schema_view& v) {
    std::map<std::string_view, std::uint32_t> first_database;
    std::set<std::string_view> shared;
    for (const auto& c : v.collections) {
        const auto [first, added] = first_database.try_emplace(c.id, c.database);
        if (!added && first->second != c.database) shared.insert(c.id);
    }
    return shared;
}

// What an entity shows: the collection's name with its (often generated) ID, `database/ID` where
// another database has a collection of that ID.
inline std::string mermaid_label(const schema_view& v, const collection_record& c, bool shared_id) {
    std::string id(c.id);
    if (shared_id && c.database < v.databases.size()) id = std::string(v.databases[c.database].id) + "/" + id;
    std::string label(c.name.empty() || c.name == c.id ? id : std::string(c.name) + " (" + id + ")");
    return label.empty() ? "(no ID)" : label;  // the lexer takes no empty label
}

// An attribute name as the parser takes it: a plain word where the key is one (`user_id`,
// `first-name`), else in backticks, which take any text: keys may start with a digit, and the lexer
// reads `pk`, `fk-x` or `uk.y` as key marks.
inline std::string mermaid_attribute_name(std::string_view key) {
    bool plain = !key.empty() && (schema::detail::is_alpha(key[0]) || key[0] == '_');
    for (char c : key) plain = plain && (schema::detail::is_alnum(c) || c == '_' || c == '-' || c == '.');
    const auto head = key.substr(0, key.find_first_of("-."));
    for (std::string_view mark : {"pk", "fk", "uk"}) plain = plain && !schema::detail::equal_icase(head, mark);
    if (plain) return std::string(key);
    std::string out = "`";
    for (char c : key) out += (c == '`' || static_cast<unsigned char>(c) < 0x20) ? '\'' : c;
    return key.empty() ? "_" : out + "`";
}

// Entity aliases: letters, digits and '_', one per (database, collection ID) and unique in the
// diagram (two databases may hold collections of one ID). Prefixed where the lexer would read a
// number first (generated IDs start with a digit) or a keyword (`end`, `one`, `to`...).
class mermaid_aliases {
public:
    // The alias of collection `id` of database `db`; `added` tells whether it is new.
    std::string get(std::uint32_t db, std::string_view id, bool* added = nullptr) {
        auto [it, is_new] = by_id_.try_emplace({db, std::string(id)});
        if (added != nullptr) *added = is_new;
        if (!is_new) return it->second;
        const std::string base = base_of(id);
        std::string alias = base;
        for (int n = 2; !taken_.insert(alias).second; ++n) alias = base + "_" + std::to_string(n);
        return it->second = alias;
    }

private:
    static std::string base_of(std::string_view id) {
        std::string base = name(id);
        static constexpr std::string_view keywords[] = {"erDiagram", "style", "classDef", "class", "subgraph",
                                                        "end",       "one",   "many",     "only",  "zero",
                                                        "to",        "u",     "o",        "title", "direction"};
        bool keyword = false;
        for (auto k : keywords) keyword = keyword || schema::detail::equal_icase(base, k);
        return schema::detail::is_digit(base[0]) || keyword ? "c_" + base : base;
    }
    std::map<std::pair<std::uint32_t, std::string>, std::string> by_id_;
    std::set<std::string> taken_;
};

// The collection that a relationship of `c` names: same database, ID case-insensitive (B.3). By
// database index, so a collection whose database the file does not list (AW122) still finds it.
inline const collection_record* related_in_database(const schema_view& v, const collection_record& c,
                                                    std::string_view id) {
    for (const auto& other : v.collections)
        if (other.database == c.database && schema::detail::equal_icase(other.id, id)) return &other;
    return nullptr;
}

inline std::string mermaid_attribute(const schema_view& v, const collection_record& c, const attribute_record& a,
                                     const attribute_marks& m) {
    std::string line = "        " + name(std::string(name_of(a.type)) + (a.array ? "_array" : "")) + " " +
                       mermaid_attribute_name(a.key);
    if (a.type == attribute_type::relationship) line += " FK";
    else if (m.unique) line += " UK";
    std::string comment = a.type == attribute_type::relationship
                              ? type_label(v, a, related_in_database(v, c, v.extra_of(a).related_collection))
                          : has_declared_size(a.type) ? "size " + std::to_string(a.size)
                                                      : "";
    if (a.required) comment += (comment.empty() ? "" : "; ") + std::string("required");
    if (m.indexed) comment += (comment.empty() ? "" : "; ") + std::string("index: ") + m.indexes;
    if (!comment.empty()) line += " \"" + mermaid_text(comment) + "\"";
    return line + "\n";
}

inline std::string mermaid_entity(const schema_view& v, const collection_record& c, const std::string& alias,
                                  bool shared_id) {
    std::string out = "    " + alias + "[\"" + mermaid_line_text(mermaid_label(v, c, shared_id)) + "\"] {\n";
    for (const auto& a : v.attributes_of(c)) {
        if (v.extra_of(a).side == relation_side::child) continue;
        const auto m = marks(v, c, a.key);
        if (is_key_attribute(a, m)) out += mermaid_attribute(v, c, a, m);
    }
    return out + "    }\n";
}

// A relationship line; a related collection that does not exist (AW301) gets an entity of its own,
// labelled so, and the line still shows.
inline std::string mermaid_relationship(const schema_view& v, const collection_record& c, const attribute_record& a,
                                        mermaid_aliases& aliases) {
    std::string out;
    const auto* target = related_in_database(v, c, v.extra_of(a).related_collection);
    bool added = false;
    const auto to = aliases.get(c.database, target != nullptr ? target->id : v.extra_of(a).related_collection, &added);
    if (added)
        out += "    " + to + "[\"" + mermaid_line_text(std::string(v.extra_of(a).related_collection) + " (missing)") +
               "\"]\n";
    std::string label(a.key);
    if (v.extra_of(a).two_way)
        label += " / " + std::string(v.extra_of(a).two_way_key.empty() ? c.id : v.extra_of(a).two_way_key);
    return out + "    " + aliases.get(c.database, c.id) + " " +
           std::string(mermaid_cardinality(v.extra_of(a).relation)) + " " + to + " : \"" + mermaid_line_text(label) +
           "\"\n";
}

}  // namespace diagram_detail

// Entities are aliases labelled with the collection's name and ID (`users["Users (6991d9...)"]`),
// so generated IDs, which start with a digit, and names with blanks or quotes parse.
inline std::string mermaid_diagram(const schema_view& v) {
    using namespace diagram_detail;
    mermaid_aliases aliases;
    std::string out = "erDiagram\n";
    const auto shared = ids_in_several_databases(v);
    for (const auto& c : v.collections)
        out += mermaid_entity(v, c, aliases.get(c.database, c.id), shared.contains(c.id));
    for (const auto& c : v.collections)
        for (const auto& a : v.attributes_of(c))
            if (a.type == attribute_type::relationship && v.extra_of(a).side == relation_side::parent)
                out += mermaid_relationship(v, c, a, aliases);
    return out;
}

inline std::string dot_diagram(const schema_view& v) {
    using namespace diagram_detail;
    auto html = [](std::string_view s) {
        std::string out;
        for (char ch : s) {
            if (ch == '<') out += "&lt;";
            else if (ch == '>') out += "&gt;";
            else if (ch == '&') out += "&amp;";
            else if (ch == '"') out += "&quot;";
            else out += ch;
        }
        return out;
    };
    std::string out = "digraph schema {\n    graph [rankdir=LR, fontname=\"Helvetica\"];\n"
                      "    node [shape=plaintext, fontname=\"Helvetica\", fontsize=10];\n"
                      "    edge [fontname=\"Helvetica\", fontsize=9, dir=both];\n";
    for (const auto& db : v.databases) {
        // Nodes are "database/collection": two databases may hold collections of one ID.
        out += "    subgraph " + dot_id("cluster_" + std::string(db.id)) + " {\n        label=\"" + html(db.name) +
               " (" + html(db.id) + ")\";\n";
        for (const auto& c : v.collections_of(db)) {
            out += "        " + dot_id(std::string(db.id) + "/" + std::string(c.id)) +
                   " [label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\">\n";
            out += "            <tr><td bgcolor=\"#dde6f5\" colspan=\"2\"><b>" + html(c.name) + "</b> (" + html(c.id) +
                   ")</td></tr>\n";
            for (const auto& a : v.attributes_of(c)) {
                if (v.extra_of(a).side == relation_side::child) continue;
                const auto m = marks(v, c, a.key);
                if (!is_key_attribute(a, m)) continue;
                std::string key = html(a.key);
                if (a.required) key = "<b>" + key + "</b>";
                if (m.unique) key += " ◆";
                else if (m.indexed) key += " ◇";
                out += "            <tr><td align=\"left\">" + key + "</td><td align=\"left\">" +
                       html(type_label(v, a,
                                       a.type == attribute_type::relationship
                                           ? related_collection(v, db, v.extra_of(a).related_collection)
                                           : nullptr)) +
                       "</td></tr>\n";
            }
            for (const auto& ix : v.indexes_of(c)) {
                std::string fields;
                for (const auto& f : v.fields_of(ix)) fields += (fields.empty() ? "" : ", ") + std::string(f.attribute);
                out += "            <tr><td align=\"left\" colspan=\"2\"><i>" + html(name_of(ix.type)) + " " +
                       html(ix.key) + " (" + html(fields) + ")</i></td></tr>\n";
            }
            out += "        </table>>];\n";
        }
        out += "    }\n";
    }
    for (const auto& c : v.collections) {
        if (c.database >= v.databases.size()) continue;  // a file's collection without its database (AW122)
        const auto& db = v.databases[c.database];
        for (const auto& a : v.attributes_of(c)) {
            if (a.type != attribute_type::relationship || v.extra_of(a).side != relation_side::parent) continue;
            const auto* target = related_collection(v, db, v.extra_of(a).related_collection);
            const std::string to = std::string(db.id) + "/" +
                                   std::string(target != nullptr ? target->id : v.extra_of(a).related_collection);
            // A related collection that does not exist (AW301) is drawn dashed, so the edge still shows.
            if (target == nullptr)
                out += "    " + dot_id(to) + " [shape=box, style=dashed, label=\"" +
                       html(v.extra_of(a).related_collection) + " (missing)\"];\n";
            // crow's feet at the "many" ends
            const bool many_here = v.extra_of(a).relation == relation_type::many_to_one ||
                                   v.extra_of(a).relation == relation_type::many_to_many;
            const bool many_there = v.extra_of(a).relation == relation_type::one_to_many ||
                                    v.extra_of(a).relation == relation_type::many_to_many;
            out += "    " + dot_id(std::string(db.id) + "/" + std::string(c.id)) + " -> " + dot_id(to) + " [label=\"" +
                   html(a.key) + "\\n" + std::string(name_of(v.extra_of(a).relation)) +
                   "\", arrowtail=" + (many_here ? "crow" : "tee") + ", arrowhead=" + (many_there ? "crow" : "tee") +
                   "];\n";
        }
    }
    return out + "}\n";
}

}  // namespace appwrite::schema::emit

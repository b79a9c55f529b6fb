// ER diagrams of a schema view: Mermaid (erDiagram) and Graphviz DOT. Each collection shows its key
// attributes (required, indexed or relationships), relationships carry their cardinality, and
// indexes are listed with the attributes they cover.
#pragma once

#include <string>
#include <string_view>
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
inline std::string type_label(const attribute_record& a, const collection_record* related = nullptr) {
    if (a.type == attribute_type::relationship)
        return "→ " + std::string(related != nullptr ? related->name : a.related_collection) + " (" +
               std::string(name_of(a.relation)) + ")";
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

}  // namespace diagram_detail

inline std::string mermaid_diagram(const schema_view& v) {
    using namespace diagram_detail;
    std::string out = "erDiagram\n";
    for (const auto& c : v.collections) {
        out += "    " + name(c.id) + " {\n";
        for (const auto& a : v.attributes_of(c)) {
            if (a.side == relation_side::child) continue;
            const auto m = marks(v, c, a.key);
            if (!is_key_attribute(a, m)) continue;
            std::string line = "        " + name(std::string(name_of(a.type)) + (a.array ? "_array" : "")) + " " +
                               name(a.key);
            if (a.type == attribute_type::relationship) line += " FK";
            else if (m.unique) line += " UK";
            std::string comment = has_declared_size(a.type) ? "size " + std::to_string(a.size) : "";
            if (a.required) comment += (comment.empty() ? "" : "; ") + std::string("required");
            if (m.indexed) comment += (comment.empty() ? "" : "; ") + std::string("index: ") + m.indexes;
            if (!comment.empty()) line += " \"" + comment + "\"";
            out += line + "\n";
        }
        out += "    }\n";
    }
    for (const auto& c : v.collections)
        for (const auto& a : v.attributes_of(c)) {
            if (a.type != attribute_type::relationship || a.side != relation_side::parent) continue;
            std::string label(a.key);
            if (a.two_way) label += " / " + std::string(a.two_way_key.empty() ? c.id : a.two_way_key);
            out += "    " + name(c.id) + " " + std::string(mermaid_cardinality(a.relation)) + " " +
                   name(a.related_collection) + " : \"" + label + "\"\n";
        }
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
                if (a.side == relation_side::child) continue;
                const auto m = marks(v, c, a.key);
                if (!is_key_attribute(a, m)) continue;
                std::string key = html(a.key);
                if (a.required) key = "<b>" + key + "</b>";
                if (m.unique) key += " ◆";
                else if (m.indexed) key += " ◇";
                out += "            <tr><td align=\"left\">" + key + "</td><td align=\"left\">" +
                       html(type_label(a, a.type == attribute_type::relationship
                                              ? related_collection(v, db, a.related_collection)
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
            if (a.type != attribute_type::relationship || a.side != relation_side::parent) continue;
            const auto* target = related_collection(v, db, a.related_collection);
            const std::string to = std::string(db.id) + "/" +
                                   std::string(target != nullptr ? target->id : a.related_collection);
            // A related collection that does not exist (AW301) is drawn dashed, so the edge still shows.
            if (target == nullptr)
                out += "    " + dot_id(to) + " [shape=box, style=dashed, label=\"" + html(a.related_collection) +
                       " (missing)\"];\n";
            // crow's feet at the "many" ends
            const bool many_here = a.relation == relation_type::many_to_one ||
                                   a.relation == relation_type::many_to_many;
            const bool many_there = a.relation == relation_type::one_to_many ||
                                    a.relation == relation_type::many_to_many;
            out += "    " + dot_id(std::string(db.id) + "/" + std::string(c.id)) + " -> " + dot_id(to) + " [label=\"" +
                   html(a.key) + "\\n" + std::string(name_of(a.relation)) +
                   "\", arrowtail=" + (many_here ? "crow" : "tee") + ", arrowhead=" + (many_there ? "crow" : "tee") +
                   "];\n";
        }
    }
    return out + "}\n";
}

}  // namespace appwrite::schema::emit

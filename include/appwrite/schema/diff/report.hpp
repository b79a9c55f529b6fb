// A migration plan as people and machines read it: grouped text (colour on a terminal), Markdown for
// a pull-request comment, JSON for tools. Every unaccepted data loss comes with the DSL line that
// accepts it (accept_loss.hpp).
#pragma once

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include <appwrite/schema/diff/plan.hpp>

namespace appwrite::schema::diff {

namespace report_detail {
inline std::string where(const change& c) {
    std::string w = c.database;
    if (!c.collection.empty()) w += "/" + c.collection;
    if (!c.key.empty()) w += "/" + c.key;
    return w;
}
inline std::string fields(const change& c) {
    std::string s;
    for (const auto& f : c.fields) s += (s.empty() ? "" : ", ") + f;
    if (!c.from.empty() || !c.to.empty()) s += ": " + c.from + " -> " + c.to;
    return s;
}
inline std::string loss_mark(const change& c) {
    if (!c.data_loss) return {};
    return c.accepted ? "DATA LOSS (accepted)" : "DATA LOSS";
}
inline std::string summary(const plan& p) {
    const auto n = p.changes.size();
    const auto w = p.warnings();
    return std::to_string(n) + " change" + (n == 1 ? "" : "s") + ", " + std::to_string(p.losses()) + " losing data, " +
           std::to_string(p.unaccepted_losses()) + " not accepted" +
           (w == 0 ? "" : ", " + std::to_string(w) + " warning" + (w == 1 ? "" : "s"));
}
inline bool any_rename_hint(const plan& p) {
    return std::any_of(p.changes.begin(), p.changes.end(),
                       [](const change& c) { return c.kind == change_kind::create && !c.looks_renamed.empty(); });
}
// The "looks like a rename" note of one change, for people.
inline std::string rename_note(const change& c) {
    if (c.looks_renamed.empty()) return {};
    if (c.kind == change_kind::create)
        return "looks like " + c.looks_renamed + " renamed (same type and options): as a rename it keeps the data";
    return "looks like a rename to " + c.looks_renamed + ": see below";
}
}  // namespace report_detail

inline std::string text_report(const plan& p, bool colour = false,
                               acceptance_spelling spelling = acceptance_spelling::cpp) {
    using namespace report_detail;
    const std::string red = colour ? "\x1b[31m" : "";
    const std::string green = colour ? "\x1b[32m" : "";
    const std::string yellow = colour ? "\x1b[33m" : "";
    const std::string bold = colour ? "\x1b[1m" : "";
    const std::string reset = colour ? "\x1b[0m" : "";
    std::string out;
    std::string group;
    for (const auto& c : p.changes) {
        const std::string g = c.database + (c.collection.empty() ? "" : "/" + c.collection);
        if (g != group) {
            out += bold + g + reset + "\n";
            group = g;
        }
        const std::string& tint = c.data_loss ? red : c.kind == change_kind::create ? green : yellow;
        out += "  " + tint + std::string(name_of(c.kind)) + reset + " " + std::string(name_of(c.what)) +
               (c.key.empty() ? "" : " " + c.key);
        if (!c.fields.empty()) out += " (" + fields(c) + ")";
        if (c.data_loss) out += "  " + red + loss_mark(c) + reset;
        out += "\n";
        if (!c.note.empty()) out += "      note: " + c.note + "\n";
        for (const auto& w : c.warnings) out += "      " + yellow + "warning" + reset + ": " + w + "\n";
        if (const auto r = rename_note(c); !r.empty()) out += "      rename?: " + r + "\n";
    }
    out += summary(p) + "\n";
    const bool cpp = spelling == acceptance_spelling::cpp;
    const std::string flag = cpp ? "" : "--accept ";
    if (any_rename_hint(p)) {
        out += "\nIf these are renames, declare them instead and keep the data:\n";
        for (const auto& c : p.changes)
            if (c.kind == change_kind::create && !c.looks_renamed.empty())
                out += "    " + rename_line(c, spelling) + "\n";
    }
    if (p.destructive()) {
        out += cpp ? "\nTo accept these losses, add to the schema's project (or database) declaration:\n"
                   : "\nTo accept these losses, add to the command line:\n";
        for (const auto& c : p.changes)
            if (c.data_loss && !c.accepted) out += "    " + flag + acceptance_line(*c.acceptance(), spelling) + "\n";
    }
    if (!p.unused_acceptances.empty()) {
        out += "\nAccepted losses that match no change (remove them once deployed):\n";
        for (const auto& a : p.unused_acceptances) out += "    " + flag + acceptance_line(a, spelling) + "\n";
    }
    return out;
}

inline std::string markdown_report(const plan& p, acceptance_spelling spelling = acceptance_spelling::cpp) {
    using namespace report_detail;
    std::string out = "### Schema changes\n\n";
    if (p.changes.empty()) return out + "No changes.\n";
    out += "| change | what | where | fields | data |\n|---|---|---|---|---|\n";
    for (const auto& c : p.changes) {
        std::string data = c.data_loss ? (c.accepted ? "⚠️ loss (accepted)" : "❌ **loss**") : "";
        if (!c.note.empty()) data += (data.empty() ? "" : "<br>") + c.note;
        for (const auto& w : c.warnings) data += (data.empty() ? "" : "<br>") + ("⚠️ " + w);
        if (const auto r = rename_note(c); !r.empty()) data += (data.empty() ? "" : "<br>") + r;
        out += "| " + std::string(name_of(c.kind)) + " | " + std::string(name_of(c.what)) + " | `" + where(c) + "` | " +
               fields(c) + " | " + data + " |\n";
    }
    out += "\n" + summary(p) + ".\n";
    if (any_rename_hint(p)) {
        out += "\nIf these are renames, declare them instead and keep the data:\n\n";
        for (const auto& c : p.changes)
            if (c.kind == change_kind::create && !c.looks_renamed.empty())
                out += "- `" + rename_line(c, spelling) + "`\n";
    }
    if (p.destructive()) {
        const bool cpp = spelling == acceptance_spelling::cpp;
        out += cpp ? "\nTo accept the losses, add to the project declaration:\n\n```cpp\n"
                   : "\nTo accept the losses, add to the command line:\n\n```sh\n";
        for (const auto& c : p.changes)
            if (c.data_loss && !c.accepted)
                out += (cpp ? "" : "--accept ") + acceptance_line(*c.acceptance(), spelling) + "\n";
        out += "```\n";
    }
    return out;
}

// `accept` and `unusedAcceptances` are spelt as the request says: DSL lines, or --accept values.
inline std::string json_report(const plan& p, acceptance_spelling spelling = acceptance_spelling::cpp) {
    nlohmann::ordered_json changes = nlohmann::ordered_json::array();
    for (const auto& c : p.changes) {
        nlohmann::ordered_json j{{"change", std::string(name_of(c.kind))},
                                 {"subject", std::string(name_of(c.what))},
                                 {"database", c.database},
                                 {"collection", c.collection},
                                 {"key", c.key},
                                 {"fields", c.fields},
                                 {"from", c.from},
                                 {"to", c.to},
                                 {"dataLoss", c.data_loss},
                                 {"accepted", c.accepted},
                                 {"cli12Recreates", c.cli12_recreates},
                                 {"pushLeaves", c.push_leaves},
                                 {"pushFails", c.push_fails}};
        if (!c.note.empty()) j["note"] = c.note;
        if (!c.warnings.empty()) j["warnings"] = c.warnings;
        if (!c.looks_renamed.empty()) {
            j["looksRenamed"] = c.looks_renamed;
            if (c.kind == change_kind::create) j["rename"] = rename_line(c, spelling);
        }
        if (c.data_loss && !c.accepted) j["accept"] = acceptance_line(*c.acceptance(), spelling);
        changes.push_back(std::move(j));
    }
    nlohmann::ordered_json unused = nlohmann::ordered_json::array();
    for (const auto& a : p.unused_acceptances) unused.push_back(acceptance_line(a, spelling));
    nlohmann::ordered_json out;
    out["destructive"] = p.destructive();
    out["losses"] = p.losses();
    out["unacceptedLosses"] = p.unaccepted_losses();
    out["warnings"] = p.warnings();
    out["changes"] = std::move(changes);
    out["unusedAcceptances"] = std::move(unused);
    return out.dump(2) + "\n";
}

}  // namespace appwrite::schema::diff

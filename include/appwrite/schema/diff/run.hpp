// One diff as both front ends run it — `appwrite-schema diff OLD NEW` and the generator's
// `--diff BASELINE` (the CMake BASELINE option): plan, render, and the exit code of
// `--fail-on destructive`.
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>
#include <iterator>
#include <string>
#include <vector>

#include <appwrite/schema/diff/plan.hpp>
#include <appwrite/schema/diff/report.hpp>
#include <appwrite/schema/diff/shell.hpp>

namespace appwrite::schema::diff {

struct diff_request {
    std::string format = "text";                              // text, markdown, json or shell
    bool colour = false;                                      // text on a terminal
    bool fail_on_destructive = false;                         // exit 1 on data loss the schema does not accept
    acceptance_spelling spelling = acceptance_spelling::cpp;  // command_line for `appwrite-schema diff`
    plan_options options{};
};

struct diff_result {
    std::string text;      // the report, or the deployment script
    std::string rollback;  // format shell: the rollback script
    std::string error;     // a usage error (bad format): exit 2
    int exit_code = 0;     // 0 fine, 1 unaccepted data loss with fail_on_destructive, 2 usage
    std::size_t unaccepted_losses = 0;
    std::size_t changes = 0;  // in the plan: 0 means nothing to deploy
};

inline diff_result run_diff(const schema_view& before, const schema_view& after, const diff_request& request) {
    diff_result r;
    const auto p = make_plan(before, after, request.options);
    if (request.format == "text") {
        r.text = text_report(p, request.colour, request.spelling);
    } else if (request.format == "markdown") {
        r.text = markdown_report(p, request.spelling);
    } else if (request.format == "json") {
        r.text = json_report(p, request.spelling);
    } else if (request.format == "shell") {
        auto scripts = shell_scripts(p, before, after,
                                     {.tables = request.options.tables, .cli_version = request.options.cli_version});
        r.text = std::move(scripts.deploy);
        r.rollback = std::move(scripts.rollback);
    } else {
        r.error = "--format takes text, markdown, json or shell, not " + request.format;
        r.exit_code = 2;
        return r;
    }
    r.unaccepted_losses = p.unaccepted_losses();
    r.changes = p.changes.size();
    r.exit_code = request.fail_on_destructive && p.destructive() ? 1 : 0;
    return r;
}

// Parses `--accept KIND:DATABASE[/COLLECTION[/KEY]]` (the tool's spelling of accept_data_loss for
// files); `storage` keeps the strings the acceptances point into (a deque: growing it moves
// nothing). Returns false on a bad spelling.
inline bool parse_acceptance(const std::string& spec, std::deque<std::string>& storage, accepted_loss& out) {
    const auto colon = spec.find(':');
    if (colon == std::string::npos) return false;
    const std::string kind = spec.substr(0, colon);
    std::vector<std::string> parts;
    std::string rest = spec.substr(colon + 1);
    for (std::size_t at = 0;;) {
        const auto slash = rest.find('/', at);
        parts.push_back(rest.substr(at, slash == std::string::npos ? std::string::npos : slash - at));
        if (slash == std::string::npos) break;
        at = slash + 1;
    }
    for (const auto& part : parts)
        if (part.empty()) return false;
    // The kinds are spelled as in the DSL (accept_loss.hpp); each names one more level than the last.
    const auto named = from_name<loss_kind>(kind);
    if (!named) return false;
    out.kind = *named;
    const std::size_t wanted = out.kind == loss_kind::dropped_database     ? 1
                               : out.kind == loss_kind::dropped_collection ? 2
                                                                           : 3;
    if (parts.size() != wanted) return false;
    std::string_view* fields[] = {&out.database, &out.collection, &out.key};
    for (std::size_t i = 0; i < parts.size(); ++i) {
        storage.push_back(parts[i]);
        *fields[i] = storage.back();
    }
    return true;
}

}  // namespace appwrite::schema::diff

// appwrite-schema: the schema rules for any Appwrite project's config file. Commands and options are
// declared in arguments.hpp (`appwrite-schema --help`, `appwrite-schema help COMMAND`).
//
//   appwrite-schema check FILE [--profile P] [--format text|json] [--server X.Y] [--strict]
//   appwrite-schema import FILE [-o schema.hpp] [--namespace NS]
//   appwrite-schema types FILE [--language cpp] [-o types.hpp] [--namespace NS]
//   appwrite-schema diagram FILE [--format mermaid|dot] [-o OUT]
//   appwrite-schema emit FILE [--format json|terraform] [--shape collections|tables] [-o OUT]
//   appwrite-schema diff [OLD] NEW [--format text|markdown|json|shell] [--fail-on destructive]
//                               [--cli X.Y] [--accept KIND:DB[/COLLECTION[/KEY]]]... [--rollback FILE] [-o OUT]
//
// Exit codes: 0 clean (warnings allowed unless --strict), 1 findings (diff: unaccepted data loss
// with --fail-on destructive), 2 unreadable input or usage, 3 internal error.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <exception>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

#include <fmt/core.h>

#include <appwrite/schema/diff/run.hpp>
#include <appwrite/schema/emit/atomic_file.hpp>
#include <appwrite/schema/emit/config_json.hpp>
#include <appwrite/schema/emit/cpp_header.hpp>
#include <appwrite/schema/emit/cpp_types.hpp>
#include <appwrite/schema/emit/diagram.hpp>
#include <appwrite/schema/emit/terraform.hpp>
#include <appwrite/schema/io/check.hpp>
#include <appwrite/schema/io/other_sections.hpp>
#include <appwrite/schema/io/settings.hpp>
#include <appwrite/schema/version_text.hpp>

#include "arguments.hpp"
#include "machine_report.hpp"
#include "report.hpp"

namespace {
namespace aw = appwrite::schema;

using tool::exit_findings;
using tool::exit_internal;
using tool::exit_ok;
using tool::exit_usage;

// Writes `text` to -o (atomically) or stdout.
int output(const std::string& path, const std::string& text) {
    if (path.empty()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return 0;
    }
    try {
        aw::emit::write_file_atomically(path, text);
    } catch (const std::exception& e) {
        fmt::print(stderr, "appwrite-schema: {}\n", e.what());
        return exit_usage;
    }
    return 0;
}

// Reads FILE, or standard input for `-`.
aw::io::loaded_config read_input(const std::string& file) {
    return file == "-" ? aw::io::load_config(stdin, "<stdin>") : aw::io::load_config(file);
}

// Reads FILE; prints its file issues and returns false when it cannot be read.
bool load(const std::string& file, aw::io::loaded_config& config) {
    config = read_input(file);
    if (config.readable) return true;
    tool::print_text(stderr, config.source, aw::io::file_findings(config), {});
    return false;
}

// Colour for a stream: --color always/never, or auto: a terminal and no NO_COLOR (no-color.org).
bool use_colour(const std::string& choice, std::FILE* stream) {
    if (choice == "always") return true;
    if (choice == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(fileno(stream)) != 0 && (no_color == nullptr || *no_color == '\0');
}

// --server / --cli as a deployment target; false (said on stderr) for a malformed version.
bool parse_target(const std::string& server, const std::string& cli, aw::deploy_target& target) {
    if (!server.empty() && !aw::io::parse_version(server, target.server_version)) {
        fmt::print(stderr, "appwrite-schema: --server takes a version like 1.9 or 1.8.1, not {}\n", server);
        return false;
    }
    if (!cli.empty() && !aw::io::parse_version(cli, target.cli_version)) {
        fmt::print(stderr, "appwrite-schema: --cli takes a version like 12.0.1, not {}\n", cli);
        return false;
    }
    return true;
}

// --ignore names rules by code (any case: aw009 is AW009) or name; anything else is a usage error,
// not a silent no-op. The codes are written back.
bool parse_ignored(std::vector<std::string>& ignore) {
    for (auto& wanted : ignore) {
        const auto code = aw::io::rule_code_named(wanted);
        if (code.empty()) {
            fmt::print(stderr, "appwrite-schema: --ignore: {} is not a rule code or name (see docs/rules.md)\n",
                       wanted);
            return false;
        }
        if (aw::io::level_is_fixed(code)) {
            fmt::print(stderr,
                       "appwrite-schema: --ignore: {} means the file is not read in full: it cannot be left out\n",
                       wanted);
            return false;
        }
        wanted = code;
    }
    return true;
}

// How one config is checked: the settings file's profile, target and rule levels, under the command
// line's (--profile, --server, --cli, --ignore).
struct check_plan {
    const aw::server_profile* profile = &aw::mariadb;
    aw::io::check_options options;
    std::vector<aw::io::rule_level> levels;
    std::string settings_file;  // empty: none
};

// A settings file that cannot be used, as a finding in that file (AW013).
aw::io::finding settings_finding(const aw::io::settings_error& e) {
    const auto& about = aw::io::info(aw::io::file_issue::settings_unusable);
    return {.code = std::string(about.code),
            .name = std::string(about.name),
            .level = about.level,
            .path = e.path,
            .message = std::string(about.message),
            .detail = e.message,
            .file = e.file,
            .at = e.at};
}

// The plan for `file` (`-`: the current folder's settings). Settings that cannot be used are
// `problem` (the file is then not checked); false (said on stderr) for a command-line value that
// cannot be used.
bool plan_check(const std::string& file, const tool::settings_args& from, const tool::target_args& target,
                const std::vector<std::string>& ignore, check_plan& plan, std::optional<aw::io::finding>& problem) {
    aw::io::check_settings settings;
    const std::filesystem::path path = !from.file.empty() ? std::filesystem::path(from.file)
                                       : from.none        ? std::filesystem::path()
                                                          : aw::io::settings_beside(file);  // `-`: the current folder
    if (!path.empty()) {
        if (const auto why = aw::io::read_settings(path, settings)) {
            problem = settings_finding(*why);
            return true;
        }
    }
    const auto& engine = !target.profile.empty()     ? target.profile
                         : !settings.profile.empty() ? settings.profile
                                                     : "mariadb";
    plan.profile = aw::profile_named(engine);
    if (plan.profile == nullptr) {
        fmt::print(stderr, "appwrite-schema: unknown profile {}\n", engine);
        return false;
    }
    if (!parse_target(!target.server.empty() ? target.server : settings.server,
                      !target.cli.empty() ? target.cli : settings.cli, plan.options.target))
        return false;
    plan.levels = std::move(settings.rules);
    for (const auto& code : ignore) plan.levels.push_back({code, std::nullopt});
    plan.settings_file = settings.file;
    return true;
}

int check(tool::check_args a) {
    if (!parse_ignored(a.ignore)) return exit_usage;
    if (a.files.empty()) {
        const auto found = aw::io::find_config(std::filesystem::current_path());
        if (found.empty()) {
            fmt::print(stderr,
                       "appwrite-schema: no appwrite.config.json or appwrite.json in {} or a parent folder; name "
                       "the file: appwrite-schema check FILE\n",
                       std::filesystem::current_path().string());
            return exit_usage;
        }
        a.files.push_back(std::filesystem::relative(found).string());
    }
    if (std::count(a.files.begin(), a.files.end(), "-") > 1) {
        fmt::print(stderr, "appwrite-schema: standard input (-) can be read once\n");
        return exit_usage;
    }
    std::vector<tool::file_report> reports;
    bool unreadable = false;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    const bool errors_only = a.min_severity == "error";
    const bool colour = use_colour(a.color, stdout);
    for (const auto& file : a.files) {
        check_plan plan;
        std::optional<aw::io::finding> problem;
        if (!plan_check(file, a.settings, a.target, a.ignore, plan, problem)) return exit_usage;
        const std::string source = file == "-" ? "<stdin>" : file;
        if (problem) {  // this config is not checked; the others are
            unreadable = true;
            ++errors;
            if (a.format == "text") tool::print_text(stdout, source, {*problem}, {.colour = colour, .quiet = a.quiet});
            reports.push_back({source, {*problem}});
            continue;
        }
        if (a.verbose && !plan.settings_file.empty() && a.format == "text")
            fmt::print("{}: checked with the settings of {}\n", source, plan.settings_file);
        const auto config = read_input(file);
        auto findings = aw::io::check_config(config, *plan.profile, plan.options);
        unreadable = unreadable || !config.readable;
        if (config.readable) {
            aw::io::apply_levels(plan.levels, findings);
            std::erase_if(findings,
                          [&](const aw::io::finding& f) { return errors_only && f.level == aw::severity::warning; });
        }
        for (const auto& f : findings) (f.level == aw::severity::error ? errors : warnings)++;
        if (a.format == "text")
            tool::print_text(stdout, config.source, findings,
                             {.colour = colour, .quiet = a.quiet, .verbose = a.verbose});
        reports.push_back({config.source, std::move(findings)});
    }
    if (a.format == "json") std::fputs(tool::json_report(reports).c_str(), stdout);
    if (a.format == "sarif") std::fputs(tool::sarif_report(reports, APPWRITE_SCHEMA_VERSION).c_str(), stdout);
    if (a.format == "github") std::fputs(tool::github_report(reports).c_str(), stdout);
    if (unreadable) return exit_usage;
    return errors > 0 || (a.strict && warnings > 0) ? exit_findings : exit_ok;
}

// import, diagram and emit: the config read, and its errors (the rules of `check`, for --profile,
// --server and --cli over the settings beside the config, else the newest server on MariaDB) printed on
// stderr; a config with errors is refused (exit 1) unless --force.
int load_valid(const std::string& file, const tool::settings_args& settings, const tool::target_args& target,
               bool force, aw::io::loaded_config& config, check_plan& plan) {
    std::optional<aw::io::finding> problem;
    if (!plan_check(file, settings, target, {}, plan, problem)) return exit_usage;
    if (problem) {
        tool::print_text(stderr, file, {*problem}, {.colour = use_colour("auto", stderr)});
        return exit_usage;
    }
    if (!load(file, config)) return exit_usage;
    auto findings = aw::io::check_config(config, *plan.profile, plan.options);
    aw::io::apply_levels(plan.levels, findings);
    std::erase_if(findings, [](const aw::io::finding& f) { return f.level != aw::severity::error; });
    if (findings.empty()) return exit_ok;
    tool::print_text(stderr, config.source, findings, {.colour = use_colour("auto", stderr)});
    if (force) {
        fmt::print(stderr, "appwrite-schema: --force: writing {} although it has errors\n", config.source);
        return exit_ok;
    }
    fmt::print(stderr, "appwrite-schema: {} has errors, nothing written; fix them or pass --force\n", config.source);
    return exit_findings;
}

// import and types: a header the compiler checks, written by `render`.
template <class Render>
int write_header(const tool::import_args& a, Render render) {
    aw::io::loaded_config config;
    check_plan plan;
    if (const int rc = load_valid(a.file, a.settings, a.target, a.force, config, plan); rc != exit_ok) return rc;
    if (const auto errors = aw::io::compiler_errors(config, *plan.profile, plan.options); !errors.empty() && !a.force) {
        tool::print_text(stderr, config.source, errors, {.colour = use_colour("auto", stderr)});
        fmt::print(stderr,
                   "appwrite-schema: the header would not compile: the C++ rules keep these errors (the settings' "
                   "levels apply to files only); nothing written, or pass --force\n");
        return exit_findings;
    }
    aw::emit::cpp_header_options options;
    options.source = config.source;
    options.name_space = a.name_space;
    options.engine = plan.profile->name;  // the header's project is checked as the file was
    options.target = plan.options.target;
    std::string text;
    try {
        text = render(config.view(), options);
    } catch (const aw::emit::cpp_types_error& e) {
        fmt::print(stderr, "{}: {}; nothing written\n", config.source, e.what());
        return exit_findings;
    }
    return output(a.output, text);
}

int import(const tool::import_args& a) {
    return write_header(
        a, [](const aw::schema_view& v, const aw::emit::cpp_header_options& o) { return aw::emit::cpp_header(v, o); });
}

int types(const tool::types_args& a) {
    return write_header(
        a, [](const aw::schema_view& v, const aw::emit::cpp_types_options& o) { return aw::emit::cpp_types(v, o); });
}

int diagram(const tool::diagram_args& a) {
    aw::io::loaded_config config;
    check_plan plan;
    if (const int rc = load_valid(a.file, a.settings, a.target, a.force, config, plan); rc != exit_ok) return rc;
    const auto& format = a.format;
    if (format == "mermaid") return output(a.output, aw::emit::mermaid_diagram(config.view()));
    if (format == "dot") return output(a.output, aw::emit::dot_diagram(config.view()));
    fmt::print(stderr, "appwrite-schema: --format takes mermaid or dot, not {}\n", format);
    return exit_usage;
}

// The config's `endpoint`, when it has a string one (empty otherwise).
std::string config_endpoint(const aw::io::loaded_config& config) {
    const auto sections = aw::io::other_sections(config);
    const auto it = sections.find("endpoint");
    return it != sections.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// --format terraform: what the provider cannot express is a finding (file:line, path, fix) and
// nothing is written, whatever --force says: there is no way to write it.
int emit_terraform(const tool::emit_args& a, const aw::io::loaded_config& config, const check_plan& plan) {
    const auto view = config.view();
    aw::emit::terraform_options options;
    options.project_id = a.project_id;
    options.endpoint = !a.endpoint.empty() ? a.endpoint : config_endpoint(config);
    for (const auto& spec : a.environments) {
        aw::emit::terraform_environment e;
        if (const auto error = aw::emit::parse_terraform_environment(spec, e); !error.empty()) {
            fmt::print(stderr, "appwrite-schema: --environment {}: {}\n", spec, error);
            return exit_usage;
        }
        options.environments.push_back(std::move(e));
    }
    if (const auto error = aw::emit::terraform_options_error(view, options); !error.empty()) {
        fmt::print(stderr, "appwrite-schema: --environment: {}\n", error);
        return exit_usage;
    }
    // The provider's TablesDB routes need a newer server than a config for an older one targets: it
    // is checked again for that server, and refused if it breaks a rule there.
    if (const auto server = aw::emit::terraform_server(plan.options.target.server_version);
        server != plan.options.target.server_version) {
        auto options_there = plan.options;
        options_there.target.server_version = server;
        auto findings = aw::io::check_config(config, *plan.profile, options_there);
        aw::io::apply_levels(plan.levels, findings);
        std::erase_if(findings, [](const aw::io::finding& f) { return f.level != aw::severity::error; });
        if (!findings.empty()) {
            tool::print_text(stderr, config.source, findings, {.colour = use_colour("auto", stderr)});
            fmt::print(stderr,
                       "appwrite-schema: {} is checked for Appwrite {}; the provider's TablesDB resources need {}, "
                       "where it has the errors above; nothing written\n",
                       config.source, aw::version_text(plan.options.target.server_version), aw::version_text(server));
            return exit_findings;
        }
        options.schema_server = plan.options.target.server_version;
        options.checked_for_server = server;
    }
    // file:line:column of a record, and its database/collection/key.
    const auto place = [&](const std::string& path) {
        std::vector<aw::io::finding> located(1);
        located[0].path = path;
        aw::io::locate(config, located);
        const auto& f = located[0];
        return fmt::format("{}:{}:{}: ", f.file.empty() ? config.source : f.file, f.at.line, f.at.column) +
               (f.where.empty() ? path : f.where);
    };
    const auto blockers = aw::emit::terraform_blockers(view);
    for (const auto& b : blockers) {
        const bool attribute = b.kind == aw::emit::terraform_blocker::record::attribute;
        const auto at = place(attribute ? config.attribute_paths.at(b.position) : config.index_paths.at(b.position));
        fmt::print(stderr, "{}: error: {}\n    fix: {}\n", at, b.message, b.fix);
    }
    if (!blockers.empty()) {
        fmt::print(stderr,
                   "appwrite-schema: {}: nothing written: the Terraform provider cannot express the {} above (even "
                   "with --force)\n",
                   config.source,
                   blockers.size() == 1 ? "attribute or index"
                                        : std::to_string(blockers.size()) + " attributes and indexes");
        return exit_findings;
    }
    for (const auto& note : aw::emit::terraform_notes(view))
        fmt::print(stderr, "{}: note: {}\n", place(config.attribute_paths.at(note.attribute)), note.message);
    return output(a.output, aw::emit::terraform_text(view, options));
}

int emit(const tool::emit_args& a) {
    if (a.format == "terraform" && !a.shape.empty()) {
        fmt::print(stderr, "appwrite-schema: --shape is for --format json (Terraform has one shape: TablesDB)\n");
        return exit_usage;
    }
    if (!a.endpoint.empty())
        if (const auto error = aw::emit::endpoint_error(a.endpoint); !error.empty()) {
            fmt::print(stderr, "appwrite-schema: --endpoint {}\n", error);
            return exit_usage;
        }
    if (!a.project_id.empty())
        if (const auto error = aw::emit::id_error("the project ID", a.project_id); !error.empty()) {
            fmt::print(stderr, "appwrite-schema: --project-id: {}\n", error);
            return exit_usage;
        }
    if (a.format == "json" && !a.environments.empty()) {
        fmt::print(stderr, "appwrite-schema: --environment is for --format terraform (a JSON config has one "
                           "project: use --project-id and --endpoint)\n");
        return exit_usage;
    }
    aw::io::loaded_config config;
    check_plan plan;
    if (const int rc = load_valid(a.file, a.settings, a.target, a.force, config, plan); rc != exit_ok) return rc;
    if (a.format == "terraform") return emit_terraform(a, config, plan);
    aw::emit::config_options options;
    options.other_sections = aw::io::other_sections(config);  // functions, buckets, settings, … as they are
    options.cli_version = plan.options.target.cli_version;    // the settings' CLI (previousKey, orders)
    options.project_id = a.project_id;
    options.endpoint = a.endpoint;
    const std::string shape = !a.shape.empty()                                           ? a.shape
                              : config.has_tables_shape && !config.has_collections_shape ? "tables"
                                                                                         : "collections";
    if (shape == "tables") options.shape = aw::emit::config_shape::tables;
    else if (shape != "collections") {
        fmt::print(stderr, "appwrite-schema: --shape takes collections or tables, not {}\n", shape);
        return exit_usage;
    }
    return output(a.output, aw::emit::config_text(config.view(), options));
}
// Exit: 0 plan written; 1 with --fail-on destructive when a change loses data that no --accept
// covers; 2 unreadable input or usage.
int plan_diff(const tool::diff_args& a, std::size_t& changes) {
    const bool fresh = a.files.size() == 1;  // NEW alone: from an empty project
    const std::string& new_file = a.files.back();
    aw::io::loaded_config before;
    if (fresh) {
        before.readable = true;
        before.source = "(a fresh project)";
    } else if (!load(a.files.front(), before)) {
        return exit_usage;
    }
    aw::io::loaded_config after;
    if (!load(new_file, after)) return exit_usage;
    for (const auto* config : {&before, &after}) {
        const auto broken = aw::io::structural_errors(*config);
        if (broken.empty() || a.allow_invalid) continue;
        tool::print_text(stderr, config->source, broken, {.colour = use_colour("auto", stderr), .verbose = true});
        fmt::print(
            stderr,
            "appwrite-schema: {} is read only in part, so the plan could miss data loss; fix it (appwrite-schema "
            "check {}) or pass --allow-invalid\n",
            config->source, config->source);
        return exit_usage;
    }

    // NEW is checked first: the server would refuse its broken steps after the earlier ones ran.
    check_plan target;
    std::optional<aw::io::finding> problem;
    if (!plan_check(new_file, a.settings, a.target, {}, target, problem)) return exit_usage;
    if (problem) {
        tool::print_text(stderr, after.source, {*problem}, {.colour = use_colour("auto", stderr)});
        return exit_usage;
    }
    auto findings = aw::io::check_config(after, *target.profile, target.options);
    aw::io::apply_levels(target.levels, findings);
    std::erase_if(findings, [](const aw::io::finding& f) { return f.level != aw::severity::error; });
    if (!findings.empty()) {
        tool::print_text(stderr, after.source, findings, {.colour = use_colour("auto", stderr)});
        if (!a.allow_invalid) {
            fmt::print(stderr,
                       "appwrite-schema: {} breaks the rules above, and the server would refuse those steps after "
                       "the earlier ones ran; no plan written: fix it, or pass --allow-invalid\n",
                       after.source);
            return exit_usage;
        }
        fmt::print(stderr, "appwrite-schema: --allow-invalid: planning into {} although it breaks rules\n",
                   after.source);
    }

    aw::diff::diff_request request;
    request.format = a.format;
    request.spelling = aw::diff::acceptance_spelling::command_line;
    request.colour = use_colour("auto", stdout) && a.output.empty();
    const auto& fail_on = a.fail_on;
    if (!fail_on.empty() && fail_on != "destructive") {
        fmt::print(stderr, "appwrite-schema: --fail-on takes destructive, not {}\n", fail_on);
        return exit_usage;
    }
    request.fail_on_destructive = fail_on == "destructive";
    request.options.cli_version = target.options.target.cli_version;
    std::deque<std::string> storage;
    std::vector<aw::accepted_loss> accepted;
    for (const auto& spec : a.accept) {
        aw::accepted_loss loss;
        if (!aw::diff::parse_acceptance(spec, storage, loss)) {
            fmt::print(stderr,
                       "appwrite-schema: --accept takes dropped_database:DB, dropped_collection:DB/COLLECTION, "
                       "dropped_attribute:DB/COLLECTION/KEY or recreated_attribute:DB/COLLECTION/KEY, not {}\n",
                       spec);
            return exit_usage;
        }
        accepted.push_back(loss);
    }
    request.options.accepted = accepted;
    request.options.tables = after.has_tables_shape && !after.has_collections_shape;

    const auto result = aw::diff::run_diff(before.view(), after.view(), request);
    if (!result.error.empty()) {
        fmt::print(stderr, "appwrite-schema: {}\n", result.error);
        return exit_usage;
    }
    if (request.format == "shell") {
        auto rollback = a.rollback;
        if (rollback.empty() && !a.output.empty()) {
            const std::filesystem::path out = a.output;
            rollback = (out.parent_path() / (out.stem().string() + ".rollback.sh")).string();
        }
        if (rollback.empty()) {
            fmt::print(stderr, "appwrite-schema: no rollback script written: pass --rollback FILE (or -o FILE)\n");
        } else {
            try {
                aw::emit::write_file_atomically(rollback, result.rollback);
            } catch (const std::exception& e) {
                fmt::print(stderr, "appwrite-schema: {}\n", e.what());
                return exit_usage;
            }
        }
    }
    if (const int rc = output(a.output, result.text); rc != 0) return rc;
    if (result.exit_code == 1)
        fmt::print(stderr, "appwrite-schema: {} destructive change(s) not accepted\n", result.unaccepted_losses);
    changes = result.changes;
    return result.exit_code;
}

// diff's exit codes, or with --exit-code Prisma's: 0 nothing to deploy, 2 changes, 1 any error.
int diff(const tool::diff_args& a) {
    std::size_t changes = 0;
    if (!a.exit_code) return plan_diff(a, changes);
    try {
        if (plan_diff(a, changes) != exit_ok) return 1;
    } catch (const std::exception& e) {
        fmt::print(stderr, "appwrite-schema: internal error: {}\n", e.what());
        return 1;
    }
    return changes > 0 ? 2 : 0;
}
// CLI11 reports a usage error: say it, with the closest option of that command, and exit 2.
int usage_error(const CLI::App& app, const CLI::ParseError& e) {
    fmt::print(stderr, "appwrite-schema: {}\n", e.what());
    const CLI::App* command = &app;
    for (const auto* sub : app.get_subcommands()) command = sub;
    if (const auto* extras = dynamic_cast<const CLI::ExtrasError*>(&e); extras != nullptr || command != &app) {
        for (const auto& word : command->remaining()) {
            if (word.rfind('-', 0) != 0) continue;
            const auto name = word.substr(0, word.find('='));
            // An option of another command (check --shape) is named as such.
            std::string owners;
            for (const auto* other : app.get_subcommands([](const CLI::App*) { return true; })) {
                const auto names = tool::option_names(*other);
                if (other != command && std::find(names.begin(), names.end(), name) != names.end())
                    owners += (owners.empty() ? "" : ", ") + other->get_name();
            }
            if (!owners.empty() && command != &app)
                fmt::print(stderr, "appwrite-schema: {} is an option of {}, not of {}\n", name, owners,
                           command->get_name());
            else if (const auto near = tool::closest(name, tool::option_names(*command)); !near.empty())
                fmt::print(stderr, "appwrite-schema: did you mean {}?\n", near);
        }
    }
    fmt::print(stderr, "Run `appwrite-schema {}--help` for the options.\n",
               command == &app ? "" : command->get_name() + " ");
    return exit_usage;
}

int run(int argc, char** argv) {
    CLI::App app{"", "appwrite-schema"};
    tool::arguments a;
    tool::declare(app, a, APPWRITE_SCHEMA_VERSION);
    // An unknown option before any command (--verison) is said as such (CLI11 would ask for a command).
    if (argc > 1 && argv[1][0] == '-') {
        const std::string word = argv[1];
        const std::vector<std::string> top = {"--help", "-h", "--version"};
        if (std::find(top.begin(), top.end(), word) == top.end()) {
            fmt::print(stderr, "appwrite-schema: unknown option {}\n", word);
            if (const auto near = tool::closest(word.substr(0, word.find('=')), top); !near.empty())
                fmt::print(stderr, "appwrite-schema: did you mean {}?\n", near);
            fmt::print(stderr, "Run `appwrite-schema --help` for the commands.\n");
            return exit_usage;
        }
    }
    // An unknown command is said as such, with the closest one (CLI11 would call it an extra argument).
    if (argc > 1 && argv[1][0] != '-') {
        std::vector<std::string> commands;
        for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; }))
            commands.push_back(sub->get_name());
        if (std::find(commands.begin(), commands.end(), argv[1]) == commands.end()) {
            fmt::print(stderr, "appwrite-schema: unknown command {}\n", argv[1]);
            if (const auto near = tool::closest(argv[1], commands); !near.empty())
                fmt::print(stderr, "appwrite-schema: did you mean {}?\n", near);
            fmt::print(stderr, "Run `appwrite-schema --help` for the commands.\n");
            return exit_usage;
        }
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        const CLI::App* command = &app;
        for (const auto* sub : app.get_subcommands()) command = sub;
        fmt::print("{}", tool::help_text(*command));
        return exit_ok;
    } catch (const CLI::CallForAllHelp&) {
        fmt::print("{}", app.help("", CLI::AppFormatMode::All));
        return exit_ok;
    } catch (const CLI::CallForVersion&) {
        fmt::print("appwrite-schema {}\n", APPWRITE_SCHEMA_VERSION);
        return exit_ok;
    } catch (const CLI::ParseError& e) {
        const int rc = usage_error(app, e);
        // diff --exit-code promises 1 for any error: 2 would read as "there are changes".
        const bool exit_code_contract = argc > 1 && std::string_view(argv[1]) == "diff" &&
                                        std::any_of(argv + 2, argv + argc,
                                                    [](const char* w) { return std::string_view(w) == "--exit-code"; });
        return exit_code_contract ? 1 : rc;
    }
    if (app.got_subcommand("help")) {
        fmt::print("{}", a.help_topic.empty()
                             ? app.get_formatter()->make_help(&app, "appwrite-schema", CLI::AppFormatMode::Normal)
                             : tool::help_text(*app.get_subcommand(a.help_topic)));
        return exit_ok;
    }
    if (app.got_subcommand("check")) return check(a.check);
    if (app.got_subcommand("import")) return import(a.import);
    if (app.got_subcommand("types")) return types(a.types);
    if (app.got_subcommand("diagram")) return diagram(a.diagram);
    if (app.got_subcommand("emit")) return emit(a.emit);
    return diff(a.diff);
}
}  // namespace

int main(int argc, char** argv) {
    try {
        const int rc = run(argc, argv);
        // A report that did not reach its reader (a full disk, a closed pipe) is a failure, not a pass.
        if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
            fmt::print(stderr, "appwrite-schema: cannot write to standard output: {}\n", std::strerror(errno));
            return rc == exit_ok ? exit_usage : rc;
        }
        return rc;
    } catch (const std::exception& e) {  // nothing in a file should get here; say so rather than abort
        fmt::print(stderr, "appwrite-schema: internal error: {}\n", e.what());
        return exit_internal;
    }
}

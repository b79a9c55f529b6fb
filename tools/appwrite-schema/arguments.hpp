// The command line of appwrite-schema, declared with CLI11: one subcommand per command, each with
// its own options, so an option of another command (or a misspelt one) is an error with a
// suggestion, never silently ignored. `--flag value` and `--flag=value` both work.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include <appwrite/schema/detail/closest.hpp>
#include <appwrite/schema/detail/cpp_keywords.hpp>
#include <appwrite/schema/profile.hpp>

namespace tool {

// Exit codes, the same for every command (docs/check.md): CLI11's own codes are mapped onto them.
enum exit_code : int {
    exit_ok = 0,        // no errors (check), no unaccepted loss (diff), output written
    exit_findings = 1,  // errors found (warnings too with --strict); diff: unaccepted loss with --fail-on
    exit_usage = 2,     // the input cannot be used: missing, unreadable, not JSON; or a usage error
    exit_internal = 3,  // a bug: please report it
};

// Where the check settings come from (io/settings.hpp): beside the config unless named or refused.
struct settings_args {
    std::string file;   // --settings FILE
    bool none = false;  // --no-settings
};

// What the config is checked for: --profile, --server, --cli (each empty: the settings file's).
struct target_args {
    std::string profile;  // empty: the settings file's, else mariadb
    std::string server;   // empty: the settings file's, else the newest
    std::string cli;      // empty: the settings file's, else the newest
};

struct check_args {
    std::vector<std::string> files;  // none: the config found from the current folder up; `-`: stdin
    settings_args settings;
    target_args target;
    std::string format = "text";
    std::string color = "auto";
    bool strict = false;
    bool quiet = false;
    bool verbose = false;
    std::string min_severity = "warning";
    std::vector<std::string> ignore;  // codes (AW505) or rule names (permission_anonymous_write)
};
// import, diagram and emit read one config and refuse one with errors unless --force.
struct import_args {
    std::string file;
    settings_args settings;
    target_args target;
    std::string output;
    std::string name_space = "schema";
    bool force = false;
};
// types: import's inputs, and the language of the types.
struct types_args : import_args {
    std::string language = "cpp";
};
struct diagram_args {
    std::string file;
    settings_args settings;
    target_args target;
    std::string format = "mermaid";
    std::string output;
    bool force = false;
};
struct emit_args {
    std::string file;
    settings_args settings;
    target_args target;
    std::string format = "json";            // json (the CLI's config) or terraform (HCL for the Appwrite provider)
    std::string shape;                      // json: empty is the file's own shape
    std::string project_id;                 // empty: the file's
    std::string endpoint;                   // empty: the file's
    std::vector<std::string> environments;  // terraform: NAME=PROJECT_ID[,ENDPOINT][,DB=ID]...
    std::string output;
    bool force = false;
};
struct diff_args {
    std::vector<std::string> files;  // OLD NEW, or NEW alone: the plan for a fresh project
    settings_args settings;          // NEW's: it is checked before it is planned
    target_args target;              // NEW is checked for these; --cli is also the CLI planned for
    std::string format = "text";
    std::string fail_on;
    std::vector<std::string> accept;
    std::string rollback;
    std::string output;
    bool allow_invalid = false;
    bool exit_code = false;  // Prisma's `migrate diff --exit-code`: 0 no changes, 2 changes, 1 error
};

struct arguments {
    check_args check;
    import_args import;
    types_args types;
    diagram_args diagram;
    emit_args emit;
    diff_args diff;
    std::string help_topic;
};

// The closest option or command to a misspelt one (detail/closest.hpp).
inline std::string closest(std::string_view word, const std::vector<std::string>& candidates) {
    return appwrite::schema::detail::closest(word, candidates);
}

// Every spelling of the options of `app` (long and short names, `--` and `-` included).
inline std::vector<std::string> option_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::Option* opt : app.get_options()) {
        for (const auto& l : opt->get_lnames()) names.push_back("--" + l);
        for (const auto& s : opt->get_snames()) names.push_back("-" + s);
    }
    return names;
}

// A command's help, its usage line naming the tool (CLI11 names only the subcommand).
inline std::string help_text(const CLI::App& command) {
    auto text = command.help();
    if (command.get_parent() != nullptr) {
        const auto usage = "Usage: " + command.get_name();
        if (const auto at = text.find(usage); at != std::string::npos)
            text.replace(at, usage.size(), "Usage: appwrite-schema " + command.get_name());
    }
    return text;
}

inline const char* const exit_codes_text =
    "Exit codes: 0 done; 1 the config has errors (printed as `check` prints them; --force writes anyway); "
    "2 the input cannot be read or the command line is wrong; 3 internal error.";
// A file name option: `-o ''` is a mistake (an empty name), not a request for standard output.
// `-o=out.json` would be the file "=out.json" (CLI11 reads a short option's value as written).
inline const CLI::Validator file_name(
    [](std::string& value) {
        if (value.empty()) return std::string("an empty file name");
        if (value[0] == '=')
            return "\"" + value + "\" starts with =: write -o " + value.substr(1) + " or --output=" + value.substr(1);
        return std::string();
    },
    "FILE");
// --server / --cli: a version, not an empty string (which would silently mean the newest).
inline const CLI::Validator
    version_text([](std::string& value) { return value.empty() ? std::string("an empty version") : std::string(); },
                 "X.Y[.Z]");

// --project-id / --endpoint: a value, not an empty string (which would silently mean the file's).
inline const CLI::Validator
    non_empty_text([](std::string& value) { return value.empty() ? std::string("an empty value") : std::string(); },
                   "TEXT");

// --namespace: identifiers joined by `::` (a::b), none a keyword or a reserved name (__x, _X).
inline const CLI::Validator namespace_name(
    [](std::string& value) {
        std::string_view rest = value;
        while (true) {
            const auto cut = rest.find("::");
            const auto part = rest.substr(0, cut);
            const bool identifier = !part.empty() && !std::isdigit(static_cast<unsigned char>(part[0])) &&
                                    std::all_of(part.begin(), part.end(), [](char c) {
                                        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
                                    });
            // [lex.name]: `__` anywhere and `_X` are reserved, and so is a leading `_` at global scope.
            const bool outermost = rest.data() == value.data();
            const bool reserved = part.find("__") != std::string_view::npos ||
                                  (!part.empty() && part[0] == '_' &&
                                   (outermost ||
                                    (part.size() > 1 && std::isupper(static_cast<unsigned char>(part[1])))));
            // `std` is the standard library's, `aw` the alias the header declares inside the namespace.
            const bool taken = (part == "std" && outermost) || part == "aw";
            if (!identifier || reserved || taken || appwrite::schema::detail::is_cpp_keyword(part))
                return "\"" + value +
                       "\" is not a C++ namespace name for the header (identifiers joined by ::, no keywords, no "
                       "reserved names such as _X or a__b, not std or aw)";
            if (cut == std::string_view::npos) return std::string();
            rest = rest.substr(cut + 2);
        }
    },
    "NAME");

// --settings and --no-settings, for every command that checks a config.
inline void declare_settings(CLI::App& command, settings_args& a) {
    auto* file = command
                     .add_option("--settings", a.file,
                                 "the check settings to use (profile, server, cli, rule levels); unset: "
                                 ".appwrite-schema.json beside the config, if there is one (docs/check.md)")
                     ->check(file_name);
    command.add_flag("--no-settings", a.none, "ignore any .appwrite-schema.json")->excludes(file);
}

// --profile, --server and --cli, for every command that checks a config; `what` says what they are
// for in this command ("checked", "refused when it has errors").
inline void declare_target(CLI::App& command, target_args& a, const std::string& what) {
    std::vector<std::string> profile_names;
    for (const auto& row : appwrite::schema::profile_names) profile_names.emplace_back(row.name);
    command
        .add_option("--profile", a.profile,
                    "the database engine whose limits apply (postgres = postgresql) when the config is " + what +
                        "; unset: the settings file's, else mariadb")
        ->check(CLI::IsMember(profile_names));
    command
        .add_option("--server", a.server,
                    "the Appwrite server version the file is deployed to (e.g. 1.8.1) when it is " + what +
                        "; unset: the settings file's, else the newest")
        ->check(version_text);
    command
        .add_option("--cli", a.cli,
                    "the Appwrite CLI version that pushes it (e.g. 12.0.1) when it is " + what +
                        "; unset: the settings file's, else the newest")
        ->check(version_text);
}

inline const char* const force_text =
    "write the output even when the config has errors (they are printed); by default such a config is refused";

// Declares every command and option of the tool into `app`, writing into `a`.
inline void declare(CLI::App& app, arguments& a, const std::string& version) {
    app.description("The Appwrite server's schema rules for any appwrite.json / appwrite.config.json: check it, "
                    "import it as C++ or write C++ types for it, draw it, emit it in either shape, and plan a "
                    "migration between two.");
    app.set_version_flag("--version", version);
    app.require_subcommand(1);
    app.fallthrough(false);
    app.footer("Run `appwrite-schema help COMMAND` or `appwrite-schema COMMAND --help` for a command's options.\n"
               "Exit codes: see each command. Documentation: docs/check.md and docs/diff.md.");

    auto* check = app.add_subcommand("check", "Check a config against every rule the Appwrite server enforces.");
    check->add_option("FILE", a.check.files,
                      "the configs to check; `-` reads standard input; none: appwrite.config.json or appwrite.json "
                      "in the current folder or the nearest parent that has one");
    declare_target(*check, a.check.target, "checked");
    check
        ->add_option("--format", a.check.format,
                     "text (file:line:column: ...), json, sarif (SARIF 2.1.0, for GitHub code scanning) or github "
                     "(GitHub Actions annotations)")
        ->check(CLI::IsMember({"text", "json", "sarif", "github"}))
        ->capture_default_str();
    check
        ->add_option("--color,--colour", a.check.color,
                     "colour the text format: auto (a terminal, unless NO_COLOR is set), always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    declare_settings(*check, a.check.settings);
    check->add_flag("--strict", a.check.strict, "warnings fail too (exit 1)");
    check->add_flag("-q,--quiet", a.check.quiet, "print only the summary line (text format)");
    check->add_flag("-v,--verbose", a.check.verbose,
                    "list every finding (by default, more than 3 warnings of one rule in one collection are one line)");
    check->add_option("--min-severity", a.check.min_severity, "leave out findings below this severity")
        ->check(CLI::IsMember({"error", "warning"}))
        ->capture_default_str();
    check
        ->add_option("--ignore", a.check.ignore,
                     "leave out these rules, by code or name, comma-separated or repeated (e.g. AW505,AW009); "
                     "file issues of a file not read in full (AW001, AW002, AW004-AW006, AW011, AW013) cannot be "
                     "left out")
        ->delimiter(',')
        ->expected(1)
        ->take_all();
    check->footer("Exit codes: 0 no errors (warnings allowed unless --strict); 1 errors found; 2 a file "
                  "cannot be checked (missing, unreadable, not JSON, not an Appwrite config, or its settings cannot be "
                  "used) or the command line is wrong; 3 internal error. With several files, the worst of them.");

    auto* import = app.add_subcommand("import", "Write a config as a C++ schema header that the compiler checks.");
    import->add_option("FILE", a.import.file, "the config to import")->required();
    import->add_option("-o,--output", a.import.output, "the header to write (atomically); unset: standard output")
        ->check(file_name);
    import->add_option("--namespace", a.import.name_space, "the C++ namespace of the declarations (a or a::b)")
        ->check(namespace_name)
        ->capture_default_str();
    import->add_flag("--force", a.import.force, force_text);
    declare_target(*import, a.import.target, "checked before it is imported (the header is checked for the same)");
    declare_settings(*import, a.import.settings);
    import->footer(exit_codes_text);

    auto* types = app.add_subcommand(
        "types", "Write a config's collections as C++ types: a struct per collection, enum classes, key constants, "
                 "JSON conversion, and the collections derived from the structs (docs/documents.md).");
    types->add_option("FILE", a.types.file, "the config to write types for")->required();
    types
        ->add_option("--language", a.types.language,
                     "the language of the types: cpp (the Appwrite CLI's `appwrite types` writes the others)")
        ->check(CLI::Validator(
            [](std::string& value) {
                return value == "cpp"
                           ? std::string()
                           : "\"" + value +
                                 "\": only cpp; for ts, js, php, kotlin, swift, java, dart, cs or python use "
                                 "the Appwrite CLI's `appwrite types`";
            },
            "cpp"))
        ->capture_default_str();
    types->add_option("-o,--output", a.types.output, "the header to write (atomically); unset: standard output")
        ->check(file_name);
    types->add_option("--namespace", a.types.name_space, "the C++ namespace of the declarations (a or a::b)")
        ->check(namespace_name)
        ->capture_default_str();
    types->add_flag("--force", a.types.force, force_text);
    declare_target(*types, a.types.target, "checked before its types are written (the header is checked for the same)");
    declare_settings(*types, a.types.settings);
    types->footer(exit_codes_text);

    auto* diagram = app.add_subcommand("diagram", "Draw a config's collections and relationships.");
    diagram->add_option("FILE", a.diagram.file, "the config to draw")->required();
    diagram->add_option("--format", a.diagram.format, "Mermaid erDiagram or Graphviz DOT")
        ->check(CLI::IsMember({"mermaid", "dot"}))
        ->capture_default_str();
    diagram->add_option("-o,--output", a.diagram.output, "the file to write (atomically); unset: standard output")
        ->check(file_name);
    diagram->add_flag("--force", a.diagram.force, force_text);
    declare_target(*diagram, a.diagram.target, "checked before it is drawn");
    declare_settings(*diagram, a.diagram.settings);
    diagram->footer(exit_codes_text);

    auto* emit = app.add_subcommand("emit", "Write a config again as the Appwrite CLI pulls it, in either shape, or as "
                                            "Terraform for the Appwrite provider.");
    emit->add_option("FILE", a.emit.file, "the config to emit")->required();
    emit->add_option("--format", a.emit.format,
                     "json (the Appwrite CLI's config) or terraform (HCL for the official provider's TablesDB "
                     "resources, docs/terraform.md)")
        ->check(CLI::IsMember({"json", "terraform"}))
        ->capture_default_str();
    auto* shape = emit->add_option("--shape", a.emit.shape,
                                   "json: collections (databases/collections/attributes) or tables "
                                   "(tablesDB/tables/columns); unset: the file's own shape")
                      ->check(CLI::IsMember({"collections", "tables"}));
    auto* project_id = emit->add_option("--project-id", a.emit.project_id,
                                        "the project ID to write (terraform: the default of variable project_id); "
                                        "unset: the file's")
                           ->check(non_empty_text)
                           ->type_name("ID");
    auto* endpoint = emit->add_option("--endpoint", a.emit.endpoint,
                                      "the endpoint to write (terraform: the default of variable endpoint); unset: "
                                      "the file's")
                         ->check(non_empty_text)
                         ->type_name("URL");
    emit->add_option("--environment", a.emit.environments,
                     "terraform, repeatable: an environment the variable `environment` can pick, as "
                     "NAME=PROJECT_ID[,ENDPOINT][,SCHEMA_DB=DEPLOYED_DB]... (e.g. "
                     "staging=app-staging,https://staging.example.com/v1,main=main-staging)")
        ->expected(1)
        ->take_all()
        ->excludes(shape)
        ->excludes(project_id)
        ->excludes(endpoint);
    emit->add_option("-o,--output", a.emit.output, "the file to write (atomically); unset: standard output")
        ->check(file_name);
    emit->add_flag("--force", a.emit.force, force_text);
    declare_target(*emit, a.emit.target, "checked before it is written");
    emit->get_option("--cli")->description(
        "the Appwrite CLI version that pushes it (e.g. 12.0.1): the config is checked for it and written as it "
        "reads it (previousKey, index orders); unset: the settings file's, else the newest");
    declare_settings(*emit, a.emit.settings);
    emit->footer("Exit codes: 0 written; 1 the config has errors (printed as `check` prints them; --force writes "
                 "anyway), or with --format terraform it has what the provider cannot express (printed; --force does "
                 "not write it); 2 the input cannot be read or the command line is wrong; 3 internal error.");

    auto* diff = app.add_subcommand("diff", "Plan the migration from OLD to NEW: what `appwrite push` updates in "
                                            "place, recreates (data loss), deletes or renames.");
    diff->add_option("FILES", a.diff.files,
                     "the config deployed now and the config to deploy; NEW alone plans a fresh project (every "
                     "database, collection, attribute and index created)")
        ->required()
        ->expected(1, 2)
        ->type_name("[OLD] NEW");
    diff->add_option("--format", a.diff.format, "text, markdown, json, or shell (a deploy script and its rollback)")
        ->check(CLI::IsMember({"text", "markdown", "json", "shell"}))
        ->capture_default_str();
    diff->add_option("--fail-on", a.diff.fail_on, "exit 1 when a change loses data that no --accept covers")
        ->check(CLI::IsMember({"destructive"}));
    declare_target(*diff, a.diff.target, "checked before the plan is made (NEW)");
    diff->get_option("--cli")->description(
        "the Appwrite CLI version that pushes NEW (e.g. 12.0.1): NEW is checked for it and the plan is made for "
        "it (before 24.1 more changes lose data); unset: the settings file's, else the newest");
    declare_settings(*diff, a.diff.settings);
    diff->add_option("--accept", a.diff.accept,
                     "a loss you mean, repeatable: dropped_database:DB, dropped_collection:DB/COLLECTION, "
                     "dropped_attribute:DB/COLLECTION/KEY, recreated_attribute:DB/COLLECTION/KEY")
        ->expected(1)
        ->take_all();
    diff->add_option("--rollback", a.diff.rollback,
                     "with --format shell: where to write the rollback script; unset: beside -o")
        ->check(file_name);
    diff->add_option("-o,--output", a.diff.output, "the file to write (atomically); unset: standard output")
        ->check(file_name);
    diff->add_flag("--allow-invalid", a.diff.allow_invalid,
                   "plan even when OLD has structural errors (AW004-AW006) or NEW breaks a rule: the plan may miss "
                   "changes, and the server would refuse NEW's broken steps after the earlier ones ran");
    diff->add_flag("--exit-code", a.diff.exit_code,
                   "exit codes for scripts that ask whether there is anything to deploy: 0 no changes, 2 changes, "
                   "1 an error (Prisma's `migrate diff --exit-code`)");
    diff->footer("Exit codes: 0 the plan is written and no unaccepted change loses data; 1 with --fail-on "
                 "destructive, a change loses data that no --accept covers; 2 an input cannot be read or the "
                 "command line is wrong, or NEW breaks a rule (its findings are printed; --allow-invalid plans "
                 "anyway); 3 internal error. With --exit-code: 0 no changes, 2 changes, 1 any "
                 "error (also an unaccepted loss with --fail-on destructive).");

    auto* help = app.add_subcommand("help", "Print the help of the tool or of one command.");
    help->add_option("COMMAND", a.help_topic, "the command")
        ->check(CLI::IsMember({"check", "import", "types", "diagram", "emit", "diff", "help"}));
}

}  // namespace tool

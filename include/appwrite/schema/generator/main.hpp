// main() of a config generator, the top layer (it uses emit/, io/, diff/ and the rules): the program the CMake function
// appwrite_schema_config builds for a schema. Writes the config atomically; on any error prints it and exits non-zero,
// leaving the destination untouched.
//
//   generator --output FILE [--shape collections|tables] [--project-id ID] [--project-name NAME]
//             [--endpoint URL] [--database-id SCHEMA_ID=DEPLOYED_ID]...
//             [--terraform FILE.tf [--environment NAME=PROJECT_ID[,ENDPOINT][,DB=ID]...]...]
//             [--types FILE.hpp [--types-namespace NS]]
//   generator --diff BASELINE [--format text|markdown|json|shell] [--fail-on destructive] [emit options]
//
// With --diff it writes nothing: it prints the migration plan from BASELINE (the committed, deployed
// config) to the config it would emit, and with --fail-on destructive exits 1 on data loss the
// schema does not accept (accept_data_loss, reference F.6). The CMake option BASELINE runs this.
#pragma once

#include <cstdio>
#include <deque>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include <appwrite/schema/accept_loss.hpp>
#include <appwrite/schema/diff/run.hpp>
#include <appwrite/schema/emit.hpp>
#include <appwrite/schema/emit/cpp_types.hpp>
#include <appwrite/schema/emit/terraform.hpp>
#include <appwrite/schema/io/check.hpp>
#include <appwrite/schema/rules/context.hpp>
#include <appwrite/schema/version_text.hpp>

namespace appwrite::schema::generator {

using emit::config_options;
using emit::config_shape;
using emit::config_text;

struct generator_arguments {
    config_options options{};
    std::string output{};
    std::string terraform{};  // --terraform: also the HCL of the schema (emit/terraform.hpp) here
    std::string types{};      // --types: also the C++ types of the schema (emit/cpp_types.hpp) here
    std::string types_namespace = "schema_types";
    emit::terraform_options terraform_options{};
    std::string baseline{};       // --diff: plan from this file instead of writing
    std::string format = "text";  // of the plan
    bool fail_on_destructive = false;
};

// Parses the generator's arguments with CLI11 (`--flag value` and `--flag=value`; an unknown option
// is an error); returns an error message, empty when fine. `--help` returns the help text in `help`.
inline std::string parse_generator_arguments(int argc, const char* const* argv, generator_arguments& args,
                                             std::string* help = nullptr) {
    auto& options = args.options;
    CLI::App app{"Writes the Appwrite CLI config of the schema it was built for (appwrite_schema_config), or with "
                 "--diff prints the migration plan from a deployed config to it.",
                 argc > 0 ? argv[0] : "generator"};
    std::string shape = "collections";
    std::string fail_on;
    std::vector<std::string> database_ids;
    std::vector<std::string> environments;
    app.add_option("--output", args.output, "the config to write (atomically)");
    app.add_option("--terraform", args.terraform,
                   "also write the schema as Terraform (HCL for the Appwrite provider) to this file (atomically)");
    app.add_option("--environment", environments,
                   "with --terraform, repeatable: NAME=PROJECT_ID[,ENDPOINT][,SCHEMA_DB=DEPLOYED_DB]...")
        ->expected(1)
        ->take_all();
    app.add_option("--types", args.types,
                   "also write the schema's C++ types (a struct per collection, as `appwrite-schema types`) to this "
                   "file (atomically)");
    app.add_option("--types-namespace", args.types_namespace, "with --types: the namespace of the types")
        ->capture_default_str();
    app.add_option("--diff", args.baseline, "plan from this deployed config instead of writing");
    app.add_option("--format", args.format, "the plan's format")
        ->check(CLI::IsMember({"text", "markdown", "json", "shell"}))
        ->capture_default_str();
    app.add_option("--fail-on", fail_on, "with --diff: exit 1 on data loss the schema does not accept")
        ->check(CLI::IsMember({"destructive"}));
    app.add_option("--shape", shape, "collections or tables")
        ->check(CLI::IsMember({"collections", "tables"}))
        ->capture_default_str();
    app.add_option("--project-id", options.project_id, "the deployed project ID; unset: the schema's");
    app.add_option("--project-name", options.project_name, "the deployed project name; unset: the schema's");
    app.add_option("--endpoint", options.endpoint, "the endpoint key of the config; unset: none");
    app.add_option("--database-id", database_ids, "SCHEMA_ID=DEPLOYED_ID, repeatable")->expected(1)->take_all();
    app.footer("Exit codes: 0 written (--diff: no unaccepted loss); 1 --diff --fail-on destructive found an "
               "unaccepted loss, or the config could not be written; 2 usage or an unreadable baseline.");
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        if (help != nullptr) *help = app.help();
        return {};
    } catch (const CLI::ParseError& e) {
        return e.what();
    }
    options.shape = shape == "tables" ? config_shape::tables : config_shape::collections;
    args.fail_on_destructive = fail_on == "destructive";
    for (const auto& value : database_ids) {
        const auto eq = value.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == value.size())
            return "--database-id takes SCHEMA_ID=DEPLOYED_ID, not " + value;
        const auto deployed = value.substr(eq + 1);
        // A deployed ID must pass the server's ID rule like any other (reference A.1).
        if (auto broken = rules::check_key(deployed, 36))
            return "--database-id " + value + ": " + std::string(info(*broken).message);
        options.database_ids[value.substr(0, eq)] = deployed;
    }
    if (!environments.empty() && args.terraform.empty()) return "--environment is for --terraform";
    if (args.types.empty() && app.count("--types-namespace") > 0) return "--types-namespace is for --types";
    auto& terraform = args.terraform_options;
    terraform.project_id = options.project_id;
    terraform.endpoint = options.endpoint;
    terraform.database_ids = options.database_ids;
    for (const auto& spec : environments) {
        emit::terraform_environment e;
        if (auto error = emit::parse_terraform_environment(spec, e); !error.empty())
            return "--environment " + spec + ": " + error;
        terraform.environments.push_back(std::move(e));
    }
    if (args.output.empty() && args.baseline.empty()) return "--output FILE (or --diff BASELINE) is required";
    return {};
}

// The plan from `baseline` to what the generator would write, with the schema's accepted losses
// (their database IDs mapped like the config's).
inline int generator_diff(const schema_view& schema, std::uint32_t cli_version, std::span<const accepted_loss> accepted,
                          const generator_arguments& args) {
    // An unreadable baseline, or one read only in part, would give a plan that can miss data loss.
    const auto before = io::load_config(args.baseline);
    if (const auto broken = io::structural_errors(before); !broken.empty()) {
        for (const auto& issue : broken) {
            // file:line:column when the value was found (an unreadable file has no position)
            const auto place = issue.at.line == 0 ? issue.file
                                                  : issue.file + ":" + std::to_string(issue.at.line) + ":" +
                                                        std::to_string(issue.at.column);
            std::fprintf(stderr, "%s: error %s %s: %s [%s] (at %s)\n", place.c_str(), issue.code.c_str(),
                         issue.name.c_str(), issue.message.c_str(), issue.detail.c_str(), issue.path.c_str());
        }
        return 2;
    }
    auto emit_options = args.options;
    if (emit_options.cli_version == 0) emit_options.cli_version = cli_version;
    const auto after = io::parse_config(config_text(schema, emit_options), "generated config");
    std::deque<std::string> storage;
    std::vector<accepted_loss> mapped(accepted.begin(), accepted.end());
    for (auto& a : mapped)
        if (const auto it = args.options.database_ids.find(a.database); it != args.options.database_ids.end())
            a.database = storage.emplace_back(it->second);
    diff::diff_request request;
    request.format = args.format;
    request.fail_on_destructive = args.fail_on_destructive;
    request.options.cli_version = cli_version;
    request.options.accepted = mapped;
    request.options.tables = args.options.shape == config_shape::tables;
    const auto result = diff::run_diff(before.view(), after.view(), request);
    if (!result.error.empty()) {
        std::fprintf(stderr, "%s\n", result.error.c_str());
        return result.exit_code;
    }
    std::fwrite(result.text.data(), 1, result.text.size(), stdout);
    if (result.exit_code == 1)
        std::fprintf(stderr, "%zu destructive change(s) not accepted in the schema: see the lines to add above\n",
                     result.unaccepted_losses);
    return result.exit_code;
}

// --terraform: the HCL, or each part the provider cannot express (nothing written, exit 1).
inline int write_terraform(const schema_view& schema, server_profile profile, const generator_arguments& args) {
    auto options = args.terraform_options;
    if (const auto server = emit::terraform_server(profile.server_version); server != profile.server_version) {
        // The schema compiled for its own target; the provider's server must take it too.
        options.schema_server = profile.server_version;
        options.checked_for_server = profile.server_version = server;
        io::diagnostic_vector sink;
        run_rules(schema, profile, sink);
        std::size_t errors = 0;
        for (const auto& d : sink.items) {
            if (d.level != severity::error) continue;
            ++errors;
            std::fprintf(stderr, "error %s %s: %s/%s: %s: %s [%s]\n", std::string(d.about().code).c_str(),
                         std::string(d.about().name).c_str(), std::string(d.database_id).c_str(),
                         std::string(d.collection_id).c_str(), std::string(d.subject).c_str(),
                         std::string(d.about().message).c_str(), std::string(d.detail.view()).c_str());
        }
        if (errors > 0) {
            std::fprintf(stderr,
                         "--terraform: the schema targets Appwrite %s, and the provider's TablesDB resources "
                         "need %s, where it has %zu error(s); %s not written\n",
                         version_text(options.schema_server).c_str(), version_text(server).c_str(), errors,
                         args.terraform.c_str());
            return 1;
        }
    }
    if (const auto error = emit::terraform_options_error(schema, options); !error.empty()) {
        std::fprintf(stderr, "--terraform: %s\n", error.c_str());
        return 1;
    }
    const auto blockers = emit::terraform_blockers(schema);
    for (const auto& b : blockers)
        std::fprintf(stderr, "error: %s: %s\n    fix: %s\n", emit::terraform_blocker_place(schema, b).c_str(),
                     b.message.c_str(), b.fix.c_str());
    if (!blockers.empty()) {
        std::fprintf(stderr, "the Terraform provider cannot express %zu part(s) of the schema; %s not written\n",
                     blockers.size(), args.terraform.c_str());
        return 1;
    }
    emit::write_file_atomically(args.terraform, emit::terraform_text(schema, options));
    return 0;
}

template <const auto& Project>
int generator_main(int argc, const char* const* argv) {
    static_assert(valid<Project>);
    generator_arguments args;
    std::string help;
    if (auto error = parse_generator_arguments(argc, argv, args, &help); !error.empty()) {
        std::fprintf(stderr, "%s: %s\n", argc > 0 ? argv[0] : "generator", error.c_str());
        return 2;
    }
    if (!help.empty()) {
        std::fwrite(help.data(), 1, help.size(), stdout);
        return 0;
    }
    try {
        if (!args.baseline.empty())
            return generator_diff(Project.view(), Project.profile().cli_version, accepted_losses_of(Project), args);
        if (!args.terraform.empty() && write_terraform(Project.view(), Project.profile(), args) != 0) return 1;
        if (!args.types.empty()) {
            // Declared for the schema's own engine and target, so the types header judges it the same way.
            emit::cpp_types_options types{.source = "the schema of " + args.output,
                                          .name_space = args.types_namespace,
                                          .engine = Project.profile().name,
                                          .target = {Project.profile().server_version, Project.profile().cli_version}};
            emit::write_file_atomically(args.types, emit::cpp_types(Project.view(), types));
        }
        emit::write_config<Project>(args.output, args.options);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}

}  // namespace appwrite::schema::generator

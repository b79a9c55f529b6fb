// main() of a config generator, the top layer (it uses emit/, io/, diff/ and the rules): the program the CMake function
// appwrite_schema_config builds for a schema. Writes the config atomically; on any error prints it and exits non-zero,
// leaving the destination untouched.
//
//   generator --output FILE [--shape collections|tables] [--project-id ID] [--project-name NAME]
//             [--endpoint URL] [--database-id SCHEMA_ID=DEPLOYED_ID]...
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

#include <appwrite/schema/accept_loss.hpp>
#include <appwrite/schema/diff/run.hpp>
#include <appwrite/schema/emit.hpp>
#include <appwrite/schema/io/config_file.hpp>
#include <appwrite/schema/rules/context.hpp>

namespace appwrite::schema::generator {

using emit::config_options;
using emit::config_shape;
using emit::config_text;

struct generator_arguments {
    config_options options{};
    std::string output{};
    std::string baseline{};       // --diff: plan from this file instead of writing
    std::string format = "text";  // of the plan
    bool fail_on_destructive = false;
};

// Parses the generator's arguments; returns an error message, empty when fine.
inline std::string parse_generator_arguments(int argc, const char* const* argv, generator_arguments& args) {
    auto& options = args.options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (i + 1 >= argc) return "missing value after " + std::string(arg);
        const std::string value = argv[++i];
        if (arg == "--output") {
            args.output = value;
        } else if (arg == "--diff") {
            args.baseline = value;
        } else if (arg == "--format") {
            args.format = value;
        } else if (arg == "--fail-on") {
            if (value != "destructive") return "--fail-on takes destructive, not " + value;
            args.fail_on_destructive = true;
        } else if (arg == "--shape") {
            if (value == "collections") options.shape = config_shape::collections;
            else if (value == "tables") options.shape = config_shape::tables;
            else return "--shape takes collections or tables, not " + value;
        } else if (arg == "--project-id") {
            options.project_id = value;
        } else if (arg == "--project-name") {
            options.project_name = value;
        } else if (arg == "--endpoint") {
            options.endpoint = value;
        } else if (arg == "--database-id") {
            const auto eq = value.find('=');
            if (eq == std::string::npos || eq == 0 || eq + 1 == value.size())
                return "--database-id takes SCHEMA_ID=DEPLOYED_ID, not " + value;
            const auto deployed = value.substr(eq + 1);
            // A deployed ID must pass the server's ID rule like any other (reference A.1).
            if (auto broken = rules::check_key(deployed, 36))
                return "--database-id " + value + ": " + std::string(info(*broken).message);
            options.database_ids[value.substr(0, eq)] = deployed;
        } else {
            return "unknown option " + std::string(arg);
        }
    }
    if (args.output.empty() && args.baseline.empty()) return "--output FILE (or --diff BASELINE) is required";
    return {};
}

// The plan from `baseline` to what the generator would write, with the schema's accepted losses
// (their database IDs mapped like the config's).
inline int generator_diff(const schema_view& schema, std::uint32_t cli_version, std::span<const accepted_loss> accepted,
                          const generator_arguments& args) {
    const auto before = io::load_config(args.baseline);
    if (!before.readable) {
        for (const auto& issue : before.issues)
            std::fprintf(stderr, "%s: %s %s: %s\n", before.source.c_str(), issue.code.c_str(), issue.path.c_str(),
                         issue.message.c_str());
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

template <const auto& Project>
int generator_main(int argc, const char* const* argv) {
    static_assert(valid<Project>);
    generator_arguments args;
    if (auto error = parse_generator_arguments(argc, argv, args); !error.empty()) {
        std::fprintf(stderr, "%s: %s\n", argc > 0 ? argv[0] : "generator", error.c_str());
        return 2;
    }
    try {
        if (!args.baseline.empty())
            return generator_diff(Project.view(), Project.profile().cli_version, accepted_losses_of(Project), args);
        emit::write_config<Project>(args.output, args.options);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}

}  // namespace appwrite::schema::generator

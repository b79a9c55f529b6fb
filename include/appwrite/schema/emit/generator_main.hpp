// main() of a config generator: the program the CMake function appwrite_schema_config builds for a
// schema. Writes the config atomically; on any error prints it and exits non-zero, leaving the
// destination untouched.
//
//   generator --output FILE [--shape collections|tables] [--project-id ID] [--project-name NAME]
//             [--endpoint URL] [--database-id SCHEMA_ID=DEPLOYED_ID]...
#pragma once

#include <cstdio>
#include <exception>
#include <string>
#include <string_view>

#include <appwrite/schema/emit.hpp>
#include <appwrite/schema/rules/context.hpp>

namespace appwrite::schema::emit {

// Parses the generator's arguments into options; returns an error message, empty when fine.
inline std::string parse_generator_arguments(int argc, const char* const* argv, config_options& options,
                                             std::string& output) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (i + 1 >= argc) return "missing value after " + std::string(arg);
        const std::string value = argv[++i];
        if (arg == "--output") {
            output = value;
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
    if (output.empty()) return "--output FILE is required";
    return {};
}

template <const auto& Project>
int generator_main(int argc, const char* const* argv) {
    config_options options;
    std::string output;
    if (auto error = parse_generator_arguments(argc, argv, options, output); !error.empty()) {
        std::fprintf(stderr, "%s: %s\n", argc > 0 ? argv[0] : "generator", error.c_str());
        return 2;
    }
    try {
        write_config<Project>(output, options);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}

}  // namespace appwrite::schema::emit

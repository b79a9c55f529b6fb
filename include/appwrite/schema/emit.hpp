// Emitting a DSL schema: the Appwrite CLI config of a validated project.
//
//   auto text = aw::emit::config<project>({.shape = aw::emit::config_shape::tables});
//   aw::emit::write_config<project>("appwrite.config.json");
//
// Both check aw::valid<project> first: an invalid schema cannot be emitted. Runtime code; needs
// nlohmann/json (the rest of the library needs nothing).
#pragma once

#include <filesystem>
#include <string>

#include <appwrite/schema/emit/atomic_file.hpp>
#include <appwrite/schema/emit/config_json.hpp>
#include <appwrite/schema/validate.hpp>

namespace appwrite::schema::emit {

// The options with the schema's deploy target filled in.
template <const auto& Project>
config_options for_schema(config_options options) {
    if (options.cli_version == 0) options.cli_version = Project.profile().cli_version;
    return options;
}

template <const auto& Project>
std::string config(const config_options& options = {}) {
    static_assert(valid<Project>);
    return config_text(Project.view(), for_schema<Project>(options));
}

template <const auto& Project>
void write_config(const std::filesystem::path& destination, const config_options& options = {}) {
    static_assert(valid<Project>);
    write_file_atomically(destination, config_text(Project.view(), for_schema<Project>(options)));
}

}  // namespace appwrite::schema::emit

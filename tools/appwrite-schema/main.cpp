// appwrite-schema: the schema rules for any Appwrite project's config file.
//
//   appwrite-schema check FILE [--profile mariadb|postgresql|mongodb|portable] [--format text|json]
//                               [--server X.Y] [--strict]
//   appwrite-schema import FILE -o schema.hpp [--namespace NS]
//   appwrite-schema diagram FILE [--format mermaid|dot] [-o OUT]
//   appwrite-schema emit FILE [--shape collections|tables] [-o OUT]
//
// Exit codes: 0 clean (warnings allowed unless --strict), 1 findings, 2 unreadable input or usage.
#include <cstdio>
#include <exception>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

#include <fmt/core.h>

#include <appwrite/schema/emit/atomic_file.hpp>
#include <appwrite/schema/emit/config_json.hpp>
#include <appwrite/schema/emit/diagram.hpp>
#include <appwrite/schema/io/check.hpp>
#include <appwrite/schema/io/import_dsl.hpp>

#include "report.hpp"

namespace {
namespace aw = appwrite::schema;

constexpr std::string_view usage = R"(usage:
  appwrite-schema check FILE [--profile mariadb|postgresql|mongodb|portable] [--format text|json]
                             [--server X.Y] [--strict]
  appwrite-schema import FILE -o schema.hpp [--namespace NS]
  appwrite-schema diagram FILE [--format mermaid|dot] [-o OUT]
  appwrite-schema emit FILE [--shape collections|tables] [-o OUT]
)";

struct arguments {
    std::string command;
    std::string file;
    std::map<std::string, std::string, std::less<>> options;
    std::vector<std::string> flags;
    std::string error;

    [[nodiscard]] std::string option(std::string_view name, std::string fallback = {}) const {
        const auto it = options.find(name);
        return it == options.end() ? fallback : it->second;
    }
    [[nodiscard]] bool flag(std::string_view name) const {
        for (const auto& f : flags)
            if (f == name) return true;
        return false;
    }
};

arguments parse(int argc, char** argv) {
    arguments a;
    const std::vector<std::string_view> valued = {"--profile", "--format", "--server", "-o", "--output",
                                                  "--namespace", "--shape"};
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        bool takes_value = false;
        for (auto v : valued) takes_value = takes_value || arg == v;
        if (takes_value) {
            if (i + 1 >= argc) {
                a.error = "missing value after " + std::string(arg);
                return a;
            }
            a.options[arg == "--output" ? "-o" : std::string(arg)] = argv[++i];
        } else if (arg.rfind("--", 0) == 0) {
            a.flags.emplace_back(arg);
        } else if (a.command.empty()) {
            a.command = arg;
        } else if (a.file.empty()) {
            a.file = arg;
        } else {
            a.error = "unexpected argument " + std::string(arg);
        }
    }
    if (a.command.empty()) a.error = "no command";
    else if (a.file.empty()) a.error = "no FILE";
    return a;
}

bool profile_named(std::string_view name, aw::server_profile& out) {
    if (name == "mariadb" || name == "mysql") out = aw::mariadb;
    else if (name == "postgresql" || name == "postgres") out = aw::postgresql;
    else if (name == "mongodb") out = aw::mongodb;
    else if (name == "portable") out = aw::portable;
    else return false;
    return true;
}

// Writes `text` to -o (atomically) or stdout.
int output(const arguments& a, const std::string& text) {
    const auto path = a.option("-o");
    if (path.empty()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return 0;
    }
    try {
        aw::emit::write_file_atomically(path, text);
    } catch (const std::exception& e) {
        fmt::print(stderr, "appwrite-schema: {}\n", e.what());
        return 2;
    }
    return 0;
}

// Loads FILE; prints its file issues and returns false when it cannot be read as JSON.
bool load(const arguments& a, aw::io::loaded_config& config) {
    config = aw::io::load_config(a.file);
    if (config.readable) return true;
    tool::print_text(stderr, config.source, config.issues, false);
    return false;
}

int check(const arguments& a) {
    aw::server_profile profile = aw::mariadb;
    if (!profile_named(a.option("--profile", "mariadb"), profile)) {
        fmt::print(stderr, "appwrite-schema: unknown profile {}\n", a.option("--profile"));
        return 2;
    }
    aw::io::check_options options;
    if (const auto server = a.option("--server"); !server.empty()) {
        if (!aw::io::parse_version(server, options.server_version)) {
            fmt::print(stderr, "appwrite-schema: --server takes a version like 1.9, not {}\n", server);
            return 2;
        }
    }
    const auto config = aw::io::load_config(a.file);
    const auto findings = aw::io::check_config(config, profile, options);
    const auto format = a.option("--format", "text");
    if (format == "json") {
        std::fputs(tool::json_report(config.source, findings).c_str(), stdout);
    } else if (format == "text") {
        tool::print_text(stdout, config.source, findings, isatty(STDOUT_FILENO) != 0);
    } else {
        fmt::print(stderr, "appwrite-schema: --format takes text or json, not {}\n", format);
        return 2;
    }
    if (!config.readable) return 2;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    for (const auto& f : findings) (f.level == aw::severity::error ? errors : warnings)++;
    return errors > 0 || (a.flag("--strict") && warnings > 0) ? 1 : 0;
}

int import(const arguments& a) {
    aw::io::loaded_config config;
    if (!load(a, config)) return 2;
    aw::io::import_options options;
    options.name_space = a.option("--namespace", "schema");
    return output(a, aw::io::import_header(config, options));
}

int diagram(const arguments& a) {
    aw::io::loaded_config config;
    if (!load(a, config)) return 2;
    const auto format = a.option("--format", "mermaid");
    if (format == "mermaid") return output(a, aw::emit::mermaid_diagram(config.view()));
    if (format == "dot") return output(a, aw::emit::dot_diagram(config.view()));
    fmt::print(stderr, "appwrite-schema: --format takes mermaid or dot, not {}\n", format);
    return 2;
}

int emit(const arguments& a) {
    aw::io::loaded_config config;
    if (!load(a, config)) return 2;
    aw::emit::config_options options;
    const auto shape = a.option("--shape", config.has_tables_shape && !config.has_collections_shape ? "tables" : "collections");
    if (shape == "tables") options.shape = aw::emit::config_shape::tables;
    else if (shape != "collections") {
        fmt::print(stderr, "appwrite-schema: --shape takes collections or tables, not {}\n", shape);
        return 2;
    }
    return output(a, aw::emit::config_text(config.view(), options));
}
}  // namespace

int main(int argc, char** argv) {
    const auto a = parse(argc, argv);
    if (!a.error.empty()) {
        fmt::print(stderr, "appwrite-schema: {}\n{}", a.error, usage);
        return 2;
    }
    try {
        if (a.command == "check") return check(a);
        if (a.command == "import") return import(a);
        if (a.command == "diagram") return diagram(a);
        if (a.command == "emit") return emit(a);
    } catch (const std::exception& e) {  // nothing in a file should get here; say so rather than abort
        fmt::print(stderr, "appwrite-schema: internal error: {}\n", e.what());
        return 2;
    }
    fmt::print(stderr, "appwrite-schema: unknown command {}\n{}", a.command, usage);
    return 2;
}

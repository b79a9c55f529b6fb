// appwrite-schema: the schema rules for any Appwrite project's config file.
//
//   appwrite-schema check FILE [--profile mariadb|postgresql|mongodb|portable] [--format text|json]
//                               [--server X.Y] [--strict]
//   appwrite-schema import FILE -o schema.hpp [--namespace NS]
//   appwrite-schema diagram FILE [--format mermaid|dot] [-o OUT]
//   appwrite-schema emit FILE [--shape collections|tables] [-o OUT]
//   appwrite-schema diff OLD NEW [--format text|markdown|json|shell] [--fail-on destructive]
//                               [--cli X.Y] [--accept KIND:DB[/COLLECTION[/KEY]]]... [--rollback FILE]
//
// Exit codes: 0 clean (warnings allowed unless --strict), 1 findings, 2 unreadable input or usage.
#include <cstdio>
#include <deque>
#include <exception>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

#include <fmt/core.h>

#include <appwrite/schema/diff/run.hpp>
#include <appwrite/schema/emit/atomic_file.hpp>
#include <appwrite/schema/emit/config_json.hpp>
#include <appwrite/schema/emit/cpp_header.hpp>
#include <appwrite/schema/emit/diagram.hpp>
#include <appwrite/schema/io/check.hpp>

#include "report.hpp"

namespace {
namespace aw = appwrite::schema;

constexpr std::string_view usage = R"(usage:
  appwrite-schema check FILE [--profile mariadb|postgresql|mongodb|portable] [--format text|json]
                             [--server X.Y] [--strict]
  appwrite-schema import FILE -o schema.hpp [--namespace NS]
  appwrite-schema diagram FILE [--format mermaid|dot] [-o OUT]
  appwrite-schema emit FILE [--shape collections|tables] [-o OUT]
  appwrite-schema diff OLD NEW [--format text|markdown|json|shell] [--fail-on destructive]
                               [--cli X.Y] [--accept KIND:DB[/COLLECTION[/KEY]]]... [--rollback FILE] [-o OUT]
)";

struct arguments {
    std::string command;
    std::string file;
    std::string second_file;  // diff NEW
    std::map<std::string, std::string, std::less<>> options;
    std::vector<std::string> flags;
    std::vector<std::string> accepted;  // diff --accept, repeatable
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
    const std::vector<std::string_view> valued = {"--profile",   "--format", "--server",  "-o",    "--output",
                                                  "--namespace", "--shape",  "--fail-on", "--cli", "--rollback"};
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        bool takes_value = false;
        for (auto v : valued) takes_value = takes_value || arg == v;
        if (arg == "--accept") {
            if (i + 1 >= argc) {
                a.error = "missing value after --accept";
                return a;
            }
            a.accepted.emplace_back(argv[++i]);
        } else if (takes_value) {
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
        } else if (a.command == "diff" && a.second_file.empty()) {
            a.second_file = arg;
        } else {
            a.error = "unexpected argument " + std::string(arg);
        }
    }
    if (a.command.empty()) a.error = "no command";
    else if (a.file.empty()) a.error = "no FILE";
    else if (a.command == "diff" && a.second_file.empty()) a.error = "diff needs OLD and NEW";
    return a;
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
    const auto* named = aw::profile_named(a.option("--profile", "mariadb"));
    if (named == nullptr) {
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
    const auto findings = aw::io::check_config(config, *named, options);
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
    aw::emit::cpp_header_options options;
    options.source = config.source;
    options.name_space = a.option("--namespace", "schema");
    return output(a, aw::emit::cpp_header(config.view(), options));
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
    const auto shape = a.option("--shape",
                                config.has_tables_shape && !config.has_collections_shape ? "tables" : "collections");
    if (shape == "tables") options.shape = aw::emit::config_shape::tables;
    else if (shape != "collections") {
        fmt::print(stderr, "appwrite-schema: --shape takes collections or tables, not {}\n", shape);
        return 2;
    }
    return output(a, aw::emit::config_text(config.view(), options));
}
// Exit: 0 plan written; 1 with --fail-on destructive when a change loses data that no --accept
// covers; 2 unreadable input or usage.
int diff(const arguments& a) {
    aw::io::loaded_config before;
    if (!load(a, before)) return 2;
    auto second = a;
    second.file = a.second_file;
    aw::io::loaded_config after;
    if (!load(second, after)) return 2;

    aw::diff::diff_request request;
    request.format = a.option("--format", "text");
    request.colour = isatty(STDOUT_FILENO) != 0 && a.option("-o").empty();
    const auto fail_on = a.option("--fail-on");
    if (!fail_on.empty() && fail_on != "destructive") {
        fmt::print(stderr, "appwrite-schema: --fail-on takes destructive, not {}\n", fail_on);
        return 2;
    }
    request.fail_on_destructive = fail_on == "destructive";
    if (const auto cli = a.option("--cli"); !cli.empty() && !aw::io::parse_version(cli, request.options.cli_version)) {
        fmt::print(stderr, "appwrite-schema: --cli takes a version like 24.1, not {}\n", cli);
        return 2;
    }
    std::deque<std::string> storage;
    std::vector<aw::accepted_loss> accepted;
    for (const auto& spec : a.accepted) {
        aw::accepted_loss loss;
        if (!aw::diff::parse_acceptance(spec, storage, loss)) {
            fmt::print(stderr,
                       "appwrite-schema: --accept takes dropped_database:DB, dropped_collection:DB/COLLECTION, "
                       "dropped_attribute:DB/COLLECTION/KEY or recreated_attribute:DB/COLLECTION/KEY, not {}\n",
                       spec);
            return 2;
        }
        accepted.push_back(loss);
    }
    request.options.accepted = accepted;
    request.options.tables = after.has_tables_shape && !after.has_collections_shape;

    const auto result = aw::diff::run_diff(before.view(), after.view(), request);
    if (!result.error.empty()) {
        fmt::print(stderr, "appwrite-schema: {}\n", result.error);
        return 2;
    }
    if (request.format == "shell") {
        auto rollback = a.option("--rollback");
        if (rollback.empty() && !a.option("-o").empty()) {
            const std::filesystem::path out = a.option("-o");
            rollback = (out.parent_path() / (out.stem().string() + ".rollback.sh")).string();
        }
        if (rollback.empty()) {
            fmt::print(stderr, "appwrite-schema: no rollback script written: pass --rollback FILE (or -o FILE)\n");
        } else {
            try {
                aw::emit::write_file_atomically(rollback, result.rollback);
            } catch (const std::exception& e) {
                fmt::print(stderr, "appwrite-schema: {}\n", e.what());
                return 2;
            }
        }
    }
    if (const int rc = output(a, result.text); rc != 0) return rc;
    if (result.exit_code == 1)
        fmt::print(stderr, "appwrite-schema: {} destructive change(s) not accepted\n", result.unaccepted_losses);
    return result.exit_code;
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
        if (a.command == "diff") return diff(a);
    } catch (const std::exception& e) {  // nothing in a file should get here; say so rather than abort
        fmt::print(stderr, "appwrite-schema: internal error: {}\n", e.what());
        return 2;
    }
    fmt::print(stderr, "appwrite-schema: unknown command {}\n{}", a.command, usage);
    return 2;
}

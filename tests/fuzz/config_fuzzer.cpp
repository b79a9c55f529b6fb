// libFuzzer target for the JSON front end: any bytes go through parse, check, import, emit, the
// diagrams and the migration plan (diff, reports, shell scripts). An input with a NUL byte is two
// configs, OLD before it and NEW after it. Anything but a clean return (a crash, a sanitizer report,
// a hang) is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

#include <appwrite/schema/diff/report.hpp>
#include <appwrite/schema/diff/shell.hpp>
#include <appwrite/schema/emit/config_json.hpp>
#include <appwrite/schema/emit/cpp_header.hpp>
#include <appwrite/schema/emit/diagram.hpp>
#include <appwrite/schema/io/check.hpp>

namespace {
void plan_both_ways(const appwrite::schema::schema_view& a, const appwrite::schema::schema_view& b) {
    namespace diff = appwrite::schema::diff;
    for (const auto& [before, after] : {std::pair{a, b}, std::pair{b, a}}) {
        for (const std::uint32_t cli : {0U, appwrite::schema::version(12, 0, 1)}) {
            const auto plan = diff::make_plan(before, after, {.cli_version = cli});
            static_cast<void>(diff::text_report(plan, true));
            static_cast<void>(diff::markdown_report(plan));
            static_cast<void>(diff::json_report(plan));
            static_cast<void>(diff::shell_scripts(plan, before, after, {.tables = cli != 0}));
        }
    }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace aw = appwrite::schema;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        const auto before = aw::io::parse_config(text.substr(0, nul), "old.json", "/nonexistent-includes");
        const auto after = aw::io::parse_config(text.substr(nul + 1), "new.json", "/nonexistent-includes");
        if (before.readable && after.readable) plan_both_ways(before.view(), after.view());
        return 0;
    }
    const auto config = aw::io::parse_config(text, "fuzz.json", "/nonexistent-includes");
    const auto findings = aw::io::check_config(config, aw::portable);
    if (!config.readable) return 0;
    const auto view = config.view();
    static_cast<void>(aw::io::check_config(config, aw::mongodb));
    static_cast<void>(aw::emit::cpp_header(view, {.source = config.source}));
    static_cast<void>(aw::emit::config_text(view));
    static_cast<void>(aw::emit::config_text(view, {.shape = aw::emit::config_shape::tables}));
    static_cast<void>(aw::emit::mermaid_diagram(view));
    static_cast<void>(aw::emit::dot_diagram(view));
    // Against itself, and against its own emitted copy in the other shape.
    plan_both_ways(view, view);
    const auto emitted = aw::io::parse_config(aw::emit::config_text(view, {.shape = aw::emit::config_shape::tables}));
    if (emitted.readable) plan_both_ways(view, emitted.view());
    static_cast<void>(findings);
    return 0;
}

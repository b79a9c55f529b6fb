// libFuzzer target for the JSON front end: any bytes go through parse, check, import, emit and the
// diagrams. Anything but a clean return (a crash, a sanitizer report, a hang) is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <appwrite/schema/emit/config_json.hpp>
#include <appwrite/schema/emit/diagram.hpp>
#include <appwrite/schema/io/check.hpp>
#include <appwrite/schema/io/import_dsl.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace aw = appwrite::schema;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto config = aw::io::parse_config(text, "fuzz.json", "/nonexistent-includes");
    const auto findings = aw::io::check_config(config, aw::portable);
    if (!config.readable) return 0;
    const auto view = config.view();
    static_cast<void>(aw::io::check_config(config, aw::mongodb));
    static_cast<void>(aw::io::import_header(config));
    static_cast<void>(aw::emit::config_text(view));
    static_cast<void>(aw::emit::config_text(view, {.shape = aw::emit::config_shape::tables}));
    static_cast<void>(aw::emit::mermaid_diagram(view));
    static_cast<void>(aw::emit::dot_diagram(view));
    static_cast<void>(findings);
    return 0;
}

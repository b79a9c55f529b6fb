// Prints the rule catalogue as the Markdown table of docs/rules.md; the docs.rules_table test
// compares it with the file, so the documented catalogue cannot drift from the code.
#include <cstdio>
#include <string_view>

#include <appwrite/schema/rule_catalogue.hpp>

int main() {
    namespace aw = appwrite::schema;
    std::printf("| code | rule | severity | what it checks | reference |\n|---|---|---|---|---|\n");
    for (const auto& r : aw::rule_catalogue) {
        std::printf("| %.*s | `%.*s` | %s | %.*s | %.*s |\n", static_cast<int>(r.code.size()), r.code.data(),
                    static_cast<int>(r.name.size()), r.name.data(),
                    r.level == aw::severity::error ? "error" : "warning", static_cast<int>(r.message.size()),
                    r.message.data(), static_cast<int>(r.section.size()), r.section.data());
    }
}

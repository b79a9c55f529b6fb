// Checks what the real Appwrite CLI's `appwrite types` generated from an emitted config against the
// schema itself: every collection type, enum members, nullability (`| null` only where the schema has
// neither `required` nor a default), arrays and relationship types (reference G.4). The expectations
// are computed from the DSL view, not from the emitted file.
//   types_check <djamms|intrada|quixotic_whisper> <ts|kotlin> <generated directory>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "djamms_schema.hpp"
#include "intrada_schema.hpp"
#include "quixotic_whisper_schema.hpp"

namespace {
namespace aw = appwrite::schema;

// CLI-12's toPascalCase: words split at '-', '_' and spaces, each capitalised.
std::string pascal(std::string_view s) {
    std::string out;
    bool upper = true;
    for (char c : s) {
        if (c == '-' || c == '_' || c == ' ') {
            upper = true;
            continue;
        }
        out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return out;
}
std::string upper(std::string_view s) {
    std::string out;
    for (char c : s) out += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::toupper(c)) : '_';
    return out;
}

struct field {
    std::string key;
    const aw::attribute_record* record;
    bool child;  // the child side of a two-way relationship, declared in another collection
    std::string related_name;
};

struct checker {
    aw::schema_view view;
    std::string language;
    bool go_cli = false;  // the Go CLI (26+) writes every Kotlin integer as Long; CLI 12 as Int
    std::string text;     // all generated files
    int failures = 0;
    int checks = 0;

    void expect(bool ok, const std::string& what) {
        ++checks;
        if (!ok) {
            ++failures;
            std::printf("MISSING in generated %s code: %s\n", language.c_str(), what.c_str());
        }
    }
    bool has(const std::string& s) const { return text.find(s) != std::string::npos; }

    std::string name_of(std::string_view collection_id) const {
        for (const auto& c : view.collections)
            if (c.id == collection_id) return std::string(c.name);
        return std::string(collection_id);
    }

    std::vector<field> fields_of(const aw::collection_record& c) const {
        std::vector<field> out;
        for (const auto& a : view.attributes_of(c))
            out.push_back(
                {std::string(a.key), &a, false,
                 a.type == aw::attribute_type::relationship ? name_of(view.extra_of(a).related_collection) : ""});
        for (const auto& parent : view.collections)  // child sides of two-way relationships (B.3)
            for (const auto& a : view.attributes_of(parent)) {
                const auto& x = view.extra_of(a);
                if (a.type == aw::attribute_type::relationship && x.two_way && x.related_collection == c.id)
                    out.push_back({std::string(x.two_way_key.empty() ? parent.id : x.two_way_key), &a, true,
                                   std::string(parent.name)});
            }
        return out;
    }

    // G.4: lists for oneToMany (parent), manyToOne (child) and manyToMany.
    bool is_list(const field& f) const {
        const auto r = view.extra_of(*f.record).relation;
        return r == aw::relation_type::many_to_many || (r == aw::relation_type::one_to_many && !f.child) ||
               (r == aw::relation_type::many_to_one && f.child);
    }
    static bool nullable(const field& f) {
        return f.record->type != aw::attribute_type::relationship && !f.record->required &&
               !f.record->default_value.present();
    }

    std::string ts_type(const aw::collection_record& c, const field& f) const {
        const auto& a = *f.record;
        std::string t;
        switch (a.type) {
            case aw::attribute_type::integer:
            case aw::attribute_type::double_: t = "number"; break;
            case aw::attribute_type::boolean: t = "boolean"; break;
            case aw::attribute_type::enum_: t = pascal(c.name) + pascal(a.key); break;
            case aw::attribute_type::relationship: t = pascal(f.related_name) + (is_list(f) ? "[]" : ""); break;
            case aw::attribute_type::point: t = "Array<number>"; break;
            default: t = "string";
        }
        if (a.array) t += "[]";
        if (nullable(f)) t += " | null";
        return t;
    }
    std::string kotlin_type(const aw::collection_record& c, const field& f) const {
        const auto& a = *f.record;
        std::string t;
        switch (a.type) {
            case aw::attribute_type::integer: t = go_cli ? "Long" : "Int"; break;
            case aw::attribute_type::double_: t = "Float"; break;
            case aw::attribute_type::boolean: t = "Boolean"; break;
            case aw::attribute_type::enum_: t = pascal(c.name) + pascal(a.key); break;
            case aw::attribute_type::relationship:
                t = is_list(f) ? "List<" + pascal(f.related_name) + ">" : pascal(f.related_name);
                break;
            default: t = "String";
        }
        if (a.array) t = "List<" + t + ">";
        if (nullable(f)) t += "?";
        return t;
    }

    void run() {
        for (const auto& c : view.collections) {
            const auto type = pascal(c.name);
            if (language == "ts") expect(has("export type " + type + " = Models."), "type " + type);
            else expect(has("data class " + type + "("), "class " + type);
            for (const auto& f : fields_of(c)) {
                if (language == "ts")
                    expect(has("    " + f.key + ": " + ts_type(c, f) + ";\n"),
                           type + "." + f.key + ": " + ts_type(c, f));
                else
                    expect(has("    val " + f.key + ": " + kotlin_type(c, f)),
                           type + "." + f.key + ": " + kotlin_type(c, f));
                if (f.record->type == aw::attribute_type::enum_) {
                    const auto enum_name = pascal(c.name) + pascal(f.key);
                    expect(has(language == "ts" ? "export enum " + enum_name + " {" : "enum class " + enum_name + " {"),
                           "enum " + enum_name);
                    for (auto e : view.elements_of(*f.record)) {
                        const auto member = language == "ts" ? "    " + upper(e) + " = \"" + std::string(e) + "\""
                                                             : "    " + std::string(e);
                        expect(has(member), "enum member " + enum_name + "." + std::string(e));
                    }
                }
            }
        }
    }
};

std::string read_all(const std::filesystem::path& dir) {
    std::string all;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path());
        std::stringstream s;
        s << in.rdbuf();
        all += s.str();
    }
    return all;
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 4 && !(argc == 5 && std::string(argv[4]) == "go")) {
        std::fprintf(stderr, "usage: %s <example> <ts|kotlin> <generated dir> [go]\n", argv[0]);
        return 2;
    }
    const std::string example = argv[1];
    checker c;
    if (example == "djamms") c.view = djamms::project.view();
    else if (example == "intrada") c.view = intrada::project.view();
    else if (example == "quixotic_whisper") c.view = quixotic_whisper::project.view();
    else return 2;
    c.language = argv[2];
    c.go_cli = argc == 5;
    c.text = read_all(argv[3]);
    c.run();
    std::printf("%s/%s: %d checks, %d missing\n", example.c_str(), c.language.c_str(), c.checks, c.failures);
    return c.failures == 0 && c.checks > 0 ? 0 : 1;
}

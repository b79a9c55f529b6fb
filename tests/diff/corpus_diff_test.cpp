// Migration plans over the real corpus (../shared/corpus/real, read at test time): every file against
// itself (no change), against edited copies of itself (the edits come back as the expected
// changes), and against the next file (whatever the plan, no crash; reports and scripts render).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <appwrite/schema/diff/report.hpp>
#include <appwrite/schema/diff/shell.hpp>
#include <appwrite/schema/io/config_file.hpp>

namespace {
namespace aw = appwrite::schema;
namespace diff = appwrite::schema::diff;
namespace io = appwrite::schema::io;
namespace fs = std::filesystem;
using json = nlohmann::json;

std::vector<fs::path> corpus_files() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(APPWRITE_SCHEMA_CORPUS_DIR))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// The entities of either shape: collections/attributes or tables/columns.
struct shape_keys {
    const char* entities;
    const char* fields;
};
shape_keys keys_of(const json& j) {
    if (j.contains("tables") && !j.contains("collections")) return {"tables", "columns"};
    return {"collections", "attributes"};
}

std::size_t count(const diff::plan& p, diff::change_kind kind, diff::subject what) {
    return static_cast<std::size_t>(std::count_if(p.changes.begin(), p.changes.end(),
                                                  [&](const auto& c) { return c.kind == kind && c.what == what; }));
}

// Renders everything a user can ask for; none of it may throw.
void render(const diff::plan& p, const aw::schema_view& before, const aw::schema_view& after) {
    CHECK_FALSE(diff::text_report(p).empty());
    CHECK_FALSE(diff::markdown_report(p).empty());
    CHECK(json::parse(diff::json_report(p)).at("changes").size() == p.changes.size());
    const auto scripts = diff::shell_scripts(p, before, after);
    CHECK(scripts.deploy.rfind("#!/bin/sh\n", 0) == 0);
    CHECK(scripts.rollback.rfind("#!/bin/sh\n", 0) == 0);
}

}  // namespace

TEST_CASE("every corpus file against itself plans nothing", "[diff][corpus]") {
    const auto files = corpus_files();
    REQUIRE(files.size() >= 30);
    std::size_t planned = 0;
    for (const auto& file : files) {
        const auto config = io::load_config(file);
        if (!config.readable) continue;
        INFO(file.filename().string());
        const auto p = diff::make_plan(config.view(), config.view());
        CHECK(p.changes.empty());
        ++planned;
    }
    std::printf("diffed %zu readable corpus files against themselves\n", planned);
    CHECK(planned >= 30);
}

TEST_CASE("edited copies of corpus files come back as the edits", "[diff][corpus]") {
    std::size_t edited = 0;
    for (const auto& file : corpus_files()) {
        const auto original = io::load_config(file);
        if (!original.readable) continue;
        json j;
        try {
            std::ifstream in(file);
            j = json::parse(in, nullptr, true, true);
        } catch (const json::exception&) {
            continue;  // includes, BOM: the loader handles them, this edit does not need to
        }
        const auto k = keys_of(j);
        if (!j.contains(k.entities) || !j[k.entities].is_array() || j[k.entities].empty()) continue;
        INFO(file.filename().string());

        // Edit 1: drop each collection's last non-child attribute, make every plain string one
        // character longer, and remove the last collection.
        json edited_json = j;
        auto& entities = edited_json[k.entities];
        std::size_t dropped = 0;
        std::size_t resized = 0;
        for (auto& e : entities) {
            if (!e.contains(k.fields) || !e[k.fields].is_array()) continue;
            auto& fields = e[k.fields];
            for (auto it = fields.end(); it != fields.begin();) {
                --it;
                if (it->value("side", "parent") != "child" && it->contains("key")) {
                    fields.erase(it);
                    ++dropped;
                    break;
                }
            }
            for (auto& f : fields)
                if (f.value("type", "") == "string" && f.value("format", "").empty() && f.contains("size") &&
                    f["size"].is_number_integer()) {
                    f["size"] = f["size"].get<std::int64_t>() + 1;
                    ++resized;
                }
        }
        const std::string removed_collection = entities.back().value("$id", "");
        const std::size_t removed_attributes_there = [&] {
            std::size_t n = 0;
            if (entities.back().contains(k.fields))
                for (const auto& f : entities.back()[k.fields]) n += f.value("side", "parent") != "child" ? 1U : 0U;
            return n;
        }();
        entities.erase(entities.end() - 1);

        const auto after = io::parse_config(edited_json.dump(), "edited", file.parent_path());
        REQUIRE(after.readable);
        const auto p = diff::make_plan(original.view(), after.view());
        // Duplicate keys and IDs (some corpus files have them) make counts ambiguous: only the
        // files whose IDs are unique are counted exactly.
        const auto removed = count(p, diff::change_kind::remove, diff::subject::collection);
        CHECK(removed <= 1);
        // A file without `databases` declares its databases by use: removing the last collection
        // of one removes the database (067 has a single collection).
        const auto removed_databases = count(p, diff::change_kind::remove, diff::subject::database);
        CHECK(removed + removed_databases == 1);
        CHECK(p.destructive());
        if (removed == 1) {
            const auto gone = std::find_if(p.changes.begin(), p.changes.end(), [&](const auto& c) {
                return c.what == diff::subject::collection && c.kind == diff::change_kind::remove;
            });
            CHECK(gone->collection == removed_collection);
            CHECK(gone->data_loss);
        }
        // Attributes of the removed collection are not listed one by one.
        const std::size_t dropped_elsewhere = dropped - (removed_attributes_there > 0 ? 1 : 0);
        CHECK(count(p, diff::change_kind::remove, diff::subject::attribute) <= dropped_elsewhere);
        CHECK(count(p, diff::change_kind::update, diff::subject::attribute) <= resized);
        for (const auto& c : p.changes)
            if (c.what == diff::subject::attribute && c.kind == diff::change_kind::update)
                CHECK(c.fields.front() == "size");
        render(p, original.view(), after.view());

        // Edit 2, the other way round: everything dropped comes back as creates, nothing loses data.
        const auto back = diff::make_plan(after.view(), original.view());
        CHECK_FALSE(back.destructive());
        CHECK(count(back, diff::change_kind::create, diff::subject::collection) == removed + removed_databases);
        CHECK(count(back, diff::change_kind::create, diff::subject::database) == removed_databases);
        render(back, after.view(), original.view());
        ++edited;
    }
    std::printf("diffed %zu corpus files against edited copies, both ways\n", edited);
    CHECK(edited >= 25);
}

TEST_CASE("any two corpus files plan without a crash", "[diff][corpus]") {
    const auto files = corpus_files();
    std::vector<io::loaded_config> configs;
    for (const auto& file : files) configs.push_back(io::load_config(file));
    std::size_t pairs = 0;
    for (std::size_t i = 0; i < configs.size(); ++i) {
        const auto& a = configs[i];
        const auto& b = configs[(i + 1) % configs.size()];
        if (!a.readable || !b.readable) continue;
        INFO(files[i].filename().string());
        const auto p = diff::make_plan(a.view(), b.view());
        render(p, a.view(), b.view());
        ++pairs;
    }
    std::printf("diffed %zu pairs of different corpus files\n", pairs);
    CHECK(pairs >= 25);
}

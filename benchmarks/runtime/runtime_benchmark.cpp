// Run-time costs (DESIGN §7): `check` of the largest corpus file (466 attributes) <= 10 ms; emitting a
// 5,000-attribute config <= 20 ms. Results are written down in docs/performance.md.
//   runtime_benchmark [--benchmark_filter=…]   (corpus path: APPWRITE_SCHEMA_CORPUS_DIR or the default)
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <appwrite/schema/diff/report.hpp>
#include <appwrite/schema/diff/shell.hpp>
#include <appwrite/schema/emit/config_json.hpp>
#include <appwrite/schema/io/check.hpp>

namespace {
namespace aw = appwrite::schema;

std::string corpus_file(const char* name) {
    const char* dir = std::getenv("APPWRITE_SCHEMA_CORPUS_DIR");
    const std::filesystem::path path = std::filesystem::path(dir != nullptr ? dir : APPWRITE_SCHEMA_CORPUS_DIR) / name;
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

const std::string largest = corpus_file("047-Buildathonzx-whisperrnote.json");

// The whole `check`: parse, build the view, run every rule, locate the findings.
void check_largest_corpus_file(benchmark::State& state) {
    for (auto _ : state) {
        const auto config = aw::io::parse_config(largest);
        auto findings = aw::io::check_config(config);
        benchmark::DoNotOptimize(findings);
    }
    const auto config = aw::io::parse_config(largest);
    state.counters["attributes"] = static_cast<double>(config.attributes.size());
}
BENCHMARK(check_largest_corpus_file)->Unit(benchmark::kMillisecond);

void rules_only_largest_corpus_file(benchmark::State& state) {
    const auto config = aw::io::parse_config(largest);
    const auto view = config.view();
    for (auto _ : state) {
        aw::io::diagnostic_vector sink;
        aw::run_rules(view, aw::mariadb, sink);
        benchmark::DoNotOptimize(sink);
    }
}
BENCHMARK(rules_only_largest_corpus_file)->Unit(benchmark::kMillisecond);

// 100 collections x 50 attributes of mixed types, built as a config file and loaded once.
std::string generated_config(int collections, int attributes) {
    nlohmann::json config = {{"projectId", "bench"}, {"projectName", "Bench"}};
    config["databases"] = {{{"$id", "main"}, {"name", "Main"}, {"enabled", true}}};
    config["collections"] = nlohmann::json::array();
    for (int c = 0; c < collections; ++c) {
        nlohmann::json attrs = nlohmann::json::array();
        for (int a = 0; a < attributes; ++a) {
            const std::string key = "a" + std::to_string(a);
            switch (a % 4) {
                case 0:
                    attrs.push_back(
                        {{"key", key}, {"type", "string"}, {"required", false}, {"size", 64}, {"default", nullptr}});
                    break;
                case 1:
                    attrs.push_back({{"key", key},
                                     {"type", "integer"},
                                     {"required", false},
                                     {"min", 0},
                                     {"max", 100},
                                     {"default", 1}});
                    break;
                case 2:
                    attrs.push_back({{"key", key}, {"type", "boolean"}, {"required", true}, {"default", nullptr}});
                    break;
                default:
                    attrs.push_back({{"key", key},
                                     {"type", "string"},
                                     {"format", "enum"},
                                     {"required", false},
                                     {"elements", {"x", "y"}},
                                     {"default", "x"}});
            }
        }
        config["collections"].push_back(
            {{"$id", "c" + std::to_string(c)},
             {"databaseId", "main"},
             {"name", "C"},
             {"$permissions", {"read(\"users\")", "write(\"team:admins\")"}},
             {"attributes", attrs},
             {"indexes", {{{"key", "i0"}, {"type", "key"}, {"attributes", {"a0", "a1"}}}}}});
    }
    return config.dump();
}

void emit_5000_attributes(benchmark::State& state) {
    const auto config = aw::io::parse_config(generated_config(100, 50));
    const auto view = config.view();
    for (auto _ : state) {
        auto text = aw::emit::config_text(view);
        benchmark::DoNotOptimize(text);
    }
    state.counters["attributes"] = static_cast<double>(view.attributes.size());
}
BENCHMARK(emit_5000_attributes)->Unit(benchmark::kMillisecond);

// emit is linear in the file (issue: a 50 MB config took 73 s): N collections of 50 attributes, each
// with a two-way relationship to the next, so every collection also gets a child side. The fitted
// complexity (BigO) should read N, not N^2.
void emit_collections_with_relationships(benchmark::State& state) {
    auto config = nlohmann::json::parse(generated_config(static_cast<int>(state.range(0)), 50));
    auto& collections = config["collections"];
    for (std::size_t c = 0; c < collections.size(); ++c)
        collections[c]["attributes"].push_back(
            {{"key", "next"},
             {"type", "relationship"},
             {"relatedCollection", "c" + std::to_string((c + 1) % collections.size())},
             {"relationType", "oneToOne"},
             {"twoWay", true},
             {"twoWayKey", "previous"},
             {"onDelete", "setNull"},
             {"side", "parent"}});
    const auto loaded = aw::io::parse_config(config.dump());
    const auto view = loaded.view();
    for (auto _ : state) {
        auto text = aw::emit::config_text(view);
        benchmark::DoNotOptimize(text);
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(emit_collections_with_relationships)
    ->RangeMultiplier(4)
    ->Range(100, 6400)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();

void check_5000_attributes(benchmark::State& state) {
    const auto text = generated_config(100, 50);
    for (auto _ : state) {
        const auto config = aw::io::parse_config(text);
        auto findings = aw::io::check_config(config);
        benchmark::DoNotOptimize(findings);
    }
}
BENCHMARK(check_5000_attributes)->Unit(benchmark::kMillisecond);
// `diff` of two 5,000-attribute versions: the plan (every change of the second version found) and
// the deployment script.
void diff_5000_attributes(benchmark::State& state) {
    const auto before = aw::io::parse_config(generated_config(100, 50));
    // The next version: every string one character longer, the last collection gone.
    auto edited = nlohmann::json::parse(generated_config(100, 50));
    for (auto& c : edited["collections"])
        for (auto& a : c["attributes"])
            if (a["type"] == "string" && a.contains("size")) a["size"] = 65;
    edited["collections"].erase(edited["collections"].size() - 1);
    const auto after = aw::io::parse_config(edited.dump());
    std::size_t changes = 0;
    for (auto _ : state) {
        const auto plan = aw::diff::make_plan(before.view(), after.view());
        auto script = aw::diff::shell_scripts(plan, before.view(), after.view());
        changes = plan.changes.size();
        benchmark::DoNotOptimize(script);
    }
    state.counters["changes"] = static_cast<double>(changes);
}
BENCHMARK(diff_5000_attributes)->Unit(benchmark::kMillisecond);
}  // namespace

BENCHMARK_MAIN();

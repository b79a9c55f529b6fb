// Each example schema with one realistic mistake, made by editing its records (a broken copy).
#pragma once

#include "../cases/case_support.hpp"

#include "djamms_schema.hpp"
#include "intrada_schema.hpp"
#include "quixotic_whisper_schema.hpp"

namespace cases {

// The index of the attribute (or index) `key` of collection `collection` in a project's arrays.
template <class Project>
constexpr std::size_t attribute_at(const Project& p, std::string_view collection, std::string_view key) {
    for (const auto& c : p.collections)
        if (c.id == collection)
            for (std::size_t a = c.attributes.begin; a < c.attributes.end(); ++a)
                if (p.attributes[a].key == key) return a;
    return p.attributes.size();  // out of range: the edit below fails to compile
}
template <class Project>
constexpr std::size_t index_at(const Project& p, std::string_view collection, std::string_view key) {
    for (const auto& c : p.collections)
        if (c.id == collection)
            for (std::size_t i = c.indexes.begin; i < c.indexes.end(); ++i)
                if (p.indexes[i].key == key) return i;
    return p.indexes.size();
}

// djamms: a request status default that is not one of its elements.
inline constexpr auto broken_djamms = edited(djamms::project, [](auto& p) {
    p.attributes[attribute_at(p, "requests", "status")].default_value.text = "pending";
});
// intrada: the studies key index pointed at the `tags` array.
inline constexpr auto broken_intrada = edited(intrada::project, [](auto& p) {
    p.fields[p.indexes[index_at(p, "studies", "user_key")].fields.begin].attribute = "tags";
    // intrada targets server 1.8, which creates array indexes (a warning there): deployed to the newest.
    p.engine = aw::with_target(p.engine, aw::targets::latest);
});
// quixotic-whisper: an api_version default longer than its size.
inline constexpr auto broken_quixotic_whisper = edited(quixotic_whisper::project, [](auto& p) {
    p.attributes[attribute_at(p, "transcription_jobs", "api_version")].default_value.text = "v1-2024-preview";
});

}  // namespace cases

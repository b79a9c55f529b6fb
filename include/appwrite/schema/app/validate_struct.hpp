// Run-time validation of a struct of a derived collection (collection_from.hpp): the document it
// would send, checked as validate(collection, json) checks any document (validate_document.hpp).
//
//   if (auto problems = aw::app::validate<goals>(goal); !problems.empty()) …
#pragma once

#include <vector>

#include <appwrite/schema/app/struct_document.hpp>
#include <appwrite/schema/app/validate_document.hpp>

namespace appwrite::schema::app {

template <const auto& Collection>
std::vector<violation> validate(const struct_of<Collection>& value, const server_profile& profile = mariadb) {
    std::vector<document_error> unwritable;  // enum members holding no enumerator
    const auto doc = detail_doc::write_document<Collection>(value, &unwritable);
    std::vector<violation> out;
    for (const auto& e : unwritable) out.push_back({e.key(), violation_kind::not_an_element, e.reason()});
    for (auto& v : validate(Collection, doc, profile)) {
        bool reported = false;  // left out above, so "missing" again
        for (const auto& e : unwritable) reported = reported || e.key() == v.key;
        if (!reported) out.push_back(std::move(v));
    }
    return out;
}

}  // namespace appwrite::schema::app

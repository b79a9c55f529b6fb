// Permission strings as the server stores them (reference D.1), for everything that writes them: the
// config emitter, the migration plan and its shell scripts. The reverse, parsing, is
// permission_syntax.hpp.
#pragma once

#include <string>
#include <vector>

#include <appwrite/schema/kinds.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema {

// The role of a permission as Appwrite writes it: `any`, `user:abc/verified`, `team:t/owner`, …
inline std::string role_text(const permission_record& p) {
    std::string role(name_of(p.role));
    if (!p.id.empty()) role.append(":").append(p.id);
    if (!p.dimension.empty()) role.append("/").append(p.dimension);
    return role;
}

// D.1: `write` expands to create, update, delete; duplicates go; order: read, create, update,
// delete, each in declaration order — what Permission::aggregate stores, made canonical.
inline std::vector<std::string> stored_permissions(const schema_view& v, const collection_record& c) {
    constexpr permission_type order[] = {permission_type::read, permission_type::create, permission_type::update,
                                         permission_type::delete_};
    std::vector<std::string> out;
    for (auto type : order) {
        for (const auto& p : v.permissions_of(c)) {
            const bool applies = p.type == type || (p.type == permission_type::write && type != permission_type::read);
            if (!applies) continue;
            std::string text = std::string(name_of(type)) + "(\"" + role_text(p) + "\")";
            bool seen = false;
            for (const auto& existing : out) seen = seen || existing == text;
            if (!seen) out.push_back(std::move(text));
        }
    }
    return out;
}

}  // namespace appwrite::schema

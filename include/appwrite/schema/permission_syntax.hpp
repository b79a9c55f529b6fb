// Parsing and printing of permission strings: TYPE("ROLE") (reference D.1). The parser never fails
// hard: it records why a string is malformed, and the permission_syntax rule reports it.
#pragma once

#include <string_view>

#include <appwrite/schema/detail/text.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema {

// Parses `read("user:abc/verified")`; leaves the result in `out` with out.syntax set.
constexpr permission_record parse_permission(std::string_view text) {
    permission_record out{};
    out.raw = text;
    auto fail = [&](permission_syntax why) {
        out.syntax = why;
        return out;
    };
    const auto open = text.find("(\"");
    if (open == std::string_view::npos || text.size() < open + 4 || text.substr(text.size() - 2) != "\")" ||
        text.find("(\"", open + 1) != std::string_view::npos)
        return fail(permission_syntax::malformed);
    const auto type = from_name<permission_type>(text.substr(0, open));
    if (!type) return fail(permission_syntax::unknown_type);
    out.type = *type;

    const auto role = text.substr(open + 2, text.size() - open - 4);
    if (role == "*") return fail(permission_syntax::wildcard);
    if (role.find("role:") != std::string_view::npos) return fail(permission_syntax::role_prefix);
    if (role.find('"') != std::string_view::npos) return fail(permission_syntax::malformed);

    auto name = role;
    std::string_view id{};
    std::string_view dimension{};
    bool has_dimension = false;
    if (const auto slash = role.find('/'); slash != std::string_view::npos) {
        dimension = role.substr(slash + 1);
        name = role.substr(0, slash);
        has_dimension = true;
    }
    bool has_id = false;
    if (const auto colon = name.find(':'); colon != std::string_view::npos) {
        id = name.substr(colon + 1);
        name = name.substr(0, colon);
        has_id = true;
    }
    const auto kind = from_name<role_kind>(name);
    if (!kind) return fail(permission_syntax::unknown_role);
    out.role = *kind;

    const bool needs_id = out.role == role_kind::user || out.role == role_kind::team || out.role == role_kind::member ||
                          out.role == role_kind::label;
    if (needs_id && (!has_id || id.empty())) return fail(permission_syntax::missing_id);
    if (!needs_id && has_id) return fail(permission_syntax::unexpected_id);
    const bool takes_dimension = out.role == role_kind::users || out.role == role_kind::user ||
                                 out.role == role_kind::team;
    if (has_dimension && !takes_dimension) return fail(permission_syntax::unexpected_dimension);
    if (has_dimension && dimension.empty()) return fail(permission_syntax::empty_dimension);
    if (dimension.find('/') != std::string_view::npos) return fail(permission_syntax::malformed);
    out.id = id;
    out.dimension = dimension;
    return out;
}

constexpr std::string_view permission_syntax_text(permission_syntax s) {
    switch (s) {
        case permission_syntax::ok: return "";
        case permission_syntax::malformed: return "expected TYPE(\"ROLE\")";
        case permission_syntax::unknown_type: return "type must be create, read, update, delete or write";
        case permission_syntax::wildcard: return "\"*\" is not a role: use any";
        case permission_syntax::role_prefix: return "roles are written without \"role:\"";
        case permission_syntax::unknown_role: return "unknown role";
        case permission_syntax::missing_id: return "this role needs an ID after ':'";
        case permission_syntax::unexpected_id: return "this role takes no ID";
        case permission_syntax::unexpected_dimension: return "this role takes no '/' dimension";
        case permission_syntax::empty_dimension: return "empty dimension after '/'";
    }
    return "";
}

}  // namespace appwrite::schema

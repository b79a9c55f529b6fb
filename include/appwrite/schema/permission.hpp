// Typed permissions (reference D.1): read(role::users()), update(role::team("admins", "owner")), …
// No raw strings to mistype; aw::permission("read(\"any\")") parses one for imported schemas.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <string_view>

#include <appwrite/schema/located.hpp>
#include <appwrite/schema/permission_syntax.hpp>
#include <appwrite/schema/view.hpp>

namespace appwrite::schema {

struct role_ref {
    role_kind kind = role_kind::any;
    std::string_view id{};
    std::string_view dimension{};
    // where the role was written: the role functions take __builtin_LINE() and __builtin_FILE()
    std::uint32_t line = 0;
    const char* file = nullptr;
};

enum class user_status : std::uint8_t { verified, unverified };
inline constexpr user_status verified = user_status::verified;
inline constexpr user_status unverified = user_status::unverified;

namespace role {
constexpr std::string_view status_text(user_status s) { return s == user_status::verified ? "verified" : "unverified"; }
#define APPWRITE_SCHEMA_HERE std::uint32_t line = __builtin_LINE(), const char *file = __builtin_FILE()
constexpr role_ref any(APPWRITE_SCHEMA_HERE) { return {role_kind::any, {}, {}, line, file}; }
constexpr role_ref guests(APPWRITE_SCHEMA_HERE) { return {role_kind::guests, {}, {}, line, file}; }
constexpr role_ref users(APPWRITE_SCHEMA_HERE) { return {role_kind::users, {}, {}, line, file}; }
constexpr role_ref users(user_status s, APPWRITE_SCHEMA_HERE) {
    return {role_kind::users, {}, status_text(s), line, file};
}
constexpr role_ref user(std::string_view id, APPWRITE_SCHEMA_HERE) { return {role_kind::user, id, {}, line, file}; }
constexpr role_ref user(std::string_view id, user_status s, APPWRITE_SCHEMA_HERE) {
    return {role_kind::user, id, status_text(s), line, file};
}
constexpr role_ref team(std::string_view id, APPWRITE_SCHEMA_HERE) { return {role_kind::team, id, {}, line, file}; }
constexpr role_ref team(std::string_view id, std::string_view team_role, APPWRITE_SCHEMA_HERE) {
    return {role_kind::team, id, team_role, line, file};
}
constexpr role_ref member(std::string_view id, APPWRITE_SCHEMA_HERE) { return {role_kind::member, id, {}, line, file}; }
constexpr role_ref label(std::string_view name, APPWRITE_SCHEMA_HERE) {
    return {role_kind::label, name, {}, line, file};
}
#undef APPWRITE_SCHEMA_HERE
}  // namespace role

// N permissions of one collection, in declaration order.
template <std::size_t N>
struct permission_set {
    std::array<permission_record, N> records{};
};

namespace detail {
// Sums a pack through an array, not a fold: clang nests folds as brackets (DESIGN §4).
template <std::size_t... N>
constexpr std::size_t sum() {
    const std::size_t values[] = {0, N...};
    std::size_t total = 0;
    for (std::size_t v : values) total += v;
    return total;
}

template <class... Roles>
constexpr permission_set<sizeof...(Roles)> grant(permission_type type, const Roles&... roles) {
    static_assert(sizeof...(Roles) > 0, "a permission needs at least one role");
    permission_set<sizeof...(Roles)> out{};
    const role_ref list[] = {roles...};
    for (std::size_t i = 0; i < sizeof...(Roles); ++i)
        out.records[i] = permission_record{type,
                                           list[i].kind,
                                           list[i].id,
                                           list[i].dimension,
                                           {},
                                           permission_syntax::ok,
                                           {list[i].line, 0, list[i].file}};
    return out;
}
}  // namespace detail

template <class... Roles>
    requires(std::same_as<Roles, role_ref>&&...)
constexpr auto create(const Roles&... roles) { return detail::grant(permission_type::create, roles...); }
template <class... Roles>
    requires(std::same_as<Roles, role_ref>&&...)
constexpr auto read(const Roles&... roles) { return detail::grant(permission_type::read, roles...); }
template <class... Roles>
    requires(std::same_as<Roles, role_ref>&&...)
constexpr auto update(const Roles&... roles) { return detail::grant(permission_type::update, roles...); }
// `delete` is a keyword.
template <class... Roles>
    requires(std::same_as<Roles, role_ref>&&...)
constexpr auto remove(const Roles&... roles) { return detail::grant(permission_type::delete_, roles...); }
// write = create + update + delete; emitted expanded, as the server stores it (D.1).
template <class... Roles>
    requires(std::same_as<Roles, role_ref>&&...)
constexpr auto write(const Roles&... roles) { return detail::grant(permission_type::write, roles...); }

// A permission as Appwrite writes it, e.g. permission("read(\"user:abc\")"); checked by the rules.
constexpr permission_set<1> permission(located text) {
    permission_set<1> out{};
    out.records[0] = parse_permission(text.text);
    out.records[0].from.line = text.line;
    out.records[0].from.file = text.file;
    return out;
}

// Groups the grants of a collection (any number of create/read/update/remove/write/permission).
template <std::size_t... N>
constexpr auto permissions(const permission_set<N>&... sets) {
    constexpr std::size_t total = detail::sum<N...>();
    permission_set<total> out{};
    std::size_t at = 0;
    auto append = [&](const auto& s) {
        for (const auto& r : s.records) out.records[at++] = r;
        return 0;
    };
    [[maybe_unused]] const int expand[] = {0, append(sets)...};
    return out;
}

}  // namespace appwrite::schema

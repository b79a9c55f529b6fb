// Permission rules (reference D.1, D.2): grammar, role IDs, labels, dimensions, the 100-entry limit,
// and a warning for anonymous writes.
#pragma once

#include <appwrite/schema/permission_syntax.hpp>
#include <appwrite/schema/rules/context.hpp>

namespace appwrite::schema::rules {

// Collection scope.
template <class Sink>
constexpr void check_permissions(const context& cx, const collection_record& c, Sink& sink) {
    const auto& v = cx.view;
    {
        if (c.permissions.count > 100) {
            auto d = cx.about_collection(rule::too_many_permissions, c);
            d.field = "$permissions";
            d.detail.append_int(c.permissions.count).append(" > 100");
            sink.add(d);
        }
        for (std::uint32_t p = c.permissions.begin; p < c.permissions.end(); ++p) {
            const auto& perm = v.permissions[p];
            if (perm.syntax != permission_syntax::ok) {
                auto d = cx.about_permission(rule::permission_syntax, c, p);
                d.detail = permission_syntax_text(perm.syntax);
                sink.add(d);
                continue;
            }
            // D.1: IDs of user/team/member are Key(36); labels are Label (alphanumeric, 36).
            if (perm.role == role_kind::user || perm.role == role_kind::team || perm.role == role_kind::member) {
                if (auto r = check_key(perm.id, 36)) {
                    auto d = cx.about_permission(rule::permission_role_id, c, p);
                    d.detail.append(perm.id);
                    sink.add(d);
                }
            }
            if (perm.role == role_kind::label) {
                bool ok = !perm.id.empty() && perm.id.size() <= 36;
                for (char ch : perm.id) ok = ok && detail::is_alnum(ch);
                if (!ok) {
                    auto d = cx.about_permission(rule::permission_label, c, p);
                    d.detail.append(perm.id);
                    sink.add(d);
                }
            }
            // D.1: users/user dimensions are verified|unverified; team roles are Key(81) (36 on 1.8).
            if (!perm.dimension.empty()) {
                bool ok = true;
                if (perm.role == role_kind::users || perm.role == role_kind::user)
                    ok = perm.dimension == "verified" || perm.dimension == "unverified";
                else if (perm.role == role_kind::team)
                    ok = !check_key(perm.dimension, team_role_length(cx.profile)).has_value();
                if (!ok) {
                    auto d = cx.about_permission(rule::permission_dimension, c, p);
                    d.detail.append(perm.dimension);
                    sink.add(d);
                }
            }
            if (perm.type != permission_type::read && (perm.role == role_kind::any || perm.role == role_kind::guests)) {
                auto d = cx.about_permission(rule::permission_anonymous_write, c, p);
                d.detail.append(name_of(perm.type)).append(" for ").append(name_of(perm.role));
                sink.add(d);
            }
        }
    }
}

}  // namespace appwrite::schema::rules

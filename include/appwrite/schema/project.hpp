// project(id, name, databases...): the whole schema. A project also carries the server profile and
// deployment target its rules are checked against (reference 0.1, F.6) and the data loss it accepts.
#pragma once

#include <concepts>
#include <cstdint>
#include <string_view>

#include <appwrite/schema/accept_loss.hpp>
#include <appwrite/schema/database.hpp>
#include <appwrite/schema/located.hpp>
#include <appwrite/schema/profile.hpp>
#include <appwrite/schema/store.hpp>

namespace appwrite::schema {

template <store_counts C>
struct project_def : store<C> {
    std::string_view id{};
    std::string_view name{};
    server_profile engine = mariadb;
    std::uint32_t line = 0;
    loss_acceptances acceptances{};

    [[nodiscard]] constexpr schema_view view() const {
        auto v = store<C>::view();
        v.project_id = id;
        v.project_name = name;
        return v;
    }
    [[nodiscard]] constexpr const server_profile& profile() const { return engine; }

    // The same schema checked against another engine's limits (reference 0.1).
    [[nodiscard]] constexpr project_def for_engine(const server_profile& p) const {
        auto copy = *this;
        copy.engine = with_target(p, {engine.server_version, engine.cli_version});
        return copy;
    }
    // The same schema for a server and CLI version: types they lack become errors (F.6, G.4).
    [[nodiscard]] constexpr project_def for_target(const deploy_target& t) const {
        auto copy = *this;
        copy.engine = with_target(engine, t);
        return copy;
    }
    // Destructive changes this schema means to make: the migration plan lets them through
    // (accept_loss.hpp, reference F.6).
    template <std::same_as<accepted_loss>... Loss>
    [[nodiscard]] constexpr project_def accept_data_loss(const Loss&... losses) const {
        return with_accepted_losses(*this, losses...);
    }
};

template <store_counts... C>
constexpr auto project(located id, std::string_view name, const database_def<C>&... databases) {
    constexpr store_counts counts = sum_counts(C...);
    project_def<counts> out{};
    out.id = id.text;
    out.name = name;
    out.line = id.line;
    detail::store_writer<counts> writer{out};
    writer.append_all(databases...);
    return out;
}

}  // namespace appwrite::schema

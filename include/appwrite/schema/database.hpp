// database(id, name, collections...) and project(id, name, databases...): the containers. A project
// also carries the server profile its rules are checked against (reference 0.1).
#pragma once

#include <concepts>
#include <cstddef>
#include <string_view>

#include <appwrite/schema/accept_loss.hpp>
#include <appwrite/schema/collection.hpp>
#include <appwrite/schema/located.hpp>
#include <appwrite/schema/profile.hpp>
#include <appwrite/schema/store.hpp>

namespace appwrite::schema {

template <store_counts C>
struct database_def : store<C> {
    loss_acceptances acceptances{};

    // A database alone can be validated too: it is checked as a one-database project.
    [[nodiscard]] constexpr schema_view view() const { return store<C>::view(); }
    [[nodiscard]] constexpr const server_profile& profile() const { return mariadb; }
    // Reference E: databases are enabled by default.
    [[nodiscard]] constexpr database_def disabled() const {
        auto copy = *this;
        copy.databases[0].enabled = false;
        return copy;
    }
    // Destructive changes this schema means to make (accept_loss.hpp).
    template <std::same_as<accepted_loss>... Loss>
    [[nodiscard]] constexpr database_def accept_data_loss(const Loss&... losses) const {
        auto copy = *this;
        (copy.acceptances.add(losses), ...);
        return copy;
    }
};

template <store_counts... C>
constexpr auto database(located id, std::string_view name, const collection_def<C>&... collections) {
    constexpr store_counts counts = [] {
        store_counts c = sum_counts(C...);
        c.databases = 1;
        return c;
    }();
    database_def<counts> out{};
    auto& d = out.databases[0];
    d.id = id.text;
    d.name = name;
    d.from.line = id.line;
    d.collections = {0, static_cast<std::uint32_t>(counts.collections)};
    detail::store_writer<counts> writer{out};
    auto append = [&](const auto& s) {
        writer.append(s);
        return 0;
    };
    [[maybe_unused]] const int expand[] = {0, append(collections)...};
    for (auto& c : out.collections) c.database = 0;
    return out;
}

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
        auto copy = *this;
        (copy.acceptances.add(losses), ...);
        return copy;
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
    auto append = [&](const auto& s) {
        writer.append(s);
        return 0;
    };
    [[maybe_unused]] const int expand[] = {0, append(databases)...};
    return out;
}

}  // namespace appwrite::schema

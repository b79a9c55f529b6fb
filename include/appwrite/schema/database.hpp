// database(id, name, collections...): a database and its collections. A database alone can be
// validated and emitted as a one-database project (project.hpp).
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
        return with_accepted_losses(*this, losses...);
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
    d.from.file = id.file;
    d.collections = {0, static_cast<std::uint32_t>(counts.collections)};
    detail::store_writer<counts> writer{out};
    writer.append_all(collections...);
    for (auto& c : out.collections) c.database = 0;
    return out;
}

}  // namespace appwrite::schema

// appwrite-schema: declare an Appwrite project's databases, collections, attributes, indexes and
// permissions in C++; every rule the server enforces at deploy time fails at compile time instead.
//
//   #include <appwrite/schema.hpp>
//   namespace aw = appwrite::schema;
//   inline constexpr auto users = aw::collection("users", "Users", aw::email("email").required());
//   inline constexpr auto db = aw::database("main", "Main", users);
//   inline constexpr auto project = aw::project("demo", "Demo", db);
//   static_assert(aw::valid<project>);
//
// This umbrella header has no dependency beyond the standard library. A header that only declares
// can include <appwrite/schema/dsl.hpp> instead: the DSL without the rule engine.
#pragma once

#include <appwrite/schema/dsl.hpp>  // declaring (attribute, collection, database, …, project)
#include <appwrite/schema/rule_catalogue.hpp>
#include <appwrite/schema/rule_errors.hpp>  // first here: a compile error's include chain is then 2 lines
#include <appwrite/schema/validate.hpp>

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
// This umbrella header has no dependency beyond the standard library.
#pragma once

#include <appwrite/schema/attribute.hpp>
#include <appwrite/schema/collection.hpp>
#include <appwrite/schema/database.hpp>
#include <appwrite/schema/index.hpp>
#include <appwrite/schema/permission.hpp>
#include <appwrite/schema/profile.hpp>
#include <appwrite/schema/project.hpp>
#include <appwrite/schema/rule_catalogue.hpp>
#include <appwrite/schema/validate.hpp>

// The DSL alone: declare databases, collections, attributes, indexes, permissions and the deploy
// target, without the rule engine. For headers that only declare a schema (and the translation
// units that include them): no <vector>, no <algorithm>, no rule catalogue. Checking the schema
// (`static_assert(aw::valid<project>)`) needs <appwrite/schema.hpp>, the umbrella that includes this
// and the rules; do it in one translation unit, e.g. the one that emits the config.
//
//   #include <appwrite/schema/dsl.hpp>
//   inline constexpr auto project = aw::project("demo", "Demo", aw::database("main", "Main", users));
#pragma once

#include <appwrite/schema/attribute.hpp>
#include <appwrite/schema/collection.hpp>
#include <appwrite/schema/database.hpp>
#include <appwrite/schema/index.hpp>
#include <appwrite/schema/permission.hpp>
#include <appwrite/schema/profile.hpp>
#include <appwrite/schema/project.hpp>

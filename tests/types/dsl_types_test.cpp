// The types appwrite_schema_config(djamms_config ... TYPES ...) writes for the djamms DSL schema at build
// time: a struct per collection whose derived collections emit the DSL schema's config, byte for byte.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "djamms_schema.hpp"
#include "djamms_types.hpp"

#include <appwrite/schema/emit.hpp>

namespace aw = appwrite::schema;

TEST_CASE("the types written for a DSL schema emit its config", "[documents]") {
    CHECK(aw::emit::config<djamms_types::project>() == aw::emit::config<djamms::project>());
    CHECK(aw::emit::config<djamms_types::project>({.shape = aw::emit::config_shape::tables}) ==
          aw::emit::config<djamms::project>({.shape = aw::emit::config_shape::tables}));
}

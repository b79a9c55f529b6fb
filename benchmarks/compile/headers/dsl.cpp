// The cost of the DSL alone (appwrite/schema/dsl.hpp).
#include <appwrite/schema/dsl.hpp>

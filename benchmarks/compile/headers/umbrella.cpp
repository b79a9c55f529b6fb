// The cost of the umbrella header (DSL and rule engine).
#include <appwrite/schema.hpp>

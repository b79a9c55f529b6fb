// Typed access alone (tests/headers/light_header.cmake): its error spelling needs no rule engine.
#include <appwrite/schema/app/keys.hpp>

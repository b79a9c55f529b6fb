// Every rule case (tests/rules and tests/compile_fail include the family they need).
#pragma once

#include "attributes.hpp"
#include "budgets.hpp"
#include "identifiers.hpp"
#include "indexes.hpp"
#include "permissions.hpp"
#include "relationships.hpp"

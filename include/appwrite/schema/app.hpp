// Everything app code uses: typed keys, queries and document reads (runtime; needs nlohmann/json).
#pragma once

#include <appwrite/schema/app/document.hpp>
#include <appwrite/schema/app/keys.hpp>
#include <appwrite/schema/app/query.hpp>

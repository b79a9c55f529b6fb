// Everything app code uses: typed keys, queries, document reads, documents of structs and their
// validation (runtime; needs nlohmann/json).
#pragma once

#include <appwrite/schema/app/document.hpp>
#include <appwrite/schema/app/keys.hpp>
#include <appwrite/schema/app/query.hpp>
#include <appwrite/schema/app/struct_document.hpp>
#include <appwrite/schema/app/validate_document.hpp>
#include <appwrite/schema/app/validate_struct.hpp>

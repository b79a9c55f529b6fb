// App code with typed access, built with the schema precompiled (appwrite_schema_config PRECOMPILE_FOR).
#include <cstdio>
#include <string>

#include "notes_schema.hpp"

#include <appwrite/schema/app.hpp>

int main() {
    namespace app = appwrite::schema::app;
    const std::string query = app::query<consumer::notes>::search<"title">("jazz");
    std::printf("%s\n", query.c_str());
    return query.find("\"attribute\":\"title\"") != std::string::npos ? 0 : 1;
}

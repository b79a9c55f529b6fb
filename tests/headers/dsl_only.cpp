// A header that only declares: the DSL without the rule engine (tests/headers/light_header.cmake
// checks what this translation unit includes).
#include <appwrite/schema/dsl.hpp>

namespace aw = appwrite::schema;

inline constexpr auto users = aw::collection("users", "Users", aw::email("email").required(),
                                             aw::relationship("team", "teams", aw::many_to_one).two_way("members"),
                                             aw::unique_index("by_email", {"email"}),
                                             aw::permissions(aw::read(aw::role::users())));
inline constexpr auto teams = aw::collection("teams", "Teams", aw::varchar("name", 64));
inline constexpr auto project =
    aw::project("demo", "Demo", aw::database("main", "Main", users, teams)).for_target(aw::targets::server_1_9);
static_assert(project.view().attributes.size() == 3);

// Uses the installed (or added) library: a schema validated at compile time, read at run time.
#include <cstdio>

#include <appwrite/schema.hpp>

namespace aw = appwrite::schema;

inline constexpr auto notes = aw::collection("notes", "Notes", aw::permissions(aw::read(aw::role::users())),
                                             aw::string("title", 128).required(), aw::text("body"),
                                             aw::fulltext_index("search", {"title"}));
inline constexpr auto project = aw::project("consumer", "Consumer", aw::database("main", "Main", notes));
static_assert(aw::valid<project>);

int main() {
    const auto view = project.view();
    std::printf("%zu collection(s), %zu attribute(s)\n", view.collections.size(), view.attributes.size());
    return view.attributes.size() == 2 ? 0 : 1;
}

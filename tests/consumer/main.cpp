// Uses the installed (or added) library: a schema validated at compile time, read at run time.
#include <cstdio>

#include "notes_schema.hpp"

int main() {
    const auto view = consumer::project.view();
    std::printf("%zu collection(s), %zu attribute(s)\n", view.collections.size(), view.attributes.size());
    return view.attributes.size() == 2 ? 0 : 1;
}

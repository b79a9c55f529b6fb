// App code that misuses the schema must not compile; -DAW_MISUSE=<n> picks the mistake.
#include <appwrite/schema.hpp>
#include <appwrite/schema/app.hpp>

namespace aw = appwrite::schema;
inline constexpr auto books = aw::collection("books", "Books", aw::string("title", 200).required(),
                                             aw::integer("pages"), aw::string("blurb", 1000));
using q = aw::app::query<books>;

int main() {
#if AW_MISUSE == 0  // the control: correct use compiles
    return static_cast<int>(q::equal<"pages">(10).size() + aw::app::key<books, "title">.size()) > 0 ? 0 : 1;
#elif AW_MISUSE == 1  // a misspelt key
    return static_cast<int>(aw::app::key<books, "titel">.size());
#elif AW_MISUSE == 2  // a string compared with an integer attribute
    return static_cast<int>(q::equal<"pages">("ten").size());
#elif AW_MISUSE == 3  // search without a fulltext index
    return static_cast<int>(q::search<"blurb">("x").size());
#elif AW_MISUSE == 4  // a required attribute is never null
    return static_cast<int>(q::is_null<"title">().size());
#endif
}

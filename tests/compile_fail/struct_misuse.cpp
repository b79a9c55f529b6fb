// A struct that cannot be a collection must not compile, and the error names the struct and member;
// -DAW_MISUSE=<n> picks the mistake (issue 12).
#include <appwrite/schema/app/query.hpp>
#include <appwrite/schema/collection_from.hpp>

namespace aw = appwrite::schema;
namespace misuse {
enum class state { open, closed };
enum loose { a, b };  // no fixed underlying type
struct book {
    aw::field::string<200> title;
    state status;
#if AW_MISUSE == 1
    char initial;  // a character: no Appwrite type
#elif AW_MISUSE == 2
    std::string blurb;  // no size
#elif AW_MISUSE == 3
    int _isbn;  // '_' cannot start a key
#elif AW_MISUSE == 6
    loose kind;
#elif AW_MISUSE == 8
    std::vector<aw::field::relationship<"authors", aw::many_to_one>> author;  // one author: not a list
#elif AW_MISUSE == 10
    std::vector<aw::field::point> stops;  // B.4: a spatial column is never an array
#endif
};
struct other {
    int pages;
};
#define AW_F(n) int m##n;
#define AW_10(p) \
    AW_F(p##0) AW_F(p##1) AW_F(p##2) AW_F(p##3) AW_F(p##4) AW_F(p##5) AW_F(p##6) AW_F(p##7) AW_F(p##8) AW_F(p##9)
struct wide {  // 130 members: more than <appwrite/schema/reflect/bind_members.hpp> binds
    AW_10(a) AW_10(b) AW_10(c) AW_10(d) AW_10(e) AW_10(f) AW_10(g) AW_10(h) AW_10(i) AW_10(j) AW_10(k) AW_10(l) AW_10(m)
};

#if AW_MISUSE == 4
inline constexpr auto books = aw::collection_from<book>("books", "Books", aw::member<&other::pages>.min(1));
#elif AW_MISUSE == 7
inline constexpr auto books = aw::collection_from<wide>("wide", "Wide");
#elif AW_MISUSE == 9
inline constexpr auto books = aw::collection_from<book>("books", "Books", aw::member<&book::title>.two_way("x"));
#else
inline constexpr auto books = aw::collection_from<book>("books", "Books");
#endif
}  // namespace misuse

int main() {
#if AW_MISUSE == 0  // the control: correct use compiles
    return static_cast<int>(aw::app::query<misuse::books>::equal<&misuse::book::status>(misuse::state::open).size() +
                            misuse::books.attributes.size()) > 0
               ? 0
               : 1;
#elif AW_MISUSE == 5  // a query value of another type than the member's
    return static_cast<int>(aw::app::query<misuse::books>::equal<&misuse::book::status>(3).size());
#else
    return static_cast<int>(misuse::books.attributes.size());
#endif
}

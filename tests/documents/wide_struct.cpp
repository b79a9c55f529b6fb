// Appwrite's maximum, 1,010 attributes, derived from one struct (issue 12): it compiles with the
// compilers' default limits, validates, and its last member has its name.
#include <appwrite/schema/reflect/bind_members_wide.hpp>  // first: structs of more than 128 members

#include <appwrite/schema.hpp>
#include <appwrite/schema/collection_from.hpp>

namespace aw = appwrite::schema;
namespace wide {
#define AW_F(n) std::int32_t m##n;
#define AW_10(p) \
    AW_F(p##0) AW_F(p##1) AW_F(p##2) AW_F(p##3) AW_F(p##4) AW_F(p##5) AW_F(p##6) AW_F(p##7) AW_F(p##8) AW_F(p##9)
#define AW_100(p) \
    AW_10(p##0)   \
    AW_10(p##1) AW_10(p##2) AW_10(p##3) AW_10(p##4) AW_10(p##5) AW_10(p##6) AW_10(p##7) AW_10(p##8) AW_10(p##9)
struct row {
    AW_100(a) AW_100(b) AW_100(c) AW_100(d) AW_100(e) AW_100(f) AW_100(g) AW_100(h) AW_100(i) AW_100(j) AW_10(k0)
};
inline constexpr auto rows = aw::collection_from<row>("rows", "Rows");
inline constexpr auto project = aw::project("wide", "Wide", aw::database("db", "DB", rows));
static_assert(aw::reflect::member_count<row> == 1010);
static_assert(rows.attributes.size() == 1010);
static_assert(rows.attributes[1009].key == "mk09");
static_assert(rows.attributes[1009].max.integer == 2147483647);
static_assert(aw::valid<project>);
}  // namespace wide

int main() {}

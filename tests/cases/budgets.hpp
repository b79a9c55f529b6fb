// Cases for the budgets (reference B.1, B.5, C.2): generated collections at Appwrite's limits.
#pragma once

#include "case_support.hpp"

namespace cases {
inline constexpr numbered_keys<1010> flag_keys{'f'};
inline constexpr numbered_keys<59> index_keys{'i'};

// `n` booleans f0000… in collection `id`, plus `extra` parts.
template <std::size_t... I, class... Extra>
constexpr auto flags_collection(std::string_view id, std::index_sequence<I...>, const Extra&... extra) {
    return aw::collection(aw::located(id), "Flags", aw::boolean(aw::located(flag_keys[I]))..., extra...);
}
template <std::size_t... I>
constexpr auto indexed_collection(std::index_sequence<I...>) {
    return aw::collection("coll", "Indexed", aw::boolean("flag"), aw::key_index(aw::located(index_keys[I]), {"flag"})...);
}
}  // namespace cases

// 1010 attributes fit; the child side of a relationship from another collection is the 1011th.
AW_BAD(too_many_attributes, "flags",
       aw::project("proj", "Project",
                   aw::database("db", "Database", cases::flags_collection("flags", std::make_index_sequence<1010>{}),
                                aw::collection("owners", "Owners",
                                               aw::relationship("flags", "flags", aw::one_to_many).two_way("owner")))))
AW_GOOD(too_many_attributes,
        aw::project("proj", "Project",
                    aw::database("db", "Database", cases::flags_collection("flags", std::make_index_sequence<1009>{}),
                                 aw::collection("owners", "Owners",
                                                aw::relationship("flags", "flags", aw::one_to_many).two_way("owner")))))

// B.5: 1067 + 16117 * 4 + 2 = 65537 >= 65535; 16116 characters is the largest VARCHAR that fits.
AW_BAD(row_width_exceeded, "coll", single(aw::varchar("body", 16117)))
AW_GOOD(row_width_exceeded, single(aw::varchar("body", 16116)))

AW_BAD(too_many_indexes, "coll",
       aw::project("proj", "Project", aw::database("db", "Database", cases::indexed_collection(std::make_index_sequence<59>{}))))
AW_GOOD(too_many_indexes,
        aw::project("proj", "Project", aw::database("db", "Database", cases::indexed_collection(std::make_index_sequence<58>{}))))

// Structs adapted with Boost.Hana (BOOST_HANA_ADAPT_STRUCT, BOOST_HANA_DEFINE_STRUCT) that are no
// aggregates (a constructor, a base class) read through Hana's accessors: their member list and names
// are Hana's. Include this header before such a struct is read (by collection_from, the documents, the
// queries); it needs Boost.Hana, the rest of the library does not. An adapted aggregate is still read
// as an aggregate: through Hana the same 100 collections of 39 members cost g++-12 3.2x the time and
// 2x the memory (benchmarks/compile hana100x39 against struct100x39, docs/performance.md).
//
//   struct goal { goal() = default; std::string title; std::int64_t minutes = 0; };
//   BOOST_HANA_ADAPT_STRUCT(goal, title, minutes);
//   inline constexpr auto goals = aw::collection_from<goal>("goals", "Goals", aw::member<&goal::title>.size(100));
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include <boost/hana/accessors.hpp>
#include <boost/hana/first.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/second.hpp>
#include <boost/hana/string.hpp>
#include <boost/hana/unpack.hpp>

#include <appwrite/schema/reflect/members.hpp>

namespace appwrite::schema::reflect {

template <class T>
    requires(boost::hana::Struct<T>::value && !std::is_aggregate_v<T>)
struct struct_access<T> {
    static constexpr std::size_t count = decltype(boost::hana::length(boost::hana::accessors<T>()))::value;
    static constexpr auto names() {
        return boost::hana::unpack(boost::hana::accessors<T>(), [](auto... p) {
            return std::array<std::string_view, sizeof...(p)>{
                std::string_view(boost::hana::to<const char*>(boost::hana::first(p)))...};
        });
    }
    template <class U, class F>
    static constexpr decltype(auto) apply(U& t, F&& f) {
        return boost::hana::unpack(boost::hana::accessors<T>(),
                                   [&](auto... p) -> decltype(auto) { return f(boost::hana::second(p)(t)...); });
    }
    using types = decltype(boost::hana::unpack(boost::hana::accessors<T>(), [](auto... p) {
        return detail::type_list<std::remove_cvref_t<decltype(boost::hana::second(p)(std::declval<T&>()))>...>{};
    }));
};

}  // namespace appwrite::schema::reflect

// A collection derived from an aggregate struct: one attribute per member, in declaration order, the
// key from the member's name and the type from the member's C++ type (from_struct/member_shape.hpp).
//
//   enum class goal_status { not_started, in_progress, completed };
//   struct goal {
//       aw::field::string<255> name;                 // string(255), required
//       std::optional<std::string> description;      // its size comes from an option below
//       goal_status status;                          // enum of the enumerator names
//       std::vector<aw::field::string<64>> tags;     // string(64) array
//   };
//   inline constexpr auto goals = aw::collection_from<goal>("goals", "Goals",
//       aw::member<&goal::description>.size(2000),
//       aw::member<&goal::status>.default_value(goal_status::not_started),
//       aw::fulltext_index("name_fulltext", {"name"}), aw::permissions(aw::read(aw::role::users())));
//
// The other parts are those of aw::collection (indexes, permissions, flags, further attributes). The
// result is a collection like any other: every rule applies to it, and its errors name the key. What
// only a struct can get wrong fails here, naming the struct and member: a member type with no
// Appwrite type, a std::string without a size, a member name that is no key.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <utility>

#include <appwrite/schema/collection.hpp>
#include <appwrite/schema/error_spelling.hpp>
#include <appwrite/schema/fixed_string.hpp>
#include <appwrite/schema/from_struct/member_option.hpp>
#include <appwrite/schema/from_struct/member_shape.hpp>
#include <appwrite/schema/reflect/enum_names.hpp>
#include <appwrite/schema/reflect/members.hpp>

namespace appwrite::schema {

namespace error {
// Functions whose address is taken, like the rules' errors (rule_errors.hpp): the error names the
// struct and member (at::member<"ns::goal::description">) and, for a type, the type.
struct member_type_not_mappable {
    template <class Where>
    static void in() {
        static_assert(always_false<Where>,
                      "appwrite-schema: this member's C++ type is no Appwrite attribute type (see Where and "
                      "docs/documents.md for the types that are)");
    }
};
struct member_needs_size {
    template <class Where>
    static void in() {
        static_assert(always_false<Where>,
                      "appwrite-schema: a std::string member needs a size: aw::member<&S::m>.size(n), or "
                      "declare it aw::field::string<n> (see Where)");
    }
};
struct member_name_not_a_key {
    template <class Where>
    static void in() {
        static_assert(always_false<Where>,
                      "appwrite-schema: a key may not start with '_' (reference A.1): give the member a key, "
                      "aw::member<&S::_m>.key(\"m\") (see Where)");
    }
};
struct relationship_member_shape {
    template <class Where>
    static void in() {
        static_assert(always_false<Where>,
                      "appwrite-schema: a oneToMany or manyToMany relationship member is a "
                      "std::vector<aw::field::relationship<...>>, a oneToOne or manyToOne one a single "
                      "aw::field::relationship<...> or an optional of it (rules reference B.3; see Where)");
    }
};
struct relationship_option_on_other_member {
    template <class Where>
    static void in() {
        static_assert(always_false<Where>,
                      "appwrite-schema: two_way, two_way_key and on_delete are options of relationship members "
                      "(see Where)");
    }
};
struct member_option_of_another_struct {
    template <class Where>
    static void in() {
        static_assert(always_false<Where>,
                      "appwrite-schema: aw::member<&Other::m> given to collection_from<S> of another struct "
                      "(see Where)");
    }
};
}  // namespace error

// A collection derived from struct T: a collection_def that remembers T (app/struct_document.hpp reads
// and writes T through it).
template <class T, store_counts C>
struct struct_collection_def : collection_def<C> {
    using struct_type = T;
};

// A member option is a part of a derived collection that adds nothing by itself.
namespace detail {
template <auto Member, unsigned Set>
inline constexpr bool annotation_part<member_option<Member, Set>> = true;
template <auto Member, unsigned Set>
struct part_counts<member_option<Member, Set>> {
    static constexpr store_counts value{};
};
}  // namespace detail

namespace detail_struct {

template <class T, std::size_t I>
constexpr auto member_path() {
    constexpr std::string_view type = reflect::type_name<T>;
    constexpr std::string_view name = reflect::member_names<T>[I];
    fixed_string<type.size() + 2 + name.size()> out{};
    for (std::size_t i = 0; i < type.size(); ++i) out.data[i] = type[i];
    out.data[type.size()] = out.data[type.size() + 1] = ':';
    for (std::size_t i = 0; i < name.size(); ++i) out.data[type.size() + 2 + i] = name[i];
    return out;
}
template <class T, std::size_t I>
using member_where = at::member<schema::detail::spelled<member_path<T, I>()>>;

template <class Part>
struct is_member_option : std::false_type {};
template <auto Member, unsigned Set>
struct is_member_option<member_option<Member, Set>> : std::true_type {};

// The option bits `Part` sets on member `name` of T (0 for other parts and other members).
template <class T>
constexpr std::size_t member_index(std::string_view name) {
    for (std::size_t i = 0; i < reflect::member_names<T>.size(); ++i)
        if (reflect::member_names<T>[i] == name) return i;
    return 0;  // an option of another struct: reported by check_option_owner
}

// The option bits of every member of T, in one evaluation per collection: evaluating them member by
// member (members x parts calls, each kept by g++'s constexpr cache) cost more than the rest of the
// derivation.
template <class T, class Part>
constexpr void add_option_bits(std::array<unsigned, reflect::detail::bound_count<T>>& out) {
    if constexpr (is_member_option<Part>::value) {
        if constexpr (std::is_same_v<typename Part::owner, T>) out[member_index<T>(Part::name)] |= Part::set;
    }
}
template <class T, class... Parts>
inline constexpr auto option_sets = [] {
    std::array<unsigned, reflect::detail::bound_count<T>> out{};
    [[maybe_unused]] const int expand[] = {0, (add_option_bits<T, Parts>(out), 0)...};
    return out;
}();

// Each option is applied once, to its member's attribute in the built collection: scanning every
// option for every member instead made g++ instantiate members x parts functions (struct100x50:
// 57 s and 5 GB).
template <class T, class Store, class Part>
constexpr int apply_option(Store& out, const Part& part) {
    if constexpr (is_member_option<Part>::value) {
        if constexpr (std::is_same_v<typename Part::owner, T>) {
            auto& r = out.attributes[member_index<T>(Part::name)];
            if constexpr ((Part::set & relationship_options) == 0) {
                part.apply_to(r, nullptr);
            } else if constexpr (std::tuple_size_v<decltype(out.extras)> > 0) {
                // not a relationship: member_attribute reported it, and the option is dropped
                if (r.extra < out.extras.size()) part.apply_to(r, &out.extras[r.extra]);
            }
        }
    }
    return 0;
}

constexpr attribute_family family_of(attribute_type t) {
    if (is_numeric_type(t)) return attribute_family::numeric;
    if (t == attribute_type::boolean) return attribute_family::boolean;
    if (t == attribute_type::datetime) return attribute_family::datetime;
    if (t == attribute_type::enum_) return attribute_family::enumeration;
    if (is_spatial_type(t)) return attribute_family::spatial;
    return attribute_family::text;
}

// After a struct error, a valid stand-in attribute under the member's name: the program is ill-formed
// already, and the rules must not add a second error about it.
constexpr auto stand_in(std::string_view name, const located& at) {
    return string(located{name.front() == '_' ? name.substr(1) : name, at.line, at.file}, 1);
}

// Member I's attribute before its options; `set` says which options it has (for the checks).
template <class T, std::size_t I, class M, unsigned set>
constexpr auto member_attribute(const located& at) {
    constexpr std::string_view name = reflect::member_names<T>[I];
    constexpr member_shape s = shape(tag<M>{});
    if constexpr (s.type == attribute_type::unknown) {
        (void)&error::member_type_not_mappable::template in<at::where<member_where<T, I>, at::cpp_type<M>>>;
        return stand_in(name, at);
    } else if constexpr (s.needs_size && (set & size_set) == 0) {
        (void)&error::member_needs_size::template in<at::where<member_where<T, I>>>;
        return stand_in(name, at);
    } else if constexpr (!s.relation_shape_ok) {
        (void)&error::relationship_member_shape::template in<at::where<member_where<T, I>, at::cpp_type<M>>>;
        return stand_in(name, at);
    } else if constexpr ((set & relationship_options) != 0 && s.type != attribute_type::relationship) {
        (void)&error::relationship_option_on_other_member::template in<at::where<member_where<T, I>>>;
        return stand_in(name, at);
    } else if constexpr (name.front() == '_' && (set & key_set) == 0) {
        (void)&error::member_name_not_a_key::template in<at::where<member_where<T, I>>>;
        return stand_in(name, at);
    } else {
        const located key{name, at.line, at.file};
        auto a = [&] {
            if constexpr (s.type == attribute_type::enum_)
                return enumeration(key, reflect::enumerator_names<typename value_of_member<M>::type>);
            else if constexpr (s.type == attribute_type::relationship) return relationship(key, s.related, s.relation);
            else return detail::make_attribute<family_of(s.type)>(key, s.type);
        }();
        auto& r = a.record;
        r.required = !s.optional && !s.array && s.type != attribute_type::relationship;  // B.3: never required
        r.array = s.array;
        if constexpr (s.size != 0) {
            r.size = s.size;
            r.size_present = true;
        }
        if constexpr (s.ranged) {
            r.min = detail::bound_of(s.min);
            r.max = detail::bound_of(s.max);
        }
        return a;
    }
}

template <class T, class Part>
constexpr int check_option_owner() {
    if constexpr (is_member_option<Part>::value) {
        if constexpr (!std::is_same_v<typename Part::owner, T>)
            (void)&error::member_option_of_another_struct::template in<
                at::where<at::cpp_type<T>, at::cpp_type<typename Part::owner>>>;
    }
    return 0;
}

template <class T>
struct def_of {
    template <store_counts C>
    using def = struct_collection_def<T, C>;
};

// The member types M come as a pack beside their indexes I: looking each type up by index cost
// g++ a deduction against every member per member.
template <class T, class... M, std::size_t... I, class... Parts>
constexpr auto derive(reflect::detail::type_list<M...>, std::index_sequence<I...>, const located& id,
                      std::string_view name, const Parts&... parts) {
    [[maybe_unused]] constexpr int checked[] = {0, check_option_owner<T, Parts>()...};
    auto out = detail::build_collection<def_of<T>::template def>(
        id, name, member_attribute<T, I, M, option_sets<T, Parts...>[I]>(id)..., parts...);
    [[maybe_unused]] const int applied[] = {0, apply_option<T>(out, parts)...};
    return out;
}

}  // namespace detail_struct

// The collection `id` derived from struct T: T's members, then `parts` (see the top of this file).
template <class T, class... Parts>
constexpr auto collection_from(located id, std::string_view name, const Parts&... parts) {
    return detail_struct::derive<T>(reflect::member_types<T>{},
                                    std::make_index_sequence<reflect::detail::bound_count<T>>{}, id, name, parts...);
}

}  // namespace appwrite::schema

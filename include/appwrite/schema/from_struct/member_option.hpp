// Per-member options of a collection derived from a struct (collection_from.hpp), keyed by member
// pointer: aw::member<&goal::description>.size(2000). Which options are set is part of the type
// (Set), so collection_from can tell at compile time that a std::string member has its size, or a
// member named `_x` its key; the values themselves are constants like the DSL's.
#pragma once

#include <cstdint>
#include <string_view>
#include <type_traits>

#include <appwrite/schema/attribute.hpp>
#include <appwrite/schema/reflect/enum_names.hpp>
#include <appwrite/schema/reflect/member_pointer.hpp>

namespace appwrite::schema {

namespace detail_struct {
enum option_bit : unsigned {
    key_set = 1U,
    size_set = 2U,
    required_set = 4U,
    default_set = 8U,
    min_set = 16U,
    max_set = 32U,
    encrypt_set = 64U,
    two_way_set = 128U,
    two_way_key_set = 256U,
    on_delete_set = 512U,
    relationship_options = two_way_set | two_way_key_set | on_delete_set,
};

}  // namespace detail_struct

template <auto Member, unsigned Set = 0>
    requires std::is_member_object_pointer_v<decltype(Member)>
struct member_option {
    using owner = reflect::member_pointer_owner<Member>;
    static constexpr unsigned set = Set;
    static constexpr std::string_view name = reflect::member_pointer_name<Member>;

    attribute_record patch{};  // the fields Set names
    attribute_extra extra{};   // relationships' fields

    // The attribute key, when the member's name is not the key (A.1: `_x` is no key; a C++ keyword).
    [[nodiscard]] constexpr auto key(std::string_view k) const {
        auto o = next<detail_struct::key_set>();
        o.patch.key = k;
        return o;
    }
    // B.2: the size of a string member that does not carry one (std::string).
    [[nodiscard]] constexpr auto size(std::int64_t n) const {
        auto o = next<detail_struct::size_set>();
        o.patch.size = n;
        o.patch.size_present = true;
        return o;
    }
    // B.1: required is "not std::optional, not an array, no default" unless said here.
    [[nodiscard]] constexpr auto required(bool on = true) const {
        auto o = next<detail_struct::required_set>();
        o.patch.required = on;
        return o;
    }
    [[nodiscard]] constexpr auto encrypt(bool on = true) const {
        auto o = next<detail_struct::encrypt_set>();
        o.patch.encrypt = on;
        return o;
    }
    // B.1: a default the server fills in; an enum member's default is an enumerator.
    template <class V>
    [[nodiscard]] constexpr auto default_value(const V& v) const {
        auto o = next<detail_struct::default_set>();
        if constexpr (std::is_enum_v<V>) {
            o.patch.default_value.kind = value_kind::string;
            for (const auto& e : reflect::enumerators<V>)
                if (e.value == v) o.patch.default_value.text = e.name;
        } else {
            o.patch.default_value = detail::value_of(v);
        }
        return o;
    }
    template <class V>
        requires std::is_arithmetic_v<V>
    [[nodiscard]] constexpr auto min(V v) const {
        auto o = next<detail_struct::min_set>();
        o.patch.min = detail::bound_of(v);
        return o;
    }
    template <class V>
        requires std::is_arithmetic_v<V>
    [[nodiscard]] constexpr auto max(V v) const {
        auto o = next<detail_struct::max_set>();
        o.patch.max = detail::bound_of(v);
        return o;
    }
    template <class V, class W>
        requires(std::is_arithmetic_v<V>&& std::is_arithmetic_v<W>)
    [[nodiscard]] constexpr auto range(V lo, W hi) const { return min(lo).max(hi); }

    // B.3 — relationship members
    [[nodiscard]] constexpr auto two_way(std::string_view two_way_key = {}) const {
        auto o = next<detail_struct::two_way_set>();
        o.extra.two_way = true;
        o.extra.two_way_key = two_way_key;
        return o;
    }
    [[nodiscard]] constexpr auto two_way_key(std::string_view key) const {
        auto o = next<detail_struct::two_way_key_set>();
        o.extra.two_way_key = key;
        return o;
    }
    [[nodiscard]] constexpr auto on_delete(on_delete_action action) const {
        auto o = next<detail_struct::on_delete_set>();
        o.extra.on_delete = action;
        return o;
    }

    // Sets the options of this member on the attribute derived from it (the fields Set names) and,
    // for a relationship, on its extra.
    constexpr void apply_to(attribute_record& r, attribute_extra* x) const {
        using namespace detail_struct;
        if constexpr ((Set & relationship_options) != 0) {
            if constexpr ((Set & two_way_set) != 0) x->two_way = true;
            if constexpr ((Set & two_way_set) != 0 || (Set & two_way_key_set) != 0)
                if (!extra.two_way_key.empty()) x->two_way_key = extra.two_way_key;
            if constexpr ((Set & on_delete_set) != 0) x->on_delete = extra.on_delete;
        }
        if constexpr ((Set & key_set) != 0) r.key = patch.key;
        if constexpr ((Set & size_set) != 0) {
            r.size = patch.size;
            r.size_present = true;
        }
        if constexpr ((Set & default_set) != 0) {
            r.default_value = patch.default_value;
            if constexpr ((Set & required_set) == 0) r.required = false;  // the server fills it in
        }
        if constexpr ((Set & required_set) != 0) r.required = patch.required;
        if constexpr ((Set & encrypt_set) != 0) r.encrypt = patch.encrypt;
        if constexpr ((Set & min_set) != 0) r.min = patch.min;
        if constexpr ((Set & max_set) != 0) r.max = patch.max;
    }

private:
    template <unsigned Bit>
    constexpr member_option<Member, Set | Bit> next() const {
        return {patch, extra};
    }
};

// The options of one member: aw::member<&goal::description>.size(2000).required().
template <auto Member>
inline constexpr member_option<Member> member{};

}  // namespace appwrite::schema

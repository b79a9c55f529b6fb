// Compile-time validation of a DSL schema (DESIGN §4).
//
//   static_assert(aw::valid<project>);
//
// runs every rule; on the first error it instantiates a type named after the rule whose template
// arguments spell the offending path, e.g.
//   appwrite::schema::error::duplicate_attribute_key<at::database<str<"shop">>,
//       at::collection<str<"users">>, at::attribute<str<"email">>, at::line<12>>
// and whose body's static_assert carries the rule's code, section and message. With C++26
// user-generated static_assert messages the whole report is one line instead.
//   aw::diagnose<project>()   every finding (errors and warnings) as data, for tests and tools.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

#include <appwrite/schema/diagnostic.hpp>
#include <appwrite/schema/error_spelling.hpp>
#include <appwrite/schema/fixed_string.hpp>
#include <appwrite/schema/rule_catalogue.hpp>
#include <appwrite/schema/rules.hpp>

#if defined(__cpp_static_assert) && __cpp_static_assert >= 202306L
#define APPWRITE_SCHEMA_MESSAGE_STATIC_ASSERT 1
#else
#define APPWRITE_SCHEMA_MESSAGE_STATIC_ASSERT 0
#endif

namespace appwrite::schema {

namespace detail {

// Each scope of a schema is its own constant evaluation (one per database and per collection), so
// no single evaluation meets the whole schema: the default constexpr limits of every compiler then
// hold for Appwrite's maxima (DESIGN §4).
template <const auto& Schema, class Sink>
struct scope_results {
    static constexpr std::size_t databases = Schema.databases.size();
    static constexpr std::size_t collections = Schema.collections.size();

    static constexpr Sink project = [] {
        Sink s{};
        check_project_scope(Schema.view(), Schema.profile(), s);
        return s;
    }();
    template <std::uint32_t D>
    static constexpr Sink database = [] {
        Sink s{};
        check_database_scope(Schema.view(), Schema.profile(), D, s);
        return s;
    }();
    template <std::uint32_t C>
    static constexpr Sink collection = [] {
        Sink s{};
        check_collection_scope(Schema.view(), Schema.profile(), C, s);
        return s;
    }();

    // All scopes, in order: project, databases, collections. Each scope's result is a separate
    // static constant; they are only copied into arrays here, so no evaluation nests another
    // (g++ keeps everything a nested evaluation allocated alive until the outer one ends).
    template <std::size_t... D>
    static constexpr auto database_results(std::index_sequence<D...>) {
        return std::array<Sink, sizeof...(D)>{database<D>...};
    }
    template <std::size_t... C>
    static constexpr auto collection_results(std::index_sequence<C...>) {
        return std::array<Sink, sizeof...(C)>{collection<C>...};
    }
    static constexpr auto database_parts = database_results(std::make_index_sequence<databases>{});
    static constexpr auto collection_parts = collection_results(std::make_index_sequence<collections>{});

    template <class Combine>
    static constexpr void each(Combine combine) {
        combine(project);
        for (const auto& part : database_parts) combine(part);
        for (const auto& part : collection_parts) combine(part);
    }
};

}  // namespace detail

// The schema's findings, first N kept (all are counted).
template <const auto& Schema, std::size_t N = 32>
constexpr diagnostic_list<N> diagnose() {
    diagnostic_list<N> all;
    detail::scope_results<Schema, diagnostic_list<N>>::each([&](const diagnostic_list<N>& part) {
        for (const auto& d : part) all.add(d);
        // findings beyond what a part kept are counted, not stored
        all.errors += part.errors - [&] {
            std::size_t e = 0;
            for (const auto& d : part) e += d.is_error();
            return e;
        }();
        all.warnings += part.warnings - [&] {
            std::size_t w = 0;
            for (const auto& d : part) w += !d.is_error();
            return w;
        }();
    });
    return all;
}

template <const auto& Schema, bool Strict = false>
struct verdict {
    using sink_type = first_finding_sink<Strict>;
    static constexpr sink_type result = [] {
        sink_type sink;
        detail::scope_results<Schema, sink_type>::each([&](const sink_type& part) {
            if (part.found && !sink.found) {
                sink.error = part.error;
                sink.found = true;
            }
            sink.errors += part.errors;
            sink.warnings += part.warnings;
        });
        return sink;
    }();
};

namespace error {
// One error type per rule: the rule is in the type's name, the IDs in its arguments.
#pragma push_macro("X")
#undef X
#define X APPWRITE_SCHEMA_X
#define APPWRITE_SCHEMA_X(name, code, section, sev, message)                                       \
    template <class... Where>                                                                      \
    struct name {                                                                                  \
        static_assert(always_false<Where...>,                                                      \
                      "appwrite-schema " code " " #name " (rules reference " section "): " message \
                      "; the offending schema path is this type's template arguments");            \
    };
#include <appwrite/schema/rule_catalogue.def>
#undef APPWRITE_SCHEMA_X
#undef X
#pragma pop_macro("X")
}  // namespace error

namespace detail {

template <class... T>
struct type_list {};
template <class... A, class... B>
type_list<A..., B...> operator+(type_list<A...>, type_list<B...>);
template <bool Keep, class T>
using keep_if = std::conditional_t<Keep, type_list<T>, type_list<>>;

template <rule R, class... Where>
struct error_for;
#pragma push_macro("X")
#undef X
#define X APPWRITE_SCHEMA_X
#define APPWRITE_SCHEMA_X(name, code, section, sev, message) \
    template <class... Where>                                \
    struct error_for<rule::name, Where...> {                 \
        using type = error::name<Where...>;                  \
    };
#include <appwrite/schema/rule_catalogue.def>
#undef APPWRITE_SCHEMA_X
#undef X
#pragma pop_macro("X")

template <rule R, class List>
struct error_from_list;
template <rule R, class... Where>
struct error_from_list<R, type_list<Where...>> {
    using type = typename error_for<R, Where...>::type;
};

// Lifts the first error of Schema into its named error type.
template <const auto& Schema, bool Strict>
struct first_error_type {
    static constexpr const diagnostic& d = verdict<Schema, Strict>::result.error;
    static constexpr auto db = make_fixed_string<d.database_id.size()>(d.database_id);
    static constexpr auto coll = make_fixed_string<d.collection_id.size()>(d.collection_id);
    static constexpr auto subject = make_fixed_string<d.subject.size()>(d.subject);
    static constexpr auto field_name = make_fixed_string<d.field.size()>(d.field);
    static constexpr auto detail_text = make_fixed_string<d.detail.view().size()>(d.detail.view());
    static constexpr bool in_collection = d.kind != subject_kind::project && d.kind != subject_kind::database;
    static constexpr bool has_item = d.kind == subject_kind::attribute || d.kind == subject_kind::index ||
                                     d.kind == subject_kind::permission;

    // clang-format off
    using where = decltype(keep_if<!d.database_id.empty(), at::database<spelled<db>>>{} +
                           keep_if<in_collection, at::collection<spelled<coll>>>{} +
                           keep_if<d.kind == subject_kind::attribute, at::attribute<spelled<subject>>>{} +
                           keep_if<d.kind == subject_kind::index, at::index<spelled<subject>>>{} +
                           keep_if<d.kind == subject_kind::permission, at::permission<spelled<subject>>>{} +
                           keep_if<has_item && !d.field.empty(), at::field<spelled<field_name>>>{} +
                           keep_if<!d.detail.empty(), at::detail<spelled<detail_text>>>{} +
                           keep_if<d.line != 0, at::line<d.line>>{});
    // clang-format on
    using type = typename error_from_list<d.code, where>::type;
};

// One-line message for compilers with C++26 user-generated static_assert messages.
constexpr small_text<512> one_line_message(const diagnostic& d) {
    const auto& about = d.about();
    small_text<512> m;
    m.append("appwrite-schema ").append(about.code).append(" ").append(about.name).append(" at ");
    if (!d.database_id.empty()) m.append(d.database_id);
    if (d.kind != subject_kind::project && d.kind != subject_kind::database) m.append("/").append(d.collection_id);
    if (d.kind == subject_kind::attribute || d.kind == subject_kind::index || d.kind == subject_kind::permission)
        m.append("/").append(subject_kind_name(d.kind)).append(" ").append(d.subject);
    if (!d.field.empty()) m.append(" (").append(d.field).append(")");
    if (d.line != 0) m.append(", declared on line ").append_int(d.line);
    m.append(": ").append(about.message);
    if (!d.detail.empty()) m.append(" [").append(d.detail.view()).append("]");
    m.append(" (rules reference ").append(about.section).append(")");
    return m;
}

struct message_view {
    small_text<512> text;
    [[nodiscard]] constexpr const char* data() const { return text.data; }
    [[nodiscard]] constexpr std::size_t size() const { return text.len; }
};

template <const auto& Schema, bool Strict>
constexpr bool check() {
    constexpr const auto& result = verdict<Schema, Strict>::result;
#if APPWRITE_SCHEMA_MESSAGE_STATIC_ASSERT
    static_assert(!result.found, message_view{one_line_message(result.error)});
    return true;
#else
    if constexpr (result.found) {
        return sizeof(typename first_error_type<Schema, Strict>::type) > 0;  // instantiation fires the named error
    } else {
        return true;
    }
#endif
}

}  // namespace detail

// true for a schema that passes every rule; any error stops compilation with the rule's named
// error. Every consumer (emitter, typed access) checks it too, so validation cannot be skipped.
template <const auto& Schema>
inline constexpr bool valid = detail::check<Schema, false>();

// Like valid, but warnings (rules of severity warning, e.g. permission_anonymous_write) fail too.
template <const auto& Schema>
inline constexpr bool valid_strict = detail::check<Schema, true>();

}  // namespace appwrite::schema

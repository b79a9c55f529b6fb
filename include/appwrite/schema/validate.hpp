// Compile-time validation of a DSL schema (DESIGN §4).
//
//   static_assert(aw::valid<project>);
//
// runs every rule; on the first error it instantiates the error function of the rule (rule_errors.hpp)
// with a template argument that spells the offending path and declaration, e.g.
//   appwrite::schema::error::AW112_duplicate_attribute_key::in<at::where<
//       at::attribute<str<"shop/users/email">>, at::field<str<"key">>, …, at::declared_at<str<"shop.hpp:12">>>>
// whose static_assert carries the rule's code, name, section and message. With C++26
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
#include <appwrite/schema/rule_errors.hpp>
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
    // Collection scopes, each in one or more parts (check_collection_part): a plan of them all.
    static constexpr std::size_t part_count = [] {
        std::size_t n = 0;
        for (std::uint32_t c = 0; c < collections; ++c) n += collection_part_count(Schema.view(), c);
        return n;
    }();
    static constexpr auto parts = [] {
        std::array<collection_part, part_count> out{};
        std::size_t n = 0;
        for (std::uint32_t c = 0; c < collections; ++c)
            rules::for_each_part(Schema.view(), c, [&](const collection_part& p) { out[n++] = p; });
        return out;
    }();
    template <std::size_t P>
    static constexpr Sink collection_part = [] {
        Sink s{};
        check_collection_part(Schema.view(), Schema.profile(), parts[P], s);
        return s;
    }();

    // All scopes, in order: project, databases, collections. Each scope's result is a separate
    // static constant; they are only copied into arrays here, so no evaluation nests another
    // (g++ keeps everything a nested evaluation allocated alive until the outer one ends).
    template <std::size_t... D>
    static constexpr auto database_results(std::index_sequence<D...>) {
        return std::array<Sink, sizeof...(D)>{database<D>...};
    }
    template <std::size_t... P>
    static constexpr auto collection_results(std::index_sequence<P...>) {
        return std::array<Sink, sizeof...(P)>{collection_part<P>...};
    }
    static constexpr auto database_parts = database_results(std::make_index_sequence<databases>{});
    static constexpr auto collection_parts = collection_results(std::make_index_sequence<part_count>{});

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

namespace detail {

template <bool Keep, class T>
using keep_if = std::conditional_t<Keep, at::where<T>, at::where<>>;
template <class... A, class... B>
at::where<A..., B...> operator+(at::where<A...>, at::where<B...>);

// The text of a compile-time string: "db/users/email" (the subject's path), "schema.hpp:12".
inline constexpr std::size_t spelled_cap = 512;
constexpr small_text<spelled_cap> subject_path(const diagnostic& d) {
    small_text<spelled_cap> t;
    if (d.kind == subject_kind::project) return t.append(d.subject);
    t.append(d.database_id);
    if (d.kind == subject_kind::database) return t;
    t.append("/").append(d.collection_id);
    if (d.kind == subject_kind::collection) return t;
    return t.append("/").append(d.subject);
}
// The header's name without its directories (the compiler's own notes give the full path), then
// the line: short enough that clang prints it as a string.
constexpr small_text<spelled_cap> declared_at(const diagnostic& d) {
    small_text<spelled_cap> t;
    if (d.line == 0) return t;
    std::string_view file = d.file != nullptr ? std::string_view{d.file} : std::string_view{};
    if (const auto slash = file.find_last_of("/\\"); slash != std::string_view::npos) file.remove_prefix(slash + 1);
    if (file.empty()) t.append("line ");
    else t.append(file).append(":");
    return t.append_int(d.line);
}

template <const small_text<spelled_cap>& T>
using spelled_text = spelled<make_fixed_string<T.len>(std::string_view{T.data, T.len})>;

// The first error of Schema as the where of its rule's error.
template <const auto& Schema, bool Strict>
struct first_error_type {
    static constexpr const diagnostic& d = verdict<Schema, Strict>::result.error;
    static constexpr auto path = subject_path(d);
    static constexpr auto place = declared_at(d);
    static constexpr auto field_name = make_fixed_string<d.field.size()>(d.field);
    static constexpr auto detail_text = make_fixed_string<d.detail.view().size()>(d.detail.view());

    // clang-format off
    using where = decltype(keep_if<d.kind == subject_kind::project && path.len != 0, at::project<spelled_text<path>>>{} +
                           keep_if<d.kind == subject_kind::database, at::database<spelled_text<path>>>{} +
                           keep_if<d.kind == subject_kind::collection, at::collection<spelled_text<path>>>{} +
                           keep_if<d.kind == subject_kind::attribute, at::attribute<spelled_text<path>>>{} +
                           keep_if<d.kind == subject_kind::index, at::index<spelled_text<path>>>{} +
                           keep_if<d.kind == subject_kind::permission, at::permission<spelled_text<path>>>{} +
                           keep_if<!d.field.empty(), at::field<spelled<field_name>>>{} +
                           keep_if<!d.detail.empty(), at::detail<spelled<detail_text>>>{} +
                           keep_if<place.len != 0, at::declared_at<spelled_text<place>>>{});
    // clang-format on
    using error = typename error_of<d.code>::type;
};

// One-line message for compilers with C++26 user-generated static_assert messages.
constexpr small_text<512> one_line_message(const diagnostic& d) {
    const auto& about = d.about();
    small_text<512> m;
    m.append("appwrite-schema ").append(about.code).append(" ").append(about.name).append(" at ");
    m.append(subject_kind_name(d.kind)).append(" ").append(subject_path(d).view());
    if (!d.field.empty()) m.append(" (").append(d.field).append(")");
    if (d.line != 0) m.append(", declared at ").append(declared_at(d).view());
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

#if APPWRITE_SCHEMA_MESSAGE_STATIC_ASSERT
template <const auto& Schema, bool Strict>
void report() {
    constexpr const auto& result = verdict<Schema, Strict>::result;
    static_assert(!result.found, message_view{one_line_message(result.error)});
}
#endif

// The error is a function template whose address is taken, not a class that must be complete: its
// body is instantiated apart from this evaluation, so the rule's error is the only error (a failed
// class instantiation here would also make `valid` and the user's static_assert fail: 3 errors).
// valid<S> is therefore true or the program is ill-formed.
template <const auto& Schema, bool Strict>
constexpr bool check() {
    if constexpr (verdict<Schema, Strict>::result.found) {
#if APPWRITE_SCHEMA_MESSAGE_STATIC_ASSERT
        (void)&report<Schema, Strict>;
#else
        using first = first_error_type<Schema, Strict>;
        (void)&first::error::template in<typename first::where>;
#endif
    }
    return true;
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

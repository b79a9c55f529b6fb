// Where a JSON value is in a file: the byte offset of the values at given JSON paths, found by a
// second, SAX pass of nlohmann's own parser (3.11 records no positions in its DOM). The parser reads
// through an iterator that publishes how far it has read; at each SAX event the value's first byte is
// the next non-blank byte after the previous event (one ',' or ':' between), so no JSON is parsed here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace appwrite::schema::io {

// Where a value is: the byte offset of the value and of its member name (the value's own offset for
// array elements and the root), for findings about a key rather than its value (an unknown key).
struct json_offset {
    std::size_t value = 0;
    std::size_t name = 0;
};

// A position for people: 1-based line and column (columns count characters, not UTF-8 bytes).
struct text_position {
    std::size_t line = 0;  // 0: unknown
    std::size_t column = 0;
};

namespace position_detail {

// An input iterator over the text that stores, at every step, how far the parser has read.
struct reading_iterator {
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    const char* at = nullptr;
    const char** read_up_to = nullptr;

    reference operator*() const { return *at; }
    reading_iterator& operator++() {
        *read_up_to = ++at;
        return *this;
    }
    reading_iterator operator++(int) {
        auto before = *this;
        ++*this;
        return before;
    }
    friend bool operator==(const reading_iterator& a, const reading_iterator& b) { return a.at == b.at; }
};

// The SAX handler: follows the JSON path of each value (the loader's spelling: `collections[3].key`,
// members of the root without a dot, "" for the root) and records the wanted ones.
class path_recorder {
public:
    using json = nlohmann::json;
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    path_recorder(std::string_view text, const char** read_up_to, const std::unordered_set<std::string>& wanted,
                  std::unordered_map<std::string, json_offset>& found)
        : text_(text), read_up_to_(read_up_to), wanted_(wanted), found_(found) {}

    bool null() { return value(); }
    bool boolean(bool) { return value(); }
    bool number_integer(number_integer_t) { return value(); }
    bool number_unsigned(number_unsigned_t) { return value(); }
    bool number_float(number_float_t, const string_t&) { return value(); }
    bool string(string_t&) { return value(); }
    bool binary(binary_t&) { return value(); }
    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(string_t& k) {
        auto& frame = frames_.back();
        path_.resize(frame.path_length);
        if (!path_.empty()) path_ += '.';
        path_ += k;
        name_ = start();  // the opening quote: after the previous value or '{', blanks and one ','
        last_ = read();
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

private:
    struct frame {
        std::size_t path_length;  // of the container's own path
        bool array;
        std::size_t next_index;
    };

    [[nodiscard]] std::size_t read() const { return static_cast<std::size_t>(*read_up_to_ - text_.data()); }

    static bool blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    // The first byte of the value the parser has just read: after the previous event, past blanks and
    // at most one separator (the lexer reads one byte beyond a number, which may be that separator).
    [[nodiscard]] std::size_t start() const {
        std::size_t i = last_;
        while (i < text_.size() && blank(text_[i])) ++i;
        if (i < text_.size() && (text_[i] == ',' || text_[i] == ':')) ++i;
        while (i < text_.size() && blank(text_[i])) ++i;
        return i;
    }

    bool value() {
        if (!frames_.empty() && frames_.back().array) {
            auto& frame = frames_.back();
            path_.resize(frame.path_length);
            path_ += '[';
            path_ += std::to_string(frame.next_index++);
            path_ += ']';
        }
        const bool element = frames_.empty() || frames_.back().array;
        if (wanted_.count(path_) != 0) {
            const auto at = start();
            found_.try_emplace(path_, json_offset{at, element ? at : name_});
        }
        last_ = read();
        return true;
    }
    bool open(bool array) {
        value();
        frames_.push_back({path_.size(), array, 0});
        return true;
    }
    bool close() {
        path_.resize(frames_.back().path_length);
        frames_.pop_back();
        last_ = read();
        return true;
    }

    std::string_view text_;
    const char** read_up_to_;
    const std::unordered_set<std::string>& wanted_;
    std::unordered_map<std::string, json_offset>& found_;
    std::vector<frame> frames_;
    std::string path_;
    std::size_t last_ = 0;
    std::size_t name_ = 0;  // of the last member name
};

}  // namespace position_detail

// The byte offsets of the values at the `wanted` JSON paths that exist in `text` (valid JSON).
inline std::unordered_map<std::string, json_offset> value_offsets(std::string_view text,
                                                                  const std::unordered_set<std::string>& wanted) {
    std::unordered_map<std::string, json_offset> found;
    if (wanted.empty()) return found;
    const char* read_up_to = text.data();
    position_detail::path_recorder recorder(text, &read_up_to, wanted, found);
    const position_detail::reading_iterator first{text.data(), &read_up_to};
    const position_detail::reading_iterator last{text.data() + text.size(), &read_up_to};
    nlohmann::json::sax_parse(first, last, &recorder);
    return found;
}

// The position `to` bytes into the text, from the position `at` of byte `from` (from <= to).
inline text_position advance(std::string_view text, std::size_t from, std::size_t to, text_position at) {
    for (std::size_t i = from; i < to && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) {  // not a UTF-8 continuation byte
            ++at.column;
        }
    }
    return at;
}

// Line and column of a byte offset.
inline text_position position_of(std::string_view text, std::size_t offset) { return advance(text, 0, offset, {1, 1}); }

}  // namespace appwrite::schema::io

// HCL text for the Terraform emitter: quoted strings, identifiers, and a writer that lays blocks
// out as `terraform fmt` does (hclwrite's formatter): two spaces per nesting level, one space
// around `=`, and the `=` of consecutive one-line assignments aligned. A line that opens a bracket
// (`x = {`) or has none (`}`, a blank line, a block header) ends such a run, as in hclwrite.
// Runtime code; tests/terraform checks the output with HashiCorp's own formatter.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <appwrite/schema/detail/text.hpp>

namespace appwrite::schema::emit::hcl {

// A quoted template literal: `"` and `\` escaped, control characters as \n, \t, \uXXXX, and the
// template openers `${` / `%{` doubled so a value is never interpolated.
inline std::string quote(std::string_view text) {
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool opener = (c == '$' || c == '%') && i + 1 < text.size() && text[i + 1] == '{';
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char code[8];
                    std::snprintf(code, sizeof code, "\\u%04x", static_cast<unsigned>(c));
                    out += code;
                } else {
                    out += c;
                    if (opener) out += c;  // `$${` is a literal `${`
                }
        }
    }
    return out + "\"";
}

// A list of quoted strings on one line: ["a", "b"].
inline std::string quote_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : ", ") + quote(items[i]);
    return out + "]";
}

// A list of expressions written as they are: [a.b, c.d].
inline std::string list(const std::vector<std::string>& expressions) {
    std::string out = "[";
    for (std::size_t i = 0; i < expressions.size(); ++i) out += (i == 0 ? "" : ", ") + expressions[i];
    return out + "]";
}

// An HCL identifier (a resource label, an attribute name) made of letters, digits, `_` and `-`,
// starting with a letter or `_`.
inline bool is_identifier(std::string_view name) {
    if (name.empty() || !(schema::detail::is_alpha(name[0]) || name[0] == '_')) return false;
    return std::all_of(name.begin(), name.end(), [](char c) { return schema::detail::is_physical_char(c); });
}

// The body of a file as lines: assignments are aligned when the text is taken.
class writer {
public:
    // `name = value` on one line; `value` must not open an unclosed bracket.
    void assign(std::string_view name, std::string_view value) {
        lines_.push_back({depth_, std::string(name), std::string(value), true});
    }
    // `header {` (a block: `resource "t" "n"`; an attribute opening a multi-line value: `x =`).
    void open(std::string_view header, char bracket = '{') {
        lines_.push_back({depth_, std::string(header) + (header.empty() ? "" : " ") + bracket, {}, false});
        ++depth_;
    }
    void close(char bracket = '}') {
        --depth_;
        lines_.push_back({depth_, std::string(1, bracket), {}, false});
    }
    void blank() { lines_.push_back({0, {}, {}, false}); }
    void comment(std::string_view text) { lines_.push_back({depth_, "# " + std::string(text), {}, false}); }

    // The text: each run of consecutive assignments has its `=` one space after its longest name.
    [[nodiscard]] std::string text() const {
        std::string out;
        std::size_t run_end = 0;
        std::size_t width = 0;
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            const auto& line = lines_[i];
            if (line.assignment && i >= run_end) {  // a new run: its widest name
                width = 0;
                for (run_end = i; run_end < lines_.size() && lines_[run_end].assignment; ++run_end)
                    width = std::max(width, 2 * lines_[run_end].depth + lines_[run_end].lead.size());
            }
            if (line.lead.empty() && !line.assignment) {
                out += '\n';
                continue;
            }
            std::string text(2 * line.depth, ' ');
            text += line.lead;
            if (line.assignment) {
                text.append(width - text.size(), ' ');
                text += " = " + line.value;
            }
            out += text + '\n';
        }
        return out;
    }

private:
    struct line {
        std::size_t depth;
        std::string lead;   // the name of an assignment, or the whole line
        std::string value;  // assignments only
        bool assignment;
    };
    std::vector<line> lines_;
    std::size_t depth_ = 0;
};

}  // namespace appwrite::schema::emit::hcl

// Reading a config (or an `includes` file) safely: only a regular file (a symlink to one is followed),
// never a directory, FIFO or device, and never more than `max_config_bytes`, so `/dev/zero` or a
// file that grows while it is read cannot take the memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace appwrite::schema::io {

// The largest file read: far above any real config (the corpus's largest is under 1 MiB).
inline constexpr std::uintmax_t max_config_bytes = 64ULL * 1024 * 1024;

// Reads `path` into `out`; on failure returns why ("is a directory", "does not exist", …), else "".
inline std::string read_regular_file(const std::filesystem::path& path, std::string& out,
                                     std::uintmax_t max_bytes = max_config_bytes) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return "does not exist";
    if (fs::is_directory(status)) return "is a directory";
    if (!fs::is_regular_file(status)) return "is not a regular file (a FIFO, socket or device)";
    const auto size = fs::file_size(path, ec);
    if (ec) return "cannot be read: " + ec.message();
    if (size > max_bytes) return "is larger than " + std::to_string(max_bytes / (1024 * 1024)) + " MiB";
    std::ifstream in(path, std::ios::binary);
    if (!in) return "cannot be opened";
    // Read the size found: a file that grew meanwhile is refused, not swallowed.
    out.assign(static_cast<std::size_t>(size), '\0');
    in.read(out.data(), static_cast<std::streamsize>(size));
    out.resize(static_cast<std::size_t>(in.gcount()));
    if (in.peek() != std::char_traits<char>::eof()) return "grew while it was read";
    return {};
}

// Reads a stream to its end (standard input for `-`), with the same cap.
inline std::string read_stream(std::FILE* in, std::string& out, std::uintmax_t max_bytes = max_config_bytes) {
    out.clear();
    char buffer[65536];
    for (;;) {
        const auto n = std::fread(buffer, 1, sizeof buffer, in);
        if (n == 0) break;
        if (out.size() + n > max_bytes) return "is larger than " + std::to_string(max_bytes / (1024 * 1024)) + " MiB";
        out.append(buffer, n);
    }
    if (std::ferror(in) != 0) return "cannot be read";
    return {};
}

// The config the Appwrite CLI would use from `directory`: appwrite.config.json, else appwrite.json,
// there or in the nearest parent folder that has one; empty when there is none.
inline std::filesystem::path find_config(std::filesystem::path directory) {
    namespace fs = std::filesystem;
    std::error_code ec;
    directory = fs::absolute(directory, ec);
    for (;;) {
        for (const char* name : {"appwrite.config.json", "appwrite.json"})
            if (fs::exists(directory / name, ec)) return directory / name;
        if (!directory.has_parent_path() || directory.parent_path() == directory) return {};
        directory = directory.parent_path();
    }
}

}  // namespace appwrite::schema::io

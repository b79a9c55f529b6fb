// Writes a file all at once: the bytes go to a temporary file beside the destination, which is then
// renamed over it. A failure at any step leaves the destination as it was and no temporary behind.
#pragma once

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

#include <unistd.h>

namespace appwrite::schema::emit {

class write_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A symlink is written through (its target is replaced, the link stays); a destination that exists
// and is not a regular file (a directory, FIFO or device) is refused: renaming over it would replace
// it with a regular file.
inline void write_file_atomically(const std::filesystem::path& requested, std::string_view bytes) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path destination = requested;
    if (fs::is_symlink(fs::symlink_status(requested, ec))) {
        destination = fs::weakly_canonical(requested, ec);
        if (ec) throw write_error("cannot write " + requested.string() + ": cannot follow the link: " + ec.message());
    }
    const auto existing = fs::status(destination, ec);
    if (fs::exists(existing) && !fs::is_regular_file(existing))
        throw write_error("cannot write " + requested.string() + ": it exists and is not a regular file");
    const fs::path directory = destination.has_parent_path() ? destination.parent_path() : fs::path(".");
    const fs::path temporary = directory /
                               ("." + destination.filename().string() + ".tmp-" + std::to_string(::getpid()));
    auto fail = [&](const std::string& what, int error) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw write_error("cannot write " + destination.string() + ": " + what + ": " + std::strerror(error));
    };
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) fail("cannot create " + temporary.string(), errno);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) fail("write failed", errno);
    }
    // A replaced file keeps its permissions (a 600 secret stays 600), as an in-place write would.
    if (fs::exists(existing)) {
        fs::permissions(temporary, existing.permissions(), ec);
        if (ec) fail("cannot keep the permissions", ec.value());
    }
    if (std::rename(temporary.c_str(), destination.c_str()) != 0) fail("rename failed", errno);
}

}  // namespace appwrite::schema::emit

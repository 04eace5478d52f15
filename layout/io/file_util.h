// Small file helpers: whole-file reads and atomic writes (temporary name, then rename).
#pragma once

#include <cstdint>
#include <string>

namespace bp
{

// Throws InputError naming the file when it cannot be read.
std::string read_file(const std::string& path);
// The same for a file from outside: one larger than MAX_BYTES is refused unread, saying what
// it is not (e.g. "a venue drawing").
std::string read_file(const std::string& path, uintmax_t max_bytes, const std::string& what);

// Whether S is UTF-8 (no overlong forms, surrogates or code points past U+10FFFF): text that goes
// into JSON, GeoJSON and the maps must be.
bool valid_utf8(const std::string& s);

// Writes to `path.tmp-PID`, flushes, then renames over `path`, so an interrupted write never
// leaves half a file. Throws std::runtime_error on failure.
void write_file_atomically(const std::string& path, const std::string& bytes);

// A temporary file beside `target`; commit() renames it over the target, the destructor removes
// it otherwise. For writers (Cairo, libxlsxwriter, dxflib, tinygltf) that want a file name.
class TempFile
{
public:
    explicit TempFile(std::string target);
    ~TempFile();
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const std::string& path() const { return tmp_; }
    void commit(); // throws std::runtime_error when the rename fails

private:
    std::string target_, tmp_;
    bool done_ = false;
};

} // namespace bp

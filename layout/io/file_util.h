// Small file helpers: whole-file reads and atomic writes (temporary name, then rename).
#pragma once

#include <string>

namespace bp
{

// Throws InputError naming the file when it cannot be read.
std::string read_file(const std::string& path);

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

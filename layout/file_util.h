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

} // namespace bp

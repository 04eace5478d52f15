// Helpers shared by the Catch2 tests: temporary files and small hand-made projects.
#pragma once

#include "layout/model/model.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace bp::test
{

// A fresh directory under the system temp dir, removed when the test ends.
struct TempDir
{
    std::filesystem::path path;
    TempDir()
    {
        static int counter = 0;
        path = std::filesystem::temp_directory_path() /
               ("boothplan-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    std::string file(const std::string& name) const { return (path / name).string(); }
};

inline void write_text(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

inline std::string data_file(const std::string& name) { return std::string(BOOTHPLAN_TEST_DATA) + "/" + name; }

} // namespace bp::test

namespace bp::test
{
inline std::string read_text_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}
} // namespace bp::test

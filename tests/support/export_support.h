// Running the independent readers of tests/readers/readers.py (poppler, rsvg-convert, ezdxf,
// openpyxl, the Khronos glTF validator) from Catch2 tests.
#pragma once

#include <array>
#include <cstdio>
#include <string>

namespace bp::test
{

struct ToolRun
{
    int status = -1;
    std::string output;
    bool ok() const { return status == 0; }
};

inline ToolRun run_tool(const std::string& command)
{
    ToolRun r;
    FILE* p = popen((command + " 2>&1").c_str(), "r");
    if (!p)
        return r;
    std::array<char, 4096> buf;
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0)
        r.output.append(buf.data(), n);
    r.status = pclose(p);
    return r;
}

inline std::string shell_quoted(const std::string& s)
{
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// `readers.py ARGS` with Debian's python3 (where python3-ezdxf and python3-openpyxl live).
inline ToolRun reader(const std::string& args)
{
    return run_tool("/usr/bin/python3 " + std::string(BOOTHPLAN_TEST_DATA) + "/../readers/readers.py " + args);
}

} // namespace bp::test

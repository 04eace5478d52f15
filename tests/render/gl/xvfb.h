// Programs that draw with OpenGL start themselves again under `xvfb-run -a` when no X display is
// set (Mesa llvmpipe gives OpenGL 4.5 core there). Listing tests (--list...) needs no display.
#pragma once

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>
#include <vector>

namespace bp::test
{

struct UnderXvfb
{
    UnderXvfb()
    {
        const char* display = std::getenv("DISPLAY");
        if (display && *display)
            return;
        std::ifstream in("/proc/self/cmdline", std::ios::binary);
        std::string all((std::istreambuf_iterator<char>(in)), {});
        std::vector<std::string> args;
        for (size_t at = 0; at < all.size();)
        {
            size_t end = all.find('\0', at);
            args.push_back(all.substr(at, end - at));
            at = end == std::string::npos ? all.size() : end + 1;
        }
        for (const std::string& a : args)
            if (a.rfind("--list", 0) == 0)
                return;
        // A server number of our own so that tests started together do not race for one.
        std::string first = std::to_string(100 + getpid() % 20000);
        char self[4096] = {};
        if (readlink("/proc/self/exe", self, sizeof self - 1) <= 0)
            return;
        std::vector<std::string> cmd = {"xvfb-run", "-a", "-n", first, "-s", "-screen 0 1920x1200x24", self};
        cmd.insert(cmd.end(), args.begin() + 1, args.end());
        std::vector<char*> argv;
        for (std::string& c : cmd)
            argv.push_back(c.data());
        argv.push_back(nullptr);
        execvp("xvfb-run", argv.data());
        // No xvfb-run: go on, and the tests say there is no display.
    }
};

} // namespace bp::test

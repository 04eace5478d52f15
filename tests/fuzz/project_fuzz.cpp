// libFuzzer target for the project-file opener: any bytes written as a .boothplan file must either
// open as a project whose every reference holds or be refused with a StoreError; a crash, a
// sanitizer report, a leak, a hang or a memory blow-up is a bug. A project that opens is saved
// again and reopened: what boothplan accepts it can also write.
#include "layout/io/project_json.h"
#include "layout/io/project_store.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

static std::string scratch_dir()
{
    namespace fs = std::filesystem;
    fs::path base = fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    fs::path dir = base / ("boothplan-project-fuzz-" + std::to_string(getpid()));
    fs::create_directories(dir);
    return dir.string();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const std::string dir = scratch_dir();
    const std::string path = dir + "/input.boothplan", again = dir + "/again.boothplan";
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try
    {
        bp::Project p = bp::load_project(path);
        std::string json = bp::write_project_json(p);
        std::remove(again.c_str());
        bp::save_project(p, again);
        if (bp::write_project_json(bp::load_project(again)) != json)
            std::abort(); // a project that opens must survive its own save
    }
    catch (const bp::StoreError&)
    {
    }
    std::remove((path + "-journal").c_str()); // an input may carry a hot journal's name, never its file
    return 0;
}

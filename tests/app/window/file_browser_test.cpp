// The window's own file dialog: folders first, files filtered by extension, typed names resolved.
#include "app/window/file_browser.h"
#include "app/window/settings.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace bp::win;
namespace fs = std::filesystem;

TEST_CASE("a folder lists its subfolders first, then the files the filter accepts")
{
    fs::path d = fs::temp_directory_path() / ("boothplan-browser-" + std::to_string(::getpid()));
    fs::remove_all(d);
    fs::create_directories(d / "venues");
    for (const char* f : {"b.boothplan", "A.BOOTHPLAN", "notes.txt", ".hidden.boothplan"})
        std::ofstream(d / f) << "x";
    FolderListing l = list_folder(d.string(), {"projects", {".boothplan"}});
    CHECK(l.error.empty());
    REQUIRE(l.entries.size() == 3);
    CHECK(l.entries[0].name == "venues");
    CHECK(l.entries[0].folder);
    CHECK(l.entries[1].name == "A.BOOTHPLAN");
    CHECK(l.entries[2].name == "b.boothplan");
    CHECK(list_folder(d.string(), {"all", {}}).entries.size() == 4);
    CHECK_FALSE(list_folder((d / "missing").string(), {}).error.empty());
    fs::remove_all(d);
}

TEST_CASE("typed names resolve against the folder, and Save adds the extension")
{
    CHECK(resolve_typed_path("/data/fairs", "cismef.boothplan") == "/data/fairs/cismef.boothplan");
    CHECK(resolve_typed_path("/data/fairs", "/tmp/x.boothplan") == "/tmp/x.boothplan");
    CHECK(resolve_typed_path("/data/fairs", "../old/x") == "/data/old/x");
    CHECK(parent_folder("/data/fairs") == "/data");
    FileFilter f{"projects", {".boothplan"}};
    CHECK(with_extension("/tmp/plan", f) == "/tmp/plan.boothplan");
    CHECK(with_extension("/tmp/plan.boothplan", f) == "/tmp/plan.boothplan");
}

TEST_CASE("settings keep the language, recent projects and solver settings between sessions")
{
    fs::path d = fs::temp_directory_path() / ("boothplan-settings-" + std::to_string(::getpid()));
    fs::remove_all(d);
    ::setenv("XDG_CONFIG_HOME", d.c_str(), 1);
    Settings s = load_settings();
    s.language = Language::Chinese;
    for (int i = 0; i < 12; ++i)
        remember_project(s, "/fairs/f" + std::to_string(i) + ".boothplan");
    remember_project(s, "/fairs/f3.boothplan");
    s.solve.seed = 42;
    s.solve.weights.moved = 0;
    CHECK(save_settings(s).empty());
    Settings t = load_settings();
    CHECK(t.language == Language::Chinese);
    REQUIRE(t.recent_projects.size() == 10);
    CHECK(t.recent_projects.front() == "/fairs/f3.boothplan");
    CHECK(t.recent_folders.front() == "/fairs");
    CHECK(t.solve.seed == 42);
    CHECK(t.solve.weights.moved == 0);
    std::ofstream(settings_path()) << "{ not json";
    CHECK(load_settings().recent_projects.empty()); // a broken file gives the defaults
    fs::remove_all(d);
}

// Months of a fair's planning are never lost: a kill -9 at any moment of a save, a full disk, a
// read-only file or folder each leave the project as it was, with a message that says why.
// (kill -9 during solve and export: tests/app/cli/crash_safety.sh.)
#include "layout/io/project_json.h"
#include "layout/io/project_store.h"
#include "layout/samples/samples.h"
#include "tests/support/test_support.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <random>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>

using namespace bp;
using namespace bp::test;

// Files in DIR other than the project and its leftovers of interrupted saves (NAME.tmp-PID).
static std::vector<std::string> strangers_in(const std::string& dir, const std::string& project)
{
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir))
    {
        std::string name = e.path().filename().string();
        if (name != project && name.rfind(project + ".tmp-", 0) != 0)
            out.push_back(name);
    }
    return out;
}

TEST_CASE("kill -9 in the middle of a save leaves the old or the new project")
{
    TempDir dir;
    std::string path = dir.file("big.boothplan");
    Project old_project = make_sample(SamplePreset::Canton, 1);
    Project new_project = old_project;
    for (Exhibitor& e : new_project.exhibitors)
        e.name += " (renamed)";
    save_project(old_project, path);
    const std::string old_json = write_project_json(old_project);
    const std::string new_json = write_project_json(new_project);

    // Time one save so the kills land throughout it.
    auto t0 = std::chrono::steady_clock::now();
    save_project(old_project, dir.file("timing.boothplan"));
    double save_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::filesystem::remove(dir.file("timing.boothplan"));

    std::mt19937 rng(7);
    int saw_old = 0, saw_new = 0;
    for (int round = 0; round < 12; ++round)
    {
        pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0)
        {
            try
            {
                for (;;) // alternate so that every kill interrupts a real change
                {
                    save_project(new_project, path);
                    save_project(old_project, path);
                }
            }
            catch (...)
            {
                _exit(1);
            }
        }
        double delay_ms = std::uniform_real_distribution<double>(0.0, save_ms * 2)(rng);
        std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(delay_ms + 2));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        std::string got = write_project_json(load_project(path));
        bool is_old = got == old_json, is_new = got == new_json;
        CHECK((is_old || is_new));
        saw_old += is_old;
        saw_new += is_new;
    }
    INFO("old " << saw_old << ", new " << saw_new);
    CHECK(saw_old + saw_new == 12);
    CHECK(strangers_in(dir.path.string(), "big.boothplan").empty()); // no journal or half file beside it
}

// Runs SAVE in a child process limited to files of LIMIT bytes (RLIMIT_FSIZE: the disk is full
// for it) and returns what the save said; "saved" when it did not fail.
template <class F> static std::string save_with_file_size_limit(rlim_t limit, F&& save)
{
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0)
    {
        close(fds[0]);
        signal(SIGXFSZ, SIG_IGN); // writes past the limit then fail with EFBIG instead of killing
        struct rlimit rl = {limit, limit};
        setrlimit(RLIMIT_FSIZE, &rl);
        std::string said = "saved";
        try
        {
            save();
        }
        catch (const std::exception& e)
        {
            said = e.what();
        }
        (void)!write(fds[1], said.data(), said.size());
        _exit(0);
    }
    close(fds[1]);
    std::string said;
    char buf[512];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
        said.append(buf, static_cast<size_t>(n));
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    return said;
}

TEST_CASE("a save on a full disk keeps the old project and says the disk is full")
{
    TempDir dir;
    std::string path = dir.file("fair.boothplan");
    Project old_project = make_sample(SamplePreset::Tiny, 1);
    save_project(old_project, path);
    const std::string old_bytes = read_text_file(path);
    Project bigger = make_sample(SamplePreset::Cismef, 1);

    std::string said = save_with_file_size_limit(old_bytes.size(), [&] { save_project(bigger, path); });
    CHECK_THAT(said, Catch::Contains("disk is full") && Catch::Contains("unchanged") && Catch::Contains(path));
    CHECK(read_text_file(path) == old_bytes);
    CHECK(write_project_json(load_project(path)) == write_project_json(old_project));
    CHECK(strangers_in(dir.path.string(), "fair.boothplan").empty());
    CHECK_FALSE(std::filesystem::exists(path + ".tmp-" + std::to_string(getpid())));
}

TEST_CASE("a read-only project file opens, and saving over it says so and changes nothing")
{
    TempDir dir;
    std::string path = dir.file("fair.boothplan");
    Project p = make_sample(SamplePreset::Tiny, 1);
    save_project(p, path);
    const std::string bytes = read_text_file(path);
    chmod(path.c_str(), 0444);

    CHECK(write_project_json(load_project(path)) == write_project_json(p));
    Project changed = p;
    changed.venue.name = "changed";
    CHECK_THROWS_WITH(save_project(changed, path), Catch::Contains("read-only") && Catch::Contains("unchanged"));
    CHECK(read_text_file(path) == bytes);
    chmod(path.c_str(), 0644);
}

TEST_CASE("a read-only folder: the project opens, a save says the folder is read-only and writes nothing")
{
    TempDir dir;
    std::string folder = dir.file("ro");
    std::filesystem::create_directory(folder);
    std::string path = folder + "/fair.boothplan";
    Project p = make_sample(SamplePreset::Tiny, 1);
    save_project(p, path);
    const std::string bytes = read_text_file(path);
    chmod(folder.c_str(), 0555);

    CHECK(write_project_json(load_project(path)) == write_project_json(p));
    CHECK_THROWS_WITH(save_project(p, path), Catch::Contains("folder") && Catch::Contains("read-only"));
    CHECK_THROWS_WITH(save_project(p, folder + "/new.boothplan"), Catch::Contains("read-only"));
    CHECK(read_text_file(path) == bytes);
    CHECK(strangers_in(folder, "fair.boothplan").empty());
    chmod(folder.c_str(), 0755);
}

// The window's document: every change undoes, the planner's file changes only on Save, and the
// recovery file holds the unsaved work until it is saved or discarded.
#include "app/window/document.h"
#include "app/window/recovery.h"

#include "layout/grid/booth_grid.h"
#include "layout/io/project_store.h"
#include "layout/samples/samples.h"
#include "tests/support/edit_support.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <thread>
#include <unistd.h>

using namespace bp;
using namespace bp::win;
namespace fs = std::filesystem;

namespace
{

std::string work_dir(const std::string& name)
{
    fs::path d = fs::temp_directory_path() / ("boothplan-window-test-" + std::to_string(::getpid())) / name;
    fs::remove_all(d);
    fs::create_directories(d);
    return d.string();
}

std::string tiny_project(const std::string& dir)
{
    Project p = make_sample(SamplePreset::Tiny, 1);
    test::regrid(p);
    std::string path = dir + "/tiny.boothplan";
    save_project(p, path);
    return path;
}

BoothId first_free_booth(const Project& p)
{
    for (size_t i = 0; i < p.booths.size(); ++i)
        if (!p.booths[i].exhibitor.valid())
            return BoothId(static_cast<int32_t>(i));
    return {};
}

} // namespace

TEST_CASE("a planner's edit is undone and redone, and the file changes only on Save")
{
    std::string dir = work_dir("undo");
    std::string path = tiny_project(dir);
    Document d = Document::open(path);
    REQUIRE_FALSE(d.modified());
    BoothId b = first_free_booth(d.project());
    REQUIRE(b.valid());
    ChangeSet c = d.apply(AssignBooth{b, ExhibitorId(0), BoothStatus::Sold});
    CHECK(c.booths == std::vector<BoothId>{b});
    CHECK(d.modified());
    CHECK(d.project().booth(b).exhibitor == ExhibitorId(0));
    CHECK(load_project(path).booths[b.index()].exhibitor == ExhibitorId()); // the file is untouched

    ChangeSet u;
    REQUIRE(d.undo(u));
    CHECK_FALSE(d.modified());
    CHECK(d.project().booth(b).exhibitor == ExhibitorId());
    REQUIRE(d.redo(u));
    CHECK(d.modified());
    CHECK(d.undo_english() == to_english(describe(d.project(), AssignBooth{b, ExhibitorId(0), BoothStatus::Sold})));

    d.save();
    CHECK_FALSE(d.modified());
    CHECK(d.last_saved().has_value());
    CHECK(load_project(path).booths[b.index()].exhibitor == ExhibitorId(0));
}

TEST_CASE("unsaved work waits in the recovery file, which Save removes")
{
    std::string dir = work_dir("recovery");
    std::string path = tiny_project(dir);
    Document d = Document::open(path);
    CHECK(d.recovery_path() == path + ".recovery");
    CHECK_FALSE(d.needs_autosave());
    BoothId b = first_free_booth(d.project());
    d.apply(AssignBooth{b, ExhibitorId(3), BoothStatus::Reserved});
    CHECK(d.needs_autosave());

    // Written a moment after the project file, so it counts as newer.
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    // Each finished write is told (the window wakes to show it), with the outcome already readable.
    std::atomic<int> told{0};
    std::atomic<uint64_t> revision_told{0};
    RecoveryWriter w(
        [&]
        {
            revision_told = w.written_revision();
            ++told;
        });
    w.write(d.project(), d.recovery_path(), d.revision());
    w.flush();
    CHECK(w.last_error().empty());
    CHECK(w.written_revision() == d.revision());
    CHECK(told == 1);
    CHECK(revision_told == d.revision());
    d.mark_autosaved(d.revision());
    CHECK_FALSE(d.needs_autosave());

    auto offer = find_recovery(path);
    REQUIRE(offer);
    Project recovered = load_project(offer->path);
    CHECK(recovered.booths[b.index()].exhibitor == ExhibitorId(3));

    // Reopening and restoring gives the edit back, unsaved.
    Document again = Document::open(path);
    CHECK(again.project().booths[b.index()].exhibitor == ExhibitorId());
    again.restore(std::move(recovered));
    CHECK(again.modified());
    CHECK(again.project().booth(b).exhibitor == ExhibitorId(3));
    again.save();
    CHECK_FALSE(fs::exists(path + ".recovery"));
    CHECK_FALSE(find_recovery(path));
}

TEST_CASE("a recovery file older than the project is not offered")
{
    std::string dir = work_dir("stale");
    std::string path = tiny_project(dir);
    write_recovery(load_project(path), path + ".recovery");
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    save_project(load_project(path), path); // saved after the autosave
    CHECK_FALSE(find_recovery(path));
}

TEST_CASE("Save As writes a new file whole and the document follows it")
{
    std::string dir = work_dir("save-as");
    std::string path = tiny_project(dir);
    Document d = Document::open(path);
    BoothId b = first_free_booth(d.project());
    d.apply(AssignBooth{b, ExhibitorId(1), BoothStatus::Held});
    std::string other = dir + "/copy.boothplan";
    d.save_as(other);
    CHECK(d.path() == other);
    CHECK(d.recovery_path() == other + ".recovery");
    CHECK(load_project(other).booths[b.index()].exhibitor == ExhibitorId(1));
    CHECK(load_project(path).booths[b.index()].exhibitor == ExhibitorId());
    for (const auto& e : fs::directory_iterator(dir))
        CHECK(e.path().filename().string().find(".tmp-") == std::string::npos); // no temporary left
}

TEST_CASE("a project newer than this build is refused with a message and opens nothing")
{
    std::string dir = work_dir("newer");
    std::string path = tiny_project(dir);
    std::string cmd = "sqlite3 '" + path + "' 'PRAGMA user_version = 99;' 2>/dev/null";
    REQUIRE(std::system(cmd.c_str()) == 0); // sqlite3 is one of the project's packages
    CHECK_THROWS_AS(Document::open(path), StoreError);
}

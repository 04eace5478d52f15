// The project file: every field survives save and load, older versions open and keep a backup,
// newer files and strangers' databases are refused. Crash safety: project_store_crash_test.cpp.
#include "layout/io/project_json.h"
#include "layout/io/project_store.h"
#include "layout/samples/samples.h"
#include "tests/support/test_support.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace bp;
using namespace bp::test;

// A project in which every field of every record differs from its default.
static Project every_field_project()
{
    Project p;
    p.venue.name = "Pazhou — 琶洲";
    p.venue.rules.aisle_m = 3.5;
    p.venue.rules.max_exit_distance_m = std::nullopt;
    p.venue.rules.competitors_facing = CompetitorsFacing::Forbid;
    Hall h;
    h.code = "9.1";
    h.name = "Hall 9.1";
    h.level = 2;
    h.height_m = 8.5;
    h.outline = rectangle({0, 0}, {60, 40});
    h.columns = {rectangle({17.5, 20.5}, {18.5, 21.5})};
    h.blocked = {rectangle({30, 10}, {36, 16})};
    h.doors = {{DoorKind::Entrance, {{20, 0}, {26, 0}}}, {DoorKind::Freight, {{60, 5}, {60, 11}}}};
    h.rules.main_aisle_m = 8;
    h.rules.max_exit_distance_m = std::optional<double>(30.0);
    p.venue.halls.push_back(h);
    p.sectors = {{"electronics and IT", 0x112233, Region{HallId(0), rectangle({0, 0}, {20, 20})}},
                 {"jewellery", 0x445566, std::nullopt}};
    Pavilion iran;
    iran.name = "Iran";
    iran.country = "IR";
    iran.colour = 0x00a000;
    iran.shared_space_share = 0.3;
    iran.placed = Region{HallId(0), rectangle({2, 2}, {14, 14})};
    Pavilion gd;
    gd.name = "Guangdong Delegation";
    gd.country = "CN";
    gd.region = "Guangdong";
    p.pavilions = {iran, gd};
    Exhibitor a;
    a.code = "IR001";
    a.name = "Pars Electronics Co.";
    a.name_local = "شرکت الکترونیک پارس";
    a.country = "IR";
    a.sector = SectorId(0);
    a.area_m2 = 18;
    a.pavilion = PavilionId(0);
    a.prefer = {{PreferenceKind::Corner, {}}, {PreferenceKind::Hall, "9.1"}};
    a.competitors = {ExhibitorId(1)};
    a.priority = 3;
    a.locked_booth = "9.1A01-02";
    Exhibitor b;
    b.code = "CN001";
    b.name = "Guangzhou Huaxin Jewellery";
    b.name_local = "广州华鑫珠宝有限公司";
    b.country = "CN";
    b.region = "Guangdong";
    b.sector = SectorId(1);
    b.area_m2 = 40;
    b.booth_kind = BoothKind::Raw;
    b.pavilion = PavilionId(1);
    b.competitors = {ExhibitorId(0)};
    b.priority = -1;
    p.exhibitors = {a, b};
    Block blk;
    blk.hall = HallId(0);
    blk.origin = {2, 2};
    blk.along = {0, 1};
    blk.across = {-1, 0};
    blk.module_m = 3;
    blk.row_depth_m = 3;
    blk.rows = 2;
    blk.modules = 3;
    blk.cells = {CellUse::Booth,         CellUse::Column,  CellUse::Booth,
                 CellUse::DoorClearance, CellUse::Blocked, CellUse::EscapeDistance};
    blk.numbers = {"9.1A01", "9.1A02", "9.1A03", "9.1B01", "9.1B02", "9.1B03"};
    blk.open_side[1] = false;
    blk.main_aisle_side[3] = true;
    p.blocks = {blk};
    p.booths = {{"9.1A01", HallId(0), {BlockId(0), 0, 1, 0, 1}, BoothStatus::Sold, ExhibitorId(0)},
                {"9.1A03", HallId(0), {BlockId(0), 0, 1, 2, 1}, BoothStatus::Held, ExhibitorId()}};
    return p;
}

TEST_CASE("every field of a project survives save and load")
{
    TempDir dir;
    Project p = every_field_project();
    save_project(p, dir.file("p.boothplan"));
    Project q = load_project(dir.file("p.boothplan"));
    CHECK(write_project_json(q) == write_project_json(p));
    // Fields the JSON does not show directly.
    CHECK(q.venue.halls[0].rules.main_aisle_m == 8);
    CHECK(q.venue.halls[0].rules.max_exit_distance_m == std::optional<std::optional<double>>(30.0));
    CHECK_FALSE(q.venue.rules.max_exit_distance_m);
    CHECK(q.venue.rules.competitors_facing == CompetitorsFacing::Forbid);
    CHECK(q.blocks[0].across.x == Approx(-1));
    CHECK(q.exhibitors[1].competitors == std::vector<ExhibitorId>{ExhibitorId(0)});
    CHECK(q.booths[1].status == BoothStatus::Held);
    CHECK(q.exhibitors[0].name_local == "شرکت الکترونیک پارس");
}

TEST_CASE("saving again replaces the project, not appends to it")
{
    TempDir dir;
    Project p = every_field_project();
    save_project(p, dir.file("p.boothplan"));
    p.exhibitors.pop_back();
    p.exhibitors[0].competitors.clear();
    p.booths.pop_back();
    save_project(p, dir.file("p.boothplan"));
    Project q = load_project(dir.file("p.boothplan"));
    CHECK(q.exhibitors.size() == 1);
    CHECK(q.booths.size() == 1);
}

static void sql(const std::string& path, const char* statements)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* err = nullptr;
    int rc = sqlite3_exec(db, statements, nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

TEST_CASE("a version 1 project opens, and its first save keeps the old file as a backup")
{
    TempDir dir;
    std::string path = dir.file("old.boothplan");
    save_project(every_field_project(), path);
    // Turn the file into what boothplan 1 wrote: booths without a status column.
    sql(path, "CREATE TABLE b1(id INTEGER PRIMARY KEY, number TEXT NOT NULL, hall INTEGER NOT NULL,"
              "  block INTEGER NOT NULL REFERENCES blocks(id), row INTEGER NOT NULL, rows INTEGER NOT NULL,"
              "  col INTEGER NOT NULL, cols INTEGER NOT NULL, exhibitor INTEGER REFERENCES exhibitors(id));"
              "INSERT INTO b1 SELECT id, number, hall, block, row, rows, col, cols, exhibitor FROM booths;"
              "DROP TABLE booths; ALTER TABLE b1 RENAME TO booths; PRAGMA user_version = 1;");
    const std::string v1_bytes = read_text_file(path);
    Project q = load_project(path);
    REQUIRE(q.booths.size() == 2);
    CHECK(q.booths[0].status == BoothStatus::Sold);      // had an exhibitor
    CHECK(q.booths[1].status == BoothStatus::Available); // had none
    CHECK(read_text_file(path) == v1_bytes);             // opening never writes

    save_project(q, path);
    CHECK(read_text_file(path + ".v1.bak") == v1_bytes);
    Project again = load_project(path); // now current
    CHECK(write_project_json(again) == write_project_json(q));
}

TEST_CASE("a project from a newer boothplan is refused with a clear message")
{
    TempDir dir;
    std::string path = dir.file("new.boothplan");
    save_project(every_field_project(), path);
    sql(path, "PRAGMA user_version = 99;");
    CHECK_THROWS_WITH(load_project(path), Catch::Contains("newer than this boothplan"));
    CHECK_THROWS_AS(save_project(every_field_project(), path), StoreError);
}

TEST_CASE("a file that is not a boothplan project is neither read nor overwritten")
{
    TempDir dir;
    std::string text = dir.file("notes.boothplan");
    write_text(text, "this is a text file, not a database\n");
    CHECK_THROWS_AS(load_project(text), StoreError);
    std::string other = dir.file("other.sqlite");
    sql(other, "CREATE TABLE t(x); INSERT INTO t VALUES(1);");
    CHECK_THROWS_WITH(load_project(other), Catch::Contains("not a boothplan project"));
    CHECK_THROWS_AS(save_project(every_field_project(), other), StoreError);
    CHECK_THROWS_WITH(load_project(dir.file("missing.boothplan")), Catch::Contains("no such project file"));
}

// Project files from outside: a file altered by someone else (a trigger, a view in place of a
// table, a huge value, references to nothing) is refused with a message, nothing in it ever runs,
// and saving over it writes a clean project.
#include "layout/grid/booth_grid.h"
#include "tests/support/edit_support.h"
#include "layout/io/project_json.h"
#include "layout/io/project_store.h"
#include "layout/samples/samples.h"
#include "tests/support/test_support.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <sys/resource.h>

using namespace bp;
using namespace bp::test;

// The tiny sample with its booth grid and a few booths let, saved at PATH.
static Project saved_tiny_fair(const std::string& path)
{
    Project p = make_sample(SamplePreset::Tiny, 1);
    regrid(p);
    for (size_t i = 0; i < 5 && i < p.booths.size(); ++i)
    {
        p.booths[i].exhibitor = ExhibitorId(static_cast<int32_t>(i));
        p.booths[i].status = BoothStatus::Sold;
    }
    save_project(p, path);
    return p;
}

// Runs SQL on a file as an outsider would, with a plain SQLite connection.
static void tamper(const std::string& path, const std::string& statements)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* err = nullptr;
    int rc = sqlite3_exec(db, statements.c_str(), nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

static int64_t count_rows(const std::string& path, const std::string& query)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, query.c_str(), -1, &st, nullptr) == SQLITE_OK);
    int64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

TEST_CASE("a project with a trigger someone added is refused, and saving over it never runs the trigger")
{
    TempDir dir;
    std::string path = dir.file("fair.boothplan");
    Project p = saved_tiny_fair(path);
    // The trigger of issue 14: on the next save it renamed an exhibitor.
    tamper(path, "CREATE TRIGGER rename_on_save AFTER INSERT ON booths BEGIN "
                 "UPDATE exhibitors SET name = 'Renamed by a trigger' WHERE id = 0; END;");
    CHECK_THROWS_WITH(load_project(path), Catch::Contains("trigger `rename_on_save` on `booths`") &&
                                              Catch::Contains("boothplan never writes"));

    save_project(p, path); // a save writes a new file: the stranger's trigger is gone, never run
    CHECK(count_rows(path, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'") == 0);
    Project q = load_project(path);
    CHECK(q.exhibitors[0].name == p.exhibitors[0].name);
    CHECK(write_project_json(q) == write_project_json(p));
}

TEST_CASE("a view shadowing a table, a virtual table, an extra table or a generated column is refused")
{
    TempDir dir;
    std::string path = dir.file("fair.boothplan");
    saved_tiny_fair(path);
    std::string statements, message;
    SECTION("a view in place of the booths table")
    {
        statements = "ALTER TABLE booths RENAME TO real_booths;"
                     "CREATE VIEW booths AS SELECT * FROM real_booths WHERE status != 'sold';";
        message = "view `booths`";
    }
    SECTION("a virtual table")
    {
        statements = "CREATE VIRTUAL TABLE notes USING fts5(text);";
        message = "notes";
    }
    SECTION("a table boothplan never writes")
    {
        statements = "CREATE TABLE audit(x);";
        message = "table `audit`";
    }
    SECTION("an index of its own")
    {
        statements = "CREATE INDEX by_name ON exhibitors(lower(name));";
        message = "index `by_name` on `exhibitors`";
    }
    SECTION("a generated column")
    {
        statements = "ALTER TABLE booths ADD COLUMN shout TEXT GENERATED ALWAYS AS (upper(number)) VIRTUAL;";
        message = "table `booths` does not have the columns";
    }
    SECTION("a missing table")
    {
        statements = "DROP TABLE doors;";
        message = "table `doors` is missing";
    }
    tamper(path, statements);
    CHECK_THROWS_AS(load_project(path), StoreError);
    CHECK_THROWS_WITH(load_project(path), Catch::Contains(message));
}

TEST_CASE("a project with a huge value is refused without reading it into memory")
{
    TempDir dir;
    std::string path = dir.file("fair.boothplan");
    saved_tiny_fair(path);
    tamper(path, "UPDATE halls SET outline = zeroblob(200 * 1024 * 1024) WHERE id = 0;");
    struct rusage before;
    getrusage(RUSAGE_SELF, &before);
    CHECK_THROWS_WITH(load_project(path), Catch::Contains("larger than 64 MiB"));
    struct rusage after;
    getrusage(RUSAGE_SELF, &after);
    INFO("peak resident memory grew by " << (after.ru_maxrss - before.ru_maxrss) / 1024 << " MiB");
    CHECK(after.ru_maxrss - before.ru_maxrss < 150 * 1024); // never the 200 MiB value itself
}

TEST_CASE("a project whose records refer to nothing or hold impossible numbers is refused, naming the record")
{
    TempDir dir;
    std::string path = dir.file("fair.boothplan");
    Project p = saved_tiny_fair(path);
    std::string statements, message;
    SECTION("a booth in a block that does not exist")
    {
        statements = "UPDATE booths SET block = 99999 WHERE id = 3;";
        message = "booth " + p.booths[3].number + " refers to number 99999";
    }
    SECTION("a booth outside its block")
    {
        statements = "UPDATE booths SET col = 5000 WHERE id = 2;";
        message = "booth " + p.booths[2].number + ": its modules lie outside its block";
    }
    SECTION("a booth let to an exhibitor who does not exist")
    {
        statements = "UPDATE booths SET exhibitor = 7777 WHERE id = 0;";
        message = "exhibitor refers to number 7777";
    }
    SECTION("a competitor who does not exist")
    {
        statements = "UPDATE exhibitors SET competitors = '1 4000000' WHERE id = 1;";
        message = "competitor refers to number 4000000";
    }
    SECTION("a competitor that is not a number")
    {
        statements = "UPDATE exhibitors SET competitors = 'x1' WHERE id = 1;";
        message = "competitor 'x1' is not an exhibitor number";
    }
    SECTION("a hall shape of a hall that does not exist")
    {
        statements = "INSERT INTO hall_shapes VALUES(42, 0, 'column', zeroblob(64));";
        message = "hall 42 does not exist";
    }
    SECTION("a polygon that is not whole points")
    {
        statements = "UPDATE halls SET outline = zeroblob(20) WHERE id = 0;";
        message = "outline: not a polygon";
    }
    SECTION("a module size of zero")
    {
        statements = "UPDATE halls SET rules = '{\"module_m\": 0}' WHERE id = 0;";
        message = "rules: a rule is not a length in metres";
    }
    SECTION("hall rules that are not JSON")
    {
        statements = "UPDATE halls SET rules = '{\"module_m\": ' WHERE id = 0;";
        message = "hall rules are not valid JSON";
    }
    SECTION("records numbered out of order")
    {
        statements = "UPDATE sectors SET id = id + 100 WHERE id = 0;";
        message = "table `sectors`, row 0: id 1 out of sequence";
    }
    SECTION("an unknown booth status")
    {
        statements = "UPDATE booths SET status = 'stolen' WHERE id = 1;";
        message = "status 'stolen' unknown";
    }
    SECTION("a block cell of no known use")
    {
        statements = "UPDATE blocks SET cells = x'00000009' || substr(cells, 5) WHERE id = 0;";
        message = "cell use 9 unknown";
    }
    tamper(path, statements);
    CHECK_THROWS_WITH(load_project(path), Catch::Contains(message));
}

TEST_CASE("a damaged or truncated project file is refused with a message, never a crash")
{
    TempDir dir;
    std::string path = dir.file("fair.boothplan");
    saved_tiny_fair(path);
    std::string bytes = read_text_file(path);
    SECTION("cut in half")
    {
        write_text(path, bytes.substr(0, bytes.size() / 2));
        CHECK_THROWS_AS(load_project(path), StoreError);
    }
    SECTION("every page after the first overwritten")
    {
        for (size_t i = 4096; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(i * 7);
        write_text(path, bytes);
        CHECK_THROWS_AS(load_project(path), StoreError);
    }
    SECTION("only the header of an SQLite file")
    {
        write_text(path, bytes.substr(0, 100));
        CHECK_THROWS_AS(load_project(path), StoreError);
    }
    SECTION("a folder")
    {
        std::filesystem::remove(path);
        std::filesystem::create_directory(path);
        CHECK_THROWS_WITH(load_project(path), Catch::Contains("is a folder"));
    }
}

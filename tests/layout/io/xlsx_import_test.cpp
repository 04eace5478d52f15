// Sales teams keep exhibitor lists in Excel: an .xlsx written by openpyxl imports to exactly the
// exhibitors of the equivalent CSV, and a bad one is refused naming the sheet row.
#include "layout/io/exhibitor_list.h"
#include "layout/io/xlsx_table.h"
#include "tests/support/edit_support.h"
#include "tests/support/export_support.h"
#include "tests/support/test_support.h"

#include <catch2/catch.hpp>

using namespace bp;
using namespace bp::test;

namespace
{

std::string xlsx_from_csv(const TempDir& dir, const std::string& csv_path)
{
    std::string out = dir.file("list.xlsx");
    ToolRun r = reader("make-xlsx " + shell_quoted(csv_path) + " " + shell_quoted(out));
    INFO(r.output);
    REQUIRE(r.ok());
    return out;
}

} // namespace

TEST_CASE("an .xlsx written by openpyxl imports to the same exhibitors as the CSV")
{
    TempDir dir;
    std::string csv = data_file("exhibitors_small.csv");
    Project from_csv, from_xlsx;
    import_into(from_csv, read_csv_table(csv));
    import_into(from_xlsx, read_xlsx_table(xlsx_from_csv(dir, csv)));
    REQUIRE(from_xlsx.exhibitors.size() == from_csv.exhibitors.size());
    REQUIRE(from_csv.exhibitors.size() > 0);
    for (size_t i = 0; i < from_csv.exhibitors.size(); ++i)
    {
        const Exhibitor &a = from_csv.exhibitors[i], &b = from_xlsx.exhibitors[i];
        INFO(a.code);
        CHECK(a.code == b.code);
        CHECK(a.name == b.name);
        CHECK(a.name_local == b.name_local);
        CHECK(a.country == b.country);
        CHECK(a.region == b.region);
        CHECK(a.area_m2 == b.area_m2);
        CHECK(a.booth_kind == b.booth_kind);
        CHECK(a.prefer == b.prefer);
        CHECK(a.competitors == b.competitors);
        CHECK(a.priority == b.priority);
        CHECK(from_csv.sector(a.sector).name == from_xlsx.sector(b.sector).name);
        CHECK(a.pavilion.valid() == b.pavilion.valid());
        if (a.pavilion.valid() && b.pavilion.valid())
            CHECK(from_csv.pavilion(a.pavilion).name == from_xlsx.pavilion(b.pavilion).name);
    }
}

TEST_CASE("a bad row in an .xlsx is refused naming its sheet row, and the project is unchanged")
{
    TempDir dir;
    write_text(dir.file("bad.csv"), "id,name,country,sector,area_m2\nA1,Alpha,CN,food,9\nA2,Beta,CN,food,-3\n");
    std::string xlsx = xlsx_from_csv(dir, dir.file("bad.csv"));
    Project p;
    try
    {
        import_into(p, read_xlsx_table(xlsx));
        FAIL("accepted");
    }
    catch (const InputError& e)
    {
        REQUIRE(e.problems.size() >= 1);
        CHECK(e.problems[0].line == 3);
        CHECK(e.problems[0].file == xlsx);
    }
    CHECK(p.exhibitors.empty());
}

TEST_CASE("a file that is not a workbook is refused")
{
    TempDir dir;
    write_text(dir.file("fake.xlsx"), "id,name\n1,2\n");
    CHECK_THROWS_AS(read_xlsx_table(dir.file("fake.xlsx")), InputError);
}

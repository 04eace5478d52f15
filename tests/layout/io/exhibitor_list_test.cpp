// Exhibitor lists from sales teams: what is accepted, and one test per class of bad input.
#include "layout/io/exhibitor_list.h"
#include "layout/io/venue_json.h"
#include "tests/support/edit_support.h"
#include "tests/support/test_support.h"

#include <catch2/catch.hpp>

using namespace bp;
using namespace bp::test;

static Project venue_project()
{
    Project p;
    p.venue = read_venue_json(data_file("venue_two_halls.json"));
    return p;
}

// Imports `csv` into a fresh project and returns the problems it was refused for (empty: accepted).
static std::vector<Problem> refusal(const std::string& csv, Project* out = nullptr)
{
    Project p = venue_project();
    try
    {
        import_into(p, parse_csv_table(csv, "list.csv"));
    }
    catch (const InputError& e)
    {
        return e.problems;
    }
    if (out)
        *out = p;
    return {};
}

static bool mentions(const std::vector<Problem>& problems, int line, const std::string& where, const std::string& text)
{
    for (const Problem& p : problems)
        if (p.line == line && p.where == where && p.message.find(text) != std::string::npos)
            return true;
    return false;
}

TEST_CASE("the sales team's list imports with names in every script")
{
    Project p = venue_project();
    std::vector<Problem> warnings = import_into(p, read_csv_table(data_file("exhibitors_small.csv")));
    REQUIRE(p.exhibitors.size() == 5);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].where == "notes"); // unknown column, ignored
    const Exhibitor& pars = p.exhibitor(*p.find_exhibitor("IR001"));
    CHECK(pars.name_local == "شرکت الکترونیک پارس");
    CHECK(p.pavilion(pars.pavilion).name == "Iran");
    CHECK(p.pavilion(pars.pavilion).country == "IR");
    CHECK(p.pavilion(pars.pavilion).shared_space_share == Approx(0.3));
    CHECK(pars.priority == 2);
    const Exhibitor& huaxin = p.exhibitor(*p.find_exhibitor("CN001"));
    CHECK(huaxin.name_local == "广州华鑫电子有限公司");
    CHECK(huaxin.booth_kind == BoothKind::Raw);
    CHECK(huaxin.prefer.size() == 2);
    CHECK(huaxin.competitors == std::vector<ExhibitorId>{*p.find_exhibitor("CN002")});
    CHECK(p.exhibitor(*p.find_exhibitor("CN002")).country == "CN"); // "cn" normalised
    CHECK(p.exhibitor(*p.find_exhibitor("IR002")).name == "Sepahan Food Co., Ltd.");
    CHECK(p.exhibitor(*p.find_exhibitor("CN002")).prefer[0].hall == "1.1");
    CHECK(p.sectors.size() == 3);
    CHECK(p.pavilions.size() == 3);
}

TEST_CASE("CRLF line ends and quoted line breaks keep line numbers right")
{
    std::string csv = "id,name,country,sector,area_m2\r\nA,\"Two\r\nlines\",CN,food,9\r\nB,Bad,XX,food,9\r\n";
    auto problems = refusal(csv);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 4);
    CHECK(problems[0].where == "country");
    Project p;
    CHECK(refusal("id,name,country,sector,area_m2\r\nA,\"Two\r\nlines\",CN,food,9\r\n", &p).empty());
    CHECK(p.exhibitors[0].name == "Two\r\nlines");
}

TEST_CASE("a list with many problems is refused whole, each named by line and column")
{
    Project p = venue_project();
    REQUIRE_THROWS_AS(import_into(p, read_csv_table(data_file("exhibitors_bad.csv"))), InputError);
    CHECK(p.exhibitors.empty()); // nothing changed
    auto problems = refusal(read_text_file(data_file("exhibitors_bad.csv")));
    CHECK(mentions(problems, 3, "id", "duplicate exhibitor id A1 (first on line 2)"));
    CHECK(mentions(problems, 4, "country", "'XX' is not an ISO 3166-1 alpha-2 code"));
    CHECK(mentions(problems, 4, "area_m2", "must be > 0"));
    CHECK(mentions(problems, 5, "area_m2", "raw space needs at least 36"));
    CHECK(mentions(problems, 5, "competitors", "unknown exhibitor id ZZ9"));
    CHECK(mentions(problems, 5, "priority", "'high' is not an integer"));
    CHECK(mentions(problems, 6, "name", "empty"));
    CHECK(mentions(problems, 6, "sector", "empty"));
    CHECK(mentions(problems, 6, "area_m2", "'abc' is not a number"));
    CHECK(mentions(problems, 6, "booth_kind", "'tent' is neither shell nor raw"));
}

TEST_CASE("a missing required column is named")
{
    auto problems = refusal("id,name,country,area_m2\nA,Alpha,CN,9\n");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 1);
    CHECK(problems[0].where == "sector");
    CHECK(problems[0].to_string() == "list.csv:1: sector: required column missing");
}

TEST_CASE("a row with the wrong number of fields is refused")
{
    CHECK(mentions(refusal("id,name,country,sector,area_m2\nA,Alpha,CN,food\n"), 2, "",
                   "has 4 fields, the header has 5"));
}

TEST_CASE("a list saved in GBK is refused with the byte offset")
{
    std::string gbk = "id,name,country,sector,area_m2\nA,\xB9\xE3\xD6\xDD,CN,food,9\n"; // 广州 in GBK
    try
    {
        parse_csv_table(gbk, "list.csv");
        FAIL("GBK was accepted");
    }
    catch (const InputError& e)
    {
        REQUIRE(e.problems.size() == 1);
        CHECK(e.problems[0].line == 2);
        CHECK_THAT(e.problems[0].message, Catch::Contains("not UTF-8") && Catch::Contains("byte offset 33"));
    }
}

TEST_CASE("broken quoting is refused")
{
    CHECK_THROWS_WITH(parse_csv_table("id,name\nA,\"never closed\n", "l.csv"), Catch::Contains("never closed"));
    CHECK_THROWS_WITH(parse_csv_table("id,name\nA,\"ok\"tail\n", "l.csv"), Catch::Contains("after a closing quote"));
    CHECK_THROWS_WITH(parse_csv_table("id,name\nA,say \"hi\"\n", "l.csv"), Catch::Contains("quote inside"));
}

TEST_CASE("a byte-order mark and a missing final newline are fine")
{
    Table t = parse_csv_table("\xEF\xBB\xBFid,name\nA,Alpha", "l.csv");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cells[0] == "id");
    CHECK(t.rows[1].cells[1] == "Alpha");
}

TEST_CASE("a hall preference must name a hall of the venue")
{
    CHECK(mentions(refusal("id,name,country,sector,area_m2,prefer\nA,Alpha,CN,food,9,hall:7.7\n"), 2, "prefer",
                   "hall '7.7' is not in the venue"));
    CHECK(mentions(refusal("id,name,country,sector,area_m2,prefer\nA,Alpha,CN,food,9,window\n"), 2, "prefer",
                   "'window' is not one of"));
}

TEST_CASE("an empty file is refused")
{
    CHECK_THROWS_WITH(parse_csv_table("", "l.csv"), Catch::Contains("empty file"));
}

TEST_CASE("re-importing keeps booths of exhibitors still on the list")
{
    Project p = venue_project();
    import_into(p, parse_csv_table("id,name,country,sector,area_m2\nA,Alpha,CN,food,9\nB,Beta,CN,food,9\n", "a"));
    Block b;
    b.hall = HallId(0);
    b.rows = 1;
    b.modules = 2;
    b.cells.assign(2, CellUse::Booth);
    b.numbers = {"1.1A01", "1.1A02"};
    p.blocks.push_back(b);
    p.booths = {{"1.1A01", HallId(0), {BlockId(0), 0, 1, 0, 1}, BoothStatus::Sold, ExhibitorId(0)},
                {"1.1A02", HallId(0), {BlockId(0), 0, 1, 1, 1}, BoothStatus::Sold, ExhibitorId(1)}};
    import_into(p, parse_csv_table("id,name,country,sector,area_m2\nB,Beta,CN,food,9\n", "b"));
    CHECK(p.booths[0].exhibitor == ExhibitorId());
    CHECK(p.booths[0].status == BoothStatus::Available);
    CHECK(p.booths[1].exhibitor == ExhibitorId(0)); // Beta is now the first exhibitor
    CHECK(mentions(refusal("id,name,country,sector,area_m2,locked_booth\nA,Alpha,CN,food,9,1.1A09\n"), 0, "", "") ==
          false); // no grid yet: any number may be pinned
}

TEST_CASE("the exhibitor-to-booth list quotes what needs quoting")
{
    std::string csv = write_csv({{"id", "name"}, {"A", "Sepahan Food Co., Ltd."}, {"B", "says \"hi\""}});
    CHECK(csv == "\xEF\xBB\xBFid,name\r\nA,\"Sepahan Food Co., Ltd.\"\r\nB,\"says \"\"hi\"\"\"\r\n");
    Table back = parse_csv_table(csv, "round-trip");
    CHECK(back.rows[1].cells[1] == "Sepahan Food Co., Ltd.");
    CHECK(back.rows[2].cells[1] == "says \"hi\"");
}

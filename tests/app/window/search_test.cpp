// Find: a planner finds an exhibitor by its name in any script, its id, its booth or its country.
#include "app/window/search.h"
#include "app/window/subjects.h"

#include "layout/grid/booth_grid.h"
#include "layout/samples/samples.h"
#include "solver/solver.h"
#include "tests/support/edit_support.h"

#include <catch2/catch.hpp>

using namespace bp;
using namespace bp::win;

namespace
{

const Project& cismef()
{
    static Project p = []
    {
        Project q = make_sample(SamplePreset::Cismef, 1);
        test::regrid(q);
        SolveOptions o;
        o.effort = 0; // construction is enough to give booths numbers to find
        apply_allocation(q, solve(q, o).allocation);
        return q;
    }();
    return p;
}

} // namespace

TEST_CASE("an exhibitor is found by its Chinese name, its id and its booth number")
{
    const Project& p = cismef();
    std::vector<BoothId> where = booth_of_exhibitors(p);
    const Exhibitor* chinese = nullptr;
    for (const Exhibitor& x : p.exhibitors)
        if (x.country == "CN" && !x.name_local.empty() && where[&x - p.exhibitors.data()].valid())
        {
            chinese = &x;
            break;
        }
    REQUIRE(chinese);
    ExhibitorId id(static_cast<int32_t>(chinese - p.exhibitors.data()));
    auto hits = search(p, where, chinese->name_local);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().exhibitor == id);
    CHECK(hits.front().booth == where[id.index()]);

    hits = search(p, where, chinese->code);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().exhibitor == id);
    CHECK(hits.front().rank == 0);

    const std::string& number = p.booth(where[id.index()]).number;
    hits = search(p, where, number);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().exhibitor == id);
}

TEST_CASE("a Persian name typed with Arabic letters finds the Iranian exhibitor")
{
    const Project& p = cismef();
    std::vector<BoothId> where = booth_of_exhibitors(p);
    const Exhibitor* iranian = nullptr;
    for (const Exhibitor& x : p.exhibitors)
        if (x.country == "IR" && x.name_local.find("\u06A9") != std::string::npos)
        {
            iranian = &x;
            break;
        }
    REQUIRE(iranian);
    // شرکت typed with Arabic kaf U+0643 instead of keheh.
    auto hits = search(p, where, "\u0634\u0631\u0643\u062A", 5000);
    bool found = false;
    for (const SearchHit& h : hits)
        found = found || h.exhibitor == ExhibitorId(static_cast<int32_t>(iranian - p.exhibitors.data()));
    CHECK(found);
}

TEST_CASE("a country code finds its firms and a pavilion name finds the pavilion first")
{
    const Project& p = cismef();
    std::vector<BoothId> where = booth_of_exhibitors(p);
    auto hits = search(p, where, "ir", 5000);
    size_t iranian = 0, found = 0;
    for (const Exhibitor& x : p.exhibitors)
        iranian += x.country == "IR";
    for (const SearchHit& h : hits)
        found += h.kind == SearchHit::Kind::Exhibitor && p.exhibitor(h.exhibitor).country == "IR";
    CHECK(iranian > 20);
    CHECK(found == iranian);
    auto iran = p.find_pavilion("Iran");
    REQUIRE(iran);
    hits = search(p, where, "Iran");
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().kind == SearchHit::Kind::Pavilion);
    CHECK(hits.front().pavilion == *iran);
    CHECK(search(p, where, "   ").empty());
}

TEST_CASE("subjects of a penalty become the booths the window selects, and a box to fly to")
{
    const Project& p = cismef();
    auto iran = p.find_pavilion("Iran");
    REQUIRE(iran);
    Subjects named;
    named.pavilions = {*iran};
    named.booths = {BoothId(0), BoothId(0)};
    named.exhibitors = {ExhibitorId(5)};
    named.halls = {HallId(2)};
    Subjects s = sorted(named);
    CHECK(s.booths == std::vector<BoothId>{BoothId(0)});
    std::vector<BoothId> booths = booths_of(p, s);
    CHECK(booths.size() >= p.members(*iran).size() / 2);
    auto box = box_of(p, s);
    REQUIRE(box);
    CHECK(box->width() > 0);
    Subjects iran_only;
    iran_only.pavilions.push_back(*iran);
    std::vector<Subjects> list{s, Subjects{}, iran_only};
    CHECK(penalties_naming(list, iran_only) == std::vector<size_t>{0, 2});
}

// Sample fairs match the facts they are built from and are deterministic for a seed.
#include "layout/io/project_json.h"
#include "layout/samples/samples.h"
#include "layout/io/venue_json.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace bp;

static double modules_requested(const Project& p)
{
    double m = 0;
    for (const Exhibitor& e : p.exhibitors)
        m += std::ceil(e.area_m2 / 9 - 1e-9);
    return m;
}

TEST_CASE("the CISMEF sample: 14 halls, 3,000 exhibitors, an Iran pavilion of 50 and more")
{
    Project p = make_sample(SamplePreset::Cismef, 1);
    REQUIRE(p.venue.halls.size() == 14);
    CHECK(p.exhibitors.size() == 3000);
    for (const Hall& h : p.venue.halls)
    {
        CHECK(area(h.outline) == Approx(126 * 84));
        CHECK(h.columns.empty() == (h.level != 1)); // ground floors have the column grid
    }
    auto iran = p.find_pavilion("Iran");
    REQUIRE(iran);
    CHECK(p.members(*iran).size() >= 50);
    for (ExhibitorId m : p.members(*iran))
    {
        CHECK(p.exhibitor(m).country == "IR");
        CHECK_FALSE(p.exhibitor(m).name_local.empty()); // Persian names
    }
    CHECK(validate_venue(p.venue, "cismef").empty());
    double modules = modules_requested(p);
    CHECK(modules > 4700);
    CHECK(modules < 5500);

    std::set<std::string> delegations, countries;
    std::map<std::string, int> by_region;
    int one_module = 0, raw = 0;
    for (const Exhibitor& e : p.exhibitors)
    {
        countries.insert(e.country);
        if (e.country == "CN")
            ++by_region[e.region];
        one_module += e.area_m2 == 9;
        raw += e.booth_kind == BoothKind::Raw;
        if (e.booth_kind == BoothKind::Raw)
            CHECK(e.area_m2 >= 36);
    }
    for (const Pavilion& v : p.pavilions)
        if (v.name.find("Delegation") != std::string::npos)
            delegations.insert(v.name);
    CHECK(delegations.size() == 31);
    CHECK(by_region.size() == 31);
    CHECK(countries.size() >= 30);
    CHECK(one_module > 1800);
    CHECK(raw > 60);
    CHECK(raw < 200);
    const double guangdong = by_region["Guangdong"] / static_cast<double>(p.exhibitors.size());
    CHECK(guangdong > 0.15);
    CHECK(guangdong < 0.25);
}

TEST_CASE("the same seed gives a byte-identical fair, another seed a different one")
{
    CHECK(write_project_json(make_sample(SamplePreset::Cismef, 7)) ==
          write_project_json(make_sample(SamplePreset::Cismef, 7)));
    CHECK(write_project_json(make_sample(SamplePreset::Cismef, 7)) !=
          write_project_json(make_sample(SamplePreset::Cismef, 8)));
}

TEST_CASE("the Canton presets reach the 2025 fair's scale")
{
    Project canton = make_sample(SamplePreset::Canton, 1);
    CHECK(canton.venue.halls.size() == 60);
    CHECK(canton.exhibitors.size() == 10000);
    CHECK(modules_requested(canton) / 10000 == Approx(2.3).epsilon(0.08));

    Project x3 = make_sample(SamplePreset::CantonX3, 1);
    CHECK(x3.venue.halls.size() == 180);
    CHECK(x3.exhibitors.size() == 32000);
    CHECK(modules_requested(x3) == Approx(74000).epsilon(0.05));
    std::set<std::string> codes;
    for (const Exhibitor& e : x3.exhibitors)
        codes.insert(e.code);
    CHECK(codes.size() == 32000);
    CHECK(validate_venue(x3.venue, "canton-x3").empty());
}

TEST_CASE("the tiny sample is small enough for quick tests")
{
    Project p = make_sample(SamplePreset::Tiny, 1);
    CHECK(p.venue.halls.size() == 1);
    CHECK(p.exhibitors.size() == 60);
    CHECK(p.find_pavilion("Iran"));
    CHECK(validate_venue(p.venue, "tiny").empty());
    for (const Pavilion& v : p.pavilions)
        CHECK_FALSE(p.members(PavilionId(static_cast<int32_t>(&v - p.pavilions.data()))).empty());
}

TEST_CASE("competitors name exhibitors of their own sector, never themselves")
{
    Project p = make_sample(SamplePreset::Cismef, 3);
    int with_rivals = 0;
    for (size_t i = 0; i < p.exhibitors.size(); ++i)
    {
        const Exhibitor& e = p.exhibitors[i];
        with_rivals += !e.competitors.empty();
        for (ExhibitorId c : e.competitors)
        {
            CHECK(c.index() != i);
            CHECK(p.exhibitor(c).sector == e.sector);
        }
    }
    CHECK(with_rivals > 20);
}

// The plan description says once, for every drawing, what a let fair looks like: each booth in its
// key colour with its number and name, a frame for its text, its height; legends and fill as the
// maps print them; and after an edit, only what the edit touched changes.
#include "layout/plan/plan.h"
#include "tests/support/export_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace bp;

namespace
{

const Project& tiny_fair()
{
    static const Project p = test::let_sample(SamplePreset::Tiny);
    return p;
}

BoothId first_let(const Project& p)
{
    for (size_t i = 0; i < p.booths.size(); ++i)
        if (p.booths[i].exhibitor.valid())
            return BoothId(static_cast<int32_t>(i));
    return {};
}

BoothId first_free(const Project& p)
{
    for (size_t i = 0; i < p.booths.size(); ++i)
        if (!p.booths[i].exhibitor.valid())
            return BoothId(static_cast<int32_t>(i));
    return {};
}

// Everything a drawing reads of a booth, to compare an updated description with a fresh one.
void require_same(const PlanDescription& a, const PlanDescription& b)
{
    REQUIRE(a.booths().size() == b.booths().size());
    for (size_t i = 0; i < a.booths().size(); ++i)
    {
        const BoothLook &x = a.booths()[i], &y = b.booths()[i];
        INFO("booth " << x.number);
        REQUIRE(x.colour == y.colour);
        REQUIRE(x.category == y.category);
        REQUIRE(x.name == y.name);
        REQUIRE(x.name_local == y.name_local);
        REQUIRE(x.status == y.status);
        REQUIRE(x.exhibitor == y.exhibitor);
    }
    for (size_t h = 0; h < a.halls().size(); ++h)
    {
        REQUIRE(a.halls()[h].fill.assigned == b.halls()[h].fill.assigned);
        REQUIRE(a.halls()[h].fill.assigned_m2 == Approx(b.halls()[h].fill.assigned_m2));
    }
    REQUIRE(a.regions().size() == b.regions().size());
}

} // namespace

TEST_CASE("every booth of a let fair is described in its pavilion's colour with its number and name")
{
    const Project& p = tiny_fair();
    PlanDescription plan(p, ColourBy::Pavilion);
    ColourKey key(p, ColourBy::Pavilion);
    REQUIRE(plan.booths().size() == p.booths.size());
    size_t named = 0;
    for (const BoothLook& b : plan.booths())
    {
        const Booth& booth = p.booth(b.id);
        CHECK(b.colour == key.colour(booth));
        CHECK(b.number == booth.number);
        CHECK(b.type == booth_type(p.block(booth.cells.block), booth.cells));
        CHECK(b.area_m2 == Approx(booth_area(p.block(booth.cells.block), booth.cells)));
        // The text frame sits inside the booth and is as large as the booth.
        CHECK(contains(b.footprint, b.label.centre));
        CHECK(b.label.w * b.label.h == Approx(b.area_m2));
        CHECK(b.label.angle > -1.5708);
        CHECK(b.label.angle <= 1.5708 + 1e-9);
        if (booth.exhibitor.valid())
        {
            ++named;
            CHECK(!b.name.empty());
            CHECK(b.name.find("Co., Ltd.") == std::string::npos);
            CHECK(b.full_name == p.exhibitor(booth.exhibitor).name);
        }
        else
            CHECK(b.name.empty());
    }
    CHECK(named > 0);
}

TEST_CASE("legends and fill of the description are the colour key's and the halls'")
{
    const Project& p = tiny_fair();
    for (ColourBy by : {ColourBy::Pavilion, ColourBy::Sector, ColourBy::Status, ColourBy::Country})
    {
        PlanDescription plan(p, by);
        ColourKey key(p, by);
        std::vector<const Booth*> all;
        for (const Booth& b : p.booths)
            all.push_back(&b);
        std::vector<LegendEntry> want = key.legend(all, 16), got = plan.venue_legend(16);
        REQUIRE(got.size() == want.size());
        for (size_t i = 0; i < want.size(); ++i)
        {
            CHECK(got[i].label == want[i].label);
            CHECK(got[i].colour == want[i].colour);
            CHECK(got[i].booths == want[i].booths);
        }
        BoothFill f = hall_fill(p, all), g = plan.venue_fill();
        CHECK(g.booths == f.booths);
        CHECK(g.assigned_m2 == Approx(f.assigned_m2));
        CHECK(std::string(plan.key_title()) == key.title());
    }
}

TEST_CASE("a hall's exhibitor index lists its let booths by name, and the directory names each pavilion's halls")
{
    const Project& p = tiny_fair();
    PlanDescription plan(p, ColourBy::Pavilion);
    std::vector<IndexEntry> index = plan.exhibitor_index(HallId(0));
    REQUIRE(static_cast<int>(index.size()) == plan.hall(HallId(0)).fill.assigned);
    for (size_t i = 1; i < index.size(); ++i)
    {
        std::string a = index[i - 1].name, b = index[i].name;
        for (char& c : a)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (char& c : b)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        CHECK(a <= b);
    }
    std::vector<PavilionPlace> dir = plan.pavilion_directory();
    REQUIRE(!dir.empty());
    for (const PavilionPlace& place : dir)
    {
        CHECK(place.booths > 0);
        CHECK(place.halls == std::vector<std::string>{p.venue.halls[0].code});
    }
}

TEST_CASE("assigning a free booth changes that booth's look and its hall's fill, nothing else")
{
    Project p = tiny_fair();
    PlanDescription plan(p, ColourBy::Pavilion);
    BoothId free = first_free(p), let = first_let(p);
    REQUIRE(free.valid());
    ExhibitorId who = p.booth(let).exhibitor;
    AppliedEdit a = apply_edit(p, AssignBooth{free, who, BoothStatus::Held});
    PlanChange change = plan.update(p, a.changed);
    CHECK_FALSE(change.all);
    CHECK(change.halls.empty()); // the hall's drawing is the same
    REQUIRE(change.booths == std::vector<BoothId>{free});
    CHECK(plan.booth(free).exhibitor == who);
    CHECK(plan.booth(free).status == BoothStatus::Held);
    require_same(plan, PlanDescription(p, ColourBy::Pavilion));

    // Undo brings the first look back.
    AppliedEdit undo = apply_edit(p, a.inverse);
    plan.update(p, undo.changed);
    require_same(plan, PlanDescription(tiny_fair(), ColourBy::Pavilion));
}

TEST_CASE("renaming an exhibitor with several booths relabels each of them, and a booth let on follows")
{
    Project p = tiny_fair();
    PlanDescription plan(p, ColourBy::Pavilion);
    BoothId free = first_free(p), let = first_let(p);
    ExhibitorId who = p.booth(let).exhibitor;
    plan.update(p, apply_edit(p, AssignBooth{free, who, BoothStatus::Sold}).changed);
    Exhibitor renamed = p.exhibitor(who);
    renamed.name = "Renamed Trading Co.";
    PlanChange change = plan.update(p, apply_edit(p, EditExhibitor{who, renamed}).changed);
    CHECK(std::find(change.booths.begin(), change.booths.end(), free) != change.booths.end());
    CHECK(std::find(change.booths.begin(), change.booths.end(), let) != change.booths.end());
    CHECK(plan.booth(free).full_name == "Renamed Trading Co.");
    require_same(plan, PlanDescription(p, ColourBy::Pavilion));
    // The first booth given back: a second rename no longer touches it.
    plan.update(p, apply_edit(p, AssignBooth{free, ExhibitorId(), BoothStatus::Available}).changed);
    renamed.name = "Renamed Again Co.";
    change = plan.update(p, apply_edit(p, EditExhibitor{who, renamed}).changed);
    CHECK(std::find(change.booths.begin(), change.booths.end(), free) == change.booths.end());
    require_same(plan, PlanDescription(p, ColourBy::Pavilion));
}

TEST_CASE("placing a pavilion adds its region and leaves the booths alone")
{
    Project p = tiny_fair();
    PlanDescription plan(p, ColourBy::Pavilion);
    REQUIRE(!p.pavilions.empty());
    Region r{HallId(0), rectangle({10, 10}, {40, 30})};
    AppliedEdit a = apply_edit(p, PlacePavilion{PavilionId(0), r});
    PlanChange change = plan.update(p, a.changed);
    CHECK(change.regions);
    CHECK(change.booths.empty());
    REQUIRE(plan.regions().size() == 1);
    CHECK(plan.regions()[0].label == p.pavilions[0].name);
    CHECK(plan.regions()[0].colour == p.pavilions[0].colour);
    require_same(plan, PlanDescription(p, ColourBy::Pavilion));
}

TEST_CASE("a moved column redraws its hall, and a new booth partition rebuilds the whole description")
{
    Project p = tiny_fair();
    PlanDescription plan(p, ColourBy::Status);
    Hall moved = p.hall(HallId(0));
    moved.columns.push_back(rectangle({1.5, 1.5}, {2.5, 2.5}));
    AppliedEdit a = apply_edit(p, ReplaceHall{HallId(0), moved});
    PlanChange change = plan.update(p, a.changed);
    CHECK(change.halls == std::vector<HallId>{HallId(0)});
    CHECK(plan.hall(HallId(0)).columns.size() == moved.columns.size());

    std::vector<Booth> fewer(p.booths.begin(), p.booths.begin() + static_cast<std::ptrdiff_t>(p.booths.size() / 2));
    AppliedEdit b = apply_edit(p, ReplaceBooths{p.blocks, fewer, {}});
    CHECK(plan.update(p, b.changed).all);
    CHECK(plan.booths().size() == fewer.size());
    require_same(plan, PlanDescription(p, ColourBy::Status));
}

TEST_CASE("recolouring by sector touches only booths whose colour moves")
{
    const Project& p = tiny_fair();
    PlanDescription plan(p, ColourBy::Pavilion);
    PlanChange change = plan.set_colour_by(ColourBy::Sector);
    CHECK(!change.booths.empty());
    CHECK(plan.colour_by() == ColourBy::Sector);
    require_same(plan, PlanDescription(p, ColourBy::Sector));
    CHECK(plan.set_colour_by(ColourBy::Sector).empty());
}

TEST_CASE("text reads left to right in a turned block and upwards along a tall booth")
{
    Block b;
    b.origin = {0, 0};
    b.along = {0, 1}; // rows run north
    b.across = {-1, 0};
    b.module_m = 3;
    b.row_depth_m = 3;
    b.rows = 2;
    b.modules = 4;
    // One module: square, the across direction is the more horizontal, read east-west.
    LabelFrame one = label_frame(b, {BlockId(0), 0, 1, 0, 1});
    CHECK(std::fabs(std::cos(one.angle)) == Approx(1));
    CHECK(one.centre.x == Approx(-1.5));
    CHECK(one.centre.y == Approx(1.5));
    // Three modules along a northward row: tall and narrow, the text runs up it.
    LabelFrame tall = label_frame(b, {BlockId(0), 0, 1, 0, 3});
    CHECK(tall.angle == Approx(1.5707963));
    CHECK(tall.w == Approx(9));
    CHECK(tall.h == Approx(3));
}

TEST_CASE("raw space stands 5 m high, 4.5 m beside a perimeter aisle; shell booths have 2.5 m walls")
{
    Project p = tiny_fair();
    const Hall& hall = p.hall(HallId(0));
    int beside_wall = 0, inside = 0;
    for (Booth& booth : p.booths)
    {
        if (!booth.exhibitor.valid())
            continue;
        Exhibitor& e = p.exhibitor(booth.exhibitor);
        CHECK(stand_height(p, booth) == (e.booth_kind == BoothKind::Raw ? stand_height(p, booth) : kShellWall_m));
        BoothKind kind = e.booth_kind;
        e.booth_kind = BoothKind::Raw;
        double h = stand_height(p, booth);
        e.booth_kind = kind;
        // The nearest wall decides: within a perimeter aisle (and the service gap) of it.
        double gap = 1e300;
        Polygon fp = footprint(p.block(booth.cells.block), booth.cells);
        for (size_t i = 0; i < 4; ++i)
            gap = std::min({gap, distance_to_boundary(hall.outline, fp[i]),
                            distance_to_boundary(hall.outline, (fp[i] + fp[(i + 1) % 4]) * 0.5)});
        if (h == kRawStandWall_m)
        {
            ++beside_wall;
            CHECK(gap <= p.rules(HallId(0)).main_aisle_m + p.rules(HallId(0)).wall_gap_m + 0.5);
        }
        else
        {
            ++inside;
            CHECK(h == kRawStand_m);
            CHECK(gap > p.rules(HallId(0)).main_aisle_m + p.rules(HallId(0)).wall_gap_m + 0.5);
        }
    }
    CHECK(beside_wall > 0);
    CHECK(inside > 0);
}

TEST_CASE("fascia names lose their company suffixes")
{
    CHECK(short_name("Shenzhen Huali Electronics Co., Ltd.") == "Shenzhen Huali Electronics");
    CHECK(short_name("Tabriz Carpet Co.") == "Tabriz Carpet Co.");
    CHECK(short_name("Rossi S.p.A.") == "Rossi");
    CHECK(short_name("Ltd") == "Ltd");
}

TEST_CASE("under the country key, booths that move a country up the ranking recolour as a fresh description would")
{
    Project p = tiny_fair();
    PlanDescription plan(p, ColourBy::Country);
    // The country with the fewest let booths takes every free booth.
    std::map<std::string, int> count = let_booths_by_country(p);
    std::string last = count.begin()->first;
    for (auto& [code, n] : count)
        if (n < count[last])
            last = code;
    ExhibitorId who;
    for (const Booth& b : p.booths)
        if (b.exhibitor.valid() && p.exhibitor(b.exhibitor).country == last)
            who = b.exhibitor;
    EditGroup g{{}, {}};
    for (size_t i = 0; i < p.booths.size(); ++i)
        if (!p.booths[i].exhibitor.valid())
            g.edits.push_back(AssignBooth{BoothId(static_cast<int32_t>(i)), who, BoothStatus::Sold});
    REQUIRE(g.edits.size() > 3);
    std::map<std::string, uint32_t> before = country_palette(count);
    PlanChange change = plan.update(p, apply_edit(p, g).changed);
    CHECK(country_palette(let_booths_by_country(p)) != before);
    CHECK(change.booths.size() > g.edits.size()); // booths of other countries changed colour too
    require_same(plan, PlanDescription(p, ColourBy::Country));
}

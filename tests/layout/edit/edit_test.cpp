// Edits are reversible: undo restores the project exactly, redo replays it.
#include "layout/edit/edit.h"
#include "layout/io/project_json.h"
#include "layout/samples/samples.h"
#include "tests/support/edit_support.h"

#include <catch2/catch.hpp>

using namespace bp;

static Project tiny_with_booths()
{
    Project p = make_sample(SamplePreset::Tiny, 1);
    Block b;
    b.hall = HallId(0);
    b.origin = {4, 4};
    b.rows = 2;
    b.modules = 4;
    b.cells.assign(8, CellUse::Booth);
    for (char row : {'A', 'B'})
        for (int c = 1; c <= 4; ++c)
            b.numbers.push_back("1.1" + std::string(1, row) + "0" + std::to_string(c));
    p.blocks.push_back(b);
    for (int c = 0; c < 4; ++c)
        p.booths.push_back({b.numbers[static_cast<size_t>(c)], HallId(0), {BlockId(0), 0, 1, c, 1}});
    return p;
}

TEST_CASE("undoing a session of edits restores the project exactly")
{
    Project p = tiny_with_booths();
    const std::string before = write_project_json(p);
    EditHistory history;
    PavilionId iran = *p.find_pavilion("Iran");
    history.apply(p, AssignBooth{BoothId(1), ExhibitorId(3), BoothStatus::Sold});
    history.apply(p, PlacePavilion{iran, Region{HallId(0), rectangle({0, 0}, {12, 12})}});
    history.apply(p, PlaceSectorZone{SectorId(0), Region{HallId(0), rectangle({20, 0}, {40, 12})}});
    history.apply(p, LockExhibitor{ExhibitorId(3), "1.1A02"});
    Hall moved = p.hall(HallId(0));
    moved.columns[0] = rectangle({20, 23.5}, {21, 24.5});
    history.apply(p, ReplaceHall{HallId(0), moved});
    history.apply(p, ReplaceBooths{{}, {}});
    const std::string after = write_project_json(p);
    CHECK(after != before);
    CHECK(history.undo_label() == "Replace booths");
    while (history.undo(p))
    {
    }
    CHECK(write_project_json(p) == before);
    CHECK_FALSE(history.modified());
    while (history.redo(p))
    {
    }
    CHECK(write_project_json(p) == after);
    CHECK(history.modified());
}

TEST_CASE("a pavilion dragged onto a hall can be taken off again")
{
    Project p = tiny_with_booths();
    PavilionId iran = *p.find_pavilion("Iran");
    EditHistory history;
    history.apply(p, PlacePavilion{iran, Region{HallId(0), rectangle({0, 0}, {12, 12})}});
    CHECK(history.undo_label() == "Place pavilion Iran");
    REQUIRE(p.pavilion(iran).placed);
    history.undo(p);
    CHECK_FALSE(p.pavilion(iran).placed);
    CHECK(history.redo_label() == "Place pavilion Iran");
    history.redo(p);
    history.apply(p, PlacePavilion{iran, Region{HallId(0), rectangle({3, 0}, {15, 12})}});
    CHECK(history.undo_label() == "Move pavilion Iran"); // it had a region: moved, turned or resized
    history.apply(p, PlacePavilion{iran, std::nullopt});
    CHECK(history.undo_label() == "Remove pavilion Iran");
}

TEST_CASE("a new edit after undo drops the redo stack and the saved mark")
{
    Project p = tiny_with_booths();
    EditHistory history;
    history.apply(p, AssignBooth{BoothId(0), ExhibitorId(0), BoothStatus::Sold});
    history.mark_saved();
    CHECK_FALSE(history.modified());
    history.undo(p);
    CHECK(history.modified());
    history.apply(p, AssignBooth{BoothId(2), ExhibitorId(1), BoothStatus::Reserved});
    CHECK_FALSE(history.can_redo());
    CHECK(history.modified()); // the saved state is gone for good
    CHECK(p.booth(BoothId(2)).status == BoothStatus::Reserved);
    CHECK(p.booth(BoothId(0)).exhibitor == ExhibitorId());
}

TEST_CASE("freeing a sold booth makes it available")
{
    Project p = tiny_with_booths();
    Edit undo_assign = apply_edit(p, AssignBooth{BoothId(0), ExhibitorId(0), BoothStatus::Sold}).inverse;
    apply_edit(p, AssignBooth{BoothId(0), ExhibitorId(), BoothStatus::Sold});
    CHECK(p.booth(BoothId(0)).status == BoothStatus::Available);
    CHECK(std::get<AssignBooth>(undo_assign).exhibitor == ExhibitorId());
}

TEST_CASE("a new venue is one undo step: the grid goes, regions follow their hall by code")
{
    Project p = tiny_with_booths();
    PavilionId iran = *p.find_pavilion("Iran");
    apply_edit(p, PlacePavilion{iran, Region{HallId(0), rectangle({0, 0}, {12, 12})}});
    apply_edit(p, PlaceSectorZone{SectorId(0), Region{HallId(0), rectangle({20, 0}, {40, 12})}});
    const std::string before = write_project_json(p);
    const std::string code = p.hall(HallId(0)).code;

    // The new drawing puts a new hall first; the old hall keeps its code but moves to index 1.
    Venue v = p.venue;
    Hall annex = v.halls[0];
    annex.code = "Annex";
    v.halls.insert(v.halls.begin(), annex);
    v.name = "Revised venue";
    EditHistory history;
    ChangeSet c = history.apply(p, replace_venue(p, v));
    CHECK(c.venue);
    CHECK(c.booths_renumbered);
    CHECK(p.blocks.empty());
    CHECK(p.booths.empty());
    REQUIRE(p.pavilion(iran).placed);
    CHECK(p.hall(p.pavilion(iran).placed->hall).code == code);
    CHECK(p.pavilion(iran).placed->hall == HallId(1));
    CHECK(history.undo_label() == "Replace the venue with Revised venue");

    SECTION("a region whose hall is gone is taken off")
    {
        Venue other = p.venue;
        other.halls.erase(other.halls.begin() + 1);
        apply_edit(p, replace_venue(p, other));
        CHECK_FALSE(p.pavilion(iran).placed);
        CHECK_FALSE(p.sector(SectorId(0)).zone);
    }
    SECTION("undo gives back the old venue, grid and regions")
    {
        history.undo(p);
        CHECK(write_project_json(p) == before);
    }
}

TEST_CASE("generating the booth grid is one undo step")
{
    Project p = make_sample(SamplePreset::Tiny, 1);
    const std::string before = write_project_json(p);
    GridResult grid = generate_grid(p);
    CHECK(p.blocks.empty()); // generating does not touch the project; applying the edit does
    CHECK(grid.report.modules() == static_cast<int>(grid.edit.booths.size()));
    EditHistory history;
    ChangeSet c = history.apply(p, std::move(grid.edit));
    CHECK(history.undo_label() == "Generate booth grid");
    CHECK(c.booths_renumbered);
    CHECK(c.halls.size() == p.venue.halls.size());
    history.undo(p);
    CHECK(write_project_json(p) == before);
}

TEST_CASE("regenerating one hall keeps the other halls' booths and this hall's allocations that still fit")
{
    Project p = make_sample(SamplePreset::Cismef, 1);
    bp::test::regrid(p);
    // Sell a booth in the first two halls.
    auto first_booth_of = [&](HallId h)
    {
        for (size_t i = 0; i < p.booths.size(); ++i)
            if (p.booths[i].hall == h)
                return BoothId(static_cast<int32_t>(i));
        return BoothId();
    };
    const BoothId in0 = first_booth_of(HallId(0)), in1 = first_booth_of(HallId(1));
    apply_edit(p, AssignBooth{in0, ExhibitorId(0)});
    apply_edit(p, AssignBooth{in1, ExhibitorId(1)});
    const std::string number0 = p.booth(in0).number, number1 = p.booth(in1).number;
    std::vector<Block> other_halls;
    for (const Block& b : p.blocks)
        if (b.hall != HallId(1))
            other_halls.push_back(b);

    // Hall 1 gets a taller ceiling: its grid is the same, its numbers and its allocation stay.
    Hall taller = p.hall(HallId(1));
    taller.height_m += 2;
    apply_edit(p, ReplaceHall{HallId(1), taller});
    GridResult g = regenerate_hall_grid(p, HallId(1));
    REQUIRE(g.report.halls.size() == 1);
    CHECK(g.report.halls[0].hall == HallId(1));
    CHECK(g.report.kept_allocations == 1);
    CHECK(g.report.dropped.empty());
    AppliedEdit a = apply_edit(p, std::move(g.edit));
    CHECK(a.changed.halls.empty()); // nothing of the drawing changed
    std::vector<Block> after;
    for (const Block& b : p.blocks)
        if (b.hall != HallId(1))
            after.push_back(b);
    CHECK(after == other_halls);
    REQUIRE(p.find_booth(number0));
    REQUIRE(p.find_booth(number1));
    CHECK(p.booth(*p.find_booth(number0)).exhibitor == ExhibitorId(0));
    CHECK(p.booth(*p.find_booth(number1)).exhibitor == ExhibitorId(1));

    SECTION("a hall whose rules change gets a new grid and reports only itself")
    {
        HallRuleOverrides wider;
        wider.aisle_m = 5;
        apply_edit(p, SetHallRules{HallId(1), wider});
        AppliedEdit r = apply_edit(p, regenerate_hall_grid(p, HallId(1)).edit);
        CHECK(r.changed.halls == std::vector<HallId>{HallId(1)});
        CHECK(p.booth(*p.find_booth(number0)).exhibitor == ExhibitorId(0));
    }
}

TEST_CASE("importing an exhibitor list is one undo step that frees the booths of dropped exhibitors")
{
    Project p = tiny_with_booths();
    apply_edit(p, AssignBooth{BoothId(0), ExhibitorId(0)});
    apply_edit(p, AssignBooth{BoothId(1), ExhibitorId(1)});
    const std::string before = write_project_json(p);
    const std::string kept = p.exhibitor(ExhibitorId(1)).code;
    Table list{"list.csv",
               {{1, {"id", "name", "country", "sector", "area_m2"}}, {2, {kept, "Kept Co.", "CN", "Food", "9"}}}};
    ExhibitorImport import = import_exhibitors(p, list);
    EditHistory history;
    ChangeSet c = history.apply(p, std::move(import.edit));
    CHECK(c.exhibitor_list);
    CHECK(c.booths == std::vector<BoothId>{BoothId(0), BoothId(1)});
    REQUIRE(p.exhibitors.size() == 1);
    CHECK(p.booth(BoothId(0)).exhibitor == ExhibitorId());
    CHECK(p.booth(BoothId(0)).status == BoothStatus::Available);
    CHECK(p.booth(BoothId(1)).exhibitor == ExhibitorId(0));
    CHECK(history.undo_label() == "Import exhibitor list list.csv");
    history.undo(p);
    CHECK(write_project_json(p) == before);
}

TEST_CASE("an exhibitor, a pavilion, a sector and the rules are edited in one step each, with menu labels")
{
    Project p = tiny_with_booths();
    EditHistory history;
    Exhibitor e = p.exhibitor(ExhibitorId(0));
    e.area_m2 = 18;
    history.apply(p, EditExhibitor{ExhibitorId(0), e});
    CHECK(history.undo_label() == "Edit exhibitor " + e.code);
    Pavilion v = p.pavilion(PavilionId(0));
    v.colour = 0x123456;
    ChangeSet c = history.apply(p, EditPavilion{PavilionId(0), v});
    CHECK(c.pavilions == std::vector<PavilionId>{PavilionId(0)});
    CHECK(history.undo_label() == "Edit pavilion " + v.name);
    Sector s = p.sector(SectorId(0));
    s.colour = 0x654321;
    history.apply(p, EditSector{SectorId(0), s});
    CHECK(history.undo_label() == "Edit sector " + s.name);
    HallRules r = p.venue.rules;
    r.aisle_m = 5;
    c = history.apply(p, SetVenueRules{r});
    CHECK(c.venue);
    CHECK(c.halls == std::vector<HallId>{HallId(0)});
    CHECK(history.undo_label() == "Edit the venue's rules");
    HallRuleOverrides o;
    o.max_exit_distance_m = std::optional<double>();
    history.apply(p, SetHallRules{HallId(0), o});
    CHECK(history.undo_label() == "Edit the rules of hall " + p.hall(HallId(0)).code);
    CHECK_FALSE(p.rules(HallId(0)).max_exit_distance_m);
    while (history.undo(p))
    {
    }
    CHECK(p.exhibitor(ExhibitorId(0)).area_m2 != 18);
    CHECK(p.venue.rules.aisle_m == 4);
}

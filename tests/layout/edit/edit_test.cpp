// Edits are reversible: undo restores the project exactly, redo replays it.
#include "layout/edit/edit.h"
#include "layout/io/project_json.h"
#include "layout/samples/samples.h"

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

TEST_CASE("undoing every kind of edit restores the project exactly")
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

// Every kind of edit undoes exactly, and says what it changed: over many random edits of a
// planner's session on the tiny and the cismef fairs, the change set an edit reports is checked
// against a diff of the project before and after.
#include "layout/edit/edit.h"
#include "layout/io/project_json.h"
#include "layout/samples/samples.h"
#include "tests/support/change_check.h"
#include "tests/support/edit_support.h"
#include "tests/support/random_edits.h"

#include <catch2/catch.hpp>

using namespace bp;
using namespace bp::test;

namespace
{

// A sample fair with its grid and a few booths sold, so edits have allocations to move.
Project sample_with_grid(SamplePreset preset)
{
    Project p = make_sample(preset, 3);
    regrid(p);
    for (size_t i = 0; i < p.exhibitors.size() && i * 7 < p.booths.size(); i += 3)
        apply_edit(p, AssignBooth{BoothId(static_cast<int32_t>(i * 7)), ExhibitorId(static_cast<int32_t>(i))});
    return p;
}

void run_session(SamplePreset preset, int edits, uint64_t seed)
{
    Project p = sample_with_grid(preset);
    RandomEdits random(seed);
    for (int i = 0; i < edits; ++i)
    {
        const size_t kind = static_cast<size_t>(i) % kEditKinds;
        Edit e = random.make(p, kind);
        const std::string label = to_english(describe(p, e));
        INFO("edit " << i << ": " << label);
        CHECK(!label.empty());
        apply_undo_redo(p, std::move(e), kind != kind_of<EditGroup>);
    }
}

} // namespace

TEST_CASE("every kind of edit, undone, gives back the project byte for byte")
{
    Project p = sample_with_grid(SamplePreset::Tiny);
    RandomEdits random(11);
    for (size_t kind = 0; kind < kEditKinds; ++kind)
        for (int trial = 0; trial < 4; ++trial)
        {
            const std::string before = write_project_json(p);
            Edit e = random.make(p, kind);
            INFO("kind " << kind << ": " << to_english(describe(p, e)));
            AppliedEdit a = apply_edit(p, std::move(e));
            const std::string after = write_project_json(p);
            AppliedEdit back = apply_edit(p, std::move(a.inverse));
            CHECK(write_project_json(p) == before);
            apply_edit(p, std::move(back.inverse));
            CHECK(write_project_json(p) == after);
        }
}

TEST_CASE("a planner's session on the tiny fair: each edit reports what it changed")
{
    run_session(SamplePreset::Tiny, 420, 1);
}

TEST_CASE("a planner's session on the cismef fair: each edit reports what it changed")
{
    run_session(SamplePreset::Cismef, 70, 2);
}

TEST_CASE("an edit that changes nothing reports nothing")
{
    Project p = sample_with_grid(SamplePreset::Tiny);
    CHECK(apply_edit(p, EditExhibitor{ExhibitorId(2), p.exhibitor(ExhibitorId(2))}).changed.empty());
    CHECK(apply_edit(p, SetVenueRules{p.venue.rules}).changed.empty());
    CHECK(apply_edit(p, ReplaceBooths{p.blocks, p.booths}).changed.empty());
    const Booth& b = p.booth(BoothId(5));
    CHECK(apply_edit(p, AssignBooth{BoothId(5), b.exhibitor, b.status}).changed.empty());
}

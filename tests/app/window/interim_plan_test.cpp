// The interim plan's listing: made on a worker from the solver's plan and a copy of what it needs of
// the project, the same vertices as listing the project's own booths in row order.
#include "app/window/interim_plan.h"

#include "tests/support/export_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <tuple>

using namespace bp;
using namespace bp::win;

namespace
{

// The booths the project has let, in row order, as the preview draws them.
std::vector<PreviewBooth> let_booths(const Project& p, const InterimLook& look)
{
    std::vector<const Booth*> let;
    for (const Booth& b : p.booths)
        if (b.exhibitor.valid())
            let.push_back(&b);
    std::sort(let.begin(), let.end(),
              [](const Booth* x, const Booth* y)
              {
                  return std::tie(x->cells.block, x->cells.row, x->cells.col) <
                         std::tie(y->cells.block, y->cells.row, y->cells.col);
              });
    std::vector<PreviewBooth> out;
    for (const Booth* b : let)
    {
        const Block& block = p.block(b->cells.block);
        out.push_back({footprint(block, b->cells), look.colours[b->exhibitor.index()], block.hall});
    }
    return out;
}

bool same_vertices(const std::vector<FillVertex>& a, const std::vector<FillVertex>& b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](const FillVertex& x, const FillVertex& y)
                      { return x.x == y.x && x.y == y.y && x.z == y.z && x.rgba == y.rgba; });
}

bool same_ranges(const std::vector<Range>& a, const std::vector<Range>& b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const Range& x, const Range& y)
                                              { return x.first == y.first && x.count == y.count; });
}

} // namespace

TEST_CASE("an interim plan lists the same booths as the project would with that plan applied")
{
    const Project p = test::let_sample(SamplePreset::Cismef);
    const Allocation plan = current_allocation(p);
    const InterimLook look = make_interim_look(p, ColourBy::Pavilion);
    REQUIRE(look.blocks.size() == p.blocks.size());
    for (const Block& b : look.blocks)
        CHECK(b.cells.empty()); // frames only

    const PreviewPlan listed = list_interim_plan(plan, look);
    const PreviewPlan expected = make_preview_plan(let_booths(p, look), p.venue.halls.size());
    REQUIRE(listed.fill_ranges.size() == p.venue.halls.size());
    CHECK(same_vertices(listed.fills, expected.fills));
    CHECK(same_vertices(listed.edges, expected.edges));
    CHECK(same_ranges(listed.fill_ranges, expected.fill_ranges));
    CHECK(same_ranges(listed.edge_ranges, expected.edge_ranges));

    size_t let = 0;
    for (const Assignment& a : plan.exhibitors)
        let += a.booth.has_value();
    REQUIRE(let > 1000);
    CHECK(listed.edges.size() == 8 * let); // four sides of two ends each
    // Touching booths of one colour in a row are one rectangle: fewer than two triangles a booth.
    CHECK(listed.fills.size() < 6 * let);
    CHECK(listed.fills.size() % 6 == 0);
}

TEST_CASE("an interim plan naming blocks the look does not know leaves those booths out")
{
    const Project p = test::let_sample(SamplePreset::Cismef);
    Allocation plan = current_allocation(p);
    InterimLook look = make_interim_look(p, ColourBy::Country);
    size_t let = 0;
    for (Assignment& a : plan.exhibitors)
        if (a.booth)
        {
            if (++let % 2 == 0)
                a.booth->block = BlockId(static_cast<int32_t>(p.blocks.size() + 5));
        }
    const PreviewPlan listed = list_interim_plan(plan, look);
    CHECK(listed.edges.size() == 8 * (let - let / 2));
    look.colours.resize(10); // fewer exhibitors than the plan: the rest are left out
    CHECK(list_interim_plan(plan, look).edges.size() <= 8 * 10);
}

TEST_CASE("an interim listing runs on a worker, says when it is done, and is taken once")
{
    const Project p = test::let_sample(SamplePreset::Cismef);
    auto plan = std::make_shared<const Allocation>(current_allocation(p));
    auto look = std::make_shared<const InterimLook>(make_interim_look(p, ColourBy::Sector));
    InterimListing listing;
    CHECK_FALSE(listing.take());
    std::atomic<int> done{0};
    REQUIRE(listing.start(plan, 7, look, [&] { ++done; }));
    CHECK(listing.busy());
    CHECK_FALSE(listing.start(plan, 8, look)); // one at a time
    std::optional<std::pair<uint64_t, PreviewPlan>> got;
    for (int i = 0; i < 2000 && !got; ++i)
    {
        got = listing.take();
        if (!got)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    REQUIRE(got);
    CHECK(done == 1);
    CHECK(got->first == 7);
    CHECK(same_vertices(got->second.fills, list_interim_plan(*plan, *look).fills));
    CHECK_FALSE(listing.busy());
    CHECK_FALSE(listing.take()); // once

    // A listing under way when it is dropped is waited for, not left running.
    REQUIRE(listing.start(plan, 9, look));
    listing.cancel();
    CHECK_FALSE(listing.busy());
    CHECK_FALSE(listing.take());
    {
        InterimListing dropped;
        REQUIRE(dropped.start(plan, 10, look, [&] { ++done; }));
    } // the destructor waits
    CHECK(done == 2);
}

// Another plan shown over the project's booths in the plan view (the solver's best plan so far,
// while it runs): its vertices, per hall, made on any thread (no GL) and handed to the renderer,
// which only uploads them.
#pragma once

#include "layout/geometry/geometry.h"
#include "layout/model/ids.h"
#include "render/scene/scene_types.h"

#include <cstdint>
#include <vector>

namespace bp
{

// A booth of a plan that is not the project's yet: where an exhibitor would stand, in the colour it
// would have under the current key.
struct PreviewBooth
{
    Polygon footprint;   // venue metres
    uint32_t colour = 0; // 0xRRGGBB
    HallId hall;         // the hall it stands in (the preview is culled by hall like the booths)
};

// Fills (triangles) and outlines (lines) in hall order, with each hall's range in them.
struct PreviewPlan
{
    std::vector<FillVertex> fills, edges;
    std::vector<Range> fill_ranges, edge_ranges; // one per hall
    bool empty() const { return fills.empty() && edges.empty(); }
};

// The plan's vertices for a venue of `halls` halls (booths in other halls are left out). Booths
// given in row order (block, row, module) cost fewer vertices: a run of touching booths of one
// colour is filled as one rectangle (no outline separates them from afar).
PreviewPlan make_preview_plan(const std::vector<PreviewBooth>& booths, size_t halls);

// Quads in the order they come, each run of quads of one colour that touch end to start along a
// row (corners as BoothLook::footprint orders them) filled as one rectangle: zoomed out no outline
// separates them, so the picture is the same with far fewer vertices. Other shapes are fanned.
class RowRuns
{
public:
    explicit RowRuns(std::vector<FillVertex>& out) : out_(out) {}
    ~RowRuns() { flush(); }
    RowRuns(const RowRuns&) = delete;
    RowRuns& operator=(const RowRuns&) = delete;
    void add(const Polygon& footprint, uint32_t rgba);
    void flush(); // ends the run being made

private:
    std::vector<FillVertex>& out_;
    Polygon run_;
    uint32_t rgba_ = 0;
};

} // namespace bp

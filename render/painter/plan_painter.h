// The plan painter: draws booth map pages of the plan description on any canvas, in points —
// a page per hall (floor, aisles, booths in their key colour, numbers and names fitted inside,
// columns, doors, legend, scale bar, north arrow, exhibitor index) and a venue overview.
#pragma once

#include "layout/plan/plan.h"
#include "render/canvas.h"

#include <string>
#include <vector>

namespace bp
{

// A page in points, landscape.
struct PageSpec
{
    double w = 1190.55, h = 841.89;
};

// What every page of one map shows besides the plan.
struct MapContext
{
    const PlanDescription& plan;
    std::string date; // printed in the header
};

// Draws a hall's map page. Returns the index entries that did not fit beside the map; draw them on
// continuation pages with paint_index_page.
std::vector<IndexEntry> paint_hall_page(Canvas& canvas, const MapContext& ctx, HallId hall, PageSpec page);
// Draws as many entries as fit on one page, returns the rest.
std::vector<IndexEntry> paint_index_page(Canvas& canvas, const MapContext& ctx, HallId hall,
                                         std::vector<IndexEntry> entries, PageSpec page);
// Draws every hall, grouped by level, with the venue's legend, fill rates and pavilion directory.
void paint_overview_page(Canvas& canvas, const MapContext& ctx, PageSpec page);

} // namespace bp

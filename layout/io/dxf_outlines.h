// Outlines from drawings whose shapes are not closed polylines: LINEs, ARCs and open polylines
// joined end to end (gaps up to a tolerance bridged), crossings and T-junctions split, and the
// regions they enclose traced as polygons. A region is one outline unless names written in it
// say that its inner lines divide several halls. What stays open is reported with its gap.
#pragma once

#include "layout/geometry/geometry.h"

#include <string>
#include <vector>

namespace bp
{

// An open chain of points as drawn, in metres.
struct DrawnChain
{
    Polygon points;
    int line = 0; // the entity's line in the file
};

struct TracedOutline
{
    Polygon outline; // counter-clockwise, metres
    int line = 0;    // first line of the entities that make it
};

// A set of connected lines that encloses nothing.
struct OpenChain
{
    int line = 0;
    Vec2 at;           // middle of the narrowest gap between its loose ends
    double gap = 0;    // that gap, metres (0 when it has a single loose end)
    double extent = 0; // diagonal of its bounding box, metres
    int loose_ends = 0;
};

// An outline that nearly closes: two loose ends, close together for its size.
inline bool nearly_closed(const OpenChain& c)
{
    return c.loose_ends == 2 && c.gap <= 0.25 * c.extent && c.extent >= 0.5;
}

struct TracedOutlines
{
    std::vector<TracedOutline> outlines;
    std::vector<OpenChain> open;
    int gaps_bridged = 0; // loose ends joined within the tolerance
    int inner_lines = 0;  // lines inside an outline, dividing nothing that names tell apart
    int stray_lines = 0;  // lines hanging off an outline, enclosing nothing
};

struct TraceLimits
{
    double tolerance_m = 0.05; // loose ends this close are joined
    size_t max_segments = 200000;
};

// Traces the regions the chains enclose. `names` are points where hall names are written: a region
// whose inner lines separate two or more names is split along them, one outline per named part
// (parts without a name join the neighbour they share the longest wall with). Throws InputError
// (file, line 0) when the chains exceed `limits.max_segments` after splitting.
TracedOutlines trace_outlines(const std::vector<DrawnChain>& chains, const std::vector<Vec2>& names,
                              const TraceLimits& limits, const std::string& file);

} // namespace bp

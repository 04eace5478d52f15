// Internal to the grid generator: a hall seen from one frame (rows along u, blocks stacked along
// v), the pattern of bands, runs and aisles laid over it, and the cells that pattern yields.
#pragma once

#include "booth_grid.h"
#include "layout/model/model.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace bp::grid
{

constexpr double kEps = 1e-9;

// [SECTION] Frame and pattern

struct Interval
{
    double lo, hi;
};

struct Aisle
{
    double lo, hi;
    bool main;
};

enum class BandKind
{
    LowWall,  // one row, back to the low wall, facing +across
    Double,   // two rows back to back
    Middle,   // one row between two aisles, numbered on the aisle below
    HighWall, // one row, back to the high wall, facing -across
};

struct Band
{
    BandKind kind;
    double lo;
    int rows;
    int aisle_below, aisle_above; // index into Pattern::aisles; -1 for a wall
};

struct Run
{
    double lo;
    int modules;
    int slot0; // along index of the run's first module, for numbering
    bool main_before = false, main_after = false;
};

struct Pattern
{
    std::vector<Aisle> aisles;
    std::vector<Band> bands;
    std::vector<Run> runs;
    int slots = 0;
};

struct Frame
{
    int orientation = 0; // index into the hall's candidate row directions (see row_directions)
    double t_across = 0, t_along = 0;
    int max_run = 8;
};

// The hall seen from one frame: u runs along the rows, v across them.
struct LocalHall
{
    Vec2 along, across;
    Polygon outline;
    Box box;
    std::vector<Polygon> columns;
    std::vector<Box> column_boxes;
    std::vector<std::vector<Polygon>> blocked;
    std::vector<Box> blocked_boxes;
    std::vector<Polygon> clearances;
    std::vector<Box> clearance_boxes;
    std::vector<Segment> exits;
    std::optional<double> exit_limit;
    std::vector<Interval> forced_u, forced_v; // main aisles that must cross these coordinates
    double module = 3, row = 3, aisle = 4, gap = 1;
    int max_modules = 8;
};

inline Vec2 to_local(const LocalHall& h, Vec2 p)
{
    return {dot(p, h.along), dot(p, h.across)};
}
inline Vec2 to_venue(const LocalHall& h, Vec2 l)
{
    return h.along * l.x + h.across * l.y;
}

// [SECTION] Cells

// One row of cells across the hall: a band row.
struct Line
{
    int band, row;
    double v0;
    int front; // +1: faces +across, -1: faces -across
    int aisle; // the aisle it is numbered on
};

struct CellGrid
{
    Pattern pattern;
    std::vector<Line> lines;
    std::vector<int8_t> use; // lines x slots; -1: no cell, else a CellUse
    int booths = 0;
    int walkways_widened = 0; // passages through blocks widened to an aisle
    int8_t& at(size_t line, int slot)
    {
        return use[line * static_cast<size_t>(pattern.slots) + static_cast<size_t>(slot)];
    }
    int8_t at(size_t line, int slot) const
    {
        return use[line * static_cast<size_t>(pattern.slots) + static_cast<size_t>(slot)];
    }
};

// An axis-aligned rectangle in frame coordinates, counter-clockwise.
inline Polygon local_rect(double u0, double v0, double u1, double v1)
{
    return {{u0, v0}, {u1, v0}, {u1, v1}, {u0, v1}};
}

// Directions rows may run in: east-west, north-south, and for a hall drawn askew also along its
// longest wall and square to it.
std::vector<Vec2> row_directions(const Hall& hall);
// The hall's geometry in the frame whose rows run along `along` (a unit vector), with its main aisles.
LocalHall make_local(const Hall& hall, const HallRules& rules, Vec2 along);
// Lays bands and runs for the frame and classifies every cell of the pattern. No passage narrower
// than an aisle runs through a block: where unbookable cells would leave one between booths, the
// block is cut by an aisle-wide gap instead.
CellGrid lay_cells(const LocalHall& h, const Frame& f);

// [SECTION] One hall's grid

// A module's place, by its centre in venue coordinates to the cm: how a regenerated grid
// recognises the modules of the previous one.
struct CellKey
{
    long long x, y;
    auto operator<=>(const CellKey&) const = default;
};
CellKey key_of(Vec2 venue_centre);

struct HallGrid
{
    std::vector<Block> blocks;
    HallGridSummary summary;
};

// Best frames by hall shape: halls of one building type are searched once per run.
using FrameCache = std::map<std::string, Frame>;

// The blocks of one hall. `previous` holds the modules of its previous grid (empty: a fresh grid,
// which may reuse a frame of `searched`).
HallGrid grid_hall(const Project& project, HallId hall, const std::set<CellKey>& previous, const GridOptions& options,
                   FrameCache& searched);

} // namespace bp::grid

// The solver's internal problem: a project's blocks, cells and exhibitors flattened into arrays
// that the score and the search index directly. Built once per solve; read-only afterwards.
#pragma once

#include "solver/solver.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace bp::detail
{

// A rectangle of modules in one block (block < 0: unassigned).
struct Place
{
    int32_t block = -1;
    int16_t row = 0, rows = 0, col = 0, cols = 0;
    bool assigned() const { return block >= 0; }
    int modules() const { return rows * cols; }
    friend bool operator==(const Place&, const Place&) = default;
};

struct PBlock
{
    int32_t hall = 0;
    int32_t rows = 1, modules = 0;
    int32_t base = 0;      // index of cell (0,0) in the cell arrays
    double module_area = 9;
    int64_t area_x100 = 900; // module area in hundredths of m², for exact integer sums
    bool open[4] = {}, main[4] = {};
    int32_t dir = 1;       // +1: the serpentine walks this block from column 0, -1 from its end
    int32_t seq = 0;       // position in its hall's serpentine order
    float hx = 1.5f, hy = 1.5f; // half extents of one cell along venue x and y
};

struct Shape
{
    int16_t rows = 1, cols = 1;
};

struct PExhibitor
{
    std::string code;
    double area_m2 = 9;   // requested
    double need_m2 = 9;   // requested, at least 36 for raw space
    bool raw = false;
    int priority = 0;
    int32_t pavilion = -1, sector = -1;
    std::vector<Preference> prefer;
    std::vector<int32_t> prefer_hall; // hall index per preference (Hall kind), -1 otherwise
    std::vector<int32_t> competitors;
    bool locked = false;     // pinned: never moved by the search
    Place lock;              // the pinned booth (unassigned when its number does not exist)
    std::string lock_number;
    Place previous;          // booth held before this solve, for stability
};

struct PPavilion
{
    std::string name;
    std::vector<int32_t> members;
    int32_t region = -1; // index into Problem::masks, or -1 when not planner-placed
    int32_t region_hall = -1;
};

struct PSector
{
    std::string name;
    int32_t zone = -1; // index into Problem::masks, or -1
    int32_t zone_hall = -1;
};

struct Problem
{
    const Project* project = nullptr;
    int32_t halls = 0;
    std::vector<std::string> hall_code;
    std::vector<PBlock> blocks;
    std::vector<std::vector<int32_t>> hall_blocks; // serpentine order per hall
    std::vector<int32_t> block_kinds; // one block of each (rows, modules, module area)

    // Per cell.
    std::vector<int32_t> cell_block;
    std::vector<uint8_t> cell_free;     // bookable: Booth use and not held or blocked by the planner
    std::vector<float> cell_cx, cell_cy; // centre
    std::vector<float> cell_entrance_m; // to the nearest entrance of its hall (1e9 when none)
    std::vector<int32_t> nb_start, nb;   // CSR neighbours: shared wall or facing across an aisle
    std::vector<uint8_t> nb_wall;        // 1 when the neighbour shares a wall
    std::vector<std::vector<uint8_t>> masks; // per cell: inside a pavilion region or sector zone

    std::vector<PExhibitor> ex;
    std::vector<PPavilion> pavilions;
    std::vector<PSector> sectors;

    int32_t cell(int32_t b, int r, int c) const { return blocks[b].base + r * blocks[b].modules + c; }
    int32_t cells() const { return static_cast<int32_t>(cell_block.size()); }
    int32_t hall_of(const Place& p) const { return p.assigned() ? blocks[p.block].hall : -1; }
    double area(const Place& p) const { return p.assigned() ? p.modules() * blocks[p.block].module_area : 0; }

    // Booth shapes that give exhibitor e an area in [need, need + 9) in block b.
    int shapes(int32_t e, int32_t b, Shape out[4]) const;
    // True when a booth of p's rows x cols is one of e's shapes in p's block (swaps across blocks
    // need this: the raw-space rule depends on the block's length).
    bool shape_ok(int32_t e, const Place& p) const
    {
        Shape s[4];
        for (int k = 0, n = shapes(e, p.block, s); k < n; ++k)
            if (s[k].rows == p.rows && s[k].cols == p.cols)
                return true;
        return false;
    }
    // True when e's booth at p would share a wall with one of its competitors in occ.
    bool touches_competitor(int32_t e, const Place& p, const std::vector<int32_t>& occ) const;
    // True when every cell of p is bookable, free in occ (or taken by `self`) and allowed for e.
    bool fits(int32_t e, const Place& p, const std::vector<int32_t>& occ) const;
    // Cell allowed for exhibitor e by its pavilion's region.
    bool allowed(int32_t e, int32_t cell) const
    {
        int32_t pv = ex[e].pavilion;
        return pv < 0 || pavilions[pv].region < 0 || masks[pavilions[pv].region][cell];
    }
    BoothCells to_cells(const Place& p) const;
    Place to_place(const BoothCells& c) const;
    std::string booth_number(const Place& p) const;
};

Problem build_problem(const Project& project);

// Fewest modules any shape of e needs, and whether some block in the venue could hold e at all.
int min_modules(const Problem& P, int32_t e);

Allocation to_allocation(const Problem& P, const std::vector<Place>& places);
std::vector<Place> to_places(const Problem& P, const Allocation& a);

} // namespace bp::detail

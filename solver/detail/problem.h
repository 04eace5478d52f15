// The solver's own copy of a project: blocks, cells and exhibitors flattened into arrays that the
// score and the search index directly. Built once per solve; read-only afterwards; it holds no
// pointer into the caller's project. By convention a function names it `P`.
#pragma once

#include "solver/solver.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace bp::detail
{

// A booth as the solver sees it: a rectangle of modules in one block (block < 0: unassigned).
struct Place
{
    int32_t block = -1;
    int16_t row = 0, rows = 0, col = 0, cols = 0;
    bool assigned() const { return block >= 0; }
    int modules() const { return rows * cols; }
    friend bool operator==(const Place&, const Place&) = default;
};

// One block of the booth grid: where its cells start in the cell arrays and the facts the score
// asks about every booth in it.
struct GridBlock
{
    int32_t hall = 0;
    int32_t rows = 1, modules = 0;
    int32_t first_cell = 0; // index of cell (0,0) in the cell arrays
    double module_area = 9;
    int64_t module_area_x100 = 900;                  // module area in hundredths of m², for exact integer sums
    bool open_side[4] = {}, main_aisle_side[4] = {}; // same order as Block::open_side
    int32_t serpentine_dir = 1; // +1: its hall's serpentine walks this block from column 0, -1 from its end
    int32_t serpentine_pos = 0; // position in its hall's serpentine order
    float cell_half_x = 1.5f, cell_half_y = 1.5f; // half extents of one cell along venue x and y
};

// Rows x modules of a booth.
struct Shape
{
    int16_t rows = 1, cols = 1;
};

// What one exhibitor asks for, and what pins it.
struct ExhibitorRequest
{
    std::string code;
    double area_m2 = 9; // requested
    double need_m2 = 9; // requested, at least 36 for raw space
    bool raw = false;
    int priority = 0;
    int32_t pavilion = -1, sector = -1;
    std::vector<Preference> prefer;
    std::vector<int32_t> prefer_hall; // hall index per preference (Hall kind), -1 otherwise
    std::vector<int32_t> competitors; // sorted, mutual
    bool locked = false;              // pinned by the planner: never moved by the search
    Place lock;                       // the pinned booth (unassigned when its number does not exist)
    std::string lock_number;
    Place previous;        // booth held before this solve, for stability
    bool fixed = false;    // outside the solve's scope: stays on its previous booth
    bool make_way = false; // stands in a pavilion's region being re-seated: goes back only after it
    bool movable() const { return !locked && !fixed; }
};

struct PavilionGroup
{
    std::string name;
    std::vector<int32_t> members;
    int32_t region = -1; // index into AllocationProblem::masks, or -1 when not planner-placed
    int32_t region_hall = -1;
    double shared_share = 0; // extra area for shared space, 0.3 = 30 %
};

struct SectorGroup
{
    std::string name;
    int32_t zone = -1; // index into AllocationProblem::masks, or -1
    int32_t zone_hall = -1;
};

struct AllocationProblem
{
    int32_t halls = 0;
    std::vector<std::string> hall_code;
    std::vector<uint8_t> hall_open; // per hall: 1 when the solve may place exhibitors there
    std::vector<GridBlock> blocks;
    std::vector<std::vector<int32_t>> hall_blocks; // serpentine order per hall
    std::vector<int32_t> block_kinds;              // one block of each (rows, modules, module area)

    // Per cell.
    std::vector<int32_t> cell_block;
    std::vector<uint8_t> cell_bookable;      // Booth use and not held or blocked by the planner
    std::vector<float> cell_x, cell_y;       // centre
    std::vector<float> cell_entrance_m;      // to the nearest entrance of its hall (1e9 when none)
    std::vector<int32_t> neighbour_start;    // CSR: cell u's neighbours are neighbour[start[u] .. start[u+1])
    std::vector<int32_t> neighbour;          // sharing a wall or facing across an aisle
    std::vector<uint8_t> neighbour_wall;     // 1 when the neighbour shares a wall
    std::vector<uint8_t> neighbour_facing;   // 1 when the two face each other across an aisle
    CompetitorsFacing competitors_facing = CompetitorsFacing::Avoid; // the venue's rule
    double facing_reach_m = 0; // the widest gap between two cells facing across an aisle
    std::vector<std::vector<uint8_t>> masks; // per cell: inside a pavilion region or sector zone

    std::vector<ExhibitorRequest> exhibitors;
    std::vector<PavilionGroup> pavilions;
    std::vector<SectorGroup> sectors;

    // The project's grid and booths as they were when the snapshot was taken: booth numbers, and
    // the planner's holds and sales that the edit writing a plan back keeps.
    std::vector<Block> grid;
    std::vector<Booth> booths_before;

    int32_t cell(int32_t b, int r, int c) const { return blocks[b].first_cell + r * blocks[b].modules + c; }
    int32_t cells() const { return static_cast<int32_t>(cell_block.size()); }
    int32_t exhibitor_count() const { return static_cast<int32_t>(exhibitors.size()); }
    int32_t hall_of(const Place& p) const { return p.assigned() ? blocks[p.block].hall : -1; }
    double area(const Place& p) const { return p.assigned() ? p.modules() * blocks[p.block].module_area : 0; }
    // The one-module place of cell u.
    Place cell_place(int32_t u) const
    {
        const int32_t b = cell_block[u], local = u - blocks[b].first_cell;
        return {b, int16_t(local / blocks[b].modules), 1, int16_t(local % blocks[b].modules), 1};
    }

    // Booth shapes that give exhibitor e an area in [need, need + 9) in block b.
    int shapes(int32_t e, int32_t b, Shape out[4]) const;
    // Calls visit(place) for every place in block b of one of e's shapes, whether free or not.
    template <class Visit> void for_each_shape_place(int32_t e, int32_t b, Visit visit) const
    {
        Shape s[4];
        for (int k = 0, n = shapes(e, b, s); k < n; ++k)
            for (int r = 0; r + s[k].rows <= blocks[b].rows; ++r)
                for (int c = 0; c + s[k].cols <= blocks[b].modules; ++c)
                    visit(Place{b, int16_t(r), s[k].rows, int16_t(c), s[k].cols});
    }
    // True when a booth of p's rows x cols is one of e's shapes in p's block (swaps across blocks
    // need this: the raw-space rule depends on the block's length).
    bool shape_ok(int32_t e, const Place& p) const;
    // True when e's booth at p would share a wall with one of its competitors in `occupant`, or
    // face one across an aisle where the venue forbids it.
    bool touches_competitor(int32_t e, const Place& p, const std::vector<int32_t>& occupant) const;
    // True when every cell of p is bookable, free in `occupant` (or taken by e) and allowed for e.
    bool fits(int32_t e, const Place& p, const std::vector<int32_t>& occupant) const;
    // Cell allowed for exhibitor e by its pavilion's region.
    bool allowed(int32_t e, int32_t cell) const
    {
        int32_t pv = exhibitors[e].pavilion;
        return pv < 0 || pavilions[pv].region < 0 || masks[pavilions[pv].region][cell];
    }
    BoothCells to_cells(const Place& p) const;
    Place to_place(const BoothCells& c) const;
    std::string booth_number(const Place& p) const;
    std::string module_number(int32_t cell) const;
};

// The problem of a whole project, every exhibitor free to move.
AllocationProblem build_problem(const Project& project);

// Fewest modules any shape of e needs, and whether some block in the venue could hold e at all.
int min_modules(const AllocationProblem& P, int32_t e);

Allocation to_allocation(const AllocationProblem& P, const std::vector<Place>& places);
std::vector<Place> to_places(const AllocationProblem& P, const Allocation& a);

// Steps of build_problem (problem.cpp, neighbours.cpp).
void order_serpentine(const Project& project, AllocationProblem& P);
void find_neighbours(const Project& project, AllocationProblem& P);

} // namespace bp::detail

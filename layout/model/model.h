// The planner's model: a venue of halls, the booth grid generated in them, exhibitors,
// pavilions and sectors. Plain data addressed by typed ids; no GL, no UI.
//
// User-edited data (venue, exhibitors, pavilions, sectors, locks) is kept apart from derived
// data (blocks and booths from the grid generator, allocations from the solver).
#pragma once

#include "hall_rules.h"
#include "ids.h"
#include "layout/geometry/geometry.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bp
{

// [SECTION] Venue -----------------------------------------------------------------------------

enum class DoorKind : uint8_t
{
    Exit,
    Entrance,
    Freight
};

struct Door
{
    DoorKind kind = DoorKind::Exit;
    Segment span; // on the hall outline or on a blocked zone's boundary
    friend bool operator==(const Door&, const Door&) = default;
};

struct Hall
{
    std::string code; // planner's hall id, e.g. "9.1"
    std::string name;
    int level = 1;
    double height_m = 10;
    Polygon outline; // counter-clockwise
    std::vector<Polygon> columns;
    std::vector<Polygon> blocked; // stair cores, escape corridors, fixed installations
    std::vector<Door> doors;
    HallRuleOverrides rules;
    friend bool operator==(const Hall&, const Hall&) = default;
};

struct Venue
{
    std::string name;
    HallRules rules;
    std::vector<Hall> halls; // HallId indexes this
    friend bool operator==(const Venue&, const Venue&) = default;
};

// [SECTION] Booth grid (derived from the venue by the grid generator) ---------------------------

// What one module cell of a block is used for.
enum class CellUse : uint8_t
{
    Booth,          // bookable module
    Column,         // a column stands on it
    Blocked,        // over a blocked zone
    DoorClearance,  // inside a door's clear zone
    EscapeDistance, // too far from every exit
};

// A straight run of module cells, one or two rows deep, bounded by aisles. Cell (row, col) spans
// origin + along*[col, col+1]*module_m + across*[row, row+1]*row_depth_m.
struct Block
{
    HallId hall;
    Vec2 origin;                      // venue coordinates of cell (0,0)'s corner
    Vec2 along{1, 0};                 // unit vector along the rows
    Vec2 across{0, 1};                // unit vector across the rows (along rotated +90°)
    double module_m = 3;              // cell length along
    double row_depth_m = 3;           // cell depth across
    int rows = 2;                     // 1 (against a wall) or 2 (back to back)
    int modules = 0;                  // cells per row
    std::vector<CellUse> cells;       // rows * modules, row-major
    std::vector<std::string> numbers; // booth number per cell, e.g. "2.1C07"
    // Which block sides face an aisle: [0] row 0's outer side (-across), [1] the last row's
    // outer side (+across), [2] the start end (-along), [3] the far end (+along).
    bool open_side[4] = {true, true, true, true};
    // Sides facing a main aisle, same order.
    bool main_aisle_side[4] = {false, false, false, false};

    // Where a cell is in `cells` and `numbers` (row-major), counted in size_t so that no int overflows.
    size_t index(int row, int col) const
    {
        return static_cast<size_t>(row) * static_cast<size_t>(modules) + static_cast<size_t>(col);
    }
    size_t cell_count() const { return static_cast<size_t>(rows) * static_cast<size_t>(modules); }
    CellUse cell(int row, int col) const { return cells[index(row, col)]; }
    const std::string& number(int row, int col) const { return numbers[index(row, col)]; }
    friend bool operator==(const Block&, const Block&) = default;
};

enum class BoothType : uint8_t
{
    Inline,
    Corner,
    Peninsula,
    Island
};

enum class BoothStatus : uint8_t
{
    Available,
    Held,
    Reserved,
    Sold,
    Blocked
};

// A rectangle of adjacent modules inside one block: a booth as sold.
struct BoothCells
{
    BlockId block;
    int row = 0, rows = 1; // first row and row count
    int col = 0, cols = 1; // first module and module count
    friend bool operator==(const BoothCells&, const BoothCells&) = default;
};

struct Booth
{
    std::string number; // first module's number, with a range suffix when merged: "10.3E15-16"
    HallId hall;
    BoothCells cells;
    BoothStatus status = BoothStatus::Available;
    ExhibitorId exhibitor; // none when free
    friend bool operator==(const Booth&, const Booth&) = default;
};

// [SECTION] Exhibitors, pavilions, sectors ---------------------------------------------------------

enum class BoothKind : uint8_t
{
    Shell, // standard shell scheme of 3 m x 3 m modules
    Raw    // raw space, >= 36 m², self-built
};

enum class PreferenceKind : uint8_t
{
    Corner,
    Island,
    MainAisle,
    Entrance,
    Hall
};

struct Preference
{
    PreferenceKind kind = PreferenceKind::Corner;
    std::string hall; // for PreferenceKind::Hall: the hall code
    friend bool operator==(const Preference&, const Preference&) = default;
};

struct Exhibitor
{
    std::string code; // the exhibitor id of the sales list, unique
    std::string name;
    std::string name_local;
    std::string country; // ISO 3166-1 alpha-2
    std::string region;  // province or state, may be empty
    SectorId sector;
    double area_m2 = 9;
    BoothKind booth_kind = BoothKind::Shell;
    PavilionId pavilion;
    std::vector<Preference> prefer;
    std::vector<ExhibitorId> competitors;
    int priority = 0;
    std::string locked_booth; // booth number this exhibitor is pinned to, or empty
    friend bool operator==(const Exhibitor&, const Exhibitor&) = default;
};

// A region a planner drew in one hall.
struct Region
{
    HallId hall;
    Polygon polygon;
    friend bool operator==(const Region&, const Region&) = default;
};

struct Pavilion
{
    std::string name;
    std::string country;           // ISO code for a country pavilion; empty for a delegation
    std::string region;            // province for a domestic delegation
    uint32_t colour = 0x808080;    // 0xRRGGBB
    double shared_space_share = 0; // extra area reserved for shared space, 0.3 = 30 %
    std::optional<Region> placed;  // planner-placed region its members must stay inside
    friend bool operator==(const Pavilion&, const Pavilion&) = default;
};

struct Sector
{
    std::string name;
    uint32_t colour = 0x808080;
    std::optional<Region> zone;
    friend bool operator==(const Sector&, const Sector&) = default;
};

// [SECTION] Project ---------------------------------------------------------------------------

struct Project
{
    Venue venue;
    std::vector<Sector> sectors;
    std::vector<Pavilion> pavilions;
    std::vector<Exhibitor> exhibitors;
    std::vector<Block> blocks; // derived by the grid generator
    std::vector<Booth> booths; // the current partition of Booth cells into booths

    const Hall& hall(HallId id) const { return venue.halls[id.index()]; }
    Hall& hall(HallId id) { return venue.halls[id.index()]; }
    const Block& block(BlockId id) const { return blocks[id.index()]; }
    const Booth& booth(BoothId id) const { return booths[id.index()]; }
    Booth& booth(BoothId id) { return booths[id.index()]; }
    const Exhibitor& exhibitor(ExhibitorId id) const { return exhibitors[id.index()]; }
    Exhibitor& exhibitor(ExhibitorId id) { return exhibitors[id.index()]; }
    const Pavilion& pavilion(PavilionId id) const { return pavilions[id.index()]; }
    const Sector& sector(SectorId id) const { return sectors[id.index()]; }

    HallRules rules(HallId id) const { return apply(venue.rules, hall(id).rules); }

    std::optional<HallId> find_hall(const std::string& code) const;
    std::optional<ExhibitorId> find_exhibitor(const std::string& code) const;
    std::optional<PavilionId> find_pavilion(const std::string& name) const;
    std::optional<SectorId> find_sector(const std::string& name) const;
    std::optional<BoothId> find_booth(const std::string& number) const;

    // Members of a pavilion, in exhibitor order.
    std::vector<ExhibitorId> members(PavilionId pavilion) const;
    friend bool operator==(const Project&, const Project&) = default;
};

// [SECTION] Derived booth facts -------------------------------------------------------------

// Every module of a block, as booth cells (of no block id).
inline BoothCells whole_block(const Block& block)
{
    return {BlockId(), 0, block.rows, 0, block.modules};
}

// Calls f(row, col) for every module of the cells, row by row: the one walk over cells.
template <class F> void for_each_module(const BoothCells& cells, F&& f)
{
    for (int r = cells.row; r < cells.row + cells.rows; ++r)
        for (int c = cells.col; c < cells.col + cells.cols; ++c)
            f(r, c);
}

// Corners of a booth in venue coordinates, counter-clockwise.
Polygon footprint(const Block& block, const BoothCells& cells);
// One module's corners and centre in venue coordinates.
Polygon module_footprint(const Block& block, int row, int col);
Vec2 module_centre(const Block& block, int row, int col);
double booth_area(const Block& block, const BoothCells& cells);
// Sides of the booth facing an aisle: 1 inline, 2 corner, 3 peninsula, 4 island.
int open_sides(const Block& block, const BoothCells& cells);
BoothType booth_type(const Block& block, const BoothCells& cells);
// "2.1C07" for one module, "2.1C07-08" for a run along a row.
std::string booth_number(const Block& block, const BoothCells& cells);

// [SECTION] Names of enumerations as written in files ---------------------------------------------

const char* to_string(DoorKind k);
const char* to_string(CellUse u);
const char* to_string(BoothType t);
const char* to_string(BoothStatus s);
const char* to_string(BoothKind k);
std::string to_string(const Preference& p);
std::optional<DoorKind> parse_door_kind(const std::string& s);
std::optional<CellUse> parse_cell_use(const std::string& s);
std::optional<BoothStatus> parse_booth_status(const std::string& s);
std::optional<BoothKind> parse_booth_kind(const std::string& s);
std::optional<Preference> parse_preference(const std::string& s);

} // namespace bp

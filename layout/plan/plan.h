// The plan description: what every drawing of a plan shows — the booth maps (PDF, SVG, PNG), the
// screen's plan and 3D views — computed once from the project: shapes, colours from the colour key,
// labels, booth types, stand heights, legends and fill statistics. No GL, no Cairo.
#pragma once

#include "layout/edit/edit.h"
#include "layout/model/model.h"
#include "layout/plan/colour_key.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bp
{

// [SECTION] Looks of the things drawn -------------------------------------------------------------

// Where a booth's text goes, in venue metres: a rectangle turned so the text reads left to right
// (or upwards along a tall, narrow booth), as on drawings.
struct LabelFrame
{
    Vec2 centre;
    double w = 0, h = 0; // along the text and across it
    double angle = 0;    // radians counter-clockwise from east, within (-pi/2, pi/2]
};

// Shell scheme and raw-space heights (DESIGN §3).
inline constexpr double kShellWall_m = 2.5;
inline constexpr double kFascia_m = 0.3;       // the band at the top of an open side carrying name and number
inline constexpr double kRawStand_m = 5.0;     // self-built stands at most
inline constexpr double kRawStandWall_m = 4.5; // ... next to a perimeter aisle

struct BoothLook
{
    BoothId id;
    HallId hall;
    Polygon footprint;   // four corners, counter-clockwise: start/row 0, end/row 0, end/last row, start/last row
    Vec2 along, across;  // the block's directions
    double length_m = 0; // along the row
    double depth_m = 0;  // across it
    double area_m2 = 0;
    BoothType type = BoothType::Inline;
    bool open[4] = {}; // sides facing an aisle, in Block::open_side order (-across, +across, -along, +along)
    bool edge[4] = {}; // sides on the block's boundary (the others face a neighbouring booth)
    bool raw = false;  // raw space: a self-built stand instead of shell walls
    double height_m = kShellWall_m;     // wall or stand height
    uint32_t colour = ColourKey::kFree; // 0xRRGGBB from the current colour key
    uint32_t ink = 0x111111;            // text on the fill: black or white
    std::string category;               // the current key's category (legend label)
    struct Keyed
    {
        std::string category;
        uint32_t colour = ColourKey::kFree;
    };
    Keyed by_key[4]; // under every key, indexed by ColourBy, so switching keys needs no project
    std::string number;
    std::string name;       // exhibitor's name without "Co., Ltd." and the like; empty when free
    std::string full_name;  // the exhibitor's whole name (indexes)
    std::string name_local; // empty when free or the same as the name
    ExhibitorId exhibitor;
    std::string country; // the exhibitor's, empty when free
    PavilionId pavilion;
    SectorId sector;
    BoothStatus status = BoothStatus::Available;
    LabelFrame label;

    // Side k of the footprint (0-3, in `open`'s order), and the direction it faces outward.
    Segment side(int k) const;
    Vec2 outward(int k) const;
};

struct DoorLook
{
    DoorKind kind = DoorKind::Exit;
    Segment span;
    uint32_t colour = 0;
    const char* label = ""; // "EXIT", "ENTRANCE", "FREIGHT"
    Vec2 inward;            // unit normal into the walkable floor
    Polygon clearance;      // the zone kept clear in front of it
};

struct HallLook
{
    HallId id;
    std::string code;
    std::string title;    // "Hall 9.1" or its name, with the code when the name lacks it
    std::string subtitle; // " · level 1 · 126 m × 84 m"
    int level = 1;
    double height_m = 10;
    Box box; // of the outline
    Polygon outline;
    std::vector<Polygon> columns;
    std::vector<Polygon> blocked;
    std::vector<DoorLook> doors;
    std::vector<BoothId> booths; // in booth order
    BoothFill fill;
};

// A planner-drawn region: a pavilion's placed region or a sector's zone.
struct RegionLook
{
    enum class Kind : uint8_t
    {
        Pavilion,
        Sector
    };
    Kind kind = Kind::Pavilion;
    int32_t index = -1; // PavilionId or SectorId value
    HallId hall;
    Polygon polygon;
    uint32_t colour = 0;
    std::string label;
};

// One line of a hall's alphabetical exhibitor index.
struct IndexEntry
{
    std::string name, name_local, booth;
};

// Where a pavilion stands: the halls (by code) holding its booths.
struct PavilionPlace
{
    PavilionId id;
    std::string name;
    uint32_t colour = 0;
    std::vector<std::string> halls; // sorted codes
    int booths = 0;
};

// What update() changed in the description.
struct PlanChange
{
    bool all = false;            // rebuilt from scratch: every id may mean something else now
    std::vector<HallId> halls;   // halls whose drawing (outline, columns, blocked zones, doors, booth set) changed
    std::vector<BoothId> booths; // booths whose look changed (colour, labels, status)
    bool regions = false;        // pavilion regions or sector zones changed
    bool empty() const { return !all && halls.empty() && booths.empty() && !regions; }
};

// [SECTION] The description -----------------------------------------------------------------------

class PlanDescription
{
public:
    PlanDescription(const Project& project, ColourBy by);

    // Brings the description up to date after an edit, touching only what the change set names
    // (a full rebuild after a venue change or a new booth partition).
    PlanChange update(const Project& project, const ChangeSet& changed);
    // Recolours every booth by another key.
    PlanChange set_colour_by(ColourBy by);

    ColourBy colour_by() const { return by_; }
    const char* key_title() const { return bp::key_title(by_); } // "Pavilions", ...
    const std::string& venue_name() const { return venue_name_; }
    size_t exhibitor_count() const { return exhibitors_; }

    const std::vector<HallLook>& halls() const { return halls_; }
    const HallLook& hall(HallId id) const { return halls_[id.index()]; }
    const std::vector<BoothLook>& booths() const { return booths_; }
    const BoothLook& booth(BoothId id) const { return booths_[id.index()]; }
    const std::vector<RegionLook>& regions() const { return regions_; }

    // Categories of the given booths, most booths first, at most `max_entries` with the rest folded
    // into "Other"; free booths last (as ColourKey::legend).
    std::vector<LegendEntry> legend(const std::vector<BoothId>& booths, size_t max_entries) const;
    std::vector<LegendEntry> venue_legend(size_t max_entries) const;
    BoothFill venue_fill() const;
    // A hall's exhibitors by name (case-insensitive), with their booth numbers.
    std::vector<IndexEntry> exhibitor_index(HallId hall) const;
    // Pavilions holding booths, by name.
    std::vector<PavilionPlace> pavilion_directory() const;
    // Halls grouped by level, lowest level first.
    std::map<int, std::vector<HallId>> halls_by_level() const;
    // Box of every hall outline.
    Box venue_box() const;

private:
    ColourBy by_;
    std::string venue_name_;
    size_t exhibitors_ = 0;
    std::vector<HallLook> halls_;
    std::vector<BoothLook> booths_;
    std::vector<std::vector<BoothId>> booths_of_; // by exhibitor index, as the looks show them
    std::vector<RegionLook> regions_;
    std::vector<std::string> pavilion_names_;
    std::vector<uint32_t> pavilion_colours_;
    std::map<std::string, int> country_booths_;       // let booths per country, kept up to date
    std::map<std::string, uint32_t> country_colours_; // the country key's ranking of them

    void rebuild(const Project& project);
    void build_regions(const Project& project);
    struct Keys;
    bool restyle_booth(const Project& project, const Keys& keys, BoothId id); // true when the look changed
    bool apply_key(BoothLook& look) const;                                    // true when the colour changed
};

// [SECTION] Helpers shared by every drawing ------------------------------------------------------

// "Shenzhen Huali Electronics Co., Ltd." -> "Shenzhen Huali Electronics": what fits on a fascia.
std::string short_name(const std::string& name);

// Where the text of a booth goes (see LabelFrame).
LabelFrame label_frame(const Block& block, const BoothCells& cells);

// Height of a booth's walls or stand: shell walls 2.5 m; raw space 5 m, 4.5 m on the hall's
// perimeter (within a perimeter aisle and the service gap of the wall).
double stand_height(const Project& project, const Booth& booth);

// The label of a door kind on maps: "EXIT", "ENTRANCE", "FREIGHT".
const char* door_label(DoorKind kind);

} // namespace bp

// Model lookups, derived booth facts and the names of enumerations as written in files.
#include "model.h"

#include <cstdio>

namespace bp
{

bool HallRuleOverrides::empty() const
{
    return !module_m && !block_depth_m && !max_row_m && !main_aisle_m && !aisle_m && !wall_gap_m && !exit_clearance_m &&
           !max_exit_distance_m;
}

HallRules apply(HallRules r, const HallRuleOverrides& o)
{
    if (o.module_m)
        r.module_m = *o.module_m;
    if (o.block_depth_m)
        r.block_depth_m = *o.block_depth_m;
    if (o.max_row_m)
        r.max_row_m = *o.max_row_m;
    if (o.main_aisle_m)
        r.main_aisle_m = *o.main_aisle_m;
    if (o.aisle_m)
        r.aisle_m = *o.aisle_m;
    if (o.wall_gap_m)
        r.wall_gap_m = *o.wall_gap_m;
    if (o.exit_clearance_m)
        r.exit_clearance_m = *o.exit_clearance_m;
    if (o.max_exit_distance_m)
        r.max_exit_distance_m = *o.max_exit_distance_m;
    return r;
}

// [SECTION] Project lookups

template <class IdT, class Vec, class Key> static std::optional<IdT> find_by(const Vec& items, Key key)
{
    for (size_t i = 0; i < items.size(); ++i)
        if (key(items[i]))
            return IdT(static_cast<int32_t>(i));
    return std::nullopt;
}

std::optional<HallId> Project::find_hall(const std::string& code) const
{
    return find_by<HallId>(venue.halls, [&](const Hall& h) { return h.code == code; });
}

std::optional<ExhibitorId> Project::find_exhibitor(const std::string& code) const
{
    return find_by<ExhibitorId>(exhibitors, [&](const Exhibitor& e) { return e.code == code; });
}

std::optional<PavilionId> Project::find_pavilion(const std::string& name) const
{
    return find_by<PavilionId>(pavilions, [&](const Pavilion& p) { return p.name == name; });
}

std::optional<SectorId> Project::find_sector(const std::string& name) const
{
    return find_by<SectorId>(sectors, [&](const Sector& s) { return s.name == name; });
}

std::optional<BoothId> Project::find_booth(const std::string& number) const
{
    return find_by<BoothId>(booths, [&](const Booth& b) { return b.number == number; });
}

std::vector<ExhibitorId> Project::members(PavilionId pavilion) const
{
    std::vector<ExhibitorId> out;
    for (size_t i = 0; i < exhibitors.size(); ++i)
        if (exhibitors[i].pavilion == pavilion)
            out.emplace_back(static_cast<int32_t>(i));
    return out;
}

// [SECTION] Derived booth facts

Polygon footprint(const Block& b, const BoothCells& c)
{
    Vec2 a0 = b.along * (c.col * b.module_m), a1 = b.along * ((c.col + c.cols) * b.module_m);
    Vec2 r0 = b.across * (c.row * b.row_depth_m), r1 = b.across * ((c.row + c.rows) * b.row_depth_m);
    // along x across is +1 (across is along rotated +90°), so this order is counter-clockwise.
    return {b.origin + a0 + r0, b.origin + a1 + r0, b.origin + a1 + r1, b.origin + a0 + r1};
}

double booth_area(const Block& b, const BoothCells& c) { return c.cols * b.module_m * c.rows * b.row_depth_m; }

int open_sides(const Block& b, const BoothCells& c)
{
    int n = 0;
    if (c.row == 0 && b.open_side[0])
        ++n;
    if (c.row + c.rows == b.rows && b.open_side[1])
        ++n;
    if (c.col == 0 && b.open_side[2])
        ++n;
    if (c.col + c.cols == b.modules && b.open_side[3])
        ++n;
    return n;
}

BoothType booth_type(const Block& b, const BoothCells& c)
{
    switch (open_sides(b, c))
    {
    case 0:
    case 1:
        return BoothType::Inline;
    case 2:
        return BoothType::Corner;
    case 3:
        return BoothType::Peninsula;
    default:
        return BoothType::Island;
    }
}

std::string booth_number(const Block& b, const BoothCells& c)
{
    const std::string& first = b.number(c.row, c.col);
    if (c.cols == 1 && c.rows == 1)
        return first;
    // The range suffix names the last module's two digits along the first row.
    const std::string& last = b.number(c.row, c.col + c.cols - 1);
    if (c.cols == 1)
        return first + "-" + b.number(c.row + c.rows - 1, c.col);
    std::string tail = last.size() >= 2 ? last.substr(last.size() - 2) : last;
    return first + "-" + tail;
}

// [SECTION] Names

const char* to_string(DoorKind k)
{
    switch (k)
    {
    case DoorKind::Exit:
        return "exit";
    case DoorKind::Entrance:
        return "entrance";
    case DoorKind::Freight:
        return "freight";
    }
    return "?";
}

const char* to_string(CellUse u)
{
    switch (u)
    {
    case CellUse::Booth:
        return "booth";
    case CellUse::Column:
        return "column";
    case CellUse::Blocked:
        return "blocked";
    case CellUse::DoorClearance:
        return "door_clearance";
    case CellUse::EscapeDistance:
        return "escape_distance";
    }
    return "?";
}

const char* to_string(BoothType t)
{
    switch (t)
    {
    case BoothType::Inline:
        return "inline";
    case BoothType::Corner:
        return "corner";
    case BoothType::Peninsula:
        return "peninsula";
    case BoothType::Island:
        return "island";
    }
    return "?";
}

const char* to_string(BoothStatus s)
{
    switch (s)
    {
    case BoothStatus::Available:
        return "available";
    case BoothStatus::Held:
        return "held";
    case BoothStatus::Reserved:
        return "reserved";
    case BoothStatus::Sold:
        return "sold";
    case BoothStatus::Blocked:
        return "blocked";
    }
    return "?";
}

const char* to_string(BoothKind k) { return k == BoothKind::Raw ? "raw" : "shell"; }

std::string to_string(const Preference& p)
{
    switch (p.kind)
    {
    case PreferenceKind::Corner:
        return "corner";
    case PreferenceKind::Island:
        return "island";
    case PreferenceKind::MainAisle:
        return "main_aisle";
    case PreferenceKind::Entrance:
        return "entrance";
    case PreferenceKind::Hall:
        return "hall:" + p.hall;
    }
    return "?";
}

std::optional<DoorKind> parse_door_kind(const std::string& s)
{
    for (DoorKind k : {DoorKind::Exit, DoorKind::Entrance, DoorKind::Freight})
        if (s == to_string(k))
            return k;
    return std::nullopt;
}

std::optional<CellUse> parse_cell_use(const std::string& s)
{
    for (CellUse u : {CellUse::Booth, CellUse::Column, CellUse::Blocked, CellUse::DoorClearance, CellUse::EscapeDistance})
        if (s == to_string(u))
            return u;
    return std::nullopt;
}

std::optional<BoothStatus> parse_booth_status(const std::string& s)
{
    for (BoothStatus v :
         {BoothStatus::Available, BoothStatus::Held, BoothStatus::Reserved, BoothStatus::Sold, BoothStatus::Blocked})
        if (s == to_string(v))
            return v;
    return std::nullopt;
}

std::optional<BoothKind> parse_booth_kind(const std::string& s)
{
    if (s == "shell")
        return BoothKind::Shell;
    if (s == "raw")
        return BoothKind::Raw;
    return std::nullopt;
}

std::optional<Preference> parse_preference(const std::string& s)
{
    if (s == "corner")
        return Preference{PreferenceKind::Corner, {}};
    if (s == "island")
        return Preference{PreferenceKind::Island, {}};
    if (s == "main_aisle")
        return Preference{PreferenceKind::MainAisle, {}};
    if (s == "entrance")
        return Preference{PreferenceKind::Entrance, {}};
    if (s.rfind("hall:", 0) == 0 && s.size() > 5)
        return Preference{PreferenceKind::Hall, s.substr(5)};
    return std::nullopt;
}

} // namespace bp

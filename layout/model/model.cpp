// Model lookups, derived booth facts and the names of enumerations as written in files.
#include "model.h"

#include "names.h"

#include <cstdio>

namespace bp
{

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

Polygon module_footprint(const Block& b, int row, int col)
{
    return footprint(b, {BlockId(), row, 1, col, 1});
}

Vec2 module_centre(const Block& b, int row, int col)
{
    return b.origin + b.along * ((col + 0.5) * b.module_m) + b.across * ((row + 0.5) * b.row_depth_m);
}

double booth_area(const Block& b, const BoothCells& c)
{
    return c.cols * b.module_m * c.rows * b.row_depth_m;
}

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

namespace
{

constexpr EnumName<DoorKind> kDoorKinds[] = {
    {DoorKind::Exit, "exit"}, {DoorKind::Entrance, "entrance"}, {DoorKind::Freight, "freight"}};
constexpr EnumName<CellUse> kCellUses[] = {{CellUse::Booth, "booth"},
                                           {CellUse::Column, "column"},
                                           {CellUse::Blocked, "blocked"},
                                           {CellUse::DoorClearance, "door_clearance"},
                                           {CellUse::EscapeDistance, "escape_distance"}};
constexpr EnumName<BoothType> kBoothTypes[] = {{BoothType::Inline, "inline"},
                                               {BoothType::Corner, "corner"},
                                               {BoothType::Peninsula, "peninsula"},
                                               {BoothType::Island, "island"}};
constexpr EnumName<BoothStatus> kBoothStatuses[] = {{BoothStatus::Available, "available"},
                                                    {BoothStatus::Held, "held"},
                                                    {BoothStatus::Reserved, "reserved"},
                                                    {BoothStatus::Sold, "sold"},
                                                    {BoothStatus::Blocked, "blocked"}};
constexpr EnumName<BoothKind> kBoothKinds[] = {{BoothKind::Shell, "shell"}, {BoothKind::Raw, "raw"}};
// A preference for a hall is written "hall:CODE"; the others by name alone.
constexpr EnumName<PreferenceKind> kPreferenceKinds[] = {{PreferenceKind::Corner, "corner"},
                                                         {PreferenceKind::Island, "island"},
                                                         {PreferenceKind::MainAisle, "main_aisle"},
                                                         {PreferenceKind::Entrance, "entrance"},
                                                         {PreferenceKind::Hall, "hall"}};
constexpr std::string_view kHallPrefix = "hall:";

} // namespace

const char* to_string(DoorKind k)
{
    return name_in(kDoorKinds, k);
}
const char* to_string(CellUse u)
{
    return name_in(kCellUses, u);
}
const char* to_string(BoothType t)
{
    return name_in(kBoothTypes, t);
}
const char* to_string(BoothStatus s)
{
    return name_in(kBoothStatuses, s);
}
const char* to_string(BoothKind k)
{
    return name_in(kBoothKinds, k);
}

std::string to_string(const Preference& p)
{
    if (p.kind == PreferenceKind::Hall)
        return std::string(kHallPrefix) + p.hall;
    return name_in(kPreferenceKinds, p.kind);
}

std::optional<DoorKind> parse_door_kind(const std::string& s)
{
    return value_in(kDoorKinds, s);
}
std::optional<CellUse> parse_cell_use(const std::string& s)
{
    return value_in(kCellUses, s);
}
std::optional<BoothStatus> parse_booth_status(const std::string& s)
{
    return value_in(kBoothStatuses, s);
}
std::optional<BoothKind> parse_booth_kind(const std::string& s)
{
    return value_in(kBoothKinds, s);
}

std::optional<Preference> parse_preference(const std::string& s)
{
    if (s.rfind(kHallPrefix, 0) == 0)
    {
        if (s.size() == kHallPrefix.size())
            return std::nullopt;
        return Preference{PreferenceKind::Hall, s.substr(kHallPrefix.size())};
    }
    std::optional<PreferenceKind> k = value_in(kPreferenceKinds, s);
    if (!k || *k == PreferenceKind::Hall)
        return std::nullopt;
    return Preference{*k, {}};
}

} // namespace bp

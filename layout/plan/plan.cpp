// The plan description built from a project and kept up to date from edits' change sets.
#include "plan.h"

#include "layout/rules/hall_zones.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace bp
{

namespace
{
constexpr double kPi = 3.14159265358979323846;

std::string hall_title(const Hall& hall)
{
    std::string title = hall.name.empty() ? "Hall " + hall.code : hall.name;
    if (!hall.name.empty() && hall.name.find(hall.code) == std::string::npos)
        title += " (" + hall.code + ")";
    return title;
}

bool same_drawing(const HallLook& look, const Hall& hall)
{
    if (look.outline != hall.outline || look.columns != hall.columns || look.blocked != hall.blocked ||
        look.doors.size() != hall.doors.size() || look.height_m != hall.height_m || look.level != hall.level ||
        look.code != hall.code || look.title != hall_title(hall))
        return false;
    for (size_t i = 0; i < hall.doors.size(); ++i)
        if (look.doors[i].kind != hall.doors[i].kind || !(look.doors[i].span.a == hall.doors[i].span.a) ||
            !(look.doors[i].span.b == hall.doors[i].span.b))
            return false;
    return true;
}

HallLook hall_look(const Project& project, HallId id)
{
    const Hall& hall = project.hall(id);
    HallLook h;
    h.id = id;
    h.code = hall.code;
    h.title = hall_title(hall);
    h.level = hall.level;
    h.height_m = hall.height_m;
    h.box = bounds(hall.outline);
    char sub[160];
    std::snprintf(sub, sizeof sub, " \u00b7 level %d \u00b7 %.0f m \u00d7 %.0f m", hall.level, h.box.width(),
                  h.box.height());
    h.subtitle = sub;
    h.outline = hall.outline;
    h.columns = hall.columns;
    h.blocked = hall.blocked;
    double clearance = project.rules(id).exit_clearance_m;
    for (const Door& d : hall.doors)
    {
        DoorLook door;
        door.kind = d.kind;
        door.span = d.span;
        door.colour = door_colour(d.kind);
        door.label = door_label(d.kind);
        door.inward = door_inward_normal(hall, d);
        door.clearance = door_clearance(hall, d, clearance);
        h.doors.push_back(std::move(door));
    }
    return h;
}

} // namespace

Segment BoothLook::side(int k) const
{
    const Polygon& p = footprint;
    const Segment sides[4] = {{p[0], p[1]}, {p[2], p[3]}, {p[3], p[0]}, {p[1], p[2]}};
    return sides[k];
}

Vec2 BoothLook::outward(int k) const
{
    return k == 0 ? across * -1.0 : k == 1 ? across : k == 2 ? along * -1.0 : along;
}

// [SECTION] Helpers ------------------------------------------------------------------------------

std::string short_name(const std::string& name)
{
    static const std::array<const char*, 16> kSuffixes = {
        " co., ltd.", " co., ltd", " co.,ltd.", " co.,ltd", " co. ltd.", " co ltd",      " company limited", " limited",
        " ltd.",      " ltd",      " inc.",     " llc",     " gmbh",     " corporation", " corp.",           " s.p.a."};
    std::string s = name;
    bool changed = true;
    while (changed)
    {
        changed = false;
        std::string lower = s;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        for (const char* suf : kSuffixes)
        {
            std::string sf = suf;
            if (lower.size() > sf.size() + 2 && lower.compare(lower.size() - sf.size(), sf.size(), sf) == 0)
            {
                s.resize(s.size() - sf.size());
                while (!s.empty() && (s.back() == ',' || s.back() == ' '))
                    s.pop_back();
                changed = true;
                break;
            }
        }
    }
    return s.empty() ? name : s;
}

LabelFrame label_frame(const Block& block, const BoothCells& cells)
{
    Polygon fp = footprint(block, cells);
    LabelFrame f;
    for (Vec2 p : fp)
        f.centre = f.centre + p * 0.25;
    double w_along = cells.cols * block.module_m, w_across = cells.rows * block.row_depth_m;
    Vec2 dir = block.along;
    f.w = w_along;
    f.h = w_across;
    // The more nearly horizontal of the two directions carries the text.
    if (std::fabs(block.across.x) > std::fabs(block.along.x) + 1e-9)
    {
        dir = block.across;
        f.w = w_across;
        f.h = w_along;
    }
    f.angle = std::atan2(dir.y, dir.x);
    if (f.h > 1.5 * f.w)
    {
        // A tall, narrow booth: the text reads upwards along it.
        f.angle += kPi / 2;
        std::swap(f.w, f.h);
    }
    // Within (-pi/2, pi/2]: upright text, vertical text reading upwards (north).
    if (f.angle > kPi / 2 + 1e-9)
        f.angle -= kPi;
    else if (f.angle <= -kPi / 2 + 1e-9)
        f.angle += kPi;
    return f;
}

double stand_height(const Project& project, const Booth& booth)
{
    if (!booth.exhibitor.valid() || project.exhibitor(booth.exhibitor).booth_kind != BoothKind::Raw)
        return kShellWall_m;
    const Hall& hall = project.hall(booth.hall);
    HallRules rules = project.rules(booth.hall);
    Polygon fp = footprint(project.block(booth.cells.block), booth.cells);
    // On the hall's perimeter: a corner or the middle of a side within a perimeter aisle (and the
    // service gap) of the wall.
    double perimeter = std::max(rules.main_aisle_m, rules.aisle_m) + rules.wall_gap_m + 0.5;
    for (size_t i = 0; i < fp.size(); ++i)
        for (Vec2 p : {fp[i], (fp[i] + fp[(i + 1) % fp.size()]) * 0.5})
            if (distance_to_boundary(hall.outline, p) <= perimeter)
                return kRawStandWall_m;
    return kRawStand_m;
}

const char* door_label(DoorKind kind)
{
    switch (kind)
    {
    case DoorKind::Exit:
        return "EXIT";
    case DoorKind::Entrance:
        return "ENTRANCE";
    case DoorKind::Freight:
        return "FREIGHT";
    }
    return "";
}

// [SECTION] Building -----------------------------------------------------------------------------

// The four colour keys of a project, indexed by ColourBy.
struct PlanDescription::Keys
{
    ColourKey pavilion, sector, status, country;
    Keys(const Project& p, const std::map<std::string, uint32_t>& countries)
        : pavilion(p, ColourBy::Pavilion), sector(p, ColourBy::Sector), status(p, ColourBy::Status),
          country(p, ColourBy::Country, countries)
    {
    }
    const ColourKey& operator[](int by) const
    {
        const ColourKey* k[4] = {&pavilion, &sector, &status, &country};
        return *k[by];
    }
};

PlanDescription::PlanDescription(const Project& project, ColourBy by) : by_(by)
{
    rebuild(project);
}

void PlanDescription::rebuild(const Project& project)
{
    venue_name_ = project.venue.name;
    exhibitors_ = project.exhibitors.size();
    halls_.clear();
    for (size_t i = 0; i < project.venue.halls.size(); ++i)
        halls_.push_back(hall_look(project, HallId(static_cast<int32_t>(i))));
    country_booths_ = let_booths_by_country(project);
    country_colours_ = country_palette(country_booths_);
    Keys keys(project, country_colours_);
    booths_.assign(project.booths.size(), BoothLook{});
    booths_of_.assign(project.exhibitors.size(), {});
    for (size_t i = 0; i < project.booths.size(); ++i)
    {
        BoothId id(static_cast<int32_t>(i));
        restyle_booth(project, keys, id);
        if (project.booth(id).hall.valid() && project.booth(id).hall.index() < halls_.size())
            halls_[project.booth(id).hall.index()].booths.push_back(id);
    }
    for (HallLook& h : halls_)
    {
        std::vector<const Booth*> booths;
        for (BoothId b : h.booths)
            booths.push_back(&project.booth(b));
        h.fill = hall_fill(project, booths);
    }
    build_regions(project);
}

void PlanDescription::build_regions(const Project& project)
{
    regions_.clear();
    pavilion_names_.clear();
    pavilion_colours_.clear();
    for (size_t i = 0; i < project.pavilions.size(); ++i)
    {
        const Pavilion& p = project.pavilions[i];
        pavilion_names_.push_back(p.name);
        pavilion_colours_.push_back(p.colour);
        if (p.placed && p.placed->hall.valid() && p.placed->hall.index() < halls_.size())
            regions_.push_back({RegionLook::Kind::Pavilion, static_cast<int32_t>(i), p.placed->hall, p.placed->polygon,
                                p.colour, p.name});
    }
    for (size_t i = 0; i < project.sectors.size(); ++i)
    {
        const Sector& s = project.sectors[i];
        if (s.zone && s.zone->hall.valid() && s.zone->hall.index() < halls_.size())
            regions_.push_back(
                {RegionLook::Kind::Sector, static_cast<int32_t>(i), s.zone->hall, s.zone->polygon, s.colour, s.name});
    }
}

bool PlanDescription::apply_key(BoothLook& look) const
{
    const BoothLook::Keyed& k = look.by_key[static_cast<int>(by_)];
    bool changed = look.colour != k.colour || look.category != k.category;
    look.colour = k.colour;
    look.category = k.category;
    look.ink = is_dark(look.colour) ? 0xFFFFFF : 0x111111;
    return changed;
}

bool PlanDescription::restyle_booth(const Project& project, const Keys& keys, BoothId id)
{
    const Booth& b = project.booth(id);
    const Block& block = project.block(b.cells.block);
    BoothLook look;
    look.id = id;
    look.hall = b.hall;
    look.footprint = footprint(block, b.cells);
    look.along = block.along;
    look.across = block.across;
    look.length_m = b.cells.cols * block.module_m;
    look.depth_m = b.cells.rows * block.row_depth_m;
    look.area_m2 = booth_area(block, b.cells);
    look.type = booth_type(block, b.cells);
    const BoothCells& c = b.cells;
    look.open[0] = c.row == 0 && block.open_side[0];
    look.open[1] = c.row + c.rows == block.rows && block.open_side[1];
    look.open[2] = c.col == 0 && block.open_side[2];
    look.open[3] = c.col + c.cols == block.modules && block.open_side[3];
    look.edge[0] = c.row == 0;
    look.edge[1] = c.row + c.rows == block.rows;
    look.edge[2] = c.col == 0;
    look.edge[3] = c.col + c.cols == block.modules;
    look.height_m = stand_height(project, b);
    look.raw = look.height_m != kShellWall_m;
    for (int k = 0; k < 4; ++k)
        look.by_key[k] = {keys[k].category(b), keys[k].colour(b)};
    apply_key(look);
    look.number = b.number;
    look.status = b.status;
    look.exhibitor = b.exhibitor;
    if (b.exhibitor.valid())
    {
        const Exhibitor& e = project.exhibitor(b.exhibitor);
        look.name = short_name(e.name);
        look.full_name = e.name;
        look.name_local = e.name_local == e.name ? std::string() : e.name_local;
        look.country = e.country;
        look.pavilion = e.pavilion;
        look.sector = e.sector;
    }
    look.label = label_frame(block, b.cells);
    BoothLook& old = booths_[id.index()];
    if (old.exhibitor != look.exhibitor)
    {
        if (old.exhibitor.valid() && old.exhibitor.index() < booths_of_.size())
            std::erase(booths_of_[old.exhibitor.index()], id);
        if (look.exhibitor.valid())
        {
            if (look.exhibitor.index() >= booths_of_.size())
                booths_of_.resize(look.exhibitor.index() + 1);
            booths_of_[look.exhibitor.index()].push_back(id);
        }
    }
    bool same = old.id == look.id && old.colour == look.colour && old.category == look.category &&
                old.number == look.number && old.full_name == look.full_name && old.name_local == look.name_local &&
                old.status == look.status && old.height_m == look.height_m && old.exhibitor == look.exhibitor &&
                old.footprint == look.footprint;
    old = std::move(look);
    return !same;
}

// [SECTION] Updating -----------------------------------------------------------------------------

PlanChange PlanDescription::update(const Project& project, const ChangeSet& changed)
{
    PlanChange out;
    if (changed.venue || changed.booths_renumbered || changed.exhibitor_list ||
        project.booths.size() != booths_.size() || project.venue.halls.size() != halls_.size())
    {
        rebuild(project);
        out.all = true;
        return out;
    }
    std::vector<BoothId> restyle = changed.booths;
    // Booths of changed exhibitors: those the looks show them on (a booth let to another exhibitor
    // is in changed.booths), without a pass over every booth of the venue.
    if (changed.pavilions.empty() && changed.sectors.empty())
        for (ExhibitorId e : changed.exhibitors)
            if (e.valid() && e.index() < booths_of_.size())
                restyle.insert(restyle.end(), booths_of_[e.index()].begin(), booths_of_[e.index()].end());
    if (!changed.pavilions.empty() || !changed.sectors.empty())
        for (const BoothLook& b : booths_)
        {
            const Booth& booth = project.booth(b.id);
            bool touched = std::binary_search(changed.exhibitors.begin(), changed.exhibitors.end(), booth.exhibitor);
            if (!touched && booth.exhibitor.valid())
            {
                const Exhibitor& e = project.exhibitor(booth.exhibitor);
                touched = std::binary_search(changed.pavilions.begin(), changed.pavilions.end(), e.pavilion) ||
                          std::binary_search(changed.sectors.begin(), changed.sectors.end(), e.sector);
            }
            if (touched)
                restyle.push_back(b.id);
        }
    std::sort(restyle.begin(), restyle.end());
    restyle.erase(std::unique(restyle.begin(), restyle.end()), restyle.end());

    // Count countries again for the booths restyled; a move in their ranking recolours booths of the
    // country key (their other keys stay).
    for (BoothId id : restyle)
    {
        const BoothLook& old = booths_[id.index()];
        const Booth& now = project.booth(id);
        if (old.exhibitor.valid())
            --country_booths_[old.country];
        if (now.exhibitor.valid())
            ++country_booths_[project.exhibitor(now.exhibitor).country];
    }
    std::map<std::string, uint32_t> palette = country_palette(country_booths_);
    if (palette != country_colours_)
    {
        country_colours_ = std::move(palette);
        for (BoothLook& b : booths_)
        {
            auto it = country_colours_.find(b.country);
            if (b.exhibitor.valid())
                b.by_key[static_cast<int>(ColourBy::Country)].colour =
                    it == country_colours_.end() ? palette_colour(0) : it->second;
            if (apply_key(b))
                out.booths.push_back(b.id);
        }
    }
    Keys keys(project, country_colours_);
    std::vector<HallId> refill;
    for (BoothId id : restyle)
        if (restyle_booth(project, keys, id))
        {
            out.booths.push_back(id);
            refill.push_back(booths_[id.index()].hall);
        }
    std::sort(out.booths.begin(), out.booths.end());
    out.booths.erase(std::unique(out.booths.begin(), out.booths.end()), out.booths.end());
    for (HallId h : changed.halls)
        if (h.valid() && h.index() < halls_.size() && !same_drawing(halls_[h.index()], project.hall(h)))
        {
            std::vector<BoothId> booths = std::move(halls_[h.index()].booths);
            halls_[h.index()] = hall_look(project, h);
            halls_[h.index()].booths = std::move(booths);
            out.halls.push_back(h);
            refill.push_back(h);
        }
    std::sort(refill.begin(), refill.end());
    refill.erase(std::unique(refill.begin(), refill.end()), refill.end());
    for (HallId h : refill)
    {
        std::vector<const Booth*> booths;
        for (BoothId b : halls_[h.index()].booths)
            booths.push_back(&project.booth(b));
        halls_[h.index()].fill = hall_fill(project, booths);
    }
    if (!changed.pavilions.empty() || !changed.sectors.empty())
    {
        build_regions(project);
        out.regions = true;
    }
    return out;
}

PlanChange PlanDescription::set_colour_by(ColourBy by)
{
    PlanChange out;
    if (by == by_)
        return out;
    by_ = by;
    for (BoothLook& b : booths_)
        if (apply_key(b))
            out.booths.push_back(b.id);
    return out;
}

// [SECTION] Legends, fill, indexes ---------------------------------------------------------------

std::vector<LegendEntry> PlanDescription::legend(const std::vector<BoothId>& booths, size_t max_entries) const
{
    std::map<std::string, LegendEntry> by_label;
    for (BoothId id : booths)
    {
        const BoothLook& b = booth(id);
        LegendEntry& e = by_label[b.category];
        if (e.booths++ == 0)
        {
            e.label = b.category;
            e.colour = b.colour;
        }
    }
    return fold_legend(by_label, max_entries);
}

std::vector<LegendEntry> PlanDescription::venue_legend(size_t max_entries) const
{
    std::vector<BoothId> all;
    all.reserve(booths_.size());
    for (const BoothLook& b : booths_)
        all.push_back(b.id);
    return legend(all, max_entries);
}

BoothFill PlanDescription::venue_fill() const
{
    BoothFill f;
    for (const BoothLook& b : booths_)
    {
        ++f.booths;
        f.area_m2 += b.area_m2;
        if (b.exhibitor.valid())
        {
            ++f.assigned;
            f.assigned_m2 += b.area_m2;
        }
    }
    return f;
}

std::vector<IndexEntry> PlanDescription::exhibitor_index(HallId hall_id) const
{
    std::vector<IndexEntry> index;
    for (BoothId id : hall(hall_id).booths)
    {
        const BoothLook& b = booth(id);
        if (b.exhibitor.valid())
            index.push_back({b.full_name, b.name_local, b.number});
    }
    std::stable_sort(index.begin(), index.end(),
                     [](const IndexEntry& a, const IndexEntry& c)
                     {
                         return std::lexicographical_compare(a.name.begin(), a.name.end(), c.name.begin(), c.name.end(),
                                                             [](char x, char y)
                                                             { return std::tolower(x) < std::tolower(y); });
                     });
    return index;
}

std::vector<PavilionPlace> PlanDescription::pavilion_directory() const
{
    struct Where
    {
        std::map<std::string, int> halls; // code -> booths
        int booths = 0;
    };
    std::vector<Where> where(pavilion_names_.size());
    for (const BoothLook& b : booths_)
        if (b.exhibitor.valid() && b.pavilion.valid())
        {
            Where& wh = where[b.pavilion.index()];
            ++wh.halls[hall(b.hall).code];
            ++wh.booths;
        }
    std::vector<size_t> order;
    for (size_t i = 0; i < where.size(); ++i)
        if (where[i].booths > 0)
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return pavilion_names_[a] < pavilion_names_[b]; });
    std::vector<PavilionPlace> out;
    for (size_t i : order)
    {
        PavilionPlace p{
            PavilionId(static_cast<int32_t>(i)), pavilion_names_[i], pavilion_colours_[i], {}, where[i].booths};
        for (auto& [code, n] : where[i].halls)
            p.halls.push_back(code);
        out.push_back(std::move(p));
    }
    return out;
}

std::map<int, std::vector<HallId>> PlanDescription::halls_by_level() const
{
    std::map<int, std::vector<HallId>> levels;
    for (const HallLook& h : halls_)
        levels[h.level].push_back(h.id);
    return levels;
}

Box PlanDescription::venue_box() const
{
    Box b;
    for (const HallLook& h : halls_)
        for (Vec2 p : h.outline)
            b.add(p);
    return b;
}

} // namespace bp

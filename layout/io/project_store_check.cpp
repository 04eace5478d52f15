// References and numbers of a loaded project (see project_store_check.h).
#include "project_store_check.h"

#include "project_store.h"

#include <cmath>

namespace bp::store
{

namespace
{

// What the importers accept: positive (gaps: at least zero), finite, within 1,000 km like every
// venue coordinate. A file holds nothing the importers would refuse, so every saved project opens.
bool length_ok(double v, bool may_be_zero)
{
    return std::isfinite(v) && (may_be_zero ? v >= 0 : v > 0) && v <= 1e6;
}
bool coordinate_ok(double v)
{
    return std::isfinite(v) && std::abs(v) <= 1e6;
}
bool point_ok(Vec2 v)
{
    return coordinate_ok(v.x) && coordinate_ok(v.y);
}

struct Checker
{
    const Project& p;
    const std::string& path;

    [[noreturn]] void bad(const std::string& what) const
    {
        throw StoreError(path + ": " + what + " (the file is damaged or was not written by boothplan)");
    }
    template <class Tag> void ref(Id<Tag> id, size_t count, bool optional, const std::string& what) const
    {
        if (!id.valid() ? !optional : id.index() >= count)
            bad(what + " refers to " + (id.valid() ? "number " + std::to_string(id.value) : "nothing") +
                ", which does not exist");
    }
    void rules(const HallRules& r, const std::string& what) const
    {
        if (!length_ok(r.module_m, false) || !length_ok(r.block_depth_m, false) || !length_ok(r.max_row_m, false) ||
            !length_ok(r.main_aisle_m, false) || !length_ok(r.aisle_m, false) || !length_ok(r.wall_gap_m, true) ||
            !length_ok(r.exit_clearance_m, true) ||
            (r.max_exit_distance_m && !length_ok(*r.max_exit_distance_m, false)))
            bad(what + ": a rule is not a length in metres");
    }

    void venue() const
    {
        rules(p.venue.rules, "venue rules");
        for (size_t i = 0; i < p.venue.halls.size(); ++i)
        {
            const Hall& h = p.venue.halls[i];
            std::string what = "hall " + h.code;
            rules(apply(p.venue.rules, h.rules), what + " rules");
            if (h.outline.size() < 3)
                bad(what + ": outline with fewer than 3 points");
            if (!length_ok(h.height_m, false))
                bad(what + ": height is not a length in metres");
            for (const Door& d : h.doors)
                if (!point_ok(d.span.a) || !point_ok(d.span.b))
                    bad(what + ": a door is not at finite coordinates");
        }
    }

    void regions() const
    {
        for (const Sector& s : p.sectors)
            if (s.zone)
                ref(s.zone->hall, p.venue.halls.size(), false, "the zone of sector " + s.name);
        for (const Pavilion& v : p.pavilions)
        {
            if (v.placed)
                ref(v.placed->hall, p.venue.halls.size(), false, "the region of pavilion " + v.name);
            if (!std::isfinite(v.shared_space_share) || v.shared_space_share < 0)
                bad("pavilion " + v.name + ": shared space share out of range");
        }
    }

    void exhibitors() const
    {
        for (const Exhibitor& e : p.exhibitors)
        {
            std::string what = "exhibitor " + e.code;
            ref(e.sector, p.sectors.size(), true, what + "'s sector");
            ref(e.pavilion, p.pavilions.size(), true, what + "'s pavilion");
            for (ExhibitorId c : e.competitors)
                ref(c, p.exhibitors.size(), false, what + "'s competitor");
            if (!std::isfinite(e.area_m2) || e.area_m2 <= 0)
                bad(what + ": requested area is not a positive number of m²");
        }
    }

    void grid() const
    {
        for (size_t i = 0; i < p.blocks.size(); ++i)
        {
            const Block& b = p.blocks[i];
            std::string what = "block " + std::to_string(i);
            ref(b.hall, p.venue.halls.size(), false, what);
            if (!point_ok(b.origin) || !std::isfinite(b.along.x) || !std::isfinite(b.along.y) ||
                std::abs(std::hypot(b.along.x, b.along.y) - 1) > 1e-6)
                bad(what + ": origin or direction is not finite");
            if (!length_ok(b.module_m, false) || !length_ok(b.row_depth_m, false))
                bad(what + ": module size is not a length in metres");
            if (b.rows < 1 || b.rows > 64 || b.modules < 1 || b.modules > 100000 ||
                b.cells.size() != static_cast<size_t>(b.rows) * static_cast<size_t>(b.modules))
                bad(what + ": " + std::to_string(b.cells.size()) + " cells do not fill " + std::to_string(b.rows) +
                    " rows of " + std::to_string(b.modules) + " modules");
        }
        for (size_t i = 0; i < p.booths.size(); ++i)
        {
            const Booth& b = p.booths[i];
            std::string what = "booth " + b.number;
            ref(b.hall, p.venue.halls.size(), false, what);
            ref(b.cells.block, p.blocks.size(), false, what);
            ref(b.exhibitor, p.exhibitors.size(), true, what + "'s exhibitor");
            const Block& block = p.block(b.cells.block);
            const BoothCells& c = b.cells;
            if (block.hall != b.hall)
                bad(what + ": its block lies in another hall");
            if (c.row < 0 || c.rows < 1 || c.row > block.rows - c.rows || c.col < 0 || c.cols < 1 ||
                c.col > block.modules - c.cols)
                bad(what + ": its modules lie outside its block");
        }
    }
};

} // namespace

void check_project_references(const Project& project, const std::string& path)
{
    Checker check{project, path};
    check.venue();
    check.regions();
    check.exhibitors();
    check.grid();
}

} // namespace bp::store

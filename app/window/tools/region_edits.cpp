// Placed pavilion regions moved, turned and removed as edits (app/window/tools/region_edits.h).
#include "region_edits.h"

#include "app/window/i18n.h"

namespace bp::win
{

namespace
{

Vec2 centre(const Polygon& shape)
{
    Box b;
    for (Vec2 p : shape)
        b.add(p);
    return (b.min + b.max) * 0.5;
}

// The verdict on the new shape, and the edit when it fits.
RegionChange judged(const Project& project, PavilionId pavilion, HallId hall, Polygon shape)
{
    RegionChange out;
    const PavilionFootprint fp(project, pavilion);
    out.verdict = fp.check(hall, shape);
    if (!out.verdict.fits())
    {
        out.refused = out.verdict.reason;
        return out;
    }
    out.edit = Edit(PlacePavilion{pavilion, Region{hall, std::move(shape)}});
    return out;
}

const Region* placed(const Project& project, PavilionId pavilion, RegionChange& out)
{
    if (!pavilion.valid() || pavilion.index() >= project.pavilions.size() || !project.pavilion(pavilion).placed)
    {
        out.refused = tr(S::RegionNotPlaced);
        return nullptr;
    }
    return &*project.pavilion(pavilion).placed;
}

} // namespace

RegionChange nudge_region(const Project& project, PavilionId pavilion, int dx, int dy)
{
    RegionChange out;
    const Region* r = placed(project, pavilion, out);
    if (!r)
        return out;
    const double m = PavilionFootprint(project, pavilion).module_m(r->hall, centre(r->polygon));
    const Vec2 step{dx * m, dy * m};
    Polygon moved = r->polygon;
    for (Vec2& p : moved)
        p = p + step;
    return judged(project, pavilion, r->hall, std::move(moved));
}

RegionChange turn_region(const Project& project, PavilionId pavilion)
{
    RegionChange out;
    const Region* r = placed(project, pavilion, out);
    if (!r)
        return out;
    const Vec2 c = centre(r->polygon);
    Polygon turned = r->polygon; // a quarter turn keeps the corners' order counter-clockwise
    for (Vec2& p : turned)
    {
        const Vec2 d = p - c;
        p = c + Vec2{-d.y, d.x};
    }
    return judged(project, pavilion, r->hall, std::move(turned));
}

RegionChange remove_region(const Project& project, PavilionId pavilion)
{
    RegionChange out;
    if (!placed(project, pavilion, out))
        return out;
    out.edit = Edit(PlacePavilion{pavilion, std::nullopt});
    return out;
}

} // namespace bp::win

// Placed pavilion regions moved, turned and removed as edits (app/window/tools/region_edits.h).
#include "region_edits.h"

#include "app/window/i18n.h"

#include <algorithm>
#include <cmath>

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

RegionCopy duplicate_region(const Project& project, PavilionId from, PavilionId to)
{
    RegionCopy out;
    const Region* r = placed(project, from, out.change);
    if (!r)
        return out;
    if (from == to)
    {
        out.change.refused = tr(S::RegionDuplicateSelf);
        return out;
    }
    const Box b = bounds(r->polygon);
    const PavilionFootprint fp(project, to);
    const double m = fp.module_m(r->hall, centre(r->polygon));
    const struct
    {
        Vec2 step;
        S word;
    } sides[] = {{{b.width(), 0}, S::SideEast},
                 {{-b.width(), 0}, S::SideWest},
                 {{0, b.height()}, S::SideNorth},
                 {{0, -b.height()}, S::SideSouth}};
    for (int gap = 0; gap <= 2; ++gap)
        for (const auto& side : sides)
        {
            const Vec2 unit = normalized(side.step);
            Polygon moved = r->polygon;
            for (Vec2& p : moved)
                p = p + side.step + unit * (gap * m);
            RegionChange c = judged(project, to, r->hall, std::move(moved));
            if (c.edit)
            {
                out.change = std::move(c);
                out.direction = tr(side.word);
                return out;
            }
            // The reason to tell: the first place clear of obstacles (then it is the area), else the first.
            if (out.change.refused.empty() || (out.change.verdict.obstacle && !c.verdict.obstacle))
                out.change = std::move(c);
        }
    return out;
}

Polygon RegionFrame::shape() const
{
    return counter_clockwise({at(u0, v0), at(u1, v0), at(u1, v1), at(u0, v1)});
}

std::optional<RegionFrame> region_frame(const Polygon& polygon)
{
    if (polygon.size() != 4)
        return std::nullopt;
    const Polygon p = counter_clockwise(polygon);
    RegionFrame f;
    f.origin = p[0];
    f.u = normalized(p[1] - p[0]);
    f.v = Vec2{-f.u.y, f.u.x};
    for (size_t i = 0; i < 4; ++i)
    {
        const Vec2 a = p[i], b = p[(i + 1) % 4], c = p[(i + 2) % 4];
        if (length(b - a) < 1e-6 || std::abs(dot(normalized(b - a), normalized(c - b))) > 1e-6)
            return std::nullopt; // a corner that is not square
    }
    f.u0 = f.v0 = 1e300;
    f.u1 = f.v1 = -1e300;
    for (Vec2 q : p)
    {
        const double a = dot(q - f.origin, f.u), b = dot(q - f.origin, f.v);
        f.u0 = std::min(f.u0, a);
        f.u1 = std::max(f.u1, a);
        f.v0 = std::min(f.v0, b);
        f.v1 = std::max(f.v1, b);
    }
    return f;
}

std::vector<RegionHandle> region_handles(const Polygon& polygon)
{
    std::optional<RegionFrame> f = region_frame(polygon);
    if (!f)
        return {};
    const double um = (f->u0 + f->u1) / 2, vm = (f->v0 + f->v1) / 2;
    return {{kSideU0 | kSideV0, f->at(f->u0, f->v0)}, {kSideU1 | kSideV0, f->at(f->u1, f->v0)},
            {kSideU1 | kSideV1, f->at(f->u1, f->v1)}, {kSideU0 | kSideV1, f->at(f->u0, f->v1)},
            {kSideV0, f->at(um, f->v0)},              {kSideU1, f->at(f->u1, vm)},
            {kSideV1, f->at(um, f->v1)},              {kSideU0, f->at(f->u0, vm)}};
}

RegionChange resize_region(const Project& project, PavilionId pavilion, uint8_t sides, Vec2 to, bool snap)
{
    RegionChange out;
    const Region* r = placed(project, pavilion, out);
    if (!r)
        return out;
    std::optional<RegionFrame> f = region_frame(r->polygon);
    if (!f)
    {
        out.refused = tr(S::RegionNotRectangle);
        return out;
    }
    const double m = PavilionFootprint(project, pavilion).module_m(r->hall, centre(r->polygon));
    const double smallest = snap ? m : 1.0;
    const double a = dot(to - f->origin, f->u), b = dot(to - f->origin, f->v);
    auto moved = [&](double from, double want) { return snap ? from + std::round((want - from) / m) * m : want; };
    if (sides & kSideU0)
        f->u0 = std::min(moved(f->u0, a), f->u1 - smallest);
    if (sides & kSideU1)
        f->u1 = std::max(moved(f->u1, a), f->u0 + smallest);
    if (sides & kSideV0)
        f->v0 = std::min(moved(f->v0, b), f->v1 - smallest);
    if (sides & kSideV1)
        f->v1 = std::max(moved(f->v1, b), f->v0 + smallest);
    return judged(project, pavilion, r->hall, f->shape());
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

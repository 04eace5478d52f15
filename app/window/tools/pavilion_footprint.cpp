// A dragged pavilion's footprint: snapping to block bands and modules, the collision verdict with
// its reason, and where a drop over an obstacle settles.
#include "pavilion_footprint.h"

#include "app/window/i18n.h"
#include "layout/geometry/shape_tests.h"
#include "solver/solver.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bp::win
{

double pavilion_need_m2(const Project& project, PavilionId pavilion)
{
    double sum = 0;
    for (ExhibitorId m : project.members(pavilion))
        sum += project.exhibitor(m).area_m2;
    return sum * (1 + project.pavilion(pavilion).shared_space_share);
}

namespace
{

// Area of the subject's part inside one convex polygon (Sutherland-Hodgman). A concave subject can
// come out with zero-width bridges along the clip's edges; they add no area.
double clipped_area(const Polygon& subject, const Polygon& convex_ccw)
{
    Polygon out = subject;
    for (size_t i = 0; i < convex_ccw.size() && !out.empty(); ++i)
    {
        const Vec2 a = convex_ccw[i], b = convex_ccw[(i + 1) % convex_ccw.size()];
        auto inside = [&](Vec2 p) { return cross(b - a, p - a) >= 0; };
        Polygon in = std::move(out);
        out.clear();
        for (size_t j = 0; j < in.size(); ++j)
        {
            const Vec2 p = in[j], q = in[(j + 1) % in.size()];
            const bool pin = inside(p), qin = inside(q);
            if (pin)
                out.push_back(p);
            if (pin != qin)
            {
                const double dp = cross(b - a, p - a), dq = cross(b - a, q - a);
                out.push_back(p + (q - p) * (dp / (dp - dq)));
            }
        }
    }
    return out.size() < 3 ? 0 : area(out);
}

} // namespace

double overlap_area(const Polygon& subject, const Polygon& clip)
{
    if (subject.size() < 3 || clip.size() < 3)
        return 0;
    double sum = 0;
    for (const Polygon& piece : convex_pieces(clip)) // an L or a drawn zone: its convex pieces in turn
        sum += clipped_area(subject, piece);
    return sum;
}

namespace
{

// A block band across: the strip between a block's two long sides, in the frame's `across` metres.
struct Band
{
    double lo = 0, hi = 0;
};

// The snapping frame of a hall near the cursor: the nearest block's axes and the bands of the
// blocks that run the same way.
struct Frame
{
    Vec2 origin, along, across;
    double module_m = 3;
    std::vector<Band> bands; // sorted, distinct
    double u_lo = 0, u_hi = 0; // how far the blocks of the bands reach along
};

std::optional<Frame> frame_near(const Project& p, HallId hall, Vec2 cursor)
{
    const Block* nearest = nullptr;
    double best = std::numeric_limits<double>::max();
    for (const Block& b : p.blocks)
    {
        if (b.hall != hall || b.modules == 0)
            continue;
        Polygon f = footprint(b, whole_block(b));
        double d = contains(f, cursor) ? 0 : distance_to_boundary(f, cursor);
        if (d < best)
        {
            best = d;
            nearest = &b;
        }
    }
    if (!nearest)
        return std::nullopt;
    Frame fr{nearest->origin, nearest->along, nearest->across, nearest->module_m, {}};
    fr.u_lo = std::numeric_limits<double>::max();
    fr.u_hi = std::numeric_limits<double>::lowest();
    for (const Block& b : p.blocks)
    {
        if (b.hall != hall || b.modules == 0 || std::abs(dot(b.along, fr.along)) < 0.999)
            continue;
        Band band{std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()};
        for (Vec2 c : footprint(b, whole_block(b)))
        {
            double v = dot(c - fr.origin, fr.across);
            band.lo = std::min(band.lo, v);
            band.hi = std::max(band.hi, v);
            fr.u_lo = std::min(fr.u_lo, dot(c - fr.origin, fr.along));
            fr.u_hi = std::max(fr.u_hi, dot(c - fr.origin, fr.along));
        }
        fr.bands.push_back(band);
    }
    std::sort(fr.bands.begin(), fr.bands.end(),
              [](Band a, Band b) { return a.lo < b.lo || (a.lo == b.lo && a.hi < b.hi); });
    fr.bands.erase(std::unique(fr.bands.begin(), fr.bands.end(),
                               [](Band a, Band b)
                               { return std::abs(a.lo - b.lo) < 1e-6 && std::abs(a.hi - b.hi) < 1e-6; }),
                   fr.bands.end());
    return fr;
}

// A run of `k` neighbouring bands centred as near the cursor as can be, and the module count along
// that holds the area needed on its bookable depth.
struct Run
{
    double v0 = 0, v1 = 0, length = 0;
    size_t first = 0, count = 0; // the bands it spans
};

Run run_of(const Frame& fr, size_t k, double cv, double need_m2)
{
    size_t best_i = 0;
    double best = std::numeric_limits<double>::max();
    for (size_t i = 0; i + k <= fr.bands.size(); ++i)
    {
        double mid = (fr.bands[i].lo + fr.bands[i + k - 1].hi) / 2;
        if (std::abs(mid - cv) < best)
        {
            best = std::abs(mid - cv);
            best_i = i;
        }
    }
    double depth = 0;
    for (size_t i = best_i; i < best_i + k; ++i)
        depth += fr.bands[i].hi - fr.bands[i].lo;
    double modules = std::max(1.0, std::ceil(need_m2 / (depth * fr.module_m) - 1e-9));
    return {fr.bands[best_i].lo, fr.bands[best_i + k - 1].hi, modules * fr.module_m, best_i, k};
}

Polygon frame_rect(const Frame& fr, double u0, double u1, double v0, double v1)
{
    auto at = [&](double u, double v) { return fr.origin + fr.along * u + fr.across * v; };
    return counter_clockwise({at(u0, v0), at(u1, v0), at(u1, v1), at(u0, v1)});
}

// An L: the rectangle u0-u1 by v0-v1 with one corner cut out, `cut_u` along by `cut_v` across.
// `corner` 1-4 names the corner cut: the far end's far side (u1, v1), then counter-clockwise.
Polygon frame_l(const Frame& fr, double u0, double u1, double v0, double v1, double cut_u, double cut_v, int corner)
{
    const bool near_end = corner == 2 || corner == 3, near_side = corner == 3 || corner == 4;
    auto u = [&](double a) { return near_end ? u0 + u1 - a : a; };
    auto v = [&](double b) { return near_side ? v0 + v1 - b : b; };
    auto at = [&](double a, double b) { return fr.origin + fr.along * u(a) + fr.across * v(b); };
    return counter_clockwise({at(u0, v0), at(u1, v0), at(u1, v1 - cut_v), at(u1 - cut_u, v1 - cut_v),
                              at(u1 - cut_u, v1), at(u0, v1)});
}

// A footprint of a typed size (east-west by north-south, turned onto the frame's nearer axes) at
// the cursor: snapped, its start along on the module grid and its side across on the nearest band
// edge; free, centred on the cursor.
Polygon typed_rect(const Frame& fr, Vec2 size, double cu, double cv, bool snap)
{
    const bool along_east = std::abs(fr.along.x) >= std::abs(fr.along.y);
    const double length = along_east ? size.x : size.y, depth = along_east ? size.y : size.x;
    double u0 = cu - length / 2, v0 = cv - depth / 2;
    if (snap)
    {
        u0 = std::round(u0 / fr.module_m) * fr.module_m;
        double best = std::numeric_limits<double>::max(), snapped = v0;
        for (const Band& b : fr.bands)
            for (double start : {b.lo, b.hi - depth}) // its near side on a band's edge, or its far side
                if (std::abs(start - v0) < best)
                {
                    best = std::abs(start - v0);
                    snapped = start;
                }
        v0 = snapped;
    }
    return frame_rect(fr, u0, u0 + length, v0, v0 + depth);
}

} // namespace

namespace
{

using BlockBounds = std::vector<std::pair<const Block*, Box>>;

BlockBounds hall_blocks(const Project& project, HallId hall)
{
    BlockBounds list;
    for (const Block& b : project.blocks)
        if (b.hall == hall && b.modules > 0)
            list.emplace_back(&b, bounds(footprint(b, whole_block(b))));
    return list;
}

double bookable_inside(const BlockBounds& blocks, const Polygon& shape)
{
    const Box box = bounds(shape);
    double sum = 0;
    for (const auto& [b, bb] : blocks)
    {
        if (bb.max.x < box.min.x || bb.min.x > box.max.x || bb.max.y < box.min.y || bb.min.y > box.max.y)
            continue;
        for (int row = 0; row < b->rows; ++row)
            for (int col = 0; col < b->modules; ++col)
            {
                if (b->cell(row, col) != CellUse::Booth)
                    continue;
                Vec2 c = module_centre(*b, row, col);
                if (c.x >= box.min.x && c.x <= box.max.x && c.y >= box.min.y && c.y <= box.max.y &&
                    contains(shape, c))
                    sum += b->module_m * b->row_depth_m;
            }
    }
    return sum;
}

} // namespace

HallId hall_at(const Project& project, Vec2 p)
{
    for (size_t h = 0; h < project.venue.halls.size(); ++h)
        if (contains(project.venue.halls[h].outline, p))
            return HallId(static_cast<int32_t>(h));
    return {};
}

double bookable_m2_inside(const Project& project, HallId hall, const Polygon& shape)
{
    return bookable_inside(hall_blocks(project, hall), shape);
}

double PavilionFootprint::holds_m2(HallId hall, const Polygon& shape) const
{
    auto it = blocks_.find(hall.value);
    if (it == blocks_.end())
        it = blocks_.emplace(hall.value, hall_blocks(project_, hall)).first;
    return bookable_inside(it->second, shape);
}

bool stands_in_block(const Project& project, HallId hall, const Polygon& obstacle)
{
    const Vec2 c = centroid(obstacle);
    for (const Block& b : project.blocks)
        if (b.hall == hall && b.modules > 0 && contains(footprint(b, whole_block(b)), c))
            return true;
    return false;
}

PavilionFootprint::PavilionFootprint(const Project& project, PavilionId pavilion)
    : project_(project), pavilion_(pavilion), need_m2_(pavilion_need_m2(project, pavilion))
{
}

const CollisionIndex& PavilionFootprint::index(HallId hall) const
{
    auto it = indexes_.find(hall.value);
    if (it == indexes_.end())
    {
        CollisionIndex idx = CollisionIndex::build(project_, hall, {false, false, true});
        // A column or a blocked zone standing inside a block is part of the block: the grid made
        // its cells no booths, so they are already left out of what the blocks hold and it only
        // costs capacity. One in an aisle is in the way (it would stand in the pavilion's aisle).
        for (size_t i = 0; i < idx.size(); ++i)
        {
            const int item = static_cast<int>(i);
            const ItemKind kind = idx.ref(item).kind;
            if (idx.alive(item) && (kind == ItemKind::Column || kind == ItemKind::Blocked) &&
                stands_in_block(project_, hall, idx.shape(item)))
                idx.erase(item);
        }
        it = indexes_.emplace(hall.value, std::move(idx)).first;
    }
    return it->second;
}

FootprintVerdict PavilionFootprint::at(Vec2 cursor, bool snap) const
{
    FootprintVerdict v;
    v.need_m2 = need_m2_;
    v.hall = hall_at(project_, cursor);
    if (!v.hall.valid())
    {
        v.reason = tr(S::FootprintOutside);
        return v;
    }
    std::optional<Frame> fr = frame_near(project_, v.hall, cursor);
    if (!fr || fr->bands.empty())
    {
        // No booth grid in this hall: a square of the area (or the size typed), nothing to snap to.
        const double side = std::sqrt(std::max(need_m2_, 1.0));
        const Vec2 half = size_m ? *size_m * 0.5 : Vec2{side / 2, side / 2};
        v.shape = rectangle(cursor - half, cursor + half);
        judge(v);
        return v;
    }
    const double cu = dot(cursor - fr->origin, fr->along), cv = dot(cursor - fr->origin, fr->across);
    if (size_m)
    {
        v.shape = typed_rect(*fr, *size_m, cu, cv, snap);
        v.snapped = snap;
        judge(v);
        return v;
    }
    // The squarest run of bands, then as many more or fewer as the planner asked for.
    size_t squarest = 1;
    double best_aspect = std::numeric_limits<double>::max();
    for (size_t k = 1; k <= fr->bands.size(); ++k)
    {
        Run r = run_of(*fr, k, cv, need_m2_);
        double aspect = std::max(r.length, r.v1 - r.v0) / std::max(1e-6, std::min(r.length, r.v1 - r.v0));
        if (aspect < best_aspect - 1e-9)
        {
            best_aspect = aspect;
            squarest = k;
        }
    }
    // An L needs two bands at least: one for its long arm, one beside it for the short one.
    const bool l = l_corner >= 1 && l_corner <= 4 && fr->bands.size() >= 2;
    const long k = std::clamp<long>(static_cast<long>(squarest) + bands_delta, l ? 2 : 1,
                                    static_cast<long>(fr->bands.size()));
    Run r = run_of(*fr, static_cast<size_t>(k), cv, need_m2_);
    // An L's cut corner: the far half of its bands across (whole bands, the aisle between them
    // left to the long arm), half its length along in whole modules.
    const size_t cut_bands = r.count / 2;
    const double cut_v = l_corner <= 2 ? r.v1 - fr->bands[r.first + r.count - cut_bands].lo
                                       : fr->bands[r.first + cut_bands - 1].hi - r.v0;
    auto cut_u = [&](double length)
    { return std::clamp(std::round(length / 2 / fr->module_m) * fr->module_m, fr->module_m, length - fr->module_m); };
    // The rectangle (or L) along: snapped to the modules and kept within the blocks' reach (a
    // footprint dragged to a wall stops at the wall's blocks); free: centred on the cursor.
    auto shape_of = [&](double length)
    {
        double u0 = cu - length / 2, v0 = cv - (r.v1 - r.v0) / 2;
        if (snap)
        {
            const double m = fr->module_m;
            u0 = std::round((cu - length / 2) / m) * m;
            if (u0 + length > fr->u_hi + 1e-9)
                u0 = std::floor((fr->u_hi - length) / m + 1e-9) * m;
            if (u0 < fr->u_lo - 1e-9)
                u0 = std::ceil(fr->u_lo / m - 1e-9) * m;
            v0 = r.v0;
        }
        const double v1 = v0 + (r.v1 - r.v0);
        if (l && length > fr->module_m * 1.5)
            return frame_l(*fr, u0, u0 + length, v0, v1, cut_u(length), cut_v, l_corner);
        return frame_rect(*fr, u0, u0 + length, v0, v1);
    };
    // Cross aisles, columns and blocked cells hold no booths: longer, a module at a time, until the
    // blocks under it hold the area (or it spans the blocks' whole reach).
    double length = r.length;
    v.shape = shape_of(length);
    while (holds_m2(v.hall, v.shape) + 1e-6 < need_m2_ && length < fr->u_hi - fr->u_lo - 1e-9)
    {
        length = std::min(length + fr->module_m, fr->u_hi - fr->u_lo);
        v.shape = shape_of(length);
    }
    v.snapped = snap;
    judge(v);
    return v;
}

FootprintVerdict PavilionFootprint::check(HallId hall, const Polygon& shape) const
{
    FootprintVerdict v;
    v.need_m2 = need_m2_;
    if (!hall.valid() || hall.index() >= project_.venue.halls.size() || shape.size() < 3)
    {
        v.reason = tr(S::FootprintOutside);
        return v;
    }
    v.hall = hall;
    v.shape = shape;
    judge(v);
    return v;
}

double PavilionFootprint::module_m(HallId hall, Vec2 at) const
{
    std::optional<Frame> fr = frame_near(project_, hall, at);
    return fr ? fr->module_m : 3;
}

void PavilionFootprint::judge(FootprintVerdict& v) const
{
    const Hall& hall = project_.hall(v.hall);
    const CollisionIndex& idx = index(v.hall);
    std::optional<int> self = idx.find({ItemKind::Pavilion, pavilion_.value});
    std::vector<Hit> hits = idx.overlaps(v.shape, kFootprintObstacles, self ? *self : -1);
    // The most telling obstacle first: the wall, then what stands on the floor, then other pavilions.
    auto rank = [](ItemKind k)
    {
        switch (k)
        {
        case ItemKind::Wall:
            return 0;
        case ItemKind::Column:
            return 1;
        case ItemKind::Blocked:
            return 2;
        default:
            return 4;
        }
    };
    std::stable_sort(hits.begin(), hits.end(),
                     [&](const Hit& a, const Hit& b) { return rank(a.ref.kind) < rank(b.ref.kind); });
    v.obstacle = !hits.empty();
    if (!hits.empty())
    {
        const Hit& h = hits.front();
        switch (h.ref.kind)
        {
        case ItemKind::Wall:
            v.reason = trf(S::FootprintLeavesHallX, {hall.code});
            break;
        case ItemKind::Column:
            v.reason = tr(S::FootprintColumn);
            break;
        case ItemKind::Blocked:
            v.reason = tr(S::FootprintBlocked);
            break;
        default:
        {
            const Pavilion& other = project_.pavilion(PavilionId(h.ref.index));
            double a = other.placed ? overlap_area(other.placed->polygon, v.shape) : 0;
            v.reason = trf(S::FootprintOverlapsXY, {other.name, wording_figure(std::max(1.0, a))});
        }
        }
    }
    v.holds_m2 = holds_m2(v.hall, v.shape);
    if (v.reason.empty() && v.holds_m2 + 1e-6 < v.need_m2)
        v.reason = trf(S::FootprintNeedsXY, {wording_figure(v.need_m2), wording_figure(v.holds_m2)});
}

std::optional<FootprintDrop> PavilionFootprint::drop(Vec2 cursor, bool snap) const
{
    FootprintVerdict here = at(cursor, snap);
    if (here.fits())
        return FootprintDrop{std::move(here), false, 0};
    if (!here.hall.valid() || !here.obstacle)
        return std::nullopt; // outside every hall, or the blocks here are too small: nothing to settle
    const CollisionIndex& idx = index(here.hall);
    std::optional<int> self = idx.find({ItemKind::Pavilion, pavilion_.value});
    SettleOptions options;
    options.max_distance_m = 40; // farther than this is not where the planner dropped it
    std::optional<Vec2> shift = idx.settle(here.shape, kFootprintObstacles, options, self ? *self : -1);
    if (!shift)
        return std::nullopt;
    // The settled place, snapped again to the modules near it when one of those is free.
    std::optional<FootprintDrop> best;
    const Vec2 moved = cursor + *shift;
    std::optional<Frame> fr = frame_near(project_, here.hall, moved);
    const Vec2 along = fr ? fr->along : Vec2{1, 0};
    const double module = fr ? fr->module_m : 3;
    for (double step : {0.0, 1.0, -1.0, 2.0, -2.0})
    {
        Vec2 c = moved + along * (step * module);
        FootprintVerdict v = at(c, snap);
        double d = distance(c, cursor);
        if (v.fits() && v.hall == here.hall && (!best || d < best->moved_m))
            best = FootprintDrop{std::move(v), true, d};
    }
    if (best)
        return best;
    // No snapped place is free there: the settled rectangle as it is, when its blocks hold enough.
    FootprintVerdict v = here;
    for (Vec2& p : v.shape)
        p = p + *shift;
    v.snapped = false;
    v.reason.clear();
    judge(v);
    if (!v.fits())
        return std::nullopt;
    return FootprintDrop{std::move(v), true, length(*shift)};
}

} // namespace bp::win

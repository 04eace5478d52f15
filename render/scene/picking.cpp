// Picking through each hall's collision index: tree candidates, then exact tests.
#include "picking.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bp
{

namespace
{
constexpr double kTallest_m = kRawStand_m + 0.1;

Box around(Vec2 p, double r)
{
    return Box{{p.x - r, p.y - r}, {p.x + r, p.y + r}};
}
} // namespace

void Picker::forget()
{
    index_.clear();
}

void Picker::forget(HallId hall)
{
    if (hall.index() < index_.size())
        index_[hall.index()].reset();
}

const CollisionIndex& Picker::index(HallId hall) const
{
    if (index_.size() < plan_->halls().size())
        index_.resize(plan_->halls().size());
    std::unique_ptr<CollisionIndex>& slot = index_[hall.index()];
    if (!slot)
    {
        const HallLook& h = plan_->hall(hall);
        slot = std::make_unique<CollisionIndex>(h.box.min, h.outline);
        for (BoothId b : h.booths)
            slot->insert({ItemKind::Booth, b.value}, plan_->booth(b).footprint);
        for (size_t i = 0; i < h.columns.size(); ++i)
            slot->insert({ItemKind::Column, static_cast<int32_t>(i)}, h.columns[i]);
        for (size_t i = 0; i < h.blocked.size(); ++i)
            slot->insert({ItemKind::Blocked, static_cast<int32_t>(i)}, h.blocked[i]);
        for (const RegionLook& r : plan_->regions())
            if (r.kind == RegionLook::Kind::Pavilion && r.hall == hall)
                slot->insert({ItemKind::Pavilion, r.index}, r.polygon);
    }
    return *slot;
}

std::optional<HallId> Picker::hall_at(Vec2 at) const
{
    for (const HallLook& h : plan_->halls())
    {
        Box b = h.box;
        if (at.x >= b.min.x && at.x <= b.max.x && at.y >= b.min.y && at.y <= b.max.y && contains(h.outline, at))
            return h.id;
    }
    return std::nullopt;
}

PickResult Picker::at_floor(Vec2 at, double tol) const
{
    PickResult r;
    r.at = at;
    // A door is picked from just outside its hall too.
    for (const HallLook& h : plan_->halls())
    {
        Box b = h.box;
        if (at.x < b.min.x - tol || at.x > b.max.x + tol || at.y < b.min.y - tol || at.y > b.max.y + tol)
            continue;
        for (size_t i = 0; i < h.doors.size(); ++i)
            if (distance_to_segment(at, h.doors[i].span) <= tol)
            {
                r.kind = PickResult::Kind::Door;
                r.hall = h.id;
                r.door = static_cast<int>(i);
            }
    }
    std::optional<HallId> hall = r.kind == PickResult::Kind::Door ? std::optional<HallId>(r.hall) : hall_at(at);
    if (!hall)
        return r;
    r.hall = *hall;
    const CollisionIndex& idx = index(*hall);
    idx.candidates(around(at, 1e-6),
                   [&](int item)
                   {
                       ItemRef ref = idx.ref(item);
                       if (!idx.alive(item))
                           return true;
                       if (ref.kind == ItemKind::Booth && contains(plan_->booth(BoothId(ref.index)).footprint, at))
                           r.booth = BoothId(ref.index);
                       else if (ref.kind == ItemKind::Pavilion)
                       {
                           for (const RegionLook& reg : plan_->regions())
                               if (reg.kind == RegionLook::Kind::Pavilion && reg.index == ref.index &&
                                   contains(reg.polygon, at))
                                   r.pavilion = PavilionId(ref.index);
                       }
                       return true;
                   });
    if (r.kind == PickResult::Kind::Door)
        return r;
    r.kind = r.booth.valid()      ? PickResult::Kind::Booth
             : r.pavilion.valid() ? PickResult::Kind::Pavilion
                                  : PickResult::Kind::Hall;
    return r;
}

std::optional<double> Picker::booth_hit(BoothId id, const Ray& ray) const
{
    // The ray in the booth's frame: corner 0 at the origin, along and across as axes.
    const BoothLook& b = plan_->booth(id);
    glm::dvec3 o = ray.origin - glm::dvec3(b.footprint[0].x, b.footprint[0].y, 0);
    glm::dvec3 ol{o.x * b.along.x + o.y * b.along.y, o.x * b.across.x + o.y * b.across.y, o.z};
    glm::dvec3 dl{ray.dir.x * b.along.x + ray.dir.y * b.along.y, ray.dir.x * b.across.x + ray.dir.y * b.across.y,
                  ray.dir.z};
    double hi[3] = {b.length_m, b.depth_m, b.height_m};
    double t0 = 0, t1 = std::numeric_limits<double>::infinity();
    for (int k = 0; k < 3; ++k)
    {
        if (std::fabs(dl[k]) < 1e-12)
        {
            if (ol[k] < 0 || ol[k] > hi[k])
                return std::nullopt;
            continue;
        }
        double a = (0 - ol[k]) / dl[k], c = (hi[k] - ol[k]) / dl[k];
        t0 = std::max(t0, std::min(a, c));
        t1 = std::min(t1, std::max(a, c));
    }
    if (t0 > t1)
        return std::nullopt;
    return t0;
}

PickResult Picker::along_ray(const Ray& ray, double tol) const
{
    // The part of the ray below the tallest stand, projected on the floor, bounds the candidates.
    double t_top = 0, t_floor = 600;
    if (ray.dir.z < -1e-9)
    {
        t_top = std::max(0.0, (kTallest_m - ray.origin.z) / ray.dir.z);
        t_floor = std::min(t_floor + t_top, -ray.origin.z / ray.dir.z);
    }
    else if (ray.origin.z > kTallest_m)
        return {};
    Vec2 a{ray.origin.x + ray.dir.x * t_top, ray.origin.y + ray.dir.y * t_top};
    Vec2 e{ray.origin.x + ray.dir.x * t_floor, ray.origin.y + ray.dir.y * t_floor};
    Box span;
    span.add(a);
    span.add(e);
    double best = std::numeric_limits<double>::infinity();
    BoothId hit;
    for (const HallLook& h : plan_->halls())
    {
        if (!h.box.overlaps(span))
            continue;
        const CollisionIndex& idx = index(h.id);
        idx.candidates(span,
                       [&](int item)
                       {
                           ItemRef ref = idx.ref(item);
                           if (!idx.alive(item) || ref.kind != ItemKind::Booth)
                               return true;
                           std::optional<double> t = booth_hit(BoothId(ref.index), ray);
                           if (t && *t < best)
                           {
                               best = *t;
                               hit = BoothId(ref.index);
                           }
                           return true;
                       });
    }
    std::optional<Vec2> floor = floor_hit(ray);
    if (hit.valid())
    {
        glm::dvec3 p = ray.origin + ray.dir * best;
        PickResult r = at_floor({p.x, p.y}, 0);
        // The point may lie on the booth's edge: the booth the ray met counts.
        r.kind = PickResult::Kind::Booth;
        r.booth = hit;
        r.hall = plan_->booth(hit).hall;
        return r;
    }
    if (!floor)
        return {};
    return at_floor(*floor, tol);
}

bool Picker::walkable(Vec2 at, double radius) const
{
    std::optional<HallId> hall = hall_at(at);
    if (!hall)
        return false;
    const HallLook& h = plan_->hall(*hall);
    if (distance_to_boundary(h.outline, at) < radius)
        return false;
    Polygon body = rectangle({at.x - radius, at.y - radius}, {at.x + radius, at.y + radius});
    return index(*hall)
        .overlaps(body, kind_bit(ItemKind::Booth) | kind_bit(ItemKind::Column) | kind_bit(ItemKind::Blocked))
        .empty();
}

} // namespace bp

// Rasterising halls into the atlas: shelves of hall pictures, polygons filled at texel centres.
#include "hall_maps.h"

#include "labels.h"
#include "plan_scene.h"

#include <algorithm>
#include <cmath>

namespace bp
{

namespace
{
constexpr int kBorder = 2; // transparent texels around each hall, so mipmaps do not mix halls
} // namespace

HallMaps::HallMaps(const PlanDescription& plan)
{
    const std::vector<HallLook>& halls = plan.halls();
    std::vector<std::pair<int, int>> size(halls.size());
    int64_t texels = 0;
    int widest = 1;
    for (size_t i = 0; i < halls.size(); ++i)
    {
        const Box& b = halls[i].box;
        size[i] = {static_cast<int>(std::ceil(b.width() / kMetresPerTexel)) + 2 + 2 * kBorder,
                   static_cast<int>(std::ceil(b.height() / kMetresPerTexel)) + 2 + 2 * kBorder};
        texels += static_cast<int64_t>(size[i].first) * size[i].second;
        widest = std::max(widest, size[i].first);
    }
    w_ = 256;
    while (w_ < widest || static_cast<int64_t>(w_) * w_ < texels * 5 / 4)
        w_ *= 2;
    // Shelves, tallest halls first.
    std::vector<size_t> order(halls.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return size[a].second > size[b].second; });
    rects_.assign(halls.size(), {});
    areas_.assign(halls.size(), {});
    int x = 0, y = 0, shelf = 0;
    for (size_t i : order)
    {
        if (x + size[i].first > w_)
        {
            x = 0;
            y += shelf;
            shelf = 0;
        }
        rects_[i] = {x + kBorder, y + kBorder, size[i].first - 2 * kBorder, size[i].second - 2 * kBorder};
        const Box& b = halls[i].box;
        areas_[i] = Box{{b.min.x - kMetresPerTexel, b.max.y + kMetresPerTexel - rects_[i].h * kMetresPerTexel},
                        {b.min.x - kMetresPerTexel + rects_[i].w * kMetresPerTexel, b.max.y + kMetresPerTexel}};
        x += size[i].first;
        shelf = std::max(shelf, size[i].second);
    }
    h_ = 1;
    while (h_ < y + shelf)
        h_ *= 2;
    levels_.assign(
        1, std::vector<uint32_t>(static_cast<size_t>(w_) * static_cast<size_t>(h_), rgba_of(plan_colour::kFloor, 0)));
    for (int k = 1; (w_ >> k) > 0 || (h_ >> k) > 0; ++k)
        levels_.emplace_back(static_cast<size_t>(level_width(k)) * static_cast<size_t>(level_height(k)), 0);
    for (const HallLook& h : halls)
        paint_hall(plan, h);
    shrink({0, 0, w_, h_});
}

std::vector<TexelRect> HallMaps::shrink(TexelRect r)
{
    std::vector<TexelRect> out{r};
    for (int k = 1; k < levels(); ++k)
    {
        // Each texel the average of the four below it, over the rectangle grown to even bounds.
        int x0 = r.x / 2, y0 = r.y / 2, x1 = (r.x + r.w + 1) / 2, y1 = (r.y + r.h + 1) / 2;
        int w = level_width(k), h = level_height(k), pw = level_width(k - 1), ph = level_height(k - 1);
        x1 = std::min(x1, w);
        y1 = std::min(y1, h);
        const std::vector<uint32_t>& src = levels_[static_cast<size_t>(k - 1)];
        std::vector<uint32_t>& dst = levels_[static_cast<size_t>(k)];
        for (int y = y0; y < y1; ++y)
            for (int x = x0; x < x1; ++x)
            {
                uint32_t sum[4] = {0, 0, 0, 0};
                for (int d = 0; d < 4; ++d)
                {
                    int sx = std::min(2 * x + (d & 1), pw - 1), sy = std::min(2 * y + (d >> 1), ph - 1);
                    uint32_t t = src[static_cast<size_t>(sy) * static_cast<size_t>(pw) + static_cast<size_t>(sx)];
                    for (int c = 0; c < 4; ++c)
                        sum[c] += t >> (8 * c) & 0xFF;
                }
                uint32_t v = 0;
                for (int c = 0; c < 4; ++c)
                    v |= ((sum[c] + 2) / 4) << (8 * c);
                dst[static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x)] = v;
            }
        r = {x0, y0, x1 - x0, y1 - y0};
        out.push_back(r);
    }
    return out;
}

void HallMaps::fill(HallId hall, const Polygon& poly, uint32_t rgba)
{
    const TexelRect& r = rects_[hall.index()];
    const Box& a = areas_[hall.index()];
    Box b = bounds(poly);
    int y0 = std::max(0, static_cast<int>(std::floor((a.max.y - b.max.y) / kMetresPerTexel)));
    int y1 = std::min(r.h - 1, static_cast<int>(std::ceil((a.max.y - b.min.y) / kMetresPerTexel)));
    std::vector<double> xs;
    for (int ty = y0; ty <= y1; ++ty)
    {
        // The texel row's centre line crosses the polygon's edges: fill between pairs (even-odd).
        double wy = a.max.y - (ty + 0.5) * kMetresPerTexel;
        xs.clear();
        for (size_t i = 0; i < poly.size(); ++i)
        {
            Vec2 p = poly[i], q = poly[(i + 1) % poly.size()];
            if ((p.y <= wy && q.y > wy) || (q.y <= wy && p.y > wy))
                xs.push_back(p.x + (wy - p.y) * (q.x - p.x) / (q.y - p.y));
        }
        std::sort(xs.begin(), xs.end());
        for (size_t k = 0; k + 1 < xs.size(); k += 2)
        {
            double lo = std::max(xs[k], b.min.x), hi = std::min(xs[k + 1], b.max.x);
            int tx0 = std::max(0, static_cast<int>(std::ceil((lo - a.min.x) / kMetresPerTexel - 0.5)));
            int tx1 = std::min(r.w - 1, static_cast<int>(std::floor((hi - a.min.x) / kMetresPerTexel - 0.5)));
            uint32_t* row =
                &levels_[0][static_cast<size_t>(r.y + ty) * static_cast<size_t>(w_) + static_cast<size_t>(r.x)];
            for (int tx = tx0; tx <= tx1; ++tx)
                row[tx] = rgba;
        }
    }
}

void HallMaps::paint_hall(const PlanDescription& plan, const HallLook& hall)
{
    using namespace plan_colour;
    fill(hall.id, hall.outline, rgba_of(kFloor));
    for (const Polygon& z : hall.blocked)
        fill(hall.id, z, rgba_of(kBlocked));
    for (BoothId id : hall.booths)
        fill(hall.id, plan.booth(id).footprint, rgba_of(plan.booth(id).colour));
    for (const Polygon& c : hall.columns)
        fill(hall.id, c, rgba_of(kColumn));
}

std::vector<TexelRect> HallMaps::repaint(const PlanDescription& plan, const std::vector<BoothId>& booths)
{
    int x0 = w_, y0 = h_, x1 = -1, y1 = -1;
    for (BoothId id : booths)
    {
        const BoothLook& b = plan.booth(id);
        fill(b.hall, b.footprint, rgba_of(b.colour));
        // Columns standing on the booth's cells stay on top.
        for (const Polygon& c : plan.hall(b.hall).columns)
            if (bounds(c).overlaps(bounds(b.footprint)))
                fill(b.hall, c, rgba_of(plan_colour::kColumn));
        const TexelRect& r = rects_[b.hall.index()];
        const Box& a = areas_[b.hall.index()];
        Box fb = bounds(b.footprint);
        x0 = std::min(x0, r.x + std::max(0, static_cast<int>((fb.min.x - a.min.x) / kMetresPerTexel) - 1));
        x1 = std::max(x1, r.x + std::min(r.w - 1, static_cast<int>((fb.max.x - a.min.x) / kMetresPerTexel) + 1));
        y0 = std::min(y0, r.y + std::max(0, static_cast<int>((a.max.y - fb.max.y) / kMetresPerTexel) - 1));
        y1 = std::max(y1, r.y + std::min(r.h - 1, static_cast<int>((a.max.y - fb.min.y) / kMetresPerTexel) + 1));
    }
    if (x1 < x0)
        return {};
    return shrink({x0, y0, x1 - x0 + 1, y1 - y0 + 1});
}

std::vector<MapVertex> map_quads(const HallMaps& maps, size_t halls, float z)
{
    std::vector<MapVertex> out;
    float w = static_cast<float>(maps.width()), h = static_cast<float>(maps.height());
    for (size_t i = 0; i < halls; ++i)
    {
        TexelRect r = maps.rect(HallId(static_cast<int32_t>(i)));
        Box a = maps.area(HallId(static_cast<int32_t>(i)));
        float u0 = static_cast<float>(r.x) / w, u1 = static_cast<float>(r.x + r.w) / w;
        float v0 = static_cast<float>(r.y) / h, v1 = static_cast<float>(r.y + r.h) / h; // v0 at the north edge
        MapVertex sw{static_cast<float>(a.min.x), static_cast<float>(a.min.y), z, u0, v1};
        MapVertex se{static_cast<float>(a.max.x), static_cast<float>(a.min.y), z, u1, v1};
        MapVertex ne{static_cast<float>(a.max.x), static_cast<float>(a.max.y), z, u1, v0};
        MapVertex nw{static_cast<float>(a.min.x), static_cast<float>(a.max.y), z, u0, v0};
        for (const MapVertex& m : {sw, se, ne, sw, ne, nw})
            out.push_back(m);
    }
    return out;
}

} // namespace bp

// Halls seen from afar, GL-free: each hall's floor, blocked zones, columns and booths in their key
// colour rasterised into a picture at half a metre a texel, all halls in one atlas. Zoomed out, the
// plan and the 3D view draw a hall as one textured rectangle instead of thousands of booths that
// would be smaller than a pixel; an edit repaints the texels of the booths it touched.
#pragma once

#include "layout/plan/plan.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace bp
{

struct TexelRect
{
    int x = 0, y = 0, w = 0, h = 0;
    bool empty() const { return w <= 0 || h <= 0; }
};

class HallMaps
{
public:
    static constexpr double kMetresPerTexel = 0.5;

    explicit HallMaps(const PlanDescription& plan);

    int width() const { return w_; }
    int height() const { return h_; }
    // Mipmap levels, 0 the full size; texels bytes r, g, b, a, rows from the top. Outside the halls
    // texels are clear (the floor's colour at alpha 0, so that smaller levels do not darken edges).
    int levels() const { return static_cast<int>(levels_.size()); }
    const std::vector<uint32_t>& level(int k) const { return levels_[static_cast<size_t>(k)]; }
    int level_width(int k) const { return std::max(1, w_ >> k); }
    int level_height(int k) const { return std::max(1, h_ >> k); }
    // The hall's place in the atlas and the venue box it shows (its outline's box, grown a texel).
    TexelRect rect(HallId hall) const { return rects_[hall.index()]; }
    Box area(HallId hall) const { return areas_[hall.index()]; }
    // Repaints the booths (their looks changed) and the smaller levels under them; returns, per
    // level, the rectangle to upload again.
    std::vector<TexelRect> repaint(const PlanDescription& plan, const std::vector<BoothId>& booths);
    uint32_t texel(int x, int y) const
    {
        return levels_[0][static_cast<size_t>(y) * static_cast<size_t>(w_) + static_cast<size_t>(x)];
    }

private:
    int w_ = 0, h_ = 0;
    std::vector<std::vector<uint32_t>> levels_;
    std::vector<TexelRect> rects_;
    std::vector<Box> areas_;
    void paint_hall(const PlanDescription& plan, const HallLook& hall);
    void fill(HallId hall, const Polygon& poly, uint32_t rgba);
    std::vector<TexelRect> shrink(TexelRect r); // recomputes smaller levels over r
};

// A vertex of a hall's map rectangle: venue metres and atlas coordinates (0..1).
struct MapVertex
{
    float x, y, z;
    float u, v;
};

// Two triangles per hall at height z, in hall order (six vertices each).
std::vector<MapVertex> map_quads(const HallMaps& maps, size_t halls, float z);

} // namespace bp

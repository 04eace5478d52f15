// The plan view's scene, GL-free: hall floors triangulated with columns and blocked zones cut out,
// blocked-zone hatching, door clear zones, booth rectangles in their key colour with outlines,
// hall walls and doors as strokes, pavilion regions and sector zones, hall codes. Built once from
// the plan description; an edit patches booth colours in place (PlanScene::patch).
#pragma once

#include "labels.h"
#include "layout/plan/plan.h"
#include "scene_types.h"

#include <vector>

namespace bp
{

// Colours of the plan view (0xRRGGBB), the same as the booth maps where the maps have them.
namespace plan_colour
{
inline constexpr uint32_t kBackground = 0xF3F4F6;
inline constexpr uint32_t kFloor = 0xEDEDE8;
inline constexpr uint32_t kBlocked = 0xD4D4D4;
inline constexpr uint32_t kHatch = 0x9A9A9A;
inline constexpr uint32_t kColumn = 0x303030;
inline constexpr uint32_t kBoothEdge = 0x4A4A4A;
inline constexpr uint32_t kWall = 0x1A1A1A;
} // namespace plan_colour

struct PlanScene
{
    Layer<FillVertex> floors;          // triangles
    Layer<FillVertex> clearances;      // triangles, translucent
    Layer<FillVertex> booths;          // triangles, six per booth
    Layer<FillVertex> edges;           // lines, eight per booth
    Layer<FillVertex> hatching;        // lines
    Layer<FillVertex> columns;         // triangles
    Layer<StrokeVertex> walls;         // hall outlines and doors
    std::vector<uint32_t> booth_first; // first vertex of each booth in `booths`
    std::vector<Box> hall_boxes;
    // Regions (all halls together; they change as the planner drags them).
    std::vector<FillVertex> region_fills;
    std::vector<StrokeVertex> region_edges;
    std::vector<GlyphQuad> region_labels;
    std::vector<GlyphQuad> hall_labels; // hall codes, read when zoomed out
    int floor_holes = 0;                // columns and blocked zones cut out of floors

    int64_t triangles() const;
};

PlanScene build_plan_scene(const PlanDescription& plan, LabelWriter& writer);
// Rewrites the colour of one booth's six vertices; returns the vertex range changed.
Range patch_booth_colour(PlanScene& scene, const BoothLook& booth);
void rebuild_regions(PlanScene& scene, const PlanDescription& plan, LabelWriter& writer);
// The six fill vertices of a booth in a colour (selection and hover overlays use these too).
void add_booth_quad(std::vector<FillVertex>& out, const BoothLook& booth, uint32_t rgba, float z);

} // namespace bp

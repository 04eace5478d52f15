// The 3D scene, GL-free: floors with holes, blocked zones, columns, doors and pavilion floors
// (static), hall walls (cut away toward the camera by the shader), booths twice — near: one
// instance per booth of an instanced shell (walls on closed sides only, fascia on open sides,
// raw-space stands as taller boxes); far: a lid per booth and the blocks' sides — and fascia
// text per hall on demand. The statics and the far sides cast the shadows.
#pragma once

#include "labels.h"
#include "layout/plan/plan.h"
#include "scene_types.h"

#include <vector>

namespace bp
{

// One booth of the instanced shell (see booth_template()).
struct BoothInstance
{
    float origin[2]; // corner 0 of the footprint
    float along[2];  // unit direction of the row
    float size[3];   // length along, depth across, height (wall or stand)
    uint32_t rgba;   // key colour
    uint32_t flags;  // bits 0-3: open sides in Block::open_side order; bit 4: raw-space stand
};
static_assert(sizeof(BoothInstance) == 36);

// A vertex of the instanced shell: a point in the booth's unit square, its height as a share of the
// booth's height plus metres, and which part it belongs to.
struct TemplateVertex
{
    float u, v;   // along and across, 0..1
    float zf, zm; // z = zf * height + zm
    float part;   // 0-3 walls, 4-7 fascias (sides in Block::open_side order), 8 carpet, 9 stand top
};

namespace scene_colour
{
inline constexpr uint32_t kFloor = 0xD9D9D6;
inline constexpr uint32_t kBlocked = 0xA8A8A8;
inline constexpr uint32_t kColumn = 0x9C9C98;
inline constexpr uint32_t kHallWall = 0xE4E6EA;
inline constexpr uint32_t kShellWall = 0xF2F2F2;
inline constexpr uint32_t kBlockSide = 0xEBEBEB;
} // namespace scene_colour

struct HallScene
{
    Layer<LitVertex> statics;              // floors, blocked zones, columns, doors
    Layer<LitVertex> walls;                // hall perimeter walls, normals pointing out of the hall
    Layer<LitVertex> far_lids;             // a lid per booth in its key colour, at its wall or stand height
    Layer<LitVertex> far_sides;            // aisle sides of shell booths and sides of stands: the blocks seen from afar
    std::vector<uint32_t> booth_far_first; // first vertex of each booth's lid in far_lids
    std::vector<BoothInstance> instances;  // in hall order
    std::vector<Range> hall_instances;
    std::vector<uint32_t> booth_instance; // index into instances per booth
    std::vector<LitVertex> region_floors; // pavilion regions and sector zones, translucent
    std::vector<Box> hall_boxes;
    std::vector<double> hall_heights;

    int64_t static_triangles() const;
};

HallScene build_hall_scene(const PlanDescription& plan);
// Rewrites one booth's colour in its instance and far lid; returns the lid's vertex range.
Range patch_booth(HallScene& scene, const BoothLook& booth);
void rebuild_region_floors(HallScene& scene, const PlanDescription& plan);
// The instanced shell: four walls, four fascias, the carpet and a stand's top: ten quads of six vertices.
std::vector<TemplateVertex> booth_template();
// Fascia text of every booth of a hall.
std::vector<GlyphQuad> hall_fascia_labels(const PlanDescription& plan, HallId hall, LabelWriter& writer);
// Booth numbers and names of every booth of a hall for the plan view.
std::vector<GlyphQuad> hall_plan_labels(const PlanDescription& plan, HallId hall, LabelWriter& writer);

uint32_t lighter(uint32_t rgb, double t);

} // namespace bp

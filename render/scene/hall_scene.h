// The 3D scene, GL-free: floors with holes, blocked zones, columns, doors and pavilion floors
// (static), hall walls (cut away toward the camera by the shader), booths twice — near: one
// instance per booth of an instanced shell (walls on closed sides only, fascia on open sides,
// raw-space stands as taller boxes); far: the hall's map (hall_maps.h) with its stands as boxes —
// the walls and stands that cast shadows, and fascia text per hall on demand. Booth layers keep
// room per hall so that an edit rewrites its hall's range in place.
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
    uint32_t flags;  // bits 0-3: open sides in Block::open_side order; bit 4: raw-space stand;
                     // bits 5-8: sides on the block's boundary
};
static_assert(sizeof(BoothInstance) == 36);

// A vertex of the instanced shell: a point in the booth's unit square, its height, and which part it
// belongs to. A side is one panel that the shader makes a wall (closed side, or any side of a raw
// stand) or a fascia (open side of a shell booth): a booth draws only what it shows of each side.
struct TemplateVertex
{
    float u, v;   // along and across, 0..1
    float zf, zm; // carpet and stand top: z = zf * height + zm; a side: z = zf * height as a wall,
                  // height + zm as a fascia (zm = -kFascia_m at its foot)
    float part;   // 0-3 sides (in Block::open_side order), 8 carpet, 9 stand top; sides are seen
                  // from both sides, as one panel each (drawn without face culling)
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
    Layer<LitVertex> floors;              // floors with holes, blocked zones
    Layer<LitVertex> fixtures;            // columns, doors
    Layer<LitVertex> walls;               // hall perimeter walls, normals pointing out of the hall
    Layer<LitVertex> stands;              // raw-space stands, drawn over a far hall's map (room per hall)
    Layer<LitVertex> casters;             // what casts shadows: shell walls, stands, columns (room per hall)
    std::vector<BoothInstance> instances; // in hall order
    std::vector<Range> hall_instances;
    std::vector<uint32_t> booth_instance; // index into instances per booth
    std::vector<LitVertex> region_floors; // pavilion regions and sector zones, translucent
    std::vector<Box> hall_boxes;
    std::vector<double> hall_heights;

    int64_t static_triangles() const;
};

HallScene build_hall_scene(const PlanDescription& plan);
// Brings one hall's booths up to date (instances, stands, shadow casters) after their looks
// changed; false when the hall's stand or caster range has no room (build the scene again).
// *casters_moved says whether what casts shadows changed (a stand let to a shell exhibitor...).
bool patch_hall_booths(HallScene& scene, const PlanDescription& plan, HallId hall, bool* casters_moved);
void rebuild_region_floors(HallScene& scene, const PlanDescription& plan);
// The instanced shell: 6 quads (see TemplateVertex::part) of four vertices and six indices; drawn
// indexed, a booth's vertex work is 24 vertices (it was 60 with a wall and a fascia per side, not
// indexed).
struct BoothTemplate
{
    std::vector<TemplateVertex> vertices;
    std::vector<uint16_t> indices;
};
BoothTemplate booth_template();
// Fascia text of every booth of a hall.
std::vector<GlyphQuad> hall_fascia_labels(const PlanDescription& plan, HallId hall, LabelWriter& writer);
// Booth numbers and names of every booth of a hall for the plan view.
std::vector<GlyphQuad> hall_plan_labels(const PlanDescription& plan, HallId hall, LabelWriter& writer);

uint32_t lighter(uint32_t rgb, double t);

} // namespace bp

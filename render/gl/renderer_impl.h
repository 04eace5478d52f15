// The renderer's state behind renderer.h: the plan description and the GL-free scenes built from
// it, their GPU mirrors, the cameras, per-hall label batches made on demand, and what the window
// asked to be highlighted.
#pragma once

#include "gpu_layers.h"
#include "render/scene/camera.h"
#include "render/scene/hall_maps.h"
#include "render/scene/hall_scene.h"
#include "render/scene/picking.h"
#include "render/scene/plan_scene.h"
#include "renderer.h"

#include <array>
#include <chrono>
#include <list>
#include <map>
#include <memory>
#include <optional>

namespace bp::gl
{

struct Programs
{
    Program fill, stroke, marker, glyph, lit, wall, booth, map, depth, scale_up;
};

// The GPU side of the plan scene.
struct PlanGpu
{
    GpuLayer floors{VertexFormat::Fill, GL_TRIANGLES}, clearances{VertexFormat::Fill, GL_TRIANGLES},
        booths{VertexFormat::Fill, GL_TRIANGLES}, edges{VertexFormat::Fill, GL_LINES},
        hatching{VertexFormat::Fill, GL_LINES}, columns{VertexFormat::Fill, GL_TRIANGLES},
        walls{VertexFormat::Stroke, GL_TRIANGLES}, region_fills{VertexFormat::Fill, GL_TRIANGLES},
        region_edges{VertexFormat::Stroke, GL_TRIANGLES};
    GlyphBatch hall_labels, region_labels;
};

// The GPU side of the 3D scene.
struct SceneGpu
{
    GpuLayer floors{VertexFormat::Lit, GL_TRIANGLES}, fixtures{VertexFormat::Lit, GL_TRIANGLES},
        walls{VertexFormat::Lit, GL_TRIANGLES}, stands{VertexFormat::Lit, GL_TRIANGLES},
        casters{VertexFormat::Lit, GL_TRIANGLES}, regions{VertexFormat::Lit, GL_TRIANGLES};
    BoothInstances booths;
    ShadowTarget shadow;
    glm::mat4 light_vp{1.0f};
    bool shadow_ready = false;
    Box shadow_area; // the venue box the shadow map covers
};

// The halls' maps: the atlas texture and a rectangle per hall for each view.
struct MapsGpu
{
    Texture atlas;
    GpuLayer plan{VertexFormat::Map, GL_TRIANGLES}, scene{VertexFormat::Map, GL_TRIANGLES};
    std::vector<Range> halls; // six vertices per hall
};

// What the window highlights, as small buffers rebuilt when it changes.
struct OverlayGpu
{
    GpuLayer fills{VertexFormat::Fill, GL_TRIANGLES}, strokes{VertexFormat::Stroke, GL_TRIANGLES},
        markers{VertexFormat::Marker, GL_TRIANGLES};
    GlyphBatch labels;
    // Another plan shown over the booths (Renderer::set_preview); zoomed out, its fills drawn once
    // into a texture over the venue and shown as one rectangle.
    GpuLayer preview_free{VertexFormat::Fill, GL_TRIANGLES}, preview_fills{VertexFormat::Fill, GL_TRIANGLES},
        preview_edges{VertexFormat::Fill, GL_LINES};
    ScaledTarget preview_picture;
    GpuLayer preview_quad{VertexFormat::Map, GL_TRIANGLES};
    bool preview_picture_ready = false;
    double preview_picture_per_m = 0; // texels a metre
};

// Labels of one hall made on demand and kept while used recently.
struct HallLabels
{
    GlyphBatch plan, fascia;
    bool plan_ready = false, fascia_ready = false;
};

struct Flight
{
    ViewKind view = ViewKind::Plan;
    std::chrono::steady_clock::time_point start;
    double seconds = 0.6;
    PlanPose plan_from, plan_to;
    OrbitPose orbit_from, orbit_to;
};

struct Renderer::Impl
{
    // Model side.
    std::unique_ptr<PlanDescription> plan;
    std::unique_ptr<GlyphAtlas> atlas;
    std::unique_ptr<LabelWriter> writer;
    std::unique_ptr<Picker> picker;
    PlanScene plan_scene;
    HallScene hall_scene;
    std::unique_ptr<HallMaps> maps;
    DisplayOptions display;
    CheckReport report;
    Pick hover;
    Selection selection;
    std::vector<BoothId> highlight;
    std::vector<Overlay> overlays;
    PreviewPlan preview; // fills uploaded at the next draw, outlines at the first drawn near
    // The project's booths drawn free under a preview, per hall: made and uploaded once a build.
    std::vector<FillVertex> preview_free;
    std::vector<Range> preview_free_ranges;
    bool preview_free_made = false, preview_free_uploaded = false;
    bool preview_shown = false, preview_dirty = false, preview_edges_dirty = false;
    // Zoomed out, a new preview is painted when it comes and shown from the next frame
    // (reveal_preview), so no one frame both paints it and draws the view again.
    bool preview_reveal = false;

    // Cameras.
    PlanCamera plan_cam;
    OrbitCamera orbit;
    WalkCamera walker;
    bool walking = false;
    bool plan_placed = false, orbit_placed = false;
    std::optional<Flight> flight;

    // GPU side, made at the first draw with a current context.
    bool gl_ready = false;
    std::unique_ptr<Programs> programs;
    std::unique_ptr<PlanGpu> plan_gpu;
    std::unique_ptr<SceneGpu> scene_gpu;
    std::unique_ptr<MapsGpu> maps_gpu;
    std::unique_ptr<OverlayGpu> overlay_gpu;
    std::unique_ptr<Texture> atlas_tex;
    uint64_t atlas_revision = ~0ull;
    std::unique_ptr<MsaaTarget> msaa;
    std::unique_ptr<ScaledTarget> reduced;      // moving frames at a share of the resolution
    std::unique_ptr<VertexArray> no_attributes; // for the scale-up triangle
    bool scene_uploaded = false, overlays_dirty = true;
    bool dirty = true;           // something drawn changed since the last frame
    bool live_dirty = true;      // the live layer (hover, selection, highlight, tool shapes) changed
    bool base_only = false;      // this draw leaves the live layer out (Layers::Base)
    Box live_box;                // venue box of the live layer's vertices, from rebuild_overlays
    ScreenRect live_drawn[2];    // per view: the pixels the live layer covered when last drawn
    bool refine_pending = false; // the last frame moved: a multisampled one should follow
    float drawn_share = 1;       // pixels drawn per pixel shown (below 1 in a reduced moving 3D frame)
    int last_view = -1;
    std::map<int, HallLabels> labels; // by hall index
    std::list<int> label_use;         // most recent first
    FrameStats stats;

    void build(const Project& project);
    void patch_booths(const std::vector<BoothId>& booths);
    void ensure_gl();
    void upload_scene();
    void upload_maps();
    void draw_maps(GpuLayer& quads, const std::vector<int>& halls, const glm::mat4& vp, bool lit, DrawCount& n);
    void upload_atlas();
    void scale_up(int x, int y, int w, int h, GLuint target); // the reduced frame onto the target
    void place_cameras(ScreenRect rect);
    void advance_flight();
    HallLabels& hall_labels(int hall);
    void forget_labels(HallId hall);

    void draw_plan(Viewport v, DrawCount& n);
    void draw_preview(const std::vector<int>& halls, const glm::mat4& vp, double zoom, DrawCount& n);
    bool paint_preview_picture(double per_m, DrawCount& n);
    void upload_preview();
    bool paint_preview_now(); // zoomed out: uploads and paints the preview; false when near or not ready
    void draw_scene(Viewport v, DrawCount& n);
    void update_shadows();
    void render_shadow_map(const Box& area);
    void rebuild_overlays(ViewKind view, Viewport v);
    // The live layer alone over what the framebuffer holds (live_layer.cpp).
    void draw_live(ViewKind view, ScreenRect rect, int fb_h);
    glm::mat4 view_projection(ViewKind view, Viewport v, float& focal) const;
    // Framebuffer pixels the live layer covers now (from live_box), with room for line widths.
    ScreenRect live_screen(ViewKind view, ScreenRect rect) const;
    void draw_overlays(const glm::mat4& vp, Viewport v, float focal, DrawCount& n);
    // `focal`: pixels per metre at clip w = 1 (the plan's zoom; the 3D projection's scale).
    // `tiles`: only the batch's tiles it says true for (those in view); all without it.
    void draw_glyphs(const GlyphBatch& batch, const glm::mat4& vp, float focal, float min_px, float max_px,
                     DrawCount& n, const GlyphBatch::TileFilter* tiles = nullptr);
    // Fascia text of the near halls in the 3D view, the tiles in `planes` (the frustum) and large
    // enough to be shown.
    void draw_fascia(const std::vector<int>& near, const std::array<glm::dvec4, 6>& planes, const glm::dmat4& vpd,
                     double focal, DrawCount& n);

    glm::dmat4 scene_view() const;
    glm::dmat4 scene_projection(Viewport v) const;
    glm::dvec3 scene_eye() const;
    Ray scene_ray(Viewport v, Vec2 at) const;
    std::vector<int> visible_halls_plan(Viewport v) const;
};

} // namespace bp::gl

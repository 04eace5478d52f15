// CONTRACT (being implemented): the OpenGL 3.3 core renderer of the 2D plan and the 3D hall view,
// as the planner window and `boothplan render` use it. The renderer may add to this interface;
// it does not take away from it without telling the window.
//
// The renderer draws the plan description of layout/plan (same colours and labels as the booth
// maps). It needs a current GL 3.3 core context with glad loaded; it never calls GLFW or ImGui.
#pragma once

#include "layout/edit/edit.h"
#include "layout/model/model.h"
#include "layout/plan/colour_key.h"
#include "layout/rules/checks.h"
#include "render/scene/preview_plan.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bp::gl
{

enum class ViewKind
{
    Plan,   // orthographic top view
    Scene3D // perspective: orbit camera or walk-through
};

// When frames are drawn multisampled (4x MSAA). Software rasterisers (llvmpipe) pay about three
// times the frame for it, so by default a frame is multisampled once the picture stands still.
enum class Antialias : uint8_t
{
    Off,
    WhenStill, // moving frames without, then one multisampled frame (needs_redraw() asks for it)
    Always
};

// What the View menu switches.
struct DisplayOptions
{
    ColourBy colour_by = ColourBy::Pavilion;
    bool labels = true; // booth numbers and exhibitor names (level of detail decides when)
    bool columns = true;
    bool violations = true;       // markers at the check report's violations
    bool door_clearances = true;  // the 4 m clear zones in front of doors
    bool pavilion_regions = true; // translucent planner-placed regions and sector zones
    Antialias antialias = Antialias::WhenStill;
    // With WhenStill, moving 3D frames are drawn at this share of the width and height (0.25 to 1)
    // and scaled up (about 40 % less time under llvmpipe at 0.5); the still frame that follows is
    // drawn at full resolution.
    float moving_resolution = 0.5f;
};

// A rectangle of the window in framebuffer pixels, origin at the top left (as mouse positions come).
struct ScreenRect
{
    float x = 0, y = 0, w = 0, h = 0;
};

// What lies under a screen point.
struct Pick
{
    enum class Kind : uint8_t
    {
        None,
        Hall,
        Booth,
        Pavilion, // a planner-placed pavilion region
        Door
    };
    Kind kind = Kind::None;
    HallId hall;
    BoothId booth;
    PavilionId pavilion;
    int door = -1; // index into Hall::doors
    Vec2 at;       // venue metres on the floor
};

// What the window has selected and highlights.
struct Selection
{
    std::vector<BoothId> booths;
    std::vector<PavilionId> pavilions;
    HallId hall;
};

// A shape drawn over the plan by an editing tool: a dragged pavilion footprint (green where it
// fits, red where it collides), a zone being drawn, a rubber band.
struct Overlay
{
    HallId hall;
    Polygon shape; // venue metres
    uint32_t rgba = 0x2E7D3280;
    std::string label; // drawn at the shape's centre, e.g. "overlaps Malaysia pavilion by 27 m²"
};

struct FrameStats
{
    double cpu_ms = 0; // time spent in draw() on the CPU side
    int draw_calls = 0;
    int64_t triangles = 0;
    int64_t gpu_bytes = 0; // buffers and textures held
    double build_ms = 0;   // last full scene build
    double patch_ms = 0;   // last incremental update
};

class Renderer
{
public:
    Renderer();
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    // Builds the whole scene from the project (uploads static geometry once).
    void set_project(const Project& project);
    // Patches what an edit touched (booth colours, labels, one hall's geometry).
    void update(const Project& project, const ChangeSet& changed);
    void set_display(const DisplayOptions& options);
    void set_check_report(const CheckReport& report);
    void set_hover(const Pick& pick);
    void set_selection(const Selection& selection);
    void set_highlight(const std::vector<BoothId>& booths); // e.g. who moved in the last re-seat
    void set_overlays(std::vector<Overlay> overlays);
    // Shows another plan over the project's booths in the plan view: the project's booths drawn
    // free, the preview's booths filled and outlined over them, booth numbers and names left out
    // (they are the project's); only the halls in view are drawn. Booths given in row order (block,
    // row, module) cost fewer vertices: touching ones of one colour are filled as one rectangle.
    // Empty: the project's plan again.
    void set_preview(const std::vector<PreviewBooth>& booths);
    // The same with the vertices made beforehand (make_preview_plan, on any thread): only the
    // upload is left, at the next draw (outlines only once drawn, near).
    void set_preview(PreviewPlan plan);
    // Zoomed out, a preview set is painted at once and shown from the next frame: the window asks
    // for one more frame while preview_waiting(), and calls reveal_preview() at its start (true
    // when the view is to be drawn again).
    bool reveal_preview();
    bool preview_waiting() const;
    size_t hall_count() const; // of the project set

    // Cameras: pan and zoom anchored at the cursor, orbit, fly to a box or a booth.
    void pan(ViewKind view, ScreenRect rect, float dx_px, float dy_px);
    void zoom_at(ViewKind view, ScreenRect rect, float x_px, float y_px, float wheel_steps);
    void orbit(ScreenRect rect, float dx_px, float dy_px); // 3D only
    void fit(ViewKind view, ScreenRect rect, const Box& venue_box, bool animate = true);
    void fly_to_booth(ViewKind view, ScreenRect rect, BoothId booth);
    void set_walk(bool on);                                    // 3D walk-through at eye height 1.7 m
    void walk(float forward_m, float right_m, float turn_rad); // collides with booths and walls
    std::optional<Vec2> walker() const; // where the walk-through stands; nullopt when not walking
    // The venue box the plan camera shows now (for the minimap's rectangle).
    Box visible_box(ScreenRect rect) const;
    // Exact cameras (snapshots, tests, benchmarks): the plan centred on a point at a zoom, the 3D
    // orbit camera from an eye to a target (venue metres, z up); a flight under way jumps to its end.
    void show_plan(Vec2 centre, double px_per_m);
    void look_at(double eye_x, double eye_y, double eye_z, double target_x, double target_y, double target_z);
    void finish_animation();
    // True when something drawn changed since the last draw() (the window redraws only then). The
    // live layer (hover, selection, highlight, tool shapes) is not counted: see live_changed().
    bool needs_redraw() const;

    // What draw() draws: everything (snapshots, tests), the view without its live layer (the
    // window keeps that picture and draws the live layer over it each frame), or the live layer
    // alone over what the framebuffer holds.
    enum class Layers : uint8_t
    {
        All,
        Base,
        Live
    };
    // Draws into the bound framebuffer inside `rect` of a framebuffer fb_w x fb_h pixels (Live keeps
    // to the scissor box already set as well).
    void draw(ViewKind view, ScreenRect rect, int fb_w, int fb_h, Layers layers = Layers::All);
    // True when the live layer changed since it was last drawn.
    bool live_changed() const;
    // Framebuffer pixels (origin top left) the live layer covered when last drawn in this view, and
    // covers now: what a frame must draw again when only it changed (the whole view when unsure).
    ScreenRect live_damage(ViewKind view, ScreenRect rect);
    // True while a camera flight is under way: the window keeps drawing frames until it ends.
    bool animating() const;

    // On the CPU from the layout and the collision index; no GPU read-back.
    Pick pick(ViewKind view, ScreenRect rect, float x_px, float y_px) const;
    // The venue point on the floor under a screen point (nullopt when the ray misses the floor).
    std::optional<Vec2> to_venue(ViewKind view, ScreenRect rect, float x_px, float y_px) const;

    FrameStats stats() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace bp::gl

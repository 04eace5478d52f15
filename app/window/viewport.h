// The centre of the window: the renderer's plan, 3D or split views of the project, with the camera
// gestures (wheel zoom at the cursor, middle-drag pan, right-drag orbit), hover, the active tool
// (selection by default; the editing tools of tools/ plug in here) and a minimap of the venue.
#pragma once

#include "tools/select_tool.h"
#include "tools/tool.h"

#include "layout/rules/checks.h"
#include "render/gl/renderer.h"
#include "screen_damage.h"
#include "view_cache.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace bp::win
{

class UiProbe;

enum class ViewLayout : uint8_t
{
    Plan,
    Scene3D,
    Split
};

// What the viewport needs from the window in a frame.
struct ViewportFrame
{
    const Project& project;
    PlanSelection& selection;
    std::function<void(Edit)> apply;
    std::function<const std::string&(const std::string&)> display; // shaped names
    bool read_only = false;
    float x = 0, y = 0, w = 0, h = 0; // the area in ImGui (window) coordinates
    float fb_scale = 1;               // framebuffer pixels per window coordinate
    UiProbe* probe = nullptr;         // tests: where the minimap is
    std::function<void(const std::string&)> say; // a tool's outcome for the status bar
    std::function<void(SolveScope)> solve;        // a tool starts a solve (a pavilion re-seat)
};

class Viewport
{
public:
    Viewport();
    ~Viewport();
    Viewport(const Viewport&) = delete;
    Viewport& operator=(const Viewport&) = delete;

    // Needs a current GL context (made by the platform before the first project opens).
    void set_project(const Project& project);
    void close_project();
    void update(const Project& project, const ChangeSet& changed);
    void set_selection(const PlanSelection& selection);
    void set_checks(const CheckReport& report);
    void set_highlight(const std::vector<BoothId>& booths);
    // Another plan over the project's booths (the solver's best so far); empty: none.
    void set_preview(const std::vector<PreviewBooth>& booths);
    void set_preview(PreviewPlan plan);
    // Zoomed out a new preview is painted when set and drawn from the next frame (Renderer).
    void reveal_preview();
    // The floor point of the plan view under a framebuffer pixel (nullopt off the floor).
    std::optional<Vec2> venue_at(float x, float y) const;
    bool preview_waiting() const;
    void apply_display();

    // During the ImGui frame: input, hover tooltip, minimap, rubber band. True when the selection changed.
    bool draw_ui(ViewportFrame& f);
    // After ImGui::Render, before ImGui draws: the renderer draws each view into its rectangle
    // (or the views are copied from the cache when nothing in them changed).
    void draw_scene(int fb_w, int fb_h);
    // Before draw_scene: the pixels it will draw differently from the last frame (the views' old
    // and new rectangles when they are drawn again; nothing when they come from the cache).
    PixelRect scene_damage(int fb_w, int fb_h);

    void fit_all(const Project& project, bool animate = true);
    void fit_box(Box box, bool animate = true);
    void fly_to_booth(BoothId booth);
    void pan_by(float dx_px, float dy_px); // the benchmark's panning
    // True while a camera flight or a tool gesture needs more frames, or the renderer asks for one
    // more (the antialiased frame once the picture stands still).
    bool animating() const;
    bool has_project() const { return renderer_ != nullptr; }
    // A gesture that began outside the plan (a pavilion dragged from the list): the tool takes the
    // pointer until the button is released, then the selection tool is back. False when a gesture
    // is already under way.
    bool begin_drag(std::unique_ptr<Tool> tool);
    // A mode: a tool that stays until another is chosen, Esc, or its work is done (measure, hall
    // drawing, a sector's zone); false while a gesture is under way.
    bool use_tool(std::unique_ptr<Tool> tool);
    bool in_mode() const { return mode_; }
    void end_mode(); // the selection tool again
    bool tool_busy() const { return tool_gesture_; }
    const Tool& tool() const { return *tool_; }
    const gl::Pick& hover() const { return hover_; }
    // The venue box the plan view shows (empty without a project).
    Box plan_visible_box() const;
    gl::FrameStats stats() const;
    // Frames in which the renderer drew the views (the others copied them from the cache).
    int64_t views_drawn() const { return views_drawn_; }

    ViewLayout layout = ViewLayout::Plan;
    gl::DisplayOptions display;
    bool minimap = true;
    std::string hover_text;  // "2.1C07 · Tehran Saba Healthcare Co." for the status bar
    std::string cursor_text; // "x 42.0 m  y 17.5 m"
    std::string tool_status; // the active tool's line
    // Where the views were drawn last frame (framebuffer pixels), for tests and the benchmark.
    gl::ScreenRect plan_rect, scene_rect;

private:
    struct RendererDeleter
    {
        void operator()(gl::Renderer* r) const;
    };
    std::unique_ptr<gl::Renderer, RendererDeleter> renderer_;
    // Declared after the renderer so that it goes first, while the GL context is still there.
    ViewCache cache_;
    gl::ScreenRect cached_plan_, cached_scene_;
    int64_t views_drawn_ = 0;
    std::optional<bool> redraw_decided_; // this frame's: the views are drawn again (not copied)
    std::unique_ptr<Tool> tool_;
    bool tool_gesture_ = false;
    bool between_clicks_ = false; // a gesture that goes on between clicks (Tool::continues)
    bool tool_one_shot_ = false; // the tool goes back to selection when its gesture ends
    bool mode_ = false;          // the tool was chosen as a mode (use_tool)
    // The fields of an exact size typed while dragging (Enter), in viewport_typing.cpp.
    void typed_size_field(ToolContext& ctx, ViewportFrame& f);
    bool typing_open_ = false;
    double typing_w_ = 0, typing_d_ = 0;
    bool drag_cancelled_ = false; // Esc ended a list drag: no new one until the button is released
    int camera_button_ = -1; // the mouse button of a pan or orbit under way
    gl::Pick hover_;
    // What the tool drew last: handed to the renderer only when it changes, since any change
    // makes the renderer draw again (and never settle on its antialiased still frame).
    std::vector<gl::Overlay> overlays_;
    Box venue_box_;
    std::optional<std::pair<Box, bool>> pending_fit_; // asked before the views had a size
    std::vector<Polygon> minimap_halls_;
    gl::ScreenRect rect_for(gl::ViewKind view) const;
    bool views_fresh(int fb_w, int fb_h) const; // the cache holds the views as they are now
    bool view_at(float x, float y, gl::ViewKind& view) const;
    // Where the minimap lies (window coordinates) and the venue box the plan shows; none when the
    // whole venue is in sight.
    struct Minimap
    {
        float x = 0, y = 0, w = 0, h = 0;
        double k = 1; // minimap pixels per metre
        Box visible;
    };
    bool minimap_drag_ = false;
    // The phases of draw_ui.
    void place_views(const ViewportFrame& f);
    void camera_gestures(ToolContext& ctx, float mx, float my, bool hovered, bool over_view, float fb_scale);
    void tool_gestures(ToolContext& ctx, const PointerEvent& e, const std::optional<Minimap>& map, bool hovered,
                       bool over_view);
    void update_hover(const ViewportFrame& f, gl::ViewKind view, const PointerEvent& e, bool hovered, bool over_view);
    std::optional<Minimap> minimap_layout(const ViewportFrame& f) const;
    void minimap_jump(const Minimap& m, float mouse_x, float mouse_y);
    void draw_minimap(ViewportFrame& f, const Minimap& m);
};

} // namespace bp::win

// Editing tools of the viewport (issue 11: drag a pavilion, draw a zone, move a booth; the selection
// tool here). The viewport routes the pointer to the active tool after its own camera gestures
// (wheel zoom, middle-drag pan, right-drag orbit); a tool changes the project only by emitting Edits,
// so everything it does undoes, and shows its feedback as renderer overlays and a status line.
#pragma once

#include "layout/edit/edit.h"
#include "layout/model/model.h"
#include "render/gl/renderer.h"
#include "solver/solver.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace bp::win
{

// What the planner has selected: booths, placed pavilion regions, a hall, or one exhibitor picked
// from a list (possibly without a booth).
struct PlanSelection
{
    std::vector<BoothId> booths; // sorted, unique
    std::vector<PavilionId> pavilions;
    HallId hall;
    ExhibitorId exhibitor;
    bool empty() const { return booths.empty() && pavilions.empty() && !hall.valid() && !exhibitor.valid(); }
    friend bool operator==(const PlanSelection&, const PlanSelection&) = default;
};

// A mouse event over the viewport, in framebuffer pixels (as the renderer wants them).
struct PointerEvent
{
    float x = 0, y = 0;
    std::optional<Vec2> venue; // the floor point under it, when the ray meets the floor
    int button = 0;            // 0 left, 1 right, 2 middle
    bool shift = false, ctrl = false, alt = false;
};

// What a tool may use: the project as it stands, the renderer's picking and projection for the view
// under the pointer, and the only way to change anything.
struct ToolContext
{
    const Project& project;
    const gl::Renderer& renderer;
    gl::ViewKind view;
    gl::ScreenRect rect;
    PlanSelection& selection;
    std::function<void(Edit)> apply;             // lands on the undo stack
    bool read_only = false;                      // a solver run holds the plan: look, do not touch
    std::function<void(const std::string&)> say; // the outcome of a gesture, for the status bar
    std::function<void(SolveScope)> solve;       // starts a run on the window's solver worker
    // Says it when the window listens (tests drive tools without a status bar).
    void tell(const std::string& s) const
    {
        if (say)
            say(s);
    }
};

// A footprint or a zone under the pointer as the plan shows it: green, labelled `name`, where it
// fits; red, labelled with the reason, where it does not.
inline gl::Overlay verdict_overlay(HallId hall, const Polygon& shape, bool fits, const std::string& name,
                                   const std::string& reason)
{
    constexpr uint32_t kFitsRgba = 0x2E7D3290;    // green, translucent
    constexpr uint32_t kBlockedRgba = 0xC628289A; // red, translucent
    return gl::Overlay{hall, shape, fits ? kFitsRgba : kBlockedRgba, fits ? name : reason};
}

// An exact size typed while dragging (Enter): metres east-west and north-south; or, for a tool
// that moves something, the offset from where the drag began.
struct TypedSize
{
    double east_m = 0, north_m = 0;
    bool offset = false;
};

class Tool
{
public:
    virtual ~Tool() = default;
    virtual const char* id() const = 0; // "select", "drag-pavilion", ...

    // A button went down over the viewport; true when the tool takes the gesture (the viewport then
    // sends it the moves and the release).
    virtual bool pointer_down(ToolContext& ctx, const PointerEvent& e) = 0;
    virtual void pointer_move(ToolContext& ctx, const PointerEvent& e) = 0;
    virtual void pointer_up(ToolContext& ctx, const PointerEvent& e) = 0;
    // Esc while a gesture is under way.
    virtual void cancel(ToolContext& ctx) = 0;
    // A key while the viewport has focus (arrow nudges, Enter for exact sizes); true when used.
    virtual bool key(ToolContext&, int /*glfw_key*/, int /*mods*/) { return false; }
    // The wheel while a gesture is under way (a footprint's shape); true when used, else it zooms.
    virtual bool wheel(ToolContext&, float /*steps*/) { return false; }
    // While the planner types an exact size (Enter during a drag): the size now, to start from.
    virtual std::optional<TypedSize> typing() const { return std::nullopt; }
    // The size typed (Enter in the fields), or nullopt when the planner gave up typing (Esc).
    virtual void typed(ToolContext&, std::optional<TypedSize>) {}

    // Shapes the renderer draws over the plan while the tool works (footprints, zones).
    virtual std::vector<gl::Overlay> overlays(const ToolContext&) const { return {}; }
    // A rectangle in framebuffer pixels the viewport draws itself (the selection rubber band).
    virtual std::optional<gl::ScreenRect> screen_band() const { return std::nullopt; }
    // A line for the status bar ("overlaps Malaysia pavilion by 27 m²"); empty when none.
    virtual std::string status() const { return {}; }
    // True while a gesture is under way (the window keeps drawing frames).
    virtual bool busy() const = 0;
    // True after a release when the gesture goes on (a zone's corners clicked one by one): the
    // pointer's moves, the keys and the next click still go to the tool until it says false.
    virtual bool continues() const { return false; }
    // True when the tool has done its work (a zone drawn): the selection tool is back.
    virtual bool done() const { return false; }
};

} // namespace bp::win

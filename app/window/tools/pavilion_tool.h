// Dragging a pavilion from the pavilion list onto a hall (issue 11, part 1): the footprint follows
// the cursor snapped to modules and block edges, green where it fits and red with the reason where
// it does not; a drop places the region (one edit, settled to the nearest free place when the drop
// point is blocked, refused when none is near) and starts the re-seat of the members inside it.
#pragma once

#include "pavilion_footprint.h"
#include "tool.h"

#include <optional>
#include <string>

namespace bp::win
{

class PavilionTool final : public Tool
{
public:
    PavilionTool(const Project& project, PavilionId pavilion);
    const char* id() const override { return "drag-pavilion"; }
    bool pointer_down(ToolContext& ctx, const PointerEvent& e) override;
    void pointer_move(ToolContext& ctx, const PointerEvent& e) override;
    void pointer_up(ToolContext& ctx, const PointerEvent& e) override;
    void cancel(ToolContext& ctx) override;
    bool key(ToolContext& ctx, int glfw_key, int mods) override;
    bool wheel(ToolContext& ctx, float steps) override;
    std::optional<TypedSize> typing() const override;
    void typed(ToolContext& ctx, std::optional<TypedSize> size) override;
    std::vector<gl::Overlay> overlays(const ToolContext& ctx) const override;
    std::string status() const override;
    bool busy() const override { return active_; }
    // The footprint under the cursor now (tests and the benchmark); nullopt off the plan.
    const std::optional<FootprintVerdict>& verdict() const { return verdict_; }

private:
    PavilionFootprint footprint_;
    std::string name_;
    bool active_ = true; // started by the list's drag, already under way
    std::optional<Vec2> cursor_;
    bool snap_ = true;
    int judged_delta_ = 0, judged_l_ = 0;
    bool typing_ = false; // Enter pressed: the viewport shows the fields for an exact size
    std::optional<FootprintVerdict> verdict_;
    void follow(const PointerEvent& e);
    void reshape(int bands);
    void next_l(); // L: the rectangle becomes an L, each press cuts the next corner, then a rectangle again
};

} // namespace bp::win

// The selection tool: click picks a booth, a placed pavilion region or a hall; Shift adds to (or
// takes from) the selection; a drag over the floor draws a rubber band that selects the booths inside;
// Ctrl+drag from a taken booth moves its exhibitor to another booth (exhibitor_tool.h); a drag from
// a handle of the selected pavilion's region resizes it (region_resize.h).
#pragma once

#include "exhibitor_tool.h"
#include "region_resize.h"
#include "tool.h"

#include <optional>

namespace bp::win
{

class SelectTool final : public Tool
{
public:
    const char* id() const override { return drag_ ? "move-exhibitor" : resize_ ? "resize-region" : "select"; }
    bool pointer_down(ToolContext& ctx, const PointerEvent& e) override;
    void pointer_move(ToolContext& ctx, const PointerEvent& e) override;
    void pointer_up(ToolContext& ctx, const PointerEvent& e) override;
    void cancel(ToolContext& ctx) override;
    std::optional<gl::ScreenRect> screen_band() const override;
    std::vector<gl::Overlay> overlays(const ToolContext& ctx) const override;
    std::string status() const override;
    bool busy() const override { return down_; }

private:
    bool down_ = false, banding_ = false;
    std::optional<ExhibitorDrag> drag_; // Ctrl+drag from a taken booth
    std::optional<RegionResize> resize_; // a drag from a handle of the selected pavilion's region
    float x0_ = 0, y0_ = 0, x1_ = 0, y1_ = 0;
};

// Booths whose centre lies inside the floor polygon (venue metres).
std::vector<BoothId> booths_inside(const Project& project, const Polygon& floor);

// Shift-click logic: adds the booth, or takes it out when it was already selected.
void toggle_booth(PlanSelection& selection, BoothId booth);

} // namespace bp::win

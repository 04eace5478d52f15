// The hall drawing mode (View ▸ Edit hall drawing, H): a drag moves the column or blocked zone under
// the pointer (snapped to half metres; Alt: free) or slides a door along its wall, green where it may
// stand and red with the reason; a release changes the hall's drawing and generates its grid again
// in one edit, saying how many bookings were kept and who lost a booth. Enter during the drag types
// the exact offset in metres (east, north).
#pragma once

#include "hall_drawing.h"
#include "tool.h"

#include <optional>
#include <string>

namespace bp::win
{

class HallDrawingTool final : public Tool
{
public:
    const char* id() const override { return "hall-drawing"; }
    bool pointer_down(ToolContext& ctx, const PointerEvent& e) override;
    void pointer_move(ToolContext& ctx, const PointerEvent& e) override;
    void pointer_up(ToolContext& ctx, const PointerEvent& e) override;
    void cancel(ToolContext& ctx) override;
    std::vector<gl::Overlay> overlays(const ToolContext& ctx) const override;
    std::string status() const override;
    bool busy() const override { return fixture_.has_value(); }
    bool key(ToolContext& ctx, int glfw_key, int mods) override;
    std::optional<TypedSize> typing() const override;
    void typed(ToolContext& ctx, std::optional<TypedSize> offset) override;

private:
    std::optional<Fixture> fixture_;
    std::string name_;
    Vec2 from_;
    Vec2 offset_;
    std::optional<FixtureMove> preview_;
    bool typing_ = false; // Enter pressed: the viewport shows the fields for an exact offset
    bool typed_ = false;  // an offset typed: it holds until the release, whatever the pointer does
};

} // namespace bp::win

// The hall drawing mode (View ▸ Edit hall drawing, H): a drag moves the column or blocked zone under
// the pointer (snapped to half metres; Alt: free) or slides a door along its wall, green where it may
// stand and red with the reason; a release changes the hall's drawing and generates its grid again
// in one edit, saying how many bookings were kept and who lost a booth.
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

private:
    std::optional<Fixture> fixture_;
    std::string name_;
    Vec2 from_;
    Vec2 offset_;
    std::optional<FixtureMove> preview_;
};

} // namespace bp::win

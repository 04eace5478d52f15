// The measure tool (issue 11, precision): M, then a drag over the plan measures the distance
// between two points, each snapped to the nearest module corner of a block (held Alt: where the
// pointer is); the line and its length stay on the plan until the next measurement or Esc.
#pragma once

#include "measure.h"
#include "tool.h"

#include <optional>
#include <string>

namespace bp::win
{

class MeasureTool final : public Tool
{
public:
    const char* id() const override { return "measure"; }
    bool pointer_down(ToolContext& ctx, const PointerEvent& e) override;
    void pointer_move(ToolContext& ctx, const PointerEvent& e) override;
    void pointer_up(ToolContext& ctx, const PointerEvent& e) override;
    void cancel(ToolContext& ctx) override;
    std::vector<gl::Overlay> overlays(const ToolContext& ctx) const override;
    std::string status() const override;
    bool busy() const override { return active_; }
    const std::optional<Measurement>& measurement() const { return measured_; }

private:
    bool active_ = false;
    std::optional<Vec2> from_;
    std::optional<Measurement> measured_;
};

} // namespace bp::win

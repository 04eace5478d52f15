// Drawing a sector's zone (issue 11, part 3): Sectors ▸ Draw, then either a drag on a hall between
// two corners, or clicks on its corners one by one (a polygon: a click on the first corner, a double
// click or Enter closes it, Backspace takes the last corner back), snapped to module corners; green
// with its size and booth area where it can be the zone, red with the reason (across a wall, over
// another sector's zone, sides crossing, no booths inside). Finishing it there draws it (one
// PlaceSectorZone edit) and the selection tool is back.
#pragma once

#include "sector_zone.h"
#include "tool.h"

#include <optional>
#include <string>
#include <vector>

namespace bp::win
{

class ZoneTool final : public Tool
{
public:
    ZoneTool(const Project& project, SectorId sector);
    const char* id() const override { return "draw-zone"; }
    bool pointer_down(ToolContext& ctx, const PointerEvent& e) override;
    void pointer_move(ToolContext& ctx, const PointerEvent& e) override;
    void pointer_up(ToolContext& ctx, const PointerEvent& e) override;
    void cancel(ToolContext& ctx) override;
    std::vector<gl::Overlay> overlays(const ToolContext& ctx) const override;
    bool key(ToolContext& ctx, int glfw_key, int mods) override;
    std::string status() const override;
    bool busy() const override { return from_.has_value() || !corners_.empty(); }
    bool continues() const override { return !corners_.empty(); }
    bool done() const override { return drawn_; }

private:
    SectorId sector_;
    std::string name_;
    std::optional<Vec2> from_;  // where the button went down
    std::vector<Vec2> corners_; // the outline's corners clicked so far (snapped)
    std::optional<Vec2> cursor_; // the outline's next corner, where the pointer is (snapped)
    std::optional<ZoneVerdict> verdict_;
    bool drawn_ = false;
    void follow(ToolContext& ctx, const PointerEvent& e); // the outline with the pointer as its next corner
    void finish(ToolContext& ctx, ZoneVerdict v);
};

} // namespace bp::win

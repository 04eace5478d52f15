// Drawing a sector's zone (issue 11, part 3): Sectors ▸ Draw, then a drag on a hall between two
// corners snapped to module corners; green with its size and booth area where it can be the zone,
// red with the reason (across a wall, over another sector's zone, no booths inside); a release
// there draws it (one PlaceSectorZone edit) and the selection tool is back.
#pragma once

#include "sector_zone.h"
#include "tool.h"

#include <optional>
#include <string>

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
    std::string status() const override;
    bool busy() const override { return from_.has_value(); }
    bool done() const override { return drawn_; }

private:
    SectorId sector_;
    std::string name_;
    std::optional<Vec2> from_;
    std::optional<ZoneVerdict> verdict_;
    bool drawn_ = false;
};

} // namespace bp::win

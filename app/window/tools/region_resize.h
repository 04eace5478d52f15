// Resizing a placed pavilion region by its handles (issue 11, part 1): with one placed pavilion
// selected, the plan shows eight handles on its region (corners and the middles of its sides); a
// drag from one moves those sides, in whole modules (Alt: free), the region green where it fits and
// red with the reason where it does not (the footprint's rules: walls, columns and blocked zones in
// aisles, other pavilions, the area its blocks hold); the release applies it as one edit. Started
// by the selection tool; Esc cancels.
#pragma once

#include "region_edits.h"
#include "tool.h"

#include <optional>
#include <string>
#include <vector>

namespace bp::win
{

// The sides of the handle under the pointer, for the one placed pavilion selected (plan view only).
std::optional<uint8_t> region_handle_under(const ToolContext& ctx, const PointerEvent& e);
// The handles drawn on the selected pavilion's region (none when nothing resizable is selected).
std::vector<gl::Overlay> region_handle_overlays(const ToolContext& ctx);

class RegionResize
{
public:
    RegionResize(const Project& project, PavilionId pavilion, uint8_t sides);
    void move(ToolContext& ctx, const PointerEvent& e);
    void release(ToolContext& ctx, const PointerEvent& e);
    std::vector<gl::Overlay> overlays() const;
    std::string status() const;
    const std::optional<RegionChange>& verdict() const { return now_; }

private:
    PavilionId pavilion_;
    uint8_t sides_ = 0;
    std::string name_;
    std::optional<RegionChange> now_;
};

} // namespace bp::win

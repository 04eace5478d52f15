// Dragging an exhibitor from its booth onto another (issue 11, part 4), started by Ctrl+drag on a
// taken booth: the booth under the cursor is outlined green where the move (or the swap with its
// exhibitor) keeps every hard rule, red with the reason where it does not (a competitor next door,
// a locked booth, a booth too small, outside the pavilion's region, blocked); the release applies
// it as one edit or says why not. Esc cancels.
#pragma once

#include "booth_edits.h"
#include "tool.h"

#include <optional>
#include <string>

namespace bp::win
{

class ExhibitorDrag
{
public:
    ExhibitorDrag(const Project& project, ExhibitorId exhibitor, BoothId from);
    void move(ToolContext& ctx, const PointerEvent& e);
    void release(ToolContext& ctx, const PointerEvent& e);
    void cancel(ToolContext& ctx);
    std::vector<gl::Overlay> overlays(const ToolContext& ctx) const;
    std::string status() const;
    // The booth under the cursor and what a release there would do (tests).
    std::optional<BoothId> target() const { return target_; }
    const BoothEdit& verdict() const { return verdict_; }

private:
    ExhibitorId exhibitor_;
    BoothId from_;
    std::string name_;
    std::optional<BoothId> target_;
    BoothEdit verdict_;
    std::string target_number_, occupant_; // the target's number and exhibitor, for the status line
};

} // namespace bp::win

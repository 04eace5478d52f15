// The pavilion drag: footprint under the cursor, live verdict, drop as a PlacePavilion edit and the
// re-seat of the members in the placed region on the solver's worker.
#include "pavilion_tool.h"

#include "app/window/i18n.h"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>


namespace bp::win
{

PavilionTool::PavilionTool(const Project& project, PavilionId pavilion)
    : footprint_(project, pavilion), name_(project.pavilion(pavilion).name)
{
}

bool PavilionTool::pointer_down(ToolContext& ctx, const PointerEvent& e)
{
    if (e.button != 0 || ctx.read_only)
        return false;
    active_ = true;
    follow(e);
    return true;
}

void PavilionTool::follow(const PointerEvent& e)
{
    if (!e.venue)
    {
        cursor_.reset();
        verdict_.reset(); // over a panel: nothing to show, a release there cancels
        return;
    }
    const bool snap = !e.alt;
    if (cursor_ && verdict_ && *cursor_ == *e.venue && snap == snap_ && judged_delta_ == footprint_.bands_delta &&
        judged_l_ == footprint_.l_corner)
        return;
    cursor_ = e.venue;
    snap_ = snap;
    judged_delta_ = footprint_.bands_delta;
    judged_l_ = footprint_.l_corner;
    verdict_ = footprint_.at(*cursor_, snap_);
}

void PavilionTool::pointer_move(ToolContext&, const PointerEvent& e)
{
    if (active_)
        follow(e);
}

void PavilionTool::pointer_up(ToolContext& ctx, const PointerEvent& e)
{
    if (!active_)
        return;
    follow(e);
    active_ = false;
    if (!cursor_)
    {
        ctx.tell(tr(S::PavilionDragCancelled));
        verdict_.reset();
        return;
    }
    if (ctx.read_only)
    {
        ctx.tell(tr(S::ReadOnlyWhileSolving));
        verdict_.reset();
        return;
    }
    std::optional<FootprintDrop> drop = footprint_.drop(*cursor_, snap_);
    if (!drop)
    {
        ctx.tell(trf(S::PavilionRefusedXY, {name_, verdict_ ? verdict_->reason : std::string(tr(S::FootprintOutside))}));
        verdict_.reset();
        return;
    }
    const PavilionId pavilion = footprint_.pavilion();
    const std::string hall = ctx.project.hall(drop->verdict.hall).code;
    ctx.apply(PlacePavilion{pavilion, Region{drop->verdict.hall, drop->verdict.shape}});
    // The pavilion dropped is selected: its handles show, the arrows, R, Del and Ctrl+D act on it.
    ctx.selection = PlanSelection{};
    ctx.selection.pavilions = {pavilion};
    ctx.selection.hall = drop->verdict.hall;
    ctx.tell(drop->settled ? trf(S::PavilionSettledXYZ, {name_, hall, wording_figure(drop->moved_m, 1)})
                      : trf(S::PavilionPlacedXY, {name_, hall}));
    verdict_.reset();
    if (ctx.solve && !ctx.project.members(pavilion).empty())
    {
        SolveScope scope;
        scope.reseat = pavilion;
        ctx.solve(scope);
    }
}

void PavilionTool::cancel(ToolContext& ctx)
{
    active_ = false;
    verdict_.reset();
    ctx.tell(tr(S::PavilionDragCancelled));
}

bool PavilionTool::key(ToolContext&, int glfw_key, int)
{
    if (glfw_key == GLFW_KEY_ENTER || glfw_key == GLFW_KEY_KP_ENTER)
        typing_ = active_;
    else if (glfw_key == GLFW_KEY_LEFT_BRACKET || glfw_key == GLFW_KEY_MINUS)
        reshape(-1);
    else if (glfw_key == GLFW_KEY_RIGHT_BRACKET || glfw_key == GLFW_KEY_EQUAL)
        reshape(1);
    else if (glfw_key == GLFW_KEY_L)
        next_l();
    else
        return false;
    return true;
}

// The wheel up makes the footprint deeper (more block rows), down longer and shallower.
bool PavilionTool::wheel(ToolContext&, float steps)
{
    if (steps == 0)
        return false;
    reshape(steps > 0 ? 1 : -1);
    return true;
}

std::optional<TypedSize> PavilionTool::typing() const
{
    if (!typing_ || !active_)
        return std::nullopt;
    if (verdict_ && !verdict_->shape.empty())
    {
        const Box b = bounds(verdict_->shape);
        return TypedSize{b.width(), b.height()};
    }
    const double side = std::sqrt(std::max(footprint_.need_m2(), 1.0));
    return TypedSize{side, side};
}

void PavilionTool::typed(ToolContext& ctx, std::optional<TypedSize> size)
{
    typing_ = false;
    if (!size)
        return;
    constexpr double kSmallest_m = 1, kLargest_m = 2000;
    if (!(size->east_m >= kSmallest_m && size->north_m >= kSmallest_m && size->east_m <= kLargest_m &&
          size->north_m <= kLargest_m))
    {
        ctx.tell(tr(S::TypedSizeRefused));
        return;
    }
    footprint_.size_m = Vec2{size->east_m, size->north_m};
    if (cursor_)
        verdict_ = footprint_.at(*cursor_, snap_);
}

void PavilionTool::reshape(int bands)
{
    footprint_.size_m.reset(); // block rows again instead of the size typed
    footprint_.bands_delta += bands;
    if (!cursor_)
        return;
    const std::optional<FootprintVerdict> before = verdict_;
    verdict_ = footprint_.at(*cursor_, snap_);
    if (before && before->shape == verdict_->shape)
        footprint_.bands_delta -= bands; // at the squarest's limit here: a step back answers at once
    judged_delta_ = footprint_.bands_delta;
}

void PavilionTool::next_l()
{
    footprint_.size_m.reset(); // block rows again instead of the size typed
    footprint_.l_corner = (footprint_.l_corner + 1) % 5;
    judged_l_ = footprint_.l_corner;
    if (cursor_)
        verdict_ = footprint_.at(*cursor_, snap_);
}

std::vector<gl::Overlay> PavilionTool::overlays(const ToolContext&) const
{
    if (!verdict_ || !verdict_->hall.valid() || verdict_->shape.empty())
        return {};
    return {verdict_overlay(verdict_->hall, verdict_->shape, verdict_->fits(), name_, verdict_->reason)};
}

std::string PavilionTool::status() const
{
    if (!active_)
        return {};
    if (!verdict_)
        return trf(S::DragPavilionHint, {name_});
    if (verdict_->fits())
    {
        const Box b = bounds(verdict_->shape);
        return trf(verdict_->shape.size() == 6 ? S::FootprintFitsLXYZWV : S::FootprintFitsXYZWV,
                   {name_, wording_figure(verdict_->holds_m2), wording_figure(verdict_->need_m2),
                    wording_figure(b.width(), 1), wording_figure(b.height(), 1)});
    }
    return name_ + ": " + verdict_->reason;
}

} // namespace bp::win

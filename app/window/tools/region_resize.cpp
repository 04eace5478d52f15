// The region's handles: where they are drawn, which one is under the pointer, and the resize
// gesture from one.
#include "region_resize.h"

#include "app/window/i18n.h"

#include <cmath>

namespace bp::win
{

namespace
{

constexpr float kHandlePx = 5;  // half the side of a handle's square on screen
constexpr float kReachPx = 8;   // how near the pointer must come to take a handle
constexpr uint32_t kHandleRgba = 0x1E63C8F0;

// The placed pavilion whose handles show, and the plan's pixels per metre.
std::optional<PavilionId> resizable(const ToolContext& ctx, double& px_per_m)
{
    const PlanSelection& s = ctx.selection;
    if (ctx.view != gl::ViewKind::Plan || ctx.read_only || s.pavilions.size() != 1)
        return std::nullopt;
    const PavilionId id = s.pavilions.front();
    if (!id.valid() || id.index() >= ctx.project.pavilions.size() || !ctx.project.pavilion(id).placed)
        return std::nullopt;
    const Box seen = ctx.renderer.visible_box(ctx.rect);
    if (seen.width() <= 0)
        return std::nullopt;
    px_per_m = ctx.rect.w / seen.width();
    return id;
}

} // namespace

std::optional<uint8_t> region_handle_under(const ToolContext& ctx, const PointerEvent& e)
{
    double px_per_m = 0;
    const std::optional<PavilionId> id = resizable(ctx, px_per_m);
    if (!id || !e.venue)
        return std::nullopt;
    const double reach = kReachPx / px_per_m;
    std::optional<uint8_t> best;
    double nearest = reach;
    for (const RegionHandle& h : region_handles(ctx.project.pavilion(*id).placed->polygon))
        if (const double d = length(h.at - *e.venue); d <= nearest)
        {
            nearest = d;
            best = h.sides;
        }
    return best;
}

std::vector<gl::Overlay> region_handle_overlays(const ToolContext& ctx)
{
    double px_per_m = 0;
    const std::optional<PavilionId> id = resizable(ctx, px_per_m);
    if (!id)
        return {};
    const Region& r = *ctx.project.pavilion(*id).placed;
    const double half = kHandlePx / px_per_m;
    std::vector<gl::Overlay> out;
    for (const RegionHandle& h : region_handles(r.polygon))
        out.push_back(gl::Overlay{r.hall, rectangle(h.at - Vec2{half, half}, h.at + Vec2{half, half}), kHandleRgba, {}});
    return out;
}

RegionResize::RegionResize(const Project& project, PavilionId pavilion, uint8_t sides)
    : pavilion_(pavilion), sides_(sides), name_(project.pavilion(pavilion).name)
{
}

void RegionResize::move(ToolContext& ctx, const PointerEvent& e)
{
    if (e.venue)
        now_ = resize_region(ctx.project, pavilion_, sides_, *e.venue, !e.alt);
}

void RegionResize::release(ToolContext& ctx, const PointerEvent& e)
{
    move(ctx, e);
    if (!now_)
        return;
    if (ctx.read_only)
        ctx.tell(tr(S::ReadOnlyWhileSolving));
    else if (!now_->edit)
        ctx.tell(trf(S::RegionRefusedX, {now_->refused}));
    else
    {
        ctx.apply(std::move(*now_->edit));
        ctx.tell(trf(S::RegionResizedX, {name_}));
    }
    now_.reset();
}

std::vector<gl::Overlay> RegionResize::overlays() const
{
    if (!now_ || !now_->verdict.hall.valid())
        return {};
    return {verdict_overlay(now_->verdict.hall, now_->verdict.shape, now_->verdict.fits(), name_, now_->verdict.reason)};
}

std::string RegionResize::status() const
{
    if (!now_)
        return {};
    if (!now_->verdict.fits())
        return name_ + ": " + now_->verdict.reason;
    const Box b = bounds(now_->verdict.shape);
    return trf(S::RegionResizeXYZ, {name_, wording_figure(b.width(), 1), wording_figure(b.height(), 1)});
}

} // namespace bp::win

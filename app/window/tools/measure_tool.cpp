// The measure tool (app/window/tools/measure_tool.h).
#include "measure_tool.h"

#include "app/window/i18n.h"

#include <algorithm>

namespace bp::win
{

namespace
{

constexpr uint32_t kLineRgba = 0x1565C0E0;  // blue, nearly opaque
constexpr uint32_t kPlateRgba = 0xFFFFFFE8; // white, nearly opaque

} // namespace

bool MeasureTool::pointer_down(ToolContext& ctx, const PointerEvent& e)
{
    if (e.button != 0 || !e.venue)
        return false;
    active_ = true;
    from_ = e.venue;
    measured_ = measure_between(ctx.project, *e.venue, *e.venue, !e.alt);
    return true;
}

void MeasureTool::pointer_move(ToolContext& ctx, const PointerEvent& e)
{
    if (active_ && from_ && e.venue)
        measured_ = measure_between(ctx.project, *from_, *e.venue, !e.alt);
}

void MeasureTool::pointer_up(ToolContext& ctx, const PointerEvent& e)
{
    pointer_move(ctx, e);
    active_ = false;
    if (measured_)
        ctx.tell(measured_->text());
}

void MeasureTool::cancel(ToolContext&)
{
    active_ = false;
    measured_.reset();
}

std::vector<gl::Overlay> MeasureTool::overlays(const ToolContext& ctx) const
{
    if (!measured_ || !measured_->hall.valid() || measured_->length_m() < 1e-6)
        return {};
    // A band a few pixels wide at the zoom in use, at least 5 cm.
    const Box seen = ctx.renderer.visible_box(ctx.rect);
    const double px_m = std::max(0.05, 3.0 * seen.width() / std::max(1.0f, ctx.rect.w));
    const Vec2 d = normalized(measured_->b - measured_->a), n{-d.y * px_m / 2, d.x * px_m / 2};
    gl::Overlay o;
    o.hall = measured_->hall;
    o.shape = {measured_->a - n, measured_->b - n, measured_->b + n, measured_->a + n};
    o.rgba = kLineRgba;
    // The length on a light plate beside the end under the pointer (the middle may be a region's
    // centre, where its name is drawn over the tools' shapes).
    gl::Overlay plate;
    plate.hall = o.hall;
    plate.label = wording_figure(measured_->length_m(), 1) + " m";
    const double px = px_m / 3; // metres a pixel
    const double half_w = (8.0 + 7.0 * static_cast<double>(plate.label.size())) / 2 * px, half_h = 10 * px;
    const Vec2 at = measured_->b + Vec2{half_w + 12 * px, half_h + 12 * px};
    plate.shape = rectangle(at - Vec2{half_w, half_h}, at + Vec2{half_w, half_h});
    plate.rgba = kPlateRgba;
    return {o, plate};
}

std::string MeasureTool::status() const
{
    return measured_ ? measured_->text() : std::string(tr(S::MeasureHint));
}

} // namespace bp::win

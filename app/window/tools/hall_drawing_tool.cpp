// The hall drawing mode (app/window/tools/hall_drawing_tool.h).
#include "hall_drawing_tool.h"

#include "app/window/i18n.h"

#include <GLFW/glfw3.h>

#include <cmath>

namespace bp::win
{

namespace
{

constexpr uint32_t kWasRgba = 0x60606060; // where it stood: grey, translucent

} // namespace

bool HallDrawingTool::pointer_down(ToolContext& ctx, const PointerEvent& e)
{
    if (e.button != 0 || !e.venue)
        return false;
    if (ctx.read_only)
    {
        ctx.tell(tr(S::ReadOnlyWhileSolving));
        return false;
    }
    fixture_ = fixture_at(ctx.project, *e.venue);
    if (!fixture_)
        return false;
    name_ = fixture_name(ctx.project, *fixture_);
    from_ = *e.venue;
    offset_ = {};
    preview_.reset();
    typing_ = typed_ = false;
    return true;
}

bool HallDrawingTool::key(ToolContext&, int glfw_key, int)
{
    if (glfw_key != GLFW_KEY_ENTER && glfw_key != GLFW_KEY_KP_ENTER)
        return false;
    typing_ = fixture_.has_value();
    return true;
}

std::optional<TypedSize> HallDrawingTool::typing() const
{
    if (!typing_ || !fixture_)
        return std::nullopt;
    return TypedSize{offset_.x, offset_.y, true};
}

void HallDrawingTool::typed(ToolContext& ctx, std::optional<TypedSize> offset)
{
    typing_ = false;
    if (!offset || !fixture_)
        return;
    constexpr double kFarthest_m = 500;
    if (!(std::abs(offset->east_m) <= kFarthest_m && std::abs(offset->north_m) <= kFarthest_m))
    {
        ctx.tell(tr(S::TypedOffsetRefused));
        return;
    }
    offset_ = {offset->east_m, offset->north_m};
    typed_ = true;
    preview_ = move_fixture(ctx.project, *fixture_, offset_, false);
}

void HallDrawingTool::pointer_move(ToolContext& ctx, const PointerEvent& e)
{
    if (!fixture_ || !e.venue || typed_)
        return;
    Vec2 d = *e.venue - from_;
    if (!e.alt) // half metres, as drawings are dimensioned
        d = {std::round(d.x * 2) / 2, std::round(d.y * 2) / 2};
    if (preview_ && d == offset_)
        return;
    offset_ = d;
    preview_ = move_fixture(ctx.project, *fixture_, offset_, false);
}

void HallDrawingTool::pointer_up(ToolContext& ctx, const PointerEvent& e)
{
    pointer_move(ctx, e);
    const std::optional<Fixture> f = fixture_;
    fixture_.reset();
    preview_.reset();
    if (!f)
        return;
    FixtureMove m = move_fixture(ctx.project, *f, offset_, true);
    if (!m.refused.empty())
    {
        ctx.tell(trf(S::FixtureRefusedXY, {name_, m.refused}));
        return;
    }
    if (!m.edit)
        return; // not moved
    // Who lose their booths is named from the project before the edit (the codes stay).
    std::string lost;
    for (size_t i = 0; i < m.grid.dropped.size() && i < 4; ++i)
        lost += (i ? ", " : "") + ctx.project.exhibitor(m.grid.dropped[i].exhibitor).code + " (" +
                m.grid.dropped[i].booth + ")";
    if (m.grid.dropped.size() > 4)
        lost += ", …";
    ctx.apply(std::move(*m.edit));
    std::string said =
        trf(S::FixtureMovedXYZ, {name_, wording_figure(m.moved_m, 1), std::to_string(m.grid.kept_allocations)});
    if (!lost.empty())
        said += trf(S::FixtureLostX, {lost});
    ctx.tell(said);
}

void HallDrawingTool::cancel(ToolContext&)
{
    fixture_.reset();
    preview_.reset();
}

std::vector<gl::Overlay> HallDrawingTool::overlays(const ToolContext& ctx) const
{
    if (!fixture_)
        return {};
    std::vector<gl::Overlay> out;
    out.push_back(gl::Overlay{fixture_->hall, fixture_shape(ctx.project, *fixture_), kWasRgba, {}});
    if (preview_ && !preview_->shape.empty())
        out.push_back(verdict_overlay(fixture_->hall, preview_->shape, preview_->refused.empty(), {},
                                      preview_->refused));
    return out;
}

std::string HallDrawingTool::status() const
{
    if (!fixture_)
        return tr(S::HallDrawingHint);
    if (!preview_)
        return name_;
    return preview_->refused.empty() ? name_ + ": " + wording_figure(preview_->moved_m, 1) + " m"
                                     : name_ + ": " + preview_->refused;
}

} // namespace bp::win

// Drawing a sector's zone (app/window/tools/zone_tool.h).
#include "zone_tool.h"

#include "app/window/i18n.h"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <utility>

namespace bp::win
{

namespace
{

constexpr uint32_t kOutlineRgba = 0x1565C0E0; // the sides clicked so far: blue, nearly opaque
constexpr float kReachPx = 8;                 // a click this near a corner is on it

// Metres a pixel of the view at its zoom (at least a centimetre).
double metres_per_px(const ToolContext& ctx)
{
    const Box seen = ctx.renderer.visible_box(ctx.rect);
    return std::max(0.01, seen.width() / std::max(1.0f, ctx.rect.w));
}

// A side drawn as a band `w` metres wide.
Polygon band(Vec2 a, Vec2 b, double w)
{
    const Vec2 d = normalized(b - a), n{-d.y * w / 2, d.x * w / 2};
    return {a - n, b - n, b + n, a + n};
}

} // namespace

ZoneTool::ZoneTool(const Project& project, SectorId sector) : sector_(sector), name_(project.sector(sector).name) {}

bool ZoneTool::pointer_down(ToolContext& ctx, const PointerEvent& e)
{
    if (e.button != 0 || !e.venue)
        return false;
    if (ctx.read_only)
    {
        ctx.tell(tr(S::ReadOnlyWhileSolving));
        return false;
    }
    from_ = e.venue;
    if (corners_.empty())
        verdict_ = judge_zone(ctx.project, sector_, *from_, *from_, !e.alt);
    else
        follow(ctx, e);
    return true;
}

void ZoneTool::follow(ToolContext& ctx, const PointerEvent& e)
{
    if (e.venue)
    {
        cursor_ = zone_corner(ctx.project, *e.venue, !e.alt);
        // Over the first corner (or the last again) the outline shows as a click there closes it.
        if (closes_outline(corners_, *cursor_, kReachPx * metres_per_px(ctx)))
            cursor_ = distance(corners_.front(), *cursor_) <= distance(corners_.back(), *cursor_) ? corners_.front()
                                                                                                  : corners_.back();
    }
    std::vector<Vec2> outline = corners_;
    if (cursor_)
        outline.push_back(*cursor_);
    verdict_ = judge_zone_outline(ctx.project, sector_, outline);
}

void ZoneTool::pointer_move(ToolContext& ctx, const PointerEvent& e)
{
    if (!corners_.empty())
        follow(ctx, e);
    else if (from_ && e.venue)
        verdict_ = judge_zone(ctx.project, sector_, *from_, *e.venue, !e.alt);
}

void ZoneTool::pointer_up(ToolContext& ctx, const PointerEvent& e)
{
    const double reach_m = kReachPx * metres_per_px(ctx);
    const std::optional<Vec2> down = std::exchange(from_, std::nullopt);
    if (corners_.empty())
    {
        if (!down)
            return;
        if (e.venue && distance(*down, *e.venue) <= reach_m)
        {
            // A click, not a drag: the first corner of an outline clicked corner by corner.
            corners_.push_back(zone_corner(ctx.project, *down, !e.alt));
            follow(ctx, e);
            return;
        }
        pointer_move(ctx, e);
        if (verdict_)
            finish(ctx, *verdict_);
        return;
    }
    if (!e.venue)
        return;
    const Vec2 c = zone_corner(ctx.project, *e.venue, !e.alt);
    if (closes_outline(corners_, c, reach_m))
        finish(ctx, judge_zone_outline(ctx.project, sector_, corners_));
    else
    {
        corners_.push_back(c);
        follow(ctx, e);
    }
}

void ZoneTool::finish(ToolContext& ctx, ZoneVerdict v)
{
    if (!v.fits())
    {
        // The tool stays: a rectangle is drawn again, an outline's corners are kept to mend.
        ctx.tell(trf(S::ZoneRefusedXY, {name_, v.reason}));
        if (corners_.empty())
            verdict_.reset();
        return;
    }
    const std::string hall = ctx.project.hall(v.hall).code;
    ctx.apply(PlaceSectorZone{sector_, Region{v.hall, v.shape}});
    ctx.tell(trf(S::ZoneDrawnXY, {name_, hall}));
    corners_.clear();
    cursor_.reset();
    verdict_.reset();
    drawn_ = true;
}

bool ZoneTool::key(ToolContext& ctx, int glfw_key, int)
{
    if (corners_.empty())
        return false;
    if (glfw_key == GLFW_KEY_ENTER || glfw_key == GLFW_KEY_KP_ENTER)
        finish(ctx, judge_zone_outline(ctx.project, sector_, corners_));
    else if (glfw_key == GLFW_KEY_BACKSPACE)
    {
        corners_.pop_back();
        if (corners_.empty())
            cancel(ctx);
        else
            follow(ctx, PointerEvent{});
    }
    else
        return false;
    return true;
}

void ZoneTool::cancel(ToolContext&)
{
    from_.reset();
    cursor_.reset();
    corners_.clear();
    verdict_.reset();
}

std::vector<gl::Overlay> ZoneTool::overlays(const ToolContext& ctx) const
{
    std::vector<gl::Overlay> out;
    if (!verdict_ || !verdict_->hall.valid())
        return out;
    if (verdict_->shape.size() >= 3 && area(verdict_->shape) > 1e-6 && !simple_polygon_problem(verdict_->shape))
        out.push_back(verdict_overlay(verdict_->hall, verdict_->shape, verdict_->fits(), name_, verdict_->reason));
    if (corners_.empty())
        return out;
    // The outline so far: its sides as thin bands, its corners as small squares (the first one,
    // where a click closes it, larger).
    const double px = metres_per_px(ctx);
    std::vector<Vec2> chain = corners_;
    if (cursor_)
        chain.push_back(*cursor_);
    for (size_t i = 0; i + 1 < chain.size(); ++i)
        if (distance(chain[i], chain[i + 1]) > 1e-6)
            out.push_back(gl::Overlay{verdict_->hall, band(chain[i], chain[i + 1], 2 * px), kOutlineRgba, {}});
    for (size_t i = 0; i < corners_.size(); ++i)
    {
        const double half = (i == 0 ? 5 : 3) * px;
        out.push_back(gl::Overlay{verdict_->hall,
                                  rectangle(corners_[i] - Vec2{half, half}, corners_[i] + Vec2{half, half}),
                                  kOutlineRgba, {}});
    }
    return out;
}

std::string ZoneTool::status() const
{
    if (!verdict_)
        return corners_.empty() ? trf(S::ZoneHintX, {name_})
                                : trf(S::ZoneCornersHintXY, {name_, std::to_string(corners_.size())});
    if (!corners_.empty() && verdict_->shape.size() < 3)
        return trf(S::ZoneCornersHintXY, {name_, std::to_string(corners_.size())});
    const std::string said = verdict_->fits() ? verdict_->text(name_) : name_ + ": " + verdict_->reason;
    return corners_.empty() ? said : said + " · " + tr(S::ZoneCloseHint);
}

} // namespace bp::win

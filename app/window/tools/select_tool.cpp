// The selection tool: click, Shift-click, rubber band.
#include "select_tool.h"

#include <algorithm>
#include <cmath>

namespace bp::win
{

std::vector<BoothId> booths_inside(const Project& project, const Polygon& floor)
{
    std::vector<BoothId> out;
    Box box = bounds(floor);
    for (size_t i = 0; i < project.booths.size(); ++i)
    {
        const Booth& b = project.booths[i];
        Vec2 c = centroid(footprint(project.block(b.cells.block), b.cells));
        if (c.x >= box.min.x && c.x <= box.max.x && c.y >= box.min.y && c.y <= box.max.y && contains(floor, c))
            out.push_back(BoothId(static_cast<int32_t>(i)));
    }
    return out;
}

void toggle_booth(PlanSelection& s, BoothId booth)
{
    auto it = std::lower_bound(s.booths.begin(), s.booths.end(), booth);
    if (it != s.booths.end() && *it == booth)
        s.booths.erase(it);
    else
        s.booths.insert(it, booth);
}

bool SelectTool::pointer_down(ToolContext& ctx, const PointerEvent& e)
{
    if (e.button != 0)
        return false;
    down_ = true;
    banding_ = false;
    drag_.reset();
    resize_.reset();
    if (std::optional<uint8_t> sides = e.ctrl ? std::nullopt : region_handle_under(ctx, e))
    {
        resize_.emplace(ctx.project, ctx.selection.pavilions.front(), *sides);
        return true;
    }
    if (e.ctrl && !ctx.read_only)
    {
        gl::Pick pick = ctx.renderer.pick(ctx.view, ctx.rect, e.x, e.y);
        if (pick.kind == gl::Pick::Kind::Booth && ctx.project.booth(pick.booth).exhibitor.valid())
            drag_.emplace(ctx.project, ctx.project.booth(pick.booth).exhibitor, pick.booth);
    }
    x0_ = x1_ = e.x;
    y0_ = y1_ = e.y;
    return true;
}

void SelectTool::pointer_move(ToolContext& ctx, const PointerEvent& e)
{
    if (!down_)
        return;
    if (drag_)
    {
        drag_->move(ctx, e);
        return;
    }
    if (resize_)
    {
        resize_->move(ctx, e);
        return;
    }
    x1_ = e.x;
    y1_ = e.y;
    banding_ = banding_ || std::abs(x1_ - x0_) > 4 || std::abs(y1_ - y0_) > 4;
}

void SelectTool::pointer_up(ToolContext& ctx, const PointerEvent& e)
{
    if (!down_)
        return;
    down_ = false;
    if (drag_)
    {
        drag_->release(ctx, e);
        drag_.reset();
        return;
    }
    if (resize_)
    {
        resize_->release(ctx, e);
        resize_.reset();
        return;
    }
    x1_ = e.x;
    y1_ = e.y;
    PlanSelection& sel = ctx.selection;
    if (banding_)
    {
        banding_ = false;
        Polygon floor;
        for (auto [x, y] : {std::pair{x0_, y0_}, {x1_, y0_}, {x1_, y1_}, {x0_, y1_}})
            if (auto v = ctx.renderer.to_venue(ctx.view, ctx.rect, x, y))
                floor.push_back(*v);
        if (floor.size() < 3)
            return; // the band reaches above the horizon in 3D
        floor = counter_clockwise(floor);
        std::vector<BoothId> inside = booths_inside(ctx.project, floor);
        if (!e.shift)
            sel = PlanSelection{};
        for (BoothId b : inside)
            if (!std::binary_search(sel.booths.begin(), sel.booths.end(), b))
                sel.booths.insert(std::lower_bound(sel.booths.begin(), sel.booths.end(), b), b);
        if (!sel.booths.empty())
            sel.hall = ctx.project.booth(sel.booths.front()).hall;
        return;
    }
    gl::Pick pick = ctx.renderer.pick(ctx.view, ctx.rect, e.x, e.y);
    if (!e.shift)
        sel = PlanSelection{};
    switch (pick.kind)
    {
    case gl::Pick::Kind::Booth:
        toggle_booth(sel, pick.booth);
        sel.hall = pick.hall;
        break;
    case gl::Pick::Kind::Pavilion:
        if (std::find(sel.pavilions.begin(), sel.pavilions.end(), pick.pavilion) == sel.pavilions.end())
            sel.pavilions.push_back(pick.pavilion);
        sel.hall = pick.hall;
        break;
    case gl::Pick::Kind::Hall:
    case gl::Pick::Kind::Door:
        sel.hall = pick.hall;
        break;
    case gl::Pick::Kind::None:
        break;
    }
}

void SelectTool::cancel(ToolContext& ctx)
{
    down_ = banding_ = false;
    if (drag_)
        drag_->cancel(ctx);
    drag_.reset();
    resize_.reset();
}

std::vector<gl::Overlay> SelectTool::overlays(const ToolContext& ctx) const
{
    if (drag_)
        return drag_->overlays(ctx);
    if (resize_)
        return resize_->overlays();
    return region_handle_overlays(ctx);
}

std::string SelectTool::status() const
{
    return drag_ ? drag_->status() : resize_ ? resize_->status() : std::string();
}

std::optional<gl::ScreenRect> SelectTool::screen_band() const
{
    if (!banding_)
        return std::nullopt;
    return gl::ScreenRect{std::min(x0_, x1_), std::min(y0_, y1_), std::abs(x1_ - x0_), std::abs(y1_ - y0_)};
}

} // namespace bp::win

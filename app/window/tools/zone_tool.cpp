// Drawing a sector's zone (app/window/tools/zone_tool.h).
#include "zone_tool.h"

#include "app/window/i18n.h"

namespace bp::win
{

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
    verdict_ = judge_zone(ctx.project, sector_, *from_, *from_, !e.alt);
    return true;
}

void ZoneTool::pointer_move(ToolContext& ctx, const PointerEvent& e)
{
    if (from_ && e.venue)
        verdict_ = judge_zone(ctx.project, sector_, *from_, *e.venue, !e.alt);
}

void ZoneTool::pointer_up(ToolContext& ctx, const PointerEvent& e)
{
    pointer_move(ctx, e);
    from_.reset();
    if (!verdict_)
        return;
    if (!verdict_->fits())
    {
        ctx.tell(trf(S::ZoneRefusedXY, {name_, verdict_->reason})); // the tool stays: draw it again
        verdict_.reset();
        return;
    }
    const std::string hall = ctx.project.hall(verdict_->hall).code;
    ctx.apply(PlaceSectorZone{sector_, Region{verdict_->hall, verdict_->shape}});
    ctx.tell(trf(S::ZoneDrawnXY, {name_, hall}));
    verdict_.reset();
    drawn_ = true;
}

void ZoneTool::cancel(ToolContext&)
{
    from_.reset();
    verdict_.reset();
}

std::vector<gl::Overlay> ZoneTool::overlays(const ToolContext&) const
{
    if (!verdict_ || !verdict_->hall.valid() || verdict_->shape.size() < 3)
        return {};
    return {verdict_overlay(verdict_->hall, verdict_->shape, verdict_->fits(), name_, verdict_->reason)};
}

std::string ZoneTool::status() const
{
    if (!verdict_)
        return trf(S::ZoneHintX, {name_});
    return verdict_->fits() ? verdict_->text(name_) : name_ + ": " + verdict_->reason;
}

} // namespace bp::win

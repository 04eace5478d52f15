// The exhibitor drag: the booth under the cursor judged by move_exhibitor, applied on release.
#include "exhibitor_tool.h"

#include "app/window/i18n.h"

namespace bp::win
{

namespace
{

constexpr uint32_t kFitsRgba = 0x2E7D32A0;    // green, translucent
constexpr uint32_t kBlockedRgba = 0xC62828A8; // red, translucent
constexpr uint32_t kFromRgba = 0x1565C070;    // blue: the booth it leaves

Polygon outline(const Project& p, BoothId b)
{
    return footprint(p.block(p.booth(b).cells.block), p.booth(b).cells);
}

} // namespace

ExhibitorDrag::ExhibitorDrag(const Project& project, ExhibitorId exhibitor, BoothId from)
    : exhibitor_(exhibitor), from_(from), name_(project.exhibitor(exhibitor).name)
{
}

void ExhibitorDrag::move(ToolContext& ctx, const PointerEvent& e)
{
    gl::Pick pick = ctx.renderer.pick(ctx.view, ctx.rect, e.x, e.y);
    std::optional<BoothId> t;
    if (pick.kind == gl::Pick::Kind::Booth && pick.booth != from_)
        t = pick.booth;
    if (t == target_)
        return;
    target_ = t;
    verdict_ = t ? move_exhibitor(ctx.project, exhibitor_, *t) : BoothEdit{};
    target_number_ = t ? ctx.project.booth(*t).number : std::string();
    const ExhibitorId occupant = t ? ctx.project.booth(*t).exhibitor : ExhibitorId();
    occupant_ = occupant.valid() ? ctx.project.exhibitor(occupant).name : std::string();
}

void ExhibitorDrag::release(ToolContext& ctx, const PointerEvent& e)
{
    move(ctx, e);
    if (!target_)
    {
        ctx.tell(tr(S::DragExhibitorCancelled));
        return;
    }
    if (ctx.read_only)
    {
        ctx.tell(tr(S::ReadOnlyWhileSolving));
        return;
    }
    if (!verdict_.ok())
    {
        ctx.tell(trf(S::MoveRefusedX, {verdict_.reason}));
        return;
    }
    const Project& p = ctx.project;
    const BoothId to = *target_;
    const ExhibitorId other = p.booth(to).exhibitor;
    const std::string number = p.booth(to).number;
    const std::string other_name = other.valid() ? p.exhibitor(other).name : std::string();
    ctx.apply(std::move(*verdict_.edit));
    ctx.tell(other.valid() ? trf(S::SwappedXYZ, {name_, other_name, number}) : trf(S::MovedXY, {name_, number}));
    ctx.selection = PlanSelection{};
    ctx.selection.booths = {to};
    ctx.selection.hall = ctx.project.booth(to).hall;
    target_.reset();
}

void ExhibitorDrag::cancel(ToolContext& ctx)
{
    target_.reset();
    ctx.tell(tr(S::DragExhibitorCancelled));
}

std::vector<gl::Overlay> ExhibitorDrag::overlays(const ToolContext& ctx) const
{
    const Project& p = ctx.project;
    std::vector<gl::Overlay> out;
    if (from_.index() < p.booths.size())
        out.push_back(gl::Overlay{p.booth(from_).hall, outline(p, from_), kFromRgba, {}});
    if (target_ && target_->index() < p.booths.size())
        out.push_back(gl::Overlay{p.booth(*target_).hall, outline(p, *target_),
                                  verdict_.ok() ? kFitsRgba : kBlockedRgba, verdict_.ok() ? name_ : verdict_.reason});
    return out;
}

std::string ExhibitorDrag::status() const
{
    if (!target_)
        return trf(S::DragExhibitorHintX, {name_});
    if (!verdict_.ok())
        return verdict_.reason; // it names the exhibitor or the booth
    return occupant_.empty() ? trf(S::DropToMoveXY, {name_, target_number_})
                             : trf(S::DropToSwapXYZ, {name_, occupant_, target_number_});
}

} // namespace bp::win

// Reversible edits: each apply swaps the new state in and hands back the old one as the inverse.
#include "layout/edit/edit.h"

#include <cassert>
#include <utility>

namespace bp
{

namespace
{

struct Applier
{
    Project& p;

    Edit operator()(AssignBooth e)
    {
        assert(e.booth.valid() && e.booth.index() < p.booths.size());
        Booth& b = p.booth(e.booth);
        AssignBooth inverse{e.booth, b.exhibitor, b.status};
        b.exhibitor = e.exhibitor;
        b.status = e.exhibitor ? e.status : (e.status == BoothStatus::Sold ? BoothStatus::Available : e.status);
        return inverse;
    }
    Edit operator()(PlacePavilion e)
    {
        assert(e.pavilion.valid() && e.pavilion.index() < p.pavilions.size());
        std::swap(p.pavilions[e.pavilion.index()].placed, e.region);
        return e;
    }
    Edit operator()(PlaceSectorZone e)
    {
        assert(e.sector.valid() && e.sector.index() < p.sectors.size());
        std::swap(p.sectors[e.sector.index()].zone, e.zone);
        return e;
    }
    Edit operator()(LockExhibitor e)
    {
        assert(e.exhibitor.valid() && e.exhibitor.index() < p.exhibitors.size());
        std::swap(p.exhibitor(e.exhibitor).locked_booth, e.booth);
        return e;
    }
    Edit operator()(ReplaceHall e)
    {
        assert(e.id.valid() && e.id.index() < p.venue.halls.size());
        std::swap(p.hall(e.id), e.hall);
        return e;
    }
    Edit operator()(ReplaceBooths e)
    {
        std::swap(p.blocks, e.blocks);
        std::swap(p.booths, e.booths);
        return e;
    }
};

struct Describer
{
    const Project& p;

    std::string operator()(const AssignBooth& e) const
    {
        const std::string& number = p.booth(e.booth).number;
        return e.exhibitor ? "Assign booth " + number + " to " + p.exhibitor(e.exhibitor).code : "Free booth " + number;
    }
    std::string operator()(const PlacePavilion& e) const
    {
        return (e.region ? "Place pavilion " : "Remove pavilion ") + p.pavilion(e.pavilion).name;
    }
    std::string operator()(const PlaceSectorZone& e) const
    {
        return (e.zone ? "Draw zone of " : "Clear zone of ") + p.sector(e.sector).name;
    }
    std::string operator()(const LockExhibitor& e) const
    {
        const std::string& code = p.exhibitor(e.exhibitor).code;
        return e.booth.empty() ? "Unpin " + code : "Pin " + code + " to " + e.booth;
    }
    std::string operator()(const ReplaceHall& e) const { return "Edit hall " + e.hall.code; }
    std::string operator()(const ReplaceBooths&) const { return "Replace booths"; }
};

} // namespace

Edit apply_edit(Project& project, Edit edit) { return std::visit(Applier{project}, std::move(edit)); }

std::string describe(const Project& project, const Edit& edit) { return std::visit(Describer{project}, edit); }

void EditHistory::apply(Project& project, Edit edit)
{
    std::string label = describe(project, edit);
    undo_.push_back({apply_edit(project, std::move(edit)), std::move(label)});
    redo_.clear();
    if (saved_depth_ > depth_)
        saved_depth_ = -1; // the saved state can no longer be reached by redo
    ++depth_;
}

bool EditHistory::undo(Project& project)
{
    if (undo_.empty())
        return false;
    Entry e = std::move(undo_.back());
    undo_.pop_back();
    redo_.push_back({apply_edit(project, std::move(e.inverse)), std::move(e.label)});
    --depth_;
    return true;
}

bool EditHistory::redo(Project& project)
{
    if (redo_.empty())
        return false;
    Entry e = std::move(redo_.back());
    redo_.pop_back();
    undo_.push_back({apply_edit(project, std::move(e.inverse)), std::move(e.label)});
    ++depth_;
    return true;
}

const std::string& EditHistory::undo_label() const
{
    static const std::string none;
    return undo_.empty() ? none : undo_.back().label;
}

const std::string& EditHistory::redo_label() const
{
    static const std::string none;
    return redo_.empty() ? none : redo_.back().label;
}

} // namespace bp

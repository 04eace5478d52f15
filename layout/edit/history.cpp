// The undo and redo stacks of a document and its revision counters per hall.
#include "edit.h"

namespace bp
{

// [SECTION] EditHistory -----------------------------------------------------------------------

void EditHistory::count(const Project& project, const ChangeSet& changed)
{
    ++revision_;
    hall_revision_.resize(project.venue.halls.size(), 0);
    for (size_t h = 0; h < hall_revision_.size(); ++h)
        if (changed.touches(HallId(static_cast<int32_t>(h))))
            hall_revision_[h] = revision_;
}

uint64_t EditHistory::hall_revision(HallId hall) const
{
    return hall.valid() && hall.index() < hall_revision_.size() ? hall_revision_[hall.index()] : 0;
}

ChangeSet EditHistory::apply(Project& project, Edit edit)
{
    EditLabel label = describe(project, edit);
    AppliedEdit a = apply_edit(project, std::move(edit));
    undo_.push_back({std::move(a.inverse), std::move(label)});
    redo_.clear();
    if (saved_depth_ > depth_)
        saved_depth_ = -1; // the saved state can no longer be reached by redo
    ++depth_;
    count(project, a.changed);
    return std::move(a.changed);
}

bool EditHistory::undo(Project& project, ChangeSet* changed)
{
    if (undo_.empty())
        return false;
    Entry e = std::move(undo_.back());
    undo_.pop_back();
    AppliedEdit a = apply_edit(project, std::move(e.inverse));
    redo_.push_back({std::move(a.inverse), std::move(e.label)});
    --depth_;
    count(project, a.changed);
    if (changed)
        *changed = std::move(a.changed);
    return true;
}

bool EditHistory::redo(Project& project, ChangeSet* changed)
{
    if (redo_.empty())
        return false;
    Entry e = std::move(redo_.back());
    redo_.pop_back();
    AppliedEdit a = apply_edit(project, std::move(e.inverse));
    undo_.push_back({std::move(a.inverse), std::move(e.label)});
    ++depth_;
    count(project, a.changed);
    if (changed)
        *changed = std::move(a.changed);
    return true;
}

const EditLabel& EditHistory::undo_words() const
{
    static const EditLabel none;
    return undo_.empty() ? none : undo_.back().label;
}

const EditLabel& EditHistory::redo_words() const
{
    static const EditLabel none;
    return redo_.empty() ? none : redo_.back().label;
}

} // namespace bp

// Reversible edits: each apply swaps the new state in, hands back the old one as the inverse and
// says what it touched.
#include "edit.h"

#include <algorithm>
#include <cassert>
#include <map>
#include <utility>

namespace bp
{

// [SECTION] ChangeSet -------------------------------------------------------------------------

namespace
{

template <class T> void sort_unique(std::vector<T>& v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

template <class T> void append(std::vector<T>& to, const std::vector<T>& from)
{
    to.insert(to.end(), from.begin(), from.end());
}

} // namespace

bool ChangeSet::empty() const
{
    return !venue && !booths_renumbered && !exhibitor_list && halls.empty() && booths.empty() && exhibitors.empty() &&
           pavilions.empty() && sectors.empty();
}

bool ChangeSet::touches(HallId hall) const
{
    return venue || std::binary_search(halls.begin(), halls.end(), hall);
}

void ChangeSet::merge(const ChangeSet& o)
{
    venue |= o.venue;
    booths_renumbered |= o.booths_renumbered;
    exhibitor_list |= o.exhibitor_list;
    append(halls, o.halls);
    append(booths, o.booths);
    append(exhibitors, o.exhibitors);
    append(pavilions, o.pavilions);
    append(sectors, o.sectors);
    normalise();
}

void ChangeSet::normalise()
{
    sort_unique(halls);
    sort_unique(booths);
    sort_unique(exhibitors);
    sort_unique(pavilions);
    sort_unique(sectors);
    if (booths_renumbered)
        booths.clear(); // ids from before mean nothing; views rebuild the touched halls
}

// [SECTION] Applying --------------------------------------------------------------------------

namespace
{

bool same_block(const Block& a, const Block& b)
{
    return a.hall == b.hall && a.origin == b.origin && a.along == b.along && a.across == b.across &&
           a.module_m == b.module_m && a.row_depth_m == b.row_depth_m && a.rows == b.rows && a.modules == b.modules &&
           a.cells == b.cells && a.numbers == b.numbers && std::equal(a.open_side, a.open_side + 4, b.open_side) &&
           std::equal(a.main_aisle_side, a.main_aisle_side + 4, b.main_aisle_side);
}

bool same_place(const Booth& a, const Booth& b)
{
    return a.number == b.number && a.hall == b.hall && a.cells == b.cells;
}

// What replacing the booth partition `before` by `after` touched.
ChangeSet booth_changes(const std::vector<Block>& blocks_before, const std::vector<Booth>& before,
                        const std::vector<Block>& blocks_after, const std::vector<Booth>& after)
{
    ChangeSet c;
    bool same_partition = blocks_before.size() == blocks_after.size() && before.size() == after.size();
    for (size_t i = 0; same_partition && i < blocks_after.size(); ++i)
        same_partition = same_block(blocks_before[i], blocks_after[i]);
    for (size_t i = 0; same_partition && i < after.size(); ++i)
        same_partition = same_place(before[i], after[i]);
    if (same_partition)
    {
        for (size_t i = 0; i < after.size(); ++i)
            if (before[i].exhibitor != after[i].exhibitor || before[i].status != after[i].status)
            {
                c.booths.push_back(BoothId(static_cast<int32_t>(i)));
                c.halls.push_back(after[i].hall);
                for (ExhibitorId e : {before[i].exhibitor, after[i].exhibitor})
                    if (e)
                        c.exhibitors.push_back(e);
            }
        c.normalise();
        return c;
    }
    // A new partition: compare hall by hall, and each exhibitor's booth number.
    c.booths_renumbered = true;
    std::map<HallId, std::vector<const Block*>> blocks_a, blocks_b;
    std::map<HallId, std::vector<const Booth*>> booths_a, booths_b;
    for (const Block& b : blocks_before)
        blocks_a[b.hall].push_back(&b);
    for (const Block& b : blocks_after)
        blocks_b[b.hall].push_back(&b);
    for (const Booth& b : before)
        booths_a[b.hall].push_back(&b);
    for (const Booth& b : after)
        booths_b[b.hall].push_back(&b);
    std::vector<HallId> halls;
    for (auto* m : {&blocks_a, &blocks_b})
        for (auto& [h, v] : *m)
            halls.push_back(h);
    for (auto* m : {&booths_a, &booths_b})
        for (auto& [h, v] : *m)
            halls.push_back(h);
    sort_unique(halls);
    for (HallId h : halls)
    {
        const auto &ka = blocks_a[h], &kb = blocks_b[h];
        const auto &ba = booths_a[h], &bb = booths_b[h];
        bool same = ka.size() == kb.size() && ba.size() == bb.size();
        for (size_t i = 0; same && i < ka.size(); ++i)
            same = same_block(*ka[i], *kb[i]);
        for (size_t i = 0; same && i < ba.size(); ++i)
            same = same_place(*ba[i], *bb[i]) && ba[i]->exhibitor == bb[i]->exhibitor && ba[i]->status == bb[i]->status;
        if (!same)
            c.halls.push_back(h);
    }
    std::map<ExhibitorId, const Booth*> where_a, where_b;
    for (const Booth& b : before)
        if (b.exhibitor)
            where_a[b.exhibitor] = &b;
    for (const Booth& b : after)
        if (b.exhibitor)
            where_b[b.exhibitor] = &b;
    auto moved = [](const std::map<ExhibitorId, const Booth*>& x, const std::map<ExhibitorId, const Booth*>& y,
                    std::vector<ExhibitorId>& out) {
        for (auto& [e, b] : x)
        {
            auto it = y.find(e);
            if (it == y.end() || !same_place(*b, *it->second) || b->status != it->second->status)
                out.push_back(e);
        }
    };
    moved(where_a, where_b, c.exhibitors);
    moved(where_b, where_a, c.exhibitors);
    c.normalise();
    return c;
}

struct Applier
{
    Project& p;

    AppliedEdit operator()(AssignBooth e)
    {
        assert(e.booth.valid() && e.booth.index() < p.booths.size());
        Booth& b = p.booth(e.booth);
        AppliedEdit out{AssignBooth{e.booth, b.exhibitor, b.status}, {}};
        out.changed.booths = {e.booth};
        out.changed.halls = {b.hall};
        for (ExhibitorId x : {b.exhibitor, e.exhibitor})
            if (x)
                out.changed.exhibitors.push_back(x);
        b.exhibitor = e.exhibitor;
        b.status = e.exhibitor ? e.status : (e.status == BoothStatus::Sold ? BoothStatus::Available : e.status);
        out.changed.normalise();
        return out;
    }
    AppliedEdit operator()(PlacePavilion e)
    {
        assert(e.pavilion.valid() && e.pavilion.index() < p.pavilions.size());
        std::optional<Region>& placed = p.pavilions[e.pavilion.index()].placed;
        ChangeSet c;
        c.pavilions = {e.pavilion};
        for (const std::optional<Region>* r : {&placed, &e.region})
            if (*r)
                c.halls.push_back((*r)->hall);
        std::swap(placed, e.region);
        c.normalise();
        return {std::move(e), std::move(c)};
    }
    AppliedEdit operator()(PlaceSectorZone e)
    {
        assert(e.sector.valid() && e.sector.index() < p.sectors.size());
        std::optional<Region>& zone = p.sectors[e.sector.index()].zone;
        ChangeSet c;
        c.sectors = {e.sector};
        for (const std::optional<Region>* r : {&zone, &e.zone})
            if (*r)
                c.halls.push_back((*r)->hall);
        std::swap(zone, e.zone);
        c.normalise();
        return {std::move(e), std::move(c)};
    }
    AppliedEdit operator()(LockExhibitor e)
    {
        assert(e.exhibitor.valid() && e.exhibitor.index() < p.exhibitors.size());
        ChangeSet c;
        c.exhibitors = {e.exhibitor};
        std::swap(p.exhibitor(e.exhibitor).locked_booth, e.booth);
        return {std::move(e), std::move(c)};
    }
    AppliedEdit operator()(ReplaceHall e)
    {
        assert(e.id.valid() && e.id.index() < p.venue.halls.size());
        ChangeSet c;
        c.halls = {e.id};
        std::swap(p.hall(e.id), e.hall);
        return {std::move(e), std::move(c)};
    }
    AppliedEdit operator()(ReplaceBooths e)
    {
        ChangeSet c = booth_changes(p.blocks, p.booths, e.blocks, e.booths);
        std::swap(p.blocks, e.blocks);
        std::swap(p.booths, e.booths);
        return {std::move(e), std::move(c)};
    }
    AppliedEdit operator()(EditGroup g)
    {
        EditGroup inverse{g.label, {}};
        inverse.edits.reserve(g.edits.size());
        ChangeSet c;
        for (Edit& e : g.edits)
        {
            AppliedEdit a = apply_edit(p, std::move(e));
            inverse.edits.push_back(std::move(a.inverse));
            c.merge(a.changed);
        }
        std::reverse(inverse.edits.begin(), inverse.edits.end());
        return {std::move(inverse), std::move(c)};
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
    std::string operator()(const ReplaceBooths& e) const { return e.label.empty() ? "Replace booths" : e.label; }
    std::string operator()(const EditGroup& g) const
    {
        if (!g.label.empty() || g.edits.empty())
            return g.label;
        return describe(p, g.edits.front());
    }
};

} // namespace

AppliedEdit apply_edit(Project& project, Edit edit)
{
    return std::visit(Applier{project}, std::move(edit.variant()));
}

std::string describe(const Project& project, const Edit& edit)
{
    return std::visit(Describer{project}, edit.variant());
}

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
    std::string label = describe(project, edit);
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

// Reversible edits: each apply swaps the new state in, hands back the old one as the inverse and
// says what it touched (changes.cpp compares the parts before and after).
#include "edit.h"

#include "changes.h"

#include <algorithm>
#include <cassert>
#include <utility>

namespace bp
{

namespace
{

template <class IdT, class T> bool valid_in(IdT id, const std::vector<T>& v)
{
    return id.valid() && id.index() < v.size();
}

// Swaps `value` into `slot` and returns the edit that swaps it back, with what changed.
template <class E, class T> AppliedEdit swap_in(E e, T& slot, T E::*value, ChangeSet c)
{
    std::swap(slot, e.*value);
    c.normalise();
    return {std::move(e), std::move(c)};
}

// A pavilion's region or a sector's zone swapped in: the record counts as changed only when the
// region differs, and the halls under the old and the new region are touched.
template <class E, class IdT>
AppliedEdit place_region(E e, std::optional<Region>& slot, std::optional<Region> E::*region,
                         std::vector<IdT> ChangeSet::*changed, IdT id)
{
    ChangeSet c;
    if (slot != e.*region)
        c.*changed = {id};
    changes::add_region_halls(slot, e.*region, c);
    return swap_in(std::move(e), slot, region, std::move(c));
}

struct Applier
{
    Project& p;

    AppliedEdit operator()(AssignBooth e)
    {
        assert(valid_in(e.booth, p.booths));
        Booth& b = p.booth(e.booth);
        // A booth nobody holds is not sold.
        BoothHolder after{e.exhibitor,
                          e.exhibitor || e.status != BoothStatus::Sold ? e.status : BoothStatus::Available};
        AppliedEdit out{AssignBooth{e.booth, b.exhibitor, b.status}, changes::of_holder(p, e.booth, after)};
        b.exhibitor = after.exhibitor;
        b.status = after.status;
        return out;
    }
    AppliedEdit operator()(PlacePavilion e)
    {
        assert(valid_in(e.pavilion, p.pavilions));
        PavilionId id = e.pavilion;
        return place_region(std::move(e), p.pavilions[id.index()].placed, &PlacePavilion::region, &ChangeSet::pavilions,
                            id);
    }
    AppliedEdit operator()(PlaceSectorZone e)
    {
        assert(valid_in(e.sector, p.sectors));
        SectorId id = e.sector;
        return place_region(std::move(e), p.sectors[id.index()].zone, &PlaceSectorZone::zone, &ChangeSet::sectors, id);
    }
    AppliedEdit operator()(LockExhibitor e)
    {
        assert(valid_in(e.exhibitor, p.exhibitors));
        std::string& pin = p.exhibitor(e.exhibitor).locked_booth;
        ChangeSet c;
        if (pin != e.booth)
            c.exhibitors = {e.exhibitor};
        return swap_in(std::move(e), pin, &LockExhibitor::booth, std::move(c));
    }
    AppliedEdit operator()(ReplaceHall e)
    {
        assert(valid_in(e.id, p.venue.halls));
        ChangeSet c;
        Hall& hall = p.hall(e.id);
        if (hall != e.hall)
            c.halls = {e.id};
        return swap_in(std::move(e), hall, &ReplaceHall::hall, std::move(c));
    }
    AppliedEdit operator()(ReplaceBooths e)
    {
        ChangeSet c = changes::of_booths(p.blocks, p.booths, e.blocks, e.booths);
        std::swap(p.blocks, e.blocks);
        return swap_in(std::move(e), p.booths, &ReplaceBooths::booths, std::move(c));
    }
    AppliedEdit operator()(EditExhibitor e)
    {
        assert(valid_in(e.id, p.exhibitors));
        ChangeSet c;
        Exhibitor& x = p.exhibitor(e.id);
        if (x != e.exhibitor)
            c.exhibitors = {e.id};
        return swap_in(std::move(e), x, &EditExhibitor::exhibitor, std::move(c));
    }
    AppliedEdit operator()(EditPavilion e)
    {
        assert(valid_in(e.id, p.pavilions));
        Pavilion& v = p.pavilions[e.id.index()];
        ChangeSet c;
        if (v != e.pavilion)
            c.pavilions = {e.id};
        changes::add_region_halls(v.placed, e.pavilion.placed, c);
        return swap_in(std::move(e), v, &EditPavilion::pavilion, std::move(c));
    }
    AppliedEdit operator()(EditSector e)
    {
        assert(valid_in(e.id, p.sectors));
        Sector& s = p.sectors[e.id.index()];
        ChangeSet c;
        if (s != e.sector)
            c.sectors = {e.id};
        changes::add_region_halls(s.zone, e.sector.zone, c);
        return swap_in(std::move(e), s, &EditSector::sector, std::move(c));
    }
    AppliedEdit operator()(SetVenueRules e)
    {
        ChangeSet c = changes::of_venue_rules(p.venue, e.rules);
        return swap_in(e, p.venue.rules, &SetVenueRules::rules, std::move(c)); // trivially copyable
    }
    AppliedEdit operator()(SetHallRules e)
    {
        assert(valid_in(e.hall, p.venue.halls));
        HallRuleOverrides& rules = p.hall(e.hall).rules;
        ChangeSet c;
        if (rules != e.rules)
            c.halls = {e.hall};
        return swap_in(e, rules, &SetHallRules::rules, std::move(c)); // trivially copyable
    }
    AppliedEdit operator()(ReplaceExhibitors e)
    {
        assert(e.holders.size() == p.booths.size());
        ChangeSet c = changes::of_exhibitor_list(p, e);
        std::swap(p.sectors, e.sectors);
        std::swap(p.pavilions, e.pavilions);
        std::swap(p.exhibitors, e.exhibitors);
        for (size_t i = 0; i < p.booths.size(); ++i)
        {
            BoothHolder before{p.booths[i].exhibitor, p.booths[i].status};
            p.booths[i].exhibitor = e.holders[i].exhibitor;
            p.booths[i].status = e.holders[i].status;
            e.holders[i] = before;
        }
        c.normalise();
        return {std::move(e), std::move(c)};
    }
    AppliedEdit operator()(ReplaceVenue e)
    {
        ChangeSet c = changes::of_venue(p.venue, e.venue);
        return swap_in(std::move(e), p.venue, &ReplaceVenue::venue, std::move(c));
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
        changes::drop_invalid(c, p);
        return {std::move(inverse), std::move(c)};
    }
};

struct Describer
{
    const Project& p;
    using W = EditWords;

    EditLabel operator()(const AssignBooth& e) const
    {
        const std::string& number = p.booth(e.booth).number;
        return e.exhibitor ? EditLabel(W::AssignBooth, {number, p.exhibitor(e.exhibitor).code})
                           : EditLabel(W::FreeBooth, {number});
    }
    EditLabel operator()(const PlacePavilion& e) const
    {
        const Pavilion& v = p.pavilion(e.pavilion);
        return {!e.region ? W::RemovePavilion : v.placed ? W::MovePavilion : W::PlacePavilion, {v.name}};
    }
    EditLabel operator()(const PlaceSectorZone& e) const
    {
        return {e.zone ? W::DrawZone : W::ClearZone, {p.sector(e.sector).name}};
    }
    EditLabel operator()(const LockExhibitor& e) const
    {
        const std::string& code = p.exhibitor(e.exhibitor).code;
        return e.booth.empty() ? EditLabel(W::UnpinExhibitor, {code}) : EditLabel(W::PinExhibitor, {code, e.booth});
    }
    EditLabel operator()(const ReplaceHall& e) const { return {W::EditHall, {e.hall.code}}; }
    EditLabel operator()(const ReplaceBooths& e) const { return e.label.empty() ? EditLabel(W::ReplaceBooths) : e.label; }
    EditLabel operator()(const EditExhibitor& e) const { return {W::EditExhibitor, {p.exhibitor(e.id).code}}; }
    EditLabel operator()(const EditPavilion& e) const { return {W::EditPavilion, {p.pavilion(e.id).name}}; }
    EditLabel operator()(const EditSector& e) const { return {W::EditSector, {p.sector(e.id).name}}; }
    EditLabel operator()(const SetVenueRules&) const { return {W::EditVenueRules}; }
    EditLabel operator()(const SetHallRules& e) const { return {W::EditHallRules, {p.hall(e.hall).code}}; }
    EditLabel operator()(const ReplaceExhibitors& e) const
    {
        return e.label.empty() ? EditLabel(W::ReplaceExhibitorList) : e.label;
    }
    EditLabel operator()(const ReplaceVenue& e) const { return {W::ReplaceVenue, {e.venue.name}}; }
    EditLabel operator()(const EditGroup& g) const
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

EditLabel describe(const Project& project, const Edit& edit)
{
    return std::visit(Describer{project}, edit.variant());
}

} // namespace bp

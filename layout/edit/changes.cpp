// What an edit touched: the ChangeSet's own operations, and the comparisons of a project's parts
// before and after that the appliers use to fill it.
#include "changes.h"

#include <algorithm>
#include <map>
#include <tuple>

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

template <class IdT> void keep_below(std::vector<IdT>& v, size_t size)
{
    v.erase(std::remove_if(v.begin(), v.end(), [&](IdT id) { return id.index() >= size; }), v.end());
}

template <class IdT> IdT id_of(size_t index)
{
    return IdT(static_cast<int32_t>(index));
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

namespace changes
{

// [SECTION] Booths ----------------------------------------------------------------------------

namespace
{

void add_holder_change(ChangeSet& c, BoothId id, const Booth& b, const BoothHolder& after)
{
    if (b.exhibitor == after.exhibitor && b.status == after.status)
        return;
    c.booths.push_back(id);
    c.halls.push_back(b.hall);
    for (ExhibitorId x : {b.exhibitor, after.exhibitor})
        if (x)
            c.exhibitors.push_back(x);
}

// A hall's part of a booth partition. Blocks are compared as a list; a booth's block as its place
// in that list, so a hall whose blocks only moved up or down the project's list is unchanged.
struct HallPart
{
    std::vector<const Block*> blocks;
    std::vector<std::tuple<std::string, int, BoothCells, BoothHolder>> booths;
    bool operator==(const HallPart& o) const
    {
        return booths == o.booths && std::equal(blocks.begin(), blocks.end(), o.blocks.begin(), o.blocks.end(),
                                                [](const Block* a, const Block* b) { return *a == *b; });
    }
};

std::map<HallId, HallPart> hall_parts(const std::vector<Block>& blocks, const std::vector<Booth>& booths)
{
    std::map<HallId, HallPart> parts;
    std::vector<int> place_in_hall(blocks.size(), -1);
    for (size_t i = 0; i < blocks.size(); ++i)
    {
        HallPart& part = parts[blocks[i].hall];
        place_in_hall[i] = static_cast<int>(part.blocks.size());
        part.blocks.push_back(&blocks[i]);
    }
    for (const Booth& b : booths)
    {
        BoothCells cells = b.cells;
        int place =
            b.cells.block.valid() && b.cells.block.index() < blocks.size() ? place_in_hall[b.cells.block.index()] : -1;
        cells.block = BlockId();
        parts[b.hall].booths.emplace_back(b.number, place, cells, BoothHolder{b.exhibitor, b.status});
    }
    return parts;
}

// Each exhibitor's booths: where they are and their status.
using Holdings = std::map<ExhibitorId, std::vector<std::tuple<std::string, HallId, BoothStatus>>>;

Holdings holdings(const std::vector<Booth>& booths)
{
    Holdings out;
    for (const Booth& b : booths)
        if (b.exhibitor)
            out[b.exhibitor].emplace_back(b.number, b.hall, b.status);
    for (auto& [e, list] : out)
        std::sort(list.begin(), list.end());
    return out;
}

bool same_places(const std::vector<Block>& blocks_a, const std::vector<Booth>& a, const std::vector<Block>& blocks_b,
                 const std::vector<Booth>& b)
{
    if (blocks_a != blocks_b || a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].number != b[i].number || a[i].hall != b[i].hall || !(a[i].cells == b[i].cells))
            return false;
    return true;
}

} // namespace

ChangeSet of_booths(const std::vector<Block>& blocks_before, const std::vector<Booth>& before,
                    const std::vector<Block>& blocks_after, const std::vector<Booth>& after)
{
    ChangeSet c;
    if (same_places(blocks_before, before, blocks_after, after))
    {
        for (size_t i = 0; i < after.size(); ++i)
            add_holder_change(c, id_of<BoothId>(i), before[i], {after[i].exhibitor, after[i].status});
        c.normalise();
        return c;
    }
    // A new partition: compare hall by hall, and each exhibitor's booths.
    c.booths_renumbered = true;
    std::map<HallId, HallPart> parts_a = hall_parts(blocks_before, before), parts_b = hall_parts(blocks_after, after);
    for (const auto* parts : {&parts_a, &parts_b})
        for (const auto& [hall, part] : *parts)
        {
            auto a = parts_a.find(hall), b = parts_b.find(hall);
            if (a == parts_a.end() || b == parts_b.end() || !(a->second == b->second))
                c.halls.push_back(hall);
        }
    Holdings held_a = holdings(before), held_b = holdings(after);
    for (const Holdings* held : {&held_a, &held_b})
        for (const auto& [e, list] : *held)
        {
            auto a = held_a.find(e), b = held_b.find(e);
            if (a == held_a.end() || b == held_b.end() || a->second != b->second)
                c.exhibitors.push_back(e);
        }
    c.normalise();
    return c;
}

ChangeSet of_holder(const Project& p, BoothId id, const BoothHolder& after)
{
    ChangeSet c;
    add_holder_change(c, id, p.booth(id), after);
    c.normalise();
    return c;
}

// [SECTION] Venue, lists, regions -------------------------------------------------------------------

ChangeSet of_venue(const Venue& before, const Venue& after)
{
    ChangeSet c;
    c.venue = before.name != after.name || before.rules != after.rules || before.halls.size() != after.halls.size();
    for (size_t i = 0; i < after.halls.size(); ++i)
        if (i >= before.halls.size() || before.halls[i] != after.halls[i] ||
            apply(before.rules, before.halls[i].rules) != apply(after.rules, after.halls[i].rules))
            c.halls.push_back(id_of<HallId>(i));
    return c;
}

ChangeSet of_venue_rules(const Venue& before, const HallRules& after)
{
    ChangeSet c;
    c.venue = before.rules != after;
    for (size_t i = 0; c.venue && i < before.halls.size(); ++i)
        if (apply(before.rules, before.halls[i].rules) != apply(after, before.halls[i].rules))
            c.halls.push_back(id_of<HallId>(i));
    return c;
}

namespace
{

// Indices of `after` whose record differs from `before`'s, or is new; true when the list grew or shrank.
template <class IdT, class T>
bool list_changes(const std::vector<T>& before, const std::vector<T>& after, std::vector<IdT>& out)
{
    for (size_t i = 0; i < after.size(); ++i)
        if (i >= before.size() || !(before[i] == after[i]))
            out.push_back(id_of<IdT>(i));
    return before.size() != after.size();
}

} // namespace

ChangeSet of_exhibitor_list(const Project& p, const ReplaceExhibitors& e)
{
    ChangeSet c;
    bool resized = list_changes(p.exhibitors, e.exhibitors, c.exhibitors);
    resized |= list_changes(p.pavilions, e.pavilions, c.pavilions);
    resized |= list_changes(p.sectors, e.sectors, c.sectors);
    c.exhibitor_list = resized;
    for (size_t i = 0; i < p.pavilions.size() || i < e.pavilions.size(); ++i)
        add_region_halls(i < p.pavilions.size() ? p.pavilions[i].placed : std::nullopt,
                         i < e.pavilions.size() ? e.pavilions[i].placed : std::nullopt, c);
    for (size_t i = 0; i < p.sectors.size() || i < e.sectors.size(); ++i)
        add_region_halls(i < p.sectors.size() ? p.sectors[i].zone : std::nullopt,
                         i < e.sectors.size() ? e.sectors[i].zone : std::nullopt, c);
    for (size_t i = 0; i < p.booths.size(); ++i)
        add_holder_change(c, id_of<BoothId>(i), p.booths[i], e.holders[i]);
    keep_below(c.exhibitors, e.exhibitors.size()); // a removed exhibitor's booth: the list changed
    c.normalise();
    return c;
}

void add_region_halls(const std::optional<Region>& before, const std::optional<Region>& after, ChangeSet& c)
{
    if (before == after)
        return;
    for (const std::optional<Region>* r : {&before, &after})
        if (*r)
            c.halls.push_back((*r)->hall);
}

void drop_invalid(ChangeSet& c, const Project& p)
{
    keep_below(c.halls, p.venue.halls.size());
    keep_below(c.booths, p.booths.size());
    keep_below(c.exhibitors, p.exhibitors.size());
    keep_below(c.pavilions, p.pavilions.size());
    keep_below(c.sectors, p.sectors.size());
}

} // namespace changes

} // namespace bp

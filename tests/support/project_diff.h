// What differs between two projects, computed from the data alone: the reference that the change
// sets edits report are checked against. Each hall is compared by a fingerprint of everything
// drawn in it, so the differ shares no code with the edit library it checks.
#pragma once

#include "layout/model/model.h"

#include <map>
#include <set>
#include <sstream>
#include <string>

namespace bp::test
{

struct ProjectDiff
{
    bool venue = false;             // name, default rules or number of halls
    bool booths_renumbered = false; // blocks or the places of booths
    bool exhibitor_list = false;    // the number of exhibitors, pavilions or sectors
    std::set<HallId> halls;         // valid in the second project
    std::set<BoothId> booths;       // holder or status (when not renumbered)
    std::set<ExhibitorId> exhibitors;
    std::set<PavilionId> pavilions;
    std::set<SectorId> sectors;
};

namespace diff_detail
{

inline void put(std::ostringstream& o, const Polygon& poly)
{
    for (Vec2 q : poly)
        o << q.x << ',' << q.y << ' ';
    o << ';';
}

// Everything about hall h that a drawing of it shows: its record, its effective rules, its blocks
// (in list order), its booths with their block's place among the hall's blocks, and the regions
// placed in it.
inline std::string hall_fingerprint(const Project& p, size_t h)
{
    std::ostringstream o;
    o.precision(17);
    const Hall& hall = p.venue.halls[h];
    o << hall.code << '|' << hall.name << '|' << hall.level << '|' << hall.height_m << '|';
    put(o, hall.outline);
    for (const Polygon& c : hall.columns)
        put(o, c);
    o << '|';
    for (const Polygon& c : hall.blocked)
        put(o, c);
    for (const Door& d : hall.doors)
        o << static_cast<int>(d.kind) << ':' << d.span.a.x << ',' << d.span.a.y << ',' << d.span.b.x << ','
          << d.span.b.y << ' ';
    const HallRules r = p.rules(HallId(static_cast<int32_t>(h)));
    o << "|rules";
    for (const HallRuleField& f : hall_rule_fields())
    {
        auto over = rule_override(hall.rules, f);
        o << ' ' << rule_value(r, f).value_or(-1) << '/' << (over ? over->value_or(-1) : -2);
    }
    std::map<size_t, int> place;
    for (size_t b = 0; b < p.blocks.size(); ++b)
    {
        const Block& k = p.blocks[b];
        if (k.hall.index() != h)
            continue;
        place[b] = static_cast<int>(place.size());
        o << "|block " << k.origin.x << ',' << k.origin.y << ' ' << k.along.x << ',' << k.along.y << ' ' << k.across.x
          << ',' << k.across.y << ' ' << k.module_m << ' ' << k.row_depth_m << ' ' << k.rows << 'x' << k.modules;
        for (CellUse u : k.cells)
            o << static_cast<int>(u);
        for (const std::string& n : k.numbers)
            o << n << ',';
        for (int s = 0; s < 4; ++s)
            o << k.open_side[s] << k.main_aisle_side[s];
    }
    for (const Booth& b : p.booths)
        if (b.hall.index() == h)
        {
            auto it = place.find(b.cells.block.index());
            o << "|booth " << b.number << ' ' << (it == place.end() ? -1 : it->second) << ' ' << b.cells.row << ' '
              << b.cells.rows << ' ' << b.cells.col << ' ' << b.cells.cols << ' ' << b.exhibitor.value << ' '
              << static_cast<int>(b.status);
        }
    auto regions = [&](const auto& list, auto member, const char* what)
    {
        for (size_t i = 0; i < list.size(); ++i)
            if (const auto& region = list[i].*member; region && region->hall.index() == h)
            {
                o << '|' << what << i << ' ';
                put(o, region->polygon);
            }
    };
    regions(p.pavilions, &Pavilion::placed, "pavilion");
    regions(p.sectors, &Sector::zone, "zone");
    return o.str();
}

// Each exhibitor's booths: number, hall and status, sorted.
inline std::map<int32_t, std::multiset<std::string>> holdings(const Project& p)
{
    std::map<int32_t, std::multiset<std::string>> out;
    for (const Booth& b : p.booths)
        if (b.exhibitor.valid())
            out[b.exhibitor.value].insert(b.number + "@" + std::to_string(b.hall.value) + "/" +
                                          std::to_string(static_cast<int>(b.status)));
    return out;
}

template <class IdT, class T> void changed_records(const std::vector<T>& a, const std::vector<T>& b, std::set<IdT>& out)
{
    for (size_t i = 0; i < b.size(); ++i)
        if (i >= a.size() || !(a[i] == b[i]))
            out.insert(IdT(static_cast<int32_t>(i)));
}

} // namespace diff_detail

inline ProjectDiff diff_projects(const Project& a, const Project& b)
{
    using namespace diff_detail;
    ProjectDiff d;
    d.venue = a.venue.name != b.venue.name || !(a.venue.rules == b.venue.rules) ||
              a.venue.halls.size() != b.venue.halls.size();
    d.exhibitor_list = a.exhibitors.size() != b.exhibitors.size() || a.pavilions.size() != b.pavilions.size() ||
                       a.sectors.size() != b.sectors.size();
    d.booths_renumbered = !(a.blocks == b.blocks) || a.booths.size() != b.booths.size();
    for (size_t i = 0; !d.booths_renumbered && i < b.booths.size(); ++i)
        d.booths_renumbered = a.booths[i].number != b.booths[i].number || a.booths[i].hall != b.booths[i].hall ||
                              !(a.booths[i].cells == b.booths[i].cells);
    for (size_t h = 0; h < b.venue.halls.size(); ++h)
        if (h >= a.venue.halls.size() || hall_fingerprint(a, h) != hall_fingerprint(b, h))
            d.halls.insert(HallId(static_cast<int32_t>(h)));
    for (size_t i = 0; !d.booths_renumbered && i < b.booths.size(); ++i)
        if (a.booths[i].exhibitor != b.booths[i].exhibitor || a.booths[i].status != b.booths[i].status)
            d.booths.insert(BoothId(static_cast<int32_t>(i)));
    changed_records(a.exhibitors, b.exhibitors, d.exhibitors);
    auto held_a = holdings(a), held_b = holdings(b);
    for (size_t i = 0; i < b.exhibitors.size(); ++i)
        if (held_a[static_cast<int32_t>(i)] != held_b[static_cast<int32_t>(i)])
            d.exhibitors.insert(ExhibitorId(static_cast<int32_t>(i)));
    changed_records(a.pavilions, b.pavilions, d.pavilions);
    changed_records(a.sectors, b.sectors, d.sectors);
    return d;
}

} // namespace bp::test

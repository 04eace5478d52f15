// Random edits of every kind, as a planner's session would make them, for the tests that check
// that edits undo exactly and report what they changed.
#pragma once

#include "layout/edit/edit.h"
#include "layout/grid/booth_grid.h"
#include "layout/io/exhibitor_list.h"

#include <algorithm>
#include <random>
#include <set>

namespace bp::test
{

// The kinds of edit, in the order of EditVariant.
constexpr size_t kEditKinds = std::variant_size_v<EditVariant>;

template <class T, class... Ts> constexpr size_t kind_index(const std::variant<Ts...>*)
{
    constexpr bool same[] = {std::is_same_v<T, Ts>...};
    for (size_t i = 0; i < sizeof...(Ts); ++i)
        if (same[i])
            return i;
    return sizeof...(Ts);
}
// The variant index of edit kind T.
template <class T> constexpr size_t kind_of = kind_index<T>(static_cast<const EditVariant*>(nullptr));

class RandomEdits
{
public:
    explicit RandomEdits(uint64_t seed) : rng_(seed) {}

    // An edit of the kind with variant index `kind`, valid in `p` (which has a booth grid).
    Edit make(const Project& p, size_t kind)
    {
        if (p.booths.empty() && kind == kind_of<AssignBooth>)
            return generate_grid(p).edit; // a cleared grid comes back before booths are sold again
        switch (kind)
        {
        case kind_of<AssignBooth>:
            return assign(p);
        case kind_of<PlacePavilion>:
            return PlacePavilion{pick<PavilionId>(p.pavilions.size()), maybe_region(p)};
        case kind_of<PlaceSectorZone>:
            return PlaceSectorZone{pick<SectorId>(p.sectors.size()), maybe_region(p)};
        case kind_of<LockExhibitor>:
            return LockExhibitor{pick<ExhibitorId>(p.exhibitors.size()), chance(0.3) || p.booths.empty()
                                                                             ? std::string()
                                                                             : p.booths[index(p.booths.size())].number};
        case kind_of<ReplaceHall>:
            return replace_hall(p);
        case kind_of<ReplaceBooths>:
            return replace_booths(p);
        case kind_of<EditExhibitor>:
            return edit_exhibitor(p);
        case kind_of<EditPavilion>:
        {
            PavilionId id = pick<PavilionId>(p.pavilions.size());
            Pavilion v = p.pavilion(id);
            v.colour = static_cast<uint32_t>(rng_() & 0xFFFFFF);
            if (chance(0.5))
                v.placed = maybe_region(p);
            return EditPavilion{id, v};
        }
        case kind_of<EditSector>:
        {
            SectorId id = pick<SectorId>(p.sectors.size());
            Sector s = p.sector(id);
            s.name += chance(0.5) ? "" : " (new)";
            s.zone = chance(0.5) ? s.zone : maybe_region(p);
            return EditSector{id, s};
        }
        case kind_of<SetVenueRules>:
            return SetVenueRules{some_rules(p.venue.rules)};
        case kind_of<SetHallRules>:
            return set_hall_rules(p);
        case kind_of<ReplaceExhibitors>:
            return reimport(p);
        case kind_of<ReplaceVenue>:
        {
            Venue v = p.venue;
            v.name += chance(0.5) ? " 2027" : "";
            v.halls[index(v.halls.size())].name += " East";
            return ReplaceVenue{v};
        }
        case kind_of<EditGroup>:
        {
            EditGroup g{chance(0.5) ? EditLabel(EditWords::SwapExhibitors, {"A", "B"}) : EditLabel(), {}};
            Project scratch = p; // later edits of a group see the earlier ones
            for (int n = 1 + static_cast<int>(index(3)); n > 0; --n)
            {
                Edit e = make(scratch, index(kEditKinds - 1));
                apply_edit(scratch, e);
                g.edits.push_back(std::move(e));
            }
            return g;
        }
        }
        return EditGroup{};
    }

    std::mt19937_64& rng() { return rng_; }

private:
    size_t index(size_t n) { return n == 0 ? 0 : static_cast<size_t>(rng_() % n); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
    template <class IdT> IdT pick(size_t n) { return IdT(static_cast<int32_t>(index(n))); }

    std::optional<Region> maybe_region(const Project& p)
    {
        if (chance(0.3))
            return std::nullopt;
        HallId h = pick<HallId>(p.venue.halls.size());
        Box b = bounds(p.hall(h).outline);
        double x = b.min.x + index(static_cast<size_t>(std::max(1.0, b.width() - 20)));
        double y = b.min.y + index(static_cast<size_t>(std::max(1.0, b.height() - 20)));
        return Region{h, rectangle({x, y}, {x + 6 + index(14), y + 6 + index(14)})};
    }

    Edit assign(const Project& p)
    {
        const BoothStatus statuses[] = {BoothStatus::Available, BoothStatus::Held, BoothStatus::Reserved,
                                        BoothStatus::Sold, BoothStatus::Blocked};
        ExhibitorId who = chance(0.2) ? ExhibitorId() : pick<ExhibitorId>(p.exhibitors.size());
        return AssignBooth{pick<BoothId>(p.booths.size()), who, statuses[index(5)]};
    }

    Edit replace_hall(const Project& p)
    {
        HallId id = pick<HallId>(p.venue.halls.size());
        Hall h = p.hall(id);
        if (!h.columns.empty() && chance(0.6))
            for (Vec2& q : h.columns[index(h.columns.size())])
                q = q + Vec2{3, 0};
        else
            h.height_m += 1;
        return ReplaceHall{id, h};
    }

    // A regenerated hall, a whole new grid, two free modules merged into one booth, or no grid.
    Edit replace_booths(const Project& p)
    {
        const size_t how = index(4);
        if (how == 0)
            return regenerate_hall_grid(p, pick<HallId>(p.venue.halls.size())).edit;
        if (how == 1)
            return generate_grid(p, {-1}).edit;
        if (how == 2)
            for (int tries = 0; tries < 50; ++tries)
            {
                size_t i = index(p.booths.size());
                if (i + 1 >= p.booths.size())
                    continue;
                const Booth &a = p.booths[i], &b = p.booths[i + 1];
                if (a.cells.block != b.cells.block || a.cells.row != b.cells.row || a.cells.rows != 1 ||
                    b.cells.rows != 1 || a.cells.col + a.cells.cols != b.cells.col)
                    continue;
                ReplaceBooths r{p.blocks, p.booths, EditLabel(EditWords::MergeBooths, {"?"})};
                Booth& merged = r.booths[i];
                merged.cells.cols += b.cells.cols;
                merged.number = booth_number(p.block(a.cells.block), merged.cells);
                r.booths.erase(r.booths.begin() + static_cast<std::ptrdiff_t>(i + 1));
                return r;
            }
        return ReplaceBooths{{}, {}, EditLabel(EditWords::ClearGrid)};
    }

    Edit edit_exhibitor(const Project& p)
    {
        ExhibitorId id = pick<ExhibitorId>(p.exhibitors.size());
        Exhibitor e = p.exhibitor(id);
        switch (index(4))
        {
        case 0:
            e.area_m2 += 9;
            break;
        case 1:
            e.pavilion = chance(0.3) ? PavilionId() : pick<PavilionId>(p.pavilions.size());
            break;
        case 2:
            e.prefer = {Preference{PreferenceKind::Corner, {}}};
            break;
        default:
            break; // unchanged: an edit that changes nothing reports nothing
        }
        return EditExhibitor{id, e};
    }

    HallRules some_rules(HallRules r)
    {
        switch (index(3))
        {
        case 0:
            r.aisle_m = r.aisle_m == 4 ? 5 : 4;
            break;
        case 1:
            r.max_exit_distance_m = r.max_exit_distance_m ? std::nullopt : std::optional<double>(37.5);
            break;
        default:
            r.wall_gap_m = r.wall_gap_m == 1 ? 1.5 : 1;
            break;
        }
        return r;
    }

    Edit set_hall_rules(const Project& p)
    {
        HallId id = pick<HallId>(p.venue.halls.size());
        HallRuleOverrides o = p.hall(id).rules;
        auto fields = hall_rule_fields();
        const HallRuleField& f = fields[index(fields.size())];
        if (rule_override(o, f) && chance(0.5))
            set_rule_override(o, f, std::nullopt);
        else
            set_rule_override(
                o, f,
                std::optional<std::optional<double>>(
                    std::in_place, f.limit && chance(0.5) ? std::nullopt : std::optional<double>(3 + index(4))));
        return SetHallRules{id, o};
    }

    // The list exported, some rows dropped and the rest shuffled, imported again.
    Edit reimport(const Project& p)
    {
        std::vector<std::vector<std::string>> rows = exhibitor_booth_rows(p);
        Table t{"list.csv", {}};
        t.rows.push_back({1, rows[0]});
        std::vector<size_t> keep;
        for (size_t i = 1; i < rows.size(); ++i)
            if (!chance(0.1))
                keep.push_back(i);
        std::shuffle(keep.begin(), keep.end(), rng_);
        std::set<std::string> modules;
        for (const Block& b : p.blocks)
            modules.insert(b.numbers.begin(), b.numbers.end());
        for (size_t i : keep)
        {
            rows[i][10].clear(); // competitors may have been dropped
            if (!modules.count(rows[i][12].substr(0, rows[i][12].find('-'))))
                rows[i][12].clear(); // a pin to a booth the grid no longer has would be refused
            t.rows.push_back({static_cast<int>(t.rows.size() + 1), rows[i]});
        }
        return import_exhibitors(p, t).edit;
    }

    std::mt19937_64 rng_;
};

} // namespace bp::test

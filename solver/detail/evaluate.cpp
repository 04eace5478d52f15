// Full evaluation of any allocation, hand-made ones included: every hard rule graded, every
// penalty listed as a violation naming its constraint and subjects (as report strings and typed
// ids), and the plan's metrics.
//
// Index:
//   [SECTION] Subjects
//   [SECTION] Rules the search keeps by construction
//   [SECTION] Exhibitors, competitor pairs
//   [SECTION] Pavilions, sectors, isolated modules
#include "construct.h"
#include "plan.h"
#include "score.h"
#include "seat.h"

#include <algorithm>
#include <cmath>

namespace bp
{

namespace detail
{

namespace
{

bool valid_place(const AllocationProblem& P, const Place& p)
{
    return p.block >= 0 && p.block < static_cast<int32_t>(P.blocks.size()) && p.row >= 0 && p.col >= 0 && p.rows >= 1 &&
           p.cols >= 1 && p.row + p.rows <= P.blocks[p.block].rows && p.col + p.cols <= P.blocks[p.block].modules;
}

// [SECTION] Subjects -----------------------------------------------------------------------------

// Scores one allocation step by step into an Evaluation.
class Evaluator
{
public:
    Evaluator(const AllocationProblem& P, const Allocation& allocation, const Weights& W)
        : P_(P), W_(W), allocation_(allocation), places_(to_places(P, allocation)),
          occupant_(static_cast<size_t>(P.cells()), -1)
    {
        // Booth ids name the booths of the plan this allocation gives (the solve result's edit).
        plan_booth_ =
            booth_of_cells(P.grid, plan_booths(P.grid, P.booths_before, allocation, P.exhibitors.size(), false));
    }

    Evaluation run()
    {
        booth_cells_and_sizes();
        overlaps();
        exhibitors();
        competitor_pairs();
        pavilions();
        sectors();
        isolated_modules();
        ev_.score = to_score(total_);
        std::stable_sort(ev_.violations.begin(), ev_.violations.end(),
                         [](const Penalty& a, const Penalty& b) { return a.level < b.level; });
        return std::move(ev_);
    }

private:
    const AllocationProblem& P_;
    const Weights& W_;
    const Allocation& allocation_;
    std::vector<Place> places_;
    std::vector<int32_t> occupant_;
    std::vector<int32_t> plan_booth_; // per cell
    Evaluation ev_;
    Term total_;

    Penalty& add(const char* constraint, PenaltyLevel level, int64_t penalty, Wording says)
    {
        Penalty& v = ev_.violations.emplace_back();
        v.constraint = constraint;
        v.level = level;
        v.penalty = penalty;
        v.message = to_english(says);
        v.says = std::move(says);
        return v;
    }
    void exhibitor(Penalty& v, int32_t e) const
    {
        v.subjects.push_back("exhibitor:" + P_.exhibitors[e].code);
        v.ids.exhibitors.push_back(ExhibitorId(e));
    }
    // A booth by its number; its id is the plan booth covering `cell` (none when cell < 0).
    void booth(Penalty& v, const std::string& number, int32_t cell) const
    {
        v.subjects.push_back("booth:" + number);
        if (cell >= 0 && plan_booth_[static_cast<size_t>(cell)] >= 0)
            v.ids.booths.push_back(BoothId(plan_booth_[static_cast<size_t>(cell)]));
    }
    void booth(Penalty& v, const Place& p) const { booth(v, P_.booth_number(p), P_.cell(p.block, p.row, p.col)); }
    void pavilion(Penalty& v, int32_t pv) const
    {
        v.subjects.push_back("pavilion:" + P_.pavilions[pv].name);
        v.ids.pavilions.push_back(PavilionId(pv));
    }
    void sector(Penalty& v, int32_t s) const
    {
        v.subjects.push_back("sector:" + P_.sectors[s].name);
        v.ids.sectors.push_back(SectorId(s));
    }
    void hall(Penalty& v, int32_t h) const
    {
        v.subjects.push_back("hall:" + P_.hall_code[h]);
        v.ids.halls.push_back(HallId(h));
    }
    void booth_cells_and_sizes();
    void overlaps();
    void exhibitors();
    void exhibitor_placed(int32_t e, const Place& p);
    void competitor_pairs();
    void pavilions();
    void sectors();
    void isolated_modules();
};

// [SECTION] Rules the search keeps by construction ------------------------------------------------

// Inside a block, on bookable cells, of one of the exhibitor's shapes.
void Evaluator::booth_cells_and_sizes()
{
    for (size_t i = 0; i < places_.size(); ++i)
    {
        const int32_t e = int32_t(i);
        Place& p = places_[i];
        if (!p.assigned())
            continue;
        const ExhibitorRequest& x = P_.exhibitors[i];
        if (!valid_place(P_, p))
        {
            total_.hard += std::max(1, p.modules());
            exhibitor(add("outside-block", PenaltyLevel::Hard, std::max(1, p.modules()), {Says::OutsideBlock, {x.code}}),
                      e);
            p = {}; // scored as unassigned from here on
            continue;
        }
        int bad = 0;
        for (int r = p.row; r < p.row + p.rows; ++r)
            for (int c = p.col; c < p.col + p.cols; ++c)
                bad += !P_.cell_bookable[P_.cell(p.block, r, c)];
        if (bad)
        {
            total_.hard += bad;
            Penalty& v =
                add("non-booth-cell", PenaltyLevel::Hard, bad, {Says::NonBoothCells, {x.code, std::to_string(bad)}});
            exhibitor(v, e);
            booth(v, p);
        }
        if (!x.locked && !P_.shape_ok(e, p))
        {
            total_.hard += 1;
            int lo = static_cast<int>(std::ceil(x.need_m2 - 1e-9));
            Penalty& v = add("booth-size", PenaltyLevel::Hard, 1,
                             {Says::BoothSize, {x.code, wording_figure(P_.area(p)), std::to_string(lo)}});
            exhibitor(v, e);
            booth(v, p);
        }
    }
}

// One exhibitor per module.
void Evaluator::overlaps()
{
    for (size_t i = 0; i < places_.size(); ++i)
    {
        const Place& p = places_[i];
        if (!p.assigned())
            continue;
        for (int r = p.row; r < p.row + p.rows; ++r)
            for (int c = p.col; c < p.col + p.cols; ++c)
            {
                int32_t u = P_.cell(p.block, r, c);
                if (occupant_[u] < 0)
                {
                    occupant_[u] = int32_t(i);
                    continue;
                }
                total_.hard += 1;
                Penalty& v = add("module-overlap", PenaltyLevel::Hard, 1,
                                 {Says::ModuleOverlap, {P_.exhibitors[occupant_[u]].code, P_.exhibitors[i].code}});
                exhibitor(v, occupant_[u]);
                exhibitor(v, int32_t(i));
                booth(v, P_.module_number(u), u);
            }
    }
}

// [SECTION] Exhibitors, competitor pairs ----------------------------------------------------------

void Evaluator::exhibitors()
{
    Metrics& m = ev_.metrics;
    for (size_t i = 0; i < places_.size(); ++i)
    {
        const int32_t e = int32_t(i);
        const Place& p = places_[i];
        const ExhibitorRequest& x = P_.exhibitors[i];
        Term t = exhibitor_term(P_, W_, e, p);
        total_ += t;
        m.exhibitors++;
        m.area_requested_m2 += x.area_m2;
        m.preferences_requested += int(x.prefer.size());
        if (x.locked && (!x.lock.assigned() || !(p == x.lock)))
        {
            Penalty& v = add("locked-booth", PenaltyLevel::Hard, std::max(1, x.lock.modules()),
                             {x.lock.assigned() ? Says::PinnedElsewhere : Says::PinnedMissing, {x.code, x.lock_number}});
            exhibitor(v, e);
            booth(v, x.lock_number, x.lock.assigned() ? P_.cell(x.lock.block, x.lock.row, x.lock.col) : -1);
        }
        if (!p.assigned())
        {
            Wording reason = i < allocation_.exhibitors.size() ? allocation_.exhibitors[i].reason : Wording{};
            if (reason.empty()) // a plan made by hand or read from the booths: what the venue itself rules out
                reason = static_reason(P_, e);
            if (reason.empty())
                reason = {Says::NotPlaced, {x.code}};
            exhibitor(add("unassigned", PenaltyLevel::Medium, t.medium, reason), e);
            continue;
        }
        exhibitor_placed(e, p);
    }
}

void Evaluator::exhibitor_placed(int32_t e, const Place& p)
{
    Metrics& m = ev_.metrics;
    const ExhibitorRequest& x = P_.exhibitors[e];
    m.assigned++;
    m.booths++;
    m.area_assigned_m2 += P_.area(p);
    auto about = [&](Penalty& v) -> Penalty&
    {
        exhibitor(v, e);
        booth(v, p);
        return v;
    };
    if (x.raw && P_.area(p) < 36 - 1e-9)
        about(add("raw-space-min", PenaltyLevel::Hard, std::llround(36 - P_.area(p)),
                  {Says::RawSpaceSmall, {x.code}}));
    if (int outside = outside_region(P_, e, p))
        pavilion(about(add("pavilion-region", PenaltyLevel::Hard, outside,
                           {Says::OutsideRegion, {x.code, std::to_string(outside), P_.pavilions[x.pavilion].name}})),
                 x.pavilion);
    int32_t zone = x.sector >= 0 ? P_.sectors[x.sector].zone : -1;
    if (zone >= 0)
        if (int out = outside_zone(P_, zone, p))
            sector(about(add("sector-zone", PenaltyLevel::Soft,
                             std::llround(out * P_.blocks[p.block].module_area) * W_.sector_spread_per_m2,
                             {Says::OutsideZone, {x.code}})),
                   x.sector);
    for (size_t k = 0; k < x.prefer.size(); ++k)
    {
        if (preference_met(P_, e, k, p))
        {
            m.preferences_met++;
            continue;
        }
        m.preference += W_.preference_unmet;
        about(add("preference-unmet", PenaltyLevel::Soft, W_.preference_unmet,
                  {Says::PreferenceUnmet, {x.code, to_string(x.prefer[k])}}));
    }
    if (x.priority > 0 && quality(P_, p) < 4)
    {
        int64_t pen = int64_t(x.priority) * (4 - quality(P_, p)) * W_.priority_quality;
        m.priority += pen;
        about(add("priority-booth", PenaltyLevel::Soft, pen,
                  {Says::PriorityBooth, {x.code, std::to_string(x.priority), std::to_string(quality(P_, p))}}));
    }
    if (x.previous.assigned() && !(x.previous == p))
    {
        m.moved++;
        m.stability += W_.moved;
        Penalty& v =
            about(add("moved", PenaltyLevel::Soft, W_.moved, {Says::Moved, {x.code, P_.booth_number(x.previous)}}));
        v.subjects.push_back("booth:" + P_.booth_number(x.previous)); // the booth it left is not in the new plan
    }
}

void Evaluator::competitor_pairs()
{
    Metrics& m = ev_.metrics;
    for (size_t i = 0; i < places_.size(); ++i)
        for (int32_t c : P_.exhibitors[i].competitors)
        {
            if (c <= int32_t(i))
                continue;
            PairFacts f;
            Term t = pair_term(P_, W_, places_[i], places_[c], &f);
            total_ += t;
            if (t.soft == 0 && t.hard == 0)
                continue;
            auto about = [&](Penalty& v)
            {
                exhibitor(v, int32_t(i));
                exhibitor(v, c);
                booth(v, places_[i]);
                booth(v, places_[c]);
            };
            const std::string &a = P_.exhibitors[i].code, &b = P_.exhibitors[c].code;
            if (f.walls > 0)
            {
                m.competitor_adjacent_pairs++;
                about(add("competitor-wall", PenaltyLevel::Hard, f.walls, {Says::CompetitorWall, {a, b}}));
            }
            int64_t near = t.soft;
            if (f.facing > 0)
            {
                const bool hard = P_.competitors_facing == CompetitorsFacing::Forbid;
                const int64_t cost = hard ? f.facing : f.facing * W_.competitor_facing;
                near -= hard ? 0 : cost;
                m.competitor_facing_pairs++;
                m.competitor_facing += hard ? 0 : cost;
                about(add("competitor-facing", hard ? PenaltyLevel::Hard : PenaltyLevel::Soft, cost,
                          {Says::CompetitorFacing,
                           {a, b, P_.booth_number(places_[i]), P_.booth_number(places_[c])}}));
            }
            if (near == 0)
                continue;
            m.competitor_near_pairs++;
            m.competitor_near += near;
            about(add("competitor-near", PenaltyLevel::Soft, near,
                      {Says::CompetitorNear, {a, b, wording_figure(f.distance_m, 1)}}));
        }
}

// [SECTION] Pavilions, sectors, isolated modules ------------------------------------------------

void Evaluator::pavilions()
{
    Metrics& m = ev_.metrics;
    std::vector<uint32_t> mark(P_.exhibitors.size(), 0);
    std::vector<int32_t> comp(P_.exhibitors.size(), -1);
    uint32_t epoch = 0;
    for (size_t pv = 0; pv < P_.pavilions.size(); ++pv)
    {
        const PavilionGroup& pav = P_.pavilions[pv];
        PavilionFacts f = pavilion_facts(P_, int32_t(pv), places_, occupant_, mark, epoch, &comp);
        total_.soft += pavilion_cost(W_, f.split_m2, f.spread);
        if (pav.members.empty())
            continue;
        m.pavilions++;
        m.pavilion_spread += f.spread * W_.pavilion_spread;
        if (f.split_m2 == 0)
        {
            m.pavilions_contiguous++;
            continue;
        }
        m.pavilion_split += f.split_m2 * W_.pavilion_split_per_m2;
        Penalty& v = add("pavilion-split", PenaltyLevel::Soft, f.split_m2 * W_.pavilion_split_per_m2,
                         pavilion_split_reason(P_, int32_t(pv), places_, occupant_, comp, f.largest_root, f.split_m2));
        pavilion(v, int32_t(pv));
        for (int32_t e : pav.members)
            if (places_[e].assigned() && comp[e] != f.largest_root)
                booth(v, places_[e]);
    }
}

void Evaluator::sectors()
{
    Metrics& m = ev_.metrics;
    std::vector<int64_t> hall_area(static_cast<size_t>(std::max(1, P_.halls)));
    for (size_t s = 0; s < P_.sectors.size(); ++s)
    {
        std::fill(hall_area.begin(), hall_area.end(), 0);
        for (size_t e = 0; e < places_.size(); ++e)
            if (P_.exhibitors[e].sector == int32_t(s) && places_[e].assigned())
                hall_area[static_cast<size_t>(P_.blocks[places_[e].block].hall)] += area_int(P_, places_[e]);
        int64_t cost = sector_cost(P_, W_, int32_t(s), hall_area.data());
        total_.soft += cost;
        m.sector_spread += cost;
        if (cost <= 0)
            continue;
        auto main = std::max_element(hall_area.begin(), hall_area.end()) - hall_area.begin();
        Penalty& v = add("sector-spread", PenaltyLevel::Soft, cost,
                         {Says::SectorSpread,
                          {P_.sectors[s].name, std::to_string(cost / std::max<int64_t>(1, W_.sector_spread_per_m2)),
                           P_.hall_code[main]}});
        sector(v, int32_t(s));
        for (int32_t h = 0; h < P_.halls; ++h)
            if (h != main && hall_area[h] > 0)
                hall(v, h);
    }
}

void Evaluator::isolated_modules()
{
    Metrics& m = ev_.metrics;
    int64_t free_area = 0;
    for (int32_t u = 0; u < P_.cells(); ++u)
    {
        if (P_.cell_bookable[u])
            free_area += std::llround(P_.blocks[P_.cell_block[u]].module_area);
        if (!isolated(P_, occupant_, u))
            continue;
        m.isolated_modules++;
        total_.soft += W_.isolated_module;
        m.isolated += W_.isolated_module;
        booth(add("isolated-module", PenaltyLevel::Soft, W_.isolated_module, {Says::IsolatedModule, {}}),
              P_.module_number(u), u);
    }
    m.fill_rate = free_area > 0 ? m.area_assigned_m2 / double(free_area) : 0;
}

} // namespace

Evaluation evaluate(const AllocationProblem& P, const Allocation& allocation, const Weights& W)
{
    return Evaluator(P, allocation, W).run();
}

} // namespace detail

Evaluation evaluate(const Project& project, const Allocation& allocation, const Weights& W)
{
    return detail::evaluate(detail::build_problem(project), allocation, W);
}

} // namespace bp

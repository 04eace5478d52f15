// Full evaluation of any allocation, hand-made ones included: every hard rule graded, every
// penalty listed as a violation naming its constraint and subjects, and the plan's metrics.
#include "score.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bp
{

namespace
{

using namespace detail;

std::string fmt(const char* f, double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

std::string ex_subject(const Problem& P, int32_t e) { return "exhibitor:" + P.ex[e].code; }

bool valid_place(const Problem& P, const Place& p)
{
    return p.block >= 0 && p.block < static_cast<int32_t>(P.blocks.size()) && p.row >= 0 && p.col >= 0 && p.rows >= 1 &&
           p.cols >= 1 && p.row + p.rows <= P.blocks[p.block].rows && p.col + p.cols <= P.blocks[p.block].modules;
}

} // namespace

const char* to_string(PenaltyLevel l)
{
    switch (l)
    {
    case PenaltyLevel::Hard:
        return "hard";
    case PenaltyLevel::Medium:
        return "medium";
    case PenaltyLevel::Soft:
        return "soft";
    }
    return "?";
}

bool operator==(const Allocation& a, const Allocation& b)
{
    if (a.exhibitors.size() != b.exhibitors.size())
        return false;
    for (size_t i = 0; i < a.exhibitors.size(); ++i)
        if (a.exhibitors[i].booth != b.exhibitors[i].booth)
            return false;
    return true;
}

Evaluation evaluate(const Project& project, const Allocation& allocation, const Weights& W)
{
    return detail::evaluate(build_problem(project), allocation, W);
}

Evaluation detail::evaluate(const Problem& P, const Allocation& allocation, const Weights& W)
{
    Evaluation ev;
    Metrics& m = ev.metrics;
    std::vector<Place> places = to_places(P, allocation);
    Term total;
    auto add = [&](const char* constraint, PenaltyLevel level, int64_t penalty, std::vector<std::string> subjects, std::string msg) {
        ev.violations.push_back({constraint, level, penalty, std::move(subjects), std::move(msg)});
    };

    // Rules the search keeps by construction: inside a block, bookable cells, one exhibitor per module.
    std::vector<int32_t> uses(static_cast<size_t>(P.cells()), 0);
    for (size_t e = 0; e < places.size(); ++e)
    {
        Place& p = places[e];
        if (!p.assigned())
            continue;
        if (!valid_place(P, p))
        {
            total.hard += std::max(1, p.modules());
            add("outside-block", PenaltyLevel::Hard, std::max(1, p.modules()), {ex_subject(P, int32_t(e))},
                P.ex[e].code + ": booth is not inside one block");
            p = {}; // scored as unassigned from here on
            continue;
        }
        int bad = 0;
        for (int r = p.row; r < p.row + p.rows; ++r)
            for (int c = p.col; c < p.col + p.cols; ++c)
            {
                int32_t u = P.cell(p.block, r, c);
                bad += !P.cell_free[u];
                ++uses[u];
            }
        if (bad)
        {
            total.hard += bad;
            add("non-booth-cell", PenaltyLevel::Hard, bad, {ex_subject(P, int32_t(e)), "booth:" + P.booth_number(p)},
                P.ex[e].code + ": booth covers " + std::to_string(bad) + " module(s) that are not bookable");
        }
        int lo = static_cast<int>(std::ceil(P.ex[e].need_m2 - 1e-9));
        double a = P.area(p);
        Shape shapes[4];
        bool size_ok = false;
        for (int k = 0, n = P.shapes(int32_t(e), p.block, shapes); k < n; ++k)
            size_ok |= shapes[k].rows == p.rows && shapes[k].cols == p.cols;
        if (!P.ex[e].locked && !size_ok)
        {
            total.hard += 1;
            add("booth-size", PenaltyLevel::Hard, 1, {ex_subject(P, int32_t(e)), "booth:" + P.booth_number(p)},
                P.ex[e].code + ": booth of " + fmt("%.0f", a) + " m² for a request of " + std::to_string(lo) + " m²");
        }
    }
    std::vector<int32_t> occ(static_cast<size_t>(P.cells()), -1);
    for (size_t e = 0; e < places.size(); ++e)
    {
        const Place& p = places[e];
        if (!p.assigned())
            continue;
        for (int r = p.row; r < p.row + p.rows; ++r)
            for (int c = p.col; c < p.col + p.cols; ++c)
            {
                int32_t u = P.cell(p.block, r, c);
                if (occ[u] < 0)
                    occ[u] = int32_t(e);
                else
                {
                    total.hard += 1;
                    add("module-overlap", PenaltyLevel::Hard, 1,
                        {ex_subject(P, occ[u]), ex_subject(P, int32_t(e)), "booth:" + P.project->blocks[p.block].number(r, c)},
                        "module used by " + P.ex[occ[u]].code + " and " + P.ex[e].code);
                }
            }
    }

    // Per exhibitor terms.
    for (size_t i = 0; i < places.size(); ++i)
    {
        int32_t e = int32_t(i);
        const Place& p = places[i];
        const PExhibitor& x = P.ex[i];
        Term t = exhibitor_term(P, W, e, p);
        total += t;
        m.exhibitors++;
        m.area_requested_m2 += x.area_m2;
        m.preferences_requested += int(x.prefer.size());
        if (x.locked && (!x.lock.assigned() || !(p == x.lock)))
            add("locked-booth", PenaltyLevel::Hard, std::max(1, x.lock.modules()), {ex_subject(P, e), "booth:" + x.lock_number},
                x.code + ": pinned to booth " + x.lock_number +
                    (x.lock.assigned() ? " but placed elsewhere" : ", which does not exist"));
        if (!p.assigned())
        {
            std::string reason = i < allocation.exhibitors.size() ? allocation.exhibitors[i].reason : "";
            if (reason.empty())
                reason = x.code + ": not placed";
            add("unassigned", PenaltyLevel::Medium, t.medium, {ex_subject(P, e)}, reason);
            continue;
        }
        m.assigned++;
        m.booths++;
        m.area_assigned_m2 += P.area(p);
        std::string booth = "booth:" + P.booth_number(p);
        if (x.raw && P.area(p) < 36 - 1e-9)
            add("raw-space-min", PenaltyLevel::Hard, std::llround(36 - P.area(p)), {ex_subject(P, e), booth},
                x.code + ": raw space below 36 m²");
        int outside = 0;
        for (int r = p.row; r < p.row + p.rows; ++r)
            for (int c = p.col; c < p.col + p.cols; ++c)
                outside += !P.allowed(e, P.cell(p.block, r, c));
        if (outside)
            add("pavilion-region", PenaltyLevel::Hard, outside, {ex_subject(P, e), booth, "pavilion:" + P.pavilions[x.pavilion].name},
                x.code + ": " + std::to_string(outside) + " module(s) outside the region of pavilion " + P.pavilions[x.pavilion].name);
        int32_t zone = x.sector >= 0 ? P.sectors[x.sector].zone : -1;
        if (zone >= 0)
        {
            int out = 0;
            for (int r = p.row; r < p.row + p.rows; ++r)
                for (int c = p.col; c < p.col + p.cols; ++c)
                    out += !P.masks[zone][P.cell(p.block, r, c)];
            if (out)
                add("sector-zone", PenaltyLevel::Soft, std::llround(out * P.blocks[p.block].module_area) * W.sector_spread_per_m2,
                    {ex_subject(P, e), booth, "sector:" + P.sectors[x.sector].name}, x.code + ": outside its sector's zone");
        }
        for (size_t k = 0; k < x.prefer.size(); ++k)
        {
            if (preference_met(P, e, k, p))
                m.preferences_met++;
            else
            {
                m.preference += W.preference_unmet;
                add("preference-unmet", PenaltyLevel::Soft, W.preference_unmet, {ex_subject(P, e), booth},
                    x.code + ": wants " + to_string(x.prefer[k]));
            }
        }
        if (x.priority > 0 && quality(P, p) < 4)
        {
            int64_t pen = int64_t(x.priority) * (4 - quality(P, p)) * W.priority_quality;
            m.priority += pen;
            add("priority-booth", PenaltyLevel::Soft, pen, {ex_subject(P, e), booth},
                x.code + ": priority " + std::to_string(x.priority) + " on a booth of quality " + std::to_string(quality(P, p)) + "/4");
        }
        if (x.previous.assigned() && !(x.previous == p))
        {
            m.moved++;
            m.stability += W.moved;
            add("moved", PenaltyLevel::Soft, W.moved, {ex_subject(P, e), booth, "booth:" + P.booth_number(x.previous)},
                x.code + ": moved from " + P.booth_number(x.previous));
        }
    }

    // Competitor pairs.
    for (size_t i = 0; i < places.size(); ++i)
        for (int32_t c : P.ex[i].competitors)
        {
            if (c <= int32_t(i))
                continue;
            int walls = 0;
            double d = 0;
            Term t = pair_term(P, W, places[i], places[c], &walls, &d);
            total += t;
            if (t.soft == 0 && t.hard == 0)
                continue;
            std::vector<std::string> subj = {ex_subject(P, int32_t(i)), ex_subject(P, c), "booth:" + P.booth_number(places[i]),
                                             "booth:" + P.booth_number(places[c])};
            if (walls > 0)
            {
                m.competitor_adjacent_pairs++;
                add("competitor-wall", PenaltyLevel::Hard, walls, subj, P.ex[i].code + " and its competitor " + P.ex[c].code + " share a wall");
            }
            m.competitor_near_pairs++;
            m.competitor_near += t.soft;
            add("competitor-near", PenaltyLevel::Soft, t.soft, subj,
                P.ex[i].code + " and its competitor " + P.ex[c].code + " are " + fmt("%.1f", d) + " m apart (want 10 m)");
        }

    // Pavilions: contiguity and spread.
    std::vector<uint32_t> mark(P.ex.size(), 0);
    std::vector<int32_t> comp(P.ex.size(), -1);
    uint32_t epoch = 0;
    for (size_t pv = 0; pv < P.pavilions.size(); ++pv)
    {
        const PPavilion& pav = P.pavilions[pv];
        PavilionFacts f = pavilion_facts(P, int32_t(pv), places, occ, mark, epoch, &comp);
        total.soft += pavilion_cost(W, f.split_m2, f.spread);
        if (pav.members.empty())
            continue;
        m.pavilions++;
        m.pavilion_spread += f.spread * W.pavilion_spread;
        if (f.split_m2 == 0)
        {
            m.pavilions_contiguous++;
            continue;
        }
        m.pavilion_split += f.split_m2 * W.pavilion_split_per_m2;
        std::vector<std::string> subj = {"pavilion:" + pav.name};
        for (int32_t e : pav.members)
            if (places[e].assigned() && comp[e] != f.largest_root)
                subj.push_back("booth:" + P.booth_number(places[e]));
        add("pavilion-split", PenaltyLevel::Soft, f.split_m2 * W.pavilion_split_per_m2, subj,
            "pavilion " + pav.name + ": " + std::to_string(f.split_m2) + " m² apart from its main part");
    }

    // Sectors spread over halls.
    std::vector<int64_t> hall_area(static_cast<size_t>(std::max(1, P.halls)));
    for (size_t s = 0; s < P.sectors.size(); ++s)
    {
        std::fill(hall_area.begin(), hall_area.end(), 0);
        for (size_t e = 0; e < places.size(); ++e)
            if (P.ex[e].sector == int32_t(s) && places[e].assigned())
                hall_area[static_cast<size_t>(P.blocks[places[e].block].hall)] += area_int(P, places[e]);
        int64_t cost = sector_cost(P, W, int32_t(s), hall_area.data());
        total.soft += cost;
        m.sector_spread += cost;
        if (cost > 0)
        {
            std::vector<std::string> subj = {"sector:" + P.sectors[s].name};
            auto main = std::max_element(hall_area.begin(), hall_area.end()) - hall_area.begin();
            for (int32_t h = 0; h < P.halls; ++h)
                if (h != main && hall_area[h] > 0)
                    subj.push_back("hall:" + P.hall_code[h]);
            add("sector-spread", PenaltyLevel::Soft, cost, subj,
                "sector " + P.sectors[s].name + ": " + std::to_string(cost / std::max<int64_t>(1, W.sector_spread_per_m2)) +
                    " m² outside its main hall " + P.hall_code[main]);
        }
    }

    // Isolated free modules.
    int64_t free_area = 0;
    for (int32_t u = 0; u < P.cells(); ++u)
    {
        if (P.cell_free[u])
            free_area += std::llround(P.blocks[P.cell_block[u]].module_area);
        if (isolated(P, occ, u))
        {
            m.isolated_modules++;
            total.soft += W.isolated_module;
            m.isolated += W.isolated_module;
            int32_t b = P.cell_block[u], local = u - P.blocks[b].base;
            add("isolated-module", PenaltyLevel::Soft, W.isolated_module,
                {"booth:" + P.project->blocks[b].number(local / P.blocks[b].modules, local % P.blocks[b].modules)},
                "a single free module nobody can combine");
        }
    }
    m.fill_rate = free_area > 0 ? m.area_assigned_m2 / double(free_area) : 0;
    ev.score = to_score(total);
    std::stable_sort(ev.violations.begin(), ev.violations.end(),
                     [](const Penalty& a, const Penalty& b) { return a.level < b.level; });
    return ev;
}

} // namespace bp

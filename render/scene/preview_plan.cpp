// The preview plan's vertices (render/scene/preview_plan.h): row runs of fills, and outlines.
#include "preview_plan.h"

#include "render/scene/labels.h"

#include <cmath>
#include <deque>

namespace bp
{

namespace
{

bool same_point(Vec2 a, Vec2 b)
{
    return std::abs(a.x - b.x) < 1e-6 && std::abs(a.y - b.y) < 1e-6;
}

void add_fan(std::vector<FillVertex>& out, const Polygon& q, uint32_t rgba)
{
    for (size_t i = 1; i + 1 < q.size(); ++i)
        for (size_t k : {size_t(0), i, i + 1})
            out.push_back({static_cast<float>(q[k].x), static_cast<float>(q[k].y), 0, rgba});
}

} // namespace

void RowRuns::add(const Polygon& f, uint32_t rgba)
{
    if (f.size() != 4)
        return add_fan(out_, f, rgba);
    if (run_.size() == 4 && rgba == rgba_ && same_point(run_[1], f[0]) && same_point(run_[2], f[3]))
    {
        run_[1] = f[1];
        run_[2] = f[2];
        return;
    }
    flush();
    run_ = f;
    rgba_ = rgba;
}

void RowRuns::flush()
{
    if (run_.size() == 4)
        add_fan(out_, run_, rgba_);
    run_.clear();
}

PreviewPlan make_preview_plan(const std::vector<PreviewBooth>& booths, size_t halls)
{
    std::vector<std::vector<FillVertex>> fills(halls), edges(halls);
    const uint32_t edge = rgba_of(0x555555);
    {
        std::deque<RowRuns> runs; // a deque: runs stay where they are made
        for (size_t h = 0; h < halls; ++h)
            runs.emplace_back(fills[h]);
        for (const PreviewBooth& b : booths)
        {
            if (!b.hall.valid() || b.hall.index() >= halls)
                continue;
            const size_t h = b.hall.index();
            runs[h].add(b.footprint, rgba_of(b.colour));
            const Polygon& f = b.footprint;
            for (size_t i = 0; i < f.size(); ++i)
                for (const Vec2& v : {f[i], f[(i + 1) % f.size()]})
                    edges[h].push_back({static_cast<float>(v.x), static_cast<float>(v.y), 0, edge});
        }
    } // each hall's last run
    PreviewPlan plan;
    auto concatenate = [halls](std::vector<std::vector<FillVertex>>& per_hall, std::vector<FillVertex>& all,
                               std::vector<Range>& ranges)
    {
        size_t total = 0;
        for (const std::vector<FillVertex>& v : per_hall)
            total += v.size();
        all.reserve(total);
        ranges.assign(halls, {});
        for (size_t h = 0; h < halls; ++h)
        {
            ranges[h] = {static_cast<uint32_t>(all.size()), static_cast<uint32_t>(per_hall[h].size())};
            all.insert(all.end(), per_hall[h].begin(), per_hall[h].end());
        }
    };
    concatenate(fills, plan.fills, plan.fill_ranges);
    concatenate(edges, plan.edges, plan.edge_ranges);
    return plan;
}

} // namespace bp

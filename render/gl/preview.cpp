// Another plan shown over the project's booths in the plan view (Renderer::set_preview): the
// solver's best plan so far, while it runs. Its vertices are made here, per hall, once per plan;
// plan_view.cpp draws them (or, zoomed out, the picture painted from them).
#include "renderer_impl.h"

#include <cmath>
#include <memory>

namespace bp::gl
{

namespace
{

bool same_point(Vec2 a, Vec2 b)
{
    return std::abs(a.x - b.x) < 1e-6 && std::abs(a.y - b.y) < 1e-6;
}

void add_quad(std::vector<FillVertex>& out, const Polygon& q, uint32_t rgba)
{
    for (size_t i = 1; i + 1 < q.size(); ++i)
        for (size_t k : {size_t(0), i, i + 1})
            out.push_back({static_cast<float>(q[k].x), static_cast<float>(q[k].y), 0, rgba});
}

// Quads in the order they come, each run of quads of one colour that touch end to start along a
// row (corners as BoothLook::footprint orders them) drawn as one rectangle: zoomed out no outline
// separates them, so the picture is the same with far fewer vertices.
class RowRuns
{
public:
    explicit RowRuns(std::vector<FillVertex>& out) : out_(out) {}
    ~RowRuns() { flush(); }
    RowRuns(const RowRuns&) = delete;
    RowRuns& operator=(const RowRuns&) = delete;

    void add(const Polygon& f, uint32_t rgba)
    {
        if (f.size() != 4)
            return add_quad(out_, f, rgba);
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

private:
    std::vector<FillVertex>& out_;
    Polygon run_;
    uint32_t rgba_ = 0;
    void flush()
    {
        if (run_.size() == 4)
            add_quad(out_, run_, rgba_);
        run_.clear();
    }
};

} // namespace

void Renderer::set_preview(const std::vector<PreviewBooth>& booths)
{
    Impl& m = *impl_;
    if (booths.empty() && !m.preview_shown)
        return;
    const size_t halls = m.plan ? m.plan->halls().size() : 0;
    // Over the booth layer, under the hatching and the walls; the free colour first, so the
    // project's let booths do not show through where the preview leaves a booth free.
    if (!booths.empty() && !m.preview_free_made)
    {
        m.preview_free.clear();
        m.preview_free_ranges.assign(halls, {});
        for (size_t h = 0; h < halls; ++h)
        {
            const auto first = static_cast<uint32_t>(m.preview_free.size());
            {
                RowRuns free(m.preview_free); // the booth order runs along the rows
                for (BoothId id : m.plan->halls()[h].booths)
                    free.add(m.plan->booth(id).footprint, rgba_of(ColourKey::kFree));
            }
            m.preview_free_ranges[h] = {first, static_cast<uint32_t>(m.preview_free.size()) - first};
        }
        m.preview_free_made = true;
        m.preview_free_uploaded = false;
    }
    std::vector<std::vector<FillVertex>> fills(halls), edges(halls);
    const uint32_t edge = rgba_of(0x555555);
    std::vector<std::unique_ptr<RowRuns>> runs(halls);
    for (const PreviewBooth& b : booths)
    {
        if (!b.hall.valid() || b.hall.index() >= halls)
            continue;
        const size_t h = b.hall.index();
        if (!runs[h])
            runs[h] = std::make_unique<RowRuns>(fills[h]);
        runs[h]->add(b.footprint, rgba_of(b.colour));
        const Polygon& f = b.footprint;
        for (size_t i = 0; i < f.size(); ++i)
            for (const Vec2& v : {f[i], f[(i + 1) % f.size()]})
                edges[h].push_back({static_cast<float>(v.x), static_cast<float>(v.y), 0, edge});
    }
    runs.clear(); // the last run of each hall
    auto concatenate = [&](std::vector<std::vector<FillVertex>>& per_hall, std::vector<FillVertex>& all,
                           std::vector<Range>& ranges)
    {
        all.clear();
        ranges.assign(halls, {});
        for (size_t h = 0; h < halls; ++h)
        {
            ranges[h] = {static_cast<uint32_t>(all.size()), static_cast<uint32_t>(per_hall[h].size())};
            all.insert(all.end(), per_hall[h].begin(), per_hall[h].end());
        }
    };
    concatenate(fills, m.preview_fills, m.preview_fill_ranges);
    concatenate(edges, m.preview_edges, m.preview_edge_ranges);
    m.preview_shown = !booths.empty();
    m.preview_dirty = m.dirty = true;
}

} // namespace bp::gl

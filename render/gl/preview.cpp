// Another plan shown over the project's booths in the plan view (Renderer::set_preview): the
// solver's best plan so far, while it runs. Its vertices come made (render/scene/preview_plan.h),
// per hall; plan_view.cpp uploads and draws them (or, zoomed out, the picture painted from them).
#include "renderer_impl.h"

namespace bp::gl
{

size_t Renderer::hall_count() const
{
    return impl_->plan ? impl_->plan->halls().size() : 0;
}

void Renderer::set_preview(const std::vector<PreviewBooth>& booths)
{
    set_preview(make_preview_plan(booths, hall_count()));
}

void Renderer::set_preview(PreviewPlan plan)
{
    Impl& m = *impl_;
    if (plan.empty() && !m.preview_shown)
        return;
    const size_t halls = hall_count();
    if (plan.fill_ranges.size() != halls || plan.edge_ranges.size() != halls)
        plan = PreviewPlan{}; // made for another venue: shows nothing rather than wrong halls
    // Over the booth layer, under the hatching and the walls; the free colour first, so the
    // project's let booths do not show through where the preview leaves a booth free.
    if (!plan.empty() && !m.preview_free_made)
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
    m.preview_shown = !plan.empty();
    m.preview = std::move(plan);
    m.preview_dirty = m.preview_edges_dirty = true;
    // Zoomed out the picture is painted now and the view drawn with it from the next frame (a
    // view drawn again before that, for a pan, already shows it); near, the next draw uploads.
    m.preview_reveal = m.paint_preview_now();
    if (!m.preview_reveal)
        m.dirty = true;
}

bool Renderer::reveal_preview()
{
    Impl& m = *impl_;
    if (!m.preview_reveal)
        return false;
    m.preview_reveal = false;
    m.dirty = true;
    return true;
}

bool Renderer::preview_waiting() const
{
    return impl_->preview_reveal;
}

} // namespace bp::gl

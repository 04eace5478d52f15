// The minimap of the whole venue in the plan view's corner (issue 10: planners get lost in big
// venues): where it sits, the halls and the visible area drawn on it, a click or drag to jump.
#include "viewport.h"

#include "ui_probe.h"

#include <imgui.h>

#include <algorithm>

namespace bp::win
{

std::optional<Viewport::Minimap> Viewport::minimap_layout(const ViewportFrame& f) const
{
    if (!minimap || layout == ViewLayout::Scene3D || venue_box_.empty() || plan_rect.w <= 0 || !renderer_)
        return std::nullopt;
    Minimap m;
    m.visible = renderer_->visible_box(plan_rect);
    // Only when part of the venue is out of sight: then it says where the view is.
    if (m.visible.min.x <= venue_box_.min.x && m.visible.min.y <= venue_box_.min.y &&
        m.visible.max.x >= venue_box_.max.x && m.visible.max.y >= venue_box_.max.y)
        return std::nullopt;
    const float s = f.fb_scale;
    m.w = std::min(180.0f * s, plan_rect.w * 0.22f) / s;
    const double aspect = venue_box_.height() / std::max(1e-6, venue_box_.width());
    m.h = static_cast<float>(m.w * std::clamp(aspect, 0.15, 1.2));
    m.x = plan_rect.x / s + plan_rect.w / s - m.w - 10;
    m.y = plan_rect.y / s + plan_rect.h / s - m.h - 10;
    m.k = std::min(m.w / venue_box_.width(), m.h / venue_box_.height());
    return m;
}

void Viewport::minimap_jump(const Minimap& m, float mouse_x, float mouse_y)
{
    Vec2 c{venue_box_.min.x + (mouse_x - m.x) / m.k, venue_box_.min.y + (m.y + m.h - mouse_y) / m.k};
    renderer_->show_plan(c, plan_rect.w / std::max(1e-6, m.visible.width())); // same zoom, centred there
}

void Viewport::draw_minimap(ViewportFrame& f, const Minimap& m)
{
    const float x0 = m.x, y0 = m.y, mw = m.w, mh = m.h;
    const Box& vis = m.visible;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(x0 - 4, y0 - 4), ImVec2(x0 + mw + 4, y0 + mh + 4), IM_COL32(255, 255, 255, 200), 4);
    dl->AddRect(ImVec2(x0 - 4, y0 - 4), ImVec2(x0 + mw + 4, y0 + mh + 4), IM_COL32(120, 120, 130, 255), 4);
    auto to_px = [&](Vec2 p)
    {
        return ImVec2(x0 + static_cast<float>((p.x - venue_box_.min.x) * m.k),
                      y0 + mh - static_cast<float>((p.y - venue_box_.min.y) * m.k)); // north up
    };
    for (const Polygon& hall : minimap_halls_)
    {
        std::vector<ImVec2> pts;
        for (Vec2 p : hall)
            pts.push_back(to_px(p));
        if (pts.size() >= 3)
            dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), IM_COL32(90, 90, 100, 255), ImDrawFlags_Closed,
                            1);
    }
    ImVec2 a = to_px({vis.min.x, vis.max.y}), b = to_px({vis.max.x, vis.min.y});
    a.x = std::clamp(a.x, x0, x0 + mw);
    b.x = std::clamp(b.x, x0, x0 + mw);
    a.y = std::clamp(a.y, y0, y0 + mh);
    b.y = std::clamp(b.y, y0, y0 + mh);
    dl->AddRectFilled(a, b, IM_COL32(40, 110, 220, 50));
    dl->AddRect(a, b, IM_COL32(40, 110, 220, 255), 0, 0, 2);
    if (f.probe)
        f.probe->rect("viewport.minimap", x0, y0, mw, mh);
}

} // namespace bp::win

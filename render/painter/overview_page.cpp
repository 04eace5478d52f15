// The venue overview page: every hall in place, one panel per level, with the venue's legend, a
// table of halls with their fill rates and the pavilion directory.
#include "map_parts.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace bp
{

namespace
{
constexpr uint32_t kInk = 0x222222;

// Where each pavilion stands: its halls, in the room the map leaves below it.
void paint_pavilion_directory(Canvas& c, const MapContext& ctx, double x, double y, double w, double bottom, double u)
{
    std::vector<PavilionPlace> places = ctx.plan.pavilion_directory();
    if (places.empty() || bottom - y < 60 * u)
        return;
    y += c.text("Pavilion directory", {x, y}, TextStyle{9 * u, true}, Paint{kInk}) + 3 * u;
    const int columns = 4;
    double col_w = (w - 12 * u * (columns - 1)) / columns, pt = 6.5 * u, line = 11 * u;
    // Balanced columns when they fit; what does not fit is left to the hall pages' indexes.
    int rows =
        std::min(static_cast<int>((bottom - y) / line), static_cast<int>((places.size() + columns - 1) / columns));
    for (size_t k = 0; k < places.size() && rows > 0; ++k)
    {
        int col = static_cast<int>(k) / rows;
        if (col >= columns)
            break;
        double cx = x + col * (col_w + 12 * u), cy = y + (static_cast<int>(k) % rows) * line;
        const PavilionPlace& pav = places[k];
        std::string halls;
        for (const std::string& code : pav.halls)
            halls += (halls.empty() ? "" : ", ") + code;
        Paint swatch{pav.colour};
        c.rect({cx, cy + 1.5 * u}, 7 * u, 6 * u, &swatch, nullptr);
        c.text(pav.name, {cx + 10 * u, cy}, TextStyle{pt, false, col_w * 0.62}, Paint{kInk});
        c.text(halls, {cx + col_w, cy}, TextStyle{pt, true}, Paint{kInk}, Align::Right);
    }
}

// One level's halls: floors, booths, fixtures and each hall's code on a light plate.
void paint_level(Canvas& c, const MapContext& ctx, const std::vector<HallId>& halls, const MapView& view, double u)
{
    for (HallId h : halls)
    {
        const HallLook& hall = ctx.plan.hall(h);
        paint_hall_floor(c, hall, view, u * 0.5);
        Stroke edge{0x777777, std::min(0.25 * u, view.s * 0.1)};
        for (BoothId id : hall.booths)
        {
            const BoothLook& b = ctx.plan.booth(id);
            Paint fill{b.colour};
            c.polygon(to_page(b.footprint, view), &fill, &edge);
        }
        paint_hall_fixtures(c, hall, view, u, false);
        Vec2 mid = view.to_page({(hall.box.min.x + hall.box.max.x) / 2, (hall.box.min.y + hall.box.max.y) / 2});
        TextStyle style{std::clamp(hall.box.width() * view.s * 0.09, 6 * u, 22 * u), true};
        TextExtent e = c.measure(hall.code, style);
        Paint plate{0xFFFFFF, 0.8};
        c.rect({mid.x - e.w / 2 - 3 * u, mid.y - e.h / 2}, e.w + 6 * u, e.h, &plate, nullptr);
        c.text(hall.code, {mid.x, mid.y - e.h / 2}, style, Paint{0x1A1A1A}, Align::Centre);
    }
}

// Sidebar below the legend: booths and fill rate of each hall.
double paint_hall_table(Canvas& c, const MapContext& ctx, double sx, double sy, double side_w, double my1, double u)
{
    const std::vector<HallLook>& halls = ctx.plan.halls();
    sy += c.text("Halls", {sx, sy}, TextStyle{9 * u, true}, Paint{kInk}) + 2 * u;
    TextStyle head{6.5 * u, true}, cell{6.5 * u, false};
    c.text("hall", {sx, sy}, head, Paint{0x666666});
    c.text("booths", {sx + side_w * 0.55, sy}, head, Paint{0x666666}, Align::Right);
    sy += c.text("let", {sx + side_w, sy}, head, Paint{0x666666}, Align::Right) + u;
    for (size_t i = 0; i < halls.size() && sy < my1 - 10 * u; ++i)
    {
        const BoothFill& f = halls[i].fill;
        char rate[16];
        std::snprintf(rate, sizeof rate, "%.0f%%", f.rate() * 100);
        c.text(halls[i].code, {sx, sy}, cell, Paint{kInk});
        c.text(std::to_string(f.booths), {sx + side_w * 0.55, sy}, cell, Paint{kInk}, Align::Right);
        sy += c.text(rate, {sx + side_w, sy}, cell, Paint{kInk}, Align::Right) + 0.8 * u;
    }
    return sy;
}

} // namespace

void paint_overview_page(Canvas& c, const MapContext& ctx, PageSpec page)
{
    const PlanDescription& plan = ctx.plan;
    double u = page.h / 841.89, m = 24 * u;
    char sub[120];
    std::snprintf(sub, sizeof sub, "%zu halls \u00b7 %zu booths \u00b7 %zu exhibitors", plan.halls().size(),
                  plan.booths().size(), plan.exhibitor_count());
    paint_page_header(c, ctx, page,
                      (plan.venue_name().empty() ? std::string("Venue") : plan.venue_name()) + " \u2014 overview", sub);

    double side_w = page.w * 0.21, gap = 14 * u;
    double mx0 = m, my0 = m + 60 * u, mx1 = page.w - m - side_w - gap, my1 = page.h - m - 14 * u;

    std::map<int, std::vector<HallId>> levels = plan.halls_by_level();
    // Panels stacked top to bottom, highest level first, each as tall as its drawing needs.
    std::vector<std::pair<int, Box>> panels;
    double total_h = 0, max_w = 0;
    for (auto it = levels.rbegin(); it != levels.rend(); ++it)
    {
        Box b;
        for (HallId h : it->second)
            for (Vec2 p : plan.hall(h).outline)
                b.add(p);
        panels.push_back({it->first, b});
        total_h += b.height() + 12;
        max_w = std::max(max_w, b.width() + 12);
    }
    double title_h = 14 * u;
    double avail_h = my1 - my0 - title_h * static_cast<double>(panels.size());
    double s = std::min((mx1 - mx0) / std::max(max_w, 1.0), avail_h / std::max(total_h, 1.0));
    double y = my0;
    MapView last_view;
    for (auto& [level, box] : panels)
    {
        c.text("Level " + std::to_string(level), {mx0, y}, TextStyle{9 * u, true}, Paint{0x444444});
        y += title_h;
        double ph = (box.height() + 12) * s;
        MapView view = fit_view(box, mx0, y, mx1, y + ph, 6);
        last_view = view;
        paint_level(c, ctx, levels[level], view, u);
        y += ph;
    }

    paint_pavilion_directory(c, ctx, mx0, y + 16 * u, mx1 - mx0, my1, u);

    // Sidebar: north and scale, legend, then each hall's fill.
    double sx = mx1 + gap, sy = my0;
    paint_scale_and_north(c, sx, sy, side_w, last_view.s, u);
    sy += 46 * u;
    sy += paint_legend(c, ctx, plan.venue_legend(16), sx, sy, side_w, u) + 8 * u;
    paint_hall_table(c, ctx, sx, sy, side_w, my1, u);
    BoothFill total = plan.venue_fill();
    char foot[160];
    std::snprintf(foot, sizeof foot, "%d booths \u00b7 %d let \u00b7 %.0f m\u00b2 of %.0f m\u00b2 let (%.0f%%)",
                  total.booths, total.assigned, total.assigned_m2, total.area_m2, total.rate() * 100);
    c.text(foot, {m, page.h - m - 8 * u}, TextStyle{7 * u, false}, Paint{0x666666});
    c.text("boothplan", {page.w - m, page.h - m - 8 * u}, TextStyle{7 * u, false}, Paint{0x666666}, Align::Right);
}

} // namespace bp

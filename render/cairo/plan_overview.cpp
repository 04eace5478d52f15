// The venue overview page: every hall in place, one panel per level, with the venue's legend and
// a table of halls with their fill rates.
#include "plan_draw.h"
#include "plan_geometry.h"
#include "plan_text.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace bp
{

namespace
{

// Where each pavilion stands: its halls and booths, in the room the map leaves below it.
void draw_pavilion_directory(cairo_t* cr, PlanText& text, const PlanContext& ctx, double x, double y, double w,
                             double bottom, double u)
{
    const Project& p = ctx.project;
    struct Where
    {
        std::map<std::string, int> halls; // code -> booths
        int booths = 0;
    };
    std::vector<Where> where(p.pavilions.size());
    for (const Booth& b : p.booths)
        if (b.exhibitor.valid() && p.exhibitor(b.exhibitor).pavilion.valid())
        {
            Where& wh = where[p.exhibitor(b.exhibitor).pavilion.index()];
            ++wh.halls[p.hall(b.hall).code];
            ++wh.booths;
        }
    std::vector<size_t> order;
    for (size_t i = 0; i < where.size(); ++i)
        if (where[i].booths > 0)
            order.push_back(i);
    if (order.empty() || bottom - y < 60 * u)
        return;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return p.pavilions[a].name < p.pavilions[b].name; });
    y += text.draw("Pavilion directory", x, y, 9 * u, true, 0x222222) + 3 * u;
    const int columns = 4;
    double col_w = (w - 12 * u * (columns - 1)) / columns, pt = 6.5 * u, line = 11 * u;
    // Balanced columns when they fit; what does not fit is left to the hall pages' indexes.
    int rows =
        std::min(static_cast<int>((bottom - y) / line), static_cast<int>((order.size() + columns - 1) / columns));
    for (size_t k = 0; k < order.size() && rows > 0; ++k)
    {
        int c = static_cast<int>(k) / rows;
        if (c >= columns)
            break;
        double cx = x + c * (col_w + 12 * u), cy = y + (static_cast<int>(k) % rows) * line;
        const Pavilion& pav = p.pavilions[order[k]];
        std::string halls;
        for (auto& [code, n] : where[order[k]].halls)
            halls += (halls.empty() ? "" : ", ") + code;
        set_colour(cr, pav.colour);
        cairo_rectangle(cr, cx, cy + 1.5 * u, 7 * u, 6 * u);
        cairo_fill(cr);
        text.draw(pav.name, cx + 10 * u, cy, pt, false, 0x222222, Align::Left, col_w * 0.62);
        text.draw(halls, cx + col_w, cy, pt, true, 0x222222, Align::Right);
    }
}

} // namespace

void draw_overview_page(cairo_t* cr, const PlanContext& ctx, PageSpec page)
{
    const Venue& venue = ctx.project.venue;
    PlanText text(cr);
    double u = page.h / 841.89, m = 24 * u;
    char sub[120];
    std::snprintf(sub, sizeof sub, "%zu halls \u00b7 %zu booths \u00b7 %zu exhibitors", venue.halls.size(),
                  ctx.project.booths.size(), ctx.project.exhibitors.size());
    draw_page_header(cr, text, ctx, page, (venue.name.empty() ? std::string("Venue") : venue.name) + " \u2014 overview",
                     sub);

    double side_w = page.w * 0.21, gap = 14 * u;
    double mx0 = m, my0 = m + 60 * u, mx1 = page.w - m - side_w - gap, my1 = page.h - m - 14 * u;

    std::map<int, std::vector<HallId>> levels;
    for (size_t i = 0; i < venue.halls.size(); ++i)
        levels[venue.halls[i].level].push_back(HallId(static_cast<int32_t>(i)));

    // Panels stacked top to bottom, highest level first, each as tall as its drawing needs.
    std::vector<std::pair<int, Box>> panels;
    double total_h = 0, max_w = 0;
    for (auto it = levels.rbegin(); it != levels.rend(); ++it)
    {
        Box b;
        for (HallId h : it->second)
            for (Vec2 p : ctx.project.hall(h).outline)
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
        text.draw("Level " + std::to_string(level), mx0, y, 9 * u, true, 0x444444);
        y += title_h;
        double ph = (box.height() + 12) * s;
        MapView view = fit_view(box, mx0, y, mx1, y + ph, 6);
        last_view = view;
        for (HallId h : levels[level])
        {
            const Hall& hall = ctx.project.hall(h);
            draw_hall_floor(cr, ctx, hall, view, u * 0.5);
            for (const Booth* b : ctx.hall_booths[h.index()])
            {
                path_polygon(cr, footprint(ctx.project.block(b->cells.block), b->cells), view);
                set_colour(cr, ctx.key.colour(*b));
                cairo_fill_preserve(cr);
                set_colour(cr, 0x777777);
                cairo_set_line_width(cr, std::min(0.25 * u, view.s * 0.1));
                cairo_stroke(cr);
            }
            draw_hall_fixtures(cr, hall, view, u, false);
            // The hall code large in the middle, on a light plate so it reads over booths.
            Box hb = bounds(hall.outline);
            Vec2 c = view.to_page({(hb.min.x + hb.max.x) / 2, (hb.min.y + hb.max.y) / 2});
            double pt = std::clamp(hb.width() * view.s * 0.09, 6 * u, 22 * u), w, th;
            text.measure(hall.code, pt, true, -1, &w, &th);
            set_colour(cr, 0xFFFFFF, 0.8);
            cairo_rectangle(cr, c.x - w / 2 - 3 * u, c.y - th / 2, w + 6 * u, th);
            cairo_fill(cr);
            text.draw(hall.code, c.x, c.y - th / 2, pt, true, 0x1A1A1A, Align::Centre);
        }
        y += ph;
    }

    draw_pavilion_directory(cr, text, ctx, mx0, y + 16 * u, mx1 - mx0, my1, u);

    // Sidebar: north and scale, legend, then each hall's fill.
    double sx = mx1 + gap, sy = my0;
    draw_scale_and_north(cr, text, sx, sy, side_w, last_view.s, u);
    sy += 46 * u;
    std::vector<const Booth*> all;
    for (const Booth& b : ctx.project.booths)
        all.push_back(&b);
    sy += draw_legend(cr, text, ctx, all, sx, sy, side_w, u) + 8 * u;
    sy += text.draw("Halls", sx, sy, 9 * u, true, 0x222222) + 2 * u;
    double pt = 6.5 * u;
    text.draw("hall", sx, sy, pt, true, 0x666666);
    text.draw("booths", sx + side_w * 0.55, sy, pt, true, 0x666666, Align::Right);
    sy += text.draw("let", sx + side_w, sy, pt, true, 0x666666, Align::Right) + u;
    for (size_t i = 0; i < venue.halls.size() && sy < my1 - 10 * u; ++i)
    {
        BoothFill f = hall_fill(ctx.project, ctx.hall_booths[i]);
        char rate[16];
        std::snprintf(rate, sizeof rate, "%.0f%%", f.rate() * 100);
        text.draw(venue.halls[i].code, sx, sy, pt, false, 0x222222);
        text.draw(std::to_string(f.booths), sx + side_w * 0.55, sy, pt, false, 0x222222, Align::Right);
        sy += text.draw(rate, sx + side_w, sy, pt, false, 0x222222, Align::Right) + 0.8 * u;
    }
    BoothFill total = hall_fill(ctx.project, all);
    char foot[160];
    std::snprintf(foot, sizeof foot, "%d booths \u00b7 %d let \u00b7 %.0f m\u00b2 of %.0f m\u00b2 let (%.0f%%)",
                  total.booths, total.assigned, total.assigned_m2, total.area_m2, total.rate() * 100);
    text.draw(foot, m, page.h - m - 8 * u, 7 * u, false, 0x666666);
    text.draw("boothplan", page.w - m, page.h - m - 8 * u, 7 * u, false, 0x666666, Align::Right);
}

} // namespace bp

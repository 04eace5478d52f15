// A hall's booth map page and the page furniture shared with the overview (header, legend,
// scale bar, north arrow, exhibitor index).
#include "plan_draw.h"

#include "plan_geometry.h"
#include "plan_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bp
{

PageSpec page_points(PageSize size)
{
    switch (size)
    {
    case PageSize::A4:
        return {841.89, 595.28};
    case PageSize::A3:
        return {1190.55, 841.89};
    case PageSize::A1:
        return {2383.94, 1683.78};
    }
    return {};
}

PlanContext::PlanContext(const Project& p, const ExportOptions& o)
    : project(p), options(o), key(p, o.colour_by), hall_booths(booths_by_hall(p)), date(export_date(o))
{
}

namespace
{
constexpr uint32_t kInk = 0x222222, kGrey = 0x666666;

std::string percent(double r)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", r * 100);
    return buf;
}

// Booth number at the top of the booth, the exhibitor's name (and local name) fitted below it.
// Returns false when the name did not fit (the index then carries it).
bool draw_booth_text(cairo_t* cr, PlanText& text, const PlanContext& ctx, const MapView& view, const Booth& booth,
                     double unit)
{
    const Block& block = ctx.project.block(booth.cells.block);
    BoothFrame f = booth_frame(block, booth.cells, view);
    if (f.w < 4 * unit || f.h < 4 * unit)
        return false;
    uint32_t ink = is_dark(ctx.key.colour(booth)) ? 0xFFFFFF : 0x111111;
    cairo_save(cr);
    cairo_translate(cr, f.centre.x, f.centre.y);
    cairo_rotate(cr, f.angle);
    double pad = std::min(f.w, f.h) * 0.06;
    double num_pt = std::clamp(std::min(f.w * 0.16, f.h * 0.2), 1.5, 9.0 * unit);
    double nw, nh;
    text.measure(booth.number, num_pt, true, -1, &nw, &nh);
    if (nw > f.w - 2 * pad)
    {
        num_pt *= (f.w - 2 * pad) / nw;
        text.measure(booth.number, num_pt, true, -1, &nw, &nh);
    }
    bool fitted = true;
    if (booth.exhibitor.valid())
    {
        const Exhibitor& e = ctx.project.exhibitor(booth.exhibitor);
        double bw = f.w - 2 * pad, bh = f.h - nh - 2 * pad;
        std::string name = short_name(e.name);
        std::string both = e.name_local.empty() || e.name_local == e.name ? name : name + "\n" + e.name_local;
        double min_pt = 2.2 * std::max(unit, 0.75);
        double fh = 0;
        std::optional<double> pt = text.fit(both, bw, bh, min_pt, 9 * unit, &fh);
        std::string shown = both;
        if (!pt && shown != name)
        {
            pt = text.fit(name, bw, bh, min_pt, 9 * unit, &fh);
            shown = name;
        }
        if (pt) // centred in the space below the number
            text.show(-bw / 2, (nh + pad) / 2 - fh / 2, ink, Align::Centre, bw);
        fitted = pt.has_value() && shown == both;
    }
    // Centred vertically when the booth is free, else at the top.
    double y = booth.exhibitor.valid() ? -f.h / 2 + pad : -nh / 2;
    text.draw(booth.number, 0, y, num_pt, true, ink, Align::Centre);
    cairo_restore(cr);
    return fitted;
}

void draw_index_lines(cairo_t*, PlanText& text, std::vector<IndexEntry>& entries, double x, double y, double w,
                      double bottom, int columns, double unit)
{
    double pt = 5.2 * unit, gap = 8 * unit;
    double col_w = (w - gap * (columns - 1)) / columns;
    size_t i = 0;
    for (int c = 0; c < columns && i < entries.size(); ++c)
    {
        double cx = x + c * (col_w + gap), cy = y;
        double num_w = 42 * unit;
        while (i < entries.size())
        {
            const IndexEntry& e = entries[i];
            std::string label = e.name_local.empty() || e.name_local == e.name ? e.name : e.name + "  " + e.name_local;
            double lw, lh;
            text.measure(label, pt, false, col_w - num_w, &lw, &lh);
            if (cy + lh > bottom)
                break;
            text.show(cx, cy, kInk);
            text.draw(e.booth, cx + col_w, cy, pt, true, kInk, Align::Right);
            cy += lh + 0.6 * unit;
            ++i;
        }
    }
    entries.erase(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(i));
}

} // namespace

void draw_page_header(cairo_t* cr, PlanText& text, const PlanContext& ctx, PageSpec page, const std::string& title,
                      const std::string& subtitle)
{
    double u = page.h / 841.89, m = 24 * u;
    set_colour(cr, 0xFFFFFF);
    cairo_paint(cr);
    double th = text.draw(title, m, m - 2 * u, 18 * u, true, kInk);
    text.draw(subtitle, m, m + th - 3 * u, 9 * u, false, kGrey);
    double rh = text.draw("Booth map  " + ctx.date, page.w - m, m + 2 * u, 10 * u, true, kInk, Align::Right);
    std::string by = "Coloured by ";
    by += ctx.key.title();
    text.draw(by, page.w - m, m + 2 * u + rh, 8 * u, false, kGrey, Align::Right);
    set_colour(cr, 0xC8102E);
    cairo_rectangle(cr, m, m + 48 * u, page.w - 2 * m, 1.5 * u);
    cairo_fill(cr);
}

double draw_legend(cairo_t* cr, PlanText& text, const PlanContext& ctx, const std::vector<const Booth*>& booths,
                   double x, double y, double w, double unit)
{
    double y0 = y;
    y += text.draw(ctx.key.title(), x, y, 9 * unit, true, kInk) + 3 * unit;
    for (const LegendEntry& e : ctx.key.legend(booths, 16))
    {
        double sw = 10 * unit, pt = 6.5 * unit;
        set_colour(cr, e.colour);
        cairo_rectangle(cr, x, y + 0.5 * unit, sw, 7 * unit);
        cairo_fill_preserve(cr);
        set_colour(cr, 0x777777);
        cairo_set_line_width(cr, 0.4 * unit);
        cairo_stroke(cr);
        double h = text.draw(e.label, x + sw + 4 * unit, y, pt, false, kInk, Align::Left, w - sw - 34 * unit);
        text.draw(std::to_string(e.booths), x + w, y, pt, false, kGrey, Align::Right);
        y += std::max(h, 8 * unit) + 1.2 * unit;
    }
    return y - y0;
}

void draw_scale_and_north(cairo_t* cr, PlanText& text, double x, double y, double w, double pt_per_m, double unit)
{
    // North arrow: y north is up on every page.
    double ah = 26 * unit, aw = 10 * unit, ax = x + aw;
    set_colour(cr, kInk);
    cairo_move_to(cr, ax, y + 8 * unit);
    cairo_line_to(cr, ax + aw / 2, y + 8 * unit + ah);
    cairo_line_to(cr, ax, y + 8 * unit + ah * 0.72);
    cairo_close_path(cr);
    cairo_fill(cr);
    cairo_move_to(cr, ax, y + 8 * unit);
    cairo_line_to(cr, ax - aw / 2, y + 8 * unit + ah);
    cairo_line_to(cr, ax, y + 8 * unit + ah * 0.72);
    cairo_close_path(cr);
    cairo_set_line_width(cr, 0.8 * unit);
    cairo_stroke(cr);
    text.draw("N", ax, y - 3 * unit, 9 * unit, true, kInk, Align::Centre);

    // Scale bar: a round length about half the space beside the arrow, in four alternating parts.
    double room = w - 3 * aw - 10 * unit;
    double len = 1;
    for (double c : {1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 200.0, 250.0, 500.0, 1000.0})
        if (c * pt_per_m <= room)
            len = c;
    double bx = x + 3 * aw, by = y + 16 * unit, seg = len * pt_per_m / 4, bh = 4 * unit;
    cairo_set_line_width(cr, 0.6 * unit);
    for (int i = 0; i < 4; ++i)
    {
        set_colour(cr, i % 2 ? 0xFFFFFF : kInk);
        cairo_rectangle(cr, bx + i * seg, by, seg, bh);
        cairo_fill_preserve(cr);
        set_colour(cr, kInk);
        cairo_stroke(cr);
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g m", len);
    text.draw("0", bx, by + bh + 1.5 * unit, 6.5 * unit, false, kInk, Align::Centre);
    text.draw(buf, bx + 4 * seg, by + bh + 1.5 * unit, 6.5 * unit, false, kInk, Align::Centre);
    char scale[48];
    std::snprintf(scale, sizeof scale, "1 : %.0f", 1000.0 / (pt_per_m * 25.4 / 72.0));
    text.draw(scale, bx + 2 * seg, by - 11 * unit, 6.5 * unit, false, kGrey, Align::Centre);
}

std::vector<IndexEntry> draw_hall_page(cairo_t* cr, const PlanContext& ctx, HallId hall_id, PageSpec page)
{
    const Hall& hall = ctx.project.hall(hall_id);
    const std::vector<const Booth*>& booths = ctx.hall_booths[hall_id.index()];
    PlanText text(cr);
    double u = page.h / 841.89, m = 24 * u;
    std::string title = hall.name.empty() ? "Hall " + hall.code : hall.name;
    if (!hall.name.empty() && hall.name.find(hall.code) == std::string::npos)
        title += " (" + hall.code + ")";
    Box b = bounds(hall.outline);
    char sub[160];
    std::snprintf(sub, sizeof sub, " \u00b7 level %d \u00b7 %.0f m \u00d7 %.0f m", hall.level, b.width(), b.height());
    draw_page_header(cr, text, ctx, page, title, ctx.project.venue.name + sub);

    double side_w = page.w * 0.21, gap = 14 * u;
    double mx0 = m, my0 = m + 60 * u, mx1 = page.w - m - side_w - gap, my1 = page.h - m - 14 * u;
    MapView view = fit_view(b, mx0, my0, mx1, my1, 5.0); // room for door labels

    draw_hall_floor(cr, ctx, hall, view, u);
    std::vector<IndexEntry> index;
    for (const Booth* booth : booths)
        draw_booth_shape(cr, ctx, *booth, view, u);
    draw_hall_fixtures(cr, hall, view, u, true);
    for (const Booth* booth : booths)
        draw_booth_text(cr, text, ctx, view, *booth, u);
    draw_door_labels(cr, text, hall, view, u);
    for (const Booth* booth : booths)
        if (booth->exhibitor.valid())
        {
            const Exhibitor& e = ctx.project.exhibitor(booth->exhibitor);
            index.push_back({e.name, e.name_local, booth->number});
        }
    std::stable_sort(index.begin(), index.end(),
                     [](const IndexEntry& a, const IndexEntry& c)
                     {
                         return std::lexicographical_compare(a.name.begin(), a.name.end(), c.name.begin(), c.name.end(),
                                                             [](char x, char y)
                                                             { return std::tolower(x) < std::tolower(y); });
                     });

    // Sidebar: north arrow and scale, legend, then the start of the exhibitor index.
    double sx = mx1 + gap, sy = my0;
    draw_scale_and_north(cr, text, sx, sy, side_w, view.s, u);
    sy += 46 * u;
    sy += draw_legend(cr, text, ctx, booths, sx, sy, side_w, u) + 8 * u;
    if (!index.empty())
    {
        sy += text.draw("Exhibitor index", sx, sy, 9 * u, true, kInk) + 3 * u;
        draw_index_lines(cr, text, index, sx, sy, side_w, my1, 1, u);
        if (!index.empty())
            text.draw("continued overleaf", sx + side_w, my1, 5.5 * u, false, kGrey, Align::Right);
    }

    BoothFill f = hall_fill(ctx.project, booths);
    char foot[200];
    std::snprintf(foot, sizeof foot, "%d booths \u00b7 %d let \u00b7 %.0f m\u00b2 of %.0f m\u00b2 let (%s)", f.booths,
                  f.assigned, f.assigned_m2, f.area_m2, percent(f.rate()).c_str());
    text.draw(foot, m, page.h - m - 8 * u, 7 * u, false, kGrey);
    text.draw("boothplan", page.w - m, page.h - m - 8 * u, 7 * u, false, kGrey, Align::Right);
    return index;
}

std::vector<IndexEntry> draw_index_page(cairo_t* cr, const PlanContext& ctx, HallId hall_id,
                                        std::vector<IndexEntry> entries, PageSpec page)
{
    const Hall& hall = ctx.project.hall(hall_id);
    PlanText text(cr);
    double u = page.h / 841.89, m = 24 * u;
    draw_page_header(cr, text, ctx, page, "Exhibitor index, hall " + hall.code + " (continued)",
                     ctx.project.venue.name);
    int columns = page.w > page.h ? 4 : 3;
    draw_index_lines(cr, text, entries, m, m + 60 * u, page.w - 2 * m, page.h - m, columns, u);
    return entries;
}

} // namespace bp

// A hall's booth map page and the page furniture shared with the overview (header, legend,
// scale bar, north arrow, exhibitor index).
#include "map_parts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bp
{

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
bool paint_booth_text(Canvas& c, const BoothLook& booth, const MapView& view, double unit)
{
    BoothFrame f = booth_frame(booth, view);
    if (f.w < 4 * unit || f.h < 4 * unit)
        return false;
    Paint ink{booth.ink};
    c.push();
    c.translate(f.centre);
    c.rotate(f.angle);
    double pad = std::min(f.w, f.h) * 0.06;
    double num_pt = std::clamp(std::min(f.w * 0.16, f.h * 0.2), 1.5, 9.0 * unit);
    TextExtent n = c.measure(booth.number, TextStyle{num_pt, true});
    if (n.w > f.w - 2 * pad)
    {
        num_pt *= (f.w - 2 * pad) / n.w;
        n = c.measure(booth.number, TextStyle{num_pt, true});
    }
    bool fitted = true;
    if (booth.exhibitor.valid())
    {
        double bw = f.w - 2 * pad, bh = f.h - n.h - 2 * pad;
        std::string both = booth.name_local.empty() ? booth.name : booth.name + "\n" + booth.name_local;
        double min_pt = 2.2 * std::max(unit, 0.75);
        double fh = 0;
        std::optional<double> pt = fit_text(c, both, bw, bh, min_pt, 9 * unit, &fh);
        std::string shown = both;
        if (!pt && shown != booth.name)
        {
            pt = fit_text(c, booth.name, bw, bh, min_pt, 9 * unit, &fh);
            shown = booth.name;
        }
        if (pt) // centred in the space below the number
            c.text(shown, {0, (n.h + pad) / 2 - fh / 2}, TextStyle{*pt, false, bw}, ink, Align::Centre);
        fitted = pt.has_value() && shown == both;
    }
    // Centred vertically when the booth is free, else at the top.
    double y = booth.exhibitor.valid() ? -f.h / 2 + pad : -n.h / 2;
    c.text(booth.number, {0, y}, TextStyle{num_pt, true}, ink, Align::Centre);
    c.pop();
    return fitted;
}

void paint_index_lines(Canvas& c, std::vector<IndexEntry>& entries, double x, double y, double w, double bottom,
                       int columns, double unit)
{
    double pt = 5.2 * unit, gap = 8 * unit;
    double col_w = (w - gap * (columns - 1)) / columns;
    size_t i = 0;
    for (int col = 0; col < columns && i < entries.size(); ++col)
    {
        double cx = x + col * (col_w + gap), cy = y;
        double num_w = 42 * unit;
        while (i < entries.size())
        {
            const IndexEntry& e = entries[i];
            std::string label = e.name_local.empty() || e.name_local == e.name ? e.name : e.name + "  " + e.name_local;
            TextStyle style{pt, false, col_w - num_w};
            TextExtent l = c.measure(label, style);
            if (cy + l.h > bottom)
                break;
            c.text(label, {cx, cy}, style, Paint{kInk});
            c.text(e.booth, {cx + col_w, cy}, TextStyle{pt, true}, Paint{kInk}, Align::Right);
            cy += l.h + 0.6 * unit;
            ++i;
        }
    }
    entries.erase(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(i));
}

} // namespace

void paint_page_header(Canvas& c, const MapContext& ctx, PageSpec page, const std::string& title,
                       const std::string& subtitle)
{
    double u = page.h / 841.89, m = 24 * u;
    c.clear(Paint{0xFFFFFF});
    double th = c.text(title, {m, m - 2 * u}, TextStyle{18 * u, true}, Paint{kInk});
    c.text(subtitle, {m, m + th - 3 * u}, TextStyle{9 * u, false}, Paint{kGrey});
    double rh =
        c.text("Booth map  " + ctx.date, {page.w - m, m + 2 * u}, TextStyle{10 * u, true}, Paint{kInk}, Align::Right);
    std::string by = "Coloured by ";
    by += ctx.plan.key_title();
    c.text(by, {page.w - m, m + 2 * u + rh}, TextStyle{8 * u, false}, Paint{kGrey}, Align::Right);
    Paint rule{0xC8102E};
    c.rect({m, m + 48 * u}, page.w - 2 * m, 1.5 * u, &rule, nullptr);
}

double paint_legend(Canvas& c, const MapContext& ctx, const std::vector<LegendEntry>& legend, double x, double y,
                    double w, double unit)
{
    double y0 = y;
    y += c.text(ctx.plan.key_title(), {x, y}, TextStyle{9 * unit, true}, Paint{kInk}) + 3 * unit;
    for (const LegendEntry& e : legend)
    {
        double sw = 10 * unit, pt = 6.5 * unit;
        Paint swatch{e.colour};
        Stroke edge{0x777777, 0.4 * unit};
        c.rect({x, y + 0.5 * unit}, sw, 7 * unit, &swatch, &edge);
        double h = c.text(e.label, {x + sw + 4 * unit, y}, TextStyle{pt, false, w - sw - 34 * unit}, Paint{kInk});
        c.text(std::to_string(e.booths), {x + w, y}, TextStyle{pt, false}, Paint{kGrey}, Align::Right);
        y += std::max(h, 8 * unit) + 1.2 * unit;
    }
    return y - y0;
}

void paint_scale_and_north(Canvas& c, double x, double y, double w, double pt_per_m, double unit)
{
    // North arrow: y north is up on every page.
    double ah = 26 * unit, aw = 10 * unit, ax = x + aw;
    Paint ink{kInk};
    c.polygon({{ax, y + 8 * unit}, {ax + aw / 2, y + 8 * unit + ah}, {ax, y + 8 * unit + ah * 0.72}}, &ink, nullptr);
    Stroke edge{kInk, 0.8 * unit};
    c.polygon({{ax, y + 8 * unit}, {ax - aw / 2, y + 8 * unit + ah}, {ax, y + 8 * unit + ah * 0.72}}, nullptr, &edge);
    c.text("N", {ax, y - 3 * unit}, TextStyle{9 * unit, true}, ink, Align::Centre);

    // Scale bar: a round length about half the space beside the arrow, in four alternating parts.
    double room = w - 3 * aw - 10 * unit;
    double len = 1;
    for (double l : {1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 200.0, 250.0, 500.0, 1000.0})
        if (l * pt_per_m <= room)
            len = l;
    double bx = x + 3 * aw, by = y + 16 * unit, seg = len * pt_per_m / 4, bh = 4 * unit;
    Stroke bar{kInk, 0.6 * unit};
    for (int i = 0; i < 4; ++i)
    {
        Paint part{i % 2 ? 0xFFFFFFu : kInk};
        c.rect({bx + i * seg, by}, seg, bh, &part, &bar);
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g m", len);
    TextStyle small{6.5 * unit, false};
    c.text("0", {bx, by + bh + 1.5 * unit}, small, ink, Align::Centre);
    c.text(buf, {bx + 4 * seg, by + bh + 1.5 * unit}, small, ink, Align::Centre);
    char scale[48];
    std::snprintf(scale, sizeof scale, "1 : %.0f", 1000.0 / (pt_per_m * 25.4 / 72.0));
    c.text(scale, {bx + 2 * seg, by - 11 * unit}, small, Paint{kGrey}, Align::Centre);
}

std::vector<IndexEntry> paint_hall_page(Canvas& c, const MapContext& ctx, HallId hall_id, PageSpec page)
{
    const HallLook& hall = ctx.plan.hall(hall_id);
    double u = page.h / 841.89, m = 24 * u;
    paint_page_header(c, ctx, page, hall.title, ctx.plan.venue_name() + hall.subtitle);

    double side_w = page.w * 0.21, gap = 14 * u;
    double mx0 = m, my0 = m + 60 * u, mx1 = page.w - m - side_w - gap, my1 = page.h - m - 14 * u;
    MapView view = fit_view(hall.box, mx0, my0, mx1, my1, 5.0); // room for door labels

    paint_hall_floor(c, hall, view, u);
    for (BoothId b : hall.booths)
        paint_booth_shape(c, ctx.plan.booth(b), view, u);
    paint_hall_fixtures(c, hall, view, u, true);
    for (BoothId b : hall.booths)
        paint_booth_text(c, ctx.plan.booth(b), view, u);
    paint_door_labels(c, hall, view, u);
    std::vector<IndexEntry> index = ctx.plan.exhibitor_index(hall_id);

    // Sidebar: north arrow and scale, legend, then the start of the exhibitor index.
    double sx = mx1 + gap, sy = my0;
    paint_scale_and_north(c, sx, sy, side_w, view.s, u);
    sy += 46 * u;
    sy += paint_legend(c, ctx, ctx.plan.legend(hall.booths, 16), sx, sy, side_w, u) + 8 * u;
    if (!index.empty())
    {
        sy += c.text("Exhibitor index", {sx, sy}, TextStyle{9 * u, true}, Paint{kInk}) + 3 * u;
        paint_index_lines(c, index, sx, sy, side_w, my1, 1, u);
        if (!index.empty())
            c.text("continued overleaf", {sx + side_w, my1}, TextStyle{5.5 * u, false}, Paint{kGrey}, Align::Right);
    }

    const BoothFill& f = hall.fill;
    char foot[200];
    std::snprintf(foot, sizeof foot, "%d booths \u00b7 %d let \u00b7 %.0f m\u00b2 of %.0f m\u00b2 let (%s)", f.booths,
                  f.assigned, f.assigned_m2, f.area_m2, percent(f.rate()).c_str());
    c.text(foot, {m, page.h - m - 8 * u}, TextStyle{7 * u, false}, Paint{kGrey});
    c.text("boothplan", {page.w - m, page.h - m - 8 * u}, TextStyle{7 * u, false}, Paint{kGrey}, Align::Right);
    return index;
}

std::vector<IndexEntry> paint_index_page(Canvas& c, const MapContext& ctx, HallId hall_id,
                                         std::vector<IndexEntry> entries, PageSpec page)
{
    const HallLook& hall = ctx.plan.hall(hall_id);
    double u = page.h / 841.89, m = 24 * u;
    paint_page_header(c, ctx, page, "Exhibitor index, hall " + hall.code + " (continued)", ctx.plan.venue_name());
    int columns = page.w > page.h ? 4 : 3;
    paint_index_lines(c, entries, m, m + 60 * u, page.w - 2 * m, page.h - m, columns, u);
    return entries;
}

} // namespace bp

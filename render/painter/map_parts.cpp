// Venue shapes on a page: transform, floors, blocked zones, columns, doors, booths; text fitting.
#include "map_parts.h"

#include <algorithm>
#include <cmath>

namespace bp
{

MapView fit_view(Box b, double x0, double y0, double x1, double y1, double margin_m)
{
    MapView v;
    if (b.empty())
        b = Box{{0, 0}, {1, 1}};
    double bw = b.width() + 2 * margin_m, bh = b.height() + 2 * margin_m;
    v.s = std::min((x1 - x0) / std::max(bw, 1e-6), (y1 - y0) / std::max(bh, 1e-6));
    v.min_x = b.min.x - margin_m;
    v.max_y = b.max.y + margin_m;
    v.ox = x0 + ((x1 - x0) - bw * v.s) / 2;
    v.oy = y0 + ((y1 - y0) - bh * v.s) / 2;
    return v;
}

BoothFrame booth_frame(const BoothLook& booth, const MapView& view)
{
    BoothFrame f;
    for (Vec2 p : booth.footprint)
        f.centre = f.centre + view.to_page(p) * 0.25;
    // Page directions have y flipped; the same choice as label_frame(), made in page points.
    Vec2 along{booth.along.x, -booth.along.y}, across{booth.across.x, -booth.across.y};
    double w_along = booth.length_m * view.s, w_across = booth.depth_m * view.s;
    Vec2 dir = along;
    f.w = w_along;
    f.h = w_across;
    if (std::fabs(across.x) > std::fabs(along.x) + 1e-9)
    {
        dir = across;
        f.w = w_across;
        f.h = w_along;
    }
    f.angle = std::atan2(dir.y, dir.x);
    const double pi = 3.14159265358979323846;
    if (f.h > 1.5 * f.w)
    {
        // A tall, narrow booth: the text reads upwards along it.
        f.angle -= pi / 2;
        std::swap(f.w, f.h);
    }
    // Within [-pi/2, pi/2): upright text, and vertical text reading upwards as on drawings.
    if (f.angle >= pi / 2 - 1e-9)
        f.angle -= pi;
    else if (f.angle < -pi / 2 - 1e-9)
        f.angle += pi;
    return f;
}

Polygon to_page(const Polygon& poly, const MapView& view)
{
    Polygon out;
    out.reserve(poly.size());
    for (Vec2 p : poly)
        out.push_back(view.to_page(p));
    return out;
}

void paint_hall_floor(Canvas& c, const HallLook& hall, const MapView& view, double unit)
{
    Paint floor{0xEDEDE8}, zone{0xD4D4D4};
    c.polygon(to_page(hall.outline, view), &floor, nullptr);
    for (const Polygon& z : hall.blocked)
    {
        Polygon page = to_page(z, view);
        c.polygon(page, &zone, nullptr);
        // Diagonal hatch marks it as not bookable.
        c.hatch(page, std::max(4.0 * unit, 1.5 * view.s), Stroke{0x9A9A9A, 0.5 * unit});
        Stroke edge{0x8A8A8A, 0.6 * unit};
        c.polygon(page, nullptr, &edge);
    }
}

void paint_booth_shape(Canvas& c, const BoothLook& booth, const MapView& view, double unit)
{
    Paint fill{booth.colour};
    Stroke edge{0x4A4A4A, std::min(0.45 * unit, view.s * 0.12)};
    c.polygon(to_page(booth.footprint, view), &fill, &edge);
}

void paint_hall_fixtures(Canvas& c, const HallLook& hall, const MapView& view, double unit, bool strong)
{
    Stroke wall{0x1A1A1A, (strong ? 2.0 : 1.0) * unit};
    c.polygon(to_page(hall.outline, view), nullptr, &wall);
    Paint column{0x303030};
    for (const Polygon& col : hall.columns)
        c.polygon(to_page(col, view), &column, nullptr);
    for (const DoorLook& d : hall.doors)
        c.line(view.to_page(d.span.a), view.to_page(d.span.b), Stroke{d.colour, (strong ? 4.5 : 2.0) * unit});
}

void paint_door_labels(Canvas& c, const HallLook& hall, const MapView& view, double unit)
{
    for (const DoorLook& d : hall.doors)
    {
        Vec2 mid = (d.span.a + d.span.b) * 0.5, dir = normalized(d.span.b - d.span.a);
        Vec2 n{dir.y, -dir.x};
        if (contains(hall.outline, mid + n * 0.5))
            n = n * -1.0;
        TextStyle style{5.5 * unit, true};
        TextExtent e = c.measure(d.label, style);
        Vec2 p = view.to_page(mid);
        Vec2 np{n.x, -n.y};
        // Beside the door, outside the hall, pushed out far enough to clear the outline.
        double push = 3 * unit + std::fabs(np.x) * e.w / 2 + std::fabs(np.y) * e.h / 2;
        Vec2 at = p + np * push;
        Paint plate{0xFFFFFF, 0.85};
        c.rect({at.x - e.w / 2 - unit, at.y - e.h / 2}, e.w + 2 * unit, e.h, &plate, nullptr);
        c.text(d.label, {at.x, at.y - e.h / 2}, style, Paint{d.colour}, Align::Centre);
    }
}

std::optional<double> fit_text(Canvas& c, const std::string& text, double w, double h, double min_pt, double max_pt,
                               double* fh)
{
    if (w <= 0 || h <= 0 || text.empty())
        return std::nullopt;
    // Measure once on one line at 10 pt, estimate the best size for 1..3 lines, then confirm.
    TextExtent one = c.measure(text, TextStyle{10, false});
    if (one.w <= 0 || one.h <= 0)
        return std::nullopt;
    double best = 0;
    for (int lines = 1; lines <= 3; ++lines)
    {
        double by_width = 10 * w * lines / (one.w * 1.08);
        double by_height = 10 * h / (one.h * lines);
        best = std::max(best, std::min({by_width, by_height, max_pt}));
    }
    for (double pt = best; pt >= min_pt; pt *= 0.88)
    {
        TextExtent m = c.measure(text, TextStyle{pt, false, w});
        // Text breaks inside a word only when it must; a wrapped word wider than the box still
        // reports its full width, so both dimensions are checked.
        if (m.w <= w + 0.01 && m.h <= h + 0.01)
        {
            *fh = m.h;
            return pt;
        }
    }
    return std::nullopt;
}

} // namespace bp

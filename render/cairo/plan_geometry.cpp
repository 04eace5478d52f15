// Venue shapes on a page: transform, floors, blocked zones, columns, doors, booths.
#include "plan_geometry.h"

#include "plan_text.h"

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

BoothFrame booth_frame(const Block& block, const BoothCells& cells, const MapView& view)
{
    Polygon fp = footprint(block, cells);
    BoothFrame f;
    for (Vec2 p : fp)
        f.centre = f.centre + view.to_page(p) * 0.25;
    Vec2 along{block.along.x, -block.along.y}, across{block.across.x, -block.across.y};
    double w_along = cells.cols * block.module_m * view.s, w_across = cells.rows * block.row_depth_m * view.s;
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

void path_polygon(cairo_t* cr, const Polygon& poly, const MapView& view)
{
    for (size_t i = 0; i < poly.size(); ++i)
    {
        Vec2 p = view.to_page(poly[i]);
        if (i == 0)
            cairo_move_to(cr, p.x, p.y);
        else
            cairo_line_to(cr, p.x, p.y);
    }
    cairo_close_path(cr);
}

void draw_hall_floor(cairo_t* cr, const PlanContext&, const Hall& hall, const MapView& view, double unit)
{
    path_polygon(cr, hall.outline, view);
    set_colour(cr, 0xEDEDE8);
    cairo_fill(cr);
    for (const Polygon& z : hall.blocked)
    {
        path_polygon(cr, z, view);
        set_colour(cr, 0xD4D4D4);
        cairo_fill_preserve(cr);
        // Diagonal hatch clipped to the zone marks it as not bookable.
        cairo_save(cr);
        cairo_clip_preserve(cr);
        double x0, y0, x1, y1;
        cairo_path_extents(cr, &x0, &y0, &x1, &y1);
        cairo_new_path(cr);
        double step = std::max(4.0 * unit, 1.5 * view.s);
        for (double d = -(y1 - y0); d < x1 - x0; d += step)
        {
            cairo_move_to(cr, x0 + d, y1);
            cairo_line_to(cr, x0 + d + (y1 - y0), y0);
        }
        set_colour(cr, 0x9A9A9A);
        cairo_set_line_width(cr, 0.5 * unit);
        cairo_stroke(cr);
        cairo_restore(cr);
        path_polygon(cr, z, view);
        set_colour(cr, 0x8A8A8A);
        cairo_set_line_width(cr, 0.6 * unit);
        cairo_stroke(cr);
    }
}

void draw_booth_shape(cairo_t* cr, const PlanContext& ctx, const Booth& booth, const MapView& view, double unit)
{
    path_polygon(cr, footprint(ctx.project.block(booth.cells.block), booth.cells), view);
    set_colour(cr, ctx.key.colour(booth));
    cairo_fill_preserve(cr);
    set_colour(cr, 0x4A4A4A);
    cairo_set_line_width(cr, std::min(0.45 * unit, view.s * 0.12));
    cairo_stroke(cr);
}

void draw_hall_fixtures(cairo_t* cr, const Hall& hall, const MapView& view, double unit, bool strong)
{
    path_polygon(cr, hall.outline, view);
    set_colour(cr, 0x1A1A1A);
    cairo_set_line_width(cr, (strong ? 2.0 : 1.0) * unit);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
    cairo_stroke(cr);
    for (const Polygon& c : hall.columns)
    {
        path_polygon(cr, c, view);
        set_colour(cr, 0x303030);
        cairo_fill(cr);
    }
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    for (const Door& d : hall.doors)
    {
        Vec2 a = view.to_page(d.span.a), b = view.to_page(d.span.b);
        set_colour(cr, door_colour(d.kind));
        cairo_set_line_width(cr, (strong ? 4.5 : 2.0) * unit);
        cairo_move_to(cr, a.x, a.y);
        cairo_line_to(cr, b.x, b.y);
        cairo_stroke(cr);
    }
}

void draw_door_labels(cairo_t* cr, PlanText& text, const Hall& hall, const MapView& view, double unit)
{
    for (const Door& d : hall.doors)
    {
        Vec2 mid = (d.span.a + d.span.b) * 0.5, dir = normalized(d.span.b - d.span.a);
        Vec2 n{dir.y, -dir.x};
        if (contains(hall.outline, mid + n * 0.5))
            n = n * -1.0;
        const char* label = d.kind == DoorKind::Exit ? "EXIT" : d.kind == DoorKind::Entrance ? "ENTRANCE" : "FREIGHT";
        double pt = 5.5 * unit, w, h;
        text.measure(label, pt, true, -1, &w, &h);
        Vec2 p = view.to_page(mid);
        Vec2 np{n.x, -n.y};
        // Beside the door, outside the hall, pushed out far enough to clear the outline.
        double push = 3 * unit + std::fabs(np.x) * w / 2 + std::fabs(np.y) * h / 2;
        Vec2 c = p + np * push;
        set_colour(cr, 0xFFFFFF, 0.85);
        cairo_rectangle(cr, c.x - w / 2 - unit, c.y - h / 2, w + 2 * unit, h);
        cairo_fill(cr);
        text.draw(label, c.x, c.y - h / 2, pt, true, door_colour(d.kind), Align::Centre);
    }
}

} // namespace bp

// Canvas calls as Cairo paths, fills and strokes (default joins and caps: mitred, butt ends).
#include "cairo_canvas.h"

namespace bp
{

void CairoCanvas::path(const Polygon& points)
{
    for (size_t i = 0; i < points.size(); ++i)
    {
        if (i == 0)
            cairo_move_to(cr_, points[i].x, points[i].y);
        else
            cairo_line_to(cr_, points[i].x, points[i].y);
    }
    cairo_close_path(cr_);
}

void CairoCanvas::fill_and_stroke(const Paint* fill, const Stroke* stroke)
{
    if (fill)
    {
        set_colour(cr_, fill->rgb, fill->alpha);
        if (stroke)
            cairo_fill_preserve(cr_);
        else
            cairo_fill(cr_);
    }
    if (stroke)
    {
        set_colour(cr_, stroke->rgb);
        cairo_set_line_width(cr_, stroke->width);
        cairo_stroke(cr_);
    }
    if (!fill && !stroke)
        cairo_new_path(cr_);
}

void CairoCanvas::clear(Paint paint)
{
    set_colour(cr_, paint.rgb, paint.alpha);
    cairo_paint(cr_);
}

void CairoCanvas::polygon(const Polygon& points, const Paint* fill, const Stroke* stroke)
{
    path(points);
    fill_and_stroke(fill, stroke);
}

void CairoCanvas::rect(Vec2 corner, double w, double h, const Paint* fill, const Stroke* stroke)
{
    cairo_rectangle(cr_, corner.x, corner.y, w, h);
    fill_and_stroke(fill, stroke);
}

void CairoCanvas::line(Vec2 a, Vec2 b, const Stroke& stroke)
{
    set_colour(cr_, stroke.rgb);
    cairo_set_line_width(cr_, stroke.width);
    cairo_move_to(cr_, a.x, a.y);
    cairo_line_to(cr_, b.x, b.y);
    cairo_stroke(cr_);
}

void CairoCanvas::hatch(const Polygon& points, double step, const Stroke& lines)
{
    cairo_save(cr_);
    path(points);
    cairo_clip_preserve(cr_);
    double x0, y0, x1, y1;
    cairo_path_extents(cr_, &x0, &y0, &x1, &y1);
    cairo_new_path(cr_);
    for (double d = -(y1 - y0); d < x1 - x0; d += step)
    {
        cairo_move_to(cr_, x0 + d, y1);
        cairo_line_to(cr_, x0 + d + (y1 - y0), y0);
    }
    set_colour(cr_, lines.rgb);
    cairo_set_line_width(cr_, lines.width);
    cairo_stroke(cr_);
    cairo_restore(cr_);
}

TextExtent CairoCanvas::measure(const std::string& text, const TextStyle& style)
{
    TextExtent e;
    text_.measure(text, style.size, style.bold, style.wrap_width, &e.w, &e.h);
    return e;
}

double CairoCanvas::text(const std::string& text, Vec2 at, const TextStyle& style, Paint paint, Align align)
{
    return text_.draw(text, at.x, at.y, style.size, style.bold, paint.rgb, align, style.wrap_width, paint.alpha);
}

} // namespace bp

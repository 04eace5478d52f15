// The Cairo back end of the canvas: PDF, SVG and PNG surfaces, text shaped by Pango.
#pragma once

#include "pango_text.h"
#include "render/canvas.h"

#include <cairo.h>

namespace bp
{

class CairoCanvas final : public Canvas
{
public:
    explicit CairoCanvas(cairo_t* cr) : cr_(cr), text_(cr) {}

    void push() override { cairo_save(cr_); }
    void pop() override { cairo_restore(cr_); }
    void translate(Vec2 d) override { cairo_translate(cr_, d.x, d.y); }
    void rotate(double radians) override { cairo_rotate(cr_, radians); }

    void clear(Paint paint) override;
    void polygon(const Polygon& points, const Paint* fill, const Stroke* stroke) override;
    void rect(Vec2 corner, double w, double h, const Paint* fill, const Stroke* stroke) override;
    void line(Vec2 a, Vec2 b, const Stroke& stroke) override;
    void hatch(const Polygon& points, double step, const Stroke& lines) override;

    TextExtent measure(const std::string& text, const TextStyle& style) override;
    double text(const std::string& text, Vec2 at, const TextStyle& style, Paint paint,
                Align align = Align::Left) override;

private:
    cairo_t* cr_;
    PangoText text_;
    void path(const Polygon& points);
    void fill_and_stroke(const Paint* fill, const Stroke* stroke);
};

} // namespace bp

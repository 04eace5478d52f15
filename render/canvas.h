// The abstract canvas the plan painter draws on (SolveSpace's Canvas is the model): filled and
// stroked polygons, lines, hatching, shaped text runs with size, weight, alignment and wrapping,
// and a stack of transforms. Back ends: Cairo for PDF, SVG and PNG (render/cairo/); the same
// drawing can go to any surface that implements this.
#pragma once

#include "layout/geometry/geometry.h"

#include <cstdint>
#include <string>

namespace bp
{

struct Paint
{
    uint32_t rgb = 0x000000;
    double alpha = 1;
};

struct Stroke
{
    uint32_t rgb = 0x000000;
    double width = 1; // in the canvas's units
};

enum class Align
{
    Left,
    Centre,
    Right
};

// A run of text: any script (shaped by the back end), wrapped at whole words to `wrap_width`
// when it is > 0.
struct TextStyle
{
    double size = 10; // em size in the canvas's units
    bool bold = false;
    double wrap_width = -1;
};

struct TextExtent
{
    double w = 0, h = 0; // the logical extent of the laid-out text
};

class Canvas
{
public:
    virtual ~Canvas() = default;

    // Transform stack: what push() saved, pop() restores. Rotation in radians, as the page's axes
    // go (clockwise on a y-down page).
    virtual void push() = 0;
    virtual void pop() = 0;
    virtual void translate(Vec2 d) = 0;
    virtual void rotate(double radians) = 0;

    // Covers everything with one colour.
    virtual void clear(Paint paint) = 0;
    // A closed polygon, filled and then, when `stroke` is given, outlined.
    virtual void polygon(const Polygon& points, const Paint* fill, const Stroke* stroke) = 0;
    // An axis-aligned rectangle from its top-left corner, filled and then, when `stroke` is given, outlined.
    virtual void rect(Vec2 corner, double w, double h, const Paint* fill, const Stroke* stroke) = 0;
    // A straight line with butt ends.
    virtual void line(Vec2 a, Vec2 b, const Stroke& stroke) = 0;
    // Diagonal lines `step` apart inside the polygon (not bookable floor); the polygon itself is
    // neither filled nor outlined.
    virtual void hatch(const Polygon& points, double step, const Stroke& lines) = 0;

    virtual TextExtent measure(const std::string& text, const TextStyle& style) = 0;
    // Draws the text with its top edge at `at.y`; `at.x` is its left, centre or right edge (of the
    // wrap width when wrapped, lines aligned inside it). Returns the height drawn.
    virtual double text(const std::string& text, Vec2 at, const TextStyle& style, Paint paint,
                        Align align = Align::Left) = 0;
};

} // namespace bp

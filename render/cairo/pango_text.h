// Text on booth maps through Pango: any script (Persian shaped right to left, Chinese in
// Noto Sans CJK SC), measured and wrapped at whole words.
#pragma once

#include "render/canvas.h"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <string>

namespace bp
{

// One reusable Pango layout bound to a Cairo context (creating layouts per booth is slow).
class PangoText
{
public:
    explicit PangoText(cairo_t* cr);
    ~PangoText();
    PangoText(const PangoText&) = delete;
    PangoText& operator=(const PangoText&) = delete;

    // Size of `text` at `pt` points, wrapped to `wrap_width` when > 0.
    void measure(const std::string& text, double pt, bool bold, double wrap_width, double* w, double* h);
    // Draws `text` with its top edge at y; x is the left, centre or right edge per `align`.
    // Returns the height drawn.
    double draw(const std::string& text, double x, double y, double pt, bool bold, uint32_t colour,
                Align align = Align::Left, double wrap_width = -1, double alpha = 1);
    // Draws the text last measured, its top-left corner at (x, y); lines aligned in `box_w`.
    void show(double x, double y, uint32_t colour, Align align = Align::Left, double box_w = 0, double alpha = 1);

private:
    cairo_t* cr_;
    PangoLayout* layout_;
    PangoFontDescription* font_;
    double scale_ = 1; // the layout is at kLayoutPt; drawn scaled by pt / kLayoutPt
    bool bold_ = false;
    // What the layout holds now: Pango lays a paragraph out again after any change, so a fitted
    // name drawn at the size it was measured at, or a centred line drawn twice, is laid out once.
    std::string text_;
    int width_ = -1; // in Pango units at kLayoutPt, -1 unwrapped
    PangoAlignment alignment_ = PANGO_ALIGN_LEFT;
    void set(const std::string& text, double pt, bool bold, double wrap_width);
    void set_alignment(PangoAlignment a);
};

void set_colour(cairo_t* cr, uint32_t rgb, double alpha = 1.0);

} // namespace bp

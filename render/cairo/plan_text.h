// Text on booth maps through Pango: any script (Persian shaped right to left, Chinese in
// Noto Sans CJK SC), and names shrunk and wrapped to fit inside a booth.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <optional>
#include <string>

namespace bp
{

enum class Align
{
    Left,
    Centre,
    Right
};

// One reusable Pango layout bound to a Cairo context (creating layouts per booth is slow).
class PlanText
{
public:
    explicit PlanText(cairo_t* cr);
    ~PlanText();
    PlanText(const PlanText&) = delete;
    PlanText& operator=(const PlanText&) = delete;

    // Size of `text` at `pt` points, wrapped to `wrap_width` when > 0.
    void measure(const std::string& text, double pt, bool bold, double wrap_width, double* w, double* h);
    // Draws `text` with its top edge at y; x is the left, centre or right edge per `align`.
    // Returns the height drawn.
    double draw(const std::string& text, double x, double y, double pt, bool bold, uint32_t colour,
                Align align = Align::Left, double wrap_width = -1);
    // Largest size in [min_pt, max_pt] at which `text`, wrapped, fits a w x h box; nullopt if none.
    // On success the layout holds the fitted text (see show) and *fh its height.
    std::optional<double> fit(const std::string& text, double w, double h, double min_pt, double max_pt, double* fh);
    // Draws the text last measured or fitted, its top-left corner at (x, y); lines aligned in `box_w`.
    void show(double x, double y, uint32_t colour, Align align = Align::Left, double box_w = 0);

private:
    cairo_t* cr_;
    PangoLayout* layout_;
    PangoFontDescription* font_;
    double scale_ = 1; // the layout is at kLayoutPt; drawn scaled by pt / kLayoutPt
    bool bold_ = false;
    void set(const std::string& text, double pt, bool bold, double wrap_width);
};

void set_colour(cairo_t* cr, uint32_t rgb, double alpha = 1.0);

// "Shenzhen Huali Electronics Co., Ltd." -> "Shenzhen Huali Electronics": what fits on a fascia.
std::string short_name(const std::string& name);

} // namespace bp

// Pango text for booth maps: shaping, measuring and fitting names into booths.
#include "plan_text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace bp
{

void set_colour(cairo_t* cr, uint32_t c, double alpha)
{
    cairo_set_source_rgba(cr, (c >> 16 & 0xFF) / 255.0, (c >> 8 & 0xFF) / 255.0, (c & 0xFF) / 255.0, alpha);
}

PlanText::PlanText(cairo_t* cr) : cr_(cr)
{
    layout_ = pango_cairo_create_layout(cr);
    PangoContext* ctx = pango_layout_get_context(layout_);
    // Unhinted metrics so text measured at one size scales to another and PDF matches PNG.
    cairo_font_options_t* fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(ctx, fo);
    cairo_font_options_destroy(fo);
    pango_context_set_round_glyph_positions(ctx, FALSE);
    pango_layout_context_changed(layout_);
    // Latin first; Han falls through to the Simplified Chinese face, Arabic script to Noto Sans Arabic.
    font_ = pango_font_description_from_string("Noto Sans,Noto Sans CJK SC,Noto Sans Arabic,DejaVu Sans 10");
    pango_layout_set_wrap(layout_, PANGO_WRAP_WORD_CHAR);
}

PlanText::~PlanText()
{
    pango_font_description_free(font_);
    g_object_unref(layout_);
}

void PlanText::set(const std::string& text, double pt, bool bold, double wrap_width)
{
    pango_font_description_set_size(font_, static_cast<gint>(pt * PANGO_SCALE));
    pango_font_description_set_weight(font_, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout_, font_);
    pango_layout_set_width(layout_, wrap_width > 0 ? static_cast<int>(wrap_width * PANGO_SCALE) : -1);
    pango_layout_set_text(layout_, text.c_str(), static_cast<int>(text.size()));
}

void PlanText::measure(const std::string& text, double pt, bool bold, double wrap_width, double* w, double* h)
{
    set(text, pt, bold, wrap_width);
    PangoRectangle ink, logical;
    pango_layout_get_extents(layout_, &ink, &logical);
    *w = static_cast<double>(logical.width) / PANGO_SCALE;
    *h = static_cast<double>(logical.height) / PANGO_SCALE;
}

double PlanText::draw(const std::string& text, double x, double y, double pt, bool bold, uint32_t colour, Align align,
                      double wrap_width)
{
    double w, h;
    measure(text, pt, bold, wrap_width, &w, &h);
    pango_layout_set_alignment(layout_, align == Align::Centre  ? PANGO_ALIGN_CENTER
                                        : align == Align::Right ? PANGO_ALIGN_RIGHT
                                                                : PANGO_ALIGN_LEFT);
    double left = align == Align::Left ? x : align == Align::Centre ? x - w / 2 : x - w;
    if (wrap_width > 0 && align != Align::Left)
        left = align == Align::Centre ? x - wrap_width / 2 : x - wrap_width;
    set_colour(cr_, colour);
    cairo_move_to(cr_, left, y);
    pango_cairo_show_layout(cr_, layout_);
    pango_layout_set_alignment(layout_, PANGO_ALIGN_LEFT);
    return h;
}

std::optional<double> PlanText::fit(const std::string& text, double w, double h, double min_pt, double max_pt)
{
    if (w <= 0 || h <= 0 || text.empty())
        return std::nullopt;
    // Measure once on one line at 10 pt, estimate the best size for 1..3 lines, then confirm.
    double w0, h0;
    measure(text, 10, false, -1, &w0, &h0);
    if (w0 <= 0 || h0 <= 0)
        return std::nullopt;
    double best = 0;
    for (int lines = 1; lines <= 3; ++lines)
    {
        double by_width = 10 * w * lines / (w0 * 1.08);
        double by_height = 10 * h / (h0 * lines);
        best = std::max(best, std::min({by_width, by_height, max_pt}));
    }
    for (double pt = best; pt >= min_pt; pt *= 0.88)
    {
        double mw, mh;
        measure(text, pt, false, w, &mw, &mh);
        // Pango breaks inside a word only when it must; a wrapped word wider than the box still
        // reports its full width, so both dimensions are checked.
        if (mw <= w + 0.01 && mh <= h + 0.01)
            return pt;
    }
    return std::nullopt;
}

void PlanText::draw_centred(const std::string& text, double w, double pt, uint32_t colour)
{
    double mw, mh;
    measure(text, pt, false, w, &mw, &mh);
    pango_layout_set_alignment(layout_, PANGO_ALIGN_CENTER);
    set_colour(cr_, colour);
    cairo_move_to(cr_, -w / 2, -mh / 2);
    pango_cairo_show_layout(cr_, layout_);
    pango_layout_set_alignment(layout_, PANGO_ALIGN_LEFT);
}

std::string short_name(const std::string& name)
{
    static const std::array<const char*, 16> kSuffixes = {
        " co., ltd.", " co., ltd", " co.,ltd.", " co.,ltd", " co. ltd.", " co ltd", " company limited",
        " limited", " ltd.", " ltd", " inc.", " llc", " gmbh", " corporation", " corp.", " s.p.a."};
    std::string s = name;
    bool changed = true;
    while (changed)
    {
        changed = false;
        std::string lower = s;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        for (const char* suf : kSuffixes)
        {
            std::string sf = suf;
            if (lower.size() > sf.size() + 2 && lower.compare(lower.size() - sf.size(), sf.size(), sf) == 0)
            {
                s.resize(s.size() - sf.size());
                while (!s.empty() && (s.back() == ',' || s.back() == ' '))
                    s.pop_back();
                changed = true;
                break;
            }
        }
    }
    return s.empty() ? name : s;
}

} // namespace bp

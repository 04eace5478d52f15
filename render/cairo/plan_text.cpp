// Pango text for booth maps: shaping, measuring and fitting names into booths.
#include "plan_text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace bp
{

namespace
{
// Every text is laid out at this size and scaled when drawn: each distinct Pango font size costs
// a fontconfig match (milliseconds), and fitted names come in thousands of sizes.
constexpr double kLayoutPt = 10;
} // namespace

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
    font_ = pango_font_description_from_string("Noto Sans,Noto Sans CJK SC,Noto Sans Arabic,DejaVu Sans");
    pango_font_description_set_size(font_, static_cast<gint>(kLayoutPt * PANGO_SCALE));
    pango_layout_set_font_description(layout_, font_);
    // Whole words only: a name broken mid-word ("Medi-cal") reads badly; fit() shrinks instead.
    pango_layout_set_wrap(layout_, PANGO_WRAP_WORD);
}

PlanText::~PlanText()
{
    pango_font_description_free(font_);
    g_object_unref(layout_);
}

void PlanText::set(const std::string& text, double pt, bool bold, double wrap_width)
{
    scale_ = pt / kLayoutPt;
    if (bold != bold_)
    {
        bold_ = bold;
        pango_font_description_set_weight(font_, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_layout_set_font_description(layout_, font_);
    }
    pango_layout_set_width(layout_, wrap_width > 0 ? static_cast<int>(wrap_width / scale_ * PANGO_SCALE) : -1);
    pango_layout_set_text(layout_, text.c_str(), static_cast<int>(text.size()));
}

void PlanText::measure(const std::string& text, double pt, bool bold, double wrap_width, double* w, double* h)
{
    set(text, pt, bold, wrap_width);
    PangoRectangle ink, logical;
    pango_layout_get_extents(layout_, &ink, &logical);
    *w = static_cast<double>(logical.width) / PANGO_SCALE * scale_;
    *h = static_cast<double>(logical.height) / PANGO_SCALE * scale_;
}

double PlanText::draw(const std::string& text, double x, double y, double pt, bool bold, uint32_t colour, Align align,
                      double wrap_width)
{
    double w, h;
    measure(text, pt, bold, wrap_width, &w, &h);
    if (wrap_width > 0)
    {
        double left = align == Align::Left ? x : align == Align::Centre ? x - wrap_width / 2 : x - wrap_width;
        show(left, y, colour, align, wrap_width);
    }
    else
        show(align == Align::Left ? x : align == Align::Centre ? x - w / 2 : x - w, y, colour);
    return h;
}

std::optional<double> PlanText::fit(const std::string& text, double w, double h, double min_pt, double max_pt,
                                    double* fh)
{
    if (w <= 0 || h <= 0 || text.empty())
        return std::nullopt;
    // Measure once on one line at 10 pt, estimate the best size for 1..3 lines, then confirm.
    // The layout is bound to the context's initial transform (never updated): with unhinted metrics
    // sizes do not depend on it, and rotated booths keep horizontal text turned as a whole.
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
        {
            *fh = mh;
            return pt;
        }
    }
    return std::nullopt;
}

void PlanText::show(double x, double y, uint32_t colour, Align align, double box_w)
{
    if (align != Align::Left)
    {
        // Alignment needs a width to align in; for an unwrapped line place the line itself.
        PangoRectangle ink, logical;
        pango_layout_get_extents(layout_, &ink, &logical);
        double w = static_cast<double>(logical.width) / PANGO_SCALE * scale_;
        if (pango_layout_get_width(layout_) > 0)
            pango_layout_set_alignment(layout_, align == Align::Centre ? PANGO_ALIGN_CENTER : PANGO_ALIGN_RIGHT);
        else
            x += align == Align::Centre ? (box_w - w) / 2 : box_w - w;
    }
    set_colour(cr_, colour);
    cairo_save(cr_);
    cairo_translate(cr_, x, y);
    cairo_scale(cr_, scale_, scale_);
    cairo_move_to(cr_, 0, 0);
    pango_cairo_show_layout(cr_, layout_);
    cairo_restore(cr_);
    pango_layout_set_alignment(layout_, PANGO_ALIGN_LEFT);
}

std::string short_name(const std::string& name)
{
    static const std::array<const char*, 16> kSuffixes = {
        " co., ltd.", " co., ltd", " co.,ltd.", " co.,ltd", " co. ltd.", " co ltd",      " company limited", " limited",
        " ltd.",      " ltd",      " inc.",     " llc",     " gmbh",     " corporation", " corp.",           " s.p.a."};
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

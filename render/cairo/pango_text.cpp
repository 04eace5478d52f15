// Pango text for booth maps: shaping, measuring, wrapping and drawing.
#include "pango_text.h"

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

PangoText::PangoText(cairo_t* cr) : cr_(cr)
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

PangoText::~PangoText()
{
    pango_font_description_free(font_);
    g_object_unref(layout_);
}

void PangoText::set(const std::string& text, double pt, bool bold, double wrap_width)
{
    scale_ = pt / kLayoutPt;
    if (bold != bold_)
    {
        bold_ = bold;
        pango_font_description_set_weight(font_, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_layout_set_font_description(layout_, font_);
    }
    set_alignment(PANGO_ALIGN_LEFT); // measured as laid out left; show() aligns
    int width = wrap_width > 0 ? static_cast<int>(wrap_width / scale_ * PANGO_SCALE) : -1;
    if (width != width_)
    {
        width_ = width;
        pango_layout_set_width(layout_, width);
    }
    if (text != text_)
    {
        text_ = text;
        pango_layout_set_text(layout_, text.c_str(), static_cast<int>(text.size()));
    }
}

void PangoText::set_alignment(PangoAlignment a)
{
    if (a != alignment_)
    {
        alignment_ = a;
        pango_layout_set_alignment(layout_, a);
    }
}

void PangoText::measure(const std::string& text, double pt, bool bold, double wrap_width, double* w, double* h)
{
    set(text, pt, bold, wrap_width);
    PangoRectangle ink, logical;
    pango_layout_get_extents(layout_, &ink, &logical);
    *w = static_cast<double>(logical.width) / PANGO_SCALE * scale_;
    *h = static_cast<double>(logical.height) / PANGO_SCALE * scale_;
}

double PangoText::draw(const std::string& text, double x, double y, double pt, bool bold, uint32_t colour, Align align,
                       double wrap_width, double alpha)
{
    double w, h;
    measure(text, pt, bold, wrap_width, &w, &h);
    if (wrap_width > 0)
    {
        double left = align == Align::Left ? x : align == Align::Centre ? x - wrap_width / 2 : x - wrap_width;
        show(left, y, colour, align, wrap_width, alpha);
    }
    else
        show(align == Align::Left ? x : align == Align::Centre ? x - w / 2 : x - w, y, colour, Align::Left, 0, alpha);
    return h;
}

void PangoText::show(double x, double y, uint32_t colour, Align align, double box_w, double alpha)
{
    if (align != Align::Left)
    {
        // Alignment needs a width to align in; for an unwrapped line place the line itself.
        PangoRectangle ink, logical;
        pango_layout_get_extents(layout_, &ink, &logical);
        double w = static_cast<double>(logical.width) / PANGO_SCALE * scale_;
        if (width_ > 0)
            set_alignment(align == Align::Centre ? PANGO_ALIGN_CENTER : PANGO_ALIGN_RIGHT);
        else
        {
            set_alignment(PANGO_ALIGN_LEFT);
            x += align == Align::Centre ? (box_w - w) / 2 : box_w - w;
        }
    }
    else
        set_alignment(PANGO_ALIGN_LEFT);
    set_colour(cr_, colour, alpha);
    cairo_save(cr_);
    cairo_translate(cr_, x, y);
    cairo_scale(cr_, scale_, scale_);
    cairo_move_to(cr_, 0, 0);
    pango_cairo_show_layout(cr_, layout_);
    cairo_restore(cr_);
}

} // namespace bp

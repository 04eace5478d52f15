// The glyph atlas: Pango (the booth maps' font list) rasterises one codepoint at a time into a
// Cairo A8 scratch surface, copied onto shelves of the atlas; FriBidi orders and shapes lines.
#include "glyph_atlas.h"
#include "layout/model/utf8.h"

#include <cairo.h>
#include <fribidi.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace bp
{

namespace
{
constexpr int kPad = 3; // texels around each glyph, so mipmaps do not bleed neighbours in

std::string utf8(char32_t c)
{
    std::string s;
    append_utf8(s, static_cast<uint32_t>(c));
    return s;
}

// Marks that steer direction or joining and draw nothing, and FriBidi's filler after a ligature.
bool invisible(char32_t c)
{
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}
} // namespace

struct GlyphAtlas::Pango
{
    cairo_surface_t* scratch = nullptr;
    cairo_t* cr = nullptr;
    PangoLayout* layout = nullptr;
    PangoFontDescription* regular = nullptr;
    PangoFontDescription* bold = nullptr;
    int scratch_w = 0, scratch_h = 0;

    void ensure_scratch(int w, int h)
    {
        if (w <= scratch_w && h <= scratch_h && scratch)
            return;
        scratch_w = std::max(w, scratch_w);
        scratch_h = std::max(h, scratch_h);
        if (cr)
            cairo_destroy(cr);
        if (scratch)
            cairo_surface_destroy(scratch);
        scratch = cairo_image_surface_create(CAIRO_FORMAT_A8, scratch_w, scratch_h);
        cr = cairo_create(scratch);
        if (layout)
            pango_cairo_update_layout(cr, layout);
    }
};

GlyphAtlas::GlyphAtlas(int em_px) : pango_(new Pango), em_px_(em_px)
{
    pango_->ensure_scratch(em_px * 3, em_px * 3);
    pango_->layout = pango_cairo_create_layout(pango_->cr);
    PangoContext* ctx = pango_layout_get_context(pango_->layout);
    cairo_font_options_t* fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(ctx, fo);
    cairo_font_options_destroy(fo);
    pango_context_set_round_glyph_positions(ctx, FALSE);
    pango_layout_context_changed(pango_->layout);
    // The booth maps' list: Latin, then Simplified Chinese, then Arabic script (presentation forms).
    const char* family = "Noto Sans,Noto Sans CJK SC,Noto Sans Arabic,DejaVu Sans";
    pango_->regular = pango_font_description_from_string(family);
    pango_font_description_set_absolute_size(pango_->regular, em_px * PANGO_SCALE);
    pango_->bold = pango_font_description_copy(pango_->regular);
    pango_font_description_set_weight(pango_->bold, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(pango_->layout, pango_->regular);
    pango_layout_set_text(pango_->layout, "Ag", -1);
    PangoRectangle ink, logical;
    pango_layout_get_extents(pango_->layout, &ink, &logical);
    ascent_ = static_cast<float>(pango_layout_get_baseline(pango_->layout)) / PANGO_SCALE / static_cast<float>(em_px);
    line_h_ = static_cast<float>(logical.height) / PANGO_SCALE / static_cast<float>(em_px);
    pixels_.assign(static_cast<size_t>(w_) * static_cast<size_t>(h_), 0);
}

GlyphAtlas::~GlyphAtlas()
{
    pango_font_description_free(pango_->regular);
    pango_font_description_free(pango_->bold);
    g_object_unref(pango_->layout);
    cairo_destroy(pango_->cr);
    cairo_surface_destroy(pango_->scratch);
    delete pango_;
}

const Glyph& GlyphAtlas::glyph(char32_t c, bool bold)
{
    uint64_t key = static_cast<uint64_t>(c) << 1 | (bold ? 1 : 0);
    auto it = glyphs_.find(key);
    if (it != glyphs_.end())
        return it->second;
    return glyphs_.emplace(key, rasterise(c, bold)).first->second;
}

float GlyphAtlas::width(const std::u32string& s, bool bold)
{
    float w = 0;
    for (char32_t c : s)
        w += glyph(c, bold).advance;
    return w;
}

bool GlyphAtlas::place(int w, int h, int* x, int* y)
{
    if (w > w_)
        return false;
    if (shelf_x_ + w > w_)
    {
        shelf_y_ += shelf_h_;
        shelf_x_ = 0;
        shelf_h_ = 0;
    }
    while (shelf_y_ + h > h_)
    {
        if (h_ >= 8192)
            return false;
        h_ *= 2; // rows are contiguous: growing downwards keeps every texel where it was
        pixels_.resize(static_cast<size_t>(w_) * static_cast<size_t>(h_), 0);
    }
    *x = shelf_x_;
    *y = shelf_y_;
    shelf_x_ += w;
    shelf_h_ = std::max(shelf_h_, h);
    return true;
}

Glyph GlyphAtlas::rasterise(char32_t c, bool bold)
{
    Glyph g;
    if (invisible(c))
        return g;
    std::string text = utf8(c);
    PangoLayout* layout = pango_->layout;
    pango_layout_set_font_description(layout, bold ? pango_->bold : pango_->regular);
    pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
    PangoRectangle ink, logical;
    pango_layout_get_pixel_extents(layout, &ink, &logical);
    float em = static_cast<float>(em_px_);
    g.advance = static_cast<float>(logical.width) / em;
    if (ink.width <= 0 || ink.height <= 0)
        return g;
    int w = ink.width + 2, h = ink.height + 2;
    pango_->ensure_scratch(w, h);
    cairo_t* cr = pango_->cr;
    cairo_set_operator(cr, CAIRO_OPERATOR_CLEAR);
    cairo_paint(cr);
    cairo_set_operator(cr, CAIRO_OPERATOR_OVER);
    cairo_set_source_rgba(cr, 0, 0, 0, 1);
    cairo_move_to(cr, 1 - ink.x, 1 - ink.y);
    pango_cairo_show_layout(cr, layout);
    cairo_surface_flush(pango_->scratch);
    int x = 0, y = 0;
    if (!place(w + 2 * kPad, h + 2 * kPad, &x, &y))
        return g; // the atlas is full: the glyph draws as a space
    x += kPad;
    y += kPad;
    const unsigned char* src = cairo_image_surface_get_data(pango_->scratch);
    int stride = cairo_image_surface_get_stride(pango_->scratch);
    for (int row = 0; row < h; ++row)
        std::memcpy(&pixels_[static_cast<size_t>(y + row) * static_cast<size_t>(w_) + static_cast<size_t>(x)],
                    src + static_cast<ptrdiff_t>(row) * stride, static_cast<size_t>(w));
    float baseline = static_cast<float>(pango_layout_get_baseline(layout)) / PANGO_SCALE;
    g.x0 = static_cast<float>(ink.x - 1) / em;
    g.x1 = static_cast<float>(ink.x + ink.width + 1) / em;
    g.y1 = (baseline - static_cast<float>(ink.y - 1)) / em;
    g.y0 = (baseline - static_cast<float>(ink.y + ink.height + 1)) / em;
    g.u0 = static_cast<uint16_t>(x);
    g.v0 = static_cast<uint16_t>(y);
    g.u1 = static_cast<uint16_t>(x + w);
    g.v1 = static_cast<uint16_t>(y + h);
    ++revision_;
    return g;
}

std::u32string utf32(const std::string& s)
{
    std::u32string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();)
    {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + static_cast<size_t>(n) > s.size())
        {
            out += U'\uFFFD';
            ++i;
            continue;
        }
        char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        bool ok = true;
        for (int k = 1; k < n; ++k)
        {
            unsigned char d = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
            ok = ok && (d >> 6) == 2;
            cp = cp << 6 | (d & 0x3F);
        }
        out += ok ? cp : U'\uFFFD';
        i += ok ? static_cast<size_t>(n) : 1;
    }
    return out;
}

std::u32string visual_line(const std::u32string& logical)
{
    bool simple = std::all_of(logical.begin(), logical.end(), [](char32_t c) { return c < 0x0590; });
    if (simple || logical.empty())
        return logical; // left to right, no shaping: most names
    std::vector<FriBidiChar> in(logical.begin(), logical.end()), out(logical.size() + 1);
    FriBidiParType dir = FRIBIDI_PAR_ON;
    if (!fribidi_log2vis(in.data(), static_cast<FriBidiStrIndex>(in.size()), &dir, out.data(), nullptr, nullptr,
                         nullptr))
        return logical;
    std::u32string v;
    for (size_t i = 0; i < in.size(); ++i)
        if (!invisible(out[i]))
            v += static_cast<char32_t>(out[i]);
    return v;
}

} // namespace bp

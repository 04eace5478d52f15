// Glyphs for labels on screen, GL-free: each codepoint (after FriBidi has turned Persian into its
// joined presentation forms in visual order) rasterised once by Pango, with the booth maps' fonts,
// into one greyscale atlas that the renderer uploads as a texture.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace bp
{

struct Glyph
{
    float advance = 0;                       // em units
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;    // the bitmap's box from the pen at the baseline, em units, y up
    uint16_t u0 = 0, v0 = 0, u1 = 0, v1 = 0; // atlas texels (v down)
    bool empty() const { return x1 <= x0 || y1 <= y0; }
};

class GlyphAtlas
{
public:
    explicit GlyphAtlas(int em_px = 40);
    ~GlyphAtlas();
    GlyphAtlas(const GlyphAtlas&) = delete;
    GlyphAtlas& operator=(const GlyphAtlas&) = delete;

    // The glyph of a codepoint, rasterised on first use.
    const Glyph& glyph(char32_t c, bool bold);
    // Sum of the advances of a string of codepoints, em units.
    float width(const std::u32string& s, bool bold);

    float ascent() const { return ascent_; }      // em units above the baseline
    float line_height() const { return line_h_; } // em units from one baseline to the next

    int width_px() const { return w_; }
    int height_px() const { return h_; }
    const std::vector<uint8_t>& pixels() const { return pixels_; } // w x h, one byte a texel
    // Bumps whenever glyphs were added (the texture must be uploaded again).
    uint64_t revision() const { return revision_; }
    size_t glyph_count() const { return glyphs_.size(); }

private:
    struct Pango;
    Pango* pango_;
    int em_px_;
    int w_ = 1024, h_ = 256;
    int shelf_x_ = 0, shelf_y_ = 0, shelf_h_ = 0;
    float ascent_ = 0.8f, line_h_ = 1.2f;
    std::vector<uint8_t> pixels_;
    std::unordered_map<uint64_t, Glyph> glyphs_;
    uint64_t revision_ = 0;
    Glyph rasterise(char32_t c, bool bold);
    bool place(int w, int h, int* x, int* y);
};

// UTF-8 to codepoints (invalid bytes become U+FFFD).
std::u32string utf32(const std::string& utf8);
// One line of logical text in display order: Arabic-script runs shaped into presentation forms and
// reversed, mixed directions reordered (FriBidi), marks of direction removed.
std::u32string visual_line(const std::u32string& logical);

} // namespace bp

// Text laid out as glyph quads in the world, GL-free: booth numbers and names fitted into a
// booth's frame on the plan, fascia lines in 3D, hall codes and region names. Lines are wrapped at
// whole words in logical order, then each is shaped and ordered for display (visual_line).
#pragma once

#include "glyph_atlas.h"
#include "layout/plan/plan.h"

#include <glm/glm.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bp
{

// One glyph as the GPU draws it: a textured parallelogram in venue metres.
struct GlyphQuad
{
    float origin[3]; // corner at the glyph box's bottom left
    float x_axis[3]; // along the glyph box's width
    float y_axis[3]; // along its height
    float em;        // the text's size in metres: levels of detail hide text by it, not glyph by glyph
    uint16_t uv[4];  // atlas texels u0, v0, u1, v1
    uint32_t rgba;   // bytes r, g, b, a in memory
};
static_assert(sizeof(GlyphQuad) == 52);

// The plane text is written on: x to the reader's right, y up the text.
struct TextPlane
{
    glm::dvec3 centre, right, up;
};

// Lines of a text block in display order, with their widths at 1 em.
struct TextBlock
{
    std::vector<std::u32string> lines;
    std::vector<float> widths;
    float width = 0; // the widest line
    bool bold = false;
};

class LabelWriter
{
public:
    explicit LabelWriter(GlyphAtlas& atlas) : atlas_(atlas) {}
    GlyphAtlas& atlas() { return atlas_; }

    // Paragraphs at '\n'; each wrapped at whole words to `wrap_em` (<= 0: no wrapping).
    TextBlock wrap(const std::string& text, float wrap_em, bool bold);
    // The largest size (metres, at most max_m, at least min_m) at which the text wrapped fits w x h.
    std::optional<double> fit(const std::string& text, double w, double h, double min_m, double max_m,
                              TextBlock* block);
    // Writes the block centred on x = 0 of the plane with its top edge at `top` (plane metres).
    void emit(const TextBlock& block, const TextPlane& plane, double top, double size_m, uint32_t rgba,
              std::vector<GlyphQuad>& out);

private:
    GlyphAtlas& atlas_;
};

uint32_t rgba_of(uint32_t rgb, uint8_t alpha = 255);

// A booth's number at the top and its exhibitor's name and local name below, as on the maps.
void booth_plan_label(LabelWriter& writer, const BoothLook& booth, std::vector<GlyphQuad>& out);
// The fascia band of every open side of a shell booth: number and name on one line, read from the aisle.
void booth_fascia_labels(LabelWriter& writer, const BoothLook& booth, std::vector<GlyphQuad>& out);
// A single line centred at a point of the floor, `size_m` high; with `within`, moved as little as
// needed to lie inside that box (a label at the edge of the view stays readable).
void floor_label(LabelWriter& writer, const std::string& text, Vec2 at, double size_m, bool bold, uint32_t rgba,
                 std::vector<GlyphQuad>& out, const Box* within = nullptr);

} // namespace bp

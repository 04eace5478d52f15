// The window's font atlas: a Latin base font, Noto Sans CJK SC merged for Chinese, an Arabic font
// merged larger for pre-shaped Persian, each with only the glyphs in use (the interface's strings
// and the project's names), so the atlas stays small (DESIGN §6).
#pragma once

#include "text.h"

#include <string>
#include <vector>

struct ImFontAtlas;

namespace bp::win
{

struct FontSource
{
    enum class Role : uint8_t
    {
        Latin,
        Cjk,
        Arabic
    };
    Role role = Role::Latin;
    std::string path;
    int face = 0;    // font number in a collection (.ttc)
    float scale = 1; // size relative to the base size
};

// The list of assets/fonts/fonts.txt, compiled in.
std::vector<FontSource> default_font_sources();
// "role path [face] [scale]" per line, '#' comments. Throws std::runtime_error naming the line.
std::vector<FontSource> parse_font_sources(const std::string& text);

struct FontAtlasInfo
{
    std::vector<std::string> files; // fonts used
    size_t glyphs = 0;
    int width = 0, height = 0; // atlas texture
    double build_ms = 0;
};

class FontAtlasBuilder
{
public:
    explicit FontAtlasBuilder(std::vector<FontSource> sources) : sources_(std::move(sources)) {}

    // True when `needed` holds codepoints the last built atlas lacks (or nothing was built yet).
    bool missing(const CodepointSet& needed) const;
    // Rebuilds the atlas at `size_px` with the union of all codepoints asked for so far.
    FontAtlasInfo build(ImFontAtlas& atlas, const CodepointSet& needed, float size_px);

private:
    std::vector<FontSource> sources_;
    CodepointSet built_;
    bool any_built_ = false;
    float built_size_ = 0;
    // Glyph range arrays ImGui points into until the next build (ImWchar, zero-terminated).
    std::vector<std::vector<unsigned short>> ranges_;
};

} // namespace bp::win

// Building the font atlas from the fonts list and the codepoints in use.
#include "fonts.h"

#include "window_assets.h" // generated: the fonts list compiled in

#include <imgui.h>

#include <chrono>
#include <filesystem>
#include <sstream>
#include <stdexcept>

namespace bp::win
{

std::vector<FontSource> parse_font_sources(const std::string& text)
{
    std::vector<FontSource> out;
    std::istringstream in(text);
    std::string line;
    int n = 0;
    while (std::getline(in, line))
    {
        ++n;
        if (size_t hash = line.find('#'); hash != std::string::npos)
            line.resize(hash);
        std::istringstream fields(line);
        std::string role;
        FontSource f;
        if (!(fields >> role))
            continue;
        if (!(fields >> f.path))
            throw std::runtime_error("fonts.txt:" + std::to_string(n) + ": role " + role + " without a font file");
        if (role == "latin")
            f.role = FontSource::Role::Latin;
        else if (role == "cjk")
            f.role = FontSource::Role::Cjk;
        else if (role == "arabic")
            f.role = FontSource::Role::Arabic;
        else
            throw std::runtime_error("fonts.txt:" + std::to_string(n) + ": unknown role '" + role +
                                     "' (latin, cjk or arabic)");
        fields >> f.face >> f.scale;
        if (f.scale <= 0 || f.scale > 4)
            f.scale = 1;
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<FontSource> default_font_sources()
{
    return parse_font_sources(kFontList);
}

bool FontAtlasBuilder::missing(const CodepointSet& needed) const
{
    if (!any_built_)
        return true;
    std::vector<uint32_t> r = needed.ranges(1, 0xFFFF);
    for (size_t i = 0; i + 1 < r.size(); i += 2)
        for (uint32_t c = r[i]; c <= r[i + 1]; ++c)
            if (!built_.contains(c))
                return true;
    return false;
}

namespace
{

// ImGui glyph ranges (pairs, zero-terminated) of the codepoints of `set` that `keep` accepts.
std::vector<unsigned short> glyph_ranges(const CodepointSet& set, bool (*keep)(uint32_t))
{
    std::vector<unsigned short> out;
    std::vector<uint32_t> r = set.ranges(0x20, 0xFFFF);
    for (size_t i = 0; i + 1 < r.size(); i += 2)
    {
        uint32_t first = 0;
        bool open = false;
        for (uint32_t c = r[i]; c <= r[i + 1] + 1; ++c)
        {
            bool k = c <= r[i + 1] && keep(c);
            if (k && !open)
            {
                first = c;
                open = true;
            }
            else if (!k && open)
            {
                out.push_back(static_cast<unsigned short>(first));
                out.push_back(static_cast<unsigned short>(c - 1));
                open = false;
            }
        }
    }
    out.push_back(0);
    return out;
}

bool latin_role(uint32_t c)
{
    return !is_cjk(c) && !is_arabic(c);
}

} // namespace

FontAtlasInfo FontAtlasBuilder::build(ImFontAtlas& atlas, const CodepointSet& needed, float size_px)
{
    auto t0 = std::chrono::steady_clock::now();
    std::vector<uint32_t> r = needed.ranges(1, 0xFFFF);
    for (size_t i = 0; i + 1 < r.size(); i += 2)
        for (uint32_t c = r[i]; c <= r[i + 1]; ++c)
            built_.add(c);
    for (uint32_t c = 0x20; c < 0x7F; ++c)
        built_.add(c); // ASCII always: paths, numbers, anything typed
    built_.add(0xFFFD);
    any_built_ = true;
    built_size_ = size_px;

    atlas.Clear();
    ranges_.clear();
    ranges_.reserve(3);
    ranges_.push_back(glyph_ranges(built_, latin_role));
    ranges_.push_back(glyph_ranges(built_, is_cjk));
    ranges_.push_back(glyph_ranges(built_, is_arabic));
    FontAtlasInfo info;
    bool base = true;
    for (const FontSource& f : sources_)
    {
        const std::vector<unsigned short>& rg = ranges_[static_cast<size_t>(f.role)];
        std::error_code ec;
        if (rg.size() < 2 || !std::filesystem::exists(f.path, ec))
            continue;
        if (base && f.role != FontSource::Role::Latin)
            continue; // the first font must be the Latin base
        ImFontConfig cfg;
        cfg.MergeMode = !base;
        cfg.FontNo = f.face;
        cfg.OversampleH = 2;
        cfg.OversampleV = 1;
        cfg.PixelSnapH = true;
        cfg.GlyphRanges = rg.data();
        if (f.role != FontSource::Role::Latin)
            cfg.OversampleH = 1; // thousands of Han glyphs: keep the atlas small
        if (atlas.AddFontFromFileTTF(f.path.c_str(), size_px * (base ? 1.0f : f.scale), &cfg, rg.data()))
        {
            info.files.push_back(f.path);
            base = false;
        }
    }
    if (base)
        atlas.AddFontDefault(); // no font file found: ImGui's own (ASCII only)
    atlas.Build();
    info.width = atlas.TexWidth;
    info.height = atlas.TexHeight;
    info.glyphs = atlas.Fonts.Size > 0 ? static_cast<size_t>(atlas.Fonts[0]->Glyphs.Size) : 0;
    info.build_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return info;
}

} // namespace bp::win

// Wrapping, fitting and placing label text as glyph quads.
#include "labels.h"

#include <algorithm>
#include <cmath>

namespace bp
{

namespace
{

std::vector<std::u32string> split(const std::u32string& s, char32_t sep)
{
    std::vector<std::u32string> parts;
    std::u32string cur;
    for (char32_t c : s)
    {
        if (c == sep)
        {
            parts.push_back(cur);
            cur.clear();
        }
        else
            cur += c;
    }
    parts.push_back(cur);
    return parts;
}

void put(float* dst, glm::dvec3 v)
{
    dst[0] = static_cast<float>(v.x);
    dst[1] = static_cast<float>(v.y);
    dst[2] = static_cast<float>(v.z);
}

} // namespace

uint32_t rgba_of(uint32_t rgb, uint8_t alpha)
{
    return (rgb >> 16 & 0xFF) | (rgb & 0xFF00) | (rgb & 0xFF) << 16 | static_cast<uint32_t>(alpha) << 24;
}

TextBlock LabelWriter::wrap(const std::string& text, float wrap_em, bool bold)
{
    TextBlock b;
    b.bold = bold;
    for (const std::u32string& para : split(utf32(text), U'\n'))
    {
        std::vector<std::u32string> words = split(para, U' ');
        std::u32string line;
        auto flush = [&]
        {
            std::u32string v = visual_line(line);
            float w = atlas_.width(v, bold);
            b.lines.push_back(std::move(v));
            b.widths.push_back(w);
            b.width = std::max(b.width, w);
            line.clear();
        };
        for (const std::u32string& word : words)
        {
            if (word.empty())
                continue;
            if (line.empty())
            {
                line = word;
                continue;
            }
            std::u32string longer = line + U' ' + word;
            if (wrap_em > 0 && atlas_.width(visual_line(longer), bold) > wrap_em)
            {
                flush();
                line = word;
            }
            else
                line = std::move(longer);
        }
        flush();
    }
    return b;
}

std::optional<double> LabelWriter::fit(const std::string& text, double w, double h, double min_m, double max_m,
                                       TextBlock* block)
{
    if (w <= 0 || h <= 0 || text.empty())
        return std::nullopt;
    // As the booth maps do: estimate the best size for one to three lines, then shrink until it fits.
    TextBlock one = wrap(text, -1, false);
    double lh = atlas_.line_height();
    if (one.width <= 0)
        return std::nullopt;
    double best = 0;
    for (int lines = 1; lines <= 3; ++lines)
    {
        double by_width = w * lines / (one.width * 1.08);
        double by_height = h / (lh * static_cast<double>(one.lines.size()) * lines);
        best = std::max(best, std::min({by_width, by_height, max_m}));
    }
    for (double s = best; s >= min_m; s *= 0.88)
    {
        TextBlock b = wrap(text, static_cast<float>(w / s), false);
        if (b.width * s <= w + 1e-6 && static_cast<double>(b.lines.size()) * lh * s <= h + 1e-6)
        {
            *block = std::move(b);
            return s;
        }
    }
    return std::nullopt;
}

void LabelWriter::emit(const TextBlock& block, const TextPlane& plane, double top, double size_m, uint32_t rgba,
                       std::vector<GlyphQuad>& out)
{
    double lh = atlas_.line_height() * size_m, ascent = atlas_.ascent() * size_m;
    for (size_t i = 0; i < block.lines.size(); ++i)
    {
        double baseline = top - static_cast<double>(i) * lh - ascent;
        double x = -block.widths[i] * size_m / 2;
        for (char32_t c : block.lines[i])
        {
            const Glyph& g = atlas_.glyph(c, block.bold);
            if (!g.empty())
            {
                GlyphQuad q;
                put(q.origin, plane.centre + plane.right * (x + g.x0 * size_m) + plane.up * (baseline + g.y0 * size_m));
                put(q.x_axis, plane.right * (static_cast<double>(g.x1 - g.x0) * size_m));
                put(q.y_axis, plane.up * (static_cast<double>(g.y1 - g.y0) * size_m));
                q.em = static_cast<float>(size_m);
                q.uv[0] = g.u0;
                q.uv[1] = g.v0;
                q.uv[2] = g.u1;
                q.uv[3] = g.v1;
                q.rgba = rgba;
                out.push_back(q);
            }
            x += g.advance * size_m;
        }
    }
}

void booth_plan_label(LabelWriter& writer, const BoothLook& booth, std::vector<GlyphQuad>& out)
{
    const LabelFrame& f = booth.label;
    double w = f.w, h = f.h;
    TextPlane plane{{f.centre.x, f.centre.y, 0.0}, {std::cos(f.angle), std::sin(f.angle), 0}, {}};
    plane.up = {-plane.right.y, plane.right.x, 0};
    uint32_t ink = rgba_of(booth.ink);
    double lh = writer.atlas().line_height();
    double pad = std::min(w, h) * 0.06;
    double num = std::min({w * 0.16, h * 0.2, 0.9});
    TextBlock number = writer.wrap(booth.number, -1, true);
    if (number.width * num > w - 2 * pad && number.width > 0)
        num = (w - 2 * pad) / number.width;
    double nh = lh * num;
    if (!booth.exhibitor.valid())
    {
        writer.emit(number, plane, nh / 2, num, ink, out);
        return;
    }
    writer.emit(number, plane, h / 2 - pad, num, ink, out);
    double bw = w - 2 * pad, bh = h - nh - 2 * pad;
    std::string both = booth.name_local.empty() ? booth.name : booth.name + "\n" + booth.name_local;
    TextBlock name;
    std::optional<double> s = writer.fit(both, bw, bh, 0.03, 0.6, &name);
    if (!s && both != booth.name)
        s = writer.fit(booth.name, bw, bh, 0.03, 0.6, &name);
    if (s)
    {
        double fh = static_cast<double>(name.lines.size()) * lh * *s;
        writer.emit(name, plane, -((nh + pad) / 2 - fh / 2), *s, ink, out);
    }
}

void booth_fascia_labels(LabelWriter& writer, const BoothLook& booth, std::vector<GlyphQuad>& out)
{
    if (booth.raw)
        return;
    std::string name = booth.name_local.empty() ? booth.name : booth.name_local;
    std::string line = name.empty() ? booth.number : booth.number + "  " + name;
    uint32_t ink = rgba_of(booth.ink);
    TextBlock full = writer.wrap(line, -1, false), number = writer.wrap(booth.number, -1, true);
    for (int s = 0; s < 4; ++s)
    {
        if (!booth.open[s])
            continue;
        const Segment side = booth.side(s);
        Vec2 mid = (side.a + side.b) * 0.5, n = booth.outward(s);
        double len = distance(side.a, side.b), room = len - 0.3;
        // Read from the aisle: the reader looks along -n, so the text runs along (-n) x up.
        TextPlane plane{
            {mid.x + n.x * 0.012, mid.y + n.y * 0.012, kShellWall_m - kFascia_m / 2}, {-n.y, n.x, 0}, {0, 0, 1}};
        double size = std::min(kFascia_m * 0.62, room / std::max(full.width, 0.01f));
        const TextBlock* shown = &full;
        if (size < 0.09)
        {
            shown = &number;
            size = std::min(kFascia_m * 0.62, room / std::max(number.width, 0.01f));
        }
        double lh = writer.atlas().line_height() * size;
        writer.emit(*shown, plane, lh / 2, size, ink, out);
    }
}

void floor_label(LabelWriter& writer, const std::string& text, Vec2 at, double size_m, bool bold, uint32_t rgba,
                 std::vector<GlyphQuad>& out, const Box* within)
{
    TextBlock b = writer.wrap(text, -1, bold);
    if (within && !within->empty())
    {
        const double half_w = b.width * size_m / 2 + size_m * 0.3, half_h = writer.atlas().line_height() * size_m / 2;
        auto keep = [](double c, double half, double lo, double hi)
        { return hi - lo < 2 * half ? (lo + hi) / 2 : std::clamp(c, lo + half, hi - half); };
        at.x = keep(at.x, half_w, within->min.x, within->max.x);
        at.y = keep(at.y, half_h, within->min.y, within->max.y);
    }
    TextPlane plane{{at.x, at.y, 0.0}, {1, 0, 0}, {0, 1, 0}};
    writer.emit(b, plane, writer.atlas().line_height() * size_m / 2, size_m, rgba, out);
}

} // namespace bp

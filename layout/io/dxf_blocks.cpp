// Block INSERTs exploded into model space with their transforms, and texts placed (see
// dxf_geometry.h).
#include "dxf_geometry.h"

#include "layout/model/diagnostics.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace bp
{

namespace
{

constexpr double kPi = 3.14159265358979323846;
constexpr long kMaxPlaced = 2000000;
constexpr size_t kMaxDepth = 32;

std::string upper(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

size_t utf8_chars(const std::string& s)
{
    size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n;
}

} // namespace

double DxfTransform::max_scale() const
{
    // Largest singular value of [[a b] [c d]].
    double s1 = a * a + b * b + c * c + d * d, det = a * d - b * c;
    double disc = std::sqrt(std::max(0.0, s1 * s1 / 4 - det * det));
    return std::sqrt(std::max(1e-300, s1 / 2 + disc));
}

double DxfTransform::mean_scale() const
{
    return std::sqrt(std::fabs(a * d - b * c));
}

DxfTransform DxfTransform::then(const DxfTransform& o) const
{
    return {o.a * a + o.b * c, o.a * b + o.b * d,          o.c * a + o.d * c,
            o.c * b + o.d * d, o.a * tx + o.b * ty + o.tx, o.c * tx + o.d * ty + o.ty};
}

DxfGeometry::DxfGeometry(const DxfDrawing& drawing, const std::string& file, double tolerance)
    : drawing_(drawing), file_(file), tol_(tolerance)
{
}

bool DxfGeometry::has_geometry(const std::string& type)
{
    static const char* types[] = {"LINE",     "ARC",   "CIRCLE", "ELLIPSE", "LWPOLYLINE",
                                  "POLYLINE", "SOLID", "TRACE",  "HATCH",   "SPLINE"};
    return std::find_if(std::begin(types), std::end(types), [&](const char* t) { return type == t; }) !=
           std::end(types);
}

void DxfGeometry::for_each(const std::function<void(const DxfPlaced&, const DxfTransform&)>& visit) const
{
    std::map<std::string, size_t> by_name;
    for (size_t i = 0; i < drawing_.blocks.size(); ++i)
        by_name.emplace(upper(drawing_.blocks[i].name), i);
    long placed = 0;
    std::vector<size_t> open; // blocks being exploded, to refuse a block that inserts itself
    std::function<void(const std::vector<DxfEntity>&, const std::string*, const DxfTransform&, int)> walk;
    walk = [&](const std::vector<DxfEntity>& entities, const std::string* insert_layer, const DxfTransform& t,
               int top_line)
    {
        for (const DxfEntity& e : entities)
        {
            if (++placed > kMaxPlaced)
                throw InputError(file_, top_line ? top_line : e.line, "",
                                 "more than 2,000,000 entities once blocks are exploded");
            const std::string& layer = insert_layer && e.layer == "0" ? *insert_layer : e.layer;
            int line = top_line ? top_line : e.line;
            if (e.type != "INSERT")
            {
                visit({e, layer, line}, t);
                continue;
            }
            DxfEntityTags g(e, file_);
            const std::string* name = g.str(2);
            auto found = name ? by_name.find(upper(*name)) : by_name.end();
            if (found == by_name.end())
            {
                visit({e, layer, line}, t); // an INSERT of no block: counted, draws nothing
                continue;
            }
            if (std::find(open.begin(), open.end(), found->second) != open.end() || open.size() >= kMaxDepth)
                throw InputError(file_, e.line, "",
                                 "block '" + *name + "' inserts itself or nests deeper than 32 blocks");
            const DxfBlock& block = drawing_.blocks[found->second];
            double sx = g.num(41, 1), sy = g.num(42, 1), rot = g.num(50) * kPi / 180;
            int cols = std::max(1, g.integer(70, 1)), rows = std::max(1, g.integer(71, 1));
            double cs = g.num(44), rs = g.num(45);
            double cr = std::cos(rot), sr = std::sin(rot), flip = g.mirrored() ? -1 : 1;
            Vec2 at{g.num(10), g.num(20)};
            open.push_back(found->second);
            for (int row = 0; row < rows; ++row)
                for (int col = 0; col < cols; ++col)
                {
                    if (placed > kMaxPlaced)
                        throw InputError(file_, line, "", "more than 2,000,000 entities once blocks are exploded");
                    // p -> rotate(scale(p - base) + array offset) + insertion point, then the OCS flip.
                    double ox = col * cs, oy = row * rs;
                    DxfTransform local{flip * cr * sx,
                                       -flip * sr * sy,
                                       sr * sx,
                                       cr * sy,
                                       flip * (cr * (ox - sx * block.base_x) - sr * (oy - sy * block.base_y) + at.x),
                                       sr * (ox - sx * block.base_x) + cr * (oy - sy * block.base_y) + at.y};
                    walk(block.entities, &layer, local.then(t), line);
                }
            open.pop_back();
        }
    };
    walk(drawing_.entities, nullptr, DxfTransform{}, 0);
}

std::optional<DxfText> DxfGeometry::text(const DxfEntity& e, const DxfTransform& t) const
{
    bool mtext = e.type == "MTEXT";
    if (!mtext && e.type != "TEXT" && e.type != "ATTRIB")
        return std::nullopt;
    DxfEntityTags g(e, file_);
    std::string raw;
    for (const DxfTag& tag : e.tags)
        if (tag.code == 3 && mtext)
            raw += tag.value;
    if (const std::string* s = g.str(1))
        raw += *s;
    DxfText out;
    out.text = dxf_text(raw, mtext);
    if (out.text.empty())
        return std::nullopt;
    double h = std::fabs(g.num(40, 1));
    double rot = g.num(50) * kPi / 180;
    Vec2 offset, anchor;
    if (mtext)
    {
        if (g.str(11))
            rot = std::atan2(g.num(21), g.num(11));
        int lines = 1;
        for (size_t i = 0; i + 1 < raw.size(); ++i)
            if (raw[i] == '\\' && raw[i + 1] == 'P')
                ++lines;
        size_t longest = utf8_chars(out.text) / static_cast<size_t>(lines);
        double w = g.num(41) > 0 ? std::min(g.num(41), 0.6 * h * static_cast<double>(longest) + h)
                                 : 0.6 * h * static_cast<double>(longest);
        double total = h * (1 + 1.67 * (lines - 1));
        int att = std::clamp(g.integer(71, 1), 1, 9);
        int col = (att - 1) % 3, row = (att - 1) / 3;
        offset = {col == 0 ? w / 2 : col == 1 ? 0 : -w / 2, row == 0 ? -total / 2 : row == 1 ? 0 : total / 2};
        anchor = {g.num(10), g.num(20)};
    }
    else
    {
        double w = 0.6 * h * static_cast<double>(utf8_chars(out.text));
        int ha = g.integer(72), va = g.integer(e.type == "ATTRIB" ? 74 : 73);
        Vec2 first{g.num(10), g.num(20)}, second{g.num(11, first.x), g.num(21, first.y)};
        if (ha == 3 || ha == 5) // aligned or fitted between the two points
        {
            anchor = (first + second) * 0.5;
            rot = std::atan2(second.y - first.y, second.x - first.x);
            offset = {0, h / 2};
        }
        else
        {
            anchor = ha == 0 && va == 0 ? first : second;
            double dx = ha == 0 ? w / 2 : ha == 2 ? -w / 2 : 0;
            double dy = ha == 4 || va == 2 ? 0 : va == 3 ? -h / 2 : h / 2;
            offset = {dx, dy};
        }
        if (g.mirrored())
        {
            anchor.x = -anchor.x;
            offset.x = -offset.x;
        }
    }
    Vec2 centre{anchor.x + offset.x * std::cos(rot) - offset.y * std::sin(rot),
                anchor.y + offset.x * std::sin(rot) + offset.y * std::cos(rot)};
    out.at = t.apply(centre);
    out.height = h * t.mean_scale();
    return out;
}

} // namespace bp

// Mesh building for the glTF scene: venue frame to glTF frame, ear-clipping triangulation.
#include "gltf_mesh.h"

#include <cmath>

namespace bp
{

namespace
{
Vec3 sub(Vec3 a, Vec3 b)
{
    return {a.x - b.x, a.y - b.y, a.z - b.z};
}
Vec3 cross3(Vec3 a, Vec3 b)
{
    return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}
double dot3(Vec3 a, Vec3 b)
{
    return a.x * b.x + a.y * b.y + a.z * b.z;
}
Vec3 unit(Vec3 v)
{
    double l = std::sqrt(dot3(v, v));
    return l > 0 ? Vec3{v.x / l, v.y / l, v.z / l} : Vec3{0, 0, 1};
}

bool inside_triangle(Vec2 p, Vec2 a, Vec2 b, Vec2 c)
{
    return cross(b - a, p - a) >= 0 && cross(c - b, p - b) >= 0 && cross(a - c, p - c) >= 0;
}
} // namespace

uint32_t MeshBuilder::vertex(Vec3 p, Vec3 n, uint32_t rgb, uint8_t alpha)
{
    // Venue (x, y, z) -> glTF (x, z, -y): a rotation, so windings keep their sense.
    positions.insert(positions.end(), {float(p.x), float(p.z), float(-p.y)});
    normals.insert(normals.end(), {float(n.x), float(n.z), float(-n.y)});
    colours.insert(colours.end(), {uint8_t(rgb >> 16), uint8_t(rgb >> 8), uint8_t(rgb), alpha});
    return static_cast<uint32_t>(vertex_count() - 1);
}

void MeshBuilder::quad(Vec3 a, Vec3 b, Vec3 c, Vec3 d, Vec3 facing, uint32_t rgb, uint8_t alpha)
{
    Vec3 n = unit(facing);
    uint32_t i0 = vertex(a, n, rgb, alpha), i1 = vertex(b, n, rgb, alpha), i2 = vertex(c, n, rgb, alpha),
             i3 = vertex(d, n, rgb, alpha);
    if (dot3(cross3(sub(b, a), sub(c, a)), n) >= 0)
        indices.insert(indices.end(), {i0, i1, i2, i0, i2, i3});
    else
        indices.insert(indices.end(), {i0, i2, i1, i0, i3, i2});
}

void MeshBuilder::floor(const Polygon& poly, double z, uint32_t rgb, bool up)
{
    Polygon ccw = counter_clockwise(poly);
    Vec3 n{0, 0, up ? 1.0 : -1.0};
    uint32_t base = static_cast<uint32_t>(vertex_count());
    for (Vec2 p : ccw)
        vertex({p.x, p.y, z}, n, rgb, 255);
    for (auto t : triangulate(ccw))
    {
        if (up)
            indices.insert(indices.end(), {base + t[0], base + t[1], base + t[2]});
        else
            indices.insert(indices.end(), {base + t[0], base + t[2], base + t[1]});
    }
}

void MeshBuilder::panel(Vec2 a, Vec2 b, double z0, double z1, uint32_t rgb, uint8_t alpha)
{
    Vec2 d = normalized(b - a);
    Vec3 n{d.y, -d.x, 0}; // right of a->b: outward for a counter-clockwise outline
    quad({a.x, a.y, z0}, {b.x, b.y, z0}, {b.x, b.y, z1}, {a.x, a.y, z1}, n, rgb, alpha);
}

void MeshBuilder::prism(const Polygon& poly, double z0, double z1, uint32_t rgb)
{
    Polygon ccw = counter_clockwise(poly);
    for (size_t i = 0; i < ccw.size(); ++i)
        panel(ccw[i], ccw[(i + 1) % ccw.size()], z0, z1, rgb);
    floor(ccw, z1, rgb, true);
}

std::vector<std::array<uint32_t, 3>> triangulate(const Polygon& poly)
{
    std::vector<std::array<uint32_t, 3>> out;
    std::vector<uint32_t> idx(poly.size());
    for (uint32_t i = 0; i < idx.size(); ++i)
        idx[i] = i;
    while (idx.size() > 3)
    {
        bool clipped = false;
        for (size_t i = 0; i < idx.size(); ++i)
        {
            uint32_t a = idx[(i + idx.size() - 1) % idx.size()], b = idx[i], c = idx[(i + 1) % idx.size()];
            if (cross(poly[b] - poly[a], poly[c] - poly[b]) <= 1e-12)
                continue; // reflex or flat
            bool empty = true;
            for (uint32_t k : idx)
                if (k != a && k != b && k != c && inside_triangle(poly[k], poly[a], poly[b], poly[c]))
                {
                    empty = false;
                    break;
                }
            if (!empty)
                continue;
            out.push_back({a, b, c});
            idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(i));
            clipped = true;
            break;
        }
        if (!clipped)
        {
            // Degenerate input (collinear runs): drop a flat vertex, or fan what remains.
            bool dropped = false;
            for (size_t i = 0; i < idx.size() && !dropped; ++i)
            {
                uint32_t a = idx[(i + idx.size() - 1) % idx.size()], b = idx[i], c = idx[(i + 1) % idx.size()];
                if (std::fabs(cross(poly[b] - poly[a], poly[c] - poly[b])) <= 1e-12)
                {
                    idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(i));
                    dropped = true;
                }
            }
            if (!dropped)
            {
                for (size_t i = 1; i + 1 < idx.size(); ++i)
                    out.push_back({idx[0], idx[i], idx[i + 1]});
                return out;
            }
        }
    }
    if (idx.size() == 3)
        out.push_back({idx[0], idx[1], idx[2]});
    return out;
}

} // namespace bp

// Triangle meshes for the glTF scene, built in venue metres (x east, y north, z up) and stored in
// glTF's frame (y up, -z north): quads, prisms, boxes and triangulated floors with vertex colours.
#pragma once

#include "layout/geometry/geometry.h"

#include <array>
#include <cstdint>
#include <vector>

namespace bp
{

struct Vec3
{
    double x = 0, y = 0, z = 0;
};

class MeshBuilder
{
public:
    std::vector<float> positions, normals; // glTF frame, 3 per vertex
    std::vector<uint8_t> colours;          // RGBA, 4 per vertex
    std::vector<uint32_t> indices;

    bool empty() const { return indices.empty(); }
    size_t vertex_count() const { return positions.size() / 3; }

    // A flat quad a-b-c-d (venue frame) facing `facing`.
    void quad(Vec3 a, Vec3 b, Vec3 c, Vec3 d, Vec3 facing, uint32_t rgb, uint8_t alpha = 255);
    // A horizontal polygon at height z facing up (or down), triangulated by ear clipping.
    void floor(const Polygon& poly, double z, uint32_t rgb, bool up = true);
    // Vertical sides and top of a polygon extruded from z0 to z1.
    void prism(const Polygon& poly, double z0, double z1, uint32_t rgb);
    // A vertical panel over segment a-b from z0 to z1.
    void panel(Vec2 a, Vec2 b, double z0, double z1, uint32_t rgb, uint8_t alpha = 255);

private:
    uint32_t vertex(Vec3 p, Vec3 n, uint32_t rgb, uint8_t alpha);
};

// Triangles (indices into poly) of a simple polygon, counter-clockwise.
std::vector<std::array<uint32_t, 3>> triangulate(const Polygon& poly);

} // namespace bp

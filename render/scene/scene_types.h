// Vertex formats and layers of the GL-free scene: what the GPU buffers hold, kept on the CPU so
// that edits patch byte ranges and tests count triangles without a display.
#pragma once

#include <glm/glm.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace bp
{

// A plain coloured vertex (plan fills and lines).
struct FillVertex
{
    float x, y, z;
    uint32_t rgba; // bytes r, g, b, a
};
static_assert(sizeof(FillVertex) == 16);

// A lit vertex of the 3D scene.
struct LitVertex
{
    float x, y, z;
    int8_t n[4]; // normal * 127, w unused
    uint32_t rgba;
};
static_assert(sizeof(LitVertex) == 20);

// One of the six vertices of a stroke drawn a number of pixels wide whatever the zoom: both ends
// of the segment, and which end and side of it this vertex is.
struct StrokeVertex
{
    float a[3], b[3];
    float end, side; // end 0 (at a) or 1 (at b); side -1 or 1
    float width_px;
    uint32_t rgba;
};
static_assert(sizeof(StrokeVertex) == 40);

// One of the six vertices of a marker of a fixed pixel size at a point.
struct MarkerVertex
{
    float at[3];
    float corner[2]; // -1 or 1
    float size_px;
    uint32_t rgba;
};
static_assert(sizeof(MarkerVertex) == 28);

// Vertices of a layer with the range each hall owns (halls are contiguous, in hall order).
struct Range
{
    uint32_t first = 0, count = 0;
};

template <class V> struct Layer
{
    std::vector<V> vertices;
    std::vector<Range> halls;
    std::vector<uint32_t> capacity; // vertices each hall's range may grow to in place
    size_t bytes() const { return vertices.size() * sizeof(V); }
    // Opens the range of the next hall (call for halls in order).
    void begin_hall() { halls.push_back({static_cast<uint32_t>(vertices.size()), 0}); }
    // Closes it, leaving room for a quarter more vertices (unused room is zeros, never drawn).
    void end_hall(bool slack = false)
    {
        halls.back().count = static_cast<uint32_t>(vertices.size()) - halls.back().first;
        uint32_t room = slack ? halls.back().count / 4 + 24 : 0;
        vertices.resize(vertices.size() + room, V{});
        capacity.push_back(halls.back().count + room);
    }
    // Replaces a hall's vertices in place; false (nothing changed) when they do not fit its room.
    bool replace_hall(size_t hall, const std::vector<V>& v)
    {
        Range& r = halls[hall];
        if (v.size() > capacity[hall])
            return false;
        std::copy(v.begin(), v.end(), vertices.begin() + r.first);
        std::fill(vertices.begin() + r.first + static_cast<long>(v.size()), vertices.begin() + r.first + capacity[hall],
                  V{});
        r.count = static_cast<uint32_t>(v.size());
        return true;
    }
    Range room(size_t hall) const { return {halls[hall].first, capacity[hall]}; }
};

// Appends a stroke's six vertices.
void add_stroke(std::vector<StrokeVertex>& out, glm::vec3 a, glm::vec3 b, float width_px, uint32_t rgba);
// Appends a marker's six vertices.
void add_marker(std::vector<MarkerVertex>& out, glm::vec3 at, float size_px, uint32_t rgba);

} // namespace bp

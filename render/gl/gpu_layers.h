// The scene's layers on the GPU: one vertex buffer per layer with its vertex array, drawn for the
// visible halls' ranges in as few calls as their contiguity allows; glyph batches as instances.
#pragma once

#include "gl_util.h"
#include "render/scene/hall_maps.h"
#include "render/scene/hall_scene.h"
#include "render/scene/labels.h"
#include "render/scene/scene_types.h"

#include <functional>
#include <memory>
#include <vector>

namespace bp::gl
{

// Counters of one frame.
struct DrawCount
{
    int calls = 0;
    int64_t triangles = 0;
};

enum class VertexFormat
{
    Fill,
    Stroke,
    Marker,
    Lit,
    Map
};

class GpuLayer
{
public:
    GpuLayer(VertexFormat format, GLenum mode);
    template <class V> void upload(const std::vector<V>& vertices, GLenum usage = GL_STATIC_DRAW)
    {
        count_ = vertices.size();
        buffer_.upload(vertices, usage);
        setup();
    }
    template <class V> void write(const std::vector<V>& vertices, Range r)
    {
        buffer_.write(r.first * sizeof(V), &vertices[r.first], r.count * sizeof(V));
    }
    // Every vertex, or the vertices of the halls listed (ranges of a Layer, by hall index).
    void draw_all(DrawCount& n) const;
    void draw_halls(const std::vector<Range>& ranges, const std::vector<int>& halls, DrawCount& n) const;
    size_t vertices() const { return count_; }

private:
    VertexFormat format_;
    GLenum mode_;
    Buffer buffer_;
    std::unique_ptr<VertexArray> vao_;
    size_t count_ = 0;
    void setup();
    void count(GLsizei vertices, DrawCount& n) const;
};

// A batch of glyph quads, drawn as triangles.
// Glyphs kept in tiles of the floor (by where each glyph starts), so that a view of part of a hall
// sends only the glyphs of the tiles it sees: llvmpipe pays for every triangle set up.
class GlyphBatch
{
public:
    GlyphBatch();
    void upload(const std::vector<GlyphQuad>& quads);
    void draw(DrawCount& n) const;
    // What is known of a tile before its glyphs are sent: where they reach and how large they are.
    struct TileExtent
    {
        Box reach;    // every vertex, from above (venue metres)
        float z0, z1; // lowest and highest anchor
        float em;     // the largest text
    };
    using TileFilter = std::function<bool(const TileExtent&)>;
    // Only the tiles for which `seen` says true.
    void draw_tiles(const TileFilter& seen, DrawCount& n) const;
    size_t size() const { return count_; } // vertices
    size_t bytes() const { return buffer_.size(); }

private:
    struct Tile
    {
        Range vertices;
        TileExtent extent{Box{}, 1e30f, -1e30f, 0};
    };
    Buffer buffer_;
    std::unique_ptr<VertexArray> vao_;
    size_t count_ = 0;
    std::vector<Tile> tiles_; // in buffer order
};

// The instanced shell booths: the template mesh and every booth's instance.
class BoothInstances
{
public:
    BoothInstances();
    void upload(const std::vector<BoothInstance>& instances);
    void write_range(const std::vector<BoothInstance>& instances, Range r);
    // Draws the booths of the listed hall ranges (one call per range: GL 3.3 has no base instance).
    void draw(const std::vector<Range>& ranges, const std::vector<int>& halls, DrawCount& n) const;

private:
    Buffer template_, indices_, instances_;
    std::unique_ptr<VertexArray> vao_;
    GLsizei template_indices_ = 0;
    void point_instances(uint32_t first) const;
};

} // namespace bp::gl

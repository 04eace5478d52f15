// Vertex layouts of the scene's formats, and drawing hall ranges with glMultiDrawArrays.
#include "gpu_layers.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace bp::gl
{

GpuLayer::GpuLayer(VertexFormat format, GLenum mode) : format_(format), mode_(mode), vao_(new VertexArray) {}

void GpuLayer::setup()
{
    vao_->bind();
    static_assert(offsetof(FillVertex, rgba) == 12 && offsetof(LitVertex, n) == 12 && offsetof(LitVertex, rgba) == 16);
    switch (format_)
    {
    case VertexFormat::Fill:
        attribute(0, buffer_, 3, GL_FLOAT, false, sizeof(FillVertex), 0);
        attribute(1, buffer_, 4, GL_UNSIGNED_BYTE, true, sizeof(FillVertex), 12);
        break;
    case VertexFormat::Stroke:
        attribute(0, buffer_, 3, GL_FLOAT, false, sizeof(StrokeVertex), offsetof(StrokeVertex, a));
        attribute(1, buffer_, 3, GL_FLOAT, false, sizeof(StrokeVertex), offsetof(StrokeVertex, b));
        attribute(2, buffer_, 2, GL_FLOAT, false, sizeof(StrokeVertex), offsetof(StrokeVertex, end));
        attribute(3, buffer_, 1, GL_FLOAT, false, sizeof(StrokeVertex), offsetof(StrokeVertex, width_px));
        attribute(4, buffer_, 4, GL_UNSIGNED_BYTE, true, sizeof(StrokeVertex), offsetof(StrokeVertex, rgba));
        break;
    case VertexFormat::Marker:
        attribute(0, buffer_, 3, GL_FLOAT, false, sizeof(MarkerVertex), offsetof(MarkerVertex, at));
        attribute(1, buffer_, 2, GL_FLOAT, false, sizeof(MarkerVertex), offsetof(MarkerVertex, corner));
        attribute(2, buffer_, 1, GL_FLOAT, false, sizeof(MarkerVertex), offsetof(MarkerVertex, size_px));
        attribute(3, buffer_, 4, GL_UNSIGNED_BYTE, true, sizeof(MarkerVertex), offsetof(MarkerVertex, rgba));
        break;
    case VertexFormat::Map:
        attribute(0, buffer_, 3, GL_FLOAT, false, sizeof(MapVertex), 0);
        attribute(1, buffer_, 2, GL_FLOAT, false, sizeof(MapVertex), offsetof(MapVertex, u));
        break;
    case VertexFormat::Lit:
        attribute(0, buffer_, 3, GL_FLOAT, false, sizeof(LitVertex), 0);
        attribute(1, buffer_, 3, GL_BYTE, true, sizeof(LitVertex), 12);
        attribute(2, buffer_, 4, GL_UNSIGNED_BYTE, true, sizeof(LitVertex), 16);
        break;
    }
}

void GpuLayer::count(GLsizei vertices, DrawCount& n) const
{
    ++n.calls;
    if (mode_ == GL_TRIANGLES)
        n.triangles += vertices / 3;
}

void GpuLayer::draw_all(DrawCount& n) const
{
    if (count_ == 0)
        return;
    vao_->bind();
    glDrawArrays(mode_, 0, static_cast<GLsizei>(count_));
    count(static_cast<GLsizei>(count_), n);
}

void GpuLayer::draw_halls(const std::vector<Range>& ranges, const std::vector<int>& halls, DrawCount& n) const
{
    // Neighbouring halls' ranges are contiguous: merge them into one run each.
    std::vector<GLint> first;
    std::vector<GLsizei> counts;
    GLsizei total = 0;
    for (int h : halls)
    {
        const Range& r = ranges[static_cast<size_t>(h)];
        if (r.count == 0)
            continue;
        if (!first.empty() && static_cast<uint32_t>(first.back() + counts.back()) == r.first)
            counts.back() += static_cast<GLsizei>(r.count);
        else
        {
            first.push_back(static_cast<GLint>(r.first));
            counts.push_back(static_cast<GLsizei>(r.count));
        }
        total += static_cast<GLsizei>(r.count);
    }
    if (first.empty())
        return;
    vao_->bind();
    glMultiDrawArrays(mode_, first.data(), counts.data(), static_cast<GLsizei>(first.size()));
    count(total, n);
}

namespace
{
// A glyph quad as two plain triangles: llvmpipe draws many tiny instances far slower than the same
// vertices in one batch.
struct GlyphVertex
{
    float pos[3];
    float anchor[3]; // the glyph's corner: every vertex of a glyph decides its level of detail alike
    uint16_t uv[2];
    uint32_t rgba;
    float em;
};
static_assert(sizeof(GlyphVertex) == 36);
} // namespace

GlyphBatch::GlyphBatch() : vao_(new VertexArray) {}

void GlyphBatch::upload(const std::vector<GlyphQuad>& quads)
{
    // Glyphs sorted by tile, keeping their order within a tile (text drawn over text stays so).
    constexpr double kTileM = 12;
    auto tile_of = [&](const GlyphQuad& q)
    {
        return std::pair{static_cast<int64_t>(std::floor(q.origin[1] / kTileM)),
                         static_cast<int64_t>(std::floor(q.origin[0] / kTileM))};
    };
    std::vector<uint32_t> order(quads.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<uint32_t>(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t a, uint32_t b) { return tile_of(quads[a]) < tile_of(quads[b]); });
    std::vector<GlyphVertex> v;
    v.reserve(quads.size() * 6);
    tiles_.clear();
    for (size_t k = 0; k < order.size(); ++k)
    {
        const GlyphQuad& q = quads[order[k]];
        if (k == 0 || tile_of(q) != tile_of(quads[order[k - 1]]))
            tiles_.push_back({{static_cast<uint32_t>(v.size()), 0}});
        Tile& t = tiles_.back();
        const float corner[6][2] = {{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {0, 1}};
        for (const auto& c : corner)
        {
            GlyphVertex g;
            for (int i = 0; i < 3; ++i)
            {
                g.pos[i] = q.origin[i] + q.x_axis[i] * c[0] + q.y_axis[i] * c[1];
                g.anchor[i] = q.origin[i];
            }
            g.uv[0] = c[0] > 0 ? q.uv[2] : q.uv[0];
            g.uv[1] = c[1] > 0 ? q.uv[1] : q.uv[3]; // texel rows run down, glyphs up
            g.rgba = q.rgba;
            g.em = q.em;
            v.push_back(g);
            t.extent.reach.add({g.pos[0], g.pos[1]});
        }
        t.extent.z0 = std::min(t.extent.z0, q.origin[2]);
        t.extent.z1 = std::max(t.extent.z1, q.origin[2]);
        t.extent.em = std::max(t.extent.em, q.em);
        t.vertices.count += 6;
    }
    count_ = v.size();
    buffer_.upload(v);
    vao_->bind();
    attribute(0, buffer_, 3, GL_FLOAT, false, sizeof(GlyphVertex), offsetof(GlyphVertex, pos));
    attribute(1, buffer_, 3, GL_FLOAT, false, sizeof(GlyphVertex), offsetof(GlyphVertex, anchor));
    attribute(2, buffer_, 2, GL_UNSIGNED_SHORT, false, sizeof(GlyphVertex), offsetof(GlyphVertex, uv));
    attribute(3, buffer_, 4, GL_UNSIGNED_BYTE, true, sizeof(GlyphVertex), offsetof(GlyphVertex, rgba));
    attribute(4, buffer_, 1, GL_FLOAT, false, sizeof(GlyphVertex), offsetof(GlyphVertex, em));
}

void GlyphBatch::draw(DrawCount& n) const
{
    if (count_ == 0)
        return;
    vao_->bind();
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(count_));
    ++n.calls;
    n.triangles += static_cast<int64_t>(count_) / 3;
}

void GlyphBatch::draw_tiles(const TileFilter& seen, DrawCount& n) const
{
    std::vector<GLint> first;
    std::vector<GLsizei> counts;
    GLsizei total = 0;
    for (const Tile& t : tiles_)
    {
        if (!seen(t.extent))
            continue;
        if (!first.empty() && static_cast<uint32_t>(first.back() + counts.back()) == t.vertices.first)
            counts.back() += static_cast<GLsizei>(t.vertices.count);
        else
        {
            first.push_back(static_cast<GLint>(t.vertices.first));
            counts.push_back(static_cast<GLsizei>(t.vertices.count));
        }
        total += static_cast<GLsizei>(t.vertices.count);
    }
    if (first.empty())
        return;
    vao_->bind();
    glMultiDrawArrays(GL_TRIANGLES, first.data(), counts.data(), static_cast<GLsizei>(first.size()));
    ++n.calls;
    n.triangles += total / 3;
}

BoothInstances::BoothInstances() : vao_(new VertexArray)
{
    BoothTemplate t = booth_template();
    template_indices_ = static_cast<GLsizei>(t.indices.size());
    template_.upload(t.vertices);
    indices_.upload(t.indices);
}

void BoothInstances::upload(const std::vector<BoothInstance>& instances)
{
    instances_.upload(instances);
    vao_->bind();
    attribute(0, template_, 4, GL_FLOAT, false, sizeof(TemplateVertex), 0);
    attribute(1, template_, 1, GL_FLOAT, false, sizeof(TemplateVertex), offsetof(TemplateVertex, part));
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, indices_.id()); // kept by the vertex array
}

void BoothInstances::write_range(const std::vector<BoothInstance>& instances, Range r)
{
    if (r.count)
        instances_.write(r.first * sizeof(BoothInstance), &instances[r.first], r.count * sizeof(BoothInstance));
}

void BoothInstances::point_instances(uint32_t first) const
{
    size_t base = first * sizeof(BoothInstance);
    attribute(2, instances_, 2, GL_FLOAT, false, sizeof(BoothInstance), base + offsetof(BoothInstance, origin), 1);
    attribute(3, instances_, 2, GL_FLOAT, false, sizeof(BoothInstance), base + offsetof(BoothInstance, along), 1);
    attribute(4, instances_, 3, GL_FLOAT, false, sizeof(BoothInstance), base + offsetof(BoothInstance, size), 1);
    attribute(5, instances_, 4, GL_UNSIGNED_BYTE, true, sizeof(BoothInstance), base + offsetof(BoothInstance, rgba), 1);
    glBindBuffer(GL_ARRAY_BUFFER, instances_.id());
    glEnableVertexAttribArray(6);
    glVertexAttribIPointer(6, 1, GL_UNSIGNED_INT, sizeof(BoothInstance),
                           reinterpret_cast<const void*>(base + offsetof(BoothInstance, flags)));
    glVertexAttribDivisor(6, 1);
}

void BoothInstances::draw(const std::vector<Range>& ranges, const std::vector<int>& halls, DrawCount& n) const
{
    vao_->bind();
    for (int h : halls)
    {
        const Range& r = ranges[static_cast<size_t>(h)];
        if (r.count == 0)
            continue;
        point_instances(r.first);
        glDrawElementsInstanced(GL_TRIANGLES, template_indices_, GL_UNSIGNED_SHORT, nullptr,
                                static_cast<GLsizei>(r.count));
        ++n.calls;
        n.triangles += static_cast<int64_t>(r.count) * template_indices_ / 3;
    }
}

} // namespace bp::gl

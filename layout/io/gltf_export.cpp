// The 3D scene as glTF 2.0 through tinygltf: per hall a node with one mesh of two primitives —
// opaque (floor, blocked zones, columns, doors, booths with carpet, shell walls and fascias in the
// booth's key colour, raw-space stands as boxes) and translucent hall walls. Vertex colours, one
// buffer embedded (.gltf) or binary (.glb).
#include "exports.h"
#include "file_util.h"
#include "gltf_mesh.h"

#include <tiny_gltf.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace bp
{

namespace
{

constexpr double kShellWall_m = 2.5, kFascia_m = 0.3, kRawStand_m = 4.0;

template <class T> size_t append(std::vector<unsigned char>& buf, const std::vector<T>& data)
{
    while (buf.size() % 4)
        buf.push_back(0);
    size_t at = buf.size();
    buf.resize(at + data.size() * sizeof(T));
    if (!data.empty()) // memcpy must not see an empty vector's null
        std::memcpy(buf.data() + at, data.data(), data.size() * sizeof(T));
    return at;
}

int add_view(tinygltf::Model& m, size_t offset, size_t bytes, int target)
{
    tinygltf::BufferView v;
    v.buffer = 0;
    v.byteOffset = offset;
    v.byteLength = bytes;
    v.target = target;
    m.bufferViews.push_back(v);
    return static_cast<int>(m.bufferViews.size() - 1);
}

int add_accessor(tinygltf::Model& m, int view, int component, int type, size_t count, bool normalized = false)
{
    tinygltf::Accessor a;
    a.bufferView = view;
    a.componentType = component;
    a.type = type;
    a.count = count;
    a.normalized = normalized;
    m.accessors.push_back(a);
    return static_cast<int>(m.accessors.size() - 1);
}

tinygltf::Primitive primitive(tinygltf::Model& m, std::vector<unsigned char>& buf, const MeshBuilder& mesh,
                              int material)
{
    size_t n = mesh.vertex_count();
    tinygltf::Primitive p;
    int pos = add_accessor(
        m, add_view(m, append(buf, mesh.positions), mesh.positions.size() * 4, TINYGLTF_TARGET_ARRAY_BUFFER),
        TINYGLTF_COMPONENT_TYPE_FLOAT, TINYGLTF_TYPE_VEC3, n);
    std::vector<double> lo(3, 1e300), hi(3, -1e300);
    for (size_t i = 0; i < mesh.positions.size(); ++i)
    {
        lo[i % 3] = std::min(lo[i % 3], double(mesh.positions[i]));
        hi[i % 3] = std::max(hi[i % 3], double(mesh.positions[i]));
    }
    m.accessors[static_cast<size_t>(pos)].minValues = lo;
    m.accessors[static_cast<size_t>(pos)].maxValues = hi;
    p.attributes["POSITION"] = pos;
    p.attributes["NORMAL"] =
        add_accessor(m, add_view(m, append(buf, mesh.normals), mesh.normals.size() * 4, TINYGLTF_TARGET_ARRAY_BUFFER),
                     TINYGLTF_COMPONENT_TYPE_FLOAT, TINYGLTF_TYPE_VEC3, n);
    p.attributes["COLOR_0"] =
        add_accessor(m, add_view(m, append(buf, mesh.colours), mesh.colours.size(), TINYGLTF_TARGET_ARRAY_BUFFER),
                     TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE, TINYGLTF_TYPE_VEC4, n, true);
    p.indices = add_accessor(
        m, add_view(m, append(buf, mesh.indices), mesh.indices.size() * 4, TINYGLTF_TARGET_ELEMENT_ARRAY_BUFFER),
        TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT, TINYGLTF_TYPE_SCALAR, mesh.indices.size());
    p.material = material;
    p.mode = TINYGLTF_MODE_TRIANGLES;
    return p;
}

uint32_t lighter(uint32_t c, double t)
{
    auto ch = [&](int s) { return static_cast<uint32_t>(((c >> s) & 0xFF) + (255 - ((c >> s) & 0xFF)) * t) << s; };
    return ch(16) | ch(8) | ch(0);
}

void add_booth(MeshBuilder& mesh, const Project& project, const ColourKey& key, const Booth& booth)
{
    const Block& block = project.block(booth.cells.block);
    const BoothCells& c = booth.cells;
    Polygon fp = footprint(block, c); // corners: start/row0, end/row0, end/last row, start/last row
    uint32_t colour = key.colour(booth);
    mesh.floor(fp, 0.02, lighter(colour, 0.35));
    bool raw = booth.exhibitor.valid() && project.exhibitor(booth.exhibitor).booth_kind == BoothKind::Raw;
    if (raw)
    {
        // A self-built stand: a block of its key colour, 0.3 m inside the plot.
        Vec2 a = block.along * 0.3, x = block.across * 0.3;
        mesh.prism({fp[0] + a + x, fp[1] - a + x, fp[2] - a - x, fp[3] + a - x}, 0.02, kRawStand_m, colour);
        return;
    }
    // Sides in the order of Block::open_side: -across, +across, -along, +along.
    bool open[4] = {c.row == 0 && block.open_side[0], c.row + c.rows == block.rows && block.open_side[1],
                    c.col == 0 && block.open_side[2], c.col + c.cols == block.modules && block.open_side[3]};
    Segment side[4] = {{fp[0], fp[1]}, {fp[2], fp[3]}, {fp[3], fp[0]}, {fp[1], fp[2]}};
    for (int s = 0; s < 4; ++s)
    {
        if (open[s])
            mesh.panel(side[s].a, side[s].b, kShellWall_m - kFascia_m, kShellWall_m, colour);
        else
            mesh.panel(side[s].a, side[s].b, 0, kShellWall_m, 0xF2F2F2);
    }
}

} // namespace

void export_gltf(const Project& project, const std::string& path, const ExportOptions& options)
{
    std::optional<HallId> only = selected_hall(project, options);
    ColourKey key(project, options.colour_by);
    auto by_hall = booths_by_hall(project);
    tinygltf::Model m;
    m.asset.version = "2.0";
    m.asset.generator = "boothplan";
    tinygltf::Material solid;
    solid.name = "plan";
    solid.doubleSided = true; // walls and fascias are single panels
    solid.pbrMetallicRoughness.baseColorFactor = {1, 1, 1, 1};
    solid.pbrMetallicRoughness.metallicFactor = 0;
    solid.pbrMetallicRoughness.roughnessFactor = 0.9;
    tinygltf::Material glass = solid;
    glass.name = "hall walls";
    glass.alphaMode = "BLEND";
    glass.pbrMetallicRoughness.baseColorFactor = {0.85, 0.88, 0.92, 0.35};
    m.materials = {solid, glass};

    std::vector<unsigned char> buf;
    tinygltf::Node root;
    root.name = project.venue.name.empty() ? "venue" : project.venue.name;
    for (size_t i = 0; i < project.venue.halls.size(); ++i)
    {
        if (only && only->index() != i)
            continue;
        const Hall& h = project.venue.halls[i];
        MeshBuilder plan, walls;
        plan.floor(h.outline, 0, 0xD9D9D6);
        for (const Polygon& z : h.blocked)
            plan.floor(z, 0.01, 0xA8A8A8);
        for (const Polygon& c : h.columns)
            plan.prism(c, 0, h.height_m, 0x8C8C8C);
        Polygon ccw = counter_clockwise(h.outline);
        for (size_t k = 0; k < ccw.size(); ++k)
            walls.panel(ccw[k], ccw[(k + 1) % ccw.size()], 0, h.height_m, 0xFFFFFF, 255);
        for (const Door& d : h.doors)
        {
            Vec2 dir = normalized(d.span.b - d.span.a), in{-dir.y, dir.x};
            if (!contains(h.outline, (d.span.a + d.span.b) * 0.5 + in * 0.2))
                in = in * -1.0;
            plan.panel(d.span.a + in * 0.05, d.span.b + in * 0.05, 0, 3.5, door_colour(d.kind));
        }
        for (const Booth* b : by_hall[i])
            add_booth(plan, project, key, *b);

        tinygltf::Mesh mesh;
        mesh.name = "hall " + h.code;
        mesh.primitives.push_back(primitive(m, buf, plan, 0));
        if (!walls.empty())
            mesh.primitives.push_back(primitive(m, buf, walls, 1));
        m.meshes.push_back(mesh);
        tinygltf::Node node;
        node.name = h.code;
        node.mesh = static_cast<int>(m.meshes.size() - 1);
        m.nodes.push_back(node);
        root.children.push_back(static_cast<int>(m.nodes.size() - 1));
    }
    m.nodes.push_back(root);
    tinygltf::Scene scene;
    scene.name = root.name;
    scene.nodes = {static_cast<int>(m.nodes.size() - 1)};
    m.scenes = {scene};
    m.defaultScene = 0;
    tinygltf::Buffer buffer;
    buffer.data = std::move(buf);
    while (buffer.data.size() % 4)
        buffer.data.push_back(0);
    m.buffers = {std::move(buffer)};

    bool binary = path.size() >= 4 && path.compare(path.size() - 4, 4, ".glb") == 0;
    TempFile tmp(path);
    tinygltf::TinyGLTF writer;
    if (!writer.WriteGltfSceneToFile(&m, tmp.path(), false, true, false, binary))
        throw std::runtime_error("cannot write " + path);
    tmp.commit();
}

} // namespace bp

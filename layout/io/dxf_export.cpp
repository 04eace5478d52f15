// The plan as a DXF R2000 drawing in millimetres ($INSUNITS=4) through dxflib: hall outlines,
// columns, blocked zones and doors on the layers the venue importer reads (so an export imports
// again), booths as closed LWPOLYLINEs on a layer per pavilion and sector, numbers and names as TEXT.
#include "exports.h"
#include "file_util.h"

#include <dl_dxf.h>

#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>

namespace bp
{

namespace
{

constexpr double kMm = 1000.0;

// UTF-8 to DXF R2000 text: ASCII as is, other code points as \U+XXXX.
std::string dxf_escape(const std::string& s)
{
    std::string out;
    for (size_t i = 0; i < s.size();)
    {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80)
        {
            out += (c < 0x20) ? ' ' : static_cast<char>(c);
            ++i;
            continue;
        }
        int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        uint32_t cp = len == 4 ? c & 0x07 : len == 3 ? c & 0x0F : len == 2 ? c & 0x1F : '?';
        for (int k = 1; k < len && i + static_cast<size_t>(k) < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
        i += static_cast<size_t>(len);
        char buf[16];
        if (cp > 0xFFFF)
            std::snprintf(buf, sizeof buf, "?"); // outside what \U+XXXX can say
        else
            std::snprintf(buf, sizeof buf, "\\U+%04X", cp);
        out += buf;
    }
    return out;
}


// Layer names: ASCII letters, digits, '-', '_' and spaces only.
std::string layer_safe(const std::string& s)
{
    std::string out;
    for (unsigned char c : s)
        out += (std::isalnum(c) || c == '-' || c == '_' || c == ' ') ? static_cast<char>(c) : '_';
    return out.empty() ? "_" : out;
}

std::string booth_layer(const Project& p, const Booth& b)
{
    if (!b.exhibitor.valid())
        return "BOOTH-FREE";
    const Exhibitor& e = p.exhibitor(b.exhibitor);
    std::string pav = e.pavilion.valid() ? layer_safe(p.pavilion(e.pavilion).name) : "NONE";
    std::string sec = e.sector.valid() ? layer_safe(p.sector(e.sector).name) : "NONE";
    return "PAV-" + pav + "_SEC-" + sec;
}

class DxfOut
{
public:
    DxfOut(DL_Dxf& dxf, DL_WriterA& dw) : dxf_(dxf), dw_(dw) {}

    void polyline(const Polygon& poly, const DL_Attributes& a)
    {
        dxf_.writePolyline(dw_, DL_PolylineData(static_cast<int>(poly.size()), 0, 0, 1), a);
        for (Vec2 p : poly)
            dxf_.writeVertex(dw_, DL_VertexData(p.x * kMm, p.y * kMm, 0, 0));
        dxf_.writePolylineEnd(dw_);
    }
    void line(Vec2 a, Vec2 b, const DL_Attributes& at)
    {
        dxf_.writeLine(dw_, DL_LineData(a.x * kMm, a.y * kMm, 0, b.x * kMm, b.y * kMm, 0), at);
    }
    // Centred text, `height` in metres, `angle_deg` counter-clockwise.
    void text(const std::string& s, Vec2 at, double height, double angle_deg, const DL_Attributes& a)
    {
        double x = at.x * kMm, y = at.y * kMm;
        dxf_.writeText(
            dw_, DL_TextData(x, y, 0, x, y, 0, height * kMm, 1.0, 0, 1, 2, dxf_escape(s), "Standard", angle_deg), a);
    }

private:
    DL_Dxf& dxf_;
    DL_WriterA& dw_;
};

DL_Attributes on(const std::string& layer, int colour24 = -1)
{
    return DL_Attributes(layer, 256, colour24, -1, "BYLAYER");
}

void write_tables(DL_Dxf& dxf, DL_WriterA& dw, const std::map<std::string, int>& layers)
{
    dw.sectionTables();
    dxf.writeVPort(dw);
    dw.tableLinetypes(3);
    dxf.writeLinetype(dw, DL_LinetypeData("BYBLOCK", "", 0, 0, 0.0));
    dxf.writeLinetype(dw, DL_LinetypeData("BYLAYER", "", 0, 0, 0.0));
    dxf.writeLinetype(dw, DL_LinetypeData("CONTINUOUS", "Solid line", 0, 0, 0.0));
    dw.tableEnd();
    dw.tableLayers(static_cast<int>(layers.size()) + 1);
    dxf.writeLayer(dw, DL_LayerData("0", 0), DL_Attributes("", 7, -1, -3, "CONTINUOUS"));
    for (const auto& [name, colour] : layers)
        dxf.writeLayer(dw, DL_LayerData(name, 0), DL_Attributes("", colour, -1, -3, "CONTINUOUS"));
    dw.tableEnd();
    dw.tableStyle(1);
    DL_StyleData style("Standard", 0, 0.0, 1.0, 0.0, 0, 2.5, "txt", "");
    dxf.writeStyle(dw, style);
    dw.tableEnd();
    dxf.writeView(dw);
    dxf.writeUcs(dw);
    dw.tableAppid(1);
    dxf.writeAppid(dw, "ACAD");
    dw.tableEnd();
    dxf.writeDimStyle(dw, 1, 1, 1, 1, 1);
    dxf.writeBlockRecord(dw);
    dw.tableEnd();
    dw.sectionEnd();
}

void write_blocks(DL_Dxf& dxf, DL_WriterA& dw)
{
    dw.sectionBlocks();
    for (const char* name : {"*Model_Space", "*Paper_Space", "*Paper_Space0"})
    {
        dxf.writeBlock(dw, DL_BlockData(name, 0, 0.0, 0.0, 0.0));
        dxf.writeEndBlock(dw, name);
    }
    dw.sectionEnd();
}

// Text direction along a booth's longer side that reads left to right, in degrees.
double text_angle(Vec2 dir)
{
    double deg = std::atan2(dir.y, dir.x) * 180.0 / 3.14159265358979323846;
    if (deg > 90.0001)
        deg -= 180;
    if (deg <= -90)
        deg += 180;
    return std::fabs(deg) < 1e-9 ? 0.0 : deg;
}

} // namespace

void export_dxf(const Project& project, const std::string& path, const ExportOptions& options)
{
    std::optional<HallId> only = selected_hall(project, options);
    ColourKey key(project, options.colour_by);
    // ACI colours of the fixed layers: 7 white/black, 8 grey, 3 green, 5 blue, 30 orange.
    std::map<std::string, int> layers = {{"HALL", 7},     {"COLUMN", 8},   {"BLOCKED", 8},      {"EXIT", 3},
                                         {"ENTRANCE", 5}, {"FREIGHT", 30}, {"BOOTH-NUMBER", 7}, {"BOOTH-NAME", 7}};
    for (const Booth& b : project.booths)
        if (!only || b.hall == *only)
            layers.emplace(booth_layer(project, b), b.exhibitor.valid() ? 4 : 9);

    TempFile tmp(path);
    DL_Dxf dxf;
    std::unique_ptr<DL_WriterA> dw(dxf.out(tmp.path().c_str(), DL_Codes::AC1015));
    if (!dw)
        throw std::runtime_error("cannot write " + path);
    dxf.writeHeader(*dw);
    dw->dxfString(9, "$INSUNITS");
    dw->dxfInt(70, 4);
    dw->dxfString(9, "$MEASUREMENT");
    dw->dxfInt(70, 1);
    dw->sectionEnd();
    write_tables(dxf, *dw, layers);
    write_blocks(dxf, *dw);

    dw->sectionEntities();
    DxfOut out(dxf, *dw);
    for (size_t i = 0; i < project.venue.halls.size(); ++i)
    {
        const Hall& h = project.venue.halls[i];
        if (only && only->index() != i)
            continue;
        out.polyline(h.outline, on("HALL"));
        // The hall's name for the venue importer: its code inside the outline.
        Box b = bounds(h.outline);
        Vec2 label{(b.min.x + b.max.x) / 2, b.max.y - 0.02 * b.height() - 1.0};
        if (!contains(h.outline, label))
            label = centroid(h.outline);
        out.text(h.code, label, 2.0, 0, on("HALL"));
        for (const Polygon& c : h.columns)
            out.polyline(c, on("COLUMN"));
        for (const Polygon& z : h.blocked)
            out.polyline(z, on("BLOCKED"));
        for (const Door& d : h.doors)
            out.line(d.span.a, d.span.b,
                     on(d.kind == DoorKind::Exit       ? "EXIT"
                        : d.kind == DoorKind::Entrance ? "ENTRANCE"
                                                       : "FREIGHT"));
    }
    for (const Booth& b : project.booths)
    {
        if (only && b.hall != *only)
            continue;
        const Block& block = project.block(b.cells.block);
        Polygon fp = footprint(block, b.cells);
        out.polyline(fp, on(booth_layer(project, b), static_cast<int>(key.colour(b))));
        double w = b.cells.cols * block.module_m, d = b.cells.rows * block.row_depth_m;
        Vec2 dir = w >= d ? block.along : block.across;
        Vec2 side = Vec2{-dir.y, dir.x}; // up the text
        if (text_angle(dir) != std::atan2(dir.y, dir.x) * 180.0 / 3.14159265358979323846)
            side = side * -1.0;
        double size = std::min(w, d);
        Vec2 c = centroid(fp);
        out.text(b.number, c + side * (size * 0.18), std::clamp(size * 0.12, 0.15, 0.6), text_angle(dir),
                 on("BOOTH-NUMBER"));
        if (b.exhibitor.valid())
        {
            const Exhibitor& e = project.exhibitor(b.exhibitor);
            double h = std::clamp(size * 0.06, 0.08, 0.4);
            out.text(e.name, c - side * (size * 0.04), h, text_angle(dir), on("BOOTH-NAME"));
            if (!e.name_local.empty() && e.name_local != e.name)
                out.text(e.name_local, c - side * (size * 0.04 + 2.2 * h), h, text_angle(dir), on("BOOTH-NAME"));
        }
    }
    dw->sectionEnd();
    dxf.writeObjects(*dw);
    dxf.writeObjectsEnd(*dw);
    dw->dxfEOF();
    dw->close();
    tmp.commit();
}

} // namespace bp

// The plan as a DXF R2000 drawing in millimetres ($INSUNITS=4) through dxflib, for CAD users: hall
// outlines, columns, blocked zones and doors on the layers the venue importer reads (so an export
// imports again, with boothplan's record of the venue name, rules and hall heights as XDATA), booths
// as closed LWPOLYLINEs on a layer per pavilion and sector in colours that print on white, and
// numbers and names as TEXT fitted inside each booth. The OBJECTS section is written here so that
// every object names its owner (dxflib's own leaves them out).
#include "dxf_labels.h"
#include "dxf_meta.h"
#include "exports.h"
#include "file_util.h"

#include <dl_dxf.h>

#include <cmath>
#include <map>
#include <memory>
#include <stdexcept>

namespace bp
{

namespace
{

constexpr double kMm = 1000.0;
constexpr double kPi = 3.14159265358979323846;

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

// A map colour as a line colour that prints on white paper: darkened until its contrast with white
// is at least 3:1 (relative luminance <= 0.30).
uint32_t print_colour(uint32_t c)
{
    auto lum = [](double r, double g, double b)
    {
        auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    double r = (c >> 16 & 0xFF) / 255.0, g = (c >> 8 & 0xFF) / 255.0, b = (c & 0xFF) / 255.0;
    for (int i = 0; i < 40 && lum(r, g, b) > 0.30; ++i)
    {
        r *= 0.92;
        g *= 0.92;
        b *= 0.92;
    }
    auto byte = [](double v) { return static_cast<uint32_t>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
    return byte(r) << 16 | byte(g) << 8 | byte(b);
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
    // Text centred on `at` along its baseline, `height` in metres, `angle_deg` counter-clockwise.
    void text(const std::string& s, Vec2 at, double height, double angle_deg, const DL_Attributes& a)
    {
        double x = at.x * kMm, y = at.y * kMm;
        double radians = angle_deg * kPi / 180; // dxflib writes group 50 from radians
        dxf_.writeText(
            dw_, DL_TextData(x, y, 0, x, y, 0, height * kMm, 1.0, 0, 1, 0, dxf_escape(s), "Standard", radians), a);
    }
    DL_WriterA& writer() { return dw_; }

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
    dw.tableAppid(2);
    dxf.writeAppid(dw, "ACAD");
    dxf.writeAppid(dw, kDxfMetaApp);
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

// A LAYOUT object: plot settings left at their defaults, owned by the layout dictionary 1A and
// naming the block record of its space (the handles dxflib gives the block records).
void write_layout(DL_WriterA& dw, const char* handle, const char* name, int order, const char* block_record, bool model)
{
    dw.dxfString(0, "LAYOUT");
    dw.dxfString(5, handle);
    dw.dxfString(330, "1A");
    dw.dxfString(100, "AcDbPlotSettings");
    dw.dxfString(1, "");
    dw.dxfString(2, "none_device");
    dw.dxfString(4, "");
    dw.dxfString(6, "");
    for (int code : {40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 140, 141})
        dw.dxfReal(code, 0.0);
    dw.dxfReal(142, 1.0);
    dw.dxfReal(143, 1.0);
    dw.dxfInt(70, model ? 1712 : 688);
    dw.dxfInt(72, 0);
    dw.dxfInt(73, 0);
    dw.dxfInt(74, model ? 0 : 5);
    dw.dxfString(7, "");
    dw.dxfInt(75, model ? 0 : 16);
    dw.dxfReal(147, 1.0);
    dw.dxfReal(148, 0.0);
    dw.dxfReal(149, 0.0);
    dw.dxfString(100, "AcDbLayout");
    dw.dxfString(1, name);
    dw.dxfInt(70, 1);
    dw.dxfInt(71, order);
    for (auto [code, v] : std::initializer_list<std::pair<int, double>>{
             {10, 0}, {20, 0}, {11, 12}, {21, 9}, {12, 0}, {22, 0},  {32, 0}, {14, 0},
             {24, 0}, {34, 0}, {15, 0},  {25, 0}, {35, 0}, {146, 0}, {13, 0}, {23, 0},
             {33, 0}, {16, 1}, {26, 0},  {36, 0}, {17, 0}, {27, 1},  {37, 0}})
        dw.dxfReal(code, v);
    dw.dxfInt(76, 0);
    dw.dxfString(330, block_record);
}

void write_dictionary(DL_WriterA& dw, const char* handle, const char* owner,
                      std::initializer_list<std::pair<const char*, const char*>> entries)
{
    dw.dxfString(0, "DICTIONARY");
    dw.dxfString(5, handle);
    dw.dxfString(330, owner);
    dw.dxfString(100, "AcDbDictionary");
    dw.dxfInt(281, 1);
    for (auto [name, h] : entries)
    {
        dw.dxfString(3, name);
        dw.dxfString(350, h);
    }
}

// The objects an R2000 drawing needs (root dictionary, groups, layouts, multiline style, plot
// styles), each with its owner.
void write_objects(DL_WriterA& dw)
{
    dw.dxfString(0, "SECTION");
    dw.dxfString(2, "OBJECTS");
    write_dictionary(dw, "C", "0",
                     {{"ACAD_GROUP", "D"},
                      {"ACAD_LAYOUT", "1A"},
                      {"ACAD_MLINESTYLE", "17"},
                      {"ACAD_PLOTSETTINGS", "19"},
                      {"ACAD_PLOTSTYLENAME", "E"}});
    write_dictionary(dw, "D", "C", {});
    dw.dxfString(0, "ACDBDICTIONARYWDFLT");
    dw.dxfString(5, "E");
    dw.dxfString(330, "C");
    dw.dxfString(100, "AcDbDictionary");
    dw.dxfInt(281, 1);
    dw.dxfString(3, "Normal");
    dw.dxfString(350, "F");
    dw.dxfString(100, "AcDbDictionaryWithDefault");
    dw.dxfString(340, "F");
    dw.dxfString(0, "ACDBPLACEHOLDER");
    dw.dxfString(5, "F");
    dw.dxfString(330, "E");
    write_dictionary(dw, "17", "C", {{"Standard", "18"}});
    dw.dxfString(0, "MLINESTYLE");
    dw.dxfString(5, "18");
    dw.dxfString(330, "17");
    dw.dxfString(100, "AcDbMlineStyle");
    dw.dxfString(2, "STANDARD");
    dw.dxfInt(70, 0);
    dw.dxfString(3, "");
    dw.dxfInt(62, 256);
    dw.dxfReal(51, 90.0);
    dw.dxfReal(52, 90.0);
    dw.dxfInt(71, 2);
    for (double offset : {0.5, -0.5})
    {
        dw.dxfReal(49, offset);
        dw.dxfInt(62, 256);
        dw.dxfString(6, "BYLAYER");
    }
    write_dictionary(dw, "19", "C", {});
    write_dictionary(dw, "1A", "C", {{"Layout1", "1E"}, {"Layout2", "26"}, {"Model", "22"}});
    write_layout(dw, "1E", "Layout1", 1, "1B", false);
    write_layout(dw, "22", "Model", 0, "1F", true);
    write_layout(dw, "26", "Layout2", 2, "23", false);
    dw.dxfString(0, "ENDSEC");
}

// Text direction along a booth's longer side that reads left to right, in degrees.
double text_angle(Vec2 dir)
{
    double deg = std::atan2(dir.y, dir.x) * 180.0 / kPi;
    if (deg > 90.0001)
        deg -= 180;
    if (deg <= -90)
        deg += 180;
    return std::fabs(deg) < 1e-9 ? 0.0 : deg;
}

void write_header(DL_Dxf& dxf, DL_WriterA& dw, const Box& extent)
{
    dxf.writeHeader(dw);
    dw.dxfString(9, "$INSUNITS");
    dw.dxfInt(70, 4);
    dw.dxfString(9, "$MEASUREMENT");
    dw.dxfInt(70, 1);
    dw.dxfString(9, "$DWGCODEPAGE");
    dw.dxfString(3, "ANSI_1252");
    dw.dxfString(9, "$EXTMIN");
    dw.coord(10, extent.min.x * kMm, extent.min.y * kMm, 0);
    dw.dxfString(9, "$EXTMAX");
    dw.coord(10, extent.max.x * kMm, extent.max.y * kMm, 0);
    dw.dxfString(9, "$LIMMIN");
    dw.dxfReal(10, extent.min.x * kMm);
    dw.dxfReal(20, extent.min.y * kMm);
    dw.dxfString(9, "$LIMMAX");
    dw.dxfReal(10, extent.max.x * kMm);
    dw.dxfReal(20, extent.max.y * kMm);
    dw.sectionEnd();
}

void write_booth(DxfOut& out, const Project& project, const Booth& b, const ColourKey& key)
{
    const Block& block = project.block(b.cells.block);
    Polygon fp = footprint(block, b.cells);
    out.polyline(fp, on(booth_layer(project, b), static_cast<int>(print_colour(key.colour(b)))));
    double w = b.cells.cols * block.module_m, d = b.cells.rows * block.row_depth_m;
    Vec2 dir = w >= d ? block.along : block.across;
    Vec2 up = Vec2{-dir.y, dir.x};
    double angle = text_angle(dir);
    if (std::fabs(angle - std::atan2(dir.y, dir.x) * 180.0 / kPi) > 1e-6)
        up = up * -1.0; // the text was turned round to read left to right
    std::string name, local;
    if (b.exhibitor.valid())
    {
        const Exhibitor& e = project.exhibitor(b.exhibitor);
        name = e.name;
        local = e.name_local;
    }
    Vec2 c = centroid(fp);
    std::vector<BoothLabelLine> lines = fit_booth_label(b.number, name, local, std::max(w, d), std::min(w, d));
    for (size_t i = 0; i < lines.size(); ++i) // the number first, then the name's lines
        out.text(lines[i].text, c + up * lines[i].offset, lines[i].height, angle,
                 on(i == 0 ? "BOOTH-NUMBER" : "BOOTH-NAME"));
}

} // namespace

void export_dxf(const Project& project, const std::string& path, const ExportOptions& options)
{
    std::optional<HallId> only = selected_hall(project, options);
    ColourKey key(project, options.colour_by);
    // ACI colours of the fixed layers, all dark enough for white paper (7 prints black).
    std::map<std::string, int> layers = {{"HALL", 7},         {"HALL-LABEL", 7}, {"COLUMN", 8},   {"BLOCKED", 8},
                                         {"EXIT", 94},        {"ENTRANCE", 5},   {"FREIGHT", 32}, {"BOOTH-NUMBER", 7},
                                         {"BOOTH-NAME", 251}, {kDxfMetaLayer, 8}};
    Box extent;
    for (size_t i = 0; i < project.venue.halls.size(); ++i)
        if (!only || only->index() == i)
            for (Vec2 p : project.venue.halls[i].outline)
                extent.add(p);
    for (const Booth& b : project.booths)
        if (!only || b.hall == *only)
            layers.emplace(booth_layer(project, b), b.exhibitor.valid() ? 150 : 8);
    if (extent.empty())
        extent.add({0, 0});
    // Hall titles stand above the outlines; the record's text below them.
    Vec2 record_at{extent.min.x, extent.min.y - 4};
    extent.add({extent.min.x, extent.min.y - 5});
    extent.add({extent.max.x, extent.max.y + 5});

    TempFile tmp(path);
    DL_Dxf dxf;
    std::unique_ptr<DL_WriterA> dw(dxf.out(tmp.path().c_str(), DL_Codes::AC1015));
    if (!dw)
        throw std::runtime_error("cannot write " + path);
    write_header(dxf, *dw, extent);
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
        // The code for the venue importer, inside the outline in the wall gap below its top edge;
        // the hall's name large above it for people.
        Box b = bounds(h.outline);
        Vec2 label{(b.min.x + b.max.x) / 2, b.max.y - 0.75};
        if (!contains(h.outline, label))
            label = centroid(h.outline);
        out.text(h.code, label, 0.5, 0, on("HALL"));
        out.text(h.name, {(b.min.x + b.max.x) / 2, b.max.y + 1.2}, 2.5, 0, on("HALL-LABEL"));
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
        if (!only || b.hall == *only)
            write_booth(out, project, b, key);
    // boothplan's record: a visible line with the venue's name, the rest as XDATA.
    out.text(project.venue.name + " (boothplan venue record)", record_at + Vec2{40, 0}, 1.5, 0, on(kDxfMetaLayer));
    dw->dxfString(1001, kDxfMetaApp);
    for (const std::string& chunk : dxf_meta_chunks(project.venue))
        dw->dxfString(1000, chunk);
    dw->sectionEnd();
    write_objects(*dw);
    dw->dxfEOF();
    dw->close();
    tmp.commit();
}

} // namespace bp

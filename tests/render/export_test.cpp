// Booth maps and lists leave the tool readable by other programs: each export of a let fair is
// read back by an independent reader (poppler, rsvg-convert, ezdxf, openpyxl, Python's csv and
// json, the Khronos glTF validator), never by boothplan's own code.
#include "tests/support/export_fixture.h"
#include "tests/support/export_support.h"
#include "layout/io/exhibitor_list.h"
#include "render/export.h"
#include "tests/support/test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace bp;
using namespace bp::test;

namespace
{

const Project& tiny_fair()
{
    static const Project p = let_sample(SamplePreset::Tiny);
    return p;
}

// A let exhibitor whose local name is in the given script (first byte of its UTF-8).
const Exhibitor* let_with_local_name(const Project& p, unsigned char lead_lo, unsigned char lead_hi)
{
    for (const Booth& b : p.booths)
        if (b.exhibitor.valid())
        {
            const Exhibitor& e = p.exhibitor(b.exhibitor);
            unsigned char c = e.name_local.empty() ? 0 : static_cast<unsigned char>(e.name_local[0]);
            if (c >= lead_lo && c <= lead_hi)
                return &e;
        }
    return nullptr;
}

ExportOptions dated()
{
    ExportOptions o;
    o.date = "2026-05-18";
    return o;
}

} // namespace

TEST_CASE("the PDF booth map shows booth numbers and names in Persian and Chinese")
{
    const Project& p = tiny_fair();
    const Exhibitor* persian = let_with_local_name(p, 0xD8, 0xDB); // Arabic script: U+0600..U+06FF
    const Exhibitor* chinese = let_with_local_name(p, 0xE4, 0xE9); // CJK ideographs
    REQUIRE(persian);
    REQUIRE(chinese);
    TempDir dir;
    std::string pdf = dir.file("map.pdf");
    export_pdf(p, pdf, dated());
    const Booth& first = p.booths.front();
    ToolRun r =
        reader("pdf " + shell_quoted(pdf) + " --min-pages 2 --page-size A3 --text " + shell_quoted(first.number) +
               " --text " + shell_quoted(persian->name_local) + " --text " + shell_quoted(chinese->name_local) +
               " --text 'Hall " + p.venue.halls[0].code + "' --text 2026-05-18 --text 'Exhibitor index'");
    INFO(r.output);
    CHECK(r.ok());
    CHECK_FALSE(std::filesystem::exists(pdf + ".tmp-" + std::to_string(getpid())));
}

TEST_CASE("one hall's PDF on A1 has that hall's page (and its index) but no overview")
{
    const Project& p = tiny_fair();
    TempDir dir;
    ExportOptions o = dated();
    o.hall = p.venue.halls[0].code;
    o.page = PageSize::A1;
    o.colour_by = ColourBy::Country;
    export_pdf(p, dir.file("hall.pdf"), o);
    ToolRun r = reader("pdf " + shell_quoted(dir.file("hall.pdf")) +
                       " --min-pages 1 --page-size A1 --text Countries --no-text overview");
    INFO(r.output);
    CHECK(r.ok());
}

TEST_CASE("an unknown hall is refused before anything is written")
{
    TempDir dir;
    ExportOptions o = dated();
    o.hall = "99.9";
    CHECK_THROWS_AS(export_project(tiny_fair(), ExportFormat::Pdf, dir.file("x.pdf"), o), InputError);
    CHECK_FALSE(std::filesystem::exists(dir.file("x.pdf")));
}

TEST_CASE("the SVG renders with rsvg-convert and the PNG has the size its DPI asks for")
{
    TempDir dir;
    ExportOptions o = dated();
    o.colour_by = ColourBy::Status;
    export_svg(tiny_fair(), dir.file("map.svg"), o);
    ToolRun svg = reader("svg " + shell_quoted(dir.file("map.svg")));
    INFO(svg.output);
    CHECK(svg.ok());
    o.page = PageSize::A4;
    o.dpi = 100;
    o.hall = tiny_fair().venue.halls[0].code;
    export_png(tiny_fair(), dir.file("map.png"), o);
    // A4 landscape is 297 mm x 210 mm: 1169 x 827 pixels at 100 DPI.
    ToolRun png = reader("png " + shell_quoted(dir.file("map.png")) + " --width 1169 --height 827");
    INFO(png.output);
    CHECK(png.ok());
}

TEST_CASE("the GeoJSON has every booth as a closed counter-clockwise polygon with DESIGN's properties")
{
    const Project& p = tiny_fair();
    TempDir dir;
    export_geojson(p, dir.file("map.geojson"), dated());
    ToolRun r = reader("geojson " + shell_quoted(dir.file("map.geojson")) + " --booths " +
                       std::to_string(p.booths.size()) + " --halls " + std::to_string(p.venue.halls.size()));
    INFO(r.output);
    CHECK(r.ok());
}

TEST_CASE("ezdxf reads the DXF back in millimetres with booths, halls and escaped names")
{
    const Project& p = tiny_fair();
    const Exhibitor* persian = let_with_local_name(p, 0xD8, 0xDB);
    REQUIRE(persian);
    TempDir dir;
    export_dxf(p, dir.file("plan.dxf"), dated());
    std::string raw = read_text_file(dir.file("plan.dxf"));
    CHECK(raw.find("\\U+0634") != std::string::npos); // ش written as an escape, not UTF-8
    ToolRun r = reader("dxf " + shell_quoted(dir.file("plan.dxf")) + " --booths " + std::to_string(p.booths.size()) +
                       " --halls 1 --booth-width-mm 3000 --layer HALL --layer COLUMN --layer BOOTH-NUMBER --text " +
                       shell_quoted(p.booths.front().number) + " --text " + shell_quoted(persian->name_local));
    INFO(r.output);
    CHECK(r.ok());
}

TEST_CASE("the XLSX list has a summary, a sheet per hall, every exhibitor once, and is byte-identical run to run")
{
    const Project& p = tiny_fair();
    TempDir dir;
    export_xlsx(p, dir.file("a.xlsx"), dated());
    export_xlsx(p, dir.file("b.xlsx"), dated());
    CHECK(read_text_file(dir.file("a.xlsx")) == read_text_file(dir.file("b.xlsx")));
    ToolRun r = reader("xlsx " + shell_quoted(dir.file("a.xlsx")) + " --rows " + std::to_string(p.exhibitors.size()) +
                       " --sheet 'Hall " + p.venue.halls[0].code + "'");
    INFO(r.output);
    CHECK(r.ok());
}

TEST_CASE("the CSV list reads with Python's csv module")
{
    const Project& p = tiny_fair();
    TempDir dir;
    write_text(dir.file("list.csv"), write_csv(exhibitor_booth_rows(p)));
    ToolRun r = reader("csv " + shell_quoted(dir.file("list.csv")) + " --rows " + std::to_string(p.exhibitors.size()));
    INFO(r.output);
    CHECK(r.ok());
}

TEST_CASE("the glTF scene passes the Khronos validator with no errors, as .gltf and .glb")
{
    TempDir dir;
    ExportOptions o = dated();
    export_gltf(tiny_fair(), dir.file("scene.gltf"), o);
    ToolRun r = reader("gltf " + shell_quoted(dir.file("scene.gltf")));
    INFO(r.output);
    CHECK(r.ok());
    export_gltf(tiny_fair(), dir.file("scene.glb"), o);
    ToolRun b = reader("gltf " + shell_quoted(dir.file("scene.glb")));
    INFO(b.output);
    CHECK(b.ok());
}

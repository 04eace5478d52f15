// Venue drawings from outside: a DXF made by a real CAD library (ezdxf) imports to the halls,
// columns and doors drawn, in any of its units; broken drawings are refused with the reason and
// the line; malformed files never crash the reader.
#include "layout/io/file_util.h"
#include "layout/io/venue_dxf.h"
#include "layout/model/diagnostics.h"
#include "render/export.h"
#include "tests/support/export_fixture.h"
#include "tests/support/export_support.h"
#include "tests/support/test_support.h"
#include "tests/support/venue_support.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace bp;
using namespace bp::test;

namespace
{

Venue import_drawing(const TempDir& dir, const std::string& args, DxfImportSummary* summary = nullptr)
{
    std::string path = dir.file("venue.dxf");
    ToolRun made = reader("make-venue-dxf " + shell_quoted(path) + " " + args);
    INFO(made.output);
    REQUIRE(made.ok());
    return read_venue_dxf(path, {}, summary);
}

std::string refusal(const TempDir& dir, const std::string& args)
{
    return refusal_of([&] { import_drawing(dir, args); });
}

const Hall& hall(const Venue& v, const std::string& code)
{
    return hall_by_code(v, code);
}

} // namespace

TEST_CASE("a venue DXF drawn by ezdxf imports to its halls, columns and doors in any unit")
{
    auto [args, label] = GENERATE(table<std::string, std::string>({{"--units mm --offset 5000000", "mm far away"},
                                                                   {"--units cm", "cm"},
                                                                   {"--units m", "m"},
                                                                   {"--units mm --no-insunits", "no $INSUNITS"}}));
    INFO(label);
    TempDir dir;
    DxfImportSummary summary;
    Venue v = import_drawing(dir, args, &summary);
    REQUIRE(v.halls.size() == 2);
    const Hall& a = hall(v, "9.1");
    const Hall& b = hall(v, "9.2");
    CHECK(a.level == 1);
    CHECK(b.level == 2);
    CHECK(area(a.outline) == Approx(126 * 84).margin(1e-6));
    Box box = bounds(a.outline);
    CHECK(box.min.x == Approx(0).margin(1e-6)); // moved to the origin
    CHECK(box.min.y == Approx(0).margin(1e-6));
    CHECK(a.columns.size() == 4);
    CHECK(a.blocked.size() == 1);
    CHECK(a.doors.size() == 3);
    CHECK(b.columns.size() == 2); // circles
    REQUIRE(b.doors.size() == 1);
    CHECK(b.doors[0].kind == DoorKind::Freight);
    // A round column of radius 0.5 m: a polygon around it, never more than 0.05 m off.
    Vec2 cc = centroid(b.columns[0]);
    for (size_t i = 0; i < b.columns[0].size(); ++i)
    {
        Vec2 p = b.columns[0][i], q = b.columns[0][(i + 1) % b.columns[0].size()];
        CHECK(distance(p, cc) <= 0.55 + 1e-9);
        CHECK(distance_to_segment(cc, {p, q}) >= 0.5 - 1e-9);
    }
    // The rounded corner: a quarter circle of 10 m about (190, 74), flattened within 0.05 m.
    CHECK(area(b.outline) == Approx(60 * 84 - (100 - 3.14159265 * 100 / 4)).margin(0.6));
    Vec2 centre{190, 74};
    int on_arc = 0;
    for (size_t i = 0; i < b.outline.size(); ++i)
    {
        Vec2 p = b.outline[i], q = b.outline[(i + 1) % b.outline.size()];
        if (p.x > 190 - 1e-6 && p.y > 74 - 1e-6 && q.x > 190 - 1e-6 && q.y > 74 - 1e-6)
        {
            ++on_arc;
            CHECK(distance(p, centre) == Approx(10).margin(1e-6));
            CHECK(distance((p + q) * 0.5, centre) > 10 - 0.05);
        }
    }
    CHECK(on_arc >= 4);
    CHECK(summary.halls == 2);
    CHECK(summary.columns == 6);
    CHECK(summary.doors == 4);
    CHECK(summary.to_string().find("FURNITURE") != std::string::npos);
}

TEST_CASE("broken venue drawings are refused with the reason")
{
    TempDir dir;
    // The third hall's outline stops 40 cm short: where and by how much, and what to do.
    std::string open = refusal(dir, "--break-it open");
    CHECK_THAT(open, Catch::Contains("is not closed: open by 40.0 cm at (300000.00, 200.00)"));
    CHECK_THAT(open, Catch::Contains("--dxf-tolerance 44cm"));
    std::string none = refusal(dir, "--break-it no-hall");
    CHECK_THAT(none, Catch::Contains("no hall outline on layer HALL"));
    CHECK_THAT(none, Catch::Contains("--dxf-layer hall=LAYER")); // what to do
}

TEST_CASE("a name outside every hall is a warning, never a refusal")
{
    TempDir dir;
    DxfImportSummary summary;
    Venue v = import_drawing(dir, "--break-it stray-name", &summary);
    CHECK(v.halls.size() == 2);
    CHECK(summary.texts_outside == 1);
    CHECK_THAT(summary.to_string(), Catch::Contains("'9.3' (line"));
    CHECK_THAT(summary.to_string(), Catch::Contains("outside every hall outline"));
}

TEST_CASE("malformed DXF is refused, never trusted")
{
    const std::string head = "0\nSECTION\n2\nENTITIES\n";
    const char* cases[] = {
        "",                                                        // empty
        "0\nSECTION\n2\nENTITIES\n0\nLWPOLYLINE\n8\nHALL\n",       // truncated: no ENDSEC, no EOF
        "0\nSECTION\n2\nENTITIES\nxyz\nLINE\n0\nENDSEC\n0\nEOF\n", // a group code that is not a number
        "0\nSECTION\n2\nENTITIES\n0\nLWPOLYLINE\n8\nHALL\n90\n2000000000\n70\n1\n10\nnan\n20\n0\n0\nENDSEC\n0\nEOF\n",
        "0\nSECTION\n2\nENTITIES\n0\nPOLYLINE\n8\nHALL\n0\nVERTEX\n10\n1\n0\nENDSEC\n0\nEOF\n", // no SEQEND
        "0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n99\n0\nENDSEC\n0\nEOF\n",                     // unknown units
        "0\nSECTION\n2\nBLOCKS\n0\nBLOCK\n2\nB\n0\nINSERT\n2\nB\n0\nENDBLK\n0\nENDSEC\n"
        "0\nSECTION\n2\nENTITIES\n0\nINSERT\n8\nHALL\n2\nB\n0\nENDSEC\n0\nEOF\n", // a block inserting itself
        "AutoCAD Binary DXF\r\n\x1a",
    };
    for (const char* c : cases)
    {
        INFO(c);
        CHECK_THROWS_AS(parse_venue_dxf(c, "bad.dxf"), InputError);
    }
    (void)head;
}

TEST_CASE("a plan's DXF export imports again as the same venue")
{
    Project p = let_sample(SamplePreset::Tiny);
    TempDir dir;
    export_dxf(p, dir.file("plan.dxf"), {});
    DxfImportSummary summary;
    Venue v = read_venue_dxf(dir.file("plan.dxf"), {}, &summary);
    REQUIRE(v.halls.size() == p.venue.halls.size());
    const Hall &a = v.halls[0], &b = p.venue.halls[0];
    CHECK(a.code == b.code);
    CHECK(area(a.outline) == Approx(area(b.outline)).margin(1e-3));
    CHECK(a.columns.size() == b.columns.size());
    CHECK(a.doors.size() == b.doors.size());
    CHECK(a.blocked.size() == b.blocked.size());
    CHECK(summary.to_string().find("PAV-") != std::string::npos); // booth layers are not venue layers
}

TEST_CASE("a hall named in an 8-bit code page comes out as UTF-8, whatever its bytes")
{
    // 0xF5..0xFF never begin a UTF-8 sequence: read as Windows-1252 (ÿ, ö, ...), never copied with
    // the bytes after them as if they were one character.
    const std::string square = "0\nSECTION\n2\nENTITIES\n0\nPOLYLINE\n8\nHALL\n66\n1\n70\n1\n"
                               "0\nVERTEX\n8\nHALL\n10\n0\n20\n0\n0\nVERTEX\n8\nHALL\n10\n40\n20\n0\n"
                               "0\nVERTEX\n8\nHALL\n10\n40\n20\n30\n0\nVERTEX\n8\nHALL\n10\n0\n20\n30\n0\nSEQEND\n";
    for (std::string name : {"\xff\x91\x91\x91", "H\xf6\xa0\xa0", "\xf5\x80\x80\x80", "Caf\xe9"})
    {
        INFO(name);
        std::string dxf = square + "0\nTEXT\n8\nHALL\n10\n20\n20\n15\n40\n1\n1\n" + name + "\n0\nENDSEC\n0\nEOF\n";
        Venue v = parse_venue_dxf(dxf, "codepage.dxf");
        REQUIRE(v.halls.size() == 1);
        CHECK(valid_utf8(v.halls[0].code));
        CHECK(valid_utf8(v.halls[0].name));
    }
    Venue cafe = parse_venue_dxf(square + "0\nTEXT\n8\nHALL\n10\n20\n20\n15\n40\n1\n1\nCaf\xe9\n0\nENDSEC\n0\nEOF\n", "c.dxf");
    CHECK(cafe.halls[0].code == "Caf\xc3\xa9");
}

// Venue drawings of the kinds venues and architects send, made by ezdxf (tests/readers/readers.py
// make-drawing): halls drawn as LINEs and ARCs, divided by inner walls, placed by blocks, left with
// gaps, hatched, named on other layers, far from the origin, in the wrong units, or on layers none
// of which is called HALL. Each imports to the halls drawn, or is refused saying what to do.
#include "layout/io/venue_dxf.h"
#include "layout/model/diagnostics.h"
#include "tests/support/export_support.h"
#include "tests/support/test_support.h"
#include "tests/support/venue_support.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace bp;
using namespace bp::test;

namespace
{

constexpr double kPi = 3.14159265358979323846;

std::string drawing(const TempDir& dir, const std::string& kind, const std::string& args = "")
{
    std::string path = dir.file(kind + ".dxf");
    ToolRun made = reader("make-drawing " + kind + " " + shell_quoted(path) + " " + args);
    INFO(made.output);
    REQUIRE(made.ok());
    return path;
}

std::string refusal(const std::string& path, const DxfImportOptions& o = {})
{
    return refusal_of([&] { read_venue_dxf(path, o); });
}

const Hall& hall(const Venue& v, const std::string& code)
{
    return hall_by_code(v, code);
}

bool any_warning(const DxfImportSummary& s, const std::string& part)
{
    for (const std::string& w : s.warnings)
        if (w.find(part) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("halls drawn as LINEs, with a shared wall, an ARC corner and a bulging polyline, import whole")
{
    TempDir dir;
    std::string path = drawing(dir, "lines");
    DxfImportSummary s;
    Venue v = read_venue_dxf(path, {}, &s);
    REQUIRE(v.halls.size() == 3);
    CHECK(area(hall(v, "A1").outline) == Approx(60 * 40).margin(1e-6)); // the shared wall divides them
    CHECK(area(hall(v, "A2").outline) == Approx(40 * 40).margin(1e-6));
    // A3: 50 x 40 less a rounded corner (r 10), plus the west wall's bow (chord 40, bulge 0.2).
    double theta = 4 * std::atan(0.2), r = 20 / std::sin(theta / 2);
    double a3 = 50 * 40 - (100 - kPi * 25) + r * r / 2 * (theta - std::sin(theta));
    CHECK(area(hall(v, "A3").outline) == Approx(a3).epsilon(0.002));
    CHECK(hall(v, "A1").doors.size() == 1);
    CHECK(hall(v, "A3").doors.size() == 1);
    CHECK(s.gaps_bridged == 0);
}

TEST_CASE("inner walls divide a drawn hall only where names say they are separate halls")
{
    TempDir dir;
    SECTION("three named rooms are three halls; an unnamed store joins the room around it")
    {
        Venue v = read_venue_dxf(drawing(dir, "split"));
        REQUIRE(v.halls.size() == 3);
        CHECK(area(hall(v, "W").outline) == Approx(900));
        CHECK(area(hall(v, "M").outline) == Approx(900)); // the 8 m x 10 m store is part of it
        CHECK(area(hall(v, "E").outline) == Approx(900));
    }
    SECTION("with no names the rectangle is one hall and its inner lines are ignored")
    {
        DxfImportSummary s;
        Venue v = read_venue_dxf(drawing(dir, "inner"), {}, &s);
        REQUIRE(v.halls.size() == 1);
        CHECK(v.halls[0].code == "H1");
        CHECK(area(v.halls[0].outline) == Approx(90 * 30));
        CHECK(any_warning(s, "have no name"));
    }
}

TEST_CASE("block INSERTs are exploded with their scale, rotation, mirroring, nesting and arrays")
{
    TempDir dir;
    for (const char* units : {"mm", "m"})
    {
        INFO(units);
        Venue v = read_venue_dxf(drawing(dir, "blocks", std::string("--units ") + units));
        REQUIRE(v.halls.size() == 2);
        const Hall& b1 = hall(v, "B1");
        CHECK(area(b1.outline) == Approx(40 * 20).epsilon(1e-9));
        // Turned 30 degrees: the long side runs at 30 degrees.
        bool turned = false;
        for (size_t i = 0; i < b1.outline.size(); ++i)
        {
            Vec2 d = b1.outline[(i + 1) % b1.outline.size()] - b1.outline[i];
            turned = turned || (std::fabs(length(d) - 40) < 1e-6 &&
                                std::fabs(std::fabs(std::atan2(d.y, d.x)) - kPi / 6) < 1e-6 * 40);
        }
        CHECK(turned);
        const Hall& b2 = hall(v, "B2"); // ROOM inside WING, stretched 3 x 2 and mirrored
        CHECK(area(b2.outline) == Approx(30 * 10).epsilon(1e-9));
        CHECK(b2.columns.size() == 6); // a 3 x 2 array of a column block drawn on layer 0
        for (const Polygon& c : b2.columns)
            CHECK(area(c) == Approx(1).epsilon(1e-9));
    }
}

TEST_CASE("a 3 cm gap in an outline is joined; a 30 cm gap is reported with where and how much")
{
    TempDir dir;
    std::string path = drawing(dir, "gaps", "--units m");
    std::string why = refusal(path);
    CHECK_THAT(why, Catch::Contains("open by 30.0 cm at (70.00, 0.15)"));
    CHECK_THAT(why, Catch::Contains("--dxf-tolerance 33cm"));
    CHECK_THAT(why, !Catch::Contains("(0.00, 0.01)")); // the 3 cm gap closed by itself
    DxfImportOptions o;
    o.tolerance_m = 0.33;
    DxfImportSummary s;
    Venue v = read_venue_dxf(path, o, &s);
    REQUIRE(v.halls.size() == 2);
    CHECK(s.gaps_bridged == 2);
    CHECK(area(hall(v, "G1").outline) == Approx(50 * 40).epsilon(1e-3));
    CHECK(area(hall(v, "G2").outline) == Approx(50 * 40).epsilon(1e-3));
    o.tolerance_m = 0.01; // tighter than the small gap: both are reported
    CHECK_THAT(refusal(path, o), Catch::Contains("open by 3.0 cm"));
}

TEST_CASE("HATCH boundaries are hall outlines, polyline paths and edge paths with arcs")
{
    TempDir dir;
    Venue v = read_venue_dxf(drawing(dir, "hatch"));
    REQUIRE(v.halls.size() == 2);
    CHECK(area(hall(v, "H-WEST").outline) == Approx(2400).epsilon(1e-9));
    CHECK(area(hall(v, "H-EAST").outline) == Approx(60 * 40 - (100 - kPi * 25)).epsilon(2e-3));
}

TEST_CASE("names come from a separate name layer; area labels and notes are counted, never errors")
{
    TempDir dir;
    std::string path = drawing(dir, "texts");
    DxfImportSummary s;
    Venue v = read_venue_dxf(path, {}, &s); // names are not on HALL: numbered, with a hint
    REQUIRE(v.halls.size() == 2);
    CHECK(v.halls[0].code == "H1");
    CHECK(any_warning(s, "--dxf-layer name=ROOM-NAMES would name them"));
    DxfImportOptions o;
    o.layers.name = "room-names"; // layer names are compared without regard to case
    v = read_venue_dxf(path, o, &s);
    REQUIRE(v.halls.size() == 2);
    CHECK(v.halls[0].code == "Hall West");
    CHECK(v.halls[1].code == "Hall East");
    CHECK(s.texts_ignored == 3); // "2400 m2", "2400 m²", the note
    CHECK(s.texts_outside == 1);
    CHECK(any_warning(s, "outside every hall outline"));
}

TEST_CASE("a drawing far from its origin comes to the origin with its offset said")
{
    TempDir dir;
    DxfImportSummary s;
    Venue v = read_venue_dxf(drawing(dir, "far"), {}, &s);
    REQUIRE(v.halls.size() == 1);
    Box b = bounds(v.halls[0].outline);
    CHECK(b.min.x == Approx(0).margin(1e-6));
    CHECK(b.min.y == Approx(0).margin(1e-6));
    CHECK(area(v.halls[0].outline) == Approx(4000).epsilon(1e-9));
    CHECK(s.offset.x == Approx(4.0e6));
    REQUIRE(v.halls[0].doors.size() == 1);
    CHECK(v.halls[0].doors[0].span.a.x == Approx(30).margin(1e-6));
}

TEST_CASE("drawing units: $INSUNITS, overridden by the planner, and a warning when halls look mis-scaled")
{
    TempDir dir;
    // A drawing in centimetres whose $INSUNITS says millimetres: every hall comes out tiny.
    std::string path = drawing(dir, "split", "--units cm --insunits 4");
    DxfImportSummary s;
    Venue v = read_venue_dxf(path, {}, &s);
    CHECK(area(hall(v, "W").outline) == Approx(9).epsilon(1e-6));
    CHECK(any_warning(s, "all 3 halls are under 20 m² (M is 9.0 m²) — is the drawing in cm? try --units cm"));
    DxfImportOptions o;
    o.units = DrawingUnits::Centimetre;
    v = read_venue_dxf(path, o, &s);
    CHECK(area(hall(v, "W").outline) == Approx(900).epsilon(1e-9));
    CHECK(s.units_source == "--units cm");
    CHECK(!any_warning(s, "--units"));
    // One hall of 5.2 m² in its own units: the example of the issue.
    std::string one = dir.file("small.dxf");
    write_text(one,
               "0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n4\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n"
               "0\nLWPOLYLINE\n8\nHALL\n90\n4\n70\n1\n10\n0\n20\n0\n10\n2600\n20\n0\n10\n2600\n20\n2000\n10\n0\n20\n"
               "2000\n0\nENDSEC\n0\nEOF\n");
    read_venue_dxf(one, {}, &s);
    CHECK(any_warning(s, "hall H1 is 5.2 m² — is the drawing in cm? try --units cm"));
    // Units the import cannot guess are refused with the option that settles them.
    write_text(one,
               "0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n3\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n0\nENDSEC\n0\nEOF\n");
    CHECK_THAT(refusal(one), Catch::Contains("pass --units mm|cm|m|in|ft"));
}

TEST_CASE("when nothing maps, the refusal lists every layer with what it holds and the option to use it")
{
    TempDir dir;
    std::string path = drawing(dir, "nothing", "--units m");
    std::string why = refusal(path);
    CHECK_THAT(why, Catch::Contains("no hall outline on layer HALL (the drawing has no such layer)"));
    CHECK_THAT(why, Catch::Contains("Walls: 4 LINE; 1 outline (2400 m²): --dxf-layer hall=Walls"));
    CHECK_THAT(why, Catch::Contains("Furniture: 4 LINE, 3 CIRCLE; 4 outlines"));
    CHECK_THAT(why, Catch::Contains("Room names: 1 TEXT; 1 text(s): --dxf-layer 'name=Room names'"));
    CHECK_THAT(why, Catch::Contains("Empty layer: no entities"));
    // The inspection says the same to a program (the import dialog).
    DxfInspection in = VenueDrawing::read(path).inspect();
    bool walls = false;
    for (const DxfLayerContent& l : in.layers)
        if (l.name == "Walls")
        {
            walls = true;
            CHECK(l.entities.at("LINE") == 4);
            CHECK(l.outlines == 1);
            CHECK(l.largest_m2 == Approx(2400));
        }
    CHECK(walls);
    std::vector<Polygon> preview = VenueDrawing::read(path).outlines("walls");
    REQUIRE(preview.size() == 1);
    CHECK(area(preview[0]) == Approx(2400));
    // The layer named is used; a layer named that the drawing lacks is flagged with similar ones.
    DxfImportOptions o;
    o.layers.hall = "WALLS";
    o.layers.name = "Room names";
    Venue v = read_venue_dxf(path, o);
    REQUIRE(v.halls.size() == 1);
    CHECK(v.halls[0].code == "Main hall");
    o.layers.column = "Furnitures";
    CHECK_THAT(refusal(path, o), Catch::Contains("column=Furnitures: the drawing has no layer 'Furnitures' "
                                                 "(similar: Furniture)"));
}

TEST_CASE("the ignored layers of a busy drawing are summed up in one readable line")
{
    TempDir dir;
    std::string path = dir.file("busy.dxf");
    std::string text =
        "0\nSECTION\n2\nENTITIES\n0\nLWPOLYLINE\n8\nHALL\n90\n4\n70\n1\n10\n0\n20\n0\n10\n90000\n20\n0\n"
        "10\n90000\n20\n60000\n10\n0\n20\n60000\n0\nTEXT\n8\nHALL\n10\n5000\n20\n5000\n40\n500\n1\n1.1\n";
    for (int i = 0; i < 400; ++i)
        text += "0\nLINE\n8\nFURNITURE-" + std::to_string(i) + "\n10\n1000\n20\n1000\n11\n2000\n21\n2000\n";
    write_text(path, text + "0\nENDSEC\n0\nEOF\n");
    DxfImportSummary s;
    read_venue_dxf(path, {}, &s);
    std::string line = s.to_string();
    CHECK(line.size() < 800);
    CHECK_THAT(line, Catch::Contains("ignored: 400 entities"));
    CHECK_THAT(line, Catch::Contains("and 394 more"));
}

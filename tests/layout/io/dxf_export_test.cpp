// The DXF export as CAD users meet it: the CISMEF plan that ezdxf recovers and audits without a fix,
// booth labels inside their booths, colours that print on white, header extents and code page; and
// an export that imports back whole (venue name, rules, hall heights, outlines, doors, the grid).
#include "layout/grid/booth_grid.h"
#include "tests/support/edit_support.h"
#include "layout/io/dxf_labels.h"
#include "layout/io/venue_dxf.h"
#include "render/export.h"
#include "tests/support/export_fixture.h"
#include "tests/support/export_support.h"
#include "tests/support/test_support.h"

#include <catch2/catch.hpp>

using namespace bp;
using namespace bp::test;

TEST_CASE("the CISMEF plan in DXF: clean for ezdxf, labels inside their booths, colours that print")
{
    Project p = let_sample(SamplePreset::Cismef);
    TempDir dir;
    std::string path = dir.file("cismef.dxf");
    export_dxf(p, path, {});
    ToolRun check = reader("dxf " + shell_quoted(path) + " --halls 14 --layer BOOTHPLAN-META");
    INFO(check.output);
    CHECK(check.ok());
    CHECK_THAT(check.output, Catch::Contains("recover and audit clean"));
    std::string text = read_text_file(path);
    CHECK(text.find("$EXTMIN") != std::string::npos);
    CHECK(text.find("ANSI_1252") != std::string::npos);
    CHECK(text.find("\n 50\n5156.") == std::string::npos); // no text turned 90 radians for 90 degrees
}

TEST_CASE("an exported plan imports back with its venue name, rules, hall heights, doors and grid")
{
    Project p = let_sample(SamplePreset::Cismef);
    p.venue.rules.aisle_m = 3.5;         // not the defaults, so that the record must carry them
    p.venue.halls[3].rules.module_m = 2; // and a hall's own rule
    TempDir dir;
    export_dxf(p, dir.file("plan.dxf"), {});
    DxfImportSummary summary;
    Project back;
    back.venue = read_venue_dxf(dir.file("plan.dxf"), {}, &summary);
    CHECK(summary.metadata);
    CHECK(back.venue.name == p.venue.name);
    CHECK(back.venue.rules.aisle_m == 3.5);
    REQUIRE(back.venue.halls.size() == p.venue.halls.size());
    for (size_t i = 0; i < p.venue.halls.size(); ++i)
    {
        const Hall &a = back.venue.halls[i], &b = p.venue.halls[i];
        INFO(b.code);
        CHECK(a.code == b.code);
        CHECK(a.name == b.name);
        CHECK(a.level == b.level);
        CHECK(a.height_m == b.height_m);
        CHECK(a.rules.module_m == b.rules.module_m);
        REQUIRE(a.outline.size() == b.outline.size());
        for (size_t k = 0; k < a.outline.size(); ++k)
            CHECK(distance(a.outline[k], b.outline[k]) < 1e-9);
        CHECK(a.columns.size() == b.columns.size());
        CHECK(a.blocked.size() == b.blocked.size());
        REQUIRE(a.doors.size() == b.doors.size());
        for (size_t k = 0; k < a.doors.size(); ++k)
        {
            CHECK(a.doors[k].kind == b.doors[k].kind);
            CHECK(distance(a.doors[k].span.a, b.doors[k].span.a) < 1e-9);
            CHECK(distance(a.doors[k].span.b, b.doors[k].span.b) < 1e-9);
        }
    }
    // The grid generated from the imported venue is the grid of the original.
    Project original = make_sample(SamplePreset::Cismef, 1);
    original.venue = p.venue;
    regrid(original);
    regrid(back);
    REQUIRE(back.blocks.size() == original.blocks.size());
    for (size_t i = 0; i < back.blocks.size(); ++i)
        CHECK(back.blocks[i].numbers == original.blocks[i].numbers);
    // The summary is a few lines, however many booth layers the export has.
    CHECK(summary.to_string().size() < 1500);
}

TEST_CASE("booth labels fit: smaller, wrapped, or the name left out with the number kept")
{
    auto fits = [](const std::vector<BoothLabelLine>& lines, double w, double d)
    {
        for (const BoothLabelLine& l : lines)
        {
            if (label_width(l.text, l.height) > w * 0.9 + 1e-9)
                return false;
            if (l.offset + l.height > d / 2 + 1e-9 || l.offset - 0.3 * l.height < -d / 2 - 1e-9)
                return false;
        }
        return true;
    };
    // A 3 m x 3 m booth: a long name wraps onto several lines.
    auto lines = fit_booth_label("2.1C07", "Guangzhou Hongda Electronics Co., Ltd.", "", 3, 3);
    REQUIRE(lines.size() >= 3);
    CHECK(lines[0].text == "2.1C07");
    CHECK(fits(lines, 3, 3));
    // A 3 m x 1 m corridor booth: the name gets smaller or goes, the number stays.
    lines = fit_booth_label("2.1C07-08", "Guangzhou Hongda Electronics Co., Ltd.", "", 3, 1);
    CHECK(lines[0].text == "2.1C07-08");
    CHECK(fits(lines, 3, 1));
    // A name of one word longer than the booth can hold is left out.
    lines = fit_booth_label("9.1A01", "Supercalifragilisticexpialidocious-Holdings-International", "", 3, 3);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].text == "9.1A01");
    // The local name follows when there is room, in wide characters.
    lines = fit_booth_label("9.1A02", "Delta Crafts", "\xE5\xBE\xB7\xE5\xB0\x94\xE5\xA1\x94", 6, 3);
    REQUIRE(lines.size() == 3);
    CHECK(fits(lines, 6, 3));
}

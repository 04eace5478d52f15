// The DXF import dialog's model, as a planner uses it: the drawing's layers listed with what they
// hold, a click maps a layer, the units are picked, and the summary follows before anything is
// created. Real drawings are read from ../shared/venues-real/ (skipped, saying so, where absent).
#include "app/window/dialogs/dxf_import_dialog.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace bp;
using namespace bp::win;

namespace
{

std::string corpus_file(const std::string& name)
{
    std::string dir;
    if (const char* env = std::getenv("BOOTHPLAN_VENUES_REAL"))
        dir = env;
    else
    {
        std::filesystem::path repo = std::filesystem::path(BOOTHPLAN_TEST_DATA).parent_path().parent_path();
        for (const char* up : {"../shared/venues-real", "../../shared/venues-real"})
            if (std::filesystem::is_directory(repo / up))
                dir = (repo / up).lexically_normal().string();
    }
    std::string path = dir + "/" + name;
    if (dir.empty() || !std::filesystem::exists(path))
    {
        WARN("skipped: ../shared/venues-real/" << name << " is not here; set BOOTHPLAN_VENUES_REAL");
        return "";
    }
    return path;
}

std::string lwpolyline(const std::string& layer, std::vector<Vec2> pts)
{
    std::string s = "0\nLWPOLYLINE\n8\n" + layer + "\n90\n" + std::to_string(pts.size()) + "\n70\n1\n";
    for (Vec2 p : pts)
        s += "10\n" + std::to_string(p.x) + "\n20\n" + std::to_string(p.y) + "\n";
    return s;
}

std::string text(const std::string& layer, Vec2 at, const std::string& value)
{
    return "0\nTEXT\n8\n" + layer + "\n10\n" + std::to_string(at.x) + "\n20\n" + std::to_string(at.y) +
           "\n40\n500\n1\n" + value + "\n";
}

std::string rect(const std::string& layer, double x, double y, double w, double h)
{
    return lwpolyline(layer, {{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}});
}

// A venue as an architect sends it, in millimetres ($INSUNITS 4): two halls on "A-FLOOR", their
// names on "A-TEXT", a column on "S-COLS", a stair core on "CORE", furniture to ignore.
std::string two_hall_drawing()
{
    std::string d = "0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n4\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n";
    d += rect("A-FLOOR", 0, 0, 40000, 30000);     // 1200 m²
    d += rect("A-FLOOR", 50000, 0, 20000, 30000); // 600 m²
    d += text("A-TEXT", {20000, 15000}, "North Hall");
    d += text("A-TEXT", {60000, 15000}, "South Hall");
    d += rect("S-COLS", 10000, 10000, 500, 500);
    d += rect("CORE", 30000, 20000, 4000, 4000);
    d += rect("FURNITURE", 1000, 1000, 800, 800);
    d += "0\nENDSEC\n0\nEOF\n";
    return d;
}

const DxfLayerContent& layer(const DxfImportModel& m, const std::string& name)
{
    for (const DxfLayerContent& l : m.layers())
        if (l.name == name)
            return l;
    FAIL("no layer " << name);
    return m.layers().front();
}

} // namespace

TEST_CASE("the dialog lists the drawing's layers with their counts, the likely hall layer first and marked")
{
    DxfImportModel m = DxfImportModel::parse(two_hall_drawing(), "venue.dxf");
    REQUIRE(m.layers().size() >= 5);
    CHECK(m.layers().front().name == "A-FLOOR"); // the largest outlines
    CHECK(layer(m, "A-FLOOR").entities.at("LWPOLYLINE") == 2);
    CHECK(layer(m, "A-FLOOR").outlines == 2);
    CHECK(layer(m, "A-TEXT").texts == 2);
    // No layer HALL: the dialog reads the largest outlines as halls and says it guessed.
    CHECK(m.hall_guessed());
    CHECK(m.role("a-floor") == DxfLayerRole::Hall);
    CHECK(m.options().layers.hall == "A-FLOOR");
    CHECK(m.drawing_units() == "mm");
    REQUIRE(m.can_create());
    CHECK(m.preview().summary.halls == 2);
    CHECK(m.preview().floors.size() == 2);
    // Unmapped layers are ignored, not read under the importer's default names.
    CHECK(m.preview().summary.columns == 0);
    CHECK(m.preview().summary.hall_list[0].numbered); // names are on another layer, not mapped yet
}

TEST_CASE("mapping layers by clicking changes the summary live, and a role belongs to one layer")
{
    DxfImportModel m = DxfImportModel::parse(two_hall_drawing(), "venue.dxf");
    m.set_role("A-TEXT", DxfLayerRole::Name);
    m.set_role("S-COLS", DxfLayerRole::Column);
    m.set_role("CORE", DxfLayerRole::Blocked);
    CHECK(m.role("A-FLOOR") == DxfLayerRole::Hall);
    DxfImportOptions o = m.options();
    CHECK(o.layers.name == "A-TEXT");
    CHECK(o.layers.column == "S-COLS");
    CHECK(o.layers.blocked == "CORE");
    REQUIRE(m.can_create());
    const DxfImportSummary& s = m.preview().summary;
    CHECK(s.halls == 2);
    CHECK(s.columns == 1);
    CHECK(s.blocked == 1);
    std::vector<std::string> names;
    for (const Hall& h : m.preview().venue->halls)
        names.push_back(h.name);
    CHECK(std::find(names.begin(), names.end(), "North Hall") != names.end());
    CHECK(std::find(names.begin(), names.end(), "South Hall") != names.end());
    CHECK(m.project_name() == "venue");

    // Columns moved to another layer: the one that held them is ignored again.
    m.set_role("FURNITURE", DxfLayerRole::Column);
    CHECK(m.role("S-COLS") == DxfLayerRole::Ignore);
    CHECK(m.options().layers.column == "FURNITURE");
    // The hall role taken away: nothing would import, and the dialog says why without creating.
    m.set_role("A-FLOOR", DxfLayerRole::Ignore);
    CHECK_FALSE(m.hall_guessed());
    CHECK(m.options().layers.hall.empty());
    CHECK_FALSE(m.can_create());
    CHECK_FALSE(m.preview().problems.empty());
    m.set_role("A-FLOOR", DxfLayerRole::Hall);
    CHECK(m.can_create());
}

TEST_CASE("picking the units rescales the halls and the plausibility warning follows")
{
    DxfImportModel m = DxfImportModel::parse(two_hall_drawing(), "venue.dxf");
    REQUIRE(m.can_create());
    CHECK(m.preview().summary.hall_list[0].area_m2 == Approx(1200).epsilon(0.01));
    m.set_units(DrawingUnits::Centimetre); // wrong on purpose: 100 times larger
    REQUIRE(m.can_create());
    CHECK(m.preview().summary.units == "cm");
    CHECK(m.preview().summary.hall_list[0].area_m2 == Approx(120000).epsilon(0.01));
    CHECK(layer(m, "A-FLOOR").largest_m2 == Approx(120000).epsilon(0.01)); // the table follows
    CHECK_FALSE(m.preview().summary.warnings.empty());
    m.set_units(std::nullopt);
    CHECK(m.preview().summary.units == "mm");
    CHECK(m.preview().summary.hall_list[0].area_m2 == Approx(1200).epsilon(0.01));
    CHECK(m.drawing_units_source() == m.preview().summary.units_source);
}

TEST_CASE("an outline left open shows the importer's message until the tolerance joins it")
{
    // A 20 × 10 m hall in metres, drawn as LINEs with a 30 cm gap at one corner.
    auto line = [](Vec2 a, Vec2 b)
    {
        return "0\nLINE\n8\nHALL\n10\n" + std::to_string(a.x) + "\n20\n" + std::to_string(a.y) + "\n11\n" +
               std::to_string(b.x) + "\n21\n" + std::to_string(b.y) + "\n";
    };
    std::string d = "0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n6\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n";
    d += line({0, 0}, {20, 0}) + line({20, 0}, {20, 10}) + line({20, 10}, {0, 10}) + line({0, 10}, {0, 0.3});
    d += "0\nENDSEC\n0\nEOF\n";
    DxfImportModel m = DxfImportModel::parse(d, "open.dxf");
    CHECK(m.role("HALL") == DxfLayerRole::Hall);
    CHECK_FALSE(m.hall_guessed());
    CHECK_FALSE(m.can_create());
    REQUIRE_FALSE(m.preview().problems.empty());
    std::string all;
    for (const Problem& p : m.preview().problems)
        all += p.to_string() + "\n";
    CHECK(all.find("open by") != std::string::npos);
    m.set_tolerance(0.4);
    REQUIRE(m.can_create());
    CHECK(m.preview().summary.halls == 1);
    CHECK(m.preview().summary.gaps_bridged >= 1);
}

TEST_CASE("a file that is not a DXF is refused before the dialog opens")
{
    CHECK_THROWS_AS(DxfImportModel::parse("0\nSECTION\n2\nENTITIES\nxyz\nLINE\n", "bad.dxf"), InputError);
}

TEST_CASE("the Barcelona Pavilion: Flooring guessed as the hall, columns mapped by a click")
{
    std::string path = corpus_file("barcelona-plan.dxf");
    if (path.empty())
        return;
    DxfImportModel m = DxfImportModel::read(path);
    CHECK(m.options().layers.hall == "Flooring");
    CHECK(m.hall_guessed());
    REQUIRE(m.can_create());
    CHECK(m.preview().summary.halls == 1);
    CHECK(m.preview().summary.hall_list[0].area_m2 == Approx(538.4).epsilon(0.01));
    CHECK(m.preview().summary.units == "m");
    CHECK(layer(m, "Columns").entities.at("LINE") == 96);
    m.set_role("Columns", DxfLayerRole::Column);
    REQUIRE(m.can_create());
    CHECK(m.preview().summary.columns == 8);
}

TEST_CASE("the university room: $INSUNITS says inches, the planner picks centimetres")
{
    std::string path = corpus_file("unimi-stanza_singola.dxf");
    if (path.empty())
        return;
    DxfImportModel m = DxfImportModel::read(path);
    m.set_role("RM$", DxfLayerRole::Hall);
    m.set_role("RM$TXT", DxfLayerRole::Name);
    REQUIRE(m.can_create());
    const double in_inches = m.preview().summary.hall_list.at(0).area_m2;
    m.set_units(DrawingUnits::Centimetre);
    REQUIRE(m.can_create());
    const double in_cm = m.preview().summary.hall_list.at(0).area_m2;
    CHECK(in_inches / in_cm == Approx(2.54 * 2.54).epsilon(0.01));
}

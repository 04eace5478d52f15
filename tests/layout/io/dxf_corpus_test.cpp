// The real venue drawings of ../shared/venues-real/ (read from there, never copied into the project;
// the README there gives their sources): each imports with at most the --dxf-layer and --units
// options, and without them is refused with its layers listed and the option that would read each.
// Skipped, saying so, where the folder is absent (BOOTHPLAN_VENUES_REAL names another place).
#include "layout/io/venue_dxf.h"
#include "layout/model/diagnostics.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <map>

using namespace bp;

namespace
{

std::string corpus()
{
    if (const char* env = std::getenv("BOOTHPLAN_VENUES_REAL"))
        return env;
    std::filesystem::path repo = std::filesystem::path(BOOTHPLAN_TEST_DATA).parent_path().parent_path();
    for (const char* up : {"../shared/venues-real", "../../shared/venues-real"})
        if (std::filesystem::is_directory(repo / up))
            return (repo / up).lexically_normal().string();
    return "";
}

// The drawing's path, or empty (with a warning in the test log) when the corpus is not here.
std::string real(const std::string& name)
{
    std::string dir = corpus();
    std::string path = dir + "/" + name;
    if (dir.empty() || !std::filesystem::exists(path))
    {
        WARN("skipped: the real venue drawings (../shared/venues-real/" << name
                                                                        << ") are not here; set BOOTHPLAN_VENUES_REAL");
        return "";
    }
    return path;
}

std::string refusal(const std::string& path)
{
    try
    {
        read_venue_dxf(path);
    }
    catch (const InputError& e)
    {
        return e.what();
    }
    return "";
}

// Hall code -> area.
std::map<std::string, double> halls(const Venue& v)
{
    std::map<std::string, double> out;
    for (const Hall& h : v.halls)
        out[h.code] = area(h.outline);
    return out;
}

void check_areas(const Venue& v, const std::map<std::string, double>& want)
{
    std::map<std::string, double> got = halls(v);
    REQUIRE(got.size() == want.size());
    for (const auto& [code, a] : want)
    {
        INFO(code);
        REQUIRE(got.count(code));
        CHECK(got[code] == Approx(a).epsilon(0.01));
    }
}

} // namespace

TEST_CASE("the Barcelona Pavilion: LINEs only; the podium from the floor tiles, columns and walls from theirs")
{
    std::string path = real("barcelona-plan.dxf");
    if (path.empty())
        return;
    CHECK_THAT(refusal(path), Catch::Contains("Flooring: 260 LINE; 1 outline (538.4 m²): --dxf-layer hall=Flooring"));
    DxfImportOptions o;
    o.layers.hall = "Flooring";
    o.layers.column = "Columns";
    o.layers.blocked = "Walls";
    DxfImportSummary s;
    Venue v = read_venue_dxf(path, o, &s);
    check_areas(v, {{"H1", 538.4}});
    CHECK(v.halls[0].columns.size() == 8); // the cruciform steel columns, 12 LINEs each
    CHECK(v.halls[0].blocked.size() == 4); // the free-standing walls inside the podium
    CHECK(s.units == "m");
}

TEST_CASE("the EMF 2012 site plan: metres far from the origin, marquees as rotated block INSERTs")
{
    std::string path = real("emf2012-plan.dxf");
    if (path.empty())
        return;
    CHECK_THAT(refusal(path), Catch::Contains("Stages: 28 LINE; 7 outlines (18.0–67.6 m²): --dxf-layer hall=Stages"));
    CHECK_THAT(refusal(path), Catch::Contains("Boundary: 30 LINE; no closed outline: one is open by 3.01m"));
    DxfImportOptions o;
    o.layers.hall = "stages";
    DxfImportSummary s;
    Venue v = read_venue_dxf(path, o, &s);
    // Three 20 x 36 ft marquees (66.9 m²) from INSERTs turned 60 degrees, four stages of LINEs.
    check_areas(
        v, {{"H1", 66.89}, {"H2", 66.89}, {"H3", 66.89}, {"H4", 46.72}, {"H5", 46.72}, {"H6", 17.99}, {"H7", 67.55}});
    CHECK(s.offset.x > 488000);
    CHECK(s.offset.y > 240000);
}

TEST_CASE("the hal9k hackerspace: cm, walls as LINEs on layer 0, Danish room names beside area labels")
{
    std::string path = real("hal9k-floorplan.dxf");
    if (path.empty())
        return;
    CHECK_THAT(refusal(path), Catch::Contains("0: 71 LINE, 13 ARC, 12 TEXT, 6 MTEXT, 1 HATCH; 11 outlines"));
    DxfImportOptions o;
    o.layers.hall = "0";
    DxfImportSummary s;
    Venue v = read_venue_dxf(path, o, &s);
    check_areas(v, {{"Fællesrum", 62.77},
                    {"Gang", 3.62},
                    {"Limbo", 29.59},
                    {"Lager", 8.22},
                    {"E-lab", 9.09},
                    {"Serverrum", 3.52},
                    {"Værksted", 25.72},
                    {"Kemilab", 5.12},
                    {"WC", 4.36},
                    {"WC-2", 4.54},
                    {"Metalværksted", 10.59}});
    CHECK(s.units == "cm");
    CHECK(s.texts_ignored == 7); // six area labels ("60 m2", ...) and Køkken: never names, never errors
    // The kitchen opens into Limbo without a wall: said, so the planner can close it in the drawing.
    bool merged = false;
    for (const std::string& w : s.warnings)
        merged = merged || w.find("'Limbo' also holds 'Køkken'") != std::string::npos;
    CHECK(merged);
}

TEST_CASE("the olymp hackerspace room: cm, LINEs only, an annex drawn over the room's wall")
{
    std::string path = real("olymp-floorplan.dxf");
    if (path.empty())
        return;
    CHECK_THAT(refusal(path), Catch::Contains("Base: 10 LINE; 1 outline (37.0 m²): --dxf-layer hall=Base"));
    DxfImportOptions o;
    o.layers.hall = "Base";
    Venue v = read_venue_dxf(path, o);
    check_areas(v, {{"H1", 37.04}}); // the room, its triangle and its annex as one outline
}

TEST_CASE("the unimi room: names on RM$TXT, $INSUNITS says inches for a drawing in cm")
{
    std::string path = real("unimi-stanza_singola.dxf");
    if (path.empty())
        return;
    CHECK_THAT(refusal(path), Catch::Contains("RM$: 1 LWPOLYLINE; 1 outline (33.5 m²): --dxf-layer 'hall=RM$'"));
    CHECK_THAT(refusal(path), Catch::Contains("RM$TXT: 6 TEXT; 6 text(s): --dxf-layer 'name=RM$TXT'"));
    DxfImportOptions o;
    o.layers.hall = "RM$";
    DxfImportSummary s;
    read_venue_dxf(path, o, &s);
    bool hinted = false;
    for (const std::string& w : s.warnings)
        hinted = hinted || w.find("'5,18' inside it reads like its area in cm: is the drawing in cm? try --units cm") !=
                               std::string::npos;
    CHECK(hinted);
    o.layers.name = "RM$TXT";
    o.units = DrawingUnits::Centimetre;
    Venue v = read_venue_dxf(path, o, &s);
    check_areas(v, {{"1002", 5.18}}); // the room's own label says 5,18 m²
    CHECK(s.texts_ignored == 5);      // L, WC02, AMMI, 5129, 5,18
}

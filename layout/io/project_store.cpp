// The SQLite project file: whole-project load in named steps, and saves that write a new file and
// rename it over the old one, so a crash, a full disk or a hostile old file never breaks a project.
//
// Index:
//   [SECTION] Encodings (polygons, lists, rules)
//   [SECTION] Save
//   [SECTION] Load
#include "project_store.h"

#include "file_util.h"
#include "project_store_check.h"
#include "project_store_db.h"
#include "json_values.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace bp
{

using store::Db;
using store::Stmt;

// [SECTION] Encodings --------------------------------------------------------------------------

namespace
{

constexpr size_t kMaxPolygonPoints = 65536;

// Polygons as packed little-endian doubles (x0 y0 x1 y1 ...): compact and exact.
std::string pack(const Polygon& poly)
{
    static_assert(sizeof(Vec2) == 2 * sizeof(double));
    std::string out(poly.size() * sizeof(Vec2), '\0');
    if (!poly.empty()) // memcpy must not see an empty vector's null
        std::memcpy(out.data(), poly.data(), out.size());
    return out;
}

std::string join(const std::vector<std::string>& parts, char sep)
{
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i)
    {
        if (i)
            out += sep;
        out += parts[i];
    }
    return out;
}

std::vector<std::string> split(const std::string& s, char sep)
{
    std::vector<std::string> out;
    if (s.empty())
        return out;
    size_t start = 0;
    for (;;)
    {
        size_t end = s.find(sep, start);
        out.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            return out;
        start = end + 1;
    }
}

} // namespace

// [SECTION] Save -------------------------------------------------------------------------------

static void write_venue(Db& db, const Project& p)
{
    Stmt meta(db, "INSERT INTO meta(key, value) VALUES(?, ?)");
    meta.bind(std::string("venue_name")).bind(p.venue.name).run();
    meta.bind(std::string("venue_rules")).bind(rules_json(p.venue.rules).dump()).run();

    Stmt hall(db, "INSERT INTO halls VALUES(?,?,?,?,?,?,?)");
    Stmt shape(db, "INSERT INTO hall_shapes VALUES(?,?,?,?)");
    Stmt door(db, "INSERT INTO doors VALUES(?,?,?,?,?,?,?)");
    for (size_t i = 0; i < p.venue.halls.size(); ++i)
    {
        const Hall& h = p.venue.halls[i];
        int id = static_cast<int>(i);
        hall.bind(id).bind(h.code).bind(h.name).bind(h.level).bind(h.height_m).bind_blob(pack(h.outline));
        hall.bind(overrides_json(h.rules).dump()).run();
        for (size_t k = 0; k < h.columns.size(); ++k)
            shape.bind(id).bind(static_cast<int>(k)).bind(std::string("column")).bind_blob(pack(h.columns[k])).run();
        for (size_t k = 0; k < h.blocked.size(); ++k)
            shape.bind(id).bind(static_cast<int>(k)).bind(std::string("blocked")).bind_blob(pack(h.blocked[k])).run();
        for (size_t k = 0; k < h.doors.size(); ++k)
        {
            const Door& d = h.doors[k];
            door.bind(id).bind(static_cast<int>(k)).bind(std::string(to_string(d.kind)));
            door.bind(d.span.a.x).bind(d.span.a.y).bind(d.span.b.x).bind(d.span.b.y).run();
        }
    }
}

static void write_people(Db& db, const Project& p)
{
    Stmt sector(db, "INSERT INTO sectors VALUES(?,?,?,?,?)");
    for (size_t i = 0; i < p.sectors.size(); ++i)
    {
        const Sector& s = p.sectors[i];
        sector.bind(static_cast<int>(i)).bind(s.name).bind(static_cast<int64_t>(s.colour));
        if (s.zone)
            sector.bind_id(s.zone->hall).bind_blob(pack(s.zone->polygon)).run();
        else
            sector.bind_null().bind_null().run();
    }

    Stmt pav(db, "INSERT INTO pavilions VALUES(?,?,?,?,?,?,?,?)");
    for (size_t i = 0; i < p.pavilions.size(); ++i)
    {
        const Pavilion& v = p.pavilions[i];
        pav.bind(static_cast<int>(i)).bind(v.name).bind(v.country).bind(v.region).bind(static_cast<int64_t>(v.colour));
        pav.bind(v.shared_space_share);
        if (v.placed)
            pav.bind_id(v.placed->hall).bind_blob(pack(v.placed->polygon)).run();
        else
            pav.bind_null().bind_null().run();
    }

    Stmt ex(db, "INSERT INTO exhibitors VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (size_t i = 0; i < p.exhibitors.size(); ++i)
    {
        const Exhibitor& e = p.exhibitors[i];
        std::vector<std::string> prefer, competitors;
        for (const Preference& pr : e.prefer)
            prefer.push_back(to_string(pr));
        for (ExhibitorId c : e.competitors)
            competitors.push_back(std::to_string(c.value));
        ex.bind(static_cast<int>(i)).bind(e.code).bind(e.name).bind(e.name_local).bind(e.country).bind(e.region);
        ex.bind_id(e.sector).bind(e.area_m2).bind(std::string(to_string(e.booth_kind))).bind_id(e.pavilion);
        ex.bind(join(prefer, ';')).bind(join(competitors, ' ')).bind(e.priority).bind(e.locked_booth).run();
    }
}

static void write_grid(Db& db, const Project& p)
{
    Stmt block(db, "INSERT INTO blocks VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (size_t i = 0; i < p.blocks.size(); ++i)
    {
        const Block& b = p.blocks[i];
        std::string cells(b.cells.size(), '\0');
        for (size_t k = 0; k < b.cells.size(); ++k)
            cells[k] = static_cast<char>(b.cells[k]);
        int open = 0, main = 0;
        for (int s = 0; s < 4; ++s)
        {
            open |= b.open_side[s] ? 1 << s : 0;
            main |= b.main_aisle_side[s] ? 1 << s : 0;
        }
        block.bind(static_cast<int>(i)).bind_id(b.hall).bind(b.origin.x).bind(b.origin.y).bind(b.along.x);
        block.bind(b.along.y).bind(b.module_m).bind(b.row_depth_m).bind(b.rows).bind(b.modules).bind_blob(cells);
        block.bind(join(b.numbers, '\n')).bind(open).bind(main).run();
    }

    Stmt booth(db, "INSERT INTO booths(id, number, hall, block, row, rows, col, cols, status, exhibitor) "
                   "VALUES(?,?,?,?,?,?,?,?,?,?)");
    for (size_t i = 0; i < p.booths.size(); ++i)
    {
        const Booth& b = p.booths[i];
        booth.bind(static_cast<int>(i)).bind(b.number).bind_id(b.hall).bind_id(b.cells.block);
        booth.bind(b.cells.row).bind(b.cells.rows).bind(b.cells.col).bind(b.cells.cols);
        booth.bind(std::string(to_string(b.status))).bind_id(b.exhibitor).run();
    }
}

void save_project(const Project& project, const std::string& path)
{
    std::optional<int> old_version = store::check_save_target(path);
    if (old_version && *old_version < kProjectSchemaVersion)
    {
        // Keep the older file: an older boothplan can still open it.
        std::string backup = path + ".v" + std::to_string(*old_version) + ".bak";
        std::error_code ec;
        std::filesystem::copy_file(path, backup, std::filesystem::copy_options::overwrite_existing, ec);
        if (ec)
            throw StoreError(path + ": cannot keep a copy of the version " + std::to_string(*old_version) +
                             " project as " + backup + " before saving: " + ec.message());
    }
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    ::unlink(tmp.c_str()); // a leftover of an earlier process with this id
    try
    {
        {
            Db db(tmp, Db::Mode::Create);
            try
            {
                // A fresh file nobody else sees until it is renamed: its journal may stay in memory.
                db.exec("PRAGMA journal_mode = MEMORY");
                db.exec("PRAGMA synchronous = OFF");
                db.exec("BEGIN IMMEDIATE");
                db.exec("PRAGMA application_id = " + std::to_string(store::kApplicationId));
                db.exec("PRAGMA user_version = " + std::to_string(kProjectSchemaVersion));
                db.exec(store::kSchema);
                write_venue(db, project);
                write_people(db, project);
                write_grid(db, project);
                db.exec("COMMIT");
            }
            catch (const StoreError&)
            {
                throw StoreError(path + ": cannot save: " + db.error_text() + "; the project file is unchanged");
            }
        }
        store::put_in_place(tmp, path, old_version.has_value());
    }
    catch (...)
    {
        ::unlink(tmp.c_str());
        throw;
    }
}

// [SECTION] Load -------------------------------------------------------------------------------

namespace
{

// Reads rows of one table and checks what a row alone can say: ids 0, 1, 2... in order (references
// are positions), integers in range, polygons well-formed. References between tables are checked
// once everything is read (check_project_references).
struct Reader
{
    Db& db;
    const char* table;
    Stmt st;
    int64_t row_index = -1;

    Reader(Db& d, const char* t, const std::string& sql) : db(d), table(t), st(d, sql.c_str()) {}

    [[noreturn]] void bad(const std::string& what) const
    {
        throw StoreError(db.path() + ": table `" + table + "`, row " + std::to_string(row_index) + ": " + what +
                         " (the file is damaged or was not written by boothplan)");
    }
    // Advances to the next row. Column 0 of every query is the row's id; in a table of records
    // (NUMBERED) it must be the row's position, since other tables refer to records by position.
    bool next(bool numbered = true)
    {
        if (!st.row())
            return false;
        ++row_index;
        if (numbered && st.i64(0) != row_index)
            bad("id " + std::to_string(st.i64(0)) + " out of sequence");
        return true;
    }
    std::string text(int c, const char* what) const
    {
        std::string s = st.text(c);
        if (!valid_utf8(s))
            bad(std::string(what) + " is not UTF-8 text");
        return s;
    }
    int integer(int c, const char* what) const
    {
        int64_t v = st.i64(c);
        if (v < INT_MIN || v > INT_MAX)
            bad(std::string(what) + " " + std::to_string(v) + " out of range");
        return static_cast<int>(v);
    }
    template <class Tag> Id<Tag> id(int c, const char* what) const
    {
        if (st.null(c))
            return {};
        int64_t v = st.i64(c);
        if (v < 0 || v > INT_MAX)
            bad(std::string(what) + " " + std::to_string(v) + " out of range");
        return Id<Tag>(static_cast<int32_t>(v));
    }
    Polygon polygon(int c, const char* what) const
    {
        std::string bytes = st.blob(c);
        if (bytes.size() % sizeof(Vec2) != 0 || bytes.size() / sizeof(Vec2) > kMaxPolygonPoints)
            bad(std::string(what) + ": not a polygon of at most " + std::to_string(kMaxPolygonPoints) + " points");
        Polygon poly(bytes.size() / sizeof(Vec2));
        if (!bytes.empty()) // an empty blob: no points, and memcpy must not see the empty vector's null
            std::memcpy(poly.data(), bytes.data(), bytes.size());
        for (Vec2 v : poly)
            if (!std::isfinite(v.x) || !std::isfinite(v.y) || std::abs(v.x) > 1e6 || std::abs(v.y) > 1e6)
                bad(std::string(what) + ": a point is not finite metres within 1,000 km of the origin");
        return poly;
    }
    template <class T> T name(int c, std::optional<T> (*parse)(const std::string&), const char* what) const
    {
        std::string s = st.text(c);
        if (auto v = parse(s))
            return *v;
        bad(std::string(what) + " '" + s.substr(0, 40) + "' unknown");
    }
};

// Rows keyed by a hall position, ordered by it: each must name a hall that exists.
Hall& hall_at(Project& p, const Reader& r, int c)
{
    int64_t h = r.st.i64(c);
    if (h < 0 || static_cast<uint64_t>(h) >= p.venue.halls.size())
        r.bad("hall " + std::to_string(h) + " does not exist");
    return p.venue.halls[static_cast<size_t>(h)];
}

void read_venue(Db& db, Project& p)
{
    {
        Stmt meta(db, "SELECT key, value FROM meta");
        while (meta.row())
        {
            if (meta.text(0) == "venue_name")
            {
                p.venue.name = meta.text(1);
                if (!valid_utf8(p.venue.name))
                    throw StoreError(db.path() + ": the venue name is not UTF-8 text (the file is damaged)");
            }
            else if (meta.text(0) == "venue_rules")
            {
                const nlohmann::json rules = nlohmann::json::parse(meta.text(1));
                if (rules.contains(kCompetitorsFacingRule) &&
                    !value_in(kCompetitorsFacingNames, rules[kCompetitorsFacingRule].get<std::string>()))
                    throw StoreError(db.path() + ": the venue rule competitors_facing is not forbid, avoid or allow "
                                                 "(the file is damaged)");
                p.venue.rules = rules_from_json(rules);
            }
        }
    }
    Reader hall(db, "halls", "SELECT id, code, name, level, height_m, outline, rules FROM halls ORDER BY id");
    while (hall.next())
    {
        Hall h;
        h.code = hall.text(1, "hall id");
        h.name = hall.text(2, "hall name");
        h.level = hall.integer(3, "level");
        h.height_m = hall.st.real(4);
        h.outline = hall.polygon(5, "outline");
        h.rules = overrides_from_json(nlohmann::json::parse(hall.st.text(6)));
        p.venue.halls.push_back(std::move(h));
    }
    Reader shape(db, "hall_shapes", "SELECT 0, hall, kind, polygon FROM hall_shapes ORDER BY hall, kind, seq");
    while (shape.next(false))
    {
        Hall& h = hall_at(p, shape, 1);
        std::string kind = shape.st.text(2);
        if (kind != "column" && kind != "blocked")
            shape.bad("kind '" + kind.substr(0, 40) + "' is neither column nor blocked");
        (kind == "column" ? h.columns : h.blocked).push_back(shape.polygon(3, kind.c_str()));
    }
    Reader door(db, "doors", "SELECT 0, hall, kind, x0, y0, x1, y1 FROM doors ORDER BY hall, seq");
    while (door.next(false))
    {
        Door d;
        d.kind = door.name(2, parse_door_kind, "door kind");
        d.span = {{door.st.real(3), door.st.real(4)}, {door.st.real(5), door.st.real(6)}};
        hall_at(p, door, 1).doors.push_back(d);
    }
}

void read_sectors_and_pavilions(Db& db, Project& p)
{
    Reader sector(db, "sectors", "SELECT id, name, colour, zone_hall, zone FROM sectors ORDER BY id");
    while (sector.next())
    {
        Sector s;
        s.name = sector.text(1, "name");
        s.colour = static_cast<uint32_t>(sector.st.i64(2));
        if (!sector.st.null(3))
            s.zone = Region{sector.id<HallTag>(3, "zone hall"), sector.polygon(4, "zone")};
        p.sectors.push_back(std::move(s));
    }
    Reader pav(db, "pavilions",
               "SELECT id, name, country, region, colour, shared_space_share, placed_hall, placed FROM pavilions "
               "ORDER BY id");
    while (pav.next())
    {
        Pavilion v;
        v.name = pav.text(1, "name");
        v.country = pav.text(2, "country");
        v.region = pav.text(3, "region");
        v.colour = static_cast<uint32_t>(pav.st.i64(4));
        v.shared_space_share = pav.st.real(5);
        if (!pav.st.null(6))
            v.placed = Region{pav.id<HallTag>(6, "placed hall"), pav.polygon(7, "placed region")};
        p.pavilions.push_back(std::move(v));
    }
}

void read_exhibitors(Db& db, Project& p)
{
    Reader ex(db, "exhibitors",
              "SELECT id, code, name, name_local, country, region, sector, area_m2, booth_kind, pavilion, prefer, "
              "competitors, priority, locked_booth FROM exhibitors ORDER BY id");
    while (ex.next())
    {
        Exhibitor e;
        e.code = ex.text(1, "id");
        e.name = ex.text(2, "name");
        e.name_local = ex.text(3, "local name");
        e.country = ex.text(4, "country");
        e.region = ex.text(5, "region");
        e.sector = ex.id<SectorTag>(6, "sector");
        e.area_m2 = ex.st.real(7);
        e.booth_kind = ex.name(8, parse_booth_kind, "booth kind");
        e.pavilion = ex.id<PavilionTag>(9, "pavilion");
        for (const std::string& s : split(ex.text(10, "preferences"), ';'))
        {
            auto pr = parse_preference(s);
            if (!pr)
                ex.bad("preference '" + s.substr(0, 40) + "' unknown");
            e.prefer.push_back(*pr);
        }
        for (const std::string& s : split(ex.st.text(11), ' '))
        {
            int32_t c = -1;
            auto [end, err] = std::from_chars(s.data(), s.data() + s.size(), c);
            if (err != std::errc() || end != s.data() + s.size() || c < 0)
                ex.bad("competitor '" + s.substr(0, 40) + "' is not an exhibitor number");
            e.competitors.emplace_back(c);
        }
        e.priority = ex.integer(12, "priority");
        e.locked_booth = ex.text(13, "locked booth");
        p.exhibitors.push_back(std::move(e));
    }
}

void read_grid(Db& db, Project& p, int version)
{
    Reader block(db, "blocks",
                 "SELECT id, hall, ox, oy, ax, ay, module_m, row_depth_m, rows, modules, cells, numbers, open_sides, "
                 "main_aisle_sides FROM blocks ORDER BY id");
    while (block.next())
    {
        Block b;
        b.hall = block.id<HallTag>(1, "hall");
        b.origin = {block.st.real(2), block.st.real(3)};
        b.along = {block.st.real(4), block.st.real(5)};
        b.across = {-b.along.y, b.along.x};
        b.module_m = block.st.real(6);
        b.row_depth_m = block.st.real(7);
        b.rows = block.integer(8, "rows");
        b.modules = block.integer(9, "modules");
        std::string cells = block.st.blob(10);
        b.cells.resize(cells.size());
        for (size_t k = 0; k < cells.size(); ++k)
        {
            auto use = static_cast<unsigned char>(cells[k]);
            if (use > static_cast<unsigned char>(CellUse::EscapeDistance))
                block.bad("cell use " + std::to_string(use) + " unknown");
            b.cells[k] = static_cast<CellUse>(use);
        }
        b.numbers = split(block.text(11, "booth numbers"), '\n');
        b.numbers.resize(b.cells.size());
        int open = block.integer(12, "open sides"), main = block.integer(13, "main aisle sides");
        for (int s = 0; s < 4; ++s)
        {
            b.open_side[s] = (open >> s) & 1;
            b.main_aisle_side[s] = (main >> s) & 1;
        }
        p.blocks.push_back(std::move(b));
    }
    // Version 1 had no booth status: a booth with an exhibitor was sold, the others available.
    Reader booth(db, "booths",
                 std::string("SELECT id, number, hall, block, row, rows, col, cols, ") +
                     (version >= 2 ? "status" : "CASE WHEN exhibitor IS NULL THEN 'available' ELSE 'sold' END") +
                     ", exhibitor FROM booths ORDER BY id");
    while (booth.next())
    {
        Booth b;
        b.number = booth.text(1, "number");
        b.hall = booth.id<HallTag>(2, "hall");
        b.cells = {booth.id<BlockTag>(3, "block"), booth.integer(4, "row"), booth.integer(5, "rows"),
                   booth.integer(6, "col"), booth.integer(7, "cols")};
        b.status = booth.name(8, parse_booth_status, "status");
        b.exhibitor = booth.id<ExhibitorTag>(9, "exhibitor");
        p.booths.push_back(std::move(b));
    }
}

} // namespace

Project load_project(const std::string& path)
{
    store::check_file_header(path);
    Db db(path, Db::Mode::Read);
    db.exec("BEGIN"); // one consistent snapshot, even while another process saves
    int version = store::check_version(db.pragma_int("user_version"), path);
    store::check_schema(db, version);
    Project p;
    try
    {
        read_venue(db, p);
        read_sectors_and_pavilions(db, p);
        read_exhibitors(db, p);
        read_grid(db, p, version);
    }
    catch (const nlohmann::json::exception& e)
    {
        throw StoreError(path + ": hall rules are not valid JSON (" + e.what() + "); the file is damaged");
    }
    db.exec("COMMIT");
    store::check_project_references(p, path);
    return p;
}

} // namespace bp
